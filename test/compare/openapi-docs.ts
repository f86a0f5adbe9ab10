/**
 * Small OpenAPI documents for the compare tests, written for them: one base document, and for
 * every OpenAPI rule outside schemas the smallest edit that should produce it.
 */
import type { CompareOptions } from '../../src/compare/index';
import type { RuleId } from '../../src/compare/rules';
import type { Family } from '../../src/compare/rules';
import { FIRESTONE_CASES } from './firestone-docs';
import { clone, type Json } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

const str = { type: 'string' };

/** A 3.0 document: a path with a path-level parameter, a GET with a query parameter and a PUT with a body. */
export function baseOpenApi(): Json {
  return {
    openapi: '3.0.3',
    info: { title: 'Things', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ key: [] }],
    paths: {
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        get: {
          operationId: 'getThing',
          tags: ['things'],
          summary: 'Get a thing',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'X-Trace', in: 'header', schema: str },
          ],
          responses: {
            '200': {
              description: 'the thing',
              headers: {
                'X-Rate': { required: true, schema: { type: 'integer' } },
                'X-Note': { schema: str },
              },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            '404': { description: 'no such thing' },
          },
        },
        put: {
          operationId: 'putThing',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          responses: { '204': { description: 'stored' } },
          security: [{ oauth: ['read'] }],
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', properties: { name: str, size: { type: 'integer' } } },
        Spare: { type: 'object', properties: { a: str } },
      },
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
        oauth: {
          type: 'oauth2',
          flows: {
            clientCredentials: { tokenUrl: 'https://auth.example.com', scopes: { read: 'r', write: 'w' } },
          },
        },
      },
    },
  };
}

export const editedOpenApi = (edit: (d: Doc) => void, make: () => Json = baseOpenApi): [Json, Json] => {
  const before = make();
  const after = clone(before) as Doc;
  edit(after);
  return [before, after];
};
const reversed = ([a, b]: [Json, Json]): [Json, Json] => [b, a];

export const thingPath = (d: Doc): Doc => d.paths['/things/{id}'];
export const get = (d: Doc): Doc => thingPath(d).get;
export const put = (d: Doc): Doc => thingPath(d).put;
export const ok = (d: Doc): Doc => get(d).responses['200'];

/** A callback on the PUT: the server sends its request (clients receive it) and clients answer. */
export function withCallback(d: Doc, request: unknown = str, response: unknown = str, header: unknown = str): Doc {
  put(d).callbacks = {
    onStored: {
      '{$request.body#/hook}': {
        post: {
          requestBody: { content: { 'application/json': { schema: request } } },
          responses: {
            '200': {
              description: 'seen',
              headers: { 'X-Seen': { schema: header } },
              content: { 'application/json': { schema: response } },
            },
          },
        },
      },
    },
  };
  return d;
}

/**
 * A document with `schema` at a place of `family`, where the data travels `dir` (the request and
 * response families reach the other direction through a callback).
 */
export function openApiFamilyDoc(family: Family, dir: 'send' | 'receive', schema: unknown): Json {
  const d = baseOpenApi() as Doc;
  if (family === 'parameter') get(d).parameters[0].schema = schema;
  else if (family === 'request' && dir === 'send') put(d).requestBody.content['application/json'].schema = schema;
  else if (family === 'response' && dir === 'receive') ok(d).content['application/json'].schema = schema;
  else if (family === 'header' && dir === 'receive') ok(d).headers['X-Note'].schema = schema;
  else if (family === 'request') withCallback(d, schema);
  else if (family === 'response') withCallback(d, str, schema);
  else withCallback(d, str, str, schema);
  return d;
}

/** rule → cases (old, new, options), each meant to produce that rule. */
/** The callback operation withCallback adds. */
export const hook = (d: Doc): Doc => put(d).callbacks.onStored['{$request.body#/hook}'].post;
const inCallback =
  (edit: (d: Doc) => void): (() => Json) =>
  () => {
    const d = withCallback(baseOpenApi() as Doc);
    edit(d);
    return d;
  };
const callbackEdit = (edit: (d: Doc) => void, base: (d: Doc) => void = () => {}): [Json, Json] =>
  editedOpenApi(edit, inCallback(base));
const optionalQ = (d: Doc): void => void (hook(d).parameters = [{ name: 'q', in: 'query', schema: str }]);
const twoTypes = (d: Doc): void => void (hook(d).requestBody.content['text/plain'] = { schema: str });

