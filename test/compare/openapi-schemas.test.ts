/**
 * The shared JSON Schema comparison at OpenAPI places (docs/classification.md, "OpenAPI"): the
 * families, the equivalences between 3.0 and 3.1 ways of saying the same thing, readOnly and
 * writeOnly, and the 2020-12 keywords. Each case is a small component schema judged at one place.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/types';
import type { Json } from './helpers';
import { openapiPair, openapiSchemaChanges as changes, type PlaceOptions } from './openapi-helpers';

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

describe('the same schema written another way is no change', () => {
  const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
  const pet = obj({ name: str() }, ['name']);
  const schemas = { pet };
  const v30: PlaceOptions = { versions: ['3.0.3', '3.1.0'], schemas };
  const same: [string, Json, Json][] = [
    ['3.0 nullable and a 3.1 type array with null', str({ nullable: true }), { type: ['string', 'null'] }],
    [
      'a type array with null and a oneOf null branch',
      { type: ['string', 'null'] },
      { oneOf: [str(), { type: 'null' }] },
    ],
    ['3.0 nullable and an anyOf null branch', str({ nullable: true }), { anyOf: [{ type: 'null' }, str()] }],
    [
      'the 3.0 nullable reference and the 3.1 one',
      { allOf: [ref('pet')], nullable: true },
      { oneOf: [ref('pet'), { type: 'null' }] },
    ],
    [
      'a null branch beside a reference and a type array with null',
      { anyOf: [ref('pet'), { type: 'null' }] },
      { ...pet, type: ['object', 'null'] },
    ],
    ['allOf with a single member and that member', { allOf: [str({ maxLength: 3 })] }, str({ maxLength: 3 })],
    ['allOf with a single reference and the reference', { allOf: [ref('pet')] }, ref('pet')],
    ['allOf with a single reference and the schema inline', { allOf: [ref('pet')] }, pet],
    ['type [T] and type T', { type: ['integer'] }, { type: 'integer' }],
    [
      '3.0 boolean exclusiveMinimum and 3.1 numeric',
      { type: 'number', minimum: 5, exclusiveMinimum: true },
      { type: 'number', exclusiveMinimum: 5 },
    ],
    [
      '3.0 boolean exclusiveMaximum and 3.1 numeric',
      { type: 'number', maximum: 9, exclusiveMaximum: true },
      { type: 'number', exclusiveMaximum: 9 },
    ],
    [
      '3.0 exclusiveMinimum false and no exclusiveMinimum',
      { type: 'number', minimum: 5, exclusiveMinimum: false },
      { type: 'number', minimum: 5 },
    ],
    ['example and examples with the same value', str({ example: 'a' }), str({ examples: ['a'] })],
  ];
  it.each(same)('%s', (_, before, after) => {
    for (const family of ['request', 'response'] as const) {
      expect(rows(changes(before, after, { ...v30, family }))).toEqual([]);
      expect(rows(changes(after, before, { ...v30, family }))).toEqual([]);
      // Inside a property too.
      expect(rows(changes(obj({ p: before }), obj({ p: after }), { ...v30, family }))).toEqual([]);
    }
  });

  it('a null form dropped is still "null no longer allowed", wherever null was written', () => {
    const cases: [Json, string][] = [
      [{ anyOf: [ref('pet'), { type: 'null' }] }, `${T}/anyOf/1`],
      [{ allOf: [ref('pet')], nullable: true }, `${T}/nullable`],
      [{ ...pet, nullable: true }, `${T}/nullable`],
    ];
    for (const [before, at] of cases) {
      expect(rows(changes(before, ref('pet'), { ...v30, family: 'request' }))).toEqual([
        ['request.null.disallowed', 'breaking', at],
      ]);
      expect(rows(changes(before, ref('pet'), { ...v30, family: 'response' }))).toEqual([
        ['response.null.disallowed', 'non-breaking', at],
      ]);
    }
    expect(
      rows(changes(ref('pet'), { oneOf: [ref('pet'), { type: 'null' }] }, { schemas, family: 'response' })),
    ).toEqual([['response.null.allowed', 'breaking', `${T}/oneOf/1`]]);
  });

  it('a change inside the member of a wrapper is reported at the member, once', () => {
    const before = { oneOf: [ref('pet'), { type: 'null' }] };
    const after = { allOf: [ref('pet')], nullable: true };
    const list = changes(before, after, {
      versions: ['3.1.0', '3.0.3'],
      schemas: { pet: obj({ name: str(), tag: str() }, ['name']) },
    });
    // `pet` itself is the same on both sides here: nothing.
    expect(rows(list)).toEqual([]);
    const moved = openapiPair(
      { pet, thing: before },
      { pet: obj({ name: str(), tag: str() }, ['name', 'tag']), thing: after },
    );
    expect(rows(moved)).toEqual([
      ['request.property.required-added', 'breaking', '/components/schemas/pet/properties/tag'],
    ]);
  });

  it('3.0 exclusiveMinimum true becoming a 3.1 bound one higher is a tightened bound', () => {
    const list = changes(
      { type: 'integer', minimum: 5, exclusiveMinimum: true },
      { type: 'integer', exclusiveMinimum: 6 },
      v30,
    );
    expect(rows(list)).toEqual([['request.bound.tightened', 'breaking', `${T}/exclusiveMinimum`]]);
  });

  it('example against other examples is documentation', () => {
    expect(rows(changes(str({ example: 'a' }), str({ examples: ['b'] }), { family: 'response' }))).toEqual([
      ['response.doc.changed', 'non-breaking', `${T}/examples`],
    ]);
  });

  it('a recursive schema written with either null form compares, and ends', () => {
    const node = (next: Json): Json => obj({ value: str(), next });
    const before = openapiPair({ node: node({ oneOf: [ref('node'), { type: 'null' }] }), thing: ref('node') }, null);
    expect(before).toBeDefined();
    const list = openapiPair(
      { node: node({ oneOf: [ref('node'), { type: 'null' }] }), thing: ref('node') },
      { node: node({ allOf: [ref('node')], nullable: true }), thing: ref('node') },
    );
    expect(rows(list)).toEqual([]);
    const changed = openapiPair(
      { node: node({ oneOf: [ref('node'), { type: 'null' }] }), thing: ref('node') },
      {
        node: obj({ value: str({ maxLength: 3 }), next: { allOf: [ref('node')], nullable: true } }),
        thing: ref('node'),
      },
    );
    expect(rows(changed)).toEqual([
      ['request.bound.tightened', 'breaking', '/components/schemas/node/properties/value/maxLength'],
    ]);
  });
});

describe('3.1 $ref with keywords beside it', () => {
  const ref = { $ref: '#/components/schemas/name' };
  const schemas = { name: str() };
  it('the keywords beside a 3.1 $ref count', () => {
    expect(rows(changes({ ...ref, maxLength: 10 }, { ...ref, maxLength: 5 }, { schemas }))).toEqual([
      ['request.bound.tightened', 'breaking', `${T}/maxLength`],
    ]);
    expect(rows(changes({ ...ref, description: 'a' }, { ...ref, description: 'b' }, { schemas }))).toEqual([
      ['request.doc.changed', 'non-breaking', `${T}/description`],
    ]);
  });
  it('a $ref with a description beside it and the same schema inline with that description are the same', () => {
    expect(rows(changes({ ...ref, description: 'a' }, str({ description: 'a' }), { schemas }))).toEqual([]);
  });
  it('beside a $ref in a property, an array item or a branch too', () => {
    const places: [(s: Json) => Json, string][] = [
      [(s) => obj({ n: s }), `${T}/properties/n/maxLength`],
      [(s) => ({ type: 'array', items: s }), `${T}/items/maxLength`],
      [(s) => ({ oneOf: [s, { type: 'integer' }] }), `${T}/oneOf/0/maxLength`],
    ];
    for (const [place, at] of places)
      expect(rows(changes(place({ ...ref, maxLength: 10 }), place({ ...ref, maxLength: 5 }), { schemas }))).toEqual([
        ['request.bound.tightened', 'breaking', at],
      ]);
  });
  it('in 3.0 the keywords beside a $ref are ignored, as the specification says', () => {
    expect(
      rows(changes({ ...ref, maxLength: 10 }, { ...ref, maxLength: 5 }, { schemas, versions: ['3.0.3', '3.0.3'] })),
    ).toEqual([]);
  });
});
