/**
 * compareOpenApi (docs/classification.md, "OpenAPI"): every rule outside schemas from its smallest
 * edit, verdicts per direction for schemas, the equivalences that are no change, one entry per
 * change with every operation it reaches, lifecycle with the run's date, and refused inputs.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { compareSpecs } from '../../src/compare/index';
import { compareOpenApi, openApiVersion } from '../../src/compare/openapi/index';
import type { Change, OpenApiLocation } from '../../src/types';
import { clone, type Json } from './helpers';
import {
  baseOpenApi,
  editedOpenApi,
  get,
  ok,
  OPENAPI_CASES,
  openApiFamilyDoc,
  put,
  thingPath,
  withCallback,
  type Doc,
} from './openapi-docs';

const str = { type: 'string' };
const rules = (changes: Change[]): string[] => changes.map((c) => `${c.type} ${c.rule}`);
const compare = (a: Json, b: Json, today = '2024-01-01'): Change[] => compareOpenApi(a, b, { today });

describe('OpenAPI rules outside schemas', () => {
  it.each(Object.entries(OPENAPI_CASES))('the case for %s produces it', (rule, cases) => {
    for (const [before, after, options] of cases ?? [])
      expect(compareOpenApi(before, after, options).map((c) => c.rule)).toContain(rule);
  });

  it('verdicts follow the table', () => {
    const verdict = (rule: string): string | undefined => {
      const [before, after, options] = (OPENAPI_CASES as Record<string, [Json, Json, object?][]>)[rule]![0]!;
      return compareOpenApi(before, after, options).find((c) => c.rule === rule)?.type;
    };
    expect(verdict('path.removed')).toBe('breaking');
    expect(verdict('operation.id.changed')).toBe('warning');
    expect(verdict('operation.id.added')).toBe('non-breaking');
    expect(verdict('parameter.required-added')).toBe('breaking');
    expect(verdict('parameter.dropped')).toBe('warning');
    expect(verdict('response.success-status.added')).toBe('warning');
    expect(verdict('response.status.removed')).toBe('non-breaking');
    expect(verdict('header.removed-optional')).toBe('warning');
    expect(verdict('security.added')).toBe('breaking');
    expect(verdict('security.scope.removed')).toBe('non-breaking');
    expect(verdict('callback.removed')).toBe('breaking');
  });

  it('a parameter whose location changed is one breaking change, not a removal and an addition', () => {
    const [a, b] = OPENAPI_CASES['parameter.serialization.changed']![1]!;
    expect(rules(compare(a, b))).toEqual(['breaking parameter.serialization.changed']);
  });

  it('a whole path added or removed is one entry, not one per operation', () => {
    const [a, b] = OPENAPI_CASES['path.removed']![0]!;
    expect(rules(compare(a, b))).toEqual(['breaking path.removed']);
  });

  it('locations say where: path, method, operationId, direction, in, status, media type', () => {
    const [a, b] = editedOpenApi((d) => (ok(d).content['application/json'].schema = str));
    const found = compare(a, b).find((c) => c.rule === 'response.type.changed');
    expect(found?.message).toBe(
      "The type of the response 200 of GET '/things/{id}' changed from 'object' to 'string' in responses clients receive",
    );
    expect(found?.locations).toEqual([
      {
        path: '/things/{id}',
        method: 'get',
        operation: 'getThing',
        direction: 'client-receives',
        in: 'response',
        status: '200',
        mediaType: 'application/json',
      },
    ]);
  });
});

describe('OpenAPI schemas: the family and direction of the place', () => {
  const required = (dir: 'send' | 'receive', family: 'request' | 'response' | 'header'): Change[] => {
    const schema = { type: 'object', properties: { a: str } };
    return compare(
      openApiFamilyDoc(family, dir, schema),
      openApiFamilyDoc(family, dir, { ...schema, required: ['a'] }),
    );
  };

  it('a property that became required breaks what clients send, not what they receive', () => {
    expect(rules(required('send', 'request'))).toEqual(['breaking request.property.became-required']);
    expect(rules(required('receive', 'response'))).toEqual(['non-breaking response.property.became-required']);
    expect(rules(required('receive', 'header'))).toEqual(['non-breaking header.property.became-required']);
  });

  it('callbacks turn the direction round: their requests are received, their responses sent', () => {
    expect(rules(required('receive', 'request'))).toEqual(['non-breaking request.property.became-required']);
    expect(rules(required('send', 'response'))).toEqual(['breaking response.property.became-required']);
    expect(rules(required('send', 'header'))).toEqual(['breaking header.property.became-required']);
  });

  it('parameter schemas are judged as sent by the client', () => {
    const [a, b] = editedOpenApi((d) => (get(d).parameters[0].schema = { type: 'integer', maximum: 10 }));
    expect(rules(compare(a, b))).toEqual(['breaking parameter.bound.tightened']);
  });

  it('forward compatibility judges the other column', () => {
    const [a, b] = [
      openApiFamilyDoc('request', 'send', { type: 'string', enum: ['a', 'b'] }),
      openApiFamilyDoc('request', 'send', { type: 'string', enum: ['a'] }),
    ];
    expect(rules(compareOpenApi(a, b, { compatibility: 'backward' }))).toEqual(['breaking request.enum.value-removed']);
    expect(rules(compareOpenApi(a, b, { compatibility: 'forward' }))).toEqual([
      'non-breaking request.enum.value-removed',
    ]);
  });

  it('a change in a schema shared by a request and a response is one entry with both places and the worse verdict', () => {
    const [a, b] = editedOpenApi((d) => (d.components.schemas.Thing.required = ['name']));
    const changes = compare(a, b);
    expect(changes).toHaveLength(1);
    const [change] = changes as [Change];
    expect(change.path).toBe('/components/schemas/Thing/properties/name');
    expect(change.type).toBe('breaking');
    expect((change.locations as OpenApiLocation[]).map((l) => `${l.method} ${l.direction}`).sort()).toEqual([
      'get client-receives',
      'put client-sends',
    ]);
  });

  it('readOnly properties travel only to clients, writeOnly ones only from them', () => {
    const flagged = (type: string) => (d: Doc) => {
      d.components.schemas.Thing.properties.id = { type, readOnly: true };
      d.components.schemas.Thing.properties.secret = { type, writeOnly: true };
    };
    const [c, e] = [editedOpenApi(flagged('string'))[1], editedOpenApi(flagged('integer'))[1]];
    const changes = compare(c, e);
    const byName = (name: string): Change | undefined => changes.find((x) => x.path.includes(`/properties/${name}/`));
    expect((byName('id')?.locations as OpenApiLocation[]).map((l) => l.direction)).toEqual(['client-receives']);
    expect((byName('secret')?.locations as OpenApiLocation[]).map((l) => l.direction)).toEqual(['client-sends']);
  });

  it('a property that becomes readOnly leaves what clients send; one that becomes writeOnly leaves what they receive', () => {
    const [a, b] = editedOpenApi(
      (d) => {
        d.components.schemas.Thing.required = ['name'];
        d.components.schemas.Thing.properties.name.writeOnly = true;
      },
      () => editedOpenApi((d) => (d.components.schemas.Thing.required = ['name']))[1],
    );
    expect(rules(compare(a, b)).filter((r) => r.startsWith('breaking'))).toEqual([
      'breaking response.property.required-became-write-only',
    ]);
    const [c, e] = editedOpenApi(
      (d) => delete d.components.schemas.Thing.properties.size.readOnly,
      () =>
        editedOpenApi((d) => {
          d.components.schemas.Thing.required = ['size'];
          d.components.schemas.Thing.properties.size.readOnly = true;
        })[1],
    );
    expect(rules(compare(c, e)).filter((r) => r.startsWith('breaking'))).toEqual([
      'breaking request.property.required-became-writable',
    ]);
  });

  it('a recursive schema compares without overflow, and its change is reported once', () => {
    const [a, b] = editedOpenApi(
      (d) => (d.components.schemas.Node.properties.label = { type: 'integer' }),
      () =>
        editedOpenApi((d) => {
          d.components.schemas.Node = {
            type: 'object',
            properties: { label: str, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
          };
          ok(d).content['application/json'].schema = { $ref: '#/components/schemas/Node' };
          put(d).requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Node' };
        })[1],
    );
    const changes = compare(a, b);
    expect(rules(changes)).toEqual(['breaking request.type.changed']);
    expect(changes[0]!.path).toBe('/components/schemas/Node/properties/label/type');
    expect(changes[0]!.locations).toHaveLength(2);
  });

  it('a schema reached along 2^30 paths through shared references is compared once', () => {
    const d = baseOpenApi() as Doc;
    for (let i = 0; i < 30; i++)
      d.components.schemas[`S${i}`] = {
        type: 'object',
        properties: { l: { $ref: `#/components/schemas/S${i + 1}` }, r: { $ref: `#/components/schemas/S${i + 1}` } },
      };
    d.components.schemas.S30 = str;
    ok(d).content['application/json'].schema = { $ref: '#/components/schemas/S0' };
    const e = clone(d);
    e.components.schemas.S30 = { type: 'integer' };
    const changes = compareOpenApi(d, e, { files: { old: 'old.yaml', new: 'new.yaml' } });
    expect(rules(changes)).toEqual(['breaking response.type.changed']);
  });
});

describe('subjects read as the property path a user knows', () => {
  /** `CreateThing` = Thing and one more property `note`, as generated `Create…` models are written. */
  const create = (note: Json): Json => ({
    allOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'object', properties: { note } }],
  });
  const withCreate = (note: Json): Json => {
    const d = clone(baseOpenApi()) as Doc;
    d.components.schemas.CreateThing = create(note);
    put(d).requestBody.content['application/json'].schema = { $ref: '#/components/schemas/CreateThing' };
    return d;
  };

  it("a property of an allOf member is the model's own property: 'CreateThing.note', in OpenAPI and AsyncAPI alike", () => {
    const [change] = compare(withCreate(str), withCreate({ type: 'integer' }));
    expect(change?.message).toMatch(
      /^The type of 'CreateThing\.note' changed from 'string' to 'integer' in request bodies/,
    );
    expect(change?.path).toBe('/components/schemas/CreateThing/allOf/1/properties/note/type');
    const asyncDoc = (note: Json): Json => ({
      asyncapi: '2.6.0',
      info: { title: 'T', version: '1' },
      channels: { '/t': { publish: { message: { payload: { $ref: '#/components/schemas/CreateThing' } } } } },
      components: { schemas: { Thing: { type: 'object' }, CreateThing: create(note) } },
    });
    const [event] = compareSpecs(asyncDoc(str), asyncDoc({ type: 'integer' }));
    expect(event?.message).toMatch(/^The type of 'CreateThing\.note' changed from 'string' to 'integer'/);
  });
});

