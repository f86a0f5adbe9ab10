/**
 * Findings from real AsyncAPI documents (docs/classification.md): each case is a small document
 * written here that reproduces one behaviour seen in the field. Every case is checked with and
 * without the unchanged-channel shortcut (compareSpecs and compareSpecsInFull must agree).
 */
import { convert } from '@asyncapi/converter';
import { describe, expect, it } from 'vitest';
import { compareSpecs, compareSpecsInFull, type CompareOptions } from '../../src/compare/index';
import type { Change } from '../../src/types';
import { summary, type Json } from './helpers';

/** The changes from `a` to `b`, the same with and without setting unchanged channels aside. */
function changes(a: Json, b: Json, options: CompareOptions = {}): Change[] {
  const quick = compareSpecs(a, b, options);
  expect(quick).toEqual(compareSpecsInFull(a, b, options));
  return quick;
}

const rules = (list: readonly Change[]): string[] => list.map((c) => `${c.rule} ${c.type}`);

const INFO = { title: 'Things', version: '1.0.0' };

/** A 2.x document: `/things` under `op` carries a message with this payload; components beside. */
function doc2(op: 'publish' | 'subscribe', payload: unknown, schemas: Json = {}): Json {
  return {
    asyncapi: '2.6.0',
    info: INFO,
    channels: { '/things': { [op]: { message: { name: 'thing', contentType: 'application/json', payload } } } },
    components: { schemas },
  };
}

describe('keywords that do not apply to the type', () => {
  it('additionalProperties on a string that had no type constrains nothing: the type is the change', () => {
    const before = doc2('publish', { type: 'object', properties: { status: {} } });
    const after = doc2('publish', {
      type: 'object',
      properties: { status: { type: 'string', additionalProperties: false } },
    });
    expect(summary(changes(before, after))).toEqual([
      ['payload.type.narrowed', 'breaking', '/channels/~1things/publish/message/payload/properties/status/type'],
      [
        'payload.keyword.inapplicable',
        'non-breaking',
        '/channels/~1things/publish/message/payload/properties/status/additionalProperties',
      ],
    ]);
  });

  it('a keyword that applies on the side that has it is still judged', () => {
    const before = doc2('publish', { type: 'object', properties: { status: {} } });
    const after = doc2('publish', { type: 'object', properties: { status: { maxLength: 3 } } });
    expect(rules(changes(before, after))).toEqual(['payload.bound.tightened breaking']);
  });
});

describe('a change reported where it happened', () => {
  it('a property that went from a map of X to an X is reported at the property, not at X', () => {
    const status = { type: 'string', enum: ['on', 'off'] };
    const ref = { $ref: '#/components/schemas/Status' };
    const before = doc2(
      'subscribe',
      { type: 'object', properties: { s: { type: 'object', additionalProperties: ref } } },
      {
        Status: status,
      },
    );
    const after = doc2('subscribe', { type: 'object', properties: { s: ref } }, { Status: status });
    const found = changes(before, after);
    const at = '/channels/~1things/subscribe/message/payload/properties/s';
    for (const c of found) expect(c.path.startsWith(`${at}/`) || c.path === at, c.path).toBe(true);
    expect(summary(found)).toContainEqual(['payload.type.changed', 'breaking', `${at}/type`]);
  });

  it('the payload that became a component is reported at the payload; the component is untouched', () => {
    const status = { type: 'string', enum: ['on', 'off'] };
    const before = doc2(
      'subscribe',
      { type: 'object', properties: { status: { $ref: '#/components/schemas/Status' } } },
      {
        Status: status,
      },
    );
    const after = doc2('subscribe', { $ref: '#/components/schemas/Status' }, { Status: status });
    const found = changes(before, after);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.path).not.toMatch(/^\/components\/schemas\/Status/);
    expect(summary(found)).toContainEqual([
      'payload.type.changed',
      'breaking',
      '/channels/~1things/subscribe/message/payload/type',
    ]);
  });

  it('a component compared with itself still reports at the component, once', () => {
    const before = doc2(
      'subscribe',
      { $ref: '#/components/schemas/Status' },
      { Status: { type: 'string', enum: ['a'] } },
    );
    const after = doc2(
      'subscribe',
      { $ref: '#/components/schemas/Status' },
      { Status: { type: 'string', enum: ['a', 'b'] } },
    );
    expect(summary(changes(before, after))).toEqual([
      ['payload.enum.value-added', 'warning', '/components/schemas/Status/enum'],
    ]);
  });
});

