/**
 * `firestone-spec generate … openapi`, run from dist/cli.js as firestone users run firestone:
 * `--version` after the word is the OpenAPI version, `-v` before it the spec version, `--prefix`,
 * `-s`, `-O`; `--openapi-version` anywhere; refusals exit 2 and write nothing. Also
 * scripts/firestone-openapi.mjs over case folders made here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openApiErrors } from '../helpers/openapi-valid';
import { cliTestFile, describeRun, ROOT, runCli, tempDir, workspace, writeFiles } from './helpers';

cliTestFile();

const TAGS = [
  'kind: tags',
  'methods: {resource: [get], instance: [get, put]}',
  'schema:',
  '  type: array',
  '  key: {name: tag, description: The label, schema: {type: string, maxLength: 20}}',
  '  items: {type: object, properties: {label: {type: string}}, required: [label]}',
  '',
].join('\n');

const NOTES = [
  'kind: notes',
  'apiVersion: "2"',
  'versionInPath: true',
  'security:',
  '  scheme: {bearer: {type: http, scheme: bearer}}',
  '  resource: [post]',
  'schema:',
  '  type: array',
  '  key: {name: note_id}',
  '  items: {type: object, properties: {text: {type: string}}}',
  '',
].join('\n');

describe("generate … openapi: firestone's command line", () => {
  it('-t -d -v -s -r LIST openapi --version V --prefix URL -O FILE', async () => {
    const cwd = workspace('gen-oa-', { 'tags.yaml': TAGS, 'notes.yaml': NOTES });
    const args = ['generate', '-t', 'Notes: API', '-d', '#1', '-v', '2.0', '-s', 'Short', '-r', 'tags.yaml,notes.yaml'];
    const r = await runCli(
      [...args, 'openapi', '--version', '3.1.0', '--prefix', 'https://x.test/api', '-O', 'o.yaml'],
      {
        cwd,
      },
    );
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toBe('');
    const doc = parseYaml(fs.readFileSync(path.join(cwd, 'o.yaml'), 'utf8'));
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toEqual({ title: 'Notes: API', summary: 'Short', description: '#1', version: '2.0' });
    expect(doc.servers).toEqual([{ url: 'https://x.test/api' }]);
    expect(Object.keys(doc.paths).sort()).toEqual(['/tags', '/tags/{tag}', '/v2/notes']);
    expect(doc.paths['/v2/notes'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/tags/{tag}'].get.parameters).toEqual([
      { name: 'tag', in: 'path', required: true, schema: { type: 'string', maxLength: 20 }, description: 'The label' },
    ]);
    expect(await openApiErrors(doc)).toEqual([]);
  });

  it('without --version: OpenAPI 3.0.0 to stdout, the summary left out with a warning; JSON for -o *.json', async () => {
    const cwd = workspace('gen-oa-', { 'tags.yaml': TAGS });
    const r = await runCli(['generate', '-s', 'Short', 'tags.yaml', 'openapi'], { cwd });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toBe('warning: --summary is written for OpenAPI 3.1.x only; OpenAPI 3.0.0 has no info.summary\n');
    const doc = parseYaml(r.stdout);
    expect(doc.openapi).toBe('3.0.0');
    expect(doc.info).toEqual({ title: 'API', description: '', version: '1.0.0' });
    expect(Object.keys(doc.components.schemas)).toEqual(['tag', 'UpdateTag']);
    expect(await openApiErrors(doc)).toEqual([]);

    const json = await runCli(['generate', 'tags.yaml', 'openapi', '-o', 'out/spec.json'], { cwd });
    expect(json.code, describeRun(json)).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'out/spec.json'), 'utf8'))).toEqual(doc);
  });

  it('--openapi-version anywhere selects OpenAPI; -v/--version before the word stay the spec version', async () => {
    const cwd = workspace('gen-oa-', { 'tags.yaml': TAGS });
    const anywhere = await runCli(['generate', '--openapi-version', '3.0.3', '--version', '7', 'tags.yaml'], { cwd });
    expect(anywhere.code, describeRun(anywhere)).toBe(0);
    expect(parseYaml(anywhere.stdout)).toMatchObject({ openapi: '3.0.3', info: { version: '7' } });
    const both = await runCli(['generate', '-v', '7', 'tags.yaml', 'openapi', '--version=3.1.1'], { cwd });
    expect(both.code, describeRun(both)).toBe(0);
    expect(parseYaml(both.stdout)).toMatchObject({ openapi: '3.1.1', info: { version: '7' } });
  });

  it('the word asyncapi (or none) still writes AsyncAPI, with --version as the spec version', async () => {
    const cwd = workspace('gen-oa-', { 'tags.yaml': TAGS });
    for (const args of [
      ['tags.yaml', 'asyncapi', '--version', '3'],
      ['--version', '3', 'tags.yaml'],
    ]) {
      const r = await runCli(['generate', ...args], { cwd });
      expect(r.code, describeRun(r)).toBe(0);
      expect(parseYaml(r.stdout)).toMatchObject({ asyncapi: '2.5.0', info: { version: '3' } });
    }
  });

  it('--version 2.0 after openapi: exit 2, one line, nothing written', async () => {
    const cwd = workspace('gen-oa-', { 'tags.yaml': TAGS });
    const r = await runCli(['generate', '-r', 'tags.yaml', 'openapi', '--version', '2.0', '-O', 'o.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('--version 2.0: OpenAPI 3.0.x or 3.1.x only\n');
    expect(fs.existsSync(path.join(cwd, 'o.yaml'))).toBe(false);
    const flag = await runCli(['generate', '--openapi-version', '3.2.0', 'tags.yaml'], { cwd });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('--openapi-version 3.2.0: OpenAPI 3.0.x or 3.1.x only\n');
  });

  it('OpenAPI flags without the word openapi, or both words: usage errors', async () => {
    const cwd = workspace('gen-oa-', { 'tags.yaml': TAGS });
    const prefix = await runCli(['generate', '--prefix', 'https://x', 'tags.yaml'], { cwd });
    expect(prefix.code).toBe(2);
    expect(prefix.stderr).toMatch(/^firestone-spec: --prefix is for OpenAPI output: add the word openapi\n/);
    const asyncVersion = await runCli(['generate', '--asyncapi-version', '3.0.0', 'tags.yaml', 'openapi'], { cwd });
    expect(asyncVersion.code).toBe(2);
    expect(asyncVersion.stderr).toMatch(/^firestone-spec: --asyncapi-version is for AsyncAPI output\n/);
    const twoWords = await runCli(['generate', 'tags.yaml', 'openapi', 'asyncapi'], { cwd });
    expect(twoWords.code).toBe(2);
  });

  it('a refused set: exit 2 naming both files and lines, no stack trace, nothing written', async () => {
    const cwd = workspace('gen-oa-', { 'a.yaml': TAGS, 'b.yaml': TAGS.replace('{resource: [get], ', '{') });
    const r = await runCli(['generate', '-r', 'a.yaml,b.yaml', 'openapi', '-O', 'o.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'b.yaml:3:1: a.yaml:3:1 and b.yaml:3:1 both produce path /tags (at /schema)\n' +
        'b.yaml:5:3: a.yaml:5:3 and b.yaml:5:3 both produce path /tags/{tag} (at /schema/key)\n',
    );
    expect(fs.existsSync(path.join(cwd, 'o.yaml'))).toBe(false);
  });
});

describe('scripts/firestone-openapi.mjs', () => {
  const expected = (description: string) =>
    [
      'openapi: 3.0.0',
      'info: {title: Tags, description: Labels, version: "1"}',
      'components:',
      '  schemas:',
      '    tag: {type: object, properties: {label: {type: string}}}',
      '    UpdateTag: {allOf: [{$ref: "#/components/schemas/tag"}, {type: object}]}',
      'paths:',
      '  /tags:',
      '    get:',
      `      description: ${description}`,
      '      operationId: tags_get',
      '      parameters: []',
      '      responses:',
      "        '200':",
      '          description: Response for OK',
      '          content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/tag"}}}}',
      '      tags: [tags]',
      '  /tags/{tag}:',
      '    get:',
      '      description: get operation for /tags/{tag}',
      '      operationId: tags_tag_get',
      '      parameters: [{name: tag, in: path, required: true, schema: {type: string, maxLength: 20}, description: The label}]',
      '      responses:',
      "        '200': {description: Response for OK, content: {application/json: {schema: {$ref: '#/components/schemas/tag'}}}}",
      '      tags: [tags]',
      '    put:',
      '      description: put operation for /tags/{tag}',
      '      operationId: tags_tag_put',
      '      parameters: [{name: tag, in: path, required: true, schema: {type: string, maxLength: 20}, description: The label}]',
      "      requestBody: {description: 'The request body for /tags/{tag}', required: true, content: {application/json: {schema: {$ref: '#/components/schemas/UpdateTag'}}}}",
      '      responses:',
      "        '200': {description: Response for OK, content: {application/json: {schema: {$ref: '#/components/schemas/UpdateTag'}}}}",
      '      tags: [tags]',
      '',
    ].join('\n');
  /** firestone's own output for the same case, as its writer shapes it: integer codes, plain-string path parameters. */
  const oracle = (description: string) =>
    [
      'openapi: "3.0.0"',
      'info: {title: Tags, description: Labels, version: "1"}',
      '# https://www.jvt.me/posts/2022/05/29/openapi-json-patch/',
      ...expected(description)
        .split('\n')
        .slice(2)
        .map((l) =>
          l
            .replace(/schema: \{type: string, maxLength: 20\}, description: The label/, 'schema: {type: string}')
            .replace(/'200'/, '200'),
        ),
    ].join('\n');
  const caseJson = (resources: string[]) =>
    JSON.stringify({ title: 'Tags', description: 'Labels', version: '1', resources });

  function cases(extra: Record<string, string> = {}): string {
    const dir = tempDir('oa-cases-');
    writeFiles(dir, {
      'shared/tags.yaml': TAGS,
      'ok/case.json': caseJson(['../shared/tags.yaml']),
      'ok/expected.fixed.openapi.yaml': expected('get operation for /tags'),
      'clash/case.json': caseJson(['a.yaml', 'b.yaml']),
      'clash/a.yaml': TAGS,
      'clash/b.yaml': TAGS,
      'clash/expected.refused.txt': 'a.yaml and b.yaml both produce path /tags\n',
      'no-expectation/case.json': caseJson(['x.yaml']),
      ...extra,
    });
    return dir;
  }

  const runScript = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/firestone-openapi.mjs'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('a folder whose cases all match: exit 0 and a one-line summary', () => {
    const r = runScript(cases());
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('firestone-openapi: 2/2 cases match (1 generated, 1 refused)\n');
    expect(r.status).toBe(0);
  });

  it('a case that differs, one that should be refused and is not: exit 1, each named', () => {
    const dir = cases({
      'wrong/case.json': caseJson(['../shared/tags.yaml']),
      'wrong/expected.fixed.openapi.yaml': expected('List tags'),
      'lenient/case.json': caseJson(['../shared/tags.yaml']),
      'lenient/expected.refused.txt': 'tags.yaml: refused\n',
    });
    const r = runScript(dir);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(/^FAIL .*lenient: expected a refusal \(exit 2\), got exit 0$/),
      expect.stringMatching(
        /^FAIL .*wrong: differs from expected\.fixed\.openapi\.yaml at \/paths\/~1tags\/get\/description$/,
      ),
      'firestone-openapi: 2/4 cases match (2 generated, 2 refused)',
      '',
    ]);
    expect(r.status).toBe(1);
  });

  it("firestone's own output beside a case: diff of it against ours must list firestone.* changes only", () => {
    const ok = runScript(cases({ 'ok/expected.oracle.openapi.yaml': oracle('get operation for /tags') }));
    expect(ok.stdout).toBe(
      [
        'firestone-openapi: 2/2 cases match (1 generated, 1 refused)',
        "firestone-openapi adoption: 1 diffs of firestone's output against ours, 1/1 changes firestone.* and non-breaking",
        '',
      ].join('\n'),
    );
    expect(ok.status).toBe(0);
    // An oracle that differs in something firestone's defects do not explain fails the case.
    const wrong = runScript(cases({ 'ok/expected.oracle.openapi.yaml': oracle('List tags') }));
    expect(wrong.stdout.split('\n')[0]).toMatch(
      /^FAIL .*ok: diff expected\.oracle\.openapi\.yaml expected\.fixed\.openapi\.yaml: 1 change\(s\) not from firestone's defects, first: .*\(operation\.description\.changed\)$/,
    );
    expect(wrong.status).toBe(1);
  });

  it('bad usage: exit 2', () => {
    expect(runScript().status).toBe(2);
    expect(runScript(path.join(tempDir('oa-empty-'))).status).toBe(2);
  });
});
