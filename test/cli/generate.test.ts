/**
 * `firestone-spec generate`, run from dist/cli.js: the fixture cases as firestone gets them
 * (absolute paths), YAML and JSON output, --out, determinism, globs and defaults.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlias, isNode, parse as parseYaml, parseDocument, visit } from 'yaml';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { CLI, cliTestFile, describeRun, fixtureCases, runCli, tempDir, writeFiles } from './helpers';

cliTestFile();

const cases = fixtureCases();

/** Anchors (`&a`) and aliases (`*a`) in a YAML text. */
function anchorsAndAliases(text: string): string[] {
  const found: string[] = [];
  visit(parseDocument(text), (_key, node) => {
    if (isAlias(node)) found.push(`*${node.source}`);
    else if (isNode(node) && node.anchor) found.push(`&${node.anchor}`);
  });
  return found;
}

describe('generate: fixture cases', () => {
  it('has the three documented cases', () => {
    expect(cases.map((c) => c.name)).toEqual(['book', 'chat', 'library']);
  });

  for (const c of cases) {
    it(`${c.name}: YAML to stdout, JSON with --format json and with --out *.json`, async () => {
      // Run from an unrelated directory with absolute paths, as firestone is invoked.
      const cwd = tempDir(`gen-${c.name}-`);
      const args = ['generate', '--title', c.title, '--description', c.description, '--spec-version', c.version];
      const expected: unknown = parseYaml(c.expectedText);

      const first = await runCli([...args, ...c.resources], { cwd });
      expect(first.code, describeRun(first)).toBe(0);
      expect(first.stderr).toBe('');
      expect(parseYaml(first.stdout)).toEqual(expected);
      expect(first.stdout.endsWith('\n')).toBe(true);
      expect(first.stdout.endsWith('\n\n')).toBe(false);
      // No anchors or aliases in our output (docs/generation.md, defect 8).
      expect(anchorsAndAliases(first.stdout)).toEqual([]);
      await expectValidAsyncApi(parseYaml(first.stdout));

      const second = await runCli([...args, ...c.resources], { cwd });
      expect(second.code, describeRun(second)).toBe(0);
      expect(second.stdout).toBe(first.stdout);

      const json = await runCli([...args, '--format', 'json', ...c.resources], { cwd });
      expect(json.code, describeRun(json)).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual(expected);
      expect(json.stdout.endsWith('\n')).toBe(true);

      // The directory does not exist yet: --out creates it.
      const out = path.join(cwd, 'out', 'spec.json');
      const written = await runCli([...args, '--out', 'out/spec.json', ...c.resources], { cwd });
      expect(written.code, describeRun(written)).toBe(0);
      expect(written.stdout).toBe('');
      const text = fs.readFileSync(out, 'utf8');
      // JSON chosen by the extension alone, and the same bytes as --format json.
      expect(text).toBe(json.stdout);
      expect(JSON.parse(text)).toEqual(expected);
      // Nothing but the output file was written next to it (no temp files left behind).
      expect(fs.readdirSync(path.dirname(out))).toEqual(['spec.json']);
    });
  }
});

