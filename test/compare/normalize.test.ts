/**
 * What is not a change (docs/classification.md "What is not a change"), and what normalization must
 * survive: cycles, hostile keys and nesting, frozen inputs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isInputError } from '../../src/errors';
import { compareSpecs, compareSpecsInFull } from '../../src/compare/index';
import { normalizeDocument } from '../../src/compare/normalize';
import {
  clone,
  docWithChannels,
  docWithSchema,
  FIXTURE_CASES,
  FIXTURES,
  fixtureDoc,
  operation,
  single,
  type Json,
} from './helpers';

const require = createRequire(import.meta.url);

/** Every object's keys in reverse order, arrays untouched. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((k) => [k, reverseKeys((value as Json)[k])]),
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('not changes at all', () => {
  it.each(FIXTURE_CASES)('%s: a document against itself (a separate copy) has no changes', (name) => {
    expect(compareSpecs(fixtureDoc(name), fixtureDoc(name))).toEqual([]);
  });

  it.each(FIXTURE_CASES)('%s: key order', (name) => {
    expect(compareSpecs(fixtureDoc(name), reverseKeys(fixtureDoc(name)) as Json)).toEqual([]);
  });

  it('order of required, enum and tags (and duplicates in them)', () => {
    const schema = (required: string[], values: string[]): Json => ({
      type: 'object',
      properties: { a: { type: 'string', enum: values }, b: { type: 'string' } },
      required,
    });
    const before = docWithSchema(schema(['a', 'b'], ['x', 'y', 'z']), 'both');
    const after = docWithSchema(schema(['b', 'a', 'b'], ['z', 'x', 'y']), 'both');
    const channel = (after.channels as Record<string, Json>)['/things'] as Json;
    (channel.subscribe as Json).tags = [{ name: 'b' }, { name: 'thing' }];
    (((before.channels as Record<string, Json>)['/things'] as Json).subscribe as Json).tags = [
      { name: 'thing' },
      { name: 'b' },
    ];
    expect(compareSpecs(before, after)).toEqual([]);
  });

  it('a $ref replaced by the schema it points to, or the reverse', () => {
    const thing = { type: 'object', properties: { id: { type: 'string', maxLength: 5 } }, required: ['id'] };
    const viaRef = docWithSchema(thing, 'both');
    const inline = docWithChannels(
      {
        '/things': {
          description: 'Channel for /things',
          subscribe: operation('subscribe', clone(thing)),
          publish: operation('publish', clone(thing)),
        },
      },
      { thing },
    );
    expect(compareSpecs(viaRef, inline)).toEqual([]);
    expect(compareSpecs(inline, viaRef)).toEqual([]);
    // A property through a $ref to another component, or written out.
    const withAddr = (addr: Json): Json => ({
      ...docWithSchema({ type: 'object', properties: { addr } }, 'publish'),
      components: {
        schemas: {
          thing: { type: 'object', properties: { addr } },
          address: { type: 'object', properties: { street: { type: 'string' } } },
        },
      },
    });
    expect(
      compareSpecs(
        withAddr({ $ref: '#/components/schemas/address' }),
        withAddr({ type: 'object', properties: { street: { type: 'string' } } }),
      ),
    ).toEqual([]);
  });

  it('YAML anchors and aliases against the expanded document, read by either YAML library', () => {
    // firestone (PyYAML) writes a node it shares once, with an anchor, and aliases elsewhere; js-yaml
    // does the same for shared objects, and with noRefs writes every copy out.
    type Channel = Record<string, { bindings?: { ws?: { query?: { properties?: Record<string, unknown> } } } }>;
    const doc = fixtureDoc('library') as { channels: Record<string, Channel> };
    let shared: unknown;
    for (const channel of Object.values(doc.channels)) {
      for (const op of ['publish', 'subscribe']) {
        const query = channel[op]?.bindings?.ws?.query?.properties;
        if (query?.page_size) query.page_size = shared ??= query.page_size;
      }
    }
    const text = jsyaml.dump(doc);
    expect(text).toContain('&ref_0');
    expect(text).toContain('*ref_0');
    const anchored = jsyaml.load(text) as Json;
    const expanded = jsyaml.dump(anchored, { noRefs: true });
    expect(expanded).not.toContain('&');
    expect(compareSpecs(anchored, jsyaml.load(expanded) as Json)).toEqual([]);
    expect(compareSpecs(parseYaml(text) as Json, parseYaml(expanded) as Json)).toEqual([]);
  });

  it('JSON against YAML, quoting and formatting', () => {
    const doc = fixtureDoc('chat');
    expect(
      compareSpecs(
        JSON.parse(JSON.stringify(doc, null, 1)) as Json,
        jsyaml.load(jsyaml.dump(doc, { forceQuotes: true, lineWidth: 20 })) as Json,
      ),
    ).toEqual([]);
  });

  it.each(['book', 'library'] as const)(
    "%s: @asyncapi/parser's output (dereferenced, x-parser-* annotated) against the document",
    async (name) => {
      const { Parser } = require('@asyncapi/parser') as typeof import('@asyncapi/parser');
      const text = readFileSync(path.join(FIXTURES, name, 'expected.asyncapi.yaml'), 'utf8');
      const { document } = await new Parser().parse(text);
      const parsed = document?.json() as unknown as Json;
      expect(JSON.stringify(parsed)).toContain('x-parser-schema-id');
      expect(compareSpecs(fixtureDoc(name), parsed)).toEqual([]);
      expect(compareSpecs(parsed, fixtureDoc(name))).toEqual([]);
    },
  );

  it('empty containers that say nothing: parameters: {}, required: [], query: {}', () => {
    const thing = { type: 'object', properties: { a: { type: 'string' } } };
    const sparse = docWithChannels({ '/t': { subscribe: { message: { payload: thing } } } });
    const padded = docWithChannels({
      '/t': {
        parameters: {},
        subscribe: { bindings: { ws: { method: 'get', query: {} } }, message: { payload: { ...thing, required: [] } } },
      },
    });
    const sparseWs = clone(sparse);
    (((sparseWs.channels as Record<string, Json>)['/t'] as Json).subscribe as Json).bindings = {
      ws: { method: 'get' },
    };
    expect(compareSpecs(sparseWs, padded)).toEqual([]);
  });
});

describe('robustness', () => {
  it('does not mutate its inputs (frozen documents), and gives the same answer twice', () => {
    const before = deepFreeze(fixtureDoc('chat'));
    const edited = fixtureDoc('chat') as Json & { components: { schemas: Record<string, Json> } };
    (edited.components.schemas.rooms as Json).required = ['topic', 'owner'];
    const after = deepFreeze(edited);
    const first = compareSpecs(before, after);
    expect(first.length).toBeGreaterThan(0);
    expect(compareSpecs(before, after)).toEqual(first);
  });

  it('results are plain JSON (no cycles, no shared references lost)', () => {
    const node = (extra: Json = {}): Json => ({
      type: 'object',
      properties: {
        value: { type: 'string' },
        children: { type: 'array', items: { $ref: '#/components/schemas/thing' } },
        ...extra,
      },
    });
    const changes = compareSpecs(
      docWithSchema(node(), 'both'),
      docWithSchema(node({ label: { type: 'string' } }), 'both'),
    );
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
  });

  it('a recursive schema: a change inside it is one finding, at the component', () => {
    const tree = (maxLength: number): Json => ({
      type: 'object',
      properties: {
        name: { type: 'string', maxLength },
        children: { type: 'array', items: { $ref: '#/components/schemas/thing' } },
      },
    });
    const change = single(
      compareSpecs(docWithSchema(tree(10), 'publish'), docWithSchema(tree(5), 'publish')),
      'payload.bound.tightened',
      'breaking',
    );
    expect(change.path).toBe('/components/schemas/thing/properties/name/maxLength');
  });

  it('a change inside a recursive component that no message uses is one finding, not one per pass', () => {
    const tree = (extra: Json): Json => ({
      type: 'object',
      properties: { self: { $ref: '#/components/schemas/tree' }, ...extra },
    });
    const doc = (extra: Json): Json => docWithChannels({}, { tree: tree(extra) });
    const changes = compareSpecs(doc({}), doc({ name: { type: 'string' } }));
    expect(changes.map((c) => [c.rule, c.path])).toEqual([
      ['component.unused.changed', '/components/schemas/tree/properties/name'],
    ]);
  });

  it('a recursive property shown in a report is written as its $ref', () => {
    const tree = (withChildren: boolean): Json => ({
      type: 'object',
      properties: {
        name: { type: 'string' },
        ...(withChildren ? { children: { type: 'array', items: { $ref: '#/components/schemas/thing' } } } : {}),
      },
    });
    const change = single(
      compareSpecs(docWithSchema(tree(false), 'subscribe'), docWithSchema(tree(true), 'subscribe')),
      'payload.property.added-optional',
      'non-breaking',
    );
    expect(change.after).toEqual({ type: 'array', items: { $ref: '#/components/schemas/thing' } });
  });

  it('reference cycles without content ($ref to $ref to itself) and broken or external refs are compared as written', () => {
    const doc = (target: string): Json => {
      const d = docWithSchema({ $ref: '#/components/schemas/b' }, 'publish');
      ((d.components as Json).schemas as Json).b = { $ref: '#/components/schemas/thing' };
      ((d.components as Json).schemas as Json).c = { $ref: target };
      return d;
    };
    expect(compareSpecs(doc('other.yaml#/x'), doc('other.yaml#/x'))).toEqual([]);
    single(compareSpecs(doc('other.yaml#/x'), doc('#/nowhere')), 'component.unused.changed', 'non-breaking');
  });

  it('a $ref to a plain value stands for that value', () => {
    const doc = (title: string): Json => {
      const d = docWithSchema(
        { type: 'object', properties: { a: { type: 'string', description: { $ref: '#/info/title' } } } },
        'publish',
      );
      (d.info as Json).title = title;
      return d;
    };
    const changes = compareSpecs(doc('Things'), doc('Other things'));
    expect(changes.map((c) => [c.rule, c.path, c.before, c.after])).toEqual([
      ['payload.doc.changed', '/components/schemas/thing/properties/a/description', 'Things', 'Other things'],
      ['info.changed', '/info/title', 'Things', 'Other things'],
    ]);
  });

  it('keys like __proto__ and constructor stay data', () => {
    const doc = (props: string[]): Json => {
      const properties: Json = {};
      for (const p of props)
        Object.defineProperty(properties, p, {
          value: { type: 'string' },
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return docWithSchema({ type: 'object', properties }, 'publish');
    };
    const change = single(
      compareSpecs(doc(['constructor']), doc(['constructor', '__proto__'])),
      'payload.property.added-optional',
      'non-breaking',
    );
    expect(change.path).toBe('/components/schemas/thing/properties/__proto__');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('an enum that is a $ref reaching back to its own schema is told with the cycle marked, not a crash', () => {
    const before = docWithSchema({ type: 'object', properties: { q: { type: 'string', enum: ['a'] } } }, 'publish');
    const after = docWithSchema(
      { type: 'object', properties: { q: { type: 'string', enum: { $ref: '#/components/schemas/list' } } } },
      'publish',
    );
    ((after.components as Json).schemas as Json).list = [{ $ref: '#/components/schemas/thing' }];
    const added = compareSpecs(before, after).find((c) => c.rule === 'payload.enum.value-added');
    expect(added?.message).toContain('"enum":["<cycle>"]');
  });

  it('absurd nesting or a cycle in the input objects is an InputError, not a stack overflow', () => {
    let deep: Json = { type: 'string' };
    for (let i = 0; i < 5000; i++) deep = { type: 'object', properties: { x: deep } };
    const cyclic: Json = { type: 'object' };
    cyclic.properties = { self: cyclic };
    for (const schema of [deep, cyclic]) {
      let error: unknown;
      try {
        compareSpecs(docWithSchema({ type: 'string' }, 'publish'), docWithSchema(schema, 'publish'));
      } catch (e) {
        error = e;
      }
      expect(isInputError(error)).toBe(true);
      expect(String((error as Error).message)).toMatch(/nests deeper/);
    }
  });
});

describe('normalizeDocument', () => {
  it('a $ref target is one shared object that remembers where it was written', () => {
    const n = normalizeDocument(docWithSchema({ type: 'object', properties: { a: { type: 'string' } } }, 'both'));
    const channel = (n.root.channels as Record<string, Json>)['/things'] as Json;
    const sub = ((channel.subscribe as Json).message as Json).payload;
    const pub = ((channel.publish as Json).message as Json).payload;
    const component = ((n.root.components as Json).schemas as Json).thing;
    expect(sub).toBe(pub);
    expect(sub).toBe(component);
    expect(n.origins.get(sub as object)).toBe('/components/schemas/thing');
    expect(n.usedComponents).toEqual(new Set(['/components/schemas/thing']));
  });

  it('a set with an item that refers back to the schema holding it has one order, however the schema is written', () => {
    const self = { $ref: '#/components/schemas/thing' };
    const orders = [
      { type: 'object', tags: [self, { u: 1 }] },
      { tags: [{ u: 1 }, self], type: 'object' },
    ].map((schema) => {
      const n = normalizeDocument(docWithSchema(schema, 'publish'));
      const thing = ((n.root.components as Json).schemas as Json).thing as Json;
      return (thing.tags as unknown[]).map((tag) => (tag === thing ? 'itself' : tag));
    });
    expect(orders[0]).toEqual(orders[1]);
  });

  it('leaves untouched nodes as they are (copy-on-write) and never changes the input', () => {
    const input = fixtureDoc('book');
    const snapshot = clone(input);
    const n = normalizeDocument(input);
    expect(n.root.info).toBe(input.info);
    expect(input).toEqual(snapshot);
  });
});

/**
 * A `$ref` target met at its own place (a property of a component) is the one shared node, and is
 * shown like its siblings, whatever else in the document refers to it and wherever that referrer
 * stands: normalization, and every value a report shows, depend on the document alone.
 */
