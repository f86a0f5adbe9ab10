/** Synthetic firestone resources for size and speed tests: many resources, every channel kind. */

export function syntheticResource(i: number): { file: string; data: Record<string, unknown> } {
  const kind = `res${i}`;
  const properties: Record<string, unknown> = {};
  for (let p = 0; p < 8; p++) {
    properties[`field${p}`] = {
      description: `Field ${p} of ${kind}: with a colon # and hash`,
      type: p % 2 ? 'string' : 'integer',
    };
  }
  properties.child = {
    description: 'An embedded sub-resource',
    schema: {
      type: 'array',
      key: { name: `child${i}_id`, description: 'Child key', schema: { type: 'string', format: 'uuid' } },
      query_params: [
        { name: 'since', description: 'Only newer', schema: { type: 'string', format: 'date-time' }, methods: ['get'] },
      ],
      items: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number', minimum: 0 } } },
    },
  };
  return {
    file: `resources/${kind}.yaml`,
    data: {
      kind,
      apiVersion: '1',
      versionInPath: i % 2 === 0,
      default_query_params: [{ name: 'limit', description: 'Page size', schema: { type: 'integer', minimum: 1 } }],
      asyncapi: {
        servers: { [`s${i % 5}`]: { url: `ws://host${i}.example.com`, protocol: 'ws' } },
        channels: { resources: true, instances: true, instance_attrs: true },
      },
      schema: {
        type: 'array',
        key: { name: `${kind}_id`, description: `Key of ${kind}`, schema: { type: 'string' } },
        descriptions: { get: `List ${kind}`, post: `Create ${kind}` },
        query_params: [
          { name: 'q', description: 'Search', required: true, methods: ['get'] },
          { name: 'dry_run', description: 'Validate only', schema: { type: 'boolean' }, methods: ['post'] },
        ],
        items: { type: 'object', descriptions: { get: `One ${kind}` }, properties, required: ['field0'] },
      },
    },
  };
}

export const syntheticResources = (n: number) => Array.from({ length: n }, (_, i) => syntheticResource(i));
