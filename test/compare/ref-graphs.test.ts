/**
 * Comparisons of documents whose `$ref`s make shared nodes and cycles once dereferenced (issue 9):
 * each finishes (a walk that expanded every path would take 3^64 or 2^25 steps here; no timing is
 * asserted, a hang fails by the test timeout), gives the same answer as on the written-out data,
 * and a document that would have to be spelled out past MAX_EXPANDED_NODES is refused as input.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import { canonicalText, MAX_EXPANDED_NODES, normalizeDocument } from '../../src/compare/normalize';
import { SchemaDiffer } from '../../src/compare/schema-diff';
import { InputError } from '../../src/errors';
import { markShared } from '../../src/util/data';
import { plainChannel, recursiveTree, refChain, selfReferencingChannels } from '../helpers/ref-graphs';

type Json = Record<string, unknown>;

const summary = (oldDoc: Json, newDoc: Json): string[][] =>
  compareSpecs(oldDoc, newDoc, { today: '2026-01-01' }).map((c) => [c.rule, c.type, c.path]);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('recursive schemas', () => {
  it('a schema referring to itself from three properties: equal to itself, one change when its description moves', () => {
    expect(summary(recursiveTree('a'), recursiveTree('a'))).toEqual([]);
    expect(summary(recursiveTree('a'), recursiveTree('b'))).toEqual([
      ['payload.doc.changed', 'non-breaking', '/components/schemas/Tree/description'],
    ]);
  });

  it('the same in 3.0', () => {
    expect(summary(recursiveTree('a', '3.0.0'), recursiveTree('a', '3.0.0'))).toEqual([]);
    expect(summary(recursiveTree('a', '3.0.0'), recursiveTree('b', '3.0.0'))).toEqual([
      ['payload.doc.changed', 'non-breaking', '/components/schemas/Tree/description'],
    ]);
  });

  it('a recursive array schema against "anything" (its property definition dropped, still required): one change, both ways', () => {
    const list = { type: 'array', items: { $ref: '#/components/schemas/List' } };
    const doc = (props: Json): Json => ({
      asyncapi: '2.6.0',
      info: { title: 't', version: '1' },
      channels: { '/x': { subscribe: { message: { payload: { type: 'object', required: ['p'], ...props } } } } },
      components: { schemas: { List: list } },
    });
    const withList = doc({ properties: { p: { $ref: '#/components/schemas/List' } } });
    // List itself did not change: the property that stopped (or started) using it did.
    const at = '/channels/~1x/subscribe/message/payload/properties/p/type';
    expect(summary(withList, doc({}))).toEqual([['payload.type.widened', 'breaking', at]]);
    expect(summary(doc({}), withList)).toEqual([['payload.type.narrowed', 'non-breaking', at]]);
  });
});

describe('a channels map that refers to itself', () => {
  it('is equal to itself, and compares with the document it replaced', () => {
    expect(summary(selfReferencingChannels(), selfReferencingChannels())).toEqual([]);
    expect(summary(plainChannel(), selfReferencingChannels())).toEqual([
      ['operation.removed', 'breaking', '/channels/user~1signedup/subscribe'],
      ['channel.added', 'non-breaking', '/channels'],
      ['component.unused.changed', 'non-breaking', '/components/messages/UserSignedUp'],
      ['unclassified', 'unclassified', '/channels/copy'],
      ['unclassified', 'unclassified', '/channels/user~1signedup'],
    ]);
  });
});

describe('a reference to the whole document', () => {
  // Found by the fuzz test of test/compare/unchanged.test.ts: `servers` standing for the document
  // put a cycle in the skeleton (the node holding it passed for a plain tree), which ran out of memory.
  const doc = (servers: unknown, time: unknown): Json => ({
    asyncapi: '3.0.0',
    info: { title: 'Echo', version: '1.0.0' },
    servers,
    channels: { echo: { address: '/', messages: { time: { $ref: '#/components/messages/time' } } } },
    operations: {
      send: {
        action: 'send',
        channel: { $ref: '#/channels/echo' },
        messages: [{ $ref: '#/channels/echo/messages/time' }],
      },
    },
    components: { messages: { time: { payload: { $ref: '#/components/schemas/time' } } }, schemas: { time } },
  });
  const plain = doc({ echo: { host: 'echo.example.com', protocol: 'wss' } }, { type: 'string' });
  const whole = doc({ $ref: '#' }, { $ref: '#' });

  it('compares with the document it replaced, both ways, and with itself', () => {
    expect(summary(plain, whole).length).toBeGreaterThan(0);
    expect(summary(whole, plain).length).toBeGreaterThan(0);
    expect(summary(whole, doc({ $ref: '#' }, { $ref: '#' }))).toEqual([]);
  });

  it('as the 3.x info (which the model rebuilds without its tags), both ways', () => {
    const info = { title: 'T', version: '1' };
    expect(summary(plain, { ...plain, info: { $ref: '#' } }).length).toBeGreaterThan(0);
    expect(summary({ ...plain, info: { $ref: '#' } }, { ...plain, info }).length).toBeGreaterThan(0);
  });

  it('as the scopes of a security requirement (2.x), both ways', () => {
    const v2 = (scopes: unknown): Json => ({
      asyncapi: '2.6.0',
      info: { title: 'T', version: '1' },
      servers: { production: { url: 'wss://x', protocol: 'wss', security: [{ apiKey: scopes }] } },
      channels: { '/a': { subscribe: { message: { payload: { type: 'string' } } } } },
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'user' } } },
    });
    expect(summary(v2([]), v2({ $ref: '#' })).length).toBeGreaterThan(0);
    expect(summary(v2({ $ref: '#' }), v2([])).length).toBeGreaterThan(0);
    expect(summary(v2({ $ref: '#' }), v2({ $ref: '#' }))).toEqual([]);
  });
});

describe('references that each reach the next one twice, 25 deep (2^25 paths, no cycle)', () => {
  it('through component schemas: equal to itself; a change at the end is one change, at its component', () => {
    expect(summary(refChain('schemas', { type: 'string' }), refChain('schemas', { type: 'string' }))).toEqual([]);
    expect(summary(refChain('schemas', { type: 'string' }), refChain('schemas', { type: 'integer' }))).toEqual([
      ['payload.type.changed', 'breaking', '/components/schemas/L25/type'],
    ]);
  });

  it('through message payloads', () => {
    expect(summary(refChain('messages', { type: 'string' }), refChain('messages', { type: 'string' }))).toEqual([]);
    expect(summary(refChain('messages', { type: 'string' }), refChain('messages', { type: 'integer' }))).toEqual([
      ['payload.type.changed', 'breaking', '/components/messages/M25/payload/type'],
    ]);
  });

  it('the schema differ reports the change once, however many paths reach it', () => {
    const oldDoc = normalizeDocument(refChain('schemas', { type: 'string' }));
    const newDoc = normalizeDocument(refChain('schemas', { type: 'integer' }));
    const schema = (doc: typeof oldDoc): unknown => ((doc.root.components as Json).schemas as Json).L0 as unknown;
    const deltas = new SchemaDiffer(oldDoc, newDoc).compare(schema(oldDoc), schema(newDoc), '/x', '/x');
    expect(deltas.map((d) => [d.kinds, d.path])).toEqual([[['type.changed'], '/components/schemas/L25/type']]);
  });

  it('through channel bindings: equal documents compare; a change would have to be spelled out, so the document is refused', () => {
    expect(summary(refChain('bindings', { v: 1 }), refChain('bindings', { v: 1 }))).toEqual([]);
    const message = refusal(() => summary(refChain('bindings', { v: 1 }), refChain('bindings', { v: 2 })));
    expect(message).toBe(
      `the old document's \`$ref\`s expand to more than ${MAX_EXPANDED_NODES} nodes (references that each reach the next one several times)`,
    );
  });

  it('as the payload of an unnamed message (named by its payload text): refused once the channel has to be paired', () => {
    const a = refChain('unnamed', { type: 'string' }, { touch: 'a' });
    expect(summary(a, refChain('unnamed', { type: 'string' }, { touch: 'a' }))).toEqual([]);
    const message = refusal(() => summary(a, refChain('unnamed', { type: 'string' }, { touch: 'b' })));
    expect(message).toMatch(/^the (old|new) document's `\$ref`s expand to more than \d+ nodes/);
  });
});

/** canonicalText as it was written before shared nodes were made once: cycles cut at ancestors only. */
function reference(value: unknown, ancestors = new Set<object>()): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (ancestors.has(value)) return '"<cycle>"';
  ancestors.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((v) => reference(v, ancestors)).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${reference((value as Json)[k], ancestors)}`)
        .join(',')}}`;
  ancestors.delete(value);
  return text;
}

