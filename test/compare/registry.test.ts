/**
 * Audits of the rule registry itself (docs/architecture.md, "Compare"): every id is unique, and
 * every rule is reached by a real comparison, in both directions where its verdict depends on the
 * direction. Each case is the smallest edit that should produce its rule; a rule nobody can reach
 * (or a case that lands on another rule) fails here.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs, RULES, type CompareOptions, type RuleId } from '../../src/compare/index';
import { FAMILIES, familyOf, isDirected, SCHEMA_RULES, type Family, type SchemaKind } from '../../src/compare/rules';
import type { Change } from '../../src/types';
import { clone, type Json } from './helpers';
import { compareOpenApi } from '../../src/compare/openapi/index';
import { OPENAPI_CASES, openApiFamilyDoc } from './openapi-docs';
import { openapiSchemaChanges } from './openapi-helpers';

type Dir = 'receive' | 'send';

// ---------------------------------------------------------------------------------------------
// Schema rules: one pair of object schemas per kind, placed in every family.

const obj = (properties: Json, extra: Json = {}): Json => ({ type: 'object', properties, ...extra });
const str = { type: 'string' };
const x = (p: Json, extra: Json = {}): Json => obj({ x: p }, extra);

const SCHEMA_CASES: Record<Exclude<SchemaKind, OpenApiKind>, [Json, Json]> = {
  'property.added-optional': [obj({ a: str }), obj({ a: str, b: str })],
  'property.required-added': [obj({ a: str }), obj({ a: str, b: str }, { required: ['b'] })],
  'property.became-required': [obj({ a: str }), obj({ a: str }, { required: ['a'] })],
  'property.became-optional': [obj({ a: str }, { required: ['a'] }), obj({ a: str })],
  'property.removed-optional': [obj({ a: str, b: str }), obj({ a: str })],
  'property.removed-required': [obj({ a: str, b: str }, { required: ['b'] }), obj({ a: str })],
  'property.removed-closed': [
    obj({ a: str, b: str }, { additionalProperties: false }),
    obj({ a: str }, { additionalProperties: false }),
  ],
  'property.deprecated': [x(str), x({ type: 'string', deprecated: true })],
  'property.removed-after-sunset': [
    obj({ a: str, b: { type: 'string', deprecated: true, 'x-sunset': '2020-01-01' } }),
    obj({ a: str }),
  ],
  'property.sunset.moved-earlier': [
    x({ type: 'string', deprecated: true, 'x-sunset': '2031-06-01' }),
    x({ type: 'string', deprecated: true, 'x-sunset': '2030-06-01' }),
  ],
  'property.sunset.dropped': [
    x({ type: 'string', deprecated: true, 'x-sunset': '2031-06-01' }),
    x({ type: 'string', deprecated: true }),
  ],
  'property.sunset.unreadable': [
    x({ type: 'string', deprecated: true }),
    x({ type: 'string', deprecated: true, 'x-sunset': 'next quarter' }),
  ],
  'type.changed': [x(str), x({ type: 'boolean' })],
  'type.widened': [x({ type: 'integer' }), x({ type: 'number' })],
  'type.narrowed': [x({ type: 'number' }), x({ type: 'integer' })],
  'null.allowed': [x(str), x({ type: ['string', 'null'] })],
  'null.disallowed': [x({ type: ['string', 'null'] }), x(str)],
  'enum.value-added': [x({ type: 'string', enum: ['a'] }), x({ type: 'string', enum: ['a', 'b'] })],
  'enum.value-removed': [x({ type: 'string', enum: ['a', 'b'] }), x({ type: 'string', enum: ['a'] })],
  'enum.added': [x(str), x({ type: 'string', enum: ['a'] })],
  'enum.removed': [x({ type: 'string', enum: ['a'] }), x(str)],
  'bound.tightened': [x({ type: 'string', maxLength: 10 }), x({ type: 'string', maxLength: 5 })],
  'bound.loosened': [x({ type: 'string', maxLength: 5 }), x({ type: 'string', maxLength: 10 })],
  'bound.changed': [x({ type: 'number', multipleOf: 2 }), x({ type: 'number', multipleOf: 3 })],
  'pattern.added': [x(str), x({ type: 'string', pattern: '^a' })],
  'pattern.changed': [x({ type: 'string', pattern: '^a' }), x({ type: 'string', pattern: '^b' })],
  'pattern.removed': [x({ type: 'string', pattern: '^a' }), x(str)],
  'additional-properties.closed': [x(obj({})), x(obj({}, { additionalProperties: false }))],
  'additional-properties.opened': [x(obj({}, { additionalProperties: false })), x(obj({}))],
  'branch.added': [
    x({ oneOf: [str, { type: 'integer' }] }),
    x({ oneOf: [str, { type: 'integer' }, { type: 'boolean' }] }),
  ],
  'branch.removed': [
    x({ oneOf: [str, { type: 'integer' }, { type: 'boolean' }] }),
    x({ oneOf: [str, { type: 'integer' }] }),
  ],
  'all-of.added': [x({ allOf: [obj({ a: str })] }), x({ allOf: [obj({ a: str }), obj({ b: str })] })],
  'all-of.removed': [x({ allOf: [obj({ a: str }), obj({ b: str })] }), x({ allOf: [obj({ a: str })] })],
  'constraint.changed': [x({ type: 'string', not: { const: 'a' } }), x({ type: 'string', not: { const: 'b' } })],
  'doc.changed': [x({ type: 'string', description: 'a' }), x({ type: 'string', description: 'b' })],
  'keyword.inapplicable': [x(str), x({ type: 'string', additionalProperties: false })],
  'keyword.unknown': [x({ type: 'string', colour: 'red' }), x({ type: 'string', colour: 'blue' })],
  'firestone-keyword.changed': [x({ type: 'string', expose: true }), x({ type: 'string', expose: false })],
};

/** Kinds only an OpenAPI comparison reaches (readOnly/writeOnly), beside the cases above. */
type OpenApiKind =
  | 'property.became-read-only'
  | 'property.became-writable'
  | 'property.required-became-writable'
  | 'property.became-write-only'
  | 'property.required-became-write-only'
  | 'property.became-readable'
  | 'property.access.inapplicable'
  | 'property.stability.lowered'
  | 'property.stability.raised'
  | 'property.stability.unreadable';