describe('closed objects', () => {
  const closed = (properties: Json, extra: Json = {}): Json => ({
    type: 'object',
    additionalProperties: false,
    properties,
    ...extra,
  });
  const str = { type: 'string' };

  it('removing a property clients send from an object with additionalProperties: false breaks them', () => {
    const before = doc2('publish', closed({ a: str, b: str }));
    const after = doc2('publish', closed({ a: str }));
    expect(summary(changes(before, after))).toEqual([
      ['payload.property.removed-closed', 'breaking', '/channels/~1things/publish/message/payload/properties/b'],
    ]);
    expect(changes(before, after)[0]?.message).toContain('accepts no undeclared properties');
  });

  it('clients that receive it see an optional property go (warning), a required one (breaking)', () => {
    const receive = (extra: Json): string[] =>
      rules(changes(doc2('subscribe', closed({ a: str, b: str }, extra)), doc2('subscribe', closed({ a: str }))));
    expect(receive({})).toEqual(['payload.property.removed-closed warning']);
    expect(receive({ required: ['b'] })).toEqual(['payload.property.removed-required breaking']);
  });

  it('an open object, or one whose patternProperties still accept the name, refuses nothing', () => {
    const open = rules(
      changes(
        doc2('publish', { type: 'object', properties: { a: str, b: str } }),
        doc2('publish', { type: 'object', properties: { a: str } }),
      ),
    );
    expect(open).toEqual(['payload.property.removed-optional non-breaking']);
    const patterns = { patternProperties: { '^b': str } };
    const matched = rules(
      changes(doc2('publish', closed({ a: str, b: str }, patterns)), doc2('publish', closed({ a: str }, patterns))),
    );
    expect(matched).toEqual(['payload.property.removed-optional non-breaking']);
  });

  it('a deprecated property removed after its sunset day is non-breaking, closed object or not', () => {
    const gone = { type: 'string', deprecated: true, 'x-sunset': '2020-01-01' };
    const found = changes(doc2('publish', closed({ a: str, b: gone })), doc2('publish', closed({ a: str })), {
      today: '2024-01-01',
    });
    expect(rules(found)).toEqual(['payload.property.removed-after-sunset non-breaking']);
  });
});

describe('documentation inside a binding', () => {
  /** A 2.x document whose `/things` message has a kafka binding. */
  const withBinding = (kafka: Json): Json => ({
    asyncapi: '2.6.0',
    info: INFO,
    channels: {
      '/things': {
        subscribe: { message: { name: 'thing', payload: { type: 'string' }, bindings: { kafka } } },
        bindings: { kafka: { topic: 'things', ...kafka } },
      },
    },
  });
  const key = { type: 'string', format: 'uuid' };

  it('an example or description added inside a binding is binding.doc.changed, non-breaking', () => {
    const before = withBinding({ key, bindingVersion: '0.4.0' });
    const after = withBinding({
      key: { ...key, example: '5bc9f935-32f1-4d7b-a90c-ff0e6e34125a', description: 'the id' },
      bindingVersion: '0.4.0',
      'x-note': 'ours',
    });
    expect(rules(changes(before, after))).toEqual([
      'binding.doc.changed non-breaking',
      'binding.doc.changed non-breaking',
    ]);
  });

  it('anything else in the binding stays binding.changed; a property named description is no documentation', () => {
    const before = withBinding({ key: { type: 'object', properties: { description: { type: 'string' } } } });
    const after = withBinding({ key: { type: 'object', properties: {} } });
    expect(rules(changes(before, after))).toEqual(['binding.changed warning', 'binding.changed warning']);
    const typed = withBinding({ key: { ...key, type: 'integer' } });
    expect(rules(changes(withBinding({ key }), typed))).toEqual(['binding.changed warning', 'binding.changed warning']);
  });
});

