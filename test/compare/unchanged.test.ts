/**
 * Setting unchanged channels aside (src/compare/unchanged.ts) must never change a result: what it
 * drops, and what it must keep, on small documents; then the shortcut against the full
 * comparison on real documents edited at random, both ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSpecs, compareSpecsInFull } from '../../src/compare/index';
import { withoutUnchanged as setAsideChannels } from '../../src/compare/unchanged';
import { InputError } from '../../src/errors';
import { listCorpus, OWN_CORPUS_DIR, readCorpusFile } from '../corpus/corpus';
import { clone, docWithChannels, FIXTURE_CASES, fixtureDoc, operation, type Json } from './helpers';

const withoutUnchanged = (a: Json, b: Json, major: 2 | 3): [Json, Json] => setAsideChannels(a, b, major).docs;
const ref = (pointer: string): Json => ({ $ref: `#${pointer}` });
const channel = (payload: unknown): Json => ({ subscribe: operation('subscribe', payload) });

/** A 2.x document: `/a` and `/b` use component A, `/c` uses B (which uses C), `/d` is inline. */
function v2(): Json {
  return docWithChannels(
    {
      '/a': channel(ref('/components/schemas/A')),
      '/b': channel(ref('/components/schemas/A')),
      '/c': channel(ref('/components/schemas/B')),
      '/d': channel({ type: 'string' }),
    },
    {
      A: { type: 'object', properties: { id: { type: 'string' } } },
      B: { type: 'object', properties: { c: ref('/components/schemas/C') } },
      C: { type: 'integer' },
    },
  );
}

/** A 3.x document: channels `a` and `b`, each with a send and a receive operation. */
function v3(): Json {
  const ops: Json = {};
  for (const c of ['a', 'b'])
    for (const action of ['send', 'receive'])
      ops[`${c}_${action}`] = {
        action,
        channel: ref(`/channels/${c}`),
        messages: [ref(`/channels/${c}/messages/m`)],
      };
  return {
    asyncapi: '3.0.0',
    info: { title: 'T', version: '1.0.0' },
    channels: {
      a: { address: 'a', messages: { m: { payload: ref('/components/schemas/A') } } },
      b: { address: 'b', messages: { m: { payload: { type: 'string' } } } },
    },
    operations: ops,
    components: { schemas: { A: { type: 'object' } } },
  };
}

const kept = (pair: [Json, Json]): [string[], string[]] =>
  pair.map((d) => Object.keys(d.channels as Json).sort()) as [string[], string[]];
const keptOps = (pair: [Json, Json]): string[] => Object.keys((pair[1].operations ?? {}) as Json).sort();
const keptSchemas = (pair: [Json, Json]): string[][] =>
  pair.map((d) => Object.keys(((d.components as Json).schemas ?? {}) as Json).sort());

