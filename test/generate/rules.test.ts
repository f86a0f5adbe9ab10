/**
 * One test per rule of docs/generation.md and per firestone defect fixed. Inputs are resource data
 * as the loader hands them over; every document that generates is checked by the AsyncAPI parser.
 */
import { describe, expect, it } from 'vitest';
import { generateAsyncApi, type ResourceInput } from '../../src/generate/asyncapi';
import { InputError } from '../../src/errors';
import type { GeneratedSpec } from '../../src/types';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { expectOriginsResolve } from './origins';
import { inputError } from '../helpers/errors';

const INFO = { title: 'T', description: 'D', version: '1.0' };
const ALL = { resources: true, instances: true, instance_attrs: true };

type Data = Record<string, unknown>;
type Channel = { description: string; parameters: Record<string, { description?: string; schema: unknown }> } & Record<
  'subscribe' | 'publish',
  {
    operationId: string;
    description: string;
    message: { name: string; payload: unknown };
    bindings: {
      ws: { method: string; query: { type?: string; required?: string[]; properties?: Record<string, unknown> } };
    };
    tags: { name: string }[];
  }
>;

/** A resource with a key and two properties, `overrides` merged over the top level. */
function resource(kind: string, overrides: Data = {}, schema: Data = {}): Data {
  return {
    kind,
    asyncapi: { channels: ALL },
    schema: {
      type: 'array',
      key: { name: `${kind}_id`, description: `The ${kind} id`, schema: { type: 'string' } },
      items: { type: 'object', properties: { title: { type: 'string' }, size: { type: 'integer' } } },
      ...schema,
    },
    ...overrides,
  };
}

const input = (data: Data, file = `${String(data.kind)}.yaml`): ResourceInput => ({ file, data });

/** Generates, checks the result with the AsyncAPI parser and the origins, returns it. */
async function generate(
  ...datas: (Data | ResourceInput)[]
): Promise<GeneratedSpec & { channels: Record<string, Channel>; schemas: Data }> {
  const inputs = datas.map((d) => ('data' in d && 'file' in d ? (d as ResourceInput) : input(d as Data)));
  const spec = generateAsyncApi(inputs, INFO);
  await expectValidAsyncApi(spec.document);
  expectOriginsResolve(spec, inputs);
  const doc = spec.document as { channels: Record<string, Channel>; components: { schemas: Data } };
  return { ...spec, channels: doc.channels, schemas: doc.components.schemas };
}

function generateError(...datas: (Data | ResourceInput)[]): InputError {
  const inputs = datas.map((d) => ('data' in d && 'file' in d ? (d as ResourceInput) : input(d as Data)));
  return inputError(() => generateAsyncApi(inputs, INFO));
}

describe('document', () => {
  it('has the fixed top-level shape, info version always a string, {} for no servers and no channels', async () => {
    const spec = generateAsyncApi([], { title: 'A: b', description: '', version: '2' });
    expect(spec.document).toStrictEqual({
      asyncapi: '2.5.0',
      defaultContentType: 'application/json',
      info: { title: 'A: b', description: '', version: '2' },
      servers: {},
      components: { schemas: {} },
      channels: {},
    });
    expect(Object.keys(spec.document)).toEqual([
      'asyncapi',
      'defaultContentType',
      'info',
      'servers',
      'components',
      'channels',
    ]);
    expect(Object.keys(spec.document.info as Data)).toEqual(['title', 'description', 'version']);
    await expectValidAsyncApi(spec.document);
  });

  it('merges servers of all resources, a later file winning for the same name', async () => {
    const a = resource('a', {
      asyncapi: { servers: { dev: { url: 'ws://a', protocol: 'ws' }, prod: { url: 'ws://p', protocol: 'ws' } } },
    });
    const b = resource('b', { asyncapi: { servers: { dev: { url: 'ws://b', protocol: 'wss' } } } });
    const { document, origins } = await generate(a, b);
    expect(document.servers).toStrictEqual({
      dev: { url: 'ws://b', protocol: 'wss' },
      prod: { url: 'ws://p', protocol: 'ws' },
    });
    expect(origins.get('/servers/dev')).toEqual({ file: 'b.yaml', path: ['asyncapi', 'servers', 'dev'] });
  });
});