describe('OpenAPI: a parameter written with content', () => {
  const withContent = (schema: Json, type = 'application/json'): Json => {
    const d = clone(baseOpenApi()) as Doc;
    get(d).parameters[0] = { name: 'filter', in: 'query', content: { [type]: { schema } } };
    return d;
  };

  it("its schema is the one media type's, judged like a parameter schema (clients send it)", () => {
    const changes = compare(withContent({ type: 'string' }), withContent({ type: 'string', maxLength: 5 }));
    expect(rules(changes)).toEqual(['breaking parameter.bound.tightened']);
    expect(changes[0]?.path).toBe('/paths/~1things~1{id}/get/parameters/0/content/application~1json/schema/maxLength');
    expect(changes[0]?.locations).toMatchObject([{ method: 'get', in: 'query', direction: 'client-sends' }]);
  });

  it('another media type, or `schema` turned into `content` (the value is written another way): breaking', () => {
    expect(rules(compare(withContent({ type: 'string' }), withContent({ type: 'string' }, 'text/plain')))).toEqual([
      'breaking parameter.media-type.changed',
    ]);
    const plain = clone(baseOpenApi()) as Doc;
    get(plain).parameters[0] = { name: 'filter', in: 'query', schema: { type: 'string' } };
    const [toContent] = compare(plain, withContent({ type: 'string' }));
    expect(toContent).toMatchObject({
      rule: 'parameter.media-type.changed',
      type: 'breaking',
      message:
        "The media type of the query parameter 'filter' of GET '/things/{id}' changed from (none) to 'application/json'",
    });
    expect(rules(compare(withContent({ type: 'string' }), plain))).toEqual(['breaking parameter.media-type.changed']);
  });
});

