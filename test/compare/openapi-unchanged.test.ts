/**
 * Setting unchanged OpenAPI path items aside (src/compare/openapi/unchanged.ts) must never change
 * a result: what it drops and what it must keep, on small documents; what it knows unchanged; then
 * the shortcut against the full comparison on generated and hand-written documents edited at
 * random, both ways.
 */
import { describe, expect, it } from 'vitest';
import type { CompareOptions } from '../../src/compare/index';
import { compareOpenApi, compareOpenApiInFull } from '../../src/compare/openapi/index';
import { withoutUnchangedPaths } from '../../src/compare/openapi/unchanged';
import { InputError } from '../../src/errors';
import { generateOpenApi } from '../../src/generate/openapi';
import { generationCases } from '../generate/cases';
import { syntheticResources } from '../generate/synthetic';
import {
  asParsed,
  danglingEdit,
  editedAtRandom,
  keyEdit,
  outcomeOf,
  refEdit,
  valueEdit,
  type Edit,
  type Outcome,
} from './fuzz-edits';
import { clone, type Json } from './helpers';
import { OPENAPI_CASES } from './openapi-docs';

const ref = (pointer: string): Json => ({ $ref: `#${pointer}` });
const ok = (schema: unknown): Json => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

/** `/a` and `/b` use component A, `/c/{id}` uses B (which uses C), `/d` is inline; a webhook uses A. */
function doc(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    security: [{ key: [] }],
    paths: {
      '/a': { get: { operationId: 'a', responses: ok(ref('/components/schemas/A')) } },
      '/b': {
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
        get: { responses: ok(ref('/components/schemas/A')) },
        post: { requestBody: { content: { 'application/json': { schema: { type: 'string' } } } }, responses: ok({}) },
      },
      '/c/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: ok(ref('/components/schemas/B')),
        },
      },
      '/d': { get: { responses: ok({ type: 'string' }) } },
    },
    webhooks: {
      ping: {
        post: {
          requestBody: { content: { 'application/json': { schema: ref('/components/schemas/A') } } },
          responses: ok({}),
        },
      },
    },
    components: {
      schemas: {
        A: { type: 'object', properties: { id: { type: 'string' } } },
        B: { type: 'object', properties: { c: ref('/components/schemas/C') } },
        C: { type: 'integer' },
      },
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'K' } },
    },
  };
}

const aside = (a: Json, b: Json): [Json, Json] => withoutUnchangedPaths(a, b).docs;
const paths = (pair: [Json, Json]): string[][] => pair.map((d) => Object.keys(d.paths as Json).sort());
const hooks = (pair: [Json, Json]): string[][] => pair.map((d) => Object.keys((d.webhooks ?? {}) as Json).sort());
const schemas = (pair: [Json, Json]): string[][] =>
  pair.map((d) => Object.keys(((d.components as Json).schemas ?? {}) as Json).sort());
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const edited = (edit: (d: Doc) => void): Json => {
  const d = doc() as Doc;
  edit(d);
  return d as Json;
};

