/**
 * OpenAPI next to AsyncAPI through the built CLI, in real git repositories: both committed spec
 * files are found without a config, checked for drift and updated from one set of resources;
 * `--spec-file` repeated, a config with two targets, `--only`; the text report's "By resource
 * line" table; a spec firestone wrote (anchors, integer codes, its comment line) is read and
 * named in one notice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, sh } from '../helpers/git-repo';
import { bookResource, cliTestFile, describeRun, lineOf, repoWithSpec, runCli, workspace } from './helpers';

cliTestFile();

const RESOURCE = 'resources/book.yaml';
const BOTH = ['--spec-file', 'asyncapi.yaml', '--spec-file', 'openapi.yaml'];

interface SpecJson {
  file: string;
  kind: string;
  drift: boolean;
  changes: { rule: string; type: string; source: { file: string; line: number } | null }[];
}
interface ReportJson {
  specs: SpecJson[];
  summary: Record<string, number | boolean>;
}

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');

/** A repository whose first commit holds the book resource and both specs `update` made from it. */
const bothRepo = () => repoWithSpec({ [RESOURCE]: bookResource() }, { updateArgs: BOTH, message: 'book API' });

/** Adds a required property: breaks clients that send books. */
const WITH_ISBN = bookResource({
  required: ['title', 'isbn'],
  props: '      title:\n        type: string\n      isbn:\n        type: string\n      author:\n        type: string',
});