describe('OpenAPI: not changes at all', () => {
  describe('3.1 `$ref` chains keep the keywords beside every `$ref` (3.0 ignores them)', () => {
    /** `Out.id` is Base with a description: beside its own `$ref`, or through `Id`, a `$ref` with the description beside it. */
    const chainDoc = (version: string, chain: boolean, description = 'The id'): Json => ({
      openapi: version,
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Out' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Out: {
            type: 'object',
            properties: {
              id: chain ? { $ref: '#/components/schemas/Id' } : { $ref: '#/components/schemas/Base', description },
            },
          },
          Id: { $ref: '#/components/schemas/Base', description },
          Base: { type: 'string', maxLength: 10 },
        },
      },
    });

    it('the description beside the middle `$ref` is kept: the chain equals the keywords written in place', () => {
      expect(compare(chainDoc('3.1.0', false), chainDoc('3.1.0', true))).toEqual([]);
      expect(compare(chainDoc('3.1.0', true), chainDoc('3.1.0', false))).toEqual([]);
    });

    it('a keyword beside the middle `$ref` that changes is a change (3.1), and no change in 3.0', () => {
      const changes = compare(chainDoc('3.1.0', true), chainDoc('3.1.0', true, 'An id'));
      expect(rules(changes)).toEqual(['non-breaking response.doc.changed']);
      expect(changes[0]?.path).toBe('/components/schemas/Id/description');
      expect(compare(chainDoc('3.0.3', true), chainDoc('3.0.3', true, 'An id'))).toEqual([]);
    });
  });

  const none = (a: Json, b: Json): void => {
    expect(compare(a, b)).toEqual([]);
    expect(compare(b, a)).toEqual([]);
  };

  it('the same document', () => none(baseOpenApi(), baseOpenApi()));

  it('key order, and the order of required, enum, tags and parameters', () => {
    const [, b] = editedOpenApi((d) => {
      get(d).parameters.reverse();
      get(d).tags = ['b', 'a'];
      d.components.schemas.Thing.required = ['size', 'name'];
      d.components.schemas.Thing.properties.size.enum = [2, 1];
    });
    const c = clone(b) as Doc;
    get(c).tags = ['a', 'b'];
    c.components.schemas.Thing.required = ['name', 'size'];
    c.components.schemas.Thing.properties.size.enum = [1, 2];
    get(c).parameters.reverse();
    const reordered = Object.fromEntries(Object.entries(c).reverse());
    none(reordered, b);
  });

  it('$ref and the component it points at, for every component type', () => {
    const refs = baseOpenApi() as Doc;
    refs.components.parameters = { limit: get(refs).parameters[0] };
    get(refs).parameters[0] = { $ref: '#/components/parameters/limit' };
    refs.components.responses = { missing: get(refs).responses['404'] };
    get(refs).responses['404'] = { $ref: '#/components/responses/missing' };
    refs.components.requestBodies = { thing: put(refs).requestBody };
    put(refs).requestBody = { $ref: '#/components/requestBodies/thing' };
    refs.components.headers = { rate: ok(refs).headers['X-Rate'] };
    ok(refs).headers['X-Rate'] = { $ref: '#/components/headers/rate' };
    const inline = baseOpenApi() as Doc;
    ok(inline).content['application/json'].schema = clone(inline.components.schemas.Thing);
    put(inline).requestBody.content['application/json'].schema = clone(inline.components.schemas.Thing);
    inline.components.parameters = { limit: clone(get(inline).parameters[0]) };
    inline.components.responses = { missing: clone(get(inline).responses['404']) };
    inline.components.requestBodies = { thing: clone(put(inline).requestBody) };
    inline.components.headers = { rate: clone(ok(inline).headers['X-Rate']) };
    none(refs, inline);
  });

  it('a path item behind a $ref (3.1) and the same path item written in place', () => {
    const a = editedOpenApi((d) => (d.openapi = '3.1.0'))[1] as Doc;
    const b = clone(a);
    b.components.pathItems = { things: b.paths['/things/{id}'] };
    b.paths['/things/{id}'] = { $ref: '#/components/pathItems/things' };
    none(a, b);
  });

  it('a parameter moved between the path item and its operations', () => {
    const [a, b] = editedOpenApi((d) => {
      const id = thingPath(d).parameters[0];
      delete thingPath(d).parameters;
      get(d).parameters.push(id);
      put(d).parameters = [id];
    });
    none(a, b);
  });

  it('header names differing only in case', () => {
    const [a, b] = editedOpenApi((d) => {
      ok(d).headers['x-rate'] = ok(d).headers['X-Rate'];
      delete ok(d).headers['X-Rate'];
      get(d).parameters[1].name = 'x-trace';
    });
    none(a, b);
  });

  it('a path parameter renamed in the template only', () => {
    const [a, b] = editedOpenApi((d) => {
      d.paths['/things/{key}'] = d.paths['/things/{id}'];
      delete d.paths['/things/{id}'];
      d.paths['/things/{key}'].parameters[0].name = 'key';
    });
    none(a, b);
  });

  it('the same document as 3.0 and as 3.1: only the version entry', () => {
    const [a, b] = editedOpenApi(
      (d) => {
        d.openapi = '3.1.0';
        d.components.schemas.Thing.properties.name = { type: ['string', 'null'] };
      },
      () => editedOpenApi((d) => (d.components.schemas.Thing.properties.name = { type: 'string', nullable: true }))[1],
    );
    expect(rules(compare(a, b))).toEqual(['non-breaking openapi.version.changed']);
  });

  it('the document security applied to operations without their own, or written on each', () => {
    const [a, b] = editedOpenApi((d) => {
      delete d.security;
      get(d).security = [{ key: [] }];
    });
    none(a, b);
  });

  it('style and explode written as their defaults', () => {
    const [a, b] = editedOpenApi((d) => Object.assign(get(d).parameters[0], { style: 'form', explode: true }));
    none(a, b);
  });
});