describe('components', () => {
  it('is schema.items without descriptions, other keywords kept as written', async () => {
    const items = {
      type: 'object',
      descriptions: { get: 'One' },
      'x-extra': { keep: true },
      properties: { secret: { type: 'string', expose: false }, title: { type: 'string', maxLength: 3 } },
      required: ['title'],
    };
    const { schemas, origins } = await generate(resource('book', {}, { items }));
    const { descriptions: _dropped, ...rest } = items;
    expect(schemas.book).toStrictEqual(rest);
    expect(Object.keys(schemas.book as Data)).toEqual(['type', 'x-extra', 'properties', 'required']);
    expect(origins.get('/components/schemas/book')).toEqual({ file: 'book.yaml', path: ['schema', 'items'] });
  });

  it('a resource without an asyncapi block adds only its component', async () => {
    const { document, schemas } = await generate(resource('plain', { asyncapi: undefined }));
    expect(Object.keys(schemas)).toEqual(['plain']);
    expect(document.channels).toStrictEqual({});
    expect(document.servers).toStrictEqual({});
  });

  it('asyncapi with servers but no channel flags adds no channels, and needs no key', async () => {
    const data = resource('plain', {
      asyncapi: { servers: { s: { url: 'ws://x', protocol: 'ws' } }, channels: { resources: false } },
    });
    delete (data.schema as Data).key;
    const { document } = await generate(data);
    expect(document.channels).toStrictEqual({});
    expect(document.servers).toStrictEqual({ s: { url: 'ws://x', protocol: 'ws' } });
  });
});