type Cases = Partial<Record<RuleId, [Json, Json, CompareOptions?][]>>;

const CALLBACK_CASES: Cases = {
  'parameter.required-added': [
    callbackEdit((d) => (hook(d).parameters = [{ name: 'q', in: 'query', required: true, schema: str }])),
  ],
  'parameter.became-required': [callbackEdit((d) => (hook(d).parameters[0].required = true), optionalQ)],
  'parameter.became-optional': [reversed(callbackEdit((d) => (hook(d).parameters[0].required = true), optionalQ))],
  'request.body.added-required': [
    callbackEdit(
      (d) => (hook(d).requestBody = { required: true, content: { 'application/json': { schema: str } } }),
      (d) => delete hook(d).requestBody,
    ),
  ],
  'request.body.became-required': [callbackEdit((d) => (hook(d).requestBody.required = true))],
  'request.body.became-optional': [reversed(callbackEdit((d) => (hook(d).requestBody.required = true)))],
  'request.media-type.removed': [callbackEdit((d) => delete hook(d).requestBody.content['text/plain'], twoTypes)],
  'response.success-status.added': [callbackEdit((d) => (hook(d).responses['201'] = { description: 'kept' }))],
  'header.removed-required': [
    callbackEdit(
      (d) => delete hook(d).responses['200'].headers['X-Seen'],
      (d) => (hook(d).responses['200'].headers['X-Seen'].required = true),
    ),
  ],
  'header.removed-optional': [callbackEdit((d) => delete hook(d).responses['200'].headers['X-Seen'])],
  'header.became-required': [callbackEdit((d) => (hook(d).responses['200'].headers['X-Seen'].required = true))],
  'header.became-optional': [
    reversed(callbackEdit((d) => (hook(d).responses['200'].headers['X-Seen'].required = true))),
  ],
};

/** Each rule's cases, with those of `extra` after them. */
const mergeCases = (base: Cases, extra: Cases): Cases =>
  Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(extra)])].map((rule) => [
      rule,
      [...(base[rule as RuleId] ?? []), ...(extra[rule as RuleId] ?? [])],
    ]),
  );