describe('withoutUnchangedPaths', () => {
  it('drops every path, webhook and unreached component of two equal documents, and returns fresh objects', () => {
    const before = doc();
    const pair = aside(before, clone(before));
    expect(paths(pair)).toEqual([[], []]);
    expect(hooks(pair)).toEqual([[], []]);
    expect(schemas(pair)).toEqual([[], []]);
    expect(Object.keys(before.paths as Json)).toHaveLength(4);
  });

  it('keeps the paths that reach a changed component, directly or through another', () => {
    const pair = aside(
      doc(),
      edited((d) => (d.components.schemas.C = { type: 'string' })),
    );
    expect(paths(pair)).toEqual([['/c/{id}'], ['/c/{id}']]);
    expect(schemas(pair)).toEqual([
      ['B', 'C'],
      ['B', 'C'],
    ]);
    const a = aside(
      doc(),
      edited((d) => (d.components.schemas.A.type = 'array')),
    );
    expect(paths(a)).toEqual([
      ['/a', '/b'],
      ['/a', '/b'],
    ]);
    expect(hooks(a)).toEqual([['ping'], ['ping']]);
  });

  it('keeps a changed, added or removed path', () => {
    const pair = aside(
      doc(),
      edited((d) => {
        d.paths['/d'].get.summary = 'new';
        delete d.paths['/b'];
        d.paths['/e'] = { get: { responses: ok({}) } };
      }),
    );
    expect(paths(pair)).toEqual([
      ['/b', '/d'],
      ['/d', '/e'],
    ]);
  });

  it('keeps a path whose template another path shares, in either document', () => {
    // `/c/{id}` and `/c/{key}` are one URL: which pairs with which is the model's call.
    const pair = aside(
      doc(),
      edited((d) => (d.paths['/c/{key}'] = { get: { responses: ok({}) } })),
    );
    expect(paths(pair)[0]).toEqual(['/c/{id}']);
    const renamed = aside(
      doc(),
      edited((d) => {
        d.paths['/c/{key}'] = d.paths['/c/{id}'];
        delete d.paths['/c/{id}'];
      }),
    );
    expect(paths(renamed)).toEqual([['/c/{id}'], ['/c/{key}']]);
  });

  it('keeps a path something staying refers into, a path item that is a $ref, and one with a reference to nothing', () => {
    const before = edited((d) => {
      d.paths['/e'] = { get: { responses: ref('/paths/~1d/get/responses') } };
      d.paths['/f'] = ref('/components/pathItems/F');
      d.components.pathItems = { F: { get: { responses: ok({}) } } };
      d.paths['/g'] = { get: { responses: ok(ref('/components/schemas/Missing')) } };
    });
    // `/e` and the `/d` it refers into go together: both are the same on both sides.
    expect(paths(aside(before, clone(before)))[0]).toEqual(['/f', '/g']);
    const after = clone(before) as Doc;
    after.paths['/e'].get.summary = 'changed';
    expect(paths(aside(before, after))[0]).toEqual(['/d', '/e', '/f', '/g']);
  });

  it.each([
    ['openapi', (d: Doc) => (d.openapi = '3.1.1')],
    ['servers', (d: Doc) => (d.servers = [])],
    ['security', (d: Doc) => (d.security = [])],
    ['jsonSchemaDialect', (d: Doc) => (d.jsonSchemaDialect = 'https://example.com/dialect')],
    ['security schemes', (d: Doc) => (d.components.securitySchemes.key.name = 'X')],
  ])('keeps everything when %s differs', (_, edit) => {
    expect(paths(aside(doc(), edited(edit)))[0]).toHaveLength(4);
  });

  it('drops the unchanged operations of a changed path, and the components only they reached', () => {
    const pair = aside(
      doc(),
      edited((d) => (d.paths['/b'].post.summary = 'new')),
    );
    expect(paths(pair)).toEqual([['/b'], ['/b']]);
    const methods = (p: [Json, Json]): string[][] => p.map((d) => Object.keys((d.paths as Doc)['/b']).sort());
    expect(methods(pair)).toEqual([
      ['parameters', 'post'],
      ['parameters', 'post'],
    ]);
    expect(schemas(pair)).toEqual([[], []]);
    // The path's own parameters reach every operation: changed, nothing of the path goes.
    const params = aside(
      doc(),
      edited((d) => (d.paths['/b'].parameters[0].required = true)),
    );
    expect(methods(params)).toEqual([
      ['get', 'parameters', 'post'],
      ['get', 'parameters', 'post'],
    ]);
    // Something refers into the path: its operations stay where they are.
    const into = edited((d) => {
      d.paths['/b'].post.summary = 'new';
      d.paths['/d'].get.responses = ref('/paths/~1b/get/responses');
    });
    expect(methods(aside(doc(), into))[1]).toEqual(['get', 'parameters', 'post']);
  });

  it('knows what is unchanged: unchanged units, and the unchanged operations of a path that changed', () => {
    const { unchanged } = withoutUnchangedPaths(
      doc(),
      edited((d) => (d.paths['/b'].post.summary = 'new')),
    );
    expect(unchanged('/components/schemas/A')).toBe(true);
    expect(unchanged('/components/schemas/A/properties/id')).toBe(true);
    expect(unchanged('/paths/~1b/get')).toBe(true);
    expect(unchanged('/paths/~1b/parameters/0')).toBe(true);
    expect(unchanged('/paths/~1b/post')).toBe(false);
    expect(unchanged('/paths/~1b')).toBe(false);
    const changedA = withoutUnchangedPaths(
      doc(),
      edited((d) => (d.components.schemas.A.type = 'array')),
    );
    expect(changedA.unchanged('/components/schemas/A')).toBe(false);
    expect(changedA.unchanged('/paths/~1b/get')).toBe(false);
    expect(changedA.unchanged('/paths/~1b/post')).toBe(true);
    expect(changedA.unchanged('/components/schemas/B')).toBe(true);
  });
});

