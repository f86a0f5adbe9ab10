/**
 * The JSON Schema of the JSON report read back (src/report/json.ts) and its size bounds. Compiled
 * ahead of time into src/generated/validators.ts (`npm run validators`).
 */
import { CHANGE_TYPES, SPEC_KINDS } from '../types';

// Bounds for reports read back. Generous for real reports (a 5,000-change report is a few MB),
// small enough that a hostile one cannot exhaust memory or the comment renderer.
export const REPORT_LIMITS = {
  chars: 32 * 1024 * 1024,
  specs: 1_000,
  changes: 100_000,
  locations: 10_000,
  /** Nesting depth of `before`/`after`. */
  depth: 64,
} as const;

const str = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const nullable = (schema: object) => ({ anyOf: [{ type: 'null' }, schema] });
const count = { type: 'integer', minimum: 0, maximum: 1e9 } as const;
const summaryProps = { breaking: count, warning: count, nonBreaking: count, unclassified: count, waived: count };
const closed = (properties: Record<string, object>, optional: string[] = []) => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});

const direction = { enum: ['client-receives', 'client-sends', null] };
const asyncApiLocation = closed({ channel: str(2_048), direction, operation: nullable(str(2_048)) });
const openApiLocation = closed({
  path: str(2_048),
  method: nullable(str(16)),
  operation: nullable(str(2_048)),
  direction,
  in: { enum: ['path', 'query', 'header', 'cookie', 'body', 'response', null] },
  status: nullable(str(16)),
  mediaType: nullable(str(256)),
});

export const reportJsonSchema = closed({
  version: { const: 1 },
  context: nullable(
    closed(
      {
        event: { type: 'string', pattern: '^[a-z_]{1,64}$' },
        pullRequest: nullable({ type: 'integer', minimum: 1, maximum: 1e12 }),
        headSha: nullable({ type: 'string', pattern: '^[0-9a-fA-F]{4,64}$' }),
        baseSha: nullable({ type: 'string', pattern: '^[0-9a-fA-F]{4,64}$' }),
        repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$' },
      },
      ['repository'],
    ),
  ),
  specs: {
    type: 'array',
    maxItems: REPORT_LIMITS.specs,
    items: closed(
      {
        file: { ...str(4_096), minLength: 1 },
        kind: { enum: [...SPEC_KINDS] },
        drift: { type: 'boolean' },
        baseline: closed(
          { ref: nullable(str(256)), found: { type: 'boolean' }, file: str(4_096), error: str(10_000) },
          ['file', 'error'],
        ),
        compatibility: { enum: ['backward', 'forward', 'full', 'none'] },
        perspective: { enum: ['application', 'client'] },
        changes: {
          type: 'array',
          maxItems: REPORT_LIMITS.changes,
          items: closed(
            {
              rule: { ...str(200), minLength: 1 },
              type: { enum: [...CHANGE_TYPES] },
              fingerprint: { type: 'string', pattern: '^[0-9a-f]{8,64}$' },
              message: str(10_000),
              path: str(4_096),
              locations: {
                type: 'array',
                maxItems: REPORT_LIMITS.locations,
                items: { anyOf: [asyncApiLocation, openApiLocation] },
              },
              source: nullable(
                closed({ file: { ...str(4_096), minLength: 1 }, line: { type: 'integer', minimum: 1, maximum: 1e9 } }),
              ),
              // Any JSON value; depth is checked separately (JSON Schema cannot bound it).
              before: {},
              after: {},
              waived: closed({ reason: str(10_000), expires: nullable(str(10)), owner: nullable(str(1_000)) }),
            },
            // Reports of earlier versions have no fingerprints or waivers; they still post.
            ['fingerprint', 'waived'],
          ),
        },
        summary: closed(summaryProps, ['waived']),
      },
      // Reports of earlier versions name no kind (they were AsyncAPI).
      ['kind', 'compatibility', 'perspective'],
    ),
  },
  summary: closed({ ...summaryProps, drift: { type: 'boolean' } }, ['waived']),
});