describe('message traits apply in order as JSON Merge Patch', () => {
  /** A 2.x message with a `$ref` trait, then an inline trait that also sets headers. */
  const traited = (a: Json, extra: Json = {}): Json => ({
    asyncapi: '2.6.0',
    info: INFO,
    channels: {
      '/things': {
        subscribe: {
          message: {
            name: 'thing',
            payload: { type: 'string' },
            traits: [
              { $ref: '#/components/messageTraits/common' },
              { headers: { type: 'object', properties: { b: { type: 'string' } } }, ...extra },
            ],
          },
        },
      },
    },
    components: {
      messageTraits: { common: { headers: { type: 'object', properties: { a } }, contentType: 'application/json' } },
    },
  });

  it('headers that refer back to themselves, in the trait and the message, merge without overflowing', () => {
    const cyclic = (self: string, extra: Json = {}): Json => ({
      type: 'object',
      properties: { again: { $ref: self }, ...extra },
    });
    const doc = (b: Json): Json => ({
      asyncapi: '2.6.0',
      info: INFO,
      channels: { '/things': { subscribe: { message: { $ref: '#/components/messages/thing' } } } },
      components: {
        messages: {
          thing: {
            payload: { type: 'string' },
            headers: cyclic('#/components/messages/thing/headers', { b }),
            traits: [{ $ref: '#/components/messageTraits/loop' }],
          },
        },
        messageTraits: { loop: { headers: cyclic('#/components/messageTraits/loop/headers') } },
      },
    });
    expect(changes(doc({ type: 'string' }), doc({ type: 'string' }))).toEqual([]);
    expect(rules(changes(doc({ type: 'string' }), doc({ type: 'integer' })))).toEqual(['header.type.changed breaking']);
  });

  it("a change to the first trait's headers is reported, at the trait", () => {
    const found = changes(traited({ type: 'string' }), traited({ type: 'integer' }));
    expect(summary(found)).toEqual([
      ['header.type.changed', 'breaking', '/components/messageTraits/common/headers/properties/a/type'],
    ]);
  });

  it('3.x: the message patches its trait, so headers of both stay', () => {
    const doc3 = (a: Json): Json => ({
      asyncapi: '3.0.0',
      info: INFO,
      channels: {
        things: {
          address: '/things',
          messages: {
            thing: {
              headers: { type: 'object', properties: { b: { type: 'string' } } },
              traits: [{ headers: { type: 'object', properties: { a } } }],
            },
          },
        },
      },
      operations: {
        onThings: {
          action: 'send',
          channel: { $ref: '#/channels/things' },
          messages: [{ $ref: '#/channels/things/messages/thing' }],
        },
      },
    });
    expect(summary(changes(doc3({ type: 'string' }), doc3({ type: 'integer' })))).toEqual([
      ['header.type.changed', 'breaking', '/channels/things/messages/thing/traits/0/headers/properties/a/type'],
    ]);
  });

  it('a later trait keeps what an earlier one contributed, and null takes it away', () => {
    const same = traited({ type: 'string' });
    expect(changes(same, traited({ type: 'string' }, { contentType: 'application/json' }))).toEqual([]);
    const dropped = changes(same, traited({ type: 'string' }, { contentType: null }));
    expect(rules(dropped)).toEqual(['message.content-type.changed breaking']);
  });
});

