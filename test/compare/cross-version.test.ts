/**
 * Comparison across AsyncAPI major versions (docs/classification.md, "Identity across versions
 * and renames"): a 2.x document converted to 3.0 by the official converter is no API change but
 * the version itself, a change made together with a conversion keeps the verdict it has within
 * one version, and 3.x-native edits are judged by the client's direction (`action`). The same over
 * every 2.x document and pair of a corpus: test/corpus/corpus.test.ts.
 * `@asyncapi/converter` is a dev dependency used here only.
 */
import { convert } from '@asyncapi/converter';
import jsyaml from 'js-yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import type { Change, ChangeType } from '../../src/types';
import type { Json } from '../corpus/corpus';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { clone, FIXTURE_CASES, fixtureDoc } from './helpers';

beforeAll(() => {
  // The converter warns on stdout about 2.x parameter schemas it drops; that is expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** The official conversion to AsyncAPI 3.0.0 (on a copy: the converter may touch its input). */
function to30(doc: Json): Json {
  return convert(clone(doc) as Parameters<typeof convert>[0], '3.0.0') as unknown as Json;
}

const brief = (c: Change) => `${c.type} ${c.rule} ${c.path}`;
/** What a comparison says, as a sorted multiset of (type, rule), without the `asyncapi` entry. */
const verdicts = (changes: Change[]) =>
  changes
    .filter((c) => c.path !== '/asyncapi')
    .map((c) => `${c.type} ${c.rule}`)
    .sort();
const ORDER: ChangeType[] = ['unclassified', 'non-breaking', 'warning', 'breaking'];
const worst = (changes: Change[]) =>
  changes.reduce<ChangeType | 'none'>(
    (w, c) => (w === 'none' || ORDER.indexOf(c.type) > ORDER.indexOf(w) ? c.type : w),
    'none',
  );

/** Exactly one change, at `/asyncapi`, non-breaking: the conversion is no API change. */
function expectOnlyVersionChange(changes: Change[]): void {
  expect({
    version: changes.filter((c) => c.path === '/asyncapi').map((c) => c.type),
    others: changes.filter((c) => c.path !== '/asyncapi').map((c) => `${brief(c)}: ${c.message}`),
  }).toEqual({ version: ['non-breaking'], others: [] });
}

describe('a 2.x document and the same document converted to 3.0', () => {
  it.each(FIXTURE_CASES)('generation fixture %s: only the version changes, both ways', (name) => {
    const doc = fixtureDoc(name);
    const converted = to30(doc);
    expect(converted.asyncapi).toBe('3.0.0');
    expectOnlyVersionChange(compareSpecs(doc, converted));
    expectOnlyVersionChange(compareSpecs(converted, doc));
  });
});

// The book fixture with one payload per direction written inline, so an edit touches one
// direction only: `/book` publish (clients send), `/book/{book_id}` subscribe (clients receive).
type Channels = Record<string, Record<string, { message: { payload: Json } }>>;
const channelsOf = (doc: Json) => doc.channels as Channels;
const sentPayload = (doc: Json) => channelsOf(doc)['/book']!.publish!.message.payload;
const receivedPayload = (doc: Json) => channelsOf(doc)['/book/{book_id}']!.subscribe!.message.payload;
const props = (schema: Json) => schema.properties as Record<string, Json>;

function bookBase(): Json {
  const doc = fixtureDoc('book');
  const str = { type: 'string' };
  channelsOf(doc)['/book']!.publish!.message.payload = {
    type: 'object',
    properties: { author: str, title: str },
    required: ['title'],
  };
  channelsOf(doc)['/book/{book_id}']!.subscribe!.message.payload = {
    type: 'object',
    properties: { author: str, title: str, genre: { type: 'string', enum: ['novel', 'poetry'] } },
    required: ['title'],
  };
  return doc;
}

const EDITS: { name: string; expected: ChangeType; edit: (doc: Json) => void }[] = [
  {
    name: 'required property added to a message clients send',
    expected: 'breaking',
    edit: (doc) => {
      props(sentPayload(doc)).isbn = { type: 'string' };
      (sentPayload(doc).required as string[]).push('isbn');
    },
  },
  {
    name: 'optional property removed from a message clients send',
    expected: 'non-breaking',
    edit: (doc) => {
      delete props(sentPayload(doc)).author;
    },
  },
  {
    name: 'enum value added to a message clients receive',
    expected: 'warning',
    edit: (doc) => {
      (props(receivedPayload(doc)).genre!.enum as string[]).push('essay');
    },
  },
  {
    name: 'optional property added to a message clients receive',
    expected: 'non-breaking',
    edit: (doc) => {
      props(receivedPayload(doc)).pages = { type: 'integer' };
    },
  },
  {
    name: 'property became optional in a message clients receive',
    expected: 'breaking',
    edit: (doc) => {
      receivedPayload(doc).required = [];
    },
  },
  {
    name: 'channel removed',
    expected: 'breaking',
    edit: (doc) => {
      delete channelsOf(doc)['/book/{book_id}'];
    },
  },
  {
    name: 'server url changed',
    expected: 'breaking',
    edit: (doc) => {
      (doc.servers as Record<string, Json>).dev!.url = 'ws://localhost:9090';
    },
  },
  {
    name: 'info description changed',
    expected: 'non-breaking',
    edit: (doc) => {
      (doc.info as Json).description = 'Book store events, now with reviews';
    },
  },
];

describe('an edit made together with a conversion keeps its verdict (book fixture)', () => {
  it.each(EDITS.map((e) => [e.name, e] as const))('%s', (_, { expected, edit }) => {
    const oldDoc = bookBase();
    const newDoc = bookBase();
    edit(newDoc);
    const within = compareSpecs(oldDoc, newDoc);
    expect(worst(within)).toBe(expected);
    expect({
      'old 2.x, new 3.0': verdicts(compareSpecs(oldDoc, to30(newDoc))),
      'old 3.0, new 2.x': verdicts(compareSpecs(to30(oldDoc), newDoc)),
      'old 3.0, new 3.0': verdicts(compareSpecs(to30(oldDoc), to30(newDoc))),
    }).toEqual({
      'old 2.x, new 3.0': verdicts(within),
      'old 3.0, new 2.x': verdicts(within),
      'old 3.0, new 3.0': verdicts(within),
    });
  });
});

// A hand-written 3.0 document: clients send `createOrder` (the application's `receive`
// operation, whose reply `orderAccepted` clients receive), receive `orderCreated` (the
// application's `send`), and answer `quoteOffer` (a `send` operation) with `quoteAnswer`.
const ORDERS_3 = `
asyncapi: 3.0.0
info: { title: Orders, version: 1.0.0 }
servers:
  prod: { host: api.example.com, protocol: ws }
channels:
  orders:
    address: /orders
    messages:
      createOrder: { $ref: '#/components/messages/createOrder' }
      orderCreated: { $ref: '#/components/messages/orderCreated' }
  orderReplies:
    address: /orders/replies
    messages:
      orderAccepted: { $ref: '#/components/messages/orderAccepted' }
  quotes:
    address: /quotes
    messages:
      quoteOffer: { $ref: '#/components/messages/quoteOffer' }
      quoteAnswer: { $ref: '#/components/messages/quoteAnswer' }
operations:
  placeOrder:
    action: receive
    channel: { $ref: '#/channels/orders' }
    messages: [{ $ref: '#/channels/orders/messages/createOrder' }]
    reply:
      channel: { $ref: '#/channels/orderReplies' }
      messages: [{ $ref: '#/channels/orderReplies/messages/orderAccepted' }]
  notifyOrderCreated:
    action: send
    channel: { $ref: '#/channels/orders' }
    messages: [{ $ref: '#/channels/orders/messages/orderCreated' }]
  offerQuote:
    action: send
    channel: { $ref: '#/channels/quotes' }
    messages: [{ $ref: '#/channels/quotes/messages/quoteOffer' }]
    reply:
      channel: { $ref: '#/channels/quotes' }
      messages: [{ $ref: '#/channels/quotes/messages/quoteAnswer' }]
components:
  messages:
    createOrder:
      name: createOrder
      contentType: application/json
      payload: { $ref: '#/components/schemas/orderRequest' }
    orderCreated:
      name: orderCreated
      contentType: application/json
      payload: { $ref: '#/components/schemas/order' }
    orderAccepted:
      name: orderAccepted
      contentType: application/json
      payload:
        type: object
        properties: { orderId: { type: string }, eta: { type: string } }
        required: [orderId, eta]
    quoteOffer:
      name: quoteOffer
      payload: { $ref: '#/components/schemas/quoteOffer' }
    quoteAnswer:
      name: quoteAnswer
      payload: { $ref: '#/components/schemas/quoteAnswer' }
  schemas:
    quoteOffer:
      type: object
      properties: { price: { type: number } }
      required: [price]
    quoteAnswer:
      type: object
      properties: { accepted: { type: boolean } }
      required: [accepted]
    orderRequest:
      type: object
      properties: { item: { type: string }, quantity: { type: integer } }
      required: [item]
    order:
      type: object
      properties: { id: { type: string }, item: { type: string } }
      required: [id, item]
`;
const orders = () => jsyaml.load(ORDERS_3) as Json;
const schemaOf = (doc: Json, name: string) =>
  ((doc.components as Json).schemas as Record<string, Json>)[name] as Json & { required: string[] };

describe('3.x-native edits are judged by direction', () => {
  it('the document is valid AsyncAPI 3.0 and gives no change against itself', async () => {
    await expectValidAsyncApi(orders());
    expect(compareSpecs(orders(), orders())).toEqual([]);
  });

  it('a required property added to a message clients send (`action: receive`) is breaking', () => {
    const next = orders();
    props(schemaOf(next, 'orderRequest')).customerId = { type: 'string' };
    schemaOf(next, 'orderRequest').required.push('customerId');
    const changes = compareSpecs(orders(), next);
    expect(changes.map(brief)).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'breaking', rule: 'payload.property.required-added' });
    expect(changes[0]!.path).toMatch(/\/properties\/customerId$/);
    // The same edit read backwards removes a required property clients send: compatible.
    expect(worst(compareSpecs(next, orders()))).toBe('non-breaking');
  });

  it('a required property added to a message clients receive (`action: send`) is non-breaking', () => {
    const next = orders();
    props(schemaOf(next, 'order')).createdAt = { type: 'string' };
    schemaOf(next, 'order').required.push('createdAt');
    const changes = compareSpecs(orders(), next);
    expect(changes.map(brief)).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'non-breaking', rule: 'payload.property.required-added' });
    // Backwards: a required property clients relied on is gone.
    expect(compareSpecs(next, orders())).toMatchObject([
      { type: 'breaking', rule: 'payload.property.removed-required' },
    ]);
  });

  it("a required property removed from a `receive` operation's reply (clients receive it) is breaking", () => {
    const next = orders();
    const accepted = ((next.components as Json).messages as Record<string, Json>).orderAccepted!.payload as Json;
    delete props(accepted).eta;
    accepted.required = ['orderId'];
    const changes = compareSpecs(orders(), next);
    expect(changes.map(brief)).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'breaking', rule: 'payload.property.removed-required' });
  });

  it("a required property added to a `send` operation's reply (clients send it) is breaking", () => {
    const next = orders();
    props(schemaOf(next, 'quoteAnswer')).reason = { type: 'string' };
    schemaOf(next, 'quoteAnswer').required.push('reason');
    const changes = compareSpecs(orders(), next);
    expect(changes.map(brief)).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'breaking', rule: 'payload.property.required-added' });
    // The same edit on the message the `send` operation itself carries: clients receive it.
    const offered = orders();
    props(schemaOf(offered, 'quoteOffer')).currency = { type: 'string' };
    schemaOf(offered, 'quoteOffer').required.push('currency');
    expect(compareSpecs(orders(), offered)).toMatchObject([
      { type: 'non-breaking', rule: 'payload.property.required-added' },
    ]);
  });

  it('a channel renamed (key changed, same address) is one warning, not a removal', () => {
    const renamed = jsyaml.load(
      ORDERS_3.replace(/^ {2}orders:$/m, '  orderEvents:').replaceAll('#/channels/orders/', '#/channels/orderEvents/'),
    ) as Json;
    renamed.operations = JSON.parse(
      JSON.stringify(renamed.operations).replaceAll('"#/channels/orders"', '"#/channels/orderEvents"'),
    ) as Json;
    expect(Object.keys(renamed.channels as Json)).toEqual(['orderEvents', 'orderReplies', 'quotes']);
    for (const [a, b] of [
      [orders(), renamed],
      [renamed, orders()],
    ] as const) {
      const changes = compareSpecs(a, b);
      expect(changes.map(brief)).toHaveLength(1);
      expect(changes[0]!.type).toBe('warning');
    }
  });

  it('a channel address changed (same key) is breaking', () => {
    const next = orders();
    ((next.channels as Record<string, Json>).orders as Json).address = '/v2/orders';
    expect(worst(compareSpecs(orders(), next))).toBe('breaking');
  });

  it('an operation removed is breaking, added is non-breaking', () => {
    const next = orders();
    delete (next.operations as Json).notifyOrderCreated;
    expect(worst(compareSpecs(orders(), next))).toBe('breaking');
    expect(worst(compareSpecs(next, orders()))).toBe('non-breaking');
  });
});