const shared = <T extends object>(node: T): T => {
  markShared(node);
  return node;
};

describe('canonicalText', () => {
  it('is the same text as the plain walk on shared nodes, cycles, and cycles through shared nodes', () => {
    const leaf = shared({ z: 1, a: [1, 'x'] });
    const dag = { b: leaf, a: [leaf, { leaf }] };
    const self: Json = shared({ name: 'tree' });
    self.kids = [self, self];
    // u → w → v → w: v's text depends on where the walk entered the cycle.
    const u: Json = shared({});
    const w: Json = shared({});
    const v: Json = shared({});
    Object.assign(u, { a: w, b: v, c: w });
    Object.assign(w, { c: v });
    Object.assign(v, { d: w, e: leaf });
    for (const value of [dag, self, u, w, v, [u, v, w, u], { x: [dag, u, self] }])
      expect(canonicalText(value)).toBe(reference(value));
    expect(canonicalText(dag)).toBe(canonicalText(JSON.parse(JSON.stringify(dag))));
  });

  it('refuses a value whose shared nodes expand past MAX_EXPANDED_NODES, naming the document', () => {
    let node: Json = { end: true };
    for (let i = 0; i < 25; i++) node = { a: shared(node), b: node };
    expect(refusal(() => canonicalText(node, 'new'))).toMatch(/^the new document's `\$ref`s expand to more than/);
  });
});