const ro = { type: 'string', readOnly: true };
const wo = { type: 'string', writeOnly: true };
const OPENAPI_SCHEMA_CASES: Record<OpenApiKind, [Json, Json][]> = {
  'property.became-read-only': [[obj({ a: str }), obj({ a: ro })]],
  'property.became-writable': [[obj({ a: ro }), obj({ a: str })]],
  'property.required-became-writable': [[obj({ a: ro }, { required: ['a'] }), obj({ a: str }, { required: ['a'] })]],
  'property.became-write-only': [[obj({ a: str }), obj({ a: wo })]],
  'property.required-became-write-only': [[obj({ a: str }, { required: ['a'] }), obj({ a: wo }, { required: ['a'] })]],
  'property.became-readable': [[obj({ a: wo }), obj({ a: str })]],
  // A readOnly property changed (off where clients send), a writeOnly one (off where they receive).
  'property.access.inapplicable': [
    [obj({ a: ro }), obj({ a: { ...ro, maxLength: 3 } })],
    [obj({ a: wo }), obj({ a: { ...wo, maxLength: 3 } })],
  ],
  'property.stability.lowered': [
    [x({ type: 'string', 'x-stability-level': 'stable' }), x({ type: 'string', 'x-stability-level': 'beta' })],
  ],
  'property.stability.raised': [[x({ type: 'string', 'x-stability-level': 'alpha' }), x(str)]],
  'property.stability.unreadable': [
    [x({ type: 'string', 'x-stability-level': 'beta' }), x({ type: 'string', 'x-stability-level': 1 })],
  ],
};

const OPENAPI_FAMILIES: Family[] = ['request', 'response', 'parameter', 'header'];

const INFO = { title: 'Things', version: '1.0.0' };

/** A 2.x document with `schema` where `family` puts it, used in `dir`. */
function familyDoc(family: Family, dir: Dir, schema: Json): Json {
  const op = dir === 'receive' ? 'subscribe' : 'publish';
  const message: Json = { name: 'thing', contentType: 'application/json', payload: obj({ id: str }) };
  const operation: Json = { operationId: 'things', message };
  const channel: Json = { [op]: operation };
  if (family === 'payload') message.payload = schema;
  if (family === 'header') message.headers = schema;
  if (family === 'query') operation.bindings = { ws: { query: schema } };
  if (family === 'parameter') channel.parameters = { id: { schema } };
  return { asyncapi: '2.6.0', info: INFO, channels: { [family === 'parameter' ? '/t/{id}' : '/t']: channel } };
}

// ---------------------------------------------------------------------------------------------
// Document rules: a base document per major version and one edit per rule.