/**
 * A 2.x pair and the same pair written by hand in 3.0: each side against its twin is no change
 * but the version, and the change is listed the same within 2.x, within 3.0's twin and across
 * (either side 3.0, hand-written or converted). Each case is a difference between how the two
 * versions write one thing that once made the lists differ. (Within 3.0 a server's `host` and
 * `pathname` are two fields, each changed at its own place; across versions they are the one url
 * 2.x has.)
 */
interface TwinCase {
  name: string;
  v2: [string, string];
  v3: [string, string];
  /** `<type> <rule>` of every change but the version, sorted. */
  expected: string[];
}

const V2_HEAD = `asyncapi: 2.6.0\ninfo: { title: Feed, version: 1.0.0 }\n`;
const V3_HEAD = `asyncapi: 3.0.0\ninfo: { title: Feed, version: 1.0.0 }\n`;
/** One channel whose messages clients receive, in either version. */
const V2_FEED = `channels:
  feed:
    subscribe:
      operationId: onFeed
      message: { $ref: '#/components/messages/item' }
`;
const V3_FEED = `channels:
  feed:
    address: feed
    messages:
      item: { $ref: '#/components/messages/item' }
operations:
  onFeed:
    action: send
    channel: { $ref: '#/channels/feed' }
    messages: [{ $ref: '#/channels/feed/messages/item' }]
`;
/** The message both channels carry; 2.x names it by `messageId` what 3.0 names by its key in the channel. */
const ITEM_V3 = `    item:
      name: item
      payload: { type: object, properties: { id: { type: string } } }
`;
const ITEM_V2 = `${ITEM_V3}      messageId: item
`;