describe('channels of one resource', () => {
  it('collection channel: full shape, fixed key order, fallback descriptions, list payload for subscribe only', async () => {
    const { channels, origins } = await generate(resource('book', { asyncapi: { channels: { resources: true } } }));
    expect(Object.keys(channels)).toEqual(['/book']);
    const ch = channels['/book'];
    expect(ch).toStrictEqual({
      description: 'Channel for /book',
      parameters: {},
      subscribe: {
        operationId: 'book_subscribe',
        description: 'Subscribe from /book',
        message: {
          name: 'book',
          contentType: 'application/json',
          payload: { type: 'array', items: { $ref: '#/components/schemas/book' } },
        },
        bindings: { ws: { method: 'get', query: {} } },
        tags: [{ name: 'book' }],
      },
      publish: {
        operationId: 'book_publish',
        description: 'Publish to /book',
        message: { name: 'book', contentType: 'application/json', payload: { $ref: '#/components/schemas/book' } },
        bindings: { ws: { method: 'post', query: {} } },
        tags: [{ name: 'book' }],
      },
    });
    expect(Object.keys(ch ?? {})).toEqual(['description', 'parameters', 'subscribe', 'publish']);
    expect(Object.keys(ch?.subscribe ?? {})).toEqual(['operationId', 'description', 'message', 'bindings', 'tags']);
    expect(Object.keys(ch?.subscribe.message ?? {})).toEqual(['name', 'contentType', 'payload']);
    expect(Object.keys(ch?.publish.bindings.ws ?? {})).toEqual(['method', 'query']);
    expect(origins.get('/channels/~1book')).toEqual({ file: 'book.yaml', path: ['schema'] });
  });

  it('instance channel: key parameter, instance descriptions, $ref payload both ways', async () => {
    const data = resource(
      'book',
      { asyncapi: { channels: { instances: true } } },
      {
        descriptions: { get: 'all books', post: 'new book' },
      },
    );
    (data.schema as { items: Data }).items.descriptions = { get: 'one book' };
    const { channels } = await generate(data);
    expect(Object.keys(channels)).toEqual(['/book/{book_id}']);
    const ch = channels['/book/{book_id}'];
    expect(ch?.parameters).toStrictEqual({ book_id: { description: 'The book id', schema: { type: 'string' } } });
    expect(ch?.subscribe.description).toBe('one book');
    expect(ch?.publish.description).toBe('Publish to /book/{book_id}');
    expect(ch?.subscribe.message.payload).toStrictEqual({ $ref: '#/components/schemas/book' });
    expect(ch?.subscribe.operationId).toBe('book_book_id_subscribe');
  });

  it('attribute channels: one per property in order, none for expose: false, property $ref, instance descriptions', async () => {
    const data = resource(
      'book',
      { asyncapi: { channels: { instance_attrs: true } } },
      {
        descriptions: { get: 'collection text' },
        items: {
          type: 'object',
          descriptions: { get: 'instance text' },
          properties: {
            zeta: { type: 'string' },
            hidden: { type: 'string', expose: false },
            alpha: { type: 'number' },
          },
        },
      },
    );
    const { channels, origins } = await generate(data);
    expect(Object.keys(channels)).toEqual(['/book/{book_id}/zeta', '/book/{book_id}/alpha']);
    const ch = channels['/book/{book_id}/alpha'];
    expect(ch?.subscribe.message).toStrictEqual({
      name: 'book',
      contentType: 'application/json',
      payload: { $ref: '#/components/schemas/book/properties/alpha' },
    });
    expect(ch?.publish.message.payload).toStrictEqual({ $ref: '#/components/schemas/book/properties/alpha' });
    expect(ch?.subscribe.description).toBe('instance text');
    expect(ch?.publish.description).toBe('Publish to /book/{book_id}/alpha');
    expect(origins.get('/channels/~1book~1{book_id}~1alpha')?.path).toEqual(['schema', 'items', 'properties', 'alpha']);
  });

  it('channels come in generation order: collection, instance, attributes', async () => {
    const { channels } = await generate(resource('b'), resource('a'));
    expect(Object.keys(channels)).toEqual([
      '/b',
      '/b/{b_id}',
      '/b/{b_id}/title',
      '/b/{b_id}/size',
      '/a',
      '/a/{a_id}',
      '/a/{a_id}/title',
      '/a/{a_id}/size',
    ]);
  });

  it('schema.methods without get: no channels at all, component kept', async () => {
    const { document, schemas } = await generate(resource('book', {}, { methods: ['post', 'put'] }));
    expect(document.channels).toStrictEqual({});
    expect(Object.keys(schemas)).toEqual(['book']);
  });

  it('schema.methods with get, or empty (firestone: no restriction), keeps the channels', async () => {
    expect(Object.keys((await generate(resource('a', {}, { methods: ['get'] }))).channels)).toHaveLength(4);
    expect(Object.keys((await generate(resource('a', {}, { methods: [] }))).channels)).toHaveLength(4);
  });

  it('versionInPath prefixes /v<apiVersion>, and apiVersion v1 gives /vv1 as in firestone', async () => {
    const flags = { asyncapi: { channels: { resources: true } } };
    expect(
      Object.keys((await generate(resource('a', { ...flags, versionInPath: true, apiVersion: '2' }))).channels),
    ).toEqual(['/v2/a']);
    expect(
      Object.keys((await generate(resource('a', { ...flags, versionInPath: true, apiVersion: 'v1' }))).channels),
    ).toEqual(['/vv1/a']);
  });

  it('a numeric apiVersion is refused, as firestone refuses it (YAML turns 1.0 into 1)', () => {
    const err = generateError(resource('a', { asyncapi: { channels: ALL }, versionInPath: true, apiVersion: 1 }));
    expect(err.problems[0]).toMatchObject({ file: 'a.yaml', pointer: '/apiVersion' });
    expect(err.message).toMatch(/must be a string.*quotes/);
  });

  it('defect 7: apiVersion is needed only with versionInPath: true', async () => {
    expect(Object.keys((await generate(resource('a', { versionInPath: false }))).channels)).toContain('/a');
    const err = generateError(resource('a', { versionInPath: true }));
    expect(err.problems[0]).toMatchObject({ file: 'a.yaml', pointer: '/versionInPath' });
    expect(err.message).toMatch(/apiVersion/);
  });

  it('defect 1: the name comes from kind (a `name` field is not used)', async () => {
    const { channels } = await generate(
      resource('book', { name: 'other', asyncapi: { channels: { resources: true } } }),
    );
    expect(Object.keys(channels)).toEqual(['/book']);
  });
});

