/**
 * The deprecation and sunset lifecycle of messages and servers (docs/classification.md,
 * "Deprecation and sunset"), in AsyncAPI 2.x, 3.x and across the two: marking is its own
 * non-breaking rule, removal on or after the sunset day is non-breaking, before it the usual
 * verdict with the date in the message.
 */
import { convert } from '@asyncapi/converter';
import { describe, expect, it, vi } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import type { Change } from '../../src/types';
import { clone, single, type Json } from './helpers';

// The converter warns on stdout about what it drops; nothing of that matters here.
vi.spyOn(console, 'warn').mockImplementation(() => undefined);

type Doc = Json & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const str = { type: 'string' };
const INFO = { title: 'Books', version: '1.0.0' };
const book = { name: 'book', contentType: 'application/json', payload: { type: 'object', properties: { id: str } } };

/** A 2.x document whose `/books` operations carry `book` and, when given, the message `legacy`. */
function doc2(legacy: Json | null): Doc {
  const message = (): Json => (legacy === null ? clone(book) : { oneOf: [clone(book), { name: 'legacy', ...legacy }] });
  return {
    asyncapi: '2.6.0',
    info: INFO,
    servers: { dev: { url: 'ws://localhost', protocol: 'ws' } },
    channels: { '/books': { subscribe: { message: message() }, publish: { message: message() } } },
  };
}

/** The 3.x form: channel `books` with `book` (and `legacy`), an operation per direction listing them. */
function doc3(legacy: Json | null): Doc {
  const refs = (): Json[] => [
    { $ref: '#/channels/books/messages/book' },
    ...(legacy === null ? [] : [{ $ref: '#/channels/books/messages/legacy' }]),
  ];
  return {
    asyncapi: '3.0.0',
    info: INFO,
    channels: {
      books: {
        address: '/books',
        messages: { book: clone(book), ...(legacy === null ? {} : { legacy: { name: 'legacy', ...legacy } }) },
      },
    },
    operations: {
      onBooks: { action: 'send', channel: { $ref: '#/channels/books' }, messages: refs() },
      addBooks: { action: 'receive', channel: { $ref: '#/channels/books' }, messages: refs() },
    },
  };
}

const legacy = (marks: Json): Json => ({ payload: str, ...marks });
/**
 * `rule type direction` per place a change lands. A 3.x channel message both operations list is
 * one change at two places, with the worse verdict of the two (docs/classification.md).
 */
const rules = (changes: Change[]): string[] =>
  changes.flatMap((c) => c.locations.map((l) => `${c.rule} ${c.type} ${l.direction}`));
const to30 = (doc: Json): Json => convert(clone(doc) as Parameters<typeof convert>[0], '3.0.0') as unknown as Json;

describe.each([
  ['2.x', doc2],
  ['3.x', doc3],
])('message lifecycle, AsyncAPI %s', (_, doc) => {
  it('marking a message deprecated or giving it a sunset is message.deprecated, non-breaking, either direction', () => {
    for (const marks of [{ deprecated: true }, { 'x-deprecated': true }, { 'x-sunset': '2030-01-01' }]) {
      const changes = compareSpecs(doc(legacy({})), doc(legacy(marks)));
      expect(rules(changes).sort()).toEqual([
        'message.deprecated non-breaking client-receives',
        'message.deprecated non-breaking client-sends',
      ]);
      expect(changes[0]?.message).toMatch(/^Message 'legacy' of the operation .* set to /);
    }
  });

  it('removed on or after its sunset day: message.removed-after-sunset, non-breaking in both directions', () => {
    for (const today of ['2025-06-01', '2026-01-01']) {
      const changes = compareSpecs(doc(legacy({ deprecated: true, 'x-sunset': '2025-06-01' })), doc(null), { today });
      expect(rules(changes).sort()).toEqual([
        'message.removed-after-sunset non-breaking client-receives',
        'message.removed-after-sunset non-breaking client-sends',
      ]);
      for (const c of changes) expect(c.message).toContain('after its sunset date 2025-06-01');
    }
  });

  it('removed before its sunset day: the usual verdict (breaking for what clients send), naming the date', () => {
    const changes = compareSpecs(doc(legacy({ 'x-sunset': '2025-06-01' })), doc(null), { today: '2025-05-31' });
    expect(new Set(changes.map((c) => c.rule))).toEqual(new Set(['message.removed']));
    expect(rules(changes)).toContain('message.removed breaking client-sends');
    for (const c of changes) expect(c.message).toContain('before its sunset date 2025-06-01');
  });

  it('a deprecated message removed without a sunset keeps its verdict and says it was deprecated', () => {
    const changes = compareSpecs(doc(legacy({ deprecated: true })), doc(null), { today: '2030-01-01' });
    const sent = changes.find((c) => c.locations[0]?.direction === 'client-sends');
    expect(sent).toMatchObject({ rule: 'message.removed', type: 'breaking' });
    expect(sent?.message).toContain('it was deprecated, with no sunset date');
  });

  it('a message never marked keeps the plain removal', () => {
    const changes = compareSpecs(doc(legacy({})), doc(null), { today: '2030-01-01' });
    expect(new Set(changes.map((c) => c.rule))).toEqual(new Set(['message.removed']));
    expect(rules(changes)).toContain('message.removed breaking client-sends');
    for (const c of changes) expect(c.message).not.toMatch(/deprecated|sunset/);
  });

  it('taking the mark back is documentation, not the lifecycle rule', () => {
    const changes = compareSpecs(doc(legacy({ deprecated: true })), doc(legacy({ deprecated: false })));
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(`${c.rule} ${c.type}`).toBe('message.description.changed non-breaking');
  });
});