const serverCase = (name: string, urls: [string, string], hosts: [string, string], expected: string[]): TwinCase => {
  const v2 = (url: string) =>
    `${V2_HEAD}servers:\n  live: { $ref: '#/components/servers/live' }\n${V2_FEED}components:\n  servers:\n    live:\n      url: '${url}'\n      protocol: wss\n      variables: { stage: { default: eu } }\n  messages:\n${ITEM_V2}`;
  const v3 = (host: string) =>
    `${V3_HEAD}servers:\n  live:\n    ${host}\n    protocol: wss\n    variables: { stage: { default: eu } }\n${V3_FEED}components:\n  messages:\n${ITEM_V3}`;
  return { name, v2: [v2(urls[0]), v2(urls[1])], v3: [v3(hosts[0]), v3(hosts[1])], expected };
};

/** More component messages beside `item`, which no operation uses: `[old, new]` in 2.x, then in 3.0. */
const unusedCase = (name: string, v2: [string, string], v3: [string, string], expected: string[]): TwinCase => {
  const doc = (head: string, feed: string, item: string, extra: string) =>
    `${head}${feed}components:\n  messages:\n${item}${extra}`;
  return {
    name,
    v2: [doc(V2_HEAD, V2_FEED, ITEM_V2, v2[0]), doc(V2_HEAD, V2_FEED, ITEM_V2, v2[1])],
    v3: [doc(V3_HEAD, V3_FEED, ITEM_V3, v3[0]), doc(V3_HEAD, V3_FEED, ITEM_V3, v3[1])],
    expected,
  };
};
const PING = `    ping:
      name: ping
      payload: { type: string }
`;
/** An unused message in another schema format: 2.x writes the format beside the payload, 3.0 around it. */
const audit = (version: 2 | 3, props: string) => {
  const format = 'application/schema+json;version=draft-07';
  const schema = `{ type: object, properties: { ${props} } }`;
  return version === 2
    ? `    audit:\n      messageId: audit\n      schemaFormat: '${format}'\n      payload: ${schema}\n`
    : `    audit:\n      payload:\n        schemaFormat: '${format}'\n        schema: ${schema}\n`;
};