export const OPENAPI_CASES: Cases = mergeCases(
  {
    'openapi.version.changed': [editedOpenApi((d) => (d.openapi = '3.1.0'))],
    'path.added': [
      editedOpenApi((d) => (d.paths['/others'] = { get: { responses: { '200': { description: 'x' } } } })),
    ],
    'path.removed': [editedOpenApi((d) => delete d.paths['/things/{id}'])],
    'path.description.changed': [editedOpenApi((d) => (thingPath(d).summary = 'Things'))],
    'operation.endpoint.added': [
      editedOpenApi((d) => (thingPath(d).delete = { responses: { '204': { description: 'gone' } } })),
    ],
    'operation.endpoint.removed': [editedOpenApi((d) => delete thingPath(d).put)],
    'operation.endpoint.removed-after-sunset': [
      [
        editedOpenApi((d) => ((put(d).deprecated = true), (put(d)['x-sunset'] = '2020-01-01')))[1],
        editedOpenApi((d) => delete thingPath(d).put)[1],
        { today: '2024-01-01' },
      ],
    ],
    'operation.id.added': [
      editedOpenApi(
        (d) => (get(d).operationId = 'getThing'),
        () => editedOpenApi((d) => delete get(d).operationId)[1],
      ),
    ],
    'operation.id.changed': [editedOpenApi((d) => (get(d).operationId = 'fetchThing'))],
    'operation.tags.changed': [editedOpenApi((d) => (get(d).tags = ['items']))],
    'operation.description.changed': [editedOpenApi((d) => (get(d).summary = 'Fetch a thing'))],
    'operation.deprecated': [editedOpenApi((d) => (get(d).deprecated = true))],
    'operation.sunset.moved-earlier': [
      editedOpenApi(
        (d) => (get(d)['x-sunset'] = '2030-01-01'),
        () => editedOpenApi((d) => ((get(d).deprecated = true), (get(d)['x-sunset'] = '2031-01-01')))[1],
      ),
    ],
    'operation.sunset.dropped': [
      editedOpenApi(
        (d) => delete get(d)['x-sunset'],
        () => editedOpenApi((d) => ((get(d).deprecated = true), (get(d)['x-sunset'] = '2031-01-01')))[1],
      ),
    ],
    'operation.sunset.unreadable': [editedOpenApi((d) => ((get(d).deprecated = true), (get(d)['x-sunset'] = 'soon')))],
    'operation.stability.lowered': [editedOpenApi((d) => (get(d)['x-stability-level'] = 'beta'))],
    'operation.stability.raised': [
      editedOpenApi(
        (d) => (get(d)['x-stability-level'] = 'stable'),
        () => editedOpenApi((d) => (get(d)['x-stability-level'] = 'alpha'))[1],
      ),
    ],
    'operation.stability.unreadable': [
      editedOpenApi((d) => (get(d)['x-stability-level'] = 'production')),
      editedOpenApi(
        (d) => (get(d)['x-stability-level'] = 1),
        () => editedOpenApi((d) => (get(d)['x-stability-level'] = 'beta'))[1],
      ),
    ],
    'parameter.required-added': [
      editedOpenApi((d) => get(d).parameters.push({ name: 'q', in: 'query', required: true, schema: str })),
    ],
    'parameter.optional-added': [editedOpenApi((d) => get(d).parameters.push({ name: 'q', in: 'query', schema: str }))],
    'parameter.became-required': [editedOpenApi((d) => (get(d).parameters[0].required = true))],
    'parameter.became-optional': [reversed(editedOpenApi((d) => (get(d).parameters[0].required = true)))],
    'parameter.dropped': [editedOpenApi((d) => get(d).parameters.splice(0, 1))],
    'parameter.removed-after-sunset': [
      [
        editedOpenApi(
          (d) => ((get(d).parameters[0].deprecated = true), (get(d).parameters[0]['x-sunset'] = '2020-01-01')),
        )[1],
        editedOpenApi((d) => get(d).parameters.splice(0, 1))[1],
        { today: '2024-01-01' },
      ],
    ],
    'parameter.serialization.changed': [
      editedOpenApi((d) => (get(d).parameters[0].explode = false)),
      editedOpenApi((d) => (get(d).parameters[1].in = 'cookie')),
    ],
    'parameter.default.changed': [
      editedOpenApi((d) => (get(d).parameters[0].schema = { type: 'integer', default: 10 })),
    ],
    'parameter.deprecated': [editedOpenApi((d) => (get(d).parameters[0].deprecated = true))],
    'parameter.sunset.moved-earlier': [
      editedOpenApi(
        (d) => (get(d).parameters[0]['x-sunset'] = '2030-01-01'),
        () =>
          editedOpenApi(
            (d) => ((get(d).parameters[0].deprecated = true), (get(d).parameters[0]['x-sunset'] = '2031-01-01')),
          )[1],
      ),
    ],
    'parameter.sunset.unreadable': [editedOpenApi((d) => (get(d).parameters[0]['x-sunset'] = '31/12/2030'))],
    'parameter.sunset.dropped': [
      editedOpenApi(
        (d) => delete get(d).parameters[0]['x-sunset'],
        () =>
          editedOpenApi(
            (d) => ((get(d).parameters[0].deprecated = true), (get(d).parameters[0]['x-sunset'] = '2031-01-01')),
          )[1],
      ),
    ],
    'parameter.description.changed': [editedOpenApi((d) => (get(d).parameters[0].description = 'at most this many'))],
    'parameter.media-type.changed': [
      editedOpenApi(
        (d) => (get(d).parameters[0].content = { 'application/xml': { schema: str } }),
        () =>
          editedOpenApi((d) => {
            delete get(d).parameters[0].schema;
            get(d).parameters[0].content = { 'application/json': { schema: str } };
          })[1],
      ),
    ],
    'request.body.added-required': [
      editedOpenApi((d) => (get(d).requestBody = { required: true, content: { 'text/plain': { schema: str } } })),
    ],
    'request.body.added-optional': [
      editedOpenApi((d) => (get(d).requestBody = { content: { 'text/plain': { schema: str } } })),
    ],
    'request.body.became-required': [reversed(editedOpenApi((d) => delete put(d).requestBody.required))],
    'request.body.became-optional': [editedOpenApi((d) => delete put(d).requestBody.required)],
    'request.body.removed': [editedOpenApi((d) => delete put(d).requestBody)],
    'request.body.description.changed': [editedOpenApi((d) => (put(d).requestBody.description = 'the thing'))],
    'request.media-type.added': [editedOpenApi((d) => (put(d).requestBody.content['text/plain'] = { schema: str }))],
    'request.media-type.removed': [
      reversed(editedOpenApi((d) => (put(d).requestBody.content['text/plain'] = { schema: str }))),
    ],
    'request.encoding.changed': [
      editedOpenApi(
        (d) => (put(d).requestBody.content['application/json'].encoding = { name: { contentType: 'text/plain' } }),
      ),
    ],
    'response.success-status.added': [editedOpenApi((d) => (get(d).responses['206'] = { description: 'partial' }))],
    'response.success-status.removed': [editedOpenApi((d) => delete get(d).responses['200'])],
    'response.status.added': [editedOpenApi((d) => (get(d).responses.default = { description: 'error' }))],
    'response.status.removed': [editedOpenApi((d) => delete get(d).responses['404'])],
    'response.description.changed': [editedOpenApi((d) => (ok(d).description = 'a thing'))],
    'response.media-type.added': [editedOpenApi((d) => (ok(d).content['application/xml'] = { schema: str }))],
    'response.media-type.removed': [
      reversed(editedOpenApi((d) => (ok(d).content['application/xml'] = { schema: str }))),
    ],
    'response.links.changed': [editedOpenApi((d) => (ok(d).links = { self: { operationId: 'getThing' } }))],
    'header.added': [editedOpenApi((d) => (ok(d).headers['X-More'] = { schema: str }))],
    'header.removed-required': [editedOpenApi((d) => delete ok(d).headers['X-Rate'])],
    'header.removed-optional': [editedOpenApi((d) => delete ok(d).headers['X-Note'])],
    'header.removed-after-sunset': [
      [
        editedOpenApi(
          (d) => ((ok(d).headers['X-Note'].deprecated = true), (ok(d).headers['X-Note']['x-sunset'] = '2020-01-01')),
        )[1],
        editedOpenApi((d) => delete ok(d).headers['X-Note'])[1],
        { today: '2024-01-01' },
      ],
    ],
    'header.became-required': [editedOpenApi((d) => (ok(d).headers['X-Note'].required = true))],
    'header.became-optional': [editedOpenApi((d) => delete ok(d).headers['X-Rate'].required)],
    'header.deprecated': [editedOpenApi((d) => (ok(d).headers['X-Note'].deprecated = true))],
    'header.sunset.moved-earlier': [
      editedOpenApi(
        (d) => (ok(d).headers['X-Note']['x-sunset'] = '2030-01-01'),
        () =>
          editedOpenApi(
            (d) => ((ok(d).headers['X-Note'].deprecated = true), (ok(d).headers['X-Note']['x-sunset'] = '2031-01-01')),
          )[1],
      ),
    ],
    'header.sunset.unreadable': [editedOpenApi((d) => (ok(d).headers['X-Note']['x-sunset'] = '2030-13-45'))],
    'header.sunset.dropped': [
      editedOpenApi(
        (d) => delete ok(d).headers['X-Note']['x-sunset'],
        () =>
          editedOpenApi(
            (d) => ((ok(d).headers['X-Note'].deprecated = true), (ok(d).headers['X-Note']['x-sunset'] = '2031-01-01')),
          )[1],
      ),
    ],
    'header.description.changed': [editedOpenApi((d) => (ok(d).headers['X-Note'].description = 'a note'))],
    'security.added': [
      editedOpenApi(
        (d) => (get(d).security = [{ key: [] }]),
        () => editedOpenApi((d) => (get(d).security = []))[1],
      ),
    ],
    'security.removed': [editedOpenApi((d) => (get(d).security = []))],
    'security.alternative.added': [editedOpenApi((d) => (get(d).security = [{ key: [] }, { oauth: ['read'] }]))],
    'security.alternative.removed': [
      reversed(editedOpenApi((d) => (get(d).security = [{ key: [] }, { oauth: ['read'] }]))),
    ],
    'security.scope.added': [editedOpenApi((d) => (put(d).security = [{ oauth: ['read', 'write'] }]))],
    'security.scope.removed': [editedOpenApi((d) => (put(d).security = [{ oauth: [] }]))],
    'security.scheme.changed': [editedOpenApi((d) => (d.components.securitySchemes.key.name = 'X-Api-Key'))],
    'security.scheme.added': [
      editedOpenApi((d) => (d.components.securitySchemes.basic = { type: 'http', scheme: 'basic' })),
    ],
    'security.scheme.removed': [
      reversed(editedOpenApi((d) => (d.components.securitySchemes.basic = { type: 'http', scheme: 'basic' }))),
    ],
    'security.scheme.widened': [
      editedOpenApi((d) => (d.components.securitySchemes.oauth.flows.clientCredentials.scopes.admin = 'a')),
      editedOpenApi(
        (d) => (d.components.securitySchemes.oauth.flows.implicit = { authorizationUrl: 'https://a', scopes: {} }),
      ),
    ],
    'path.removed-after-sunset': [
      [
        editedOpenApi((d) => {
          for (const op of [get(d), put(d)]) Object.assign(op, { deprecated: true, 'x-sunset': '2020-01-01' });
        })[1],
        editedOpenApi((d) => delete d.paths['/things/{id}'])[1],
        { today: '2024-01-01' },
      ],
    ],
    'security.scheme.doc.changed': [editedOpenApi((d) => (d.components.securitySchemes.key.description = 'the key'))],
    'server.added': [editedOpenApi((d) => d.servers.push({ url: 'https://eu.example.com/v1' }))],
    'server.removed': [reversed(editedOpenApi((d) => d.servers.push({ url: 'https://eu.example.com/v1' })))],
    'server.url.changed': [
      editedOpenApi(
        (d) => (get(d).servers = [{ url: 'https://b.example.com' }]),
        () => editedOpenApi((d) => (get(d).servers = [{ url: 'https://a.example.com' }]))[1],
      ),
    ],
    'server.description.changed': [editedOpenApi((d) => (d.servers[0].description = 'production'))],
    'server.variable.added': [
      [
        editedOpenApi((d) => (d.servers[0] = { url: 'https://api.example.com/{v}' }))[1],
        editedOpenApi(
          (d) => (d.servers[0] = { url: 'https://api.example.com/{v}', variables: { v: { default: 'v1' } } }),
        )[1],
      ],
    ],
    'server.variable.removed': [
      [
        editedOpenApi(
          (d) => (d.servers[0] = { url: 'https://api.example.com/{v}', variables: { v: { default: 'v1' } } }),
        )[1],
        editedOpenApi((d) => (d.servers[0] = { url: 'https://api.example.com/{v}' }))[1],
      ],
    ],
    'server.variable.enum-narrowed': [
      [
        editedOpenApi((d) => (d.servers[0].variables = { v: { default: 'a', enum: ['a', 'b'] } }))[1],
        editedOpenApi((d) => (d.servers[0].variables = { v: { default: 'a', enum: ['a'] } }))[1],
      ],
    ],
    'server.variable.enum-widened': [
      [
        editedOpenApi((d) => (d.servers[0].variables = { v: { default: 'a', enum: ['a'] } }))[1],
        editedOpenApi((d) => (d.servers[0].variables = { v: { default: 'a', enum: ['a', 'b'] } }))[1],
      ],
    ],
    'server.variable.default-changed': [
      [
        editedOpenApi((d) => (d.servers[0].variables = { v: { default: 'a' } }))[1],
        editedOpenApi((d) => (d.servers[0].variables = { v: { default: 'b' } }))[1],
      ],
    ],
    'webhook.added': [
      editedOpenApi(
        (d) =>
          (d.webhooks = {
            stored: {
              post: {
                requestBody: { content: { 'application/json': { schema: str } } },
                responses: { '200': { description: 'ok' } },
              },
            },
          }),
        () => editedOpenApi((d) => (d.openapi = '3.1.0'))[1],
      ),
    ],
    'webhook.removed': [
      reversed(
        editedOpenApi(
          (d) => (d.webhooks = { stored: { post: { responses: { '200': { description: 'ok' } } } } }),
          () => editedOpenApi((d) => (d.openapi = '3.1.0'))[1],
        ),
      ),
    ],
    'callback.added': [editedOpenApi((d) => withCallback(d))],
    'callback.removed': [reversed(editedOpenApi((d) => withCallback(d)))],
    'info.changed': [editedOpenApi((d) => (d.info.title = 'Other things'))],
    'extension.changed': [editedOpenApi((d) => (get(d)['x-team'] = 'core'))],
    'component.unused.changed': [editedOpenApi((d) => (d.components.schemas.Spare.properties.b = str))],
    unclassified: [editedOpenApi((d) => (get(d).weird = 1))],
    // Adopting next to firestone: an old document firestone wrote, with one of its defect forms.
    ...Object.fromEntries(
      Object.entries(FIRESTONE_CASES).map(([rule, [before, after]]) => [
        rule,
        [[before, after, { firestone: { old: true } }] as [Json, Json, CompareOptions]],
      ]),
    ),
  },
  // In a callback the server sends the request and clients answer it: the other column of each
  // row about a request's parameters and body, or a response's statuses and headers.
  CALLBACK_CASES,
);
