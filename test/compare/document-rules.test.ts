/** The rules outside payloads (docs/rules.md), channel parameters and ws query, one test per row. */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import { clone, docWithChannels, operation, single, summary, type Json } from './helpers';

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const thing = { type: 'object', properties: { id: { type: 'string' } } };

/** A channel with both operations on component `thing`. */
function channel(extra: Json = {}): Json {
  return {
    description: 'a channel',
    subscribe: operation('subscribe', ref('thing')),
    publish: operation('publish', ref('thing')),
    ...extra,
  };
}

const base = (): Json => docWithChannels({ '/things': channel(), '/others': channel() }, { thing });

/** Changes from `base()` to `base()` edited by `edit`. */
function after(
  edit: (d: Json & { channels: Record<string, Json>; servers: Record<string, Json>; info: Json }) => void,
  before: Json = base(),
) {
  const next = clone(before) as Json & { channels: Record<string, Json>; servers: Record<string, Json>; info: Json };
  edit(next);
  return compareSpecs(before, next);
}

const op = (d: { channels: Record<string, Json> }, c: string, o: 'subscribe' | 'publish'): Json =>
  d.channels[c]?.[o] as Json;
const msg = (d: { channels: Record<string, Json> }, c: string, o: 'subscribe' | 'publish'): Json =>
  op(d, c, o).message as Json;

describe('channels and operations', () => {
  it('channel removed: breaking, located at the channel', () => {
    const change = single(
      after((d) => delete d.channels['/others']),
      'channel.removed',
      'breaking',
    );
    expect(change.path).toBe('/channels/~1others');
    expect(change.locations).toEqual([{ channel: '/others', direction: null, operation: null }]);
    expect(change.message).toBe("Channel '/others' was removed");
  });

  it('channel address changed: the old one removed (breaking), the new one added', () => {
    const changes = after((d) => {
      d.channels['/items'] = d.channels['/others'] as Json;
      delete d.channels['/others'];
    });
    expect(summary(changes)).toEqual([
      ['channel.removed', 'breaking', '/channels/~1others'],
      ['channel.added', 'non-breaking', '/channels/~1items'],
    ]);
  });

  it('channel added: non-breaking', () => {
    single(
      after((d) => (d.channels['/new'] = channel())),
      'channel.added',
      'non-breaking',
    );
  });

  it('operation removed: breaking; added: non-breaking', () => {
    const removed = single(
      after((d) => delete d.channels['/things']?.publish),
      'operation.removed',
      'breaking',
    );
    expect(removed.locations).toEqual([{ channel: '/things', direction: 'client-sends', operation: 'publish' }]);
    const withoutPublish = clone(base()) as Json & { channels: Record<string, Json> };
    delete withoutPublish.channels['/things']?.publish;
    single(compareSpecs(withoutPublish, base()), 'operation.added', 'non-breaking');
  });

  it('message contentType changed: breaking', () => {
    const change = single(
      after((d) => (msg(d, '/things', 'subscribe').contentType = 'application/xml')),
      'message.content-type.changed',
      'breaking',
    );
    expect(change.before).toBe('application/json');
    expect(change.after).toBe('application/xml');
    expect(change.path).toBe('/channels/~1things/subscribe/message/contentType');
  });

  it('message name, operationId, operation and message tags: warning', () => {
    single(
      after((d) => (msg(d, '/things', 'subscribe').name = 'item')),
      'message.name.changed',
      'warning',
    );
    single(
      after((d) => (op(d, '/things', 'publish').operationId = 'renamed')),
      'operation.id.changed',
      'warning',
    );
    single(
      after((d) => (op(d, '/things', 'publish').tags = [{ name: 'item' }])),
      'operation.tags.changed',
      'warning',
    );
    single(
      after((d) => (msg(d, '/things', 'publish').tags = [{ name: 'x' }])),
      'message.tags.changed',
      'warning',
    );
  });

  it('descriptions of channels, operations and messages: non-breaking', () => {
    single(
      after((d) => ((d.channels['/things'] as Json).description = 'other')),
      'channel.description.changed',
      'non-breaking',
    );
    single(
      after((d) => (op(d, '/things', 'publish').summary = 'sum')),
      'operation.description.changed',
      'non-breaking',
    );
    single(
      after((d) => (msg(d, '/things', 'publish').title = 'A thing')),
      'message.description.changed',
      'non-breaking',
    );
  });

  it('ws binding method changed: breaking', () => {
    const change = single(
      after((d) => (((op(d, '/things', 'publish').bindings as Json).ws as Json).method = 'put')),
      'binding.ws.method.changed',
      'breaking',
    );
    expect(change.path).toBe('/channels/~1things/publish/bindings/ws/method');
  });

  it('bindings added: non-breaking', () => {
    single(
      after((d) => ((d.channels['/things'] as Json).bindings = { ws: { bindingVersion: '0.1.0' } })),
      'binding.added',
      'non-breaking',
    );
  });

  it('an x-* extension outside schemas: non-breaking', () => {
    single(
      after((d) => (op(d, '/things', 'publish')['x-team'] = 'a')),
      'extension.changed',
      'non-breaking',
    );
  });

  it('a key no rule knows is unclassified, with its path (never dropped)', () => {
    const change = single(
      after((d) => ((d.channels['/things'] as Json).weird = 1)),
      'unclassified',
      'unclassified',
    );
    expect(change.path).toBe('/channels/~1things/weird');
    expect(change.message).toBe('A change at /channels/~1things/weird matches no rule');
  });

  it('channels that are not a mapping are compared as written, never dropped', () => {
    const change = single(
      after((d) => ((d as Json).channels = ['/things'])),
      'unclassified',
      'unclassified',
    );
    expect(change.path).toBe('/channels');
  });

  it('a message shared through components.messages: one finding with every location, at the component', () => {
    const shared = (name: string): Json => {
      const d = docWithChannels({
        '/a': { subscribe: { message: { $ref: '#/components/messages/M' } } },
        '/b': { subscribe: { message: { $ref: '#/components/messages/M' } } },
      });
      (d.components as Json).messages = { M: { name, contentType: 'application/json', payload: { type: 'string' } } };
      return d;
    };
    const change = single(compareSpecs(shared('m1'), shared('m2')), 'message.name.changed', 'warning');
    expect(change.path).toBe('/components/messages/M/name');
    expect(change.locations).toEqual([
      { channel: '/a', direction: 'client-receives', operation: 'subscribe' },
      { channel: '/b', direction: 'client-receives', operation: 'subscribe' },
    ]);
  });
});