/** An operation that carries no message (2.x `message: {oneOf: []}`, 3.0 `messages: []`) and then `item`. */
const noMessageCase = (): TwinCase => {
  const v2 = (message: string) =>
    `${V2_HEAD}channels:\n  feed:\n    subscribe:\n      operationId: onFeed\n      message: ${message}\ncomponents:\n  messages:\n${ITEM_V2}`;
  const v3 = (channelMessages: string, messages: string) =>
    `${V3_HEAD}channels:\n  feed:\n    address: feed\n    messages: ${channelMessages}\noperations:\n  onFeed:\n    action: send\n    channel: { $ref: '#/channels/feed' }\n    messages: ${messages}\ncomponents:\n  messages:\n${ITEM_V3}`;
  return {
    name: 'an operation without messages (2.x `oneOf: []`) given one: a message added',
    v2: [v2('{ oneOf: [] }'), v2("{ $ref: '#/components/messages/item' }")],
    v3: [
      v3('{}', '[]'),
      v3("{ item: { $ref: '#/components/messages/item' } }", "[{ $ref: '#/channels/feed/messages/item' }]"),
    ],
    expected: ['warning message.added'],
  };
};

const TWIN_CASES: TwinCase[] = [
  noMessageCase(),
  unusedCase(
    'a message component no operation uses added (2.x with a `messageId`, 3.0 without)',
    ['', `${PING}      messageId: ping\n`],
    ['', PING],
    ['non-breaking component.unused.changed'],
  ),
  unusedCase(
    'an unused message component in another schema format changed',
    [audit(2, 'who: { type: string }'), audit(2, 'who: { type: string }, when: { type: string }')],
    [audit(3, 'who: { type: string }'), audit(3, 'who: { type: string }, when: { type: string }')],
    ['non-breaking component.unused.changed'],
  ),
  serverCase(
    'a server moved to another host and path (2.x `url`, 3.0 `host` + `pathname`): one url change',
    ['{stage}.example.com', 'wss://{stage}.feeds.example.com/v2/live'],
    ["host: '{stage}.example.com'", "host: '{stage}.feeds.example.com'\n    pathname: /v2/live"],
    ['breaking server.url.changed'],
  ),
  serverCase(
    'a server url whose path alone changed: one url change',
    ['{stage}.example.com/v1', '{stage}.example.com/v2'],
    ["host: '{stage}.example.com'\n    pathname: /v1", "host: '{stage}.example.com'\n    pathname: /v2"],
    ['breaking server.url.changed'],
  ),
];