describe('withoutUnchanged, 2.x', () => {
  it('drops every channel of two equal documents, and returns fresh objects', () => {
    const doc = v2();
    const pair = withoutUnchanged(doc, clone(doc), 2);
    expect(kept(pair)).toEqual([[], []]);
    expect(keptSchemas(pair)).toEqual([[], []]);
    expect(Object.keys(doc.channels as Json)).toHaveLength(4);
  });

  it('keeps the channels that reach a changed component, directly or through another', () => {
    const after = v2();
    (after.components as Json).schemas = { ...((after.components as Json).schemas as Json), C: { type: 'string' } };
    const pair = withoutUnchanged(v2(), after, 2);
    expect(kept(pair)).toEqual([['/c'], ['/c']]);
    // B stays because /c reaches it, C because it changed; nothing left reaches A.
    expect(keptSchemas(pair)).toEqual([
      ['B', 'C'],
      ['B', 'C'],
    ]);
    const edited = v2();
    ((edited.components as Json).schemas as Json).A = { type: 'object' };
    expect(kept(withoutUnchanged(v2(), edited, 2))).toEqual([
      ['/a', '/b'],
      ['/a', '/b'],
    ]);
  });

  it('keeps a changed, added or removed channel', () => {
    const after = v2();
    const channels = after.channels as Json;
    channels['/d'] = channel({ type: 'integer' });
    delete channels['/b'];
    channels['/e'] = channel({ type: 'string' });
    expect(kept(withoutUnchanged(v2(), after, 2))).toEqual([
      ['/b', '/d'],
      ['/d', '/e'],
    ]);
  });

  it('keeps a channel something else refers into, and one whose reference cannot be read', () => {
    const doc = v2();
    const channels = doc.channels as Json;
    channels['/e'] = channel(ref('/channels/~1d/subscribe/message/payload'));
    channels['/f'] = channel({ $ref: '#/components/schemas/%E0%A4%A' });
    expect(kept(withoutUnchanged(doc, clone(doc), 2))).toEqual([
      ['/d', '/f'],
      ['/d', '/f'],
    ]);
  });

  it('sets nothing aside when something refers to a whole map, section or the document', () => {
    for (const target of ['/channels', '', '/components/schemas', '/components']) {
      const doc = v2();
      doc['x-all'] = ref(target);
      const pair = withoutUnchanged(doc, clone(doc), 2);
      expect(pair[0]).toBe(doc);
      expect(kept(pair)[0]).toHaveLength(4);
    }
  });

  it('drops a channel whose reference reaches nothing in either document', () => {
    const doc = v2();
    (doc.channels as Json)['/d'] = channel(ref('/components/schemas/Missing'));
    expect(kept(withoutUnchanged(doc, clone(doc), 2))).toEqual([[], []]);
  });

  it.each([
    ['asyncapi', (d: Json) => (d.asyncapi = '2.6.0')],
    ['defaultContentType', (d: Json) => (d.defaultContentType = 'text/plain')],
    ['servers', (d: Json) => (d.servers = {})],
    ['security schemes', (d: Json) => ((d.components as Json).securitySchemes = { k: { type: 'httpApiKey' } })],
  ])('keeps everything when %s differs', (_, edit) => {
    const after = v2();
    edit(after);
    expect(kept(withoutUnchanged(v2(), after, 2))[0]).toHaveLength(4);
  });
});

describe('withoutUnchanged, 3.x', () => {
  it('drops a channel with its operations, and keeps both where an operation changed', () => {
    const after = v3();
    ((after.operations as Json).b_send as Json).summary = 'new';
    const pair = withoutUnchanged(v3(), after, 3);
    expect(kept(pair)).toEqual([['b'], ['b']]);
    expect(keptOps(pair)).toEqual(['b_receive', 'b_send']);
  });

  it('keeps a channel that shares its address, or is itself a $ref', () => {
    const doc = v3();
    const channels = doc.channels as Json;
    channels.c = { address: 'a' };
    channels.d = ref('/components/channels/d');
    (doc.components as Json).channels = { d: { address: 'd' } };
    const pair = withoutUnchanged(doc, clone(doc), 3);
    expect(kept(pair)[0]).toEqual(['a', 'c', 'd']);
    expect(keptOps(pair)).toEqual(['a_receive', 'a_send']);
  });

  it('keeps the channel a reply goes to', () => {
    const doc = v3();
    ((doc.operations as Json).a_send as Json).reply = { channel: ref('/channels/b') };
    expect(kept(withoutUnchanged(doc, clone(doc), 3))).toEqual([['b'], ['b']]);
  });
});

// ---- the shortcut against the full comparison ----

type Doc = Json;
/** What a comparison gives a user: its changes, or the input error it refuses with (any other error fails the test). */
type Outcome = { changes: unknown } | { error: string };

function outcome(compare: typeof compareSpecs, a: Doc, b: Doc): Outcome {
  try {
    return { changes: JSON.parse(JSON.stringify(compare(a, b))) as unknown };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: e.message };
  }
}

/** Every object node's path (arrays included), up to a few thousand per document. */
function nodePaths(doc: unknown, limit = 4000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[doc, []]];
  while (stack.length > 0 && out.length < limit) {
    const [node, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof node !== 'object' || node === null) continue;
    out.push(path);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node as Json);
    for (const [k, v] of entries) stack.push([v, [...path, k]]);
  }
  return out;
}