describe('messages of an operation (oneOf)', () => {
  const withMessages = (messages: Json[]): Json =>
    docWithChannels({
      '/m': { subscribe: { message: { oneOf: messages } }, publish: { message: { oneOf: messages } } },
    });
  const m = (name: string, type = 'string'): Json => ({ name, payload: { type } });

  it('a message added is judged like a branch: warning for receivers, fine for senders', () => {
    const changes = compareSpecs(withMessages([m('a')]), withMessages([m('a'), m('b')]));
    expect(changes.map((c) => [c.rule, c.type, c.locations[0]?.operation])).toEqual([
      ['message.added', 'warning', 'subscribe'],
      ['message.added', 'non-breaking', 'publish'],
    ]);
  });

  it('a message removed breaks senders; pairing goes by name, not position', () => {
    const changes = compareSpecs(withMessages([m('a'), m('b', 'integer')]), withMessages([m('b', 'number')]));
    expect(changes.map((c) => [c.rule, c.type, c.path])).toEqual([
      ['message.removed', 'breaking', '/channels/~1m/publish/message/oneOf/0'],
      ['payload.type.widened', 'breaking', '/channels/~1m/subscribe/message/oneOf/0/payload/type'],
      ['payload.type.widened', 'non-breaking', '/channels/~1m/publish/message/oneOf/0/payload/type'],
      ['message.removed', 'non-breaking', '/channels/~1m/subscribe/message/oneOf/0'],
    ]);
  });
});

describe('channel parameters (judged as client-sent)', () => {
  const withParam = (schema: Json | undefined, description = 'the id'): Json =>
    docWithChannels(
      {
        '/t/{id}': {
          parameters: { id: { description, ...(schema ? { schema } : {}) } },
          subscribe: operation('subscribe', ref('thing')),
        },
      },
      { thing },
    );

  it('a pattern added to a parameter breaks (the send column)', () => {
    const change = single(
      compareSpecs(withParam({ type: 'string' }), withParam({ type: 'string', pattern: '^[0-9]+$' })),
      'parameter.pattern.added',
      'breaking',
    );
    expect(change.path).toBe('/channels/~1t~1{id}/parameters/id/schema/pattern');
    expect(change.locations).toEqual([{ channel: '/t/{id}', direction: null, operation: null }]);
  });

  it('an enum value added is fine, one removed breaks', () => {
    single(
      compareSpecs(withParam({ type: 'string', enum: ['a'] }), withParam({ type: 'string', enum: ['a', 'b'] })),
      'parameter.enum.value-added',
      'non-breaking',
    );
    single(
      compareSpecs(withParam({ type: 'string', enum: ['a', 'b'] }), withParam({ type: 'string', enum: ['a'] })),
      'parameter.enum.value-removed',
      'breaking',
    );
  });

  it('description: non-breaking; parameter added: breaking; removed: non-breaking', () => {
    single(
      compareSpecs(withParam({ type: 'string' }), withParam({ type: 'string' }, 'other')),
      'parameter.doc.changed',
      'non-breaking',
    );
    const none = docWithChannels({ '/t/{id}': { subscribe: operation('subscribe', ref('thing')) } }, { thing });
    single(compareSpecs(none, withParam({ type: 'string' })), 'parameter.added', 'breaking');
    single(compareSpecs(withParam({ type: 'string' }), none), 'parameter.removed', 'non-breaking');
  });
});

