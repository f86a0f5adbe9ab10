/**
 * The shared JSON Schema comparison at OpenAPI places (docs/classification.md, "OpenAPI"): the
 * families, the equivalences between 3.0 and 3.1 ways of saying the same thing, readOnly and
 * writeOnly, and the 2020-12 keywords. Each case is a small component schema judged at one place.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/types';
import type { Json } from './helpers';
import {
  openapiPair,
  openapiSchemaChanges as changes,
  openapiSchemaChangesAt,
  type PlaceOptions,
} from './openapi-helpers';

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
    ['a pattern every string matches and none', str({ pattern: '.*' }), str()],
    ['two patterns every string matches', str({ pattern: '^.*' }), str({ pattern: '' })],
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

describe('readOnly and writeOnly: judged where the property travels', () => {
  const ro = (extra: Json = {}): Json => str({ readOnly: true, ...extra });
  const wo = (extra: Json = {}): Json => str({ writeOnly: true, ...extra });
  const request: PlaceOptions = { family: 'request' };
  const response: PlaceOptions = { family: 'response' };

  it('a change inside a readOnly property is no request change, and the usual one in a response', () => {
    const before = obj({ id: ro({ maxLength: 10 }) });
    const after = obj({ id: ro({ maxLength: 5 }) });
    expect(rows(changes(before, after, request))).toEqual([
      ['request.property.access.inapplicable', 'non-breaking', `${T}/properties/id/maxLength`],
    ]);
    expect(rows(changes(after, before, response))).toEqual([
      ['response.bound.loosened', 'warning', `${T}/properties/id/maxLength`],
    ]);
    expect(changes(before, after, request)[0]?.message).toBe(
      "The maxLength of 'thing.id' changed at /components/schemas/thing/properties/id/maxLength; the property does not travel this way (readOnly properties only reach clients, writeOnly ones only come from them) in request bodies clients send",
    );
  });

  it('a required readOnly property added to a request schema breaks nobody', () => {
    const list = changes(obj({ a: str() }), obj({ a: str(), id: ro() }, ['id']), request);
    expect(rows(list)).toEqual([['request.property.access.inapplicable', 'non-breaking', `${T}/properties/id`]]);
  });

  it('a writeOnly property removed from a response, or changed in it, is no response change', () => {
    expect(rows(changes(obj({ a: str(), pw: wo() }, ['pw']), obj({ a: str() }), response))).toEqual([
      ['response.property.access.inapplicable', 'non-breaking', `${T}/properties/pw`],
    ]);
    expect(rows(changes(obj({ pw: wo() }), obj({ pw: wo({ pattern: '^x' }) }), response))).toEqual([
      ['response.property.access.inapplicable', 'non-breaking', `${T}/properties/pw/pattern`],
    ]);
    // ... and the usual change in a request.
    expect(rows(changes(obj({ pw: wo() }), obj({ pw: wo({ pattern: '^x' }) }), request))).toEqual([
      ['request.pattern.added', 'breaking', `${T}/properties/pw/pattern`],
    ]);
  });

  it('readOnly beside a 3.1 $ref, or inside the component it names, counts', () => {
    const schemas = { id: str() };
    const list = changes(
      obj({ id: { $ref: '#/components/schemas/id', readOnly: true } }),
      obj({ id: { $ref: '#/components/schemas/id', readOnly: true } }, ['id']),
      { ...request, schemas },
    );
    expect(rows(list)).toEqual([['request.property.access.inapplicable', 'non-breaking', `${T}/properties/id`]]);
    const inside = changes(
      obj({ id: { $ref: '#/components/schemas/id' } }),
      obj({ id: { $ref: '#/components/schemas/id' } }, ['id']),
      {
        ...request,
        schemas: { id: ro() },
      },
    );
    expect(rows(inside)).toEqual([['request.property.access.inapplicable', 'non-breaking', `${T}/properties/id`]]);
  });

  // A property that stops travelling one way is like one removed there; one that starts, like one added.
  const transitions: [string, Json, Json, string, [string, string], [string, string]][] = [
    [
      'becoming readOnly',
      obj({ a: str() }),
      obj({ a: ro() }),
      'property.became-read-only',
      ['non-breaking', 'non-breaking'],
      ['readOnly', 'new'],
    ],
    [
      'an optional property no longer readOnly',
      obj({ a: ro() }),
      obj({ a: str() }),
      'property.became-writable',
      ['non-breaking', 'non-breaking'],
      ['readOnly', 'old'],
    ],
    [
      'a required property no longer readOnly',
      obj({ a: ro() }, ['a']),
      obj({ a: str() }, ['a']),
      'property.required-became-writable',
      ['breaking', 'non-breaking'],
      ['readOnly', 'old'],
    ],
    [
      'an optional property becoming writeOnly',
      obj({ a: str() }),
      obj({ a: wo() }),
      'property.became-write-only',
      ['non-breaking', 'warning'],
      ['writeOnly', 'new'],
    ],
    [
      'a required property becoming writeOnly',
      obj({ a: str() }, ['a']),
      obj({ a: wo() }, ['a']),
      'property.required-became-write-only',
      ['non-breaking', 'breaking'],
      ['writeOnly', 'new'],
    ],
    [
      'a property no longer writeOnly',
      obj({ a: wo() }),
      obj({ a: str() }),
      'property.became-readable',
      ['non-breaking', 'non-breaking'],
      ['writeOnly', 'old'],
    ],
  ];
  it.each(transitions)('%s', (_, before, after, kind, [send, receive], [key]) => {
    expect(rows(changes(before, after, request))).toEqual([[`request.${kind}`, send, `${T}/properties/a/${key}`]]);
    expect(rows(changes(before, after, response))).toEqual([[`response.${kind}`, receive, `${T}/properties/a/${key}`]]);
  });

  it('a schema used where clients send and where they receive: each place keeps its own verdict', () => {
    const before = obj({ id: ro({ maxLength: 10 }) });
    const after = obj({ id: ro({ maxLength: 5 }) });
    expect(rows(changes(before, after, { family: 'response' }))).toEqual([
      ['response.bound.tightened', 'non-breaking', `${T}/properties/id/maxLength`],
    ]);
    // A callback's request body is received: the readOnly property travels there.
    expect(rows(changes(after, before, { family: 'request', direction: 'client-receives' }))).toEqual([
      ['request.bound.loosened', 'warning', `${T}/properties/id/maxLength`],
    ]);
  });

  it('one schema in a request and a response: a readOnly change is judged in the response only, once', () => {
    const places = [{ family: 'request' as const }, { family: 'response' as const }];
    const before = obj({ id: ro({ maxLength: 10 }), name: str() });
    const after = obj({ id: ro({ maxLength: 5 }), name: str({ maxLength: 5 }) });
    const list = openapiSchemaChangesAt(before, after, places);
    expect(list.map((c) => [c.rule, c.type, c.path, c.locations.length])).toEqual([
      ['request.bound.tightened', 'breaking', `${T}/properties/name/maxLength`, 1],
      ['response.bound.tightened', 'non-breaking', `${T}/properties/id/maxLength`, 1],
      ['response.bound.tightened', 'non-breaking', `${T}/properties/name/maxLength`, 1],
    ]);
  });

  it('AsyncAPI keeps readOnly and writeOnly as documentation (the option is OpenAPI only)', async () => {
    const { schemaChanges } = await import('./helpers');
    const list = schemaChanges(obj({ a: str() }), obj({ a: ro() }), 'publish');
    expect(list.map((c) => [c.rule, c.type])).toEqual([['payload.doc.changed', 'non-breaking']]);
  });
});

describe('JSON Schema 2020-12 (OpenAPI 3.1) keywords: each by the row it is like', () => {
  const arr = (extra: Json): Json => ({ type: 'array', items: str(), ...extra });
  const o = (extra: Json): Json => obj({ a: str(), b: str() }, undefined, extra);
  // [what, before, after, rule kind, path below thing, verdict where clients send, where they receive]
  const cases: [string, Json, Json, string, string, string, string][] = [
    ['const introduced', str(), str({ const: 'a' }), 'bound.tightened', '/const', 'breaking', 'non-breaking'],
    ['const changed', str({ const: 'a' }), str({ const: 'b' }), 'bound.changed', '/const', 'breaking', 'warning'],
    ['const dropped', str({ const: 'a' }), str(), 'bound.loosened', '/const', 'non-breaking', 'warning'],
    [
      'a type list widened',
      { type: ['string'] },
      { type: ['string', 'integer'] },
      'type.widened',
      '/type',
      'non-breaking',
      'breaking',
    ],
    [
      'a type list narrowed',
      { type: ['string', 'integer'] },
      { type: 'string' },
      'type.narrowed',
      '/type',
      'breaking',
      'non-breaking',
    ],
    [
      'prefixItems: one more position',
      arr({ prefixItems: [str()] }),
      arr({ prefixItems: [str(), str()] }),
      'bound.tightened',
      '/prefixItems',
      'breaking',
      'non-breaking',
    ],
    [
      'prefixItems: one fewer position',
      arr({ prefixItems: [str(), str()] }),
      arr({ prefixItems: [str()] }),
      'bound.loosened',
      '/prefixItems',
      'non-breaking',
      'warning',
    ],
    [
      'prefixItems introduced: positions constrained where none were',
      arr({}),
      arr({ prefixItems: [str()] }),
      'bound.tightened',
      '/prefixItems',
      'breaking',
      'non-breaking',
    ],
    [
      'prefixItems dropped',
      arr({ prefixItems: [str(), str()] }),
      arr({}),
      'bound.loosened',
      '/prefixItems',
      'non-breaking',
      'warning',
    ],
    [
      'prefixItems: a position narrowed',
      arr({ prefixItems: [{ type: 'number' }] }),
      arr({ prefixItems: [{ type: 'integer' }] }),
      'type.narrowed',
      '/prefixItems/0/type',
      'breaking',
      'non-breaking',
    ],
    [
      'contains introduced',
      arr({}),
      arr({ contains: str({ const: 'x' }) }),
      'bound.tightened',
      '/contains',
      'breaking',
      'non-breaking',
    ],
    [
      'contains narrowed inside',
      arr({ contains: str() }),
      arr({ contains: str({ maxLength: 2 }) }),
      'bound.tightened',
      '/contains/maxLength',
      'breaking',
      'non-breaking',
    ],
    ['contains dropped', arr({ contains: str() }), arr({}), 'bound.loosened', '/contains', 'non-breaking', 'warning'],
    [
      'minContains raised',
      arr({ contains: str(), minContains: 1 }),
      arr({ contains: str(), minContains: 2 }),
      'bound.tightened',
      '/minContains',
      'breaking',
      'non-breaking',
    ],
    [
      'maxContains raised',
      arr({ contains: str(), maxContains: 1 }),
      arr({ contains: str(), maxContains: 2 }),
      'bound.loosened',
      '/maxContains',
      'non-breaking',
      'warning',
    ],
    [
      'unevaluatedProperties closed',
      o({}),
      o({ unevaluatedProperties: false }),
      'additional-properties.closed',
      '/unevaluatedProperties',
      'breaking',
      'non-breaking',
    ],
    [
      'unevaluatedProperties opened',
      o({ unevaluatedProperties: false }),
      o({}),
      'additional-properties.opened',
      '/unevaluatedProperties',
      'non-breaking',
      'warning',
    ],
    [
      'unevaluatedProperties schema narrowed',
      o({ unevaluatedProperties: { type: 'number' } }),
      o({ unevaluatedProperties: { type: 'integer' } }),
      'type.narrowed',
      '/unevaluatedProperties/type',
      'breaking',
      'non-breaking',
    ],
    [
      'unevaluatedItems introduced',
      arr({ prefixItems: [str()] }),
      arr({ prefixItems: [str()], unevaluatedItems: false }),
      'bound.tightened',
      '/unevaluatedItems',
      'breaking',
      'non-breaking',
    ],
    [
      'dependentRequired: a pair added',
      o({ dependentRequired: { a: ['b'] } }),
      o({ dependentRequired: { a: ['b', 'c'] } }),
      'bound.tightened',
      '/dependentRequired',
      'breaking',
      'non-breaking',
    ],
    [
      'dependentRequired: a pair removed',
      o({ dependentRequired: { a: ['b'] } }),
      o({}),
      'bound.loosened',
      '/dependentRequired',
      'non-breaking',
      'warning',
    ],
    [
      'dependentSchemas: an entry added',
      o({}),
      o({ dependentSchemas: { a: { required: ['b'] } } }),
      'bound.tightened',
      '/dependentSchemas',
      'breaking',
      'non-breaking',
    ],
    [
      'dependentSchemas: an entry narrowed',
      o({ dependentSchemas: { a: obj({ b: { type: 'number' } }) } }),
      o({ dependentSchemas: { a: obj({ b: { type: 'integer' } }) } }),
      'type.narrowed',
      '/dependentSchemas/a/properties/b/type',
      'breaking',
      'non-breaking',
    ],
    [
      'then introduced',
      str({ if: { maxLength: 3 } }),
      str({ if: { maxLength: 3 }, then: { pattern: '^a' } }),
      'bound.tightened',
      '/then',
      'breaking',
      'non-breaking',
    ],
    [
      'else loosened inside',
      str({ if: { maxLength: 3 }, else: { maxLength: 5 } }),
      str({ if: { maxLength: 3 }, else: { maxLength: 9 } }),
      'bound.loosened',
      '/else/maxLength',
      'non-breaking',
      'warning',
    ],
    [
      'if changed',
      str({ if: { maxLength: 3 }, then: { pattern: '^a' } }),
      str({ if: { maxLength: 4 }, then: { pattern: '^a' } }),
      'constraint.changed',
      '/if',
      'breaking',
      'breaking',
    ],
    [
      'if dropped with its then and else: the then and else say it, the if alone constrains nothing',
      str({ if: { maxLength: 3 }, then: { pattern: '^a' } }),
      str({}),
      'bound.loosened',
      '/then',
      'non-breaking',
      'warning',
    ],
    [
      'if introduced with a then: the then says it',
      str({}),
      str({ if: { maxLength: 3 }, then: { pattern: '^a' } }),
      'bound.tightened',
      '/then',
      'breaking',
      'non-breaking',
    ],
    [
      'allOf introduced with a member of annotations only: documentation',
      o({}),
      o({ allOf: [{ title: 'Thing', description: 'no validation' }] }),
      'doc.changed',
      '/allOf/0',
      'non-breaking',
      'non-breaking',
    ],
    [
      'allOf: a member of annotations only dropped beside another',
      o({ allOf: [obj({ a: str() }), { description: 'notes' }] }),
      o({ allOf: [obj({ a: str() })] }),
      'doc.changed',
      '/allOf/1',
      'non-breaking',
      'non-breaking',
    ],
    [
      'allOf introduced with a member that constrains: a member added',
      o({}),
      o({ allOf: [obj({ a: str() }, ['a'])] }),
      'all-of.added',
      '/allOf/0',
      'breaking',
      'non-breaking',
    ],
    [
      'a pattern widened to one every string matches: dropped',
      str({ pattern: '^\\w+$' }),
      str({ pattern: '.*' }),
      'pattern.removed',
      '/pattern',
      'non-breaking',
      'warning',
    ],
    [
      'a pattern that ends with an anchor still constrains (no newline)',
      str({ pattern: '^\\w+$' }),
      str({ pattern: '^.*$' }),
      'pattern.changed',
      '/pattern',
      'breaking',
      'warning',
    ],
    [
      'propertyNames: a pattern added',
      o({}),
      o({ propertyNames: { pattern: '^[a-z]+$' } }),
      'bound.tightened',
      '/propertyNames',
      'breaking',
      'non-breaking',
    ],
    [
      'propertyNames: the pattern changed',
      o({ propertyNames: { pattern: '^a' } }),
      o({ propertyNames: { pattern: '^b' } }),
      'pattern.changed',
      '/propertyNames/pattern',
      'breaking',
      'warning',
    ],
    [
      'patternProperties: an entry added',
      o({}),
      o({ patternProperties: { '^x-': str() } }),
      'bound.tightened',
      '/patternProperties',
      'breaking',
      'non-breaking',
    ],
    [
      'patternProperties: an entry beside others added',
      o({ patternProperties: { '^n': str() } }),
      o({ patternProperties: { '^n': str(), '^x-': str() } }),
      'bound.tightened',
      '/patternProperties/^x-',
      'breaking',
      'non-breaking',
    ],
    [
      'patternProperties: an entry widened',
      o({ patternProperties: { '^n': { type: 'integer' } } }),
      o({ patternProperties: { '^n': { type: 'number' } } }),
      'type.widened',
      '/patternProperties/^n/type',
      'non-breaking',
      'breaking',
    ],
    [
      'patternProperties: an entry removed',
      o({ patternProperties: { '^x-': str() } }),
      o({}),
      'bound.loosened',
      '/patternProperties',
      'non-breaking',
      'warning',
    ],
    [
      'contentMediaType introduced',
      str(),
      str({ contentMediaType: 'image/png' }),
      'type.narrowed',
      '/contentMediaType',
      'breaking',
      'non-breaking',
    ],
    [
      'contentEncoding changed',
      str({ contentEncoding: 'base64' }),
      str({ contentEncoding: 'base32' }),
      'type.changed',
      '/contentEncoding',
      'breaking',
      'breaking',
    ],
    ['not introduced', str(), str({ not: { const: '' } }), 'bound.tightened', '/not', 'breaking', 'non-breaking'],
    ['not dropped', str({ not: { const: '' } }), str(), 'bound.loosened', '/not', 'non-breaking', 'warning'],
    [
      '$defs changed (they count where a $ref uses them)',
      str({ $defs: { a: str() } }),
      str({ $defs: { a: { type: 'integer' } } }),
      'doc.changed',
      '/$defs',
      'non-breaking',
      'non-breaking',
    ],
    [
      'xml changed',
      str({ xml: { name: 'a' } }),
      str({ xml: { name: 'b' } }),
      'doc.changed',
      '/xml',
      'non-breaking',
      'non-breaking',
    ],
    [
      'externalDocs changed',
      str({ externalDocs: { url: 'https://a' } }),
      str({ externalDocs: { url: 'https://b' } }),
      'doc.changed',
      '/externalDocs',
      'non-breaking',
      'non-breaking',
    ],
    [
      'an extension changed',
      str({ 'x-a': 1 }),
      str({ 'x-a': 2 }),
      'doc.changed',
      '/x-a',
      'non-breaking',
      'non-breaking',
    ],
  ];
  it.each(cases)('%s', (_, before, after, kind, at, send, receive) => {
    expect(rows(changes(before, after, { family: 'request' }))).toEqual([[`request.${kind}`, send, `${T}${at}`]]);
    expect(rows(changes(before, after, { family: 'response' }))).toEqual([[`response.${kind}`, receive, `${T}${at}`]]);
  });

  describe('discriminator: documentation unless what picks the schema changes', () => {
    const pets = (discriminator: Json): Json => ({
      oneOf: [{ $ref: '#/components/schemas/cat' }, { $ref: '#/components/schemas/dog' }],
      discriminator,
    });
    const schemas = { cat: obj({ kind: str() }), dog: obj({ kind: str() }) };
    const cat = '#/components/schemas/cat';
    const dog = '#/components/schemas/dog';
    const d: [string, Json, Json, string, string, string][] = [
      [
        'a mapping value added',
        { propertyName: 'kind', mapping: { cat } },
        { propertyName: 'kind', mapping: { cat, dog } },
        'branch.added',
        'non-breaking',
        'warning',
      ],
      [
        'a mapping value removed',
        { propertyName: 'kind', mapping: { cat, dog } },
        { propertyName: 'kind', mapping: { cat } },
        'branch.removed',
        'breaking',
        'non-breaking',
      ],
      [
        'a value mapped to another schema',
        { propertyName: 'kind', mapping: { cat } },
        { propertyName: 'kind', mapping: { cat: dog } },
        'type.changed',
        'breaking',
        'breaking',
      ],
      [
        'another property picks the schema',
        { propertyName: 'kind' },
        { propertyName: 'type' },
        'type.changed',
        'breaking',
        'breaking',
      ],
      [
        'an extension inside it',
        { propertyName: 'kind', 'x-a': 1 },
        { propertyName: 'kind', 'x-a': 2 },
        'doc.changed',
        'non-breaking',
        'non-breaking',
      ],
      ['introduced', {}, { propertyName: 'kind' }, 'doc.changed', 'non-breaking', 'non-breaking'],
    ];
    it.each(d)('%s', (_, before, after, kind, send, receive) => {
      const make = (x: Json): Json => (Object.keys(x).length === 0 ? { oneOf: pets({}).oneOf } : pets(x));
      expect(rows(changes(make(before), make(after), { family: 'request', schemas }))).toEqual([
        [`request.${kind}`, send, `${T}/discriminator`],
      ]);
      expect(rows(changes(make(before), make(after), { family: 'response', schemas }))).toEqual([
        [`response.${kind}`, receive, `${T}/discriminator`],
      ]);
    });
  });

  it('no keyword of 2020-12 or OpenAPI is left unclassified or unknown', () => {
    const keywords: Json = {
      const: 1,
      prefixItems: [str()],
      contains: str(),
      minContains: 1,
      maxContains: 2,
      unevaluatedProperties: false,
      unevaluatedItems: false,
      dependentRequired: { a: ['b'] },
      dependentSchemas: { a: str() },
      if: str(),
      then: str(),
      else: str(),
      propertyNames: str(),
      patternProperties: { a: str() },
      contentMediaType: 'a/b',
      contentEncoding: 'base64',
      contentSchema: str(),
      $defs: { a: str() },
      not: str(),
      discriminator: { propertyName: 'a' },
      xml: { name: 'a' },
      externalDocs: { url: 'https://a' },
      example: 1,
      examples: [1],
      deprecated: true,
      readOnly: true,
      writeOnly: true,
      $comment: 'a',
      $anchor: 'a',
      $dynamicAnchor: 'a',
      $dynamicRef: '#a',
      $vocabulary: {},
      nullable: true,
    };
    for (const [key, value] of Object.entries(keywords)) {
      const list = changes({}, { [key]: value }, { family: 'response' });
      expect(
        list.map((c) => c.rule).filter((r) => r.endsWith('unclassified') || r.endsWith('keyword.unknown')),
        key,
      ).toEqual([]);
    }
  });
});
