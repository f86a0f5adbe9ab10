/**
 * The README's input/output tables and docs/rules.md are generated from action.yml and the rule
 * table, and this test fails when they disagree. `npm run docs` rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_MEANING, WAIVER_RULES } from '../src/policy/index';
import { parse } from 'yaml';
import { familyOf, isDirected, RULES, type Rule } from '../src/compare/rules';
import { FIRESTONE_ROWS } from '../src/compare/openapi/firestone-rules';
import { OPENAPI_ROWS, OPENAPI_SHARED_RULES } from '../src/compare/openapi/rules';
import { VERSION } from '../src/version';

const root = path.resolve(__dirname, '..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const update = process.env.UPDATE_DOCS === '1';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const cell = (s: string) =>
  s
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

function inputsTable(action: ActionYml): string {
  const rows = Object.entries(action.inputs).map(
    ([name, i]) => `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : '—'} | ${cell(i.description)} |`,
  );
  return ['| input | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

function outputsTable(action: ActionYml): string {
  const rows = Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['| output | meaning |', '|---|---|', ...rows].join('\n');
}

/** Replace the block between `<!-- NAME -->` and `<!-- /NAME -->` (inserted after the first when missing). */
function fill(text: string, name: string, body: string): string {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = text.indexOf(open);
  if (start === -1) throw new Error(`README lacks ${open}`);
  const end = text.indexOf(close, start);
  const after = end === -1 ? start + open.length : end + close.length;
  return `${text.slice(0, start)}${open}\n${body}\n${close}${text.slice(after)}`;
}

function rulesDoc(): string {
  const lines = [
    '# Rule ids',
    '',
    'Every change the action reports carries one of these ids. Override a verdict per id in the',
    "config file's `rules:` map. Generated from `src/compare/rules.ts` by `npm run docs`.",
    '',
    'Direction is seen from the client: AsyncAPI 2.x `subscribe` and 3.x `action: send` are',
    'messages clients receive; 2.x `publish` and 3.x `action: receive` are messages clients send',
    '(a 3.x `reply` travels the other way). WebSocket query parameters and channel parameters are',
    'always sent by the client.',
    '',
    '## Perspective',
    '',
    'Many documents name their operations the other way round from the specification (3.x `action: send`',
    'meaning "the client sends"; in 2.x, `publish` meaning "the application publishes", a well-known',
    'confusion). A spec target with `perspective: client` (CLI `--perspective client`, action input `perspective`) has',
    'its operations read the other way round: 2.x `subscribe` and 3.x `action: send` are then messages',
    'clients send, 2.x `publish` and 3.x `action: receive` messages clients receive, and a 3.x `reply`',
    'still travels against its operation. WebSocket query parameters and channel parameters stay client-sent.',
    "The default, `application`, is the specification's reading. The report states the perspective",
    '(`specs[].perspective`; text and markdown say so when it is `client`). AsyncAPI only: OpenAPI',
    'specs are read as HTTP says (clients send requests); their reports state no perspective, and',
    '`diff --perspective` on two OpenAPI documents is refused.',
    '',
    '## Compatibility modes',
    '',
    '- `backward` (default): the column of the direction the change is used in.',
    '- `forward` (new clients against the old server): the other column.',
    '- `full`: the worse of the two columns.',
    '- `none`: as `backward`; breaking changes do not fail the check.',
    '',
    'Rules with one verdict keep it in every mode.',
    '',
    '## Deprecation and sunset',
    '',
    "AsyncAPI's `deprecated: true` (on a schema, a message or its traits, a 2.x channel) and this project's",
    '`x-deprecated: true` (on a channel, operation, message or server), each optionally with',
    '`x-sunset: YYYY-MM-DD` (or an RFC 3339 date-time, read in UTC): marking an element is listed under its own',
    'non-breaking rule; removing it on or after its sunset date (UTC) is non-breaking; before that date, or',
    'without one, it keeps the usual verdict and the message names the date or says it was deprecated. On a',
    'schema, moving the sunset date earlier, or deleting it while the schema stays deprecated, is breaking',
    '(`*.property.sunset.moved-earlier`, `*.property.sunset.dropped`).',
    '',
    '## Rules',
    '',
    '| id | change | client receives | client sends (and query, parameters) |',
    '|---|---|---|---|',
    ...RULES.filter((r) => !openApiOnly(r)).map(row),
    '',
    ...openApiDoc(),
    ...firestoneDoc(),
    ...policyDoc(),
  ];
  return lines.join('\n');
}

const row = (r: Rule): string =>
  isDirected(r)
    ? `| \`${r.id}\` | ${cell(r.title)} | ${r.receive} | ${r.send} |`
    : `| \`${r.id}\` | ${cell(r.title)} | ${r.type} | ${r.type} |`;

/** Rules only OpenAPI comparisons produce: its own rows and the request/response schema families. */
const openApiOnly = (r: Rule): boolean =>
  Object.hasOwn(OPENAPI_ROWS, r.id) ||
  Object.hasOwn(FIRESTONE_ROWS, r.id) ||
  familyOf(r.id) === 'request' ||
  familyOf(r.id) === 'response';

/** The firestone.* rows: only when the old OpenAPI document was written by firestone. */
function firestoneDoc(): string[] {
  return [
    '## Adopting next to firestone (OpenAPI)',
    '',
    'When the old document of an OpenAPI comparison (the base spec, or the committed spec in a drift check)',
    "was written by firestone, each difference that comes only from one of firestone's defects this tool",
    'fixes (the OA-n of [openapi-generation.md](openapi-generation.md)) is listed under its own rule,',
    'non-breaking in every compatibility mode; a change the team made in the same pull request keeps its',
    'ordinary rule. See [classification.md](classification.md), "Adopting next to firestone".',
    '',
    '| id | defect | difference | type |',
    '|---|---|---|---|',
    ...Object.entries(FIRESTONE_ROWS).map(([id, r]) => `| \`${id}\` | ${r.defect} | ${cell(r.title)} | ${r.type} |`),
    '',
  ];
}

