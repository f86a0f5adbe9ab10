/**
 * End-to-end helpers: run the BUILT CLI (dist/cli.js) as a child process with a clean
 * environment, in real temp directories. `npm run build` must have run before these tests
 * (CI does it before `npm test`); `requireBuiltCli()` says so plainly when it has not.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { authorYaml, bookYaml, type BookOptions } from '../helpers/book';
import { commitFiles, createRepoWithOrigin, isolateGit, sh, type RepoWithOrigin } from '../helpers/git-repo';
import { cleanupTempDirs, tempDir, workspace, writeFiles } from '../helpers/temp';
import { lineOf } from '../helpers/text';

export { cleanupTempDirs, lineOf, tempDir, workspace, writeFiles };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'generate');

/** Fails the whole file with a clear message (instead of ENOENT noise) when the bundle is missing. */
export function requireBuiltCli(): void {
  if (!fs.existsSync(CLI)) {
    throw new Error(`${CLI} is missing: these end-to-end tests run the built CLI. Run \`npm run build\` first.`);
  }
}

/** The hooks of a file of CLI tests: the bundle must exist; its temp dirs and repositories go when it ends. */
export function cliTestFile(): void {
  beforeAll(requireBuiltCli);
  afterAll(cleanupTempDirs);
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Environment of the child: PATH and an isolated git setup (empty global config in a temp HOME,
 * no system config, file:// allowed), nothing else. In particular no GITHUB_* variables, so the
 * CLI cannot pick up anything from a CI runner it happens to run on.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = isolateGit();
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    TMPDIR: os.tmpdir(),
    LANG: 'C.UTF-8',
    // Node >= 22.1 would keep the CLI's compiled code in TMPDIR, a folder no test removes.
    NODE_DISABLE_COMPILE_CACHE: '1',
    ...extra,
  };
}

/** Runs `node dist/cli.js ...args` in `cwd`; kills it after `timeoutMs`. Never rejects on exit codes. */
export function runCli(
  args: string[],
  opts: { cwd: string; timeoutMs?: number; env?: Record<string, string>; /** Default dist/cli.js. */ script?: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.script ?? CLI, ...args], {
      cwd: opts.cwd,
      env: cleanEnv(opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/**
 * `runCli`, synchronously: for setup code (see repoWithSpec) and the action harness, which have no
 * test to await in. Same environment, same result.
 */
export function runCliSync(args: string[], opts: { cwd: string; env?: Record<string, string> }): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A one-line description of a run, for assertion messages. */
export const describeRun = (r: CliResult): string =>
  `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}\n--- stdout ---\n${r.stdout.slice(0, 4000)}\n--- stderr ---\n${r.stderr.slice(0, 4000)}`;

export interface FixtureCase {
  name: string;
  dir: string;
  title: string;
  description: string;
  version: string;
  /** Absolute paths, in the order of case.json. */
  resources: string[];
  expectedText: string;
}

export function fixtureCases(): FixtureCase[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FIXTURES, d.name, 'case.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(FIXTURES, name);
      const c = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
        title: string;
        description: string;
        version: string;
        resources: string[];
      };
      return {
        name,
        dir,
        title: c.title,
        description: c.description,
        version: c.version,
        resources: c.resources.map((r) => path.join(dir, r)),
        expectedText: fs.readFileSync(path.join(dir, 'expected.asyncapi.yaml'), 'utf8'),
      };
    });
}

/** Every file and directory under `root` (relative paths, sorted), with size and mtime of files. */
export function snapshotTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const rel = path.relative(root, abs);
      if (entry.isDirectory()) {
        if (entry.name === '.git') continue;
        out.push(`${rel}/`);
        walk(abs);
      } else {
        const st = fs.lstatSync(abs);
        out.push(`${rel} ${st.size} ${st.mtimeMs}`);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Sets a file's mtime far in the past, so any rewrite (even within the same millisecond) shows. */
export function ageFile(file: string): number {
  const past = new Date('2001-02-03T04:05:06Z');
  fs.utimesSync(file, past, past);
  return fs.statSync(file).mtimeMs;
}

/**
 * The CLI tests' book resource (test/helpers/book.ts): kind `book`, `title` required, resources and
 * instances channels. `props` replaces the lines under `properties` (indented by six spaces).
 */
export function bookResource(opts: { required?: string[]; props?: string | string[]; kind?: string } = {}): string {
  const { props, ...rest } = opts;
  return bookYaml({
    keyDescription: 'Book identifier',
    ...rest,
    ...(props === undefined ? {} : { properties: props }),
  });
}

export type { BookOptions };

/** A second, unrelated resource, for targets with more than one file. */
export const AUTHOR_RESOURCE = authorYaml();

/**
 * A bare origin and a working clone whose `main` holds `files` and the spec that
 * `firestone-spec update ...updateArgs` made from them, in one commit, pushed. Like GitHub, the
 * origin refuses non-fast-forward pushes and branch deletions.
 */
export function repoWithSpec(
  files: Record<string, string> = { 'resources/book.yaml': bookResource() },
  opts: { updateArgs?: string[]; message?: string } = {},
): RepoWithOrigin & { first: string } {
  const repo = createRepoWithOrigin([]);
  sh(repo.origin, ['config', 'receive.denyNonFastForwards', 'true']);
  sh(repo.origin, ['config', 'receive.denyDeletes', 'true']);
  writeFiles(repo.work, files);
  const r = runCliSync(['update', ...(opts.updateArgs ?? [])], { cwd: repo.work });
  if (r.code !== 0) throw new Error(`firestone-spec update failed: ${describeRun(r)}`);
  sh(repo.work, ['add', '-A']);
  const first = commitFiles(repo.work, {}, opts.message ?? 'spec');
  sh(repo.work, ['push', '--quiet', 'origin', 'main']);
  return { ...repo, first };
}