describe('OpenAPI servers are matched by the url their variables default to', () => {
  const templated = (variables: Json): Json[] => [{ url: '{scheme}://api.example.com/{version}', variables }];

  it('a literal url written as a template whose defaults give it: the same server, its variables added', () => {
    const [a, b] = editedOpenApi(
      (d) =>
        (d.servers = templated({ scheme: { default: 'https', enum: ['https', 'http'] }, version: { default: 'v1' } })),
    );
    expect(rules(compare(a, b))).toEqual(['non-breaking server.variable.added', 'non-breaking server.variable.added']);
    expect(rules(compare(b, a))).toEqual(['breaking server.variable.removed', 'breaking server.variable.removed']);
  });

  it('a template whose defaults give another url: the url changed, named as written', () => {
    const [a, b] = editedOpenApi(
      (d) => (d.servers = templated({ scheme: { default: 'https' }, version: { default: 'v2' } })),
    );
    const changed = compare(a, b).filter((c) => c.rule === 'server.url.changed');
    expect(changed.map((c) => c.message)).toEqual([
      expect.stringContaining("from 'https://api.example.com/v1' to '{scheme}://api.example.com/{version}'"),
    ]);
  });
});

describe('OpenAPI lifecycle', () => {
  const sunsetGet = (date: string): [Json, Json] =>
    editedOpenApi(
      (d) => delete thingPath(d).get,
      () => editedOpenApi((d) => ((get(d).deprecated = true), (get(d)['x-sunset'] = date)))[1],
    );

  it('an operation removed after its sunset date is non-breaking, before it the usual verdict naming the date', () => {
    const [a, b] = sunsetGet('2024-06-01');
    expect(rules(compareOpenApi(a, b, { today: '2024-06-01' }))).toEqual([
      'non-breaking operation.endpoint.removed-after-sunset',
    ]);
    const early = compareOpenApi(a, b, { today: '2024-05-31' });
    expect(rules(early)).toEqual(['breaking operation.endpoint.removed']);
    expect(early[0]!.message).toContain('2024-06-01');
  });

  it('an RFC 3339 date-time sunset is read in UTC', () => {
    const [a, b] = sunsetGet('2024-06-01T23:30:00-02:00');
    expect(rules(compareOpenApi(a, b, { today: '2024-06-02' }))).toEqual([
      'non-breaking operation.endpoint.removed-after-sunset',
    ]);
    expect(rules(compareOpenApi(a, b, { today: '2024-06-01' }))).toEqual(['breaking operation.endpoint.removed']);
  });

  it('a deprecated parameter removed without a sunset date keeps its verdict and says it was deprecated', () => {
    const [a, b] = editedOpenApi(
      (d) => get(d).parameters.splice(0, 1),
      () => editedOpenApi((d) => (get(d).parameters[0].deprecated = true))[1],
    );
    const changes = compare(a, b);
    expect(rules(changes)).toEqual(['warning parameter.dropped']);
    expect(changes[0]!.message).toContain('deprecated');
  });

  it('a sunset date moved later is non-breaking, like setting one', () => {
    const [a, b] = editedOpenApi(
      (d) => (get(d)['x-sunset'] = '2032-01-01'),
      () => editedOpenApi((d) => ((get(d).deprecated = true), (get(d)['x-sunset'] = '2031-01-01')))[1],
    );
    expect(rules(compare(a, b))).toEqual(['non-breaking operation.deprecated']);
  });

  it('changes inside an operation that is draft or alpha on both sides promise nothing', () => {
    const [a, b] = editedOpenApi(
      (d) => get(d).parameters.push({ name: 'q', in: 'query', required: true, schema: str }),
      () => editedOpenApi((d) => (get(d)['x-stability-level'] = 'alpha'))[1],
    );
    const changes = compare(a, b);
    expect(rules(changes)).toEqual(['non-breaking parameter.required-added']);
    expect(changes[0]!.message).toContain('draft or alpha');
  });

  it('a scheme offering more scopes is non-breaking; one taking a scope away is breaking', () => {
    const [a, b] = OPENAPI_CASES['security.scheme.widened']![0]!;
    expect(rules(compare(a, b))).toEqual(['non-breaking security.scheme.widened']);
    expect(rules(compare(b, a))).toEqual(['breaking security.scheme.changed']);
  });

  it('a path whose every operation is past its sunset date is removed without breaking', () => {
    const [a, b, options] = OPENAPI_CASES['path.removed-after-sunset']![0]!;
    expect(rules(compareOpenApi(a, b, options))).toEqual(['non-breaking path.removed-after-sunset']);
    expect(rules(compareOpenApi(a, b, { today: '2019-12-31' }))).toEqual(['breaking path.removed']);
  });

  describe('on schema properties, as on operations and parameters (Thing.size, in a request and a response)', () => {
    const size = (d: Doc): Json => d.components.schemas.Thing.properties.size;
    const sizeWith = (before: Json, after: Json): [Json, Json] =>
      editedOpenApi(
        (d) => Object.assign(size(d), after),
        () => editedOpenApi((d) => Object.assign(size(d), before))[1],
      );

    it('marking it deprecated or setting a sunset date: non-breaking, under its own rule', () => {
      const changes = compare(...sizeWith({}, { deprecated: true, 'x-sunset': '2031-01-01' }));
      expect(rules(changes)).toEqual([
        'non-breaking request.property.deprecated',
        'non-breaking request.property.deprecated',
      ]);
      expect(changes.map((c) => c.path)).toEqual([
        '/components/schemas/Thing/properties/size/deprecated',
        '/components/schemas/Thing/properties/size/x-sunset',
      ]);
      expect(
        rules(
          compare(
            ...sizeWith({ deprecated: true, 'x-sunset': '2031-01-01' }, { deprecated: true, 'x-sunset': '2032-01-01' }),
          ),
        ),
      ).toEqual(['non-breaking request.property.deprecated']);
    });

    it('its sunset date moved earlier, or deleted while it stays deprecated: breaking', () => {
      const was = { deprecated: true, 'x-sunset': '2031-06-01' };
      const earlier = compare(...sizeWith(was, { deprecated: true, 'x-sunset': '2030-06-01' }));
      expect(rules(earlier)).toEqual(['breaking request.property.sunset.moved-earlier']);
      expect(earlier[0]?.message).toMatch(
        /^The sunset date of 'Thing\.size' moved earlier, from '2031-06-01' to '2030-06-01' in request and response bodies/,
      );
      const dropped = compare(...sizeWith(was, { deprecated: true, 'x-sunset': undefined }));
      expect(rules(dropped)).toEqual(['breaking request.property.sunset.dropped']);
      expect(dropped[0]?.message).toMatch(/^'Thing\.size' is still deprecated but lost its sunset date '2031-06-01'/);
      // Taking the whole mark back is documentation.
      expect(rules(compare(...sizeWith(was, { deprecated: undefined, 'x-sunset': undefined })))).toEqual([
        'non-breaking request.doc.changed',
        'non-breaking request.doc.changed',
      ]);
    });

    it('removed after its sunset date (an RFC 3339 date-time, read in UTC): non-breaking; before it, the usual verdict naming the date', () => {
      const [a, b] = editedOpenApi(
        (d) => delete d.components.schemas.Thing.properties.size,
        () =>
          editedOpenApi((d) =>
            Object.assign(size(d), { deprecated: true, 'x-sunset': '2024-06-01T23:30:00-02:00' }),
          )[1],
      );
      expect(rules(compareOpenApi(a, b, { today: '2024-06-02' }))).toEqual([
        'non-breaking response.property.removed-after-sunset',
      ]);
      const early = compareOpenApi(a, b, { today: '2024-06-01' });
      expect(rules(early)).toEqual(['warning response.property.removed-optional']);
      expect(early[0]?.message).toContain('before its sunset date 2024-06-02');
    });

    it('x-stability-level lowered is breaking, raised non-breaking', () => {
      expect(rules(compare(...sizeWith({ 'x-stability-level': 'beta' }, { 'x-stability-level': 'alpha' })))).toEqual([
        'breaking request.property.stability.lowered',
      ]);
      expect(rules(compare(...sizeWith({ 'x-stability-level': 'beta' }, { 'x-stability-level': 'stable' })))).toEqual([
        'non-breaking request.property.stability.raised',
      ]);
      expect(rules(compare(...sizeWith({ 'x-stability-level': 'draft' }, { 'x-stability-level': undefined })))).toEqual(
        ['non-breaking request.property.stability.raised'],
      );
    });
  });

  it('an x-stability-level that is no level is said as such, a warning, never ranked', () => {
    const [a, b] = editedOpenApi(
      (d) => (get(d)['x-stability-level'] = 1),
      () => editedOpenApi((d) => (get(d)['x-stability-level'] = 'beta'))[1],
    );
    const [change] = compare(a, b);
    expect(rules(compare(a, b))).toEqual(['warning operation.stability.unreadable']);
    expect(change?.message).toContain("from 'beta' to 1, which is not one of draft, alpha, beta, stable");
    expect(rules(compare(b, a))).toEqual(['warning operation.stability.unreadable']);
  });

  it('a stability level lowered is breaking', () => {
    const [a, b] = OPENAPI_CASES['operation.stability.lowered']![0]!;
    expect(rules(compare(a, b))).toEqual(['breaking operation.stability.lowered']);
  });
});