describe('message lifecycle through traits and across versions', () => {
  it('a message trait that marks it deprecated marks the message (2.x and 3.x)', () => {
    const traited = (d: Doc, at: (d: Doc) => Json): Doc => {
      at(d).traits = [{ deprecated: true }];
      return d;
    };
    const v2 = compareSpecs(
      doc2(legacy({})),
      traited(doc2(legacy({})), (d) => d.channels['/books'].subscribe.message.oneOf[1]),
    );
    single(v2, 'message.deprecated', 'non-breaking');
    const v3 = compareSpecs(
      doc3(legacy({})),
      traited(doc3(legacy({})), (d) => d.channels.books.messages.legacy),
    );
    expect(rules(v3).sort()).toEqual([
      'message.deprecated non-breaking client-receives',
      'message.deprecated non-breaking client-sends',
    ]);
  });

  it('a 2.x baseline with a sunset message against a 3.0 head without it (the converter made the head)', () => {
    const before = doc2(legacy({ deprecated: true, 'x-sunset': '2025-06-01' }));
    const head = to30(doc2(null));
    expect(head.asyncapi).toBe('3.0.0');
    const after = compareSpecs(before, head, { today: '2025-06-01' });
    expect(rules(after.filter((c) => c.rule !== 'asyncapi.version.changed')).sort()).toEqual([
      'message.removed-after-sunset non-breaking client-receives',
      'message.removed-after-sunset non-breaking client-sends',
    ]);
    const early = compareSpecs(before, head, { today: '2025-05-01' });
    const sent = early.find((c) => c.rule === 'message.removed' && c.locations[0]?.direction === 'client-sends');
    expect(sent?.type).toBe('breaking');
    expect(sent?.message).toContain('before its sunset date 2025-06-01');
  });

  it('a 3.0 baseline converted from 2.x, marked in a 2.x head: message.deprecated', () => {
    const changes = compareSpecs(to30(doc2(legacy({}))), doc2(legacy({ 'x-sunset': '2030-01-01' })));
    expect(rules(changes.filter((c) => c.rule !== 'asyncapi.version.changed')).sort()).toEqual([
      'message.deprecated non-breaking client-receives',
      'message.deprecated non-breaking client-sends',
    ]);
  });
});

describe('server and channel lifecycle', () => {
  const withServer = (marks: Json): Doc => {
    const d = doc2(null);
    d.servers.old = { url: 'ws://old', protocol: 'ws', ...marks };
    return d;
  };

  it('a server marked with x-deprecated or x-sunset is server.deprecated, non-breaking', () => {
    single(compareSpecs(withServer({}), withServer({ 'x-deprecated': true })), 'server.deprecated', 'non-breaking');
    single(compareSpecs(withServer({}), withServer({ 'x-sunset': '2030-01-01' })), 'server.deprecated', 'non-breaking');
  });

  it('a server removed on its sunset day is non-breaking; before it, breaking with the date', () => {
    const before = withServer({ 'x-sunset': '2025-06-01' });
    single(compareSpecs(before, doc2(null), { today: '2025-06-01' }), 'server.removed-after-sunset', 'non-breaking');
    const early = single(compareSpecs(before, doc2(null), { today: '2025-05-31' }), 'server.removed', 'breaking');
    expect(early.message).toContain('before its sunset date 2025-06-01');
  });

  it("a 2.x channel's own `deprecated: true` is channel.deprecated, and counts when the channel is removed", () => {
    const marked = doc2(null);
    marked.channels['/books'].deprecated = true;
    single(compareSpecs(doc2(null), marked), 'channel.deprecated', 'non-breaking');
    const gone = clone(marked);
    gone.channels = { '/other': { subscribe: { message: clone(book) } } };
    const removed = compareSpecs(marked, gone).find((c) => c.rule === 'channel.removed');
    expect(removed?.message).toContain('it was deprecated, with no sunset date');
  });
});