describe('a $ref target does not depend on its other referrers', () => {
  const schema = (): Json => ({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } });
  const channel = (payload: unknown, extra: Json = {}): Json => ({ subscribe: operation('subscribe', payload, extra) });
  const thing = { $ref: '#/components/schemas/thing' };
  const property = { $ref: '#/components/schemas/thing/properties/a' };
  /** `/x` uses the component; `/a` (none, before `/x`, or after it) uses its property `a`. */
  const variants = (x: Json): [string, Json][] => [
    ['no other referrer', docWithChannels({ '/x': x }, { thing: schema() })],
    ['a referrer before', docWithChannels({ '/a': channel(property), '/x': x }, { thing: schema() })],
    ['a referrer after', docWithChannels({ '/x': x, '/a': channel(property) }, { thing: schema() })],
  ];

  it('the property is part of the component, and a $ref to it is a node of its own', () => {
    for (const [name, doc] of variants(channel(thing))) {
      const n = normalizeDocument(doc);
      const component = ((n.root.components as Json).schemas as Json).thing as Json;
      const payload = (name: string): unknown =>
        (
          (((n.root.channels as Json)[name] as Json | undefined)?.subscribe as Json | undefined)?.message as
            | Json
            | undefined
        )?.payload;
      const a = (component.properties as Json).a as object;
      expect(payload('/x'), name).toBe(component);
      expect(n.origins.get(component), name).toBe('/components/schemas/thing');
      expect(n.origins.has(a), name).toBe(false);
      expect(a, name).toEqual({ type: 'string' });
      if (name === 'no other referrer') continue;
      expect(payload('/a'), name).not.toBe(a);
      expect(n.origins.get(payload('/a') as object), name).toBe('/components/schemas/thing/properties/a');
    }
  });

  it('a component is its shared node whether the first $ref to it comes before or after it', () => {
    const user = { $ref: '#/components/schemas/a' };
    for (const order of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      const schemas: Json = {};
      for (const key of order)
        schemas[key] = key === 'a' ? { type: 'string' } : { type: 'object', properties: { p: user } };
      // Only component b refers to a: nothing outside components does.
      const n = normalizeDocument(docWithChannels({}, schemas));
      const normalized = (n.root.components as Json).schemas as Json;
      expect(((normalized.b as Json).properties as Json).p, order.join()).toBe(normalized.a);
      expect(n.origins.get(normalized.a as object), order.join()).toBe('/components/schemas/a');
    }
  });

  it('a property removed from a payload is shown inline, as its siblings are', () => {
    const shown = variants(channel(thing)).map(([name, before]) => {
      const after = clone(before);
      ((((after.channels as Json)['/x'] as Json).subscribe as Json).message as Json).payload = { type: 'object' };
      const removed = compareSpecsInFull(before, after).filter((c) => c.path.endsWith('/payload/properties/a'));
      return [name, removed.map((c) => c.before)];
    });
    expect(shown).toEqual(variants(channel(thing)).map(([name]) => [name, [{ type: 'string' }]]));
  });

  it('a property of a component that a channel is written as is shown inline when it goes', () => {
    const shown = variants({ $ref: '#/components/schemas/thing' }).map(([name, before]) => {
      const after = clone(before);
      (after.channels as Json)['/x'] = { type: 'object', properties: { c: { type: 'string' } } };
      const removed = compareSpecsInFull(before, after).filter((c) => c.path.endsWith('/properties/a'));
      return [name, removed.map((c) => c.before)];
    });
    expect(shown).toEqual(variants(channel(thing)).map(([name]) => [name, [{ type: 'string' }]]));
  });

  it('tags that become a $ref to the component are shown as that $ref', () => {
    const shown = variants(channel(thing)).map(([name, before]) => {
      const after = clone(before);
      (((after.channels as Json)['/x'] as Json).subscribe as Json).tags = thing;
      const changed = compareSpecsInFull(before, after).filter((c) => c.rule === 'operation.tags.changed');
      return [name, changed.map((c) => c.after)];
    });
    expect(shown).toEqual(variants(channel(thing)).map(([name]) => [name, [thing]]));
  });
});