describe('operation renames across major versions', () => {
  const payload = { type: 'object', properties: { id: { type: 'string' } } };
  const v2 = (operationId?: string): Json => ({
    asyncapi: '2.6.0',
    info: INFO,
    channels: {
      books: {
        subscribe: {
          ...(operationId === undefined ? {} : { operationId }),
          message: { messageId: 'book', name: 'book', payload },
        },
      },
    },
  });
  const v3 = (key: string): Json => ({
    asyncapi: '3.0.0',
    info: INFO,
    channels: { books: { address: 'books', messages: { book: { name: 'book', payload } } } },
    operations: {
      [key]: {
        action: 'send',
        channel: { $ref: '#/channels/books' },
        messages: [{ $ref: '#/channels/books/messages/book' }],
      },
    },
  });

  it('a 2.x operationId against another 3.x operation key (same channel, same action) is a rename, as in 2.x', () => {
    const found = changes(v2('books_subscribe'), v3('listBooks'));
    expect(rules(found)).toEqual(['operation.id.changed warning', 'asyncapi.version.changed non-breaking']);
    expect(found[0]?.message).toContain("from 'books_subscribe' to 'listBooks'");
    expect(rules(changes(v3('listBooks'), v2('books_subscribe')))).toEqual([
      'operation.id.changed warning',
      'asyncapi.version.changed non-breaking',
    ]);
  });

  it('the same name, or a key the converter invents for an operation without operationId, is no rename', () => {
    expect(rules(changes(v2('listBooks'), v3('listBooks')))).toEqual(['asyncapi.version.changed non-breaking']);
    expect(rules(changes(v2(), v3('books.subscribe')))).toEqual(['asyncapi.version.changed non-breaking']);
    expect(rules(changes(v3('books.subscribe'), v2()))).toEqual(['asyncapi.version.changed non-breaking']);
  });
});

describe('a renamed message', () => {
  /** A 3.x operation receiving two messages; the first is named `name`, under channel key `key` and component `name`. */
  const doc3 = (name: string, key: string, description = 'an event'): Json => ({
    asyncapi: '3.0.0',
    info: INFO,
    channels: {
      events: {
        address: 'events',
        messages: {
          [key]: { $ref: `#/components/messages/${name}` },
          other: { $ref: '#/components/messages/Other' },
        },
      },
    },
    operations: {
      receiveEvents: {
        action: 'receive',
        channel: { $ref: '#/channels/events' },
        messages: [{ $ref: `#/channels/events/messages/${key}` }, { $ref: '#/channels/events/messages/other' }],
      },
    },
    components: {
      messages: {
        [name]: { name, title: `${name} title`, payload: { $ref: `#/components/schemas/${name}Payload` } },
        Other: { name: 'Other', payload: { type: 'string' } },
      },
      schemas: {
        [`${name}Payload`]: {
          type: 'object',
          description,
          required: ['id'],
          properties: { id: { type: 'string' } },
        },
      },
    },
  });

  it('component key, channel key and name changed, payload the same: one message.renamed warning', () => {
    const found = changes(doc3('CommsEvent', 'commsEvent'), doc3('MessageEvent', 'messageEvent'));
    expect(rules(found)).toEqual(['message.renamed warning', 'message.description.changed non-breaking']);
    expect(found[0]?.message).toContain("'CommsEvent'");
    expect(found[0]?.message).toContain("'MessageEvent'");
  });

  it('a rename together with a documentation edit of the payload is the rename plus that edit', () => {
    const found = changes(doc3('CommsEvent', 'commsEvent'), doc3('MessageEvent', 'messageEvent', 'a message event'));
    expect(rules(found)).toEqual([
      'message.renamed warning',
      'message.description.changed non-breaking',
      'payload.doc.changed non-breaking',
    ]);
  });
});

