/**
 * The project's JSON Schema (draft-07) of a firestone resource file, written from
 * docs/generation.md. It checks what the AsyncAPI generator relies on and leaves the rest
 * (metadata, top-level descriptions/methods, security, JSON Schema keywords of the
 * payload) open, because real firestone files carry them.
 */

/** Names that end up as URL segments, channel parameters and AsyncAPI component names. */
export const NAME_PATTERN = '^[A-Za-z0-9._-]+$';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'] as const;

const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;

const methodList = { type: 'array', items: { enum: HTTP_METHODS } } as const;

/**
 * A (sub-)resource's `schema.methods`: a list (firestone's AsyncAPI examples) or a mapping of
 * level to list (its OpenAPI examples, docs/openapi-generation.md); each generator reads the form it uses.
 */
const schemaMethods = {
  if: { type: 'array' },
  then: methodList,
  else: {
    type: 'object',
    additionalProperties: false,
    properties: { resource: methodList, instance: methodList, instance_attrs: methodList },
  },
} as const;

const queryParam = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    required: { type: 'boolean' },
    schema: { type: 'object' },
    methods: { type: 'array', items: { enum: HTTP_METHODS } },
    in: { type: 'string' },
  },
} as const;

export const resourceJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://firestone-spec-action/resource.schema.json',
  type: 'object',
  required: ['kind', 'schema'],
  // firestone's own top-level keys, no others: a typo (`asyncAPI`, `versionInpath`) would
  // otherwise silently drop channels or prefixes. Those it uses for other outputs stay open.
  additionalProperties: false,
  properties: {
    kind: { type: 'string', pattern: NAME_PATTERN },
    // firestone refuses a number; YAML would turn `1.0` into 1 and the path into /v1.
    apiVersion: { type: 'string' },
    versionInPath: { type: 'boolean' },
    metadata: {},
    methods: {},
    descriptions: {},
    security: {},
    // Newer firestone's validation rules: accepted, never part of the AsyncAPI document.
    validations: {},
    default_query_params: { type: 'array', items: { $ref: '#/definitions/queryParam' } },
    asyncapi: {
      type: 'object',
      additionalProperties: false,
      properties: {
        servers: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['url', 'protocol'],
            properties: {
              url: { type: 'string' },
              protocol: { type: 'string' },
              description: { type: 'string' },
              variables: { type: 'object', additionalProperties: { type: 'object' } },
            },
          },
        },
        channels: {
          type: 'object',
          additionalProperties: false,
          properties: {
            resources: { type: 'boolean' },
            instances: { type: 'boolean' },
            instance_attrs: { type: 'boolean' },
          },
        },
      },
    },
    schema: { $ref: '#/definitions/resourceSchema' },
  },
  // firestone demands apiVersion everywhere; only the versioned path uses it.
  if: { required: ['versionInPath'], properties: { versionInPath: { const: true } } },
  then: { required: ['apiVersion'] },
  definitions: {
    queryParam,
    resourceSchema: {
      type: 'object',
      // `type` may be left out: firestone accepts that (and then crashes, docs/openapi-generation.md OA-9).
      required: ['key', 'items'],
      properties: {
        type: { const: 'array' },
        key: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', pattern: NAME_PATTERN },
            description: { type: 'string' },
            schema: { type: 'object' },
          },
        },
        methods: schemaMethods,
        descriptions: stringMap,
        query_params: { type: 'array', items: { $ref: '#/definitions/queryParam' } },
        items: {
          type: 'object',
          properties: {
            descriptions: stringMap,
            properties: { type: 'object', additionalProperties: { $ref: '#/definitions/property' } },
          },
        },
      },
    },
    property: {
      type: 'object',
      properties: { expose: { type: 'boolean' } },
      // An exposed property with its own `schema` is a sub-resource; `expose: false` ones
      // (e.g. the key repeated as a property) keep a plain `schema` that nothing reads.
      if: { required: ['schema'], not: { required: ['expose'], properties: { expose: { const: false } } } },
      then: { properties: { schema: { $ref: '#/definitions/resourceSchema' } } },
    },
  },
} as const;