describe('ws query (always client-sent)', () => {
  const withQuery = (query: Json): Json => {
    const o = operation('subscribe', ref('thing'));
    ((o.bindings as Json).ws as Json).query = query;
    return docWithChannels({ '/q': { subscribe: o } }, { thing });
  };
  const q = (properties: Json, required: string[] = []): Json => ({ type: 'object', properties, required });

  it('a required query parameter added breaks, even under subscribe', () => {
    const change = single(
      compareSpecs(
        withQuery(q({ limit: { type: 'integer' } })),
        withQuery(q({ limit: { type: 'integer' }, since: { type: 'string' } }, ['since'])),
      ),
      'query.property.required-added',
      'breaking',
    );
    expect(change.path).toBe('/channels/~1q/subscribe/bindings/ws/query/properties/since');
    expect(change.message).toBe(
      "Property 'since' of the query of '/q' (clients receive) is now required in query parameters clients send",
    );
  });

  it('the first query parameter (from `query: {}`) is an optional property added, not a type change', () => {
    single(
      compareSpecs(withQuery({}), withQuery(q({ limit: { type: 'integer' } }))),
      'query.property.added-optional',
      'non-breaking',
    );
  });

  it('enum value removed breaks; added does not', () => {
    const e = (values: string[]): Json => q({ v: { type: 'string', enum: values } });
    single(
      compareSpecs(withQuery(e(['public', 'private'])), withQuery(e(['public']))),
      'query.enum.value-removed',
      'breaking',
    );
    single(
      compareSpecs(withQuery(e(['public'])), withQuery(e(['public', 'private']))),
      'query.enum.value-added',
      'non-breaking',
    );
  });
});

describe('message headers', () => {
  it('are judged like payloads, in the direction of their operation', () => {
    const withHeaders = (required: string[]): Json => {
      const d = docWithChannels({ '/h': { publish: operation('publish', ref('thing')) } }, { thing });
      msg(d as { channels: Record<string, Json> }, '/h', 'publish').headers = {
        type: 'object',
        properties: { trace: { type: 'string' } },
        required,
      };
      return d;
    };
    single(compareSpecs(withHeaders([]), withHeaders(['trace'])), 'header.property.became-required', 'breaking');
  });
});

describe('servers and security', () => {
  it('server removed, url or protocol changed: breaking', () => {
    single(
      after((d) => delete d.servers.dev),
      'server.removed',
      'breaking',
    );
    single(
      after((d) => ((d.servers.dev as Json).url = 'ws://example.com')),
      'server.url.changed',
      'breaking',
    );
    single(
      after((d) => ((d.servers.dev as Json).protocol = 'wss')),
      'server.protocol.changed',
      'breaking',
    );
  });

  it('server added, descriptions changed: non-breaking', () => {
    single(
      after((d) => (d.servers.prod = { url: 'ws://prod', protocol: 'ws' })),
      'server.added',
      'non-breaking',
    );
    single(
      after((d) => ((d.servers.dev as Json).description = 'Dev box')),
      'server.description.changed',
      'non-breaking',
    );
  });

  it('security requirement added: breaking; removed: non-breaking', () => {
    const secured = after((d) => ((d.servers.dev as Json).security = [{ token: [] }]));
    const change = single(secured, 'security.added', 'breaking');
    expect(change.message).toBe("Server 'dev' now requires 'token'");
    const withSecurity = clone(base()) as Json & { servers: Record<string, Json> };
    (withSecurity.servers.dev as Json).security = [{ token: [] }];
    single(compareSpecs(withSecurity, base()), 'security.removed', 'non-breaking');
    single(
      after((d) => (op(d, '/things', 'publish').security = [{ token: [] }])),
      'security.added',
      'breaking',
    );
  });

  it('server variables: removed or enum narrowed breaks; added or enum widened does not', () => {
    const withVar = (variables: Json | undefined): Json => {
      const d = base() as Json & { servers: Record<string, Json> };
      d.servers.dev = { url: 'ws://{region}.example.com', protocol: 'ws', ...(variables ? { variables } : {}) };
      return d;
    };
    const region = (values: string[]): Json => ({ region: { enum: values, default: 'eu' } });
    single(compareSpecs(withVar(region(['eu', 'us'])), withVar(undefined)), 'server.variable.removed', 'breaking');
    single(
      compareSpecs(withVar(region(['eu', 'us'])), withVar(region(['eu']))),
      'server.variable.enum-narrowed',
      'breaking',
    );
    single(compareSpecs(withVar(undefined), withVar(region(['eu']))), 'server.variable.added', 'non-breaking');
    single(
      compareSpecs(withVar(region(['eu'])), withVar(region(['eu', 'us']))),
      'server.variable.enum-widened',
      'non-breaking',
    );
  });

  it('a security scheme in use changed: breaking; an unused one: non-breaking', () => {
    const withScheme = (type: string, used: boolean): Json => {
      const d = base() as Json & { servers: Record<string, Json>; components: Json };
      d.components.securitySchemes = { token: { type } };
      if (used) (d.servers.dev as Json).security = [{ token: [] }];
      return d;
    };
    single(
      compareSpecs(withScheme('httpApiKey', true), withScheme('userPassword', true)),
      'security.scheme.changed',
      'breaking',
    );
    single(
      compareSpecs(withScheme('httpApiKey', false), withScheme('userPassword', false)),
      'component.unused.changed',
      'non-breaking',
    );
  });
});