describe('a renamed message in 2.x', () => {
  const doc = (id: string, name: string): Json => ({
    asyncapi: '2.6.0',
    info: INFO,
    channels: {
      '/things': {
        subscribe: {
          message: {
            oneOf: [
              { messageId: id, name, payload: { type: 'object', properties: { id: { type: 'string' } } } },
              { messageId: 'other', name: 'other', payload: { type: 'string' } },
            ],
          },
        },
      },
    },
  });

  it('messageId and name changed together, same payload: one message.id.changed that names both', () => {
    const found = changes(doc('thingCreated', 'ThingCreated'), doc('thingAdded', 'ThingAdded'));
    expect(rules(found)).toEqual(['message.id.changed warning']);
    expect(found[0]?.message).toBe(
      "The messageId of 'ThingAdded' on '/things' ((clients receive)) changed from 'thingCreated' to 'thingAdded'; its name changed from 'ThingCreated' to 'ThingAdded'",
    );
  });
});

describe('3.x channel messages that no operation references', () => {
  /** A 3.x channel with messages `used` (listed by an operation, when `operation`) and `spare` (listed by none). */
  const doc3 = (spare: Json | null, operation = true, extra: Json = {}): Json => ({
    asyncapi: '3.0.0',
    info: INFO,
    channels: {
      things: {
        address: '/things',
        messages: {
          used: { name: 'used', payload: { type: 'string' } },
          ...(spare === null ? {} : { spare }),
        },
      },
    },
    ...(operation
      ? {
          operations: {
            onThings: {
              action: 'receive',
              channel: { $ref: '#/channels/things' },
              messages: [{ $ref: '#/channels/things/messages/used' }],
            },
          },
        }
      : {}),
    components: { schemas: { Spare: { type: 'object', properties: { id: { type: 'integer' } } } }, ...extra },
  });
  const spare = (payload: Json, more: Json = {}): Json => ({ name: 'spare', payload, ...more });

  it('a type change in such a message is listed, non-breaking, with or without operations in the document', () => {
    for (const operation of [true, false]) {
      const found = changes(
        doc3(spare({ type: 'object', properties: { id: { type: 'string' } } }), operation),
        doc3(spare({ type: 'object', properties: { id: { type: 'integer' } } }), operation),
      );
      expect(summary(found)).toEqual([
        ['message.unused.changed', 'non-breaking', '/channels/things/messages/spare/payload/properties/id/type'],
      ]);
      expect(found[0]?.message).toContain('no operation uses');
    }
  });

  it('its removal, its addition and an edit outside its payload are listed, non-breaking', () => {
    const before = doc3(spare({ type: 'string' }));
    expect(summary(changes(before, doc3(null)))).toEqual([
      ['message.unused.changed', 'non-breaking', '/channels/things/messages/spare'],
    ]);
    expect(summary(changes(doc3(null), before))).toEqual([
      ['message.unused.changed', 'non-breaking', '/channels/things/messages/spare'],
    ]);
    const edited = doc3(spare({ type: 'string' }, { contentType: 'text/plain' }));
    expect(summary(changes(before, edited))).toEqual([
      ['message.unused.changed', 'non-breaking', '/channels/things/messages/spare'],
    ]);
  });

  it('a component schema only such a message uses is reported once, at the component', () => {
    const ref = spare({ $ref: '#/components/schemas/Spare' });
    const after = doc3(ref);
    (after.components as { schemas: Json }).schemas.Spare = { type: 'object', properties: { id: { type: 'string' } } };
    expect(summary(changes(doc3(ref), after))).toEqual([
      ['message.unused.changed', 'non-breaking', '/components/schemas/Spare/properties/id/type'],
    ]);
  });

  it('a component message only such a message points at is judged the same way', () => {
    const ref = { $ref: '#/components/messages/Spare' };
    const before = doc3(ref, true, { messages: { Spare: spare({ type: 'string' }) } });
    const after = doc3(ref, true, { messages: { Spare: spare({ type: 'boolean' }) } });
    expect(summary(changes(before, after))).toEqual([
      ['message.unused.changed', 'non-breaking', '/components/messages/Spare/payload/type'],
    ]);
  });
});