function base2(): Json {
  const ref = { $ref: '#/components/schemas/thing' };
  const message = (name: string): Json => ({
    name,
    contentType: 'application/json',
    payload: ref,
    tags: [{ name: 't' }],
  });
  return {
    asyncapi: '2.5.0',
    info: INFO,
    defaultContentType: 'application/json',
    servers: {
      dev: {
        url: 'ws://localhost/{port}',
        protocol: 'ws',
        description: 'dev',
        variables: { port: { enum: ['1', '2'], default: '1' } },
        security: [{ key: [] }],
      },
    },
    channels: {
      '/things': {
        description: 'things',
        subscribe: { operationId: 'onThings', tags: [{ name: 't' }], message: message('thing') },
        publish: { operationId: 'sendThings', message: message('thing') },
        bindings: { ws: { method: 'GET' } },
      },
      '/t/{id}': {
        parameters: { id: { schema: str, location: '$message.payload#/id' } },
        subscribe: { message: message('t') },
      },
    },
    components: {
      schemas: { thing: obj({ id: str }), spare: obj({ id: str }) },
      securitySchemes: {
        key: { type: 'apiKey', in: 'user', description: 'a key' },
        other: { type: 'http', scheme: 'basic' },
      },
    },
  };
}

function base3(): Json {
  return {
    asyncapi: '3.0.0',
    info: INFO,
    channels: {
      things: {
        address: '/things',
        messages: { thing: { name: 'thing', contentType: 'application/json', payload: obj({ id: str }) } },
      },
      replies: { address: '/replies', messages: { ack: { payload: obj({ ok: str }) } } },
    },
    operations: {
      onThings: {
        action: 'send',
        channel: { $ref: '#/channels/things' },
        messages: [{ $ref: '#/channels/things/messages/thing' }],
      },
      askThings: {
        action: 'receive',
        channel: { $ref: '#/channels/things' },
        messages: [{ $ref: '#/channels/things/messages/thing' }],
        reply: { channel: { $ref: '#/channels/replies' }, messages: [{ $ref: '#/channels/replies/messages/ack' }] },
      },
    },
  };
}

type Doc = Json & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const edited = (make: () => Json, edit: (d: Doc) => void): [Json, Json] => {
  const before = make();
  const after = clone(before) as Doc;
  edit(after);
  return [before, after];
};
const sub = (d: Doc): Doc => d.channels['/things'].subscribe;
const pub = (d: Doc): Doc => d.channels['/things'].publish;
const server = (d: Doc): Doc => d.servers.dev;

/** An operation with a second message whose sunset is 2020-01-01, and the same operation without it. */
function sunsetMessage(op: (d: Doc) => Doc): [Json, Json] {
  const [before, after] = edited(base2, (d) => {
    op(d).message = {
      oneOf: [op(d).message, { name: 'old', payload: str, deprecated: true, 'x-sunset': '2020-01-01' }],
    };
  });
  return [after, before];
}

/** The 3.x form: a channel message with a sunset, listed by the operation, then gone from both. */
function sunsetMessage3(): [Json, Json] {
  const [before, after] = edited(base3, (d) => {
    d.channels.things.messages.old = { name: 'old', payload: str, 'x-sunset': '2020-01-01' };
    d.operations.onThings.messages.push({ $ref: '#/channels/things/messages/old' });
  });
  return [after, before];
}