describe('channel parameters', () => {
  it('defect 5: a key without description gives a parameter with only a schema, default {type: string}', async () => {
    const data = resource('book', { asyncapi: { channels: { instances: true } } }, { key: { name: 'book_id' } });
    const { channels } = await generate(data);
    expect(channels['/book/{book_id}']?.parameters).toStrictEqual({ book_id: { schema: { type: 'string' } } });
  });

  it('defect 6: parameters by {name} placeholder, not substring (`id` vs `/ideas/{idea_id}`)', async () => {
    const data = resource(
      'ideas',
      {},
      {
        key: { name: 'idea_id', description: 'Idea' },
        items: {
          type: 'object',
          properties: {
            comments: {
              schema: {
                type: 'array',
                key: { name: 'id', description: 'Comment', schema: { type: 'integer' } },
                items: { type: 'object', properties: { text: { type: 'string' } } },
              },
            },
          },
        },
      },
    );
    const { channels } = await generate(data);
    expect(channels['/ideas/{idea_id}/comments']?.parameters).toStrictEqual({
      idea_id: { description: 'Idea', schema: { type: 'string' } },
    });
    expect(channels['/ideas/{idea_id}/comments/{id}']?.parameters).toStrictEqual({
      idea_id: { description: 'Idea', schema: { type: 'string' } },
      id: { description: 'Comment', schema: { type: 'integer' } },
    });
    expect(Object.keys(channels['/ideas/{idea_id}/comments/{id}/text']?.parameters ?? {})).toEqual(['idea_id', 'id']);
  });

  it('an empty key schema falls back to {type: string}, as firestone`s `or` does', async () => {
    const data = resource('a', { asyncapi: { channels: { instances: true } } }, { key: { name: 'a_id', schema: {} } });
    expect((await generate(data)).channels['/a/{a_id}']?.parameters.a_id?.schema).toStrictEqual({ type: 'string' });
  });
});

describe('query parameters', () => {
  const withQuery = (schema: Data, top: Data = {}) =>
    resource('book', { asyncapi: { channels: { resources: true, instances: true } }, ...top }, schema);

  it('no query_params on the schema: query {} even with default_query_params', async () => {
    const { channels } = await generate(withQuery({}, { default_query_params: [{ name: 'limit', description: 'L' }] }));
    expect(channels['/book']?.subscribe.bindings.ws.query).toStrictEqual({});
  });

  it('own params then defaults; {description, ...schema}; default schema {type: string}; required list', async () => {
    const { channels } = await generate(
      withQuery(
        {
          query_params: [
            { name: 'q', description: 'Search', required: true },
            { name: 'n', description: 'Count', schema: { type: 'integer', minimum: 1 }, required: false },
          ],
        },
        { default_query_params: [{ name: 'limit', description: 'Page', in: 'query', schema: { type: 'integer' } }] },
      ),
    );
    const query = channels['/book']?.subscribe.bindings.ws.query;
    expect(query).toStrictEqual({
      type: 'object',
      required: ['q'],
      properties: {
        q: { description: 'Search', type: 'string' },
        n: { description: 'Count', type: 'integer', minimum: 1 },
        limit: { description: 'Page', type: 'integer' },
      },
    });
    expect(Object.keys(query ?? {})).toEqual(['type', 'required', 'properties']);
    expect(Object.keys(query?.properties ?? {})).toEqual(['q', 'n', 'limit']);
  });

  it('a param schema with its own description overrides the param description, in first position', async () => {
    const { channels } = await generate(
      withQuery({
        query_params: [{ name: 'q', description: 'outer', schema: { type: 'string', description: 'inner' } }],
      }),
    );
    const prop = channels['/book']?.publish.bindings.ws.query.properties?.q;
    expect(prop).toStrictEqual({ description: 'inner', type: 'string' });
    expect(Object.keys(prop as Data)).toEqual(['description', 'type']);
  });

  it('defect 3: no default_query_params is fine; query_params: [] gives an empty query object', async () => {
    const { channels } = await generate(withQuery({ query_params: [] }));
    expect(channels['/book']?.subscribe.bindings.ws.query).toStrictEqual({
      type: 'object',
      required: [],
      properties: {},
    });
  });

  it('defect 4: `methods: [post]` only in publish, and filtering never leaks into later operations', async () => {
    const data = withQuery(
      {
        query_params: [
          { name: 'first_get_only', description: 'G', methods: ['get'] },
          { name: 'post_only', description: 'P', methods: ['post'] },
          { name: 'everywhere', description: 'E', methods: [] },
        ],
      },
      { default_query_params: [{ name: 'limit', description: 'L', methods: ['get'] }] },
    );
    const { channels } = await generate(data);
    const names = (path: string, op: 'subscribe' | 'publish') =>
      Object.keys(channels[path]?.[op].bindings.ws.query.properties ?? {});
    for (const path of ['/book', '/book/{book_id}']) {
      expect(names(path, 'subscribe')).toEqual(['first_get_only', 'everywhere', 'limit']);
      expect(names(path, 'publish')).toEqual(['post_only', 'everywhere']);
    }
  });

  it('a name given twice keeps its first place and its last definition', async () => {
    const { channels, origins } = await generate(
      withQuery(
        {
          query_params: [{ name: 'limit', description: 'own', schema: { type: 'integer', minimum: 5 } }, { name: 'q' }],
        },
        { default_query_params: [{ name: 'limit', description: 'default' }] },
      ),
    );
    const q = channels['/book']?.subscribe.bindings.ws.query.properties;
    expect(q).toStrictEqual({ limit: { description: 'default', type: 'string' }, q: { type: 'string' } });
    expect(Object.keys(q ?? {})).toEqual(['limit', 'q']);
    expect(origins.get('/channels/~1book/subscribe/bindings/ws/query/properties/limit')?.path).toEqual([
      'default_query_params',
      0,
    ]);
  });

  it('attribute channels take query_params from the property schema, plus the defaults', async () => {
    const data = resource(
      'book',
      { asyncapi: { channels: { instance_attrs: true } }, default_query_params: [{ name: 'limit', description: 'L' }] },
      {
        query_params: [{ name: 'not_here', description: 'N' }],
        items: {
          type: 'object',
          properties: {
            title: { type: 'string', query_params: [{ name: 'lang', description: 'Language' }] },
            size: { type: 'integer' },
          },
        },
      },
    );
    const { channels } = await generate(data);
    expect(Object.keys(channels['/book/{book_id}/title']?.subscribe.bindings.ws.query.properties ?? {})).toEqual([
      'lang',
      'limit',
    ]);
    expect(channels['/book/{book_id}/size']?.subscribe.bindings.ws.query).toStrictEqual({});
  });

  it('sub-resource channels use their own query_params and the root resource defaults', async () => {
    const data = resource(
      'a',
      { default_query_params: [{ name: 'limit', description: 'L' }] },
      {
        items: {
          type: 'object',
          properties: {
            sub: {
              schema: {
                type: 'array',
                key: { name: 'sub_id' },
                query_params: [{ name: 'since', description: 'S' }],
                items: { type: 'object', properties: {} },
              },
            },
          },
        },
      },
    );
    const { channels } = await generate(data);
    expect(Object.keys(channels['/a/{a_id}/sub']?.subscribe.bindings.ws.query.properties ?? {})).toEqual([
      'since',
      'limit',
    ]);
  });
});

