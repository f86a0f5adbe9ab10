/**
 * The OpenAPI generator (docs/openapi-generation.md): the mapping, one test per firestone defect it
 * fixes (OA-1…OA-21) and one per refusal. Every resource here is written for the test. Every
 * document generated in this file is checked at the end by two OpenAPI validators.
 */
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InputError } from '../../src/errors';
import { generateOpenApi, type OpenApiOptions } from '../../src/generate/openapi';
import type { ResourceInput } from '../../src/generate/shared';
import { serializeSpec } from '../../src/generate/serialize';
import { loadResources } from '../../src/resource/load';
import { validateResources } from '../../src/resource/schema';
import type { GeneratedSpec, LoadedResource } from '../../src/types';
import { inputError } from '../helpers/errors';
import { openApiErrors } from '../helpers/openapi-valid';
import { cleanupTempDirs, workspace } from '../helpers/temp';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const INFO = { title: 'T', description: 'D', version: '1.0' };

/** Every document this file generates, validated by the last test. */
const generated: { name: string; document: unknown }[] = [];

afterAll(cleanupTempDirs);

/** A resource `kind` with key `<singular>_id` and two plain properties; `top` and `schema` merged in. */
function resource(kind: string, top: Data = {}, schema: Data = {}): Data {
  return {
    kind,
    schema: {
      type: 'array',
      key: { name: 'id', schema: { type: 'string' } },
      items: { type: 'object', properties: { title: { type: 'string' }, size: { type: 'integer' } } },
      ...schema,
    },
    ...top,
  };
}

const input = (data: Data, file = `${String(data.kind)}.yaml`): ResourceInput => ({ file, data });
const asInputs = (list: (Data | ResourceInput)[]): ResourceInput[] =>
  list.map((d) => (typeof d.file === 'string' && 'data' in d ? (d as ResourceInput) : input(d as Data)));

/** Generates, checks that every origin resolves on both sides, keeps the document for validation. */
function generate(list: (Data | ResourceInput)[], options: OpenApiOptions = {}): Data {
  const inputs = asInputs(list);
  const spec = generateOpenApi(inputs, INFO, options);
  expectOriginsResolve(spec, inputs);
  generated.push({ name: expect.getState().currentTestName ?? '?', document: spec.document });
  return spec.document as Data;
}

const generateError = (list: (Data | ResourceInput)[], options: OpenApiOptions = {}): InputError =>
  inputError(() => generateOpenApi(asInputs(list), INFO, options));

/** Resource files written to a temp workspace and loaded as the CLI loads them (lines known). */
function load(files: Record<string, string>, order = Object.keys(files)): LoadedResource[] {
  const dir = workspace('openapi-', files);
  const resources = loadResources(dir, order);
  validateResources(resources);
  return resources;
}

function nodeAt(root: unknown, segments: readonly (string | number)[]): { found: boolean; value: unknown } {
  let cur = root;
  for (const seg of segments) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, seg)) return { found: false, value: undefined };
    cur = (cur as Record<string, unknown>)[seg];
  }
  return { found: true, value: cur };
}

function expectOriginsResolve(spec: GeneratedSpec, inputs: readonly ResourceInput[]): void {
  for (const [pointer, origin] of spec.origins) {
    const source = inputs.find((r) => r.file === origin.file);
    expect(source, pointer).toBeDefined();
    expect(nodeAt(source?.data, origin.path).found, `${pointer} → ${origin.path.join('/')}`).toBe(true);
    const segments = pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    expect(nodeAt(spec.document, segments).found, `${pointer} is in the document`).toBe(true);
  }
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });

