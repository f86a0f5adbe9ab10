/**
 * Random resource sets in the resource format: generation either succeeds with a valid AsyncAPI
 * document (parser-checked, origins resolving, surviving YAML text) or fails with an InputError,
 * never with anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { parseSpecText, serializeSpec } from '../../src/generate/serialize';
import { asyncApiErrors } from '../helpers/asyncapi-valid';
import { expectOriginsResolve } from './origins';

// @asyncapi/parser reads a `__proto__` key as a prototype and then misjudges the schema; the
// generator's handling of that key has its own test.
const notProto = (s: string) => s !== '__proto__';
const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/).filter(notProto);
/** Mostly plain names, now and then anything (which may be refused as a path segment). */
const name = fc.oneof(
  { weight: 6, arbitrary: identifier },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).filter(notProto) },
);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('a: b # c', '*x', '1.0', 'yes', 'line\nbreak', '&a !b'),
);
const method = fc.constantFrom('get', 'post', 'put', 'delete');

const typeSchema = fc.record(
  { type: fc.constantFrom('string', 'integer', 'boolean', 'number'), description: text },
  { requiredKeys: ['type'] },
);

const queryParam = fc.record(
  {
    name: identifier,
    description: text,
    required: fc.boolean(),
    schema: typeSchema,
    methods: fc.uniqueArray(method, { maxLength: 2 }),
    in: fc.constant('query'),
  },
  { requiredKeys: ['name'] },
);
const queryParams = fc.array(queryParam, { maxLength: 3 });
const descriptions = fc.record({ get: text, post: text }, { requiredKeys: [] });

const attribute = fc.record(
  {
    type: fc.constantFrom('string', 'integer', 'boolean'),
    description: text,
    expose: fc.boolean(),
    query_params: queryParams,
    maxLength: fc.nat(50),
  },
  { requiredKeys: ['type'] },
);

/** A `schema` block; sub-resources nest up to `depth`. */
const schemaBlock = (depth: number): fc.Arbitrary<Record<string, unknown>> => {
  const property =
    depth > 0
      ? fc.oneof({ weight: 4, arbitrary: attribute }, { weight: 1, arbitrary: subResource(depth - 1) })
      : attribute;
  return fc.record(
    {
      type: fc.constant('array'),
      key: fc.record({ name: identifier, description: text, schema: typeSchema }, { requiredKeys: ['name'] }),
      methods: fc.uniqueArray(method, { maxLength: 3 }),
      descriptions,
      query_params: queryParams,
      items: fc.record(
        {
          type: fc.constant('object'),
          descriptions,
          properties: fc.dictionary(name, property, { maxKeys: 4 }),
          'x-note': text,
        },
        { requiredKeys: ['type', 'properties'] },
      ),
    },
    { requiredKeys: ['type', 'key', 'items'] },
  );
};
const subResource = (depth: number) =>
  fc.record({ description: text, expose: fc.boolean(), schema: schemaBlock(depth) }, { requiredKeys: ['schema'] });

const server = fc.record(
  {
    url: fc.constantFrom('ws://localhost', 'wss://example.com/ws'),
    protocol: fc.constantFrom('ws', 'wss'),
    description: text,
  },
  { requiredKeys: ['url', 'protocol'] },
);

const resourceData = fc.record(
  {
    kind: name,
    apiVersion: fc.oneof(fc.constantFrom('1', 'v1', '2'), fc.integer({ min: 1, max: 3 })),
    versionInPath: fc.boolean(),
    default_query_params: queryParams,
    asyncapi: fc.record(
      {
        servers: fc.dictionary(identifier, server, { maxKeys: 2 }),
        channels: fc.record(
          { resources: fc.boolean(), instances: fc.boolean(), instance_attrs: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    schema: schemaBlock(2),
  },
  { requiredKeys: ['kind', 'schema'] },
);

const resourceSet = fc
  .array(resourceData, { minLength: 1, maxLength: 3 })
  .map((list) => list.map((data, i) => ({ file: `r${i}.yaml`, data })));

describe('random resources', () => {
  it('generate valid AsyncAPI or an InputError, nothing else', async () => {
    let generated = 0;
    await fc.assert(
      fc.asyncProperty(resourceSet, async (resources) => {
        let document: Record<string, unknown>;
        try {
          const spec = generateAsyncApi(resources, { title: 'Random', description: 'x: y', version: '1.0' });
          expectOriginsResolve(spec, resources);
          document = spec.document;
        } catch (e) {
          if (isInputError(e)) return;
          throw e;
        }
        generated++;
        expect(parseSpecText(serializeSpec(document, 'yaml'), 'random.yaml')).toStrictEqual(document);
        expect(await asyncApiErrors(document)).toEqual([]);
      }),
      { numRuns: 30 },
    );
    // Most random sets must make it through, or the property above tests only the error path.
    expect(generated).toBeGreaterThanOrEqual(10);
  });
});