describe('sub-resources', () => {
  const sub = (name: string, extra: Data = {}) => ({
    description: `The ${name}`,
    schema: {
      type: 'array',
      key: { name: `${name}_id` },
      descriptions: { get: `List ${name}` },
      items: { type: 'object', descriptions: { get: `One ${name}` }, properties: { body: { type: 'string' } } },
      ...extra,
    },
  });
  const parent = (props: Data, flags: Data = ALL, kind = 'rooms') =>
    resource(kind, { asyncapi: { channels: flags } }, { items: { type: 'object', properties: props } });

  it('component <prop> = items as written (descriptions kept); channels below B/{key}/<prop>; no attribute channel of its own', async () => {
    const { channels, schemas, origins } = await generate(
      parent({ topic: { type: 'string' }, messages: sub('messages') }),
    );
    expect(Object.keys(schemas)).toEqual(['rooms', 'messages']);
    expect(schemas.messages).toStrictEqual({
      type: 'object',
      descriptions: { get: 'One messages' },
      properties: { body: { type: 'string' } },
    });
    expect(Object.keys(channels)).toEqual([
      '/rooms',
      '/rooms/{rooms_id}',
      '/rooms/{rooms_id}/topic',
      '/rooms/{rooms_id}/messages',
      '/rooms/{rooms_id}/messages/{messages_id}',
      '/rooms/{rooms_id}/messages/{messages_id}/body',
    ]);
    const list = channels['/rooms/{rooms_id}/messages'];
    expect(list?.subscribe.message).toStrictEqual({
      name: 'messages',
      contentType: 'application/json',
      payload: { type: 'array', items: { $ref: '#/components/schemas/messages' } },
    });
    expect(list?.subscribe.description).toBe('List messages');
    expect(list?.subscribe.tags).toStrictEqual([{ name: 'messages' }]);
    expect(channels['/rooms/{rooms_id}/messages/{messages_id}/body']?.subscribe.description).toBe('One messages');
    expect(channels['/rooms/{rooms_id}/messages/{messages_id}/body']?.subscribe.message.payload).toStrictEqual({
      $ref: '#/components/schemas/messages/properties/body',
    });
    expect(origins.get('/components/schemas/messages')?.path).toEqual([
      'schema',
      'items',
      'properties',
      'messages',
      'schema',
      'items',
    ]);
    expect(origins.get('/channels/~1rooms~1{rooms_id}~1messages')?.path).toEqual([
      'schema',
      'items',
      'properties',
      'messages',
      'schema',
    ]);
  });

  it('follows the parent flags, and nests to any depth with keys accumulating', async () => {
    const deep = sub('b', { items: { type: 'object', properties: { c: sub('c') } } });
    const { channels } = await generate(parent({ b: deep }, { instances: true, instance_attrs: true }, 'a'));
    expect(Object.keys(channels)).toEqual([
      '/a/{a_id}',
      '/a/{a_id}/b/{b_id}',
      '/a/{a_id}/b/{b_id}/c/{c_id}',
      '/a/{a_id}/b/{b_id}/c/{c_id}/body',
    ]);
    expect(Object.keys(channels['/a/{a_id}/b/{b_id}/c/{c_id}/body']?.parameters ?? {})).toEqual([
      'a_id',
      'b_id',
      'c_id',
    ]);
  });

  it('without instance_attrs a sub-resource adds neither component nor channels', async () => {
    const { channels, schemas } = await generate(
      parent({ messages: sub('messages') }, { resources: true, instances: true }),
    );
    expect(Object.keys(schemas)).toEqual(['rooms']);
    expect(Object.keys(channels)).toEqual(['/rooms', '/rooms/{rooms_id}']);
  });

  it('defect 9: sub-resource as the first property with only instance_attrs still gets its channels', async () => {
    const { channels } = await generate(
      parent({ messages: sub('messages'), topic: { type: 'string' } }, { instance_attrs: true }),
    );
    expect(Object.keys(channels)).toEqual(['/rooms/{rooms_id}/messages/{messages_id}/body', '/rooms/{rooms_id}/topic']);
  });

  it('a sub-resource whose methods lack get: component, no channels', async () => {
    const { channels, schemas } = await generate(parent({ typing: sub('typing', { methods: ['post'] }) }));
    expect(Object.keys(schemas)).toEqual(['rooms', 'typing']);
    expect(Object.keys(channels)).toEqual(['/rooms', '/rooms/{rooms_id}']);
  });

  it('a parent whose methods lack get reaches no sub-resource', async () => {
    const data = parent({ messages: sub('messages') });
    (data.schema as Data).methods = ['post'];
    expect(Object.keys((await generate(data)).schemas)).toEqual(['rooms']);
  });

  it('a sub-resource property with expose: false is skipped entirely', async () => {
    const { channels, schemas } = await generate(
      parent({ messages: { ...sub('messages'), expose: false } }, { instance_attrs: true }),
    );
    expect(Object.keys(schemas)).toEqual(['rooms']);
    expect(channels).toStrictEqual({});
  });

  it('the same sub-resource under two parents: one component, channels under both', async () => {
    const { channels, schemas, origins } = await generate(
      parent({ notes: sub('notes') }, ALL, 'a'),
      parent({ notes: sub('notes') }, ALL, 'b'),
    );
    expect(Object.keys(schemas)).toEqual(['a', 'notes', 'b']);
    expect(channels).toHaveProperty(['/a/{a_id}/notes/{notes_id}']);
    expect(channels).toHaveProperty(['/b/{b_id}/notes/{notes_id}']);
    expect(origins.get('/components/schemas/notes')?.file).toBe('a.yaml');
  });
});