describe('the document', () => {
  it('a resource without methods: the collection path with five operations, nothing else', () => {
    const doc = generate([resource('things')]);
    expect(Object.keys(doc)).toEqual(['openapi', 'info', 'components', 'paths']);
    expect(doc.openapi).toBe('3.0.0');
    expect(doc.info).toEqual({ title: 'T', description: 'D', version: '1.0' });
    expect(Object.keys(doc.paths)).toEqual(['/things']);
    expect(Object.keys(doc.paths['/things'])).toEqual(['delete', 'get', 'head', 'patch', 'post']);
    expect(Object.keys(doc.components)).toEqual(['schemas']);
    expect(doc.paths['/things'].get).toEqual({
      description: 'get operation for /things',
      operationId: 'things_get',
      parameters: [],
      responses: { '200': { content: json({ type: 'array', items: ref('thing') }), description: 'Response for OK' } },
      tags: ['things'],
    });
    expect(doc.paths['/things'].head.responses).toEqual({ default: { description: 'Default HEAD response' } });
    expect(doc.paths['/things'].delete.responses['200'].content).toEqual(json(ref('thing')));
    expect(doc.paths['/things'].patch.responses['200'].content).toEqual(json(ref('thing')));
    expect(doc.paths['/things'].patch.requestBody).toBeUndefined();
    expect(doc.paths['/things'].post.requestBody).toEqual({
      content: json(ref('CreateThing')),
      description: 'The request body for /things',
      required: true,
    });
    expect(doc.paths['/things'].post.responses).toEqual({
      '201': { content: json(ref('CreateThing')), description: 'Response for CREATED' },
    });
  });

  it('the three levels from methods, with the descriptions of the top-level resource', () => {
    const doc = generate([
      resource('boxes', {
        methods: { resource: ['get', 'options'], instance: ['get', 'put'], instance_attrs: ['get', 'put'] },
        descriptions: { resource: { get: 'List boxes' }, instance: { get: 'One box', put: '' } },
      }),
    ]);
    expect(Object.keys(doc.paths)).toEqual(['/boxes', '/boxes/{id}', '/boxes/{id}/title', '/boxes/{id}/size']);
    expect(Object.keys(doc.paths['/boxes'])).toEqual(['get']);
    expect(doc.paths['/boxes'].get.description).toBe('List boxes');
    expect(doc.paths['/boxes/{id}'].get.description).toBe('One box');
    // An empty description falls back to the default text, as in firestone.
    expect(doc.paths['/boxes/{id}'].put.description).toBe('put operation for /boxes/{id}');
    expect(doc.paths['/boxes/{id}'].put.requestBody.content).toEqual(json(ref('UpdateBoxe')));
    expect(doc.paths['/boxes/{id}/title'].get).toEqual({
      description: 'get operation for /boxes/{id}/title',
      operationId: 'boxes_id_title_get',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { content: json({ type: 'string' }), description: 'Response for OK' } },
      tags: ['boxes'],
    });
    expect(doc.paths['/boxes/{id}/size'].put.requestBody.content).toEqual(json({ type: 'integer' }));
    expect(Object.keys(doc.components.schemas)).toEqual(['boxe', 'UpdateBoxe']);
  });

  it('an attribute list naming none of delete/get/head/put gives empty attribute paths', () => {
    const doc = generate([resource('boxes', { methods: { instance_attrs: ['post'] } })]);
    expect(doc.paths['/boxes/{id}/title']).toEqual({});
    expect(doc.paths['/boxes/{id}']).toBeUndefined();
  });

  it('an attribute with items and a non-array type answers with its items; without a type, as written', () => {
    const doc = generate([
      resource(
        'boxes',
        { methods: { instance_attrs: ['get'] } },
        {
          items: {
            properties: {
              odd: { type: 'object', items: { type: 'string' } },
              bare: { description: 'no type' },
            },
          },
        },
      ),
    ]);
    expect(doc.paths['/boxes/{id}/odd'].get.responses['200'].content).toEqual(json({ type: 'string' }));
    expect(doc.paths['/boxes/{id}/bare'].get.responses['200'].content).toEqual(json({ description: 'no type' }));
  });

  it('versionInPath puts /v<apiVersion> in front, v included (apiVersion v1 gives /vv1)', () => {
    const doc = generate([resource('pets', { apiVersion: 'v1', versionInPath: true })]);
    expect(Object.keys(doc.paths)).toEqual(['/vv1/pets']);
    expect(doc.paths['/vv1/pets'].get.operationId).toBe('vv1_pets_get');
  });

  it('--prefix gives one server', () => {
    const doc = generate([resource('things')], { prefix: 'https://api.example.com/base' });
    expect(doc.servers).toEqual([{ url: 'https://api.example.com/base' }]);
  });

  it('query parameters of the resource, then path parameters, then defaults on collection operations only', () => {
    const doc = generate([
      resource(
        'books',
        {
          methods: { resource: ['get', 'post'], instance: ['get'], instance_attrs: ['get'] },
          default_query_params: [{ name: 'limit', schema: { type: 'integer' } }],
        },
        {
          query_params: [
            { name: 'genre', methods: ['get'] },
            { name: 'notify', required: true, schema: { type: 'boolean' }, methods: ['post'] },
          ],
        },
      ),
    ]);
    const names = (op: Data) => op.parameters.map((p: Data) => `${p.in}:${p.name}`);
    expect(names(doc.paths['/books'].get)).toEqual(['query:genre', 'query:limit']);
    expect(names(doc.paths['/books'].post)).toEqual(['query:notify', 'query:limit']);
    expect(doc.paths['/books'].post.parameters[0]).toEqual({
      name: 'notify',
      in: 'query',
      required: true,
      schema: { type: 'boolean' },
    });
    expect(names(doc.paths['/books/{id}'].get)).toEqual(['query:genre', 'path:id']);
    expect(names(doc.paths['/books/{id}/title'].get)).toEqual(['query:genre', 'path:id']);
  });

  it('with defaults, the list is de-duplicated by name: a default shows only where the same-named parameter did not pass its filter', () => {
    const doc = generate([
      resource(
        'books',
        { methods: { resource: ['get', 'post'] }, default_query_params: [{ name: 'q', description: 'default' }] },
        { query_params: [{ name: 'q', description: 'own', methods: ['get'] }] },
      ),
    ]);
    expect(doc.paths['/books'].get.parameters).toEqual([
      { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'own' },
    ]);
    expect(doc.paths['/books'].post.parameters).toEqual([
      { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'default' },
    ]);
  });

  it('components: singular(kind) without required, Create with it, Update; Cap lower-cases the rest', () => {
    const doc = generate([
      resource(
        'postal_codes',
        { methods: { resource: ['post'], instance: ['put'] } },
        { items: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] } },
      ),
    ]);
    expect(doc.components.schemas).toEqual({
      postal_code: { type: 'object', properties: { code: { type: 'string' } } },
      CreatePostal_code: { allOf: [ref('postal_code'), { type: 'object', required: ['code'] }] },
      UpdatePostal_code: { allOf: [ref('postal_code'), { type: 'object' }] },
    });
  });
});