describe('a deprecated message replaced by its successor follows the lifecycle', () => {
  const successor = { name: 'thingV2', payload: { type: 'object', properties: { id: { type: 'integer' } } } };
  const old = (marks: Json): Json => ({
    name: 'thing',
    payload: { type: 'object', properties: { id: { type: 'string' } } },
    ...marks,
  });
  const doc3 = (key: string, message: Json): Json => ({
    asyncapi: '3.0.0',
    info: INFO,
    channels: { things: { address: '/things', messages: { [key]: message } } },
    operations: {
      addThing: {
        action: 'receive',
        channel: { $ref: '#/channels/things' },
        messages: [{ $ref: `#/channels/things/messages/${key}` }],
      },
    },
  });
  const docs = {
    '2.x': (message: Json): Json => ({
      asyncapi: '2.6.0',
      info: INFO,
      channels: { '/things': { publish: { message } } },
    }),
    '3.x': (message: Json): Json => doc3(message.name as string, message),
  };

  for (const [version, doc] of Object.entries(docs)) {
    it(`${version}: removed on or after its sunset day, the successor added: non-breaking`, () => {
      const found = changes(doc(old({ deprecated: true, 'x-sunset': '2024-01-01' })), doc(successor), {
        today: '2024-06-01',
      });
      expect(rules(found).sort()).toEqual(['message.added non-breaking', 'message.removed-after-sunset non-breaking']);
    });

    it(`${version}: before its sunset day the removal keeps its verdict and names the date`, () => {
      const found = changes(doc(old({ 'x-deprecated': true, 'x-sunset': '2030-01-01' })), doc(successor), {
        today: '2024-06-01',
      });
      expect(rules(found)).toEqual(['message.removed breaking', 'message.added non-breaking']);
      expect(found[0]?.message).toContain('before its sunset date 2030-01-01');
    });

    it(`${version}: a message never deprecated is still the same message, edited`, () => {
      const found = changes(doc(old({})), doc(successor), { today: '2024-06-01' });
      expect(rules(found)).toContain('payload.type.changed breaking');
      expect(rules(found)).not.toContain('message.removed breaking');
    });
  }
});

describe('an unused component message whose payload schema changed', () => {
  /** A 2.x document with a component message nobody uses, its payload a component schema. */
  const withUnused = (job: Json, summaryText = 'The current job'): Json => ({
    ...doc2('subscribe', { type: 'string' }),
    components: {
      schemas: { Job: job },
      messages: {
        CurrentJob: { name: 'currentJob', summary: summaryText, payload: { $ref: '#/components/schemas/Job' } },
      },
    },
  });
  const before = withUnused({ type: 'object', properties: { id: { type: 'string' } } });
  const after = withUnused({ type: 'object', properties: { id: { type: 'string' }, eta: { type: 'integer' } } });

  it('is one change, at the schema: the message itself did not change', () => {
    expect(summary(changes(before, after))).toEqual([
      ['component.unused.changed', 'non-breaking', '/components/schemas/Job/properties/eta'],
    ]);
  });

  it('is the same entry when one side is the official 3.0 conversion: nothing of the message is lost or echoed', () => {
    const as30 = convert(structuredClone(after) as { asyncapi: string }, '3.0.0') as Json;
    expect(summary(changes(before, as30)).filter(([, , path]) => path !== '/asyncapi')).toEqual([
      ['component.unused.changed', 'non-breaking', '/components/schemas/Job/properties/eta'],
    ]);
  });

  it('a change of its own is still listed at the message', () => {
    const edited = withUnused({ type: 'object', properties: { id: { type: 'string' } } }, 'The job now running');
    expect(summary(changes(before, edited))).toEqual([
      ['component.unused.changed', 'non-breaking', '/components/messages/CurrentJob'],
    ]);
  });
});
