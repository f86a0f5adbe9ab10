/**
 * Setting unchanged channels aside (src/compare/unchanged.ts) must never change a result: what it
 * drops, and what it must keep, on small documents; then the shortcut against the full
 * comparison on real documents edited at random, both ways.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs, compareSpecsInFull } from '../../src/compare/index';
import { withoutUnchanged as setAsideChannels } from '../../src/compare/unchanged';
import { listCorpus, OWN_CORPUS_DIR, readCorpusFile } from '../corpus/corpus';
import {
  asParsed,
  danglingEdit,
  editedAtRandom,
  keyEdit,
  outcomeOf,
  refEdit,
  valueEdit,
  type Edit,
  type Outcome,
} from './fuzz-edits';
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

  it('keeps a channel something staying refers into, and one whose reference cannot be read', () => {
    const doc = v2();
    const channels = doc.channels as Json;
    channels['/e'] = channel(ref('/channels/~1d/subscribe/message/payload'));
    channels['/f'] = channel({ $ref: '#/components/schemas/%E0%A4%A' });
    // Equal documents: `/e` and the `/d` it refers into go together.
    expect(kept(withoutUnchanged(doc, clone(doc), 2))).toEqual([['/f'], ['/f']]);
    const after = clone(doc);
    (after.channels as Json)['/e'] = { ...channel(ref('/channels/~1d/subscribe/message/payload')), description: 'new' };
    expect(kept(withoutUnchanged(doc, after, 2))).toEqual([
      ['/d', '/e', '/f'],
      ['/d', '/e', '/f'],
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

  it('drops a channel with the operation whose reply goes to it, when both go', () => {
    const doc = v3();
    ((doc.operations as Json).a_send as Json).reply = { channel: ref('/channels/b') };
    expect(kept(withoutUnchanged(doc, clone(doc), 3))).toEqual([[], []]);
  });

  it('keeps an operation whose reply goes to a channel that stays: the reply makes its message used', () => {
    const before = v3();
    ((before.operations as Json).a_send as Json).reply = {
      channel: ref('/channels/b'),
      messages: [ref('/channels/b/messages/m')],
    };
    const after = clone(before);
    // A channel that is a `$ref` stays, and holds the channel it names.
    (after.channels as Json).c = ref('/channels/b');
    const pair = withoutUnchanged(before, after, 3);
    expect(kept(pair)).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
    ]);
    expect(keptOps(pair)).toEqual(['a_receive', 'a_send', 'b_receive', 'b_send']);
    for (const [x, y] of [
      [before, after],
      [after, before],
    ] as const)
      expect(outcome(compareSpecs, x, y)).toEqual(outcome(compareSpecsInFull, x, y));
  });
});

// ---- the shortcut against the full comparison ----

type Doc = Json;

const outcome = (compare: typeof compareSpecs, a: Doc, b: Doc): Outcome => outcomeOf(() => compare(a, b));

/** Edits that touch what the shortcut reasons about: values, references, channels, addresses, top-level parts. */
const EDITS: Edit[] = [
  valueEdit,
  keyEdit,
  // maybe into a channel, maybe a cycle
  refEdit({ root: true }),
  danglingEdit,
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
  return [...FIXTURE_CASES.map(fixtureDoc), ...real].map(asParsed);
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
    editedAtRandom(
      docs,
      EDITS,
      (original, edited) => {
        expect(outcome(compareSpecs, original, edited)).toEqual(outcome(compareSpecsInFull, original, edited));
        expect(outcome(compareSpecs, edited, original)).toEqual(outcome(compareSpecsInFull, edited, original));
      },
      150,
    );
  });
});