const at = (doc: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((n, k) => (n as Record<string | number, unknown> | undefined)?.[k], doc);

const pointerOf = (path: readonly (string | number)[]): string =>
  path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Edits that touch what the shortcut reasons about: values, references, channels, addresses, top-level parts. */
const EDITS: ((doc: Doc, paths: (string | number)[][], p: number[]) => void)[] = [
  // a value somewhere changes
  (doc, paths, [i = 0]) => {
    const node = at(doc, paths[i % paths.length] ?? []) as Json;
    if (Array.isArray(node)) node.push('edited');
    else node['x-edited'] = i;
  },
  // a key goes away
  (doc, paths, [i = 0, j = 0]) => {
    const node = at(doc, paths[i % paths.length] ?? []);
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const keys = Object.keys(node);
    if (keys.length > 0) delete (node as Json)[keys[j % keys.length] as string];
  },
  // a node becomes a $ref to another (maybe into a channel, maybe a cycle)
  (doc, paths, [i = 0, j = 0]) => {
    const path = paths[i % paths.length] ?? [];
    const parent = at(doc, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
    const key = path[path.length - 1];
    const target = paths[j % paths.length] ?? [];
    if (parent === undefined || key === undefined) return;
    parent[key] = { $ref: `#${pointerOf(target)}` };
  },
  // a reference nobody can resolve
  (doc, paths, [i = 0]) => {
    const node = at(doc, paths[i % paths.length] ?? []);
    if (typeof node === 'object' && node !== null && !Array.isArray(node))
      (node as Json).schema = { $ref: '#/components/schemas/nowhere' };
  },
  // a channel is copied under another key (3.x: same address)
  (doc, _, [i = 0]) => {
    const channels = doc.channels as Json | undefined;
    const keys = Object.keys(channels ?? {});
    if (channels === undefined || keys.length === 0) return;
    channels[`copy-${i}`] = clone(channels[keys[i % keys.length] as string]);
  },
  // a top-level part the shortcut depends on changes
  (doc, _, [i = 0]) => {
    const keys = ['defaultContentType', 'servers', 'components', 'info'];
    const key = keys[i % keys.length] as string;
    if (key === 'defaultContentType') doc.defaultContentType = 'text/x-edited';
    else if (key === 'servers') doc.servers = { edited: { host: 'h', url: 'ws://h', protocol: 'ws' } };
    else if (key === 'components')
      doc.components = { ...((doc.components as Json) ?? {}), securitySchemes: { k: { type: 'httpApiKey' } } };
    else doc.info = { title: 'edited', version: '9' };
  },
];

function documents(): Doc[] {
  // Over the real-world corpora, every comparison of the corpus legs makes the same check.
  const corpus = listCorpus(OWN_CORPUS_DIR);
  const real = corpus.documents.map((d) => readCorpusFile(OWN_CORPUS_DIR, d.file));
  // As a document read from its text: a tree, no object in two places (fixtures share small parts).
  return [...FIXTURE_CASES.map(fixtureDoc), ...real].map((d) => JSON.parse(JSON.stringify(d)) as Doc);
}

describe('the shortcut gives what the full comparison gives', () => {
  const docs = documents();

  it('on every pair of the own corpus, both ways', () => {
    const corpus = listCorpus(OWN_CORPUS_DIR);
    for (const p of corpus.pairs) {
      const a = readCorpusFile(OWN_CORPUS_DIR, p.old);
      const b = readCorpusFile(OWN_CORPUS_DIR, p.new);
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        expect(outcome(compareSpecs, x, y), p.id).toEqual(outcome(compareSpecsInFull, x, y));
    }
  });

  it('on real and firestone documents edited at random, both ways', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.array(fc.nat(), { minLength: 2, maxLength: 2 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (d, edits) => {
          const original = docs[d % docs.length] as Doc;
          const edited = clone(original);
          for (const [e, picks] of edits) (EDITS[e] as (typeof EDITS)[number])(edited, nodePaths(edited), picks);
          expect(outcome(compareSpecs, original, edited)).toEqual(outcome(compareSpecsInFull, original, edited));
          expect(outcome(compareSpecs, edited, original)).toEqual(outcome(compareSpecsInFull, edited, original));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
