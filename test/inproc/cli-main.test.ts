/**
 * The CLI's `main` (src/cli-main.ts) in this process, beside the subprocess tests of the built
 * dist/cli.js (test/cli): usage, unknown commands, generate, update, check, diff, migrate and bad input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitFiles, isolateGit, sh, tempDir } from '../helpers/git-repo';
import { BOOK_FILE, BOOK_PROPERTIES, bookResource, lineOf, SPEC_FILE } from '../e2e/harness';
import { VERSION } from '../../src/version';
import { runMain } from './inproc';

beforeAll(() => {
  isolateGit();
});

/** A git repository with the book resource, committed. */
function bookRepo(): string {
  const dir = tempDir('inproc-cli-');
  sh(dir, ['init', '--quiet', '--initial-branch=main']);
  commitFiles(dir, { [BOOK_FILE]: bookResource() }, 'books');
  return dir;
}

/** Every file below `dir` (but .git) with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (entry.isFile() && !rel.split(path.sep).includes('.git')) out[rel] = fs.readFileSync(full, 'utf8');
  }
  return out;
}

const BREAKING_RESOURCE = bookResource({
  properties: `${BOOK_PROPERTIES}\n      published:\n        type: integer`,
  required: ['title', 'author', 'published'],
});

describe('usage', () => {
  it('no command: the usage on stdout, exit 2', async () => {
    const r = await runMain(tempDir('inproc-cli-'), []);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Usage:\n {2}firestone-spec generate/);
    expect(r.stderr).toBe('');
  });

  it.each([['--help'], ['-h'], ['help'], ['check', '--help']])('%s: the usage on stdout, exit 0', async (...argv) => {
    const r = await runMain(tempDir('inproc-cli-'), argv);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Exit codes: 0 nothing in --fail-on happened');
  });

  it('--version prints the version', async () => {
    expect(await runMain(tempDir('inproc-cli-'), ['--version'])).toEqual({
      code: 0,
      stdout: `${VERSION}\n`,
      stderr: '',
    });
  });

  it('an unknown command or flag: one message, then the usage, on stderr; exit 2', async () => {
    const cwd = tempDir('inproc-cli-');
    const unknown = await runMain(cwd, ['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^firestone-spec: unknown command 'frobnicate'\n\nUsage:/);
    const misplaced = await runMain(cwd, ['diff', '--only', 'x', 'a.yaml', 'b.yaml']);
    expect(misplaced).toMatchObject({ code: 2, stdout: '' });
    expect(misplaced.stderr).toMatch(/^firestone-spec: diff does not take --only\n/);
  });
});

describe('generate', () => {
  it('writes the spec to stdout, or with -o to a file; 3.0.0 on request', async () => {
    const cwd = bookRepo();
    const toStdout = await runMain(cwd, ['generate', '-t', 'Books', BOOK_FILE]);
    expect(toStdout).toMatchObject({ code: 0, stderr: '' });
    expect(toStdout.stdout).toMatch(/^asyncapi: 2\.5\.0\n/);
    expect(toStdout.stdout).toContain('title: Books');

    const toFile = await runMain(cwd, ['generate', '--asyncapi-version', '3.0.0', '-o', 'out/spec.yaml', BOOK_FILE]);
    expect(toFile).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(fs.readFileSync(path.join(cwd, 'out/spec.yaml'), 'utf8')).toMatch(/^asyncapi: 3\.0\.0\n/);
  });
});

describe('update, check and diff', () => {
  it('update writes the spec; check is clean; a breaking edit makes check and diff exit 1', async () => {
    const cwd = bookRepo();
    const update = await runMain(cwd, ['update']);
    expect(update).toEqual({ code: 0, stdout: `updated ${SPEC_FILE}\n`, stderr: '' });
    expect(await runMain(cwd, ['update'])).toMatchObject({ code: 0, stdout: `${SPEC_FILE} is up to date\n` });
    sh(cwd, ['add', '-A']);
    sh(cwd, ['commit', '--quiet', '-m', 'spec']);

    const clean = await runMain(cwd, ['check', '--format', 'json']);
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ summary: { breaking: 0, drift: false } });

    const before = fs.readFileSync(path.join(cwd, SPEC_FILE), 'utf8');
    fs.writeFileSync(path.join(cwd, BOOK_FILE), BREAKING_RESOURCE);
    const check = await runMain(cwd, ['check', '--base', 'HEAD']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${BOOK_FILE}:${lineOf(BREAKING_RESOURCE, '      published:')}`);
    expect(check.stderr).toMatch(/breaking/);
    // check never writes the spec.
    expect(fs.readFileSync(path.join(cwd, SPEC_FILE), 'utf8')).toBe(before);

    const generated = await runMain(cwd, ['generate', '-o', 'new.yaml', BOOK_FILE]);
    expect(generated.code).toBe(0);
    const diff = await runMain(cwd, ['diff', SPEC_FILE, 'new.yaml', '--format', 'json']);
    expect(diff.code).toBe(1);
    const report = JSON.parse(diff.stdout) as {
      specs: { baseline: { file: string } }[];
      summary: { breaking: number };
    };
    expect(report.summary.breaking).toBeGreaterThan(0);
    expect(report.specs[0]!.baseline.file).toBe(SPEC_FILE);
    // The same change under --fail-on never passes.
    expect((await runMain(cwd, ['diff', SPEC_FILE, 'new.yaml', '--fail-on', 'never'])).code).toBe(0);
  });
});

describe('bad input: exit 2, one message naming the place, nothing written', () => {
  it.each([
    [
      ['update', '--asyncapi-version', '9.9.9'],
      "--asyncapi-version must be one of 2.5.0, 3.0.0, 3.1.0 (got '9.9.9')\n",
    ],
    [['check', '--fail-on', 'sometimes'], /sometimes/],
    [['diff', 'missing.yaml', SPEC_FILE], 'missing.yaml: file not found\n'],
  ])('%j', async (argv, message) => {
    const cwd = bookRepo();
    const files = snapshot(cwd);
    const r = await runMain(cwd, argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
    expect(snapshot(cwd)).toEqual(files);
  });

  it('a resource that is not YAML: its file and line, and no spec', async () => {
    const cwd = bookRepo();
    fs.writeFileSync(path.join(cwd, BOOK_FILE), `${bookResource()}broken: [\n`);
    const files = snapshot(cwd);
    const r = await runMain(cwd, ['update']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${BOOK_FILE}:\\d+(:\\d+)?: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(cwd)).toEqual(files);
  });
});

describe('migrate', () => {
  const LEGACY = path.resolve(__dirname, '../fixtures/generate/legacy');
  const read = (rel: string) => fs.readFileSync(path.join(LEGACY, rel), 'utf8');

  it('--check names the pre-0.5 files and writes nothing; migrate converts them as the hand-migrated copies', async () => {
    const cwd = tempDir('inproc-migrate-');
    fs.mkdirSync(path.join(cwd, 'resources'));
    for (const f of ['shelves.yaml', 'loans.yaml'])
      fs.writeFileSync(path.join(cwd, 'resources', f), read(`original/${f}`));
    const before = snapshot(cwd);
    const check = await runMain(cwd, ['migrate', '--check', 'resources']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('resources/shelves.yaml is in the pre-0.5 firestone format and needs converting');
    expect(snapshot(cwd)).toEqual(before);

    const r = await runMain(cwd, ['migrate', 'resources']);
    expect(r).toEqual({
      code: 0,
      stdout: 'converted resources/loans.yaml\nconverted resources/shelves.yaml\n',
      stderr: '',
    });
    for (const f of ['shelves.yaml', 'loans.yaml'])
      expect(fs.readFileSync(path.join(cwd, 'resources', f), 'utf8')).toBe(read(`migrated/${f}`));
    expect((await runMain(cwd, ['migrate', '--check', 'resources'])).code).toBe(0);
  });
});