describe('two spec kinds from one set of resources', () => {
  it('update writes both specs; check finds both committed files without a config, each of its kind', async () => {
    const { work } = bothRepo();
    expect(read(work, 'openapi.yaml')).toMatch(/^openapi: 3\.0\.0\n/);
    expect(read(work, 'asyncapi.yaml')).toMatch(/^asyncapi: 2\.5\.0\n/);
    expect(read(work, 'openapi.yaml')).toMatch(/^ {2}\/book:$/m);

    const r = await runCli(['check', '--format', 'json'], { cwd: work });
    expect(r.code, describeRun(r)).toBe(0);
    const data = JSON.parse(r.stdout) as ReportJson;
    expect(data.specs.map((s) => [s.file, s.kind, s.drift])).toEqual([
      ['asyncapi.yaml', 'asyncapi', false],
      ['openapi.yaml', 'openapi', false],
    ]);
    expect(Object.keys(data.specs[1] ?? {})).toEqual([
      'file',
      'kind',
      'drift',
      'baseline',
      'compatibility',
      'changes',
      'summary',
    ]);

    // Both kinds are compared: the first line says so in words.
    const text = await runCli(['check'], { cwd: work });
    expect(text.code, describeRun(text)).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/No breaking changes/);
  });

  it('one resource edit: drift in both specs, the REST and the WebSocket break in the "By resource line" table; update fixes both', async () => {
    const { work, first } = bothRepo();
    fs.writeFileSync(path.join(work, RESOURCE), WITH_ISBN);

    const json = await runCli(['check', '--base', first, '--format', 'json'], { cwd: work });
    expect(json.code, describeRun(json)).toBe(1);
    const data = JSON.parse(json.stdout) as ReportJson;
    expect(data.specs.map((s) => s.drift)).toEqual([true, true]);
    expect(data.summary.drift).toBe(true);
    const breaking = data.specs[0]?.changes.filter((c) => c.type === 'breaking') ?? [];
    // The new required property, at its line in the resource.
    const isbnLine = lineOf(WITH_ISBN, /^ {6}isbn:/);
    expect(breaking.map((c) => c.source)).toEqual([{ file: RESOURCE, line: isbnLine }]);
    expect(data.summary.breaking).toBe(
      data.specs.reduce((n, s) => n + s.changes.filter((c) => c.type === 'breaking').length, 0),
    );

    const text = await runCli(['check', '--base', first], { cwd: work });
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n');
    const table = lines.indexOf('By resource line:');
    expect(table).toBe(2);
    expect(lines[table + 1]).toMatch(/^ {2}resource line +asyncapi\.yaml +openapi\.yaml$/);
    // One edit, one row: the REST break (isbn became required in CreateBook's request) and the
    // WebSocket one are both at the new property's line.
    expect(lines[table + 2]).toMatch(
      new RegExp(`^  resources/book\\.yaml:${isbnLine} +breaking \\(1\\) +breaking \\(2\\)$`),
    );
    expect(text.stderr).toMatch(/asyncapi\.yaml is out of date/);
    expect(text.stderr).toMatch(/openapi\.yaml is out of date/);

    const up = await runCli(['update'], { cwd: work });
    expect(up.code, describeRun(up)).toBe(0);
    expect(up.stdout).toBe('updated asyncapi.yaml\nupdated openapi.yaml\n');
    expect(read(work, 'openapi.yaml')).toMatch(/- isbn/);
    const again = await runCli(['check'], { cwd: work });
    expect(again.code, describeRun(again)).toBe(0);
    // Nothing but the two specs was written.
    expect(
      sh(work, ['status', '--porcelain', '--untracked-files=all']).replace(/^ ?M /gm, '').split('\n').sort(),
    ).toEqual(['asyncapi.yaml', 'openapi.yaml', RESOURCE]);
  });

  it('update keeps the committed OpenAPI info; --only picks one target; a repository with only openapi.yaml', async () => {
    const { work } = bothRepo();
    const titled = read(work, 'openapi.yaml').replace(/^ {2}title: .*$/m, '  title: Book store REST');
    commitFiles(work, { 'openapi.yaml': titled }, 'rename the REST API');
    fs.writeFileSync(path.join(work, RESOURCE), WITH_ISBN);

    const only = await runCli(['update', '--only', 'openapi.yaml'], { cwd: work });
    expect(only.code, describeRun(only)).toBe(0);
    expect(only.stdout).toBe('updated openapi.yaml\n');
    expect(read(work, 'openapi.yaml')).toMatch(/^ {2}title: Book store REST$/m);
    expect(sh(work, ['status', '--porcelain', 'asyncapi.yaml'])).toBe('');

    const rest = repoWithSpec({ [RESOURCE]: bookResource() }, { updateArgs: ['--spec-file', 'openapi.yaml'] });
    expect(fs.existsSync(path.join(rest.work, 'asyncapi.yaml'))).toBe(false);
    const r = await runCli(['check', '--format', 'json'], { cwd: rest.work });
    expect(r.code, describeRun(r)).toBe(0);
    expect((JSON.parse(r.stdout) as ReportJson).specs.map((s) => [s.file, s.kind])).toEqual([
      ['openapi.yaml', 'openapi'],
    ]);
  });

  it('a config with two targets: kind, openapi version and prefix; the kind of a name without openapi', async () => {
    const config = [
      'specs:',
      '  - output: api/rest.yaml',
      '    kind: openapi',
      '    openapi: 3.1.0',
      '    prefix: https://api.example.test',
      '    title: Books',
      '  - output: api/events.yaml',
      '    asyncapi: 3.0.0',
      '    title: Book events',
      '',
    ].join('\n');
    const ws = workspace('kinds-config-', { [RESOURCE]: bookResource(), '.github/firestone-spec.yml': config });
    const up = await runCli(['update'], { cwd: ws });
    expect(up.code, describeRun(up)).toBe(0);
    const rest = read(ws, 'api/rest.yaml');
    expect(rest).toMatch(/^openapi: 3\.1\.0\n/);
    expect(rest).toMatch(/^servers:\n {2}- url: https:\/\/api\.example\.test$/m);
    expect(read(ws, 'api/events.yaml')).toMatch(/^asyncapi: 3\.0\.0\n/);
    const check = await runCli(['check', '--format', 'json'], { cwd: ws });
    expect(check.code, describeRun(check)).toBe(0);
    expect((JSON.parse(check.stdout) as ReportJson).specs.map((s) => s.kind)).toEqual(['openapi', 'asyncapi']);

    // Without `kind`, a name without `openapi` and no committed file is AsyncAPI: `prefix` is an error at its line.
    const bad = config.replace('    kind: openapi\n', '').replace('api/rest.yaml', 'api/new-rest.yaml');
    fs.writeFileSync(path.join(ws, '.github/firestone-spec.yml'), bad);
    const refused = await runCli(['check'], { cwd: ws });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      new RegExp(
        `^\\.github/firestone-spec\\.yml:${lineOf(bad, '    openapi: 3.1.0')}:\\d+: .*'openapi' is a key of OpenAPI targets`,
        'm',
      ),
    );
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * An OpenAPI file in firestone's layout, written for this test: anchors (one name defined twice),
 * integer response codes, and firestone's comment line after `info`.
 */
const FIRESTONE_OPENAPI = [
  'components:',
  '  schemas:',
  '    book:',
  '      properties:',
  '        author:',
  '          type: string',
  '        title:',
  '          type: string',
  '      required:',
  '      - title',
  '      type: object',
  'info:',
  '  description: Books over HTTP',
  '  title: Book store',
  '  version: 4.2.0',
  '# https://www.jvt.me/posts/2022/05/29/openapi-json-patch/',
  'openapi: 3.0.0',
  'paths:',
  '  /book:',
  '    get:',
  '      description: get operation for /book',
  '      operationId: book_get',
  '      parameters: &id001 []',
  '      responses:',
  '        200:',
  '          content:',
  '            application/json:',
  '              schema:',
  '                items: &id001',
  "                  $ref: '#/components/schemas/book'",
  '                type: array',
  '          description: Response for OK',
  '      tags: &id002',
  '      - book',
  '    head:',
  '      description: head operation for /book',
  '      operationId: book_head',
  '      parameters: []',
  '      responses:',
  '        default:',
  '          description: Default HEAD response',
  '      tags: *id002',
  '    delete:',
  '      description: delete operation for /book',
  '      operationId: book_delete',
  '      parameters: []',
  '      responses:',
  '        200:',
  '          content:',
  '            application/json:',
  '              schema: *id001',
  '          description: Response for OK',
  '      tags: *id002',
  '',
].join('\n');

describe('adopting next to firestone', () => {
  it("reads firestone's OpenAPI file, says once that firestone wrote it, and keeps its info on update", async () => {
    const { work } = repoWithSpec({ [RESOURCE]: bookResource() });
    commitFiles(work, { 'openapi.yaml': FIRESTONE_OPENAPI }, 'firestone output');

    const r = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: work });
    expect([0, 1]).toContain(r.code);
    const notices = r.stderr.split('\n').filter((l) => l.startsWith('notice:'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      new RegExp(
        `openapi\\.yaml: written by firestone \\(its comment line at line ${lineOf(FIRESTONE_OPENAPI, /^# https/)}, response codes written as integers`,
      ),
    );
    const data = JSON.parse(r.stdout) as ReportJson;
    const spec = data.specs.find((s) => s.file === 'openapi.yaml');
    expect(spec).toMatchObject({ kind: 'openapi', baseline: { found: true } });
    expect(spec).not.toHaveProperty('baseline.error');

    const up = await runCli(['update'], { cwd: work });
    expect(up.code, describeRun(up)).toBe(0);
    const written = read(work, 'openapi.yaml');
    expect(written).toMatch(/^ {2}title: Book store$/m);
    expect(written).toMatch(/^ {2}version: 4\.2\.0$/m);
    expect(written).toMatch(/^ {2}description: Books over HTTP$/m);
    expect(written).not.toMatch(/jvt\.me/);
    expect(written).toMatch(/^ {8}'200':$/m);
  });
});