describe('OpenAPI: documents refused', () => {
  const refused = (doc: Json, pattern: RegExp): void => {
    let error: unknown;
    try {
      compareOpenApi(doc, baseOpenApi(), { files: { old: 'specs/old.yaml' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^specs\/old\.yaml: /);
    expect((error as Error).message).toMatch(pattern);
  };

  it('Swagger 2.0: convert it first', () =>
    refused({ swagger: '2.0', info: {}, paths: {} }, /Swagger 2\.0.*convert it to OpenAPI 3/));
  it('another OpenAPI version', () => refused({ openapi: '4.0.0', info: {}, paths: {} }, /"4\.0\.0" is not supported/));
  it('an AsyncAPI document against an OpenAPI one', () =>
    refused({ asyncapi: '2.6.0', info: {}, channels: {} }, /AsyncAPI 2\.6\.0 document, not an OpenAPI one/));

  it('a parameter or header whose content has two media types: the file and the pointer, never a guess', () => {
    const twoTypes = { 'application/json': { schema: str }, 'text/plain': { schema: str } };
    const param = clone(baseOpenApi()) as Doc;
    get(param).parameters[0] = { name: 'filter', in: 'query', content: twoTypes };
    refused(
      param,
      /the parameter's content has 2 media types \(application\/json, text\/plain\); the OpenAPI specification allows exactly one \(at \/paths\/~1things~1\{id\}\/get\/parameters\/0\/content\)$/,
    );
    const header = clone(baseOpenApi()) as Doc;
    ok(header).headers['X-Note'] = { content: twoTypes };
    refused(
      header,
      /the header's content has 2 media types .*\(at \/paths\/~1things~1\{id\}\/get\/responses\/200\/headers\/X-Note\/content\)$/,
    );
  });

  it('accepts 3.0.x and 3.1.x', () => {
    expect(openApiVersion({ openapi: '3.0.0' })).toBe('3.0.0');
    expect(openApiVersion({ openapi: '3.1.1' })).toBe('3.1.1');
  });

  it('never mutates its inputs', () => {
    const [a, b] = editedOpenApi((d) => withCallback(d));
    const [ca, cb] = [clone(a), clone(b)];
    compare(a, b);
    expect([a, b]).toEqual([ca, cb]);
  });
});