describe('naming conflicts (defect 10) and other bad input', () => {
  it('two resources with the same kind: InputError naming both files', () => {
    const err = generateError(input(resource('book'), 'one.yaml'), input(resource('book'), 'two.yaml'));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: 'two.yaml', pointer: '/kind' });
    expect(err.message).toContain('one.yaml');
  });

  it('a sub-resource named like another resource`s kind, in either order: InputError naming both files', () => {
    const withSub = input(
      resource(
        'rooms',
        {},
        {
          items: {
            type: 'object',
            properties: { person: { schema: { type: 'array', key: { name: 'p' }, items: { type: 'object' } } } },
          },
        },
      ),
      'rooms.yaml',
    );
    const person = input(resource('person'), 'person.yaml');
    for (const order of [
      [withSub, person],
      [person, withSub],
    ]) {
      const err = generateError(...order);
      expect(err.message).toContain('rooms.yaml');
      expect(err.message).toContain('person.yaml');
      expect(err.message).toMatch(/"person"/);
    }
  });

  it('two different sub-resources of the same name: InputError naming both files', () => {
    const mk = (kind: string, body: Data) =>
      input(
        resource(
          kind,
          {},
          {
            items: {
              type: 'object',
              properties: { notes: { schema: { type: 'array', key: { name: 'n' }, items: body } } },
            },
          },
        ),
        `${kind}.yaml`,
      );
    const err = generateError(mk('a', { type: 'object' }), mk('b', { type: 'string' }));
    expect(err.problems[0]?.file).toBe('b.yaml');
    expect(err.message).toContain('a.yaml');
  });

  it('reports every naming conflict at once', () => {
    const err = generateError(
      input(resource('x'), '1.yaml'),
      input(resource('x'), '2.yaml'),
      input(resource('y'), '3.yaml'),
      input(resource('y'), '4.yaml'),
    );
    expect(err.problems.map((p) => p.file)).toEqual(['2.yaml', '4.yaml']);
  });

  it('two channels with one operationId (`/a_x` and `/a/{x}`): InputError naming both', () => {
    const err = generateError(
      resource('a_x', { asyncapi: { channels: { resources: true } } }),
      resource('a', { asyncapi: { channels: { instances: true } } }, { key: { name: 'x' } }),
    );
    expect(err.message).toContain('/a/{x}');
    expect(err.message).toContain('/a_x');
  });

  it('names that cannot be channel segments or parameters are refused with their place', () => {
    const spaced = resource('a', {}, { items: { type: 'object', properties: { 'two words': { type: 'string' } } } });
    expect(generateError(spaced).problems[0]).toMatchObject({
      file: 'a.yaml',
      pointer: '/schema/items/properties/two words',
    });
    expect(generateError(resource('a/b')).problems[0]?.pointer).toBe('/kind');
    expect(generateError(resource('a', {}, { key: { name: 'a-id' } })).problems[0]?.pointer).toBe('/schema/key/name');
    // ... but only where they become part of a path: without instance_attrs the property is just schema.
    expect(() =>
      generateAsyncApi([input({ ...spaced, asyncapi: { channels: { instances: true } } })], INFO),
    ).not.toThrow();
  });

  it('a key name repeated by a nested resource is refused (the path would hold {id} twice)', () => {
    const data = resource(
      'a',
      {},
      {
        key: { name: 'id' },
        items: {
          type: 'object',
          properties: { b: { schema: { type: 'array', key: { name: 'id' }, items: { type: 'object' } } } },
        },
      },
    );
    expect(generateError(data).problems[0]?.pointer).toBe('/schema/items/properties/b/schema/key/name');
  });

  it('instance channels without a key, and structural type errors, are InputErrors with a pointer', () => {
    const noKey = resource('a');
    delete (noKey.schema as Data).key;
    expect(generateError(noKey).problems[0]?.pointer).toBe('/schema/key');
    expect(generateError({ kind: 'a', schema: { items: 'x' } }).problems[0]?.pointer).toBe('/schema/items');
    expect(generateError({ schema: { items: {} } }).problems[0]?.pointer).toBe('/kind');
    expect(generateError(resource('a', {}, { query_params: { not: 'a list' } })).problems[0]?.pointer).toBe(
      '/schema/query_params',
    );
    expect(generateError(resource('a', {}, { query_params: [{ description: 'no name' }] })).problems[0]?.pointer).toBe(
      '/schema/query_params/0',
    );
    expect(generateError(resource('a', {}, { descriptions: { get: 42 } })).problems[0]?.pointer).toBe(
      '/schema/descriptions/get',
    );
  });

  it('circular data (a self-referencing $ref left unresolved by a careless loader) is an InputError, not a hang', () => {
    const items: Data = { type: 'object', properties: {} };
    (items.properties as Data).self = items;
    const err = generateError({ kind: 'loop', schema: { items } });
    expect(err.message).toMatch(/circular/);
    expect(err.problems[0]?.pointer).toBe('/schema/items/properties/self');
  });
});

