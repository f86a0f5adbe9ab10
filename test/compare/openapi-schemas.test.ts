/**
 * The shared JSON Schema comparison at OpenAPI places (docs/classification.md, "OpenAPI"): the
 * families, the equivalences between 3.0 and 3.1 ways of saying the same thing, readOnly and
 * writeOnly, and the 2020-12 keywords. Each case is a small component schema judged at one place.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/types';
import type { Json } from './helpers';
import { openapiSchemaChanges as changes, type PlaceOptions } from './openapi-helpers';

const obj = (properties: Json, required?: string[], extra: Json = {}): Json => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
  ...extra,
});
const str = (extra: Json = {}): Json => ({ type: 'string', ...extra });
const rows = (list: Change[]): [string, string, string][] => list.map((c) => [c.rule, c.type, c.path]);
const T = '/components/schemas/thing';

describe('families and directions', () => {
  it('a request body is what clients send: a new required property breaks them', () => {
    const list = changes(obj({ a: str() }), obj({ a: str(), b: str() }, ['b']), { family: 'request' });
    expect(rows(list)).toEqual([['request.property.required-added', 'breaking', `${T}/properties/b`]]);
    expect(list[0]?.message).toBe("Property 'b' of 'thing' is now required in request bodies clients send");
  });

  it('a response is what clients receive: a new enum value is a warning, a new required property is not', () => {
    const before = obj({ k: str({ enum: ['a'] }) });
    expect(rows(changes(before, obj({ k: str({ enum: ['a', 'b'] }) }), { family: 'response' }))).toEqual([
      ['response.enum.value-added', 'warning', `${T}/properties/k/enum`],
    ]);
    expect(rows(changes(before, obj({ k: str({ enum: ['a'] }), b: str() }, ['b']), { family: 'response' }))).toEqual([
      ['response.property.required-added', 'non-breaking', `${T}/properties/b`],
    ]);
  });

  it('a callback turns round: its request body is received, its response sent', () => {
    const before = obj({ a: str() });
    const after = obj({ a: str(), b: str() }, ['b']);
    const callbackRequest: PlaceOptions = { family: 'request', direction: 'client-receives' };
    const callbackResponse: PlaceOptions = { family: 'response', direction: 'client-sends' };
    expect(rows(changes(before, after, callbackRequest))).toEqual([
      ['request.property.required-added', 'non-breaking', `${T}/properties/b`],
    ]);
    expect(rows(changes(before, after, callbackResponse))).toEqual([
      ['response.property.required-added', 'breaking', `${T}/properties/b`],
    ]);
  });

  it('parameters take the direction of their place (sent, or received in a callback); headers too', () => {
    const before = str({ maxLength: 10 });
    const after = str({ maxLength: 5 });
    expect(rows(changes(before, after, { family: 'parameter' }))).toEqual([
      ['parameter.bound.tightened', 'breaking', `${T}/maxLength`],
    ]);
    expect(rows(changes(before, after, { family: 'parameter', direction: 'client-receives' }))).toEqual([
      ['parameter.bound.tightened', 'non-breaking', `${T}/maxLength`],
    ]);
    expect(rows(changes(after, before, { family: 'header' }))).toEqual([
      ['header.bound.loosened', 'warning', `${T}/maxLength`],
    ]);
  });

  it('compatibility modes read the other column for OpenAPI families too', () => {
    const list = changes(obj({ a: str() }), obj({ a: str(), b: str() }, ['b']), {
      family: 'response',
      compatibility: 'forward',
    });
    expect(rows(list)).toEqual([['response.property.required-added', 'breaking', `${T}/properties/b`]]);
  });
});