describe('sub-resources', () => {
  /** A garden with beds (a sub-resource with its own methods, key and query), beds with plants. */
  function garden(attrMethods: string[], bedMethods?: Data): Data {
    return resource(
      'gardens',
      {
        methods: { resource: ['get'], instance_attrs: attrMethods },
        default_query_params: [{ name: 'limit', schema: { type: 'integer' } }],
        security: { scheme: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } }, resource: ['post'] },
      },
      {
        key: { name: 'garden_id', description: 'The garden' },
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            beds: {
              description: 'Beds of the garden',
              schema: {
                type: 'array',
                ...(bedMethods ? { methods: bedMethods } : {}),
                key: { name: 'bed_id', schema: { type: 'integer' } },
                query_params: [{ name: 'crop', methods: ['get'] }],
                descriptions: { get: 'not used' },
                items: {
                  type: 'object',
                  required: ['size'],
                  properties: {
                    size: { type: 'integer' },
                    plants: {
                      schema: {
                        type: 'array',
                        key: { name: 'plant_id' },
                        items: { type: 'object', properties: { kind: { type: 'string' } } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    );
  }

  it('walked: its collection path with its own methods, keys accumulated, its query, the top-level defaults, security and tag', () => {
    const doc = generate([
      garden(['get'], { resource: ['get', 'post'], instance: ['get', 'put'], instance_attrs: ['get'] }),
    ]);
    expect(Object.keys(doc.paths)).toEqual([
      '/gardens',
      '/gardens/{garden_id}/name',
      '/gardens/{garden_id}/beds',
      '/gardens/{garden_id}/beds/{bed_id}',
      '/gardens/{garden_id}/beds/{bed_id}/size',
      '/gardens/{garden_id}/beds/{bed_id}/plants',
    ]);
    const beds = doc.paths['/gardens/{garden_id}/beds'];
    expect(beds.get).toEqual({
      description: 'get operation for /gardens/{garden_id}/beds',
      operationId: 'gardens_garden_id_beds_get',
      parameters: [
        { name: 'crop', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'garden_id', in: 'path', required: true, schema: { type: 'string' }, description: 'The garden' },
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer' } },
      ],
      responses: { '200': { content: json({ type: 'array', items: ref('bed') }), description: 'Response for OK' } },
      tags: ['gardens'],
    });
    // The top-level security lists, by level: post is secured at the resource level.
    expect(beds.post.security).toEqual([{ key: [] }]);
    expect(beds.post.requestBody.content).toEqual(json(ref('CreateBed')));
    const bed = doc.paths['/gardens/{garden_id}/beds/{bed_id}'];
    expect(bed.get.parameters.map((p: Data) => p.name)).toEqual(['crop', 'garden_id', 'bed_id']);
    expect(bed.put.requestBody.content).toEqual(json(ref('UpdateBed')));
    // plants has no methods of its own: its collection path with five operations.
    expect(Object.keys(doc.paths['/gardens/{garden_id}/beds/{bed_id}/plants'])).toEqual([
      'delete',
      'get',
      'head',
      'patch',
      'post',
    ]);
    expect(doc.components.schemas).toEqual({
      garden: { type: 'object', properties: { name: { type: 'string' }, beds: ref('beds') } },
      beds: { type: 'object', required: ['size'], properties: { size: { type: 'integer' }, plants: ref('plants') } },
      plants: { type: 'object', properties: { kind: { type: 'string' } } },
      bed: { type: 'object', properties: { size: { type: 'integer' }, plants: ref('plants') } },
      CreateBed: { allOf: [ref('bed'), { type: 'object', required: ['size'] }] },
      UpdateBed: { allOf: [ref('bed'), { type: 'object' }] },
      plant: { type: 'object', properties: { kind: { type: 'string' } } },
      CreatePlant: { allOf: [ref('plant'), { type: 'object' }] },
    });
  });

  it('not walked: only its <name> component, referenced from the parent', () => {
    const doc = generate([garden([], [] as never)]);
    expect(Object.keys(doc.paths)).toEqual(['/gardens']);
    expect(Object.keys(doc.components.schemas).sort()).toEqual(['beds', 'garden', 'plants']);
  });

  it('a list-valued methods (the AsyncAPI form) is fine where OpenAPI never walks it', () => {
    const doc = generate([garden(['post'], ['get'] as never)]);
    expect(doc.paths['/gardens/{garden_id}/beds']).toEqual({});
  });
});

describe("firestone's defects, fixed", () => {
  it('OA-1: a model exists exactly when an operation refers to it', () => {
    // Without methods firestone's POST refers to a CreateThing it never writes.
    const all = generate([resource('things')]);
    expect(Object.keys(all.components.schemas)).toEqual(['thing', 'CreateThing']);
    const getOnly = generate([resource('things', { methods: { resource: ['get'], instance: ['get'] } })]);
    expect(Object.keys(getOnly.components.schemas)).toEqual(['thing']);
    // A sub-resource's models follow its own methods, not its parent's.
    const sub = generate([
      resource(
        'shops',
        { methods: { resource: ['post'], instance: ['put'], instance_attrs: ['get'] } },
        {
          items: {
            properties: {
              shelves: {
                schema: {
                  type: 'array',
                  key: { name: 'shelf_id' },
                  methods: { resource: ['get'] },
                  items: { type: 'object' },
                },
              },
            },
          },
        },
      ),
    ]);
    expect(Object.keys(sub.components.schemas).sort()).toEqual([
      'CreateShop',
      'UpdateShop',
      'shelve',
      'shelves',
      'shop',
    ]);
  });

  it('OA-2: firestone keywords never reach a component; a sub-resource is a $ref', () => {
    const doc = generate([
      resource(
        'notes',
        { methods: { resource: ['get'] } },
        {
          items: {
            type: 'object',
            descriptions: { get: 'one note' },
            properties: {
              id: { expose: false, description: 'The id', schema: { type: 'string', format: 'uuid' } },
              body: { type: 'string', expose: true, methods: ['get'], query_params: [], key: { name: 'x' } },
              tags: {
                description: 'written',
                schema: { type: 'array', key: { name: 'tag' }, items: { type: 'string', description: 'a tag' } },
              },
            },
          },
        },
      ),
    ]);
    expect(doc.components.schemas.note).toEqual({
      type: 'object',
      properties: {
        id: { description: 'The id', type: 'string', format: 'uuid' },
        body: { type: 'string' },
        tags: ref('tags'),
      },
    });
    expect(doc.components.schemas.tags).toEqual({ type: 'string', description: 'a tag' });
  });

  it('OA-2: a property whose own keys repeat its schema wrapper keeps its own', () => {
    const doc = generate([
      resource(
        'notes',
        {},
        { items: { properties: { id: { description: 'own', schema: { description: 'wrapped' } } } } },
      ),
    ]);
    expect(doc.components.schemas.note.properties.id).toEqual({ description: 'own' });
  });

  it('OA-3: a path parameter has the key schema and description', () => {
    const doc = generate([
      resource(
        'pets',
        { methods: { instance: ['get'] } },
        { key: { name: 'pet_id', description: 'The pet', schema: { type: 'integer', minimum: 1 } } },
      ),
    ]);
    expect(doc.paths['/pets/{pet_id}'].get.parameters).toEqual([
      { name: 'pet_id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: 'The pet' },
    ]);
  });

  it('OA-4: a key is a parameter only where its {name} is in the path, not where its name is a substring', () => {
    const doc = generate([resource('ideas', { methods: { instance: ['get'] } }, { key: { name: 'id' } })]);
    expect(doc.paths['/ideas'].get.parameters).toEqual([]);
    expect(doc.paths['/ideas/{id}'].get.parameters.map((p: Data) => p.name)).toEqual(['id']);
  });

  it('OA-5: a query parameter without description has no description key', () => {
    const doc = generate([resource('things', {}, { query_params: [{ name: 'q' }] })]);
    expect(doc.paths['/things'].get.parameters[0]).toEqual({
      name: 'q',
      in: 'query',
      required: false,
      schema: { type: 'string' },
    });
  });

  it('OA-6: a default goes into the parameter schema', () => {
    const doc = generate([
      resource('things', {}, { query_params: [{ name: 'n', default: 10, schema: { type: 'integer' } }] }),
    ]);
    expect(doc.paths['/things'].get.parameters[0]).toEqual({
      name: 'n',
      in: 'query',
      required: false,
      schema: { type: 'integer', default: 10 },
    });
  });

  it('OA-7: default_query_params are normalised like query_params: in, required, methods applied and dropped', () => {
    const doc = generate([
      resource('things', {
        default_query_params: [
          { name: 'page', in: 'header', methods: ['get'], example: 3, schema: { type: 'integer' } },
          { name: 'trace', required: true },
        ],
      }),
    ]);
    expect(doc.paths['/things'].get.parameters).toEqual([
      { name: 'page', in: 'query', required: false, schema: { type: 'integer' } },
      { name: 'trace', in: 'query', required: true, schema: { type: 'string' } },
    ]);
    expect(doc.paths['/things'].post.parameters.map((p: Data) => p.name)).toEqual(['trace']);
  });

  it('OA-8: every scheme is an alternative; the schemes of all files are merged', () => {
    const bearer = { type: 'http', scheme: 'bearer' };
    const doc = generate([
      resource('locks', {
        methods: { resource: ['get', 'post'] },
        security: { scheme: { api_key: { type: 'apiKey', in: 'header', name: 'K' }, bearer }, resource: ['post'] },
      }),
      resource('keys', {
        methods: { resource: ['get'] },
        security: { scheme: { bearer, oauth: bearer }, resource: ['get'] },
      }),
    ]);
    expect(doc.paths['/locks'].post.security).toEqual([{ api_key: [] }, { bearer: [] }]);
    expect(doc.paths['/locks'].get.security).toBeUndefined();
    expect(doc.paths['/keys'].get.security).toEqual([{ bearer: [] }, { oauth: [] }]);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['api_key', 'bearer', 'oauth']);
  });

  it('OA-8: a scheme without any level list secures nothing, with a warning', () => {
    const warnings: string[] = [];
    const doc = generateOpenApi(
      [input(resource('locks', { security: { scheme: { bearer: { type: 'http', scheme: 'bearer' } } } }))],
      INFO,
      { warn: (w) => warnings.push(w) },
    ).document as Data;
    generated.push({ name: 'OA-8 warning', document: doc });
    expect(doc.paths['/locks'].post.security).toBeUndefined();
    expect(doc.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
    expect(warnings).toEqual([
      expect.stringMatching(/^locks\.yaml \(at \/security\/scheme\): .*no operation is secured/),
    ]);
  });

  it('OA-9: missing types (resource schema, items, attribute with items) do not crash', () => {
    const data = resource(
      'things',
      { methods: { instance_attrs: ['get'] } },
      { items: { properties: { list: { items: { type: 'string' } } } } },
    );
    delete data.schema.type;
    const doc = generate([data]);
    expect(doc.components.schemas.thing).toEqual({ properties: { list: { items: { type: 'string' } } } });
    expect(doc.paths['/things/{id}/list'].get.responses['200'].content).toEqual(json({ items: { type: 'string' } }));
    // The resource schema lets a missing `type` through, as firestone's does.
    const loaded = load({ 'bare.yaml': 'kind: bare\nschema:\n  key: {name: id}\n  items: {properties: {a: {}}}\n' });
    expect(generate(loaded).components.schemas.bare).toEqual({ properties: { a: {} } });
  });

  it('OA-10: a walked sub-resource with list-valued methods is refused at its methods line', () => {
    const [room] = load({
      'rooms.yaml': [
        'kind: rooms',
        'methods: {instance_attrs: [get]}',
        'schema:',
        '  type: array',
        '  key: {name: room_id}',
        '  items:',
        '    properties:',
        '      typing:',
        '        schema:',
        '          type: array',
        '          methods: [post]',
        '          key: {name: user_id}',
        '          items: {type: object}',
        '',
      ].join('\n'),
    });
    const err = generateError([room as LoadedResource]);
    expect(err.message).toBe(
      "rooms.yaml:11:11: sub-resource 'typing': schema.methods must map resource/instance/instance_attrs to method lists for OpenAPI (at /schema/items/properties/typing/schema/methods)",
    );
  });

  it('OA-11: a relative file $ref from a JSON resource works as from YAML', () => {
    const resources = load(
      {
        'shared/thing.json': JSON.stringify({ type: 'object', properties: { a: { type: 'string' } } }),
        'things.json': JSON.stringify({
          kind: 'things',
          schema: { type: 'array', key: { name: 'id' }, items: { $ref: 'shared/thing.json' } },
        }),
      },
      ['things.json'],
    );
    const doc = generate(resources);
    expect(doc.components.schemas.thing).toEqual({ type: 'object', properties: { a: { type: 'string' } } });
  });

  it('OA-12: a $ref-ed property on an attribute path is plain data in the YAML', () => {
    const resources = load(
      {
        'colour.yaml': 'type: string\nenum: [red, blue]\n',
        'cars.yaml': [
          'kind: cars',
          'methods: {instance_attrs: [get, put]}',
          'schema:',
          '  type: array',
          '  key: {name: car_id}',
          '  items:',
          '    type: object',
          '    properties:',
          '      colour: {$ref: "colour.yaml"}',
          '',
        ].join('\n'),
      },
      ['cars.yaml'],
    );
    const text = serializeSpec(generate(resources), 'yaml');
    expect(text).not.toMatch(/!!|!python/);
    const doc = YAML.parse(text);
    expect(doc.paths['/cars/{car_id}/colour'].put.requestBody.content).toEqual(
      json({ type: 'string', enum: ['red', 'blue'] }),
    );
  });

  it('OA-13: no YAML anchors or aliases, however often a schema repeats', () => {
    const doc = generate([
      resource('things', {
        methods: { resource: ['get', 'post'], instance: ['get', 'put', 'delete'], instance_attrs: ['get', 'put'] },
        default_query_params: [{ name: 'limit', schema: { type: 'integer' } }],
      }),
    ]);
    const text = serializeSpec(doc, 'yaml');
    expect(text).not.toMatch(/[&*]id\d|: [&*]\w/);
    expect(YAML.parse(text)).toEqual(doc);
  });

  it('OA-14: info values are YAML strings, whatever they look like', () => {
    const info = { title: 'a: b', description: '#1', version: 'yes' };
    const spec = generateOpenApi([input(resource('things'))], info);
    const back = YAML.parse(serializeSpec(spec.document, 'yaml'), { version: '1.1' });
    expect(back.info).toEqual(info);
  });

  it('OA-15: two files producing one component differently are refused, naming both', () => {
    const items = resource('items', {}, { items: { type: 'object', properties: { a: { type: 'string' } } } });
    const item = resource('item', {}, { items: { type: 'object', properties: { b: { type: 'string' } } } });
    const err = generateError([items, item]);
    expect(err.message).toBe(
      "item.yaml: items.yaml (at /schema/items) and item.yaml (at /schema/items) both produce OpenAPI schema 'item' with different definitions (at /schema/items)",
    );
    // A sub-resource named like another resource's component: the same.
    const owner = resource(
      'owners',
      {},
      { items: { properties: { pet: { schema: { type: 'array', key: { name: 'p' }, items: { type: 'integer' } } } } } },
    );
    expect(generateError([owner, resource('pets', { methods: { resource: ['get'] } })]).message).toBe(
      "pets.yaml: owners.yaml (at /schema/items/properties/pet/schema/items) and pets.yaml (at /schema/items) both produce OpenAPI schema 'pet' with different definitions (at /schema/items)",
    );
  });

  it('OA-15: equal components from two files are one', () => {
    const doc = generate([resource('item'), resource('items', { methods: { resource: ['get'] } })]);
    expect(Object.keys(doc.components.schemas)).toEqual(['item', 'CreateItem']);
  });

  it('OA-16: a middle sub-resource is walked once and the input is left as it was', () => {
    const data = resource(
      'a',
      { methods: { instance_attrs: ['delete', 'get', 'head', 'put'] } },
      {
        items: {
          properties: {
            bs: {
              schema: {
                type: 'array',
                key: { name: 'b_id' },
                methods: { instance_attrs: ['get'] },
                items: {
                  properties: {
                    cs: { schema: { type: 'array', key: { name: 'c_id' }, items: { type: 'object' } } },
                  },
                },
              },
            },
          },
        },
      },
    );
    const before = structuredClone(data);
    const once = generate([data]);
    expect(data).toEqual(before);
    const oneMethod = generate([{ ...data, methods: { instance_attrs: ['get'] } }]);
    expect(once.components).toEqual(oneMethod.components);
    expect(Object.keys(once.paths)).toEqual(Object.keys(oneMethod.paths));
    expect(Object.keys(once.paths)).toContain('/a/{id}/bs/{b_id}/cs');
  });

  it('OA-17: two paths with one operationId are refused, naming both', () => {
    const err = generateError([
      resource('v1_pets', { methods: { resource: ['get'] } }),
      resource('pets', { apiVersion: '1', versionInPath: true, methods: { resource: ['get'] } }),
    ]);
    expect(err.message).toContain(
      "v1_pets.yaml (at /schema) and pets.yaml (at /schema) both produce operationId 'v1_pets_get' (/v1_pets, /v1/pets)",
    );
  });

  it('OA-18: a mapping under descriptions (x-responses) is refused where it would be written', () => {
    const text = [
      'kind: orders',
      'descriptions:',
      '  resource:',
      '    post:',
      '      x-responses: {"409": conflict}',
      '  instance:',
      '    get: {unused: mapping}',
      'schema:',
      '  type: array',
      '  key: {name: id}',
      '  items: {type: object}',
      '',
    ].join('\n');
    const err = generateError(load({ 'orders.yaml': text }));
    expect(err.problems).toEqual([
      expect.objectContaining({
        file: 'orders.yaml',
        line: 4,
        message: 'descriptions.resource.post must be a string (x-responses is not supported)',
      }),
    ]);
  });

  it('OA-19: only 3.0.x and 3.1.x; the summary is written in 3.1.x only', () => {
    expect(generateError([resource('t')], { openapi: '2.0' }).message).toBe('openapi 2.0: OpenAPI 3.0.x or 3.1.x only');
    expect(generateError([resource('t')], { openapi: '3.1' }).message).toBe('openapi 3.1: OpenAPI 3.0.x or 3.1.x only');
    const v31 = generate([resource('t')], { openapi: '3.1.0', summary: 'Short' });
    expect(v31.openapi).toBe('3.1.0');
    expect(v31.info).toEqual({ title: 'T', summary: 'Short', description: 'D', version: '1.0' });
    const warnings: string[] = [];
    const v30 = generateOpenApi([input(resource('t'))], INFO, {
      openapi: '3.0.3',
      summary: 'Short',
      warn: (w) => warnings.push(w),
    });
    expect(v30.document.info).toEqual(INFO);
    expect(warnings).toEqual(['--summary is written for OpenAPI 3.1.x only; OpenAPI 3.0.3 has no info.summary']);
  });

  it('OA-20: response codes are strings, in the YAML too', () => {
    const text = serializeSpec(generate([resource('things')]), 'yaml');
    expect(text).toMatch(/^ {8}'200':$/m);
    expect(text).toMatch(/^ {8}'201':$/m);
  });

  it('OA-21: apiVersion is needed only with versionInPath: true', () => {
    expect(generate([resource('things')]).paths['/things']).toBeDefined();
    const err = generateError([resource('things', { versionInPath: true })]);
    expect(err.message).toBe('things.yaml: `versionInPath: true` needs an `apiVersion` (a string) (at /versionInPath)');
  });
});

describe('refused input names the file and line (both files for a clash)', () => {
  const text = (kind: string, extra: string[] = []) =>
    [`kind: ${kind}`, ...extra, 'schema:', '  type: array', '  key: {name: id}', '  items: {type: object}', ''].join(
      '\n',
    );

  it('the same path from two files', () => {
    const files = {
      'a.yaml': text('things'),
      'b.yaml': text('things', ['methods: {resource: [get]}']),
    };
    const err = generateError(load(files));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: 'b.yaml', line: 3 });
    expect(err.problems[0]?.message).toBe('a.yaml:2:1 and b.yaml:3:1 both produce path /things');
  });

  it('one security scheme defined differently in two files', () => {
    const files = {
      'a.yaml': text('as', ['security:', '  scheme:', '    bearer: {type: http, scheme: bearer}', '  resource: [get]']),
      'b.yaml': text('bs', ['security:', '  scheme:', '    bearer: {type: http, scheme: basic}', '  resource: [get]']),
    };
    const err = generateError(load(files));
    expect(err.problems).toEqual([
      expect.objectContaining({
        file: 'b.yaml',
        line: 4,
        message: "a.yaml:4:5 and b.yaml:4:5 define security scheme 'bearer' differently",
      }),
    ]);
  });

  it('security level lists without a scheme', () => {
    const files = { 'locks.yaml': text('locks', ['security:', '  resource: [post]']) };
    const err = generateError(load(files));
    expect(err.message).toBe(
      "locks.yaml:3:3: security lists methods for 'resource' but declares no scheme (at /security/resource)",
    );
  });

  it('a non-string key or query parameter description', () => {
    const files = {
      'k.yaml': [
        'kind: k',
        'methods: {instance: [get]}',
        'schema:',
        '  type: array',
        '  key: {name: id, description: {a: b}}',
        '  items: {type: object}',
        '',
      ].join('\n'),
    };
    // The resource schema already refuses it when loading; the generator refuses it for other callers.
    const loaded = loadResources(workspace('openapi-', files), ['k.yaml']);
    expect(generateError(loaded).problems).toEqual([
      expect.objectContaining({ file: 'k.yaml', line: 5, message: '`key.description` must be a string' }),
    ]);
    const query = resource('q', {}, { query_params: [{ name: 'x', description: ['a'] }] });
    expect(generateError([query]).message).toBe(
      "q.yaml: query parameter 'x': description must be a string (at /schema/query_params/0/description)",
    );
  });

  it('a top-level methods that is not a level mapping', () => {
    const files = { 'm.yaml': text('m', ['methods: [get, post]']) };
    expect(generateError(load(files)).message).toBe(
      'm.yaml:2:1: `methods` (resource/instance/instance_attrs to method lists) must be a mapping (at /methods)',
    );
  });

  it("the top-level resource's schema.methods (older firestone files) is not OpenAPI's: ignored", () => {
    const doc = generate([resource('old', {}, { methods: ['get'] })]);
    expect(Object.keys(doc.paths['/old'])).toEqual(['delete', 'get', 'head', 'patch', 'post']);
  });

  it('versionInPath without apiVersion: the resource schema error, as for AsyncAPI', () => {
    const files = { 'v.yaml': text('v', ['versionInPath: true']) };
    const dir = workspace('openapi-', files);
    const err = inputError(() => validateResources(loadResources(dir, ['v.yaml'])));
    expect(err.message).toMatch(/^v\.yaml:1:1: apiVersion is required when versionInPath is true/);
  });
});

describe('origins', () => {
  it('components, paths, operations, parameters and descriptions point at the resource lines that made them', () => {
    const source = [
      'kind: books', // 1
      'descriptions:', // 2
      '  resource:', // 3
      '    get: List books', // 4
      'methods:', // 5
      '  resource: [get, post]', // 6
      '  instance_attrs: [get]', // 7
      'security:', // 8
      '  scheme:', // 9
      '    bearer: {type: http, scheme: bearer}', // 10
      '  resource: [post]', // 11
      'schema:', // 12
      '  type: array', // 13
      '  key:', // 14
      '    name: isbn', // 15
      '  query_params:', // 16
      '    - name: author', // 17
      '  items:', // 18
      '    type: object', // 19
      '    properties:', // 20
      '      title: {type: string}', // 21
      '',
    ].join('\n');
    const [books] = load({ 'books.yaml': source });
    const spec = generateOpenApi([books as LoadedResource], INFO);
    generated.push({ name: 'origins', document: spec.document });
    const line = (pointer: string) => {
      const o = spec.origins.get(pointer);
      if (!o) throw new Error(`no origin for ${pointer}`);
      return books?.locate(o.path).line;
    };
    expect(line('/components/schemas/book')).toBe(18);
    expect(line('/components/schemas/book/properties/title')).toBe(21);
    expect(line('/components/securitySchemes/bearer')).toBe(10);
    expect(line('/paths/~1books')).toBe(12);
    expect(line('/paths/~1books/post')).toBe(6);
    expect(line('/paths/~1books/get/description')).toBe(4);
    expect(line('/paths/~1books/get/parameters/0')).toBe(17);
    expect(line('/paths/~1books/post/security')).toBe(11);
    expect(line('/paths/~1books~1{isbn}~1title')).toBe(21);
    expect(line('/paths/~1books~1{isbn}~1title/get/parameters/1')).toBe(14);
  });
});

describe('resource files as written', () => {
  it('a YAML set with a $ref-ed sub-resource from another file, as firestone examples do', () => {
    const resources = load(
      {
        'people.yaml': [
          'kind: people',
          'methods: {resource: [get]}',
          'schema:',
          '  type: array',
          '  key: {name: person_id, schema: {type: string, format: uuid}}',
          '  items:',
          '    type: object',
          '    properties:',
          '      name: {type: string}',
          '',
        ].join('\n'),
        'houses.yaml': [
          'kind: houses',
          'methods: {resource: [get], instance_attrs: [get]}',
          'schema:',
          '  type: array',
          '  key: {name: house_id}',
          '  items:',
          '    type: object',
          '    properties:',
          '      owner:',
          '        schema: {$ref: "people.yaml#/schema"}',
          '',
        ].join('\n'),
      },
      ['houses.yaml', 'people.yaml'],
    );
    const doc = generate(resources);
    expect(Object.keys(doc.paths)).toEqual(['/houses', '/houses/{house_id}/owner', '/people']);
    expect(doc.paths['/houses/{house_id}/owner'].get.responses['200'].content).toEqual(
      json({ type: 'array', items: ref('owner') }),
    );
    expect(doc.components.schemas.owner).toEqual(doc.components.schemas.people);
  });
});

describe('validity', () => {
  it('every document generated in this file is valid for @apidevtools/swagger-parser and @readme/openapi-parser', async () => {
    expect(generated.length).toBeGreaterThan(25);
    for (const { name, document } of generated) {
      expect(await openApiErrors(document), name).toEqual([]);
    }
  });

  it('the validators do catch a broken document (a dangling Create… reference, as firestone writes)', async () => {
    const doc = structuredClone(generated[0]?.document) as Data;
    delete doc.components.schemas.CreateThing;
    expect((await openApiErrors(doc)).length).toBe(2);
  });
});