describe('hostile names and escaping', () => {
  it('`__proto__` as a property or server name stays data and pollutes nothing', async () => {
    const data = JSON.parse(
      '{"kind":"a","asyncapi":{"servers":{"__proto__":{"url":"ws://x","protocol":"ws"}},"channels":{"instances":true}},' +
        '"schema":{"key":{"name":"a_id"},"items":{"type":"object","properties":{"__proto__":{"type":"string"}}}}}',
    ) as Data;
    // Not shown to @asyncapi/parser: it reads such a key as a prototype and then misjudges the schema.
    const { document } = generateAsyncApi([input(data)], INFO);
    const schemas = (document.components as { schemas: Data }).schemas;
    expect(Object.keys((schemas.a as { properties: Data }).properties)).toEqual(['__proto__']);
    expect(Object.keys(document.servers as Data)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(document.servers)).toBe(Object.prototype);
    expect(({} as Data).url).toBeUndefined();
  });

  it('a property name that needs escaping in a $ref is escaped (RFC 6901 and URI fragment)', async () => {
    const data = resource(
      'a',
      { asyncapi: { channels: { instance_attrs: true } } },
      {
        items: { type: 'object', properties: { 'a~b': { type: 'string' }, 'é:x': { type: 'string' } } },
      },
    );
    const { channels } = await generate(data);
    expect(channels['/a/{a_id}/a~b']?.subscribe.message.payload).toStrictEqual({
      $ref: '#/components/schemas/a/properties/a~0b',
    });
    expect(channels['/a/{a_id}/é:x']?.subscribe.message.payload).toStrictEqual({
      $ref: '#/components/schemas/a/properties/%C3%A9:x',
    });
  });

  it('descriptions with YAML-significant text are kept verbatim', async () => {
    const text = 'Key: value # not a comment\n*bold* & !tag';
    const data = resource('a', { asyncapi: { channels: { resources: true } } }, { descriptions: { get: text } });
    expect((await generate(data)).channels['/a']?.subscribe.description).toBe(text);
  });
});

