/**
 * End-to-end helpers: run the BUILT CLI (dist/cli.js) as a child process with a clean
 * environment, in real temp directories. `npm run build` must have run before these tests
 * (CI does it before `npm test`); `requireBuiltCli()` says so plainly when it has not.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolateGit } from '../helpers/git-repo';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'generate');

/** Fails the whole file with a clear message (instead of ENOENT noise) when the bundle is missing. */
export function requireBuiltCli(): void {
  if (!fs.existsSync(CLI)) {
    throw new Error(`${CLI} is missing: these end-to-end tests run the built CLI. Run \`npm run build\` first.`);
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
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
    ...extra,
  };
}

/** Runs `node dist/cli.js ...args` in `cwd`; kills it after `timeoutMs`. Never rejects on exit codes. */
export function runCli(
  args: string[],
  opts: { cwd: string; timeoutMs?: number; env?: Record<string, string>; /** Default dist/cli.js. */ script?: string },
): Promise<CliResult> {
  const started = Date.now();
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
        ms: Date.now() - started,
      });
    });
  });
}

/** A one-line description of a run, for assertion messages. */
export const describeRun = (r: CliResult): string =>
  `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}\n--- stdout ---\n${r.stdout.slice(0, 4000)}\n--- stderr ---\n${r.stderr.slice(0, 4000)}`;

const made: string[] = [];

/** A fresh temp directory (real path, so paths printed by the CLI compare equal). */
export function tempDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `fsa-cli-${prefix}`)));
  made.push(dir);
  return dir;
}

/** Removes every directory made by tempDir (call in afterAll). */
export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (relative path → text) under `root`, creating directories. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

/** A temp workspace holding `files`. */
export function workspace(prefix: string, files: Record<string, string> = {}): string {
  const dir = tempDir(prefix);
  writeFiles(dir, files);
  return dir;
}

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

/** 1-based line of the first line of `text` matching `re`; throws when none does. */
export function lineOf(text: string, re: RegExp): number {
  const i = text.split('\n').findIndex((l) => re.test(l));
  if (i === -1) throw new Error(`no line matches ${re}`);
  return i + 1;
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
 * A book resource (resources and instances channels). `props` replaces the lines under
 * `properties` (indented by six spaces), `required` the required list.
 */
export function bookResource(opts: { required?: string[]; props?: string; kind?: string } = {}): string {
  const required = opts.required ?? ['title'];
  return [
    `kind: ${opts.kind ?? 'book'}`,
    'schema:',
    '  type: array',
    '  key:',
    '    name: book_id',
    '    description: Book identifier',
    '  items:',
    '    type: object',
    ...(required.length > 0 ? [`    required: [${required.join(', ')}]`] : []),
    '    properties:',
    ...(opts.props ?? ['      title:', '        type: string', '      author:', '        type: string'].join('\n'))
      .split('\n')
      .filter((l) => l !== ''),
    'asyncapi:',
    '  servers:',
    '    dev:',
    '      url: ws://localhost:8080',
    '      protocol: ws',
    '  channels:',
    '    resources: true',
    '    instances: true',
    '',
  ].join('\n');
}

/** A second, unrelated resource, for targets with more than one file. */
export const AUTHOR_RESOURCE = [
  'kind: author',
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
  '    resources: true',
  '',
].join('\n');
