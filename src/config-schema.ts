/**
 * The JSON Schema of the config file (`.github/firestone-spec.yml`). Compiled ahead of time into
 * src/generated/validators.ts (`npm run validators`); src/config.ts reports its errors.
 */
import { ASYNCAPI_VERSIONS } from './generate/asyncapi';
import { OPENAPI_VERSION_PATTERN } from './generate/openapi';
import { CHANGE_TYPES, COMPATIBILITIES, PERSPECTIVES, SPEC_KINDS } from './types';

export const configJsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    specs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['output'],
        properties: {
          output: { type: 'string', minLength: 1 },
          resources: { type: 'array', items: { type: 'string', minLength: 1 } },
          title: { type: 'string' },
          description: { type: 'string' },
          // A number is accepted and read back from the text as written (`1.10` stays "1.10").
          version: { type: ['string', 'number'] },
          // docs/generation.md, "AsyncAPI 3".
          // docs/architecture.md, "Spec kinds": found from the committed file or the name when absent.
          kind: { enum: SPEC_KINDS },
          asyncapi: { enum: ASYNCAPI_VERSIONS },
          // OpenAPI targets: the version to write (3.0.x or 3.1.x) and firestone's `--prefix` (a server URL).
          openapi: { type: 'string', pattern: OPENAPI_VERSION_PATTERN },
          prefix: { type: 'string', minLength: 1 },
          compatibility: { enum: COMPATIBILITIES },
          // docs/classification.md, "Perspective".
          perspective: { enum: PERSPECTIVES },
        },
      },
    },
    rules: { type: 'object', additionalProperties: { enum: CHANGE_TYPES } },
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        properties: {
          // An unquoted all-digit fingerprint reads as a number: taken back from the text as written.
          fingerprint: { type: ['string', 'number'] },
          rule: { type: 'string', minLength: 1 },
          path: { type: 'string' },
          reason: { type: 'string', minLength: 1 },
          expires: { type: 'string' },
          owner: { type: 'string' },
          spec: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;