describe('the same change written in 2.x and in 3.0 is listed the same', () => {
  const load = (text: string) => jsyaml.load(text) as Json;

  it.each(TWIN_CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const [old2, new2] = c.v2.map(load) as [Json, Json];
    const [old3, new3] = c.v3.map(load) as [Json, Json];
    for (const doc of [old2, new2, old3, new3]) await expectValidAsyncApi(doc);
    // Each 3.0 document is its 2.x twin.
    expectOnlyVersionChange(compareSpecs(old2, old3));
    expectOnlyVersionChange(compareSpecs(new3, new2));
    const within = verdicts(compareSpecs(old2, new2));
    expect(within).toEqual(c.expected);
    expect({
      'old 2.x, new 3.0': verdicts(compareSpecs(old2, new3)),
      'old 3.0, new 2.x': verdicts(compareSpecs(old3, new2)),
      'old 2.x, new 3.0 (converted)': verdicts(compareSpecs(old2, to30(new2))),
      'old 3.0 (converted), new 2.x': verdicts(compareSpecs(to30(old2), new2)),
    }).toEqual({
      'old 2.x, new 3.0': within,
      'old 3.0, new 2.x': within,
      'old 2.x, new 3.0 (converted)': within,
      'old 3.0 (converted), new 2.x': within,
    });
  });

  it("the converter's `oneOf: []` gives the operation its channel's other messages: one message added", () => {
    // Clients send `item` (publish) and receive nothing (subscribe, `oneOf: []`); the converter
    // writes the `send` operation without `messages`, which in 3.0 means all of the channel's.
    const doc = load(
      `${V2_HEAD}channels:\n  feed:\n    publish:\n      message: { $ref: '#/components/messages/item' }\n    subscribe:\n      message: { oneOf: [] }\ncomponents:\n  messages:\n${ITEM_V2}`,
    );
    const converted = to30(doc);
    expect(((converted.operations as Record<string, Json>)['feed.subscribe'] as Json).messages).toBeUndefined();
    const brief2 = (changes: Change[]) => changes.filter((x) => x.path !== '/asyncapi').map(brief);
    expect(brief2(compareSpecs(doc, converted))).toEqual(['warning message.added /components/messages/item']);
    expect(brief2(compareSpecs(converted, doc))).toEqual(['non-breaking message.removed /components/messages/item']);
  });

  it('a 2.x server url and its 3.0 host and pathname are named as one url', () => {
    const c = TWIN_CASES.find((t) => t.name.startsWith('a server moved')) as TwinCase;
    const [old2, new2] = c.v2.map(load) as [Json, Json];
    const [old3, new3] = c.v3.map(load) as [Json, Json];
    const messages = (changes: Change[]) =>
      changes.filter((x) => x.path !== '/asyncapi').map((x) => `${x.path}: ${x.message}`);
    expect(messages(compareSpecs(old2, new3))).toEqual([
      "/servers/live/host: The url of server 'live' changed from '{stage}.example.com' to '{stage}.feeds.example.com/v2/live'",
    ]);
    expect(messages(compareSpecs(old3, new2))).toEqual([
      "/components/servers/live/url: The url of server 'live' changed from '{stage}.example.com' to '{stage}.feeds.example.com/v2/live'",
    ]);
  });
});
