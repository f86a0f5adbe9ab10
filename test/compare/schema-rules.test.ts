/**
 * One test per row of docs/classification.md's payload rules, in both directions: a component used
 * only under `subscribe` (clients receive), only under `publish` (clients send), and under both
 * (one finding, both locations, the worse verdict).
 */
import { describe, expect, it } from 'vitest';
import type { ChangeType } from '../../src/types';
import { compareSpecs } from '../../src/compare/index';
import { docWithSchema, schemaChanges, single, type Json } from './helpers';

interface Row {
  /** The wording of docs/rules.md. */
  row: string;
  before: Json;
  after: Json;
  rule: string;
  /** Path below `/components/schemas/thing`. */
  at: string;
  receive: ChangeType;
  send: ChangeType;
}

const obj = (properties: Json, required?: string[], extra: Json = {}): Json => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
  ...extra,
});
const str = (extra: Json = {}): Json => ({ type: 'string', ...extra });

const ROWS: Row[] = [
  {
    row: 'optional property added',
    before: obj({ a: str() }),
    after: obj({ a: str(), b: str() }),
    rule: 'payload.property.added-optional',
    at: '/properties/b',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'required property added',
    before: obj({ a: str() }),
    after: obj({ a: str(), isbn: str() }, ['isbn']),
    rule: 'payload.property.required-added',
    at: '/properties/isbn',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'property became required',
    before: obj({ a: str() }),
    after: obj({ a: str() }, ['a']),
    rule: 'payload.property.became-required',
    at: '/properties/a',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'property became optional',
    before: obj({ a: str() }, ['a']),
    after: obj({ a: str() }),
    rule: 'payload.property.became-optional',
    at: '/properties/a',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'optional property removed',
    before: obj({ a: str(), b: str() }),
    after: obj({ a: str() }),
    rule: 'payload.property.removed-optional',
    at: '/properties/b',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'required property removed',
    before: obj({ a: str(), b: str() }, ['b']),
    after: obj({ a: str() }),
    rule: 'payload.property.removed-required',
    at: '/properties/b',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'type changed to an unrelated type',
    before: obj({ a: str() }),
    after: obj({ a: { type: 'boolean' } }),
    rule: 'payload.type.changed',
    at: '/properties/a/type',
    receive: 'breaking',
    send: 'breaking',
  },
  {
    row: 'type widened: integer→number',
    before: obj({ n: { type: 'integer' } }),
    after: obj({ n: { type: 'number' } }),
    rule: 'payload.type.widened',
    at: '/properties/n/type',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'type widened: extra type',
    before: obj({ n: { type: 'integer' } }),
    after: obj({ n: { type: ['integer', 'string'] } }),
    rule: 'payload.type.widened',
    at: '/properties/n/type',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'type widened: format dropped',
    before: obj({ d: str({ format: 'date-time' }) }),
    after: obj({ d: str() }),
    rule: 'payload.type.widened',
    at: '/properties/d/format',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'type narrowed: number→integer',
    before: obj({ n: { type: 'number' } }),
    after: obj({ n: { type: 'integer' } }),
    rule: 'payload.type.narrowed',
    at: '/properties/n/type',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'type narrowed: format added',
    before: obj({ d: str() }),
    after: obj({ d: str({ format: 'uuid' }) }),
    rule: 'payload.type.narrowed',
    at: '/properties/d/format',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'null allowed',
    before: obj({ a: str() }),
    after: obj({ a: { type: ['string', 'null'] } }),
    rule: 'payload.null.allowed',
    at: '/properties/a/type',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'enum value added',
    before: obj({ e: str({ enum: ['a', 'b'] }) }),
    after: obj({ e: str({ enum: ['a', 'b', 'c'] }) }),
    rule: 'payload.enum.value-added',
    at: '/properties/e/enum',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'enum value removed',
    before: obj({ e: str({ enum: ['a', 'b'] }) }),
    after: obj({ e: str({ enum: ['a'] }) }),
    rule: 'payload.enum.value-removed',
    at: '/properties/e/enum',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'enum introduced on a property',
    before: obj({ e: str() }),
    after: obj({ e: str({ enum: ['a'] }) }),
    rule: 'payload.enum.added',
    at: '/properties/e/enum',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'enum dropped from a property',
    before: obj({ e: str({ enum: ['a'] }) }),
    after: obj({ e: str() }),
    rule: 'payload.enum.removed',
    at: '/properties/e/enum',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'bound tightened: maxLength down',
    before: obj({ s: str({ maxLength: 10 }) }),
    after: obj({ s: str({ maxLength: 5 }) }),
    rule: 'payload.bound.tightened',
    at: '/properties/s/maxLength',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: minimum up',
    before: obj({ n: { type: 'integer', minimum: 1 } }),
    after: obj({ n: { type: 'integer', minimum: 2 } }),
    rule: 'payload.bound.tightened',
    at: '/properties/n/minimum',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: maxItems introduced',
    before: obj({ l: { type: 'array' } }),
    after: obj({ l: { type: 'array', maxItems: 3 } }),
    rule: 'payload.bound.tightened',
    at: '/properties/l/maxItems',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: exclusiveMaximum down',
    before: obj({ n: { type: 'number', exclusiveMaximum: 10 } }),
    after: obj({ n: { type: 'number', exclusiveMaximum: 9 } }),
    rule: 'payload.bound.tightened',
    at: '/properties/n/exclusiveMaximum',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: multipleOf 2→4',
    before: obj({ n: { type: 'integer', multipleOf: 2 } }),
    after: obj({ n: { type: 'integer', multipleOf: 4 } }),
    rule: 'payload.bound.tightened',
    at: '/properties/n/multipleOf',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: minProperties introduced',
    before: obj({ o: { type: 'object' } }),
    after: obj({ o: { type: 'object', minProperties: 1 } }),
    rule: 'payload.bound.tightened',
    at: '/properties/o/minProperties',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: uniqueItems',
    before: obj({ l: { type: 'array' } }),
    after: obj({ l: { type: 'array', uniqueItems: true } }),
    rule: 'payload.bound.tightened',
    at: '/properties/l/uniqueItems',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound tightened: const introduced',
    before: obj({ k: str() }),
    after: obj({ k: str({ const: 'v1' }) }),
    rule: 'payload.bound.tightened',
    at: '/properties/k/const',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'bound loosened: maxLength up',
    before: obj({ s: str({ maxLength: 5 }) }),
    after: obj({ s: str({ maxLength: 10 }) }),
    rule: 'payload.bound.loosened',
    at: '/properties/s/maxLength',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'bound loosened: minLength removed',
    before: obj({ s: str({ minLength: 1 }) }),
    after: obj({ s: str() }),
    rule: 'payload.bound.loosened',
    at: '/properties/s/minLength',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'bound loosened: exclusiveMinimum down',
    before: obj({ n: { type: 'number', exclusiveMinimum: 1 } }),
    after: obj({ n: { type: 'number', exclusiveMinimum: 0 } }),
    rule: 'payload.bound.loosened',
    at: '/properties/n/exclusiveMinimum',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'bound loosened: maxProperties removed',
    before: obj({ o: { type: 'object', maxProperties: 3 } }),
    after: obj({ o: { type: 'object' } }),
    rule: 'payload.bound.loosened',
    at: '/properties/o/maxProperties',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'bound changed: const to another value',
    before: obj({ k: str({ const: 'v1' }) }),
    after: obj({ k: str({ const: 'v2' }) }),
    rule: 'payload.bound.changed',
    at: '/properties/k/const',
    receive: 'warning',
    send: 'breaking',
  },
  {
    row: 'pattern added',
    before: obj({ s: str() }),
    after: obj({ s: str({ pattern: '^[a-z]+$' }) }),
    rule: 'payload.pattern.added',
    at: '/properties/s/pattern',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'pattern changed',
    before: obj({ s: str({ pattern: '^[a-z]+$' }) }),
    after: obj({ s: str({ pattern: '^[a-z0-9]+$' }) }),
    rule: 'payload.pattern.changed',
    at: '/properties/s/pattern',
    receive: 'warning',
    send: 'breaking',
  },
  {
    row: 'pattern removed',
    before: obj({ s: str({ pattern: '^[a-z]+$' }) }),
    after: obj({ s: str() }),
    rule: 'payload.pattern.removed',
    at: '/properties/s/pattern',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'additionalProperties true→false',
    before: obj({ a: str() }, undefined, { additionalProperties: true }),
    after: obj({ a: str() }, undefined, { additionalProperties: false }),
    rule: 'payload.additional-properties.closed',
    at: '/additionalProperties',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'additionalProperties false→true',
    before: obj({ a: str() }, undefined, { additionalProperties: false }),
    after: obj({ a: str() }),
    rule: 'payload.additional-properties.opened',
    at: '/additionalProperties',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'oneOf branch added',
    before: { oneOf: [str(), { type: 'integer' }] },
    after: { oneOf: [str(), { type: 'integer' }, { type: 'boolean' }] },
    rule: 'payload.branch.added',
    at: '/oneOf/2',
    receive: 'warning',
    send: 'non-breaking',
  },
  {
    row: 'anyOf branch removed',
    before: { anyOf: [str(), { type: 'integer' }] },
    after: { anyOf: [str()] },
    rule: 'payload.branch.removed',
    at: '/anyOf/1',
    receive: 'non-breaking',
    send: 'breaking',
  },
  {
    row: 'items schema changed (same rules inside the array)',
    before: obj({ l: { type: 'array', items: { type: 'integer' } } }),
    after: obj({ l: { type: 'array', items: { type: 'number' } } }),
    rule: 'payload.type.widened',
    at: '/properties/l/items/type',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'description changed',
    before: obj({ a: str({ description: 'old' }) }),
    after: obj({ a: str({ description: 'new' }) }),
    rule: 'payload.doc.changed',
    at: '/properties/a/description',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'title changed',
    before: obj({ a: str() }, undefined, { title: 'Thing' }),
    after: obj({ a: str() }, undefined, { title: 'A thing' }),
    rule: 'payload.doc.changed',
    at: '/title',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'examples changed',
    before: obj({ a: str({ examples: ['x'] }) }),
    after: obj({ a: str({ examples: ['y'] }) }),
    rule: 'payload.doc.changed',
    at: '/properties/a/examples',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'x-* extension changed',
    before: obj({ a: str({ 'x-owner': 'team-a' }) }),
    after: obj({ a: str({ 'x-owner': 'team-b' }) }),
    rule: 'payload.doc.changed',
    at: '/properties/a/x-owner',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  // "When one change matches several rows ... the most severe verdict wins."
  {
    row: 'a {type: null} branch: branch added and null allowed',
    before: { oneOf: [str()] },
    after: { oneOf: [str(), { type: 'null' }] },
    rule: 'payload.null.allowed',
    at: '/oneOf/1',
    receive: 'breaking',
    send: 'non-breaking',
  },
  {
    row: 'firestone keyword expose',
    before: obj({ id: str() }),
    after: obj({ id: str({ expose: false }) }),
    rule: 'payload.firestone-keyword.changed',
    at: '/properties/id/expose',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'firestone keyword descriptions',
    before: obj({ a: str() }, undefined, { descriptions: { get: 'one' } }),
    after: obj({ a: str() }, undefined, { descriptions: { get: 'two' } }),
    rule: 'payload.firestone-keyword.changed',
    at: '/descriptions',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'firestone keyword key',
    before: obj({ a: str() }, undefined, { key: { name: 'id' } }),
    after: obj({ a: str() }, undefined, { key: { name: 'uuid' } }),
    rule: 'payload.firestone-keyword.changed',
    at: '/key',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'firestone keyword methods',
    before: obj({ a: str() }, undefined, { methods: ['get'] }),
    after: obj({ a: str() }, undefined, { methods: ['get', 'post'] }),
    rule: 'payload.firestone-keyword.changed',
    at: '/methods',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: 'firestone keyword query_params',
    before: obj({ a: str() }, undefined, { query_params: [{ name: 'q' }] }),
    after: obj({ a: str() }, undefined, { query_params: [{ name: 'r' }] }),
    rule: 'payload.firestone-keyword.changed',
    at: '/query_params',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
  {
    row: "a sub-resource's nested schema copy",
    before: obj({ sub: { description: 'sub', schema: { type: 'array', items: obj({ x: str() }) } } }),
    after: obj({ sub: { description: 'sub', schema: { type: 'array', items: obj({ x: str(), y: str() }, ['y']) } } }),
    rule: 'payload.firestone-keyword.changed',
    at: '/properties/sub/schema',
    receive: 'non-breaking',
    send: 'non-breaking',
  },
];

const worse = (a: ChangeType, b: ChangeType): ChangeType => {
  const order: ChangeType[] = ['non-breaking', 'warning', 'breaking'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
};

describe.each(ROWS)('$row', ({ before, after, rule, at, receive, send }) => {
  const path = `/components/schemas/thing${at}`;

  it(`under subscribe (clients receive): ${receive}`, () => {
    const change = single(schemaChanges(before, after, 'subscribe'), rule, receive);
    expect(change.path).toBe(path);
    expect(change.locations).toEqual([{ channel: '/things', direction: 'client-receives', operation: 'subscribe' }]);
    expect(change.message).toMatch(/receive|not message content/);
  });

  it(`under publish (clients send): ${send}`, () => {
    const change = single(schemaChanges(before, after, 'publish'), rule, send);
    expect(change.path).toBe(path);
    expect(change.locations).toEqual([{ channel: '/things', direction: 'client-sends', operation: 'publish' }]);
  });

  it('a component used by both: one finding, both locations, the worse verdict', () => {
    const change = single(schemaChanges(before, after, 'both'), rule, worse(receive, send));
    expect(change.path).toBe(path);
    expect(change.locations).toEqual([
      { channel: '/things', direction: 'client-sends', operation: 'publish' },
      { channel: '/things', direction: 'client-receives', operation: 'subscribe' },
    ]);
  });
});

describe('messages and values', () => {
  it("says which property, which schema and who breaks (the README's example)", () => {
    const change = single(
      schemaChanges(obj({ title: str() }), obj({ title: str(), isbn: str() }, ['isbn']), 'publish'),
      'payload.property.required-added',
      'breaking',
    );
    expect(change.message).toBe("Property 'isbn' of 'thing' is now required in messages clients send");
    expect(change.before).toBeNull();
    expect(change.after).toEqual({ type: 'string' });
  });

  it('names nested properties by their chain and lists enum values', () => {
    const before = obj({ owner: obj({ kind: str({ enum: ['user', 'bot', 'admin'] }) }) });
    const after = obj({ owner: obj({ kind: str({ enum: ['user'] }) }) });
    const change = single(schemaChanges(before, after, 'both'), 'payload.enum.value-removed', 'breaking');
    expect(change.message).toBe(
      "The enum of 'thing.owner.kind' lost 'admin', 'bot' in messages clients send and receive",
    );
    // Sets are shown in their canonical order: the order of enum values is not a change.
    expect(change.before).toEqual(['admin', 'bot', 'user']);
    expect(change.after).toEqual(['user']);
  });

  it('reports a type edited together with its enum as two findings, each with its own rule', () => {
    const before = obj({ v: str({ enum: ['1', '2'] }) });
    const after = obj({ v: { type: 'integer', enum: [1, 2] } });
    const rules = schemaChanges(before, after, 'subscribe').map((c) => [c.rule, c.type, c.path]);
    expect(rules).toEqual([
      ['payload.type.changed', 'breaking', '/components/schemas/thing/properties/v/type'],
      ['payload.enum.value-added', 'warning', '/components/schemas/thing/properties/v/enum'],
      ['payload.enum.value-removed', 'non-breaking', '/components/schemas/thing/properties/v/enum'],
    ]);
  });

  it('replacing a whole property schema yields the fine-grained changes inside it', () => {
    const before = obj({ p: { type: 'object', properties: { a: str(), b: str() }, required: ['a'] } });
    const after = obj({
      p: { type: 'object', properties: { a: str({ maxLength: 3 }), c: str() }, required: ['a', 'c'] },
    });
    expect(schemaChanges(before, after, 'publish').map((c) => [c.rule, c.path])).toEqual([
      ['payload.bound.tightened', '/components/schemas/thing/properties/p/properties/a/maxLength'],
      ['payload.property.required-added', '/components/schemas/thing/properties/p/properties/c'],
      ['payload.property.removed-optional', '/components/schemas/thing/properties/p/properties/b'],
    ]);
  });

  it('a property schema that is a $ref is shown as that $ref, not expanded', () => {
    const withAddress = (properties: Json): Json => {
      const d = docWithSchema(obj(properties), 'publish');
      (d.components as { schemas: Json }).schemas.address = obj({ street: str(), city: str() });
      return d;
    };
    const changes = compareSpecs(
      withAddress({ a: str() }),
      withAddress({ a: str(), addr: { $ref: '#/components/schemas/address' } }),
    );
    const change = single(changes, 'payload.property.added-optional', 'non-breaking');
    expect(change.path).toBe('/components/schemas/thing/properties/addr');
    expect(change.after).toEqual({ $ref: '#/components/schemas/address' });
  });
});
