/**
 * The small firestone resources the CLI and action tests are written against: a `book` API (and
 * an `author` one for targets with more than one file). One template; the CLI tests and the
 * action tests ask for different details of it through options (test/cli/helpers.ts and
 * test/e2e/harness.ts hold their presets).
 */

export interface BookOptions {
  /** Default `book`. */
  kind?: string;
  /** Lines above `kind:` (comments that move every line down, ...). */
  head?: string[];
  apiVersion?: string;
  /** `metadata.description`; no metadata when absent. */
  description?: string;
  /** `schema.key.description`. */
  keyDescription?: string;
  /** `schema.key.schema.type`. */
  keyType?: string;
  /** Default `[title]`; none written when empty. */
  required?: string[];
  /** The lines under `properties:` (indented by six spaces), as one text or a list of lines. */
  properties?: string | string[];
  /** The firestone channels to generate. Default resources and instances. */
  channels?: string[];
  /** Writes the `dev` ws server. Default true. */
  server?: boolean;
}

export const TITLE = ['      title:', '        type: string'];
export const AUTHOR = ['      author:', '        type: string'];
export const ISBN = ['      isbn:', '        type: string'];
export const YEAR = ['      year:', '        type: integer'];

export function bookYaml(opts: BookOptions = {}): string {
  const required = opts.required ?? ['title'];
  const properties = opts.properties ?? [...TITLE, ...AUTHOR];
  return [
    ...(opts.head ?? []),
    `kind: ${opts.kind ?? 'book'}`,
    ...(opts.apiVersion === undefined ? [] : [`apiVersion: ${JSON.stringify(opts.apiVersion)}`]),
    ...(opts.description === undefined ? [] : ['metadata:', `  description: ${opts.description}`]),
    'schema:',
    '  type: array',
    '  key:',
    '    name: book_id',
    ...(opts.keyDescription === undefined ? [] : [`    description: ${opts.keyDescription}`]),
    ...(opts.keyType === undefined ? [] : ['    schema:', `      type: ${opts.keyType}`]),
    '  items:',
    '    type: object',
    ...(required.length > 0 ? [`    required: [${required.join(', ')}]`] : []),
    '    properties:',
    ...(typeof properties === 'string' ? properties.split('\n') : properties).filter((l) => l !== ''),
    'asyncapi:',
    ...(opts.server === false
      ? []
      : ['  servers:', '    dev:', '      url: ws://localhost:8080', '      protocol: ws']),
    '  channels:',
    ...(opts.channels ?? ['resources', 'instances']).map((c) => `    ${c}: true`),
    '',
  ].join('\n');
}

/** A second, unrelated resource, for targets with more than one file. */
export function authorYaml(opts: { kind?: string; channels?: string[] } = {}): string {
  return [
    `kind: ${opts.kind ?? 'author'}`,
    'schema:',
    '  type: array',
    '  key:',
    '    name: author_id',
    '  items:',
    '    type: object',
    '    properties:',
    '      name:',
    '        type: string',
    'asyncapi:',
    '  channels:',
    ...(opts.channels ?? ['resources']).map((c) => `    ${c}: true`),
    '',
  ].join('\n');
}
