/**
 * The policy around verdicts (docs/rules.md): compatibility modes, the deprecation and sunset
 * lifecycle with an injected date, and each change's identity and locations in client terms.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import { InputError } from '../../src/errors';
import type { Change } from '../../src/types';
import { clone, docWithSchema, schemaChanges, single, type Json } from './helpers';

const obj = (properties: Json, extra: Json = {}): Json => ({ type: 'object', properties, ...extra });
const str = { type: 'string' };
const requiredAdded = (usage: 'subscribe' | 'publish', compatibility?: 'backward' | 'forward' | 'full' | 'none') =>
  schemaChanges(
    obj({ a: str }),
    obj({ a: str, b: str }, { required: ['b'] }),
    usage,
    compatibility && { compatibility },
  );

describe('compatibility modes', () => {
  it('backward (the default) takes the column of the direction the change is used in', () => {
    single(requiredAdded('publish'), 'payload.property.required-added', 'breaking');
    single(requiredAdded('subscribe'), 'payload.property.required-added', 'non-breaking');
    single(requiredAdded('publish', 'backward'), 'payload.property.required-added', 'breaking');
  });

  it('forward takes the other column: new clients against the old server', () => {
    single(requiredAdded('publish', 'forward'), 'payload.property.required-added', 'non-breaking');
    single(requiredAdded('subscribe', 'forward'), 'payload.property.required-added', 'breaking');
  });

  it('full takes the worse of the two columns', () => {
    single(requiredAdded('publish', 'full'), 'payload.property.required-added', 'breaking');
    single(requiredAdded('subscribe', 'full'), 'payload.property.required-added', 'breaking');
  });

  it('none reports as backward does (the caller stops failing)', () => {
    single(requiredAdded('publish', 'none'), 'payload.property.required-added', 'breaking');
    single(requiredAdded('subscribe', 'none'), 'payload.property.required-added', 'non-breaking');
  });

  it('one-verdict rules keep their verdict in every mode', () => {
    const before = docWithSchema(obj({ a: str }), 'both');
    const after = clone(before) as Json & { servers?: Json };
    delete after.servers;
    for (const compatibility of ['backward', 'forward', 'full', 'none'] as const)
      single(compareSpecs(before, after, { compatibility }), 'server.removed', 'breaking');
  });
});

describe('deprecation and sunset', () => {
  const withB = (b: Json): Json => obj({ a: str, b });
  const removeB = (b: Json, today: string): Change[] =>
    schemaChanges(withB(b), obj({ a: str }), 'subscribe', { today });

  it('marking a property deprecated, or setting its sunset, is listed under its own non-breaking rule', () => {
    single(
      schemaChanges(withB(str), withB({ ...str, deprecated: true }), 'publish'),
      'payload.property.deprecated',
      'non-breaking',
    );
    single(
      schemaChanges(
        withB({ ...str, deprecated: true }),
        withB({ ...str, deprecated: true, 'x-sunset': '2030-01-01' }),
        'publish',
      ),
      'payload.property.deprecated',
      'non-breaking',
    );
  });

  it('removed on or after its sunset date: non-breaking; the day itself counts as passed', () => {
    const b = { ...str, deprecated: true, 'x-sunset': '2025-06-01' };
    const on = single(removeB(b, '2025-06-01'), 'payload.property.removed-after-sunset', 'non-breaking');
    expect(on.message).toContain('2025-06-01');
    single(removeB(b, '2026-01-01'), 'payload.property.removed-after-sunset', 'non-breaking');
  });

  it('removed before its sunset date: the usual verdict, and the message names the date', () => {
    const change = single(
      removeB({ ...str, deprecated: true, 'x-sunset': '2025-06-01' }, '2025-05-31'),
      'payload.property.removed-optional',
      'warning',
    );
    expect(change.message).toMatch(/sunset date 2025-06-01/);
  });

  it('a YAML date counts like the quoted string', () => {
    const b = { ...str, deprecated: true, 'x-sunset': new Date('2025-06-01T00:00:00Z') };
    single(removeB(b, '2025-06-02'), 'payload.property.removed-after-sunset', 'non-breaking');
  });

  it('deprecated without a sunset and removed: the usual verdict, the message says it was deprecated', () => {
    const change = single(
      removeB({ ...str, deprecated: true }, '2030-01-01'),
      'payload.property.removed-optional',
      'warning',
    );
    expect(change.message).toMatch(/deprecated/);
  });

  it('a channel or operation with x-sunset removed after the date is non-breaking, before it breaking', () => {
    const before = docWithSchema(obj({ a: str }), 'both') as Json & { channels: Record<string, Json> };
    (before.channels['/things'] as Json)['x-sunset'] = '2025-01-01';
    const after = clone(before) as typeof before;
    delete after.channels['/things'];
    single(compareSpecs(before, after, { today: '2025-01-01' }), 'channel.removed-after-sunset', 'non-breaking');
    const early = single(compareSpecs(before, after, { today: '2024-12-31' }), 'channel.removed', 'breaking');
    expect(early.message).toContain('2025-01-01');
  });
});

describe('identity and locations', () => {
  it('identity names the element, not lines or wording, and stays when unrelated things move', () => {
    const change = single(requiredAdded('publish'), 'payload.property.required-added', 'breaking');
    expect(change.identity).toBe('/components/schemas/thing/properties/b');
    const before = docWithSchema(obj({ a: str }), 'publish', {
      info: { title: 'Other', version: '2', description: 'x' },
    });
    const after = docWithSchema(obj({ a: str, b: str }, { required: ['b'] }), 'publish', {
      info: { title: 'Other', version: '2', description: 'x' },
    });
    const moved = compareSpecs(before, after).find((c) => c.rule === 'payload.property.required-added');
    expect(moved?.identity).toBe(change.identity);
  });

  it('3.x locations name the operation key and the client direction', () => {
    const doc = (required: string[]): Json => ({
      asyncapi: '3.0.0',
      info: { title: 't', version: '1' },
      channels: { books: { address: '/books', messages: { book: { payload: obj({ id: str }, { required }) } } } },
      operations: {
        addBook: {
          action: 'receive',
          channel: { $ref: '#/channels/books' },
          messages: [{ $ref: '#/channels/books/messages/book' }],
        },
      },
    });
    const change = single(compareSpecs(doc([]), doc(['id'])), 'payload.property.became-required', 'breaking');
    expect(change.locations).toEqual([{ channel: '/books', direction: 'client-sends', operation: 'addBook' }]);
    expect(change.message).toContain('clients send');
    expect(change.message).not.toMatch(/publish|subscribe/);
  });
});

describe('AsyncAPI versions', () => {
  const v = (asyncapi: unknown): Json => ({ ...docWithSchema(str, 'both'), asyncapi });

  it.each([['1.2.0'], ['4.0.0'], ['2.7.0'], [3], [undefined]])(
    'refuses asyncapi %s, naming the file and the version',
    (version) => {
      const doc = v(version);
      if (version === undefined) delete doc.asyncapi;
      expect(() => compareSpecs(v('2.5.0'), doc, { files: { new: 'new.yaml' } })).toThrow(InputError);
      try {
        compareSpecs(v('2.5.0'), doc, { files: { new: 'new.yaml' } });
      } catch (e) {
        expect((e as InputError).message).toMatch(/^new\.yaml: /);
        if (version !== undefined) expect((e as InputError).message).toContain(String(version));
      }
    },
  );

  it('reads every version from 2.0.0 to 2.6.0 and 3.0.0 to 3.1.0', () => {
    for (const version of ['2.0.0', '2.1.0', '2.2.0', '2.3.0', '2.4.0', '2.5.0', '2.6.0'])
      expect(compareSpecs(v(version), v(version))).toEqual([]);
    for (const version of ['3.0.0', '3.1.0']) {
      const doc = { asyncapi: version, info: { title: 't', version: '1' } };
      expect(compareSpecs(doc, clone(doc))).toEqual([]);
    }
  });
});

describe('3.x renames', () => {
  const doc = (channelKey: string, opKey: string): Json => ({
    asyncapi: '3.0.0',
    info: { title: 't', version: '1' },
    channels: { [channelKey]: { address: '/books', messages: { book: { payload: obj({ id: str }) } } } },
    operations: {
      [opKey]: {
        action: 'send',
        channel: { $ref: `#/channels/${channelKey}` },
        messages: [{ $ref: `#/channels/${channelKey}/messages/book` }],
      },
    },
  });

  it('a channel key changed with the same address and messages: one warning', () => {
    const change = single(
      compareSpecs(doc('books', 'onBook'), doc('bookChannel', 'onBook')),
      'channel.renamed',
      'warning',
    );
    expect(change.message).toContain("'books'");
    expect(change.message).toContain("'bookChannel'");
  });

  it('an operation key changed with the same channel, action and messages: one warning', () => {
    single(compareSpecs(doc('books', 'onBook'), doc('books', 'bookSent')), 'operation.renamed', 'warning');
  });

  it('a rename together with another edit is the rename plus that edit', () => {
    const after = doc('books', 'bookSent') as { channels: Record<string, Json> };
    ((after.channels.books as Json).messages as Record<string, Json>).book = {
      payload: obj({ id: str }, { required: ['id'] }),
    };
    expect(compareSpecs(doc('books', 'onBook'), after).map((c) => [c.rule, c.type])).toEqual([
      ['operation.renamed', 'warning'],
      ['payload.property.became-required', 'non-breaking'],
    ]);
  });
});