describe('purity', () => {
  it('does not mutate its input, and the output shares no object with the input or within itself', async () => {
    const data = resource(
      'rooms',
      {
        default_query_params: [{ name: 'limit', description: 'L', schema: { type: 'integer' } }],
        asyncapi: { servers: { s: { url: 'ws://x', protocol: 'ws' } }, channels: ALL },
      },
      {
        query_params: [{ name: 'q', description: 'Q', schema: { type: 'string' } }],
        items: {
          type: 'object',
          properties: {
            t: { type: 'string' },
            m: {
              schema: {
                type: 'array',
                key: { name: 'm_id', schema: { type: 'string' } },
                items: { type: 'object', properties: { x: { type: 'string' } } },
              },
            },
          },
        },
      },
    );
    const before = structuredClone(data);
    const frozen = deepFreeze(data);
    const spec = generateAsyncApi([input(frozen)], INFO);
    expect(data).toStrictEqual(before);

    const inputObjects = new Set<object>();
    collectObjects(data, inputObjects, true);
    const seen = new Set<object>();
    collectObjects(spec.document, seen, false, (o) => expect(inputObjects.has(o)).toBe(false));
  });

  it('is deterministic: same input, same document and origins', () => {
    const a = generateAsyncApi([input(resource('x')), input(resource('y'))], INFO);
    const b = generateAsyncApi([input(resource('x')), input(resource('y'))], INFO);
    expect(JSON.stringify([a.document, [...a.origins]])).toBe(JSON.stringify([b.document, [...b.origins]]));
  });
});

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** Collects every object; with `allowShared` false, fails on any object reached twice. */
function collectObjects(v: unknown, seen: Set<object>, allowShared: boolean, each?: (o: object) => void): void {
  if (!v || typeof v !== 'object') return;
  if (seen.has(v)) {
    if (!allowShared) throw new Error('an object appears twice in the output');
    return;
  }
  seen.add(v);
  each?.(v);
  for (const x of Object.values(v)) collectObjects(x, seen, allowShared, each);
}