/** The OpenAPI table: every id an OpenAPI comparison can report, with both columns. */
function openApiDoc(): string[] {
  const shared = new Set<string>(OPENAPI_SHARED_RULES);
  const schemaFamilies = new Set(['request', 'response', 'header', 'parameter']);
  return [
    '## OpenAPI rules (3.0 and 3.1)',
    '',
    'Parameters and request bodies are sent by clients; responses, their headers and bodies are received.',
    'Callbacks and webhooks turn this round: their request bodies are received by clients, their responses',
    'sent. A schema change carries the family of its place (`request.`, `response.`, `header.` for response',
    'headers, `parameter.`) and the schema rows above; a change below a `readOnly` property counts only where',
    'clients receive it, below a `writeOnly` one only where they send it. `deprecated` and `x-sunset`',
    '(`YYYY-MM-DD` or an RFC 3339 date-time, read in UTC) on operations, parameters, response headers and',
    'schema properties follow "Deprecation and sunset"; moving a sunset date earlier, or deleting it while the',
    'element stays deprecated, is breaking. `x-stability-level` (`draft` < `alpha` < `beta` < `stable`, absent',
    'is stable) on an operation or a schema property lowered is breaking, raised non-breaking; changes inside an operation that is `draft` or `alpha`',
    'on both sides are listed as non-breaking. See [classification.md](classification.md) for where this',
    'table differs from oasdiff, and why.',
    '',
    '| id | change | client receives | client sends |',
    '|---|---|---|---|',
    ...RULES.filter(
      (r) => Object.hasOwn(OPENAPI_ROWS, r.id) || shared.has(r.id) || schemaFamilies.has(familyOf(r.id) ?? ''),
    ).map(row),
    '',
  ];
}

/** The findings about the config's own waivers, and what each compatibility mode does to the table. */
function policyDoc(): string[] {
  return [
    '## Waiver findings',
    '',
    'Reported at the waiver\'s line in the config file (see the README, "Accepting a breaking change").',
    '',
    '| id | finding | type |',
    '|---|---|---|',
    ...Object.values(WAIVER_RULES).map((r) => `| \`${r.id}\` | ${cell(r.title)} | ${r.type} |`),
    '',
    '## Compatibility modes',
    '',
    'The columns above answer "do existing clients keep working when the server moves to the new',
    'spec" (`backward`). A spec target may choose another question with `compatibility:`:',
    '',
    '| mode | what it means | verdict of a change |',
    '|---|---|---|',
    `| \`backward\` | ${cell(COMPATIBILITY_MEANING.backward)} | the column of the direction the change is used in |`,
    `| \`forward\` | ${cell(COMPATIBILITY_MEANING.forward)} | the column of the other direction |`,
    `| \`full\` | ${cell(COMPATIBILITY_MEANING.full)} | the worse of the two columns |`,
    `| \`none\` | ${cell(COMPATIBILITY_MEANING.none)} | as \`backward\` |`,
    '',
    'Rules with one verdict whatever the direction (channels, servers, security …) keep it in every mode.',
    '',
  ];
}

function check(file: string, expected: string) {
  if (update) writeFileSync(path.join(root, file), expected);
  expect(read(file), `${file} is out of date: run npm run docs`).toBe(expected);
}

describe('generated documentation', () => {
  const action = parse(read('action.yml')) as ActionYml;

  it('README tables match action.yml', () => {
    let readme = read('README.md');
    readme = fill(readme, 'INPUTS', inputsTable(action));
    readme = fill(readme, 'OUTPUTS', outputsTable(action));
    check('README.md', readme);
  });

  it('docs/rules.md lists every rule id', () => {
    check('docs/rules.md', rulesDoc());
  });

  it('action.yml declares every input and output of the contract', () => {
    const inputs = [
      'mode',
      'report',
      'config',
      'only',
      'resources',
      'spec-file',
      'title',
      'description',
      'spec-version',
      'asyncapi-version',
      'base-ref',
      'fail-on',
      'allow-breaking-label',
      'comment',
      'github-token',
      'commit-message',
      'commit-user-name',
      'commit-user-email',
      'annotations',
      'compatibility',
      'perspective',
    ];
    const outputs = [
      'breaking',
      'warning',
      'non-breaking',
      'unclassified',
      'drift',
      'changed-files',
      'commit-sha',
      'report-file',
      'comment-url',
      'waived',
      'sarif-file',
    ];
    expect(Object.keys(action.inputs).sort()).toEqual([...inputs].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...outputs].sort());
    expect((parse(read('action.yml')) as { runs: unknown }).runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });
});

describe('references from the code', () => {
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f));

  it('every docs/*.md a source comment names exists, and none names the team notes', () => {
    const missing: string[] = [];
    const notes: string[] = [];
    for (const file of files('src')) {
      const text = read(file);
      for (const [ref] of text.matchAll(/docs\/[A-Za-z0-9_-]+\.md/g)) {
        if (!existsSync(path.join(root, ref))) missing.push(`${file}: ${ref}`);
      }
      if (/\b(CLASSIFICATION|CONTRACT|GENERATION|DESIGN)\.md\b|\.\.\/shared\//.test(text)) notes.push(file);
    }
    expect(missing).toEqual([]);
    expect(notes).toEqual([]);
  });
});