/** rule → cases (old, new, options), each meant to produce that rule. */
const DOCUMENT_CASES: Partial<Record<RuleId, [Json, Json, CompareOptions?][]>> = {
  'channel.added': [edited(base2, (d) => (d.channels['/new'] = { subscribe: { message: { payload: str } } }))],
  'channel.removed': [edited(base2, (d) => delete d.channels['/things'])],
  'channel.description.changed': [edited(base2, (d) => (d.channels['/things'].description = 'other'))],
  'channel.servers.added': [
    [{ ...base2(), channels: { '/things': { ...(base2().channels as Doc)['/things'], servers: ['dev'] } } }, base2()],
  ],
  'channel.servers.removed': [
    [base2(), { ...base2(), channels: { '/things': { ...(base2().channels as Doc)['/things'], servers: ['dev'] } } }],
  ],
  'channel.renamed': [
    edited(base3, (d) => {
      d.channels.things2 = d.channels.things;
      delete d.channels.things;
      for (const op of Object.values<Doc>(d.operations)) {
        op.channel = { $ref: '#/channels/things2' };
        op.messages = [{ $ref: '#/channels/things2/messages/thing' }];
      }
    }),
  ],
  'channel.deprecated': [edited(base2, (d) => (d.channels['/things']['x-deprecated'] = true))],
  'channel.removed-after-sunset': [
    [
      edited(base2, (d) => (d.channels['/things']['x-sunset'] = '2020-01-01'))[1],
      edited(base2, (d) => delete d.channels['/things'])[1],
      { today: '2024-01-01' },
    ],
  ],
  'operation.added': [edited(base2, (d) => (d.channels['/t/{id}'].publish = { message: { payload: str } }))],
  'operation.removed': [edited(base2, (d) => delete d.channels['/things'].publish)],
  'operation.id.changed': [edited(base2, (d) => (sub(d).operationId = 'other'))],
  'operation.renamed': [
    edited(base3, (d) => {
      d.operations.onThings2 = d.operations.onThings;
      delete d.operations.onThings;
    }),
  ],
  'operation.tags.changed': [edited(base2, (d) => (sub(d).tags = [{ name: 'u' }]))],
  'operation.description.changed': [edited(base2, (d) => (sub(d).description = 'new'))],
  'operation.deprecated': [edited(base2, (d) => (sub(d)['x-sunset'] = '2030-01-01'))],
  'operation.removed-after-sunset': [
    [
      edited(base2, (d) => (pub(d)['x-sunset'] = '2020-01-01'))[1],
      edited(base2, (d) => delete d.channels['/things'].publish)[1],
      { today: '2020-01-01' },
    ],
  ],
  'operation.reply.added': [
    edited(base3, (d) => (d.operations.onThings.reply = { messages: [], address: { location: '$message.header#/r' } })),
  ],
  'operation.reply.removed': [edited(base3, (d) => delete d.operations.askThings.reply)],
  'operation.reply.address.changed': [
    edited(base3, (d) => {
      d.channels.replies2 = { address: '/replies2', messages: d.channels.replies.messages };
      d.operations.askThings.reply = {
        channel: { $ref: '#/channels/replies2' },
        messages: [{ $ref: '#/channels/replies2/messages/ack' }],
      };
    }),
  ],
  'message.added': [
    edited(base2, (d) => (sub(d).message = { oneOf: [sub(d).message, { name: 'b', payload: str }] })),
    edited(base2, (d) => (pub(d).message = { oneOf: [pub(d).message, { name: 'b', payload: str }] })),
  ],
  'message.removed': [
    edited(base2, (d) => (sub(d).message = { oneOf: [sub(d).message, { name: 'b', payload: str }] })).reverse() as [
      Json,
      Json,
    ],
    edited(base2, (d) => (pub(d).message = { oneOf: [pub(d).message, { name: 'b', payload: str }] })).reverse() as [
      Json,
      Json,
    ],
  ],
  'message.deprecated': [
    edited(base2, (d) => (sub(d).message.deprecated = true)),
    edited(base2, (d) => (pub(d).message['x-sunset'] = '2030-01-01')),
    edited(base3, (d) => (d.channels.things.messages.thing.deprecated = true)),
  ],
  'message.removed-after-sunset': [
    [...sunsetMessage(sub), { today: '2020-01-01' }],
    [...sunsetMessage(pub), { today: '2024-01-01' }],
    [...sunsetMessage3(), { today: '2020-01-01' }],
  ],
  'message.name.changed': [edited(base2, (d) => (sub(d).message.name = 'other'))],
  'message.id.changed': [edited(base2, (d) => (sub(d).message.messageId = 'm'))],
  'message.renamed': [
    edited(base3, (d) => {
      d.channels.things.messages.thing2 = d.channels.things.messages.thing;
      delete d.channels.things.messages.thing;
      for (const op of Object.values<Doc>(d.operations)) op.messages = [{ $ref: '#/channels/things/messages/thing2' }];
    }),
  ],
  'message.content-type.changed': [edited(base2, (d) => (sub(d).message.contentType = 'application/xml'))],
  'message.tags.changed': [edited(base2, (d) => (sub(d).message.tags = []))],
  'message.description.changed': [edited(base2, (d) => (sub(d).message.summary = 'new'))],
  'message.schema-format.changed': [
    edited(base2, (d) => (sub(d).message.schemaFormat = 'application/vnd.aai.asyncapi;version=2.5.0')),
  ],
  'message.correlation-id.changed': [
    edited(base2, (d) => (sub(d).message.correlationId = { location: '$message.header#/id' })),
  ],
  'parameter.added': [edited(base2, (d) => (d.channels['/t/{id}'].parameters.v = { schema: str }))],
  'parameter.removed': [edited(base2, (d) => delete d.channels['/t/{id}'].parameters)],
  'parameter.location.changed': [
    edited(base2, (d) => (d.channels['/t/{id}'].parameters.id.location = '$message.payload#/x')),
  ],
  'binding.ws.method.changed': [edited(base2, (d) => (d.channels['/things'].bindings.ws.method = 'POST'))],
  'binding.added': [edited(base2, (d) => (sub(d).bindings = { kafka: { groupId: 'g' } }))],
  'binding.removed': [edited(base2, (d) => delete d.channels['/things'].bindings)],
  'binding.changed': [edited(base2, (d) => (d.channels['/things'].bindings.ws.bindingVersion = '0.1.0'))],
  'message.unused.changed': [edited(base3, (d) => (d.channels.things.messages.spare = { payload: str }))],
  'binding.doc.changed': [edited(base2, (d) => (d.channels['/things'].bindings.ws.description = 'docs'))],
  'server.added': [edited(base2, (d) => (d.servers.prod = { url: 'ws://prod', protocol: 'ws' }))],
  'server.removed': [edited(base2, (d) => delete d.servers.dev)],
  'server.deprecated': [edited(base2, (d) => (server(d)['x-deprecated'] = true))],
  'server.removed-after-sunset': [
    [
      edited(base2, (d) => (server(d)['x-sunset'] = '2020-01-01'))[1],
      edited(base2, (d) => delete d.servers.dev)[1],
      {},
    ],
  ],
  'server.url.changed': [edited(base2, (d) => (server(d).url = 'ws://other/{port}'))],
  'server.protocol.changed': [edited(base2, (d) => (server(d).protocol = 'wss'))],
  'server.description.changed': [edited(base2, (d) => (server(d).description = 'other'))],
  'server.variable.added': [edited(base2, (d) => (server(d).variables.host = { default: 'a' }))],
  'server.variable.removed': [edited(base2, (d) => delete server(d).variables.port)],
  'server.variable.enum-narrowed': [edited(base2, (d) => (server(d).variables.port.enum = ['1']))],
  'server.variable.enum-widened': [edited(base2, (d) => (server(d).variables.port.enum = ['1', '2', '3']))],
  'server.variable.default-changed': [edited(base2, (d) => (server(d).variables.port.default = '2'))],
  'security.added': [edited(base2, (d) => (sub(d).security = [{ key: [] }]))],
  'security.removed': [edited(base2, (d) => delete server(d).security)],
  'security.alternative.added': [edited(base2, (d) => (server(d).security = [{ key: [] }, { other: [] }]))],
  'security.alternative.removed': [
    [edited(base2, (d) => (server(d).security = [{ key: [] }, { other: [] }]))[1], base2()],
  ],
  'security.scheme.changed': [edited(base2, (d) => (d.components.securitySchemes.key.in = 'password'))],
  'security.scheme.added': [
    edited(base2, (d) => {
      d.components.securitySchemes.third = { type: 'http', scheme: 'bearer' };
      server(d).security = [{ key: [] }, { third: [] }];
    }),
  ],
  'security.scheme.removed': [
    [
      edited(base2, (d) => {
        d.components.securitySchemes.third = { type: 'http', scheme: 'bearer' };
        server(d).security = [{ key: [] }, { third: [] }];
      })[1],
      base2(),
    ],
  ],
  'security.scheme.doc.changed': [edited(base2, (d) => (d.components.securitySchemes.key.description = 'the key'))],
  'info.changed': [edited(base2, (d) => (d.info.title = 'Other'))],
  'default-content-type.changed': [
    edited(
      () => edited(base2, (d) => delete sub(d).message.contentType)[1],
      (d) => (d.defaultContentType = 'application/xml'),
    ),
  ],
  'default-content-type.changed-unused': [edited(base2, (d) => (d.defaultContentType = 'application/xml'))],
  'component.unused.changed': [edited(base2, (d) => (d.components.schemas.spare.properties.more = str))],
  'asyncapi.version.bumped': [edited(base2, (d) => (d.asyncapi = '2.6.0'))],
  'asyncapi.version.downgraded': [edited(base2, (d) => (d.asyncapi = '2.4.0'))],
  'asyncapi.version.changed': [
    [base3(), edited(base3, (d) => (d.asyncapi = '3.0.0'))[1]].map((doc, i) => (i === 1 ? toV2Things(doc) : doc)) as [
      Json,
      Json,
    ],
  ],
  'extension.changed': [edited(base2, (d) => (d['x-team'] = 'a'))],
  unclassified: [edited(base2, (d) => (d.channels['/things'].weird = 1))],
};

