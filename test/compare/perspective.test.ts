/**
 * The perspective switch (docs/classification.md, "Perspective"): documents written from the
 * client's side have their operations read the other way round, once, in the model adapters;
 * replies follow their operation, what the client always sends (channel parameters, ws query)
 * does not move, and every rule and compatibility mode downstream sees the flipped direction.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import { buildModel, type ClientDirection } from '../../src/compare/model/index';
import { normalizeDocument } from '../../src/compare/normalize';
import type { Perspective } from '../../src/types';
import { clone, docWithChannels, operation, single, type Json } from './helpers';

const str = { type: 'string' };
const obj = (properties: Json, required: string[] = []): Json => ({ type: 'object', properties, required });

/** A 2.x document: `/feed` has a subscribe and a publish operation, each with its own payload. */
const feed = (subscribePayload: Json, publishPayload: Json = obj({ id: str })): Json =>
  docWithChannels({
    '/feed': { subscribe: operation('subscribe', subscribePayload), publish: operation('publish', publishPayload) },
  });

/** A 3.x document: `tick` (action send), `order` (action receive) with the reply `ack`. */
function ticker(tick: Json, ack: Json = obj({ ok: str })): Json {
  return {
    asyncapi: '3.0.0',
    info: { title: 'Ticker', version: '1.0.0' },
    channels: {
      ticks: { address: '/ticks', messages: { tick: { name: 'tick', payload: tick } } },
      orders: {
        address: '/orders',
        messages: { order: { name: 'order', payload: obj({ item: str }) }, ack: { name: 'ack', payload: ack } },
      },
    },
    operations: {
      publishTick: { action: 'send', channel: { $ref: '#/channels/ticks' } },
      takeOrder: {
        action: 'receive',
        channel: { $ref: '#/channels/orders' },
        messages: [{ $ref: '#/channels/orders/messages/order' }],
        reply: { messages: [{ $ref: '#/channels/orders/messages/ack' }] },
      },
    },
  };
}

function directions(doc: Json, perspective: Perspective): Record<string, ClientDirection> {
  const major = String(doc.asyncapi).startsWith('2.') ? 2 : 3;
  const model = buildModel(normalizeDocument(doc), major, false, perspective);
  return Object.fromEntries(model.operations.map((op) => [`${op.channel} ${op.word}`, op.direction]));
}

describe('the model reads operations from the chosen side', () => {
  it('2.x: subscribe is what clients receive, publish what they send; `client` swaps them', () => {
    const doc = feed(obj({ id: str }));
    expect(directions(doc, 'application')).toEqual({
      '/feed subscribe': 'client-receives',
      '/feed publish': 'client-sends',
    });
    expect(directions(doc, 'client')).toEqual({
      '/feed subscribe': 'client-sends',
      '/feed publish': 'client-receives',
    });
  });

  it('3.x: action send is what clients receive, receive what they send; `client` swaps them', () => {
    const doc = ticker(obj({ price: str }));
    expect(directions(doc, 'application')).toEqual({
      '/ticks publishTick': 'client-receives',
      '/orders takeOrder': 'client-sends',
    });
    expect(directions(doc, 'client')).toEqual({
      '/ticks publishTick': 'client-sends',
      '/orders takeOrder': 'client-receives',
    });
  });
});

describe('verdicts follow the flip', () => {
  // A required property added to what a 2.x `subscribe` carries: the application sends more than
  // before (harmless), or, read from the client's side, clients must now send it (breaking).
  const before = feed(obj({ id: str }));
  const after = feed(obj({ id: str, body: str }, ['body']));

  it('a required property added under subscribe: non-breaking as written, breaking from the client side', () => {
    const app = single(compareSpecs(before, after), 'payload.property.required-added', 'non-breaking');
    expect(app.locations).toEqual([{ channel: '/feed', direction: 'client-receives', operation: 'subscribe' }]);
    expect(app.message).toContain("of '/feed' (clients receive)");
    const client = single(
      compareSpecs(before, after, { perspective: 'client' }),
      'payload.property.required-added',
      'breaking',
    );
    expect(client.locations).toEqual([{ channel: '/feed', direction: 'client-sends', operation: 'subscribe' }]);
    // The message speaks of the direction the document means, never of the word it uses.
    expect(client.message).toBe(
      "Property 'body' of the payload of '/feed' (clients send) is now required in messages clients send",
    );
    // The identity is the schema's place, not its direction: a waiver keeps matching when a target switches.
    expect(client.identity).toBe(app.identity);
  });

  it("the default is the specification's reading", () => {
    expect(compareSpecs(before, after, { perspective: 'application' })).toEqual(compareSpecs(before, after));
  });

  it('compatibility modes take their column after the flip', () => {
    single(
      compareSpecs(before, after, { perspective: 'client', compatibility: 'forward' }),
      'payload.property.required-added',
      'non-breaking',
    );
    single(
      compareSpecs(before, after, { perspective: 'application', compatibility: 'forward' }),
      'payload.property.required-added',
      'breaking',
    );
  });

  it('3.x: a required property added to a `send` message flips the same way', () => {
    const a = ticker(obj({ price: str }));
    const b = ticker(obj({ price: str, currency: str }, ['currency']));
    single(compareSpecs(a, b), 'payload.property.required-added', 'non-breaking');
    single(compareSpecs(a, b, { perspective: 'client' }), 'payload.property.required-added', 'breaking');
  });

  it('3.x: a reply travels against its operation in either reading', () => {
    // `takeOrder` is `receive`: clients send the order and receive the `ack` reply; read from the
    // client's side, clients receive the order and send the `ack`.
    const a = ticker(obj({ price: str }));
    const b = ticker(obj({ price: str }), obj({ ok: str, at: str }, ['at']));
    const app = single(compareSpecs(a, b), 'payload.property.required-added', 'non-breaking');
    expect(app.locations[0]?.direction).toBe('client-receives');
    const client = single(compareSpecs(a, b, { perspective: 'client' }), 'payload.property.required-added', 'breaking');
    expect(client.locations[0]?.direction).toBe('client-sends');
  });
});

describe('what the client always sends does not move', () => {
  const withQuery = (query: Json): Json => {
    const doc = feed(obj({ id: str }));
    const sub = ((doc.channels as Json)['/feed'] as Json).subscribe as Json;
    ((sub.bindings as Json).ws as Json).query = query;
    return doc;
  };

  it('a required ws query parameter added breaks in either perspective', () => {
    const a = withQuery(obj({ limit: { type: 'integer' } }));
    const b = withQuery(obj({ limit: { type: 'integer' }, since: str }, ['since']));
    for (const perspective of ['application', 'client'] as const) {
      single(compareSpecs(a, b, { perspective }), 'query.property.required-added', 'breaking');
    }
  });

  it('a channel parameter narrowed breaks in either perspective', () => {
    const withParam = (schema: Json): Json => {
      const doc = feed(obj({ id: str }));
      const channels = doc.channels as Json;
      channels['/feed/{id}'] = { ...clone(channels['/feed'] as Json), parameters: { id: { schema } } };
      delete channels['/feed'];
      return doc;
    };
    const a = withParam({ type: 'string' });
    const b = withParam({ type: 'string', enum: ['a', 'b'] });
    const app = compareSpecs(a, b).map((c) => [c.rule, c.type]);
    expect(app.some(([, type]) => type === 'breaking')).toBe(true);
    expect(compareSpecs(a, b, { perspective: 'client' }).map((c) => [c.rule, c.type])).toEqual(app);
  });
});