describe('generate: arguments', () => {
  const library = cases.find((c) => c.name === 'library');
  const book = cases.find((c) => c.name === 'book');

  it('expands globs itself (quoted, no shell), relative to the current directory', async () => {
    if (!library) throw new Error('library fixture missing');
    const cwd = tempDir('gen-glob-');
    fs.mkdirSync(path.join(cwd, 'api'));
    // loans.yaml is referenced by shelves.yaml as a sibling, so they stay together.
    for (const file of library.resources) fs.copyFileSync(file, path.join(cwd, 'api', path.basename(file)));
    // A YAML file outside the glob that is not a resource: must not be read.
    writeFiles(cwd, { 'other/junk.yaml': 'not: [a, resource\n' });
    const flags = ['--title', library.title, '--description', library.description, '--spec-version', library.version];

    const star = await runCli(['generate', ...flags, 'api/*.yaml'], { cwd });
    expect(star.code, describeRun(star)).toBe(0);
    expect(parseYaml(star.stdout)).toEqual(parseYaml(library.expectedText));

    const globstar = await runCli(['generate', ...flags, 'api/**/*.yaml'], { cwd });
    expect(globstar.code, describeRun(globstar)).toBe(0);
    expect(globstar.stdout).toBe(star.stdout);

    // A glob and a plain file together; the file matched twice counts once.
    const mixed = await runCli(
      ['generate', ...flags, 'api/shelves.yaml', 'api/l*.yaml', 'api/m*.yaml', 'api/loans.yaml'],
      {
        cwd,
      },
    );
    expect(mixed.code, describeRun(mixed)).toBe(0);
    expect(mixed.stdout).toBe(star.stdout);
  });

  it('defaults: title API, empty description, version 1.0.0 (a string); --out *.yaml writes YAML', async () => {
    if (!book) throw new Error('book fixture missing');
    const cwd = tempDir('gen-defaults-');
    const result = await runCli(['generate', ...book.resources], { cwd });
    expect(result.code, describeRun(result)).toBe(0);
    const doc = parseYaml(result.stdout) as Record<string, unknown>;
    expect(doc.info).toEqual({ title: 'API', description: '', version: '1.0.0' });
    const expected = parseYaml(book.expectedText) as Record<string, unknown>;
    expect({ ...doc, info: null }).toEqual({ ...expected, info: null });
    // Key order of docs/generation.md: asyncapi, defaultContentType, info, servers, components, channels.
    expect(Object.keys(doc)).toEqual(['asyncapi', 'defaultContentType', 'info', 'servers', 'components', 'channels']);

    const out = await runCli(['generate', '--out', 'spec.yaml', ...book.resources], { cwd });
    expect(out.code, describeRun(out)).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'spec.yaml'), 'utf8')).toBe(result.stdout);

    // --format wins over the extension.
    const forced = await runCli(['generate', '--format', 'json', '--out', 'spec.txt', ...book.resources], { cwd });
    expect(forced.code, describeRun(forced)).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'spec.txt'), 'utf8'))).toEqual(doc);
  });

  it('the bundle runs on its own, with no node_modules anywhere above it', async () => {
    if (!book) throw new Error('book fixture missing');
    const dir = tempDir('gen-bundle-');
    const script = path.join(dir, 'cli.js');
    // The CLI is its entry and the files it loads (dist/cli-run.cjs and its package chunks).
    for (const file of fs.readdirSync(path.dirname(CLI)).filter((f) => f.startsWith('cli')))
      fs.copyFileSync(path.join(path.dirname(CLI), file), path.join(dir, file));
    fs.copyFileSync(path.join(book.dir, 'book.yaml'), path.join(dir, 'book.yaml'));
    const r = await runCli(['generate', '--title', book.title, '--description', book.description, 'book.yaml'], {
      cwd: dir,
      script,
    });
    expect(r.code, describeRun(r)).toBe(0);
    expect(parseYaml(r.stdout)).toEqual(parseYaml(book.expectedText));
    const version = await runCli(['--version'], { cwd: dir, script });
    expect(version.code, describeRun(version)).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('quotes a title and description that YAML would misread (firestone defect 2)', async () => {
    if (!book) throw new Error('book fixture missing');
    const cwd = tempDir('gen-quote-');
    const title = 'Books: the API # not a comment';
    const description = "key: value\n- dash\n'quoted' & *star";
    const result = await runCli(
      ['generate', '--title', title, '--description', description, '--spec-version', '1.10', ...book.resources],
      { cwd },
    );
    expect(result.code, describeRun(result)).toBe(0);
    expect((parseYaml(result.stdout) as { info: unknown }).info).toEqual({ title, description, version: '1.10' });
  });
});