describe('document level', () => {
  it('info (title, version, description, contact, license): non-breaking', () => {
    expect(
      after((d) => {
        d.info.title = 'T2';
        d.info.version = '2.0.0';
        d.info.description = 'other';
        d.info.contact = { name: 'me' };
        d.info.license = { name: 'MIT' };
      }).map((c) => [c.rule, c.type, c.path]),
    ).toEqual([
      ['info.changed', 'non-breaking', '/info/contact'],
      ['info.changed', 'non-breaking', '/info/description'],
      ['info.changed', 'non-breaking', '/info/license'],
      ['info.changed', 'non-breaking', '/info/title'],
      ['info.changed', 'non-breaking', '/info/version'],
    ]);
  });

  it('defaultContentType: breaking where a message relies on it, listing those messages', () => {
    const implicit = base() as Json & { channels: Record<string, Json> };
    delete msg(implicit, '/things', 'subscribe').contentType;
    const change = single(
      after((d) => (d.defaultContentType = 'application/xml'), implicit),
      'default-content-type.changed',
      'breaking',
    );
    expect(change.locations).toEqual([{ channel: '/things', direction: 'client-receives', operation: 'subscribe' }]);
  });

  it('defaultContentType: non-breaking when every message has its own', () => {
    single(
      after((d) => (d.defaultContentType = 'application/xml')),
      'default-content-type.changed-unused',
      'non-breaking',
    );
  });

  it("a message's own contentType dropped in favour of an equal default: no change", () => {
    expect(after((d) => delete msg(d, '/things', 'subscribe').contentType)).toEqual([]);
  });

  it('a component no message uses: non-breaking, however it changed', () => {
    const withSpare = (spare: Json | undefined): Json => {
      const d = base() as Json & { components: { schemas: Json } };
      if (spare) d.components.schemas.spare = spare;
      return d;
    };
    const required = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
    const change = single(
      compareSpecs(withSpare({ type: 'object', properties: { a: { type: 'string' } } }), withSpare(required)),
      'component.unused.changed',
      'non-breaking',
    );
    expect(change.path).toBe('/components/schemas/spare/properties/a');
    expect(change.message).toBe(
      "Property 'a' of 'spare' changed from optional to required (nothing in the spec uses it)",
    );
    single(compareSpecs(withSpare(undefined), withSpare(required)), 'component.unused.changed', 'non-breaking');
    single(compareSpecs(withSpare(required), withSpare(undefined)), 'component.unused.changed', 'non-breaking');
  });

  it('asyncapi version: a minor bump is non-breaking, a downgrade or another major breaking', () => {
    single(
      after((d) => (d.asyncapi = '2.6.0')),
      'asyncapi.version.bumped',
      'non-breaking',
    );
    const newer = { ...base(), asyncapi: '2.6.0' };
    single(compareSpecs(newer, base()), 'asyncapi.version.downgraded', 'breaking');
    expect(after((d) => (d.asyncapi = '3.0.0')).find((c) => c.path === '/asyncapi')?.rule).toBe(
      'asyncapi.version.changed',
    );
  });

  it('a new API (empty baseline) lists every channel and server as added, one finding each', () => {
    const empty = {
      asyncapi: '2.5.0',
      defaultContentType: 'application/json',
      info: (base() as { info: Json }).info,
      servers: {},
      components: { schemas: {} },
      channels: {},
    };
    expect(summary(compareSpecs(empty, base()))).toEqual([
      ['channel.added', 'non-breaking', '/channels/~1others'],
      ['channel.added', 'non-breaking', '/channels/~1things'],
      ['server.added', 'non-breaking', '/servers/dev'],
    ]);
  });
});