/** The 2.x document base3() says, for the major-version row. */
function toV2Things(_: Json): Json {
  return {
    asyncapi: '2.6.0',
    info: INFO,
    channels: {
      '/things': {
        subscribe: { message: { name: 'thing', contentType: 'application/json', payload: obj({ id: str }) } },
        publish: {
          message: { name: 'thing', contentType: 'application/json', payload: obj({ id: str }) },
        },
      },
      '/replies': {},
    },
  };
}

// ---------------------------------------------------------------------------------------------

const dirOf = (c: Change, family: Family | null): Dir[] => {
  if (family === 'query' || family === 'parameter') return ['send'];
  return c.locations.flatMap((l) =>
    l.direction === 'client-receives' ? ['receive' as const] : l.direction === 'client-sends' ? ['send' as const] : [],
  );
};

/** Every (rule, direction) the cases reach. */
function reached(): Map<string, Set<Dir | 'any'>> {
  const out = new Map<string, Set<Dir | 'any'>>();
  const note = (changes: Change[], family: Family | null): void => {
    for (const c of changes) {
      const set = out.get(c.rule) ?? new Set();
      set.add('any');
      for (const d of dirOf(c, family)) set.add(d);
      out.set(c.rule, set);
    }
  };
  const families: Family[] = ['payload', 'header', 'query', 'parameter'];
  for (const family of families)
    for (const [, [before, after]] of Object.entries(SCHEMA_CASES))
      for (const dir of ['receive', 'send'] as const)
        note(
          compareSpecs(familyDoc(family, dir, before), familyDoc(family, dir, after), { today: '2024-01-01' }),
          family,
        );
  for (const cases of Object.values(DOCUMENT_CASES))
    for (const [before, after, options] of cases ?? []) note(compareSpecs(before, after, options), null);
  // OpenAPI: the same schema kinds at request, response, response-header and parameter places.
  const openApiFamilies: Family[] = ['request', 'response', 'header', 'parameter'];
  for (const family of openApiFamilies)
    for (const [, [before, after]] of Object.entries(SCHEMA_CASES))
      for (const dir of family === 'parameter' ? (['send'] as const) : (['receive', 'send'] as const))
        note(
          compareOpenApi(openApiFamilyDoc(family, dir, before), openApiFamilyDoc(family, dir, after), {
            today: '2024-01-01',
          }),
          family,
        );
  for (const cases of Object.values(OPENAPI_CASES))
    for (const [before, after, options] of cases ?? []) note(compareOpenApi(before, after, options), null);
  // OpenAPI places (the schema layer as its detectors call it): every family in both directions,
  // since callbacks and webhooks turn requests, parameters and responses round.
  for (const family of OPENAPI_FAMILIES)
    for (const [before, after] of [...Object.values(SCHEMA_CASES), ...Object.values(OPENAPI_SCHEMA_CASES).flat()])
      for (const direction of ['client-receives', 'client-sends'] as const)
        note(openapiSchemaChanges(before, after, { family, direction }), null);
  return out;
}

describe('the rule registry', () => {
  it('every id is unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(DOCUMENT_CASES))('the case for %s produces it', (rule, cases) => {
    for (const [before, after, options] of cases ?? [])
      expect(compareSpecs(before, after, options).map((c) => c.rule)).toContain(rule);
  });

  it('every schema kind has a case', () => {
    expect(SCHEMA_RULES.map((r) => r.kind).sort()).toEqual(
      [...Object.keys(SCHEMA_CASES), ...Object.keys(OPENAPI_SCHEMA_CASES)].sort(),
    );
  });

  it('every rule is reached by a comparison, in both directions where its verdict depends on the direction', () => {
    const seen = reached();
    const missing = RULES.flatMap((r) => {
      const got = seen.get(r.id);
      if (got === undefined) return [`${r.id} (never)`];
      if (!isDirected(r)) return [];
      // Query and channel parameters only ever travel from the client: one direction to reach.
      const family = familyOf(r.id);
      const fixed = family === undefined ? null : FAMILIES[family].fixed;
      const needed = fixed !== null ? [fixed] : (['receive', 'send'] as const);
      return needed.filter((d) => !got.has(d)).map((d) => `${r.id} (${d})`);
    });
    expect(missing).toEqual([]);
  });
});