// ---- the shortcut against the full comparison ----

const outcome = (compare: typeof compareOpenApi, a: Json, b: Json, options: CompareOptions = {}): Outcome =>
  outcomeOf(() => compare(a, b, { today: '2025-01-01', ...options }));

/** Edits that touch what the shortcut reasons about: values, references, paths and their templates, top-level parts. */
const EDITS: Edit[] = [
  valueEdit,
  keyEdit,
  // maybe into a path, maybe a cycle
  refEdit({ root: true }),
  danglingEdit,
  // a path is copied under another template with the same shape, or under a new one
  (d, _, [i = 0, j = 0]) => {
    const items = (d.paths ?? {}) as Json;
    const keys = Object.keys(items);
    if (keys.length === 0) return;
    const key = keys[i % keys.length] as string;
    const renamed = j % 2 === 0 && key.includes('{') ? key.replace(/\{[^}]*\}/, '{renamed}') : `${key}/copy-${i}`;
    items[renamed] = clone(items[key]);
  },
  // a top-level part the shortcut depends on changes
  (d, _, [i = 0]) => {
    const part = i % 5;
    if (part === 0) d.openapi = d.openapi === '3.1.0' ? '3.0.3' : '3.1.0';
    else if (part === 1) d.servers = [{ url: 'https://edited.example.com' }];
    else if (part === 2) d.security = [{ edited: [] }];
    else if (part === 3)
      d.components = {
        ...((d.components as Json) ?? {}),
        securitySchemes: { edited: { type: 'http', scheme: 'basic' } },
      };
    else d.info = { title: 'edited', version: '9' };
  },
];

/** Documents of our own: generated from the fixtures and synthetic resources, hand-written ones, every rule's cases. */
function documents(): Json[] {
  const info = { title: 'T', description: 'D', version: '1' };
  const generated = [
    ...generationCases().map((c) => c.load().map((r) => ({ file: r.file, data: r.data }))),
    syntheticResources(6),
  ].flatMap((inputs) =>
    ['3.0.3', '3.1.0'].flatMap((version) => {
      try {
        return [generateOpenApi(inputs, info, { openapi: version }).document as Json];
      } catch (e) {
        // A set OpenAPI generation refuses (two resources defining one schema differently) has no document.
        if (e instanceof InputError) return [];
        throw e;
      }
    }),
  );
  const cases = Object.values(OPENAPI_CASES).flatMap((list) => list.flatMap((c) => [c[0], c[1]] as Json[]));
  return [doc(), ...generated, ...cases].map(asParsed);
}

describe('the shortcut gives what the full comparison gives', () => {
  const docs = documents();

  it('on every case pair of the rule tests, both ways', () => {
    for (const list of Object.values(OPENAPI_CASES))
      for (const [a, b, options] of list)
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const)
          expect(outcome(compareOpenApi, x, y, options)).toEqual(outcome(compareOpenApiInFull, x, y, options));
  });

  it('on generated and hand-written documents edited at random, both ways', () => {
    editedAtRandom(
      docs,
      EDITS,
      (original, changed) => {
        expect(outcome(compareOpenApi, original, changed)).toEqual(outcome(compareOpenApiInFull, original, changed));
        expect(outcome(compareOpenApi, changed, original)).toEqual(outcome(compareOpenApiInFull, changed, original));
      },
      150,
    );
  });
});
