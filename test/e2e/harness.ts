/**
 * Runs the BUILT action (dist/index.js) as a subprocess, the way the Actions runner does:
 * inputs as `INPUT_<NAME>` variables (upper-cased, spaces → `_`, dashes kept), the event payload
 * in a file at GITHUB_EVENT_PATH, outputs and the job summary in files, the GitHub API at
 * GITHUB_API_URL (the local FakeGitHub). The spawn is asynchronous on purpose: the fake server
 * lives in this process and must keep answering while the action runs.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoWithSpec as cliRepoWithSpec, runCliSync } from '../cli/helpers';
import { bookYaml } from '../helpers/book';
import { FakeGitHub } from '../helpers/fake-github';
import { commitFiles, isolateGit, sh, tempDir, type RepoWithOrigin } from '../helpers/git-repo';
import { lineOf } from '../helpers/text';

export { lineOf };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_INDEX = path.join(ROOT, 'dist/index.js');
export const DIST_CLI = path.join(ROOT, 'dist/cli.js');
const LINGER_PROBE = pathToFileURL(path.join(ROOT, 'test/e2e/linger-probe.mjs')).href;

export const OWNER = 'owner';
export const REPO = 'repo';
/** Distinctive, so any leak into the logs is found by a plain search. */
export const TOKEN = 'ghs_E2eSecretT0kenNeverPrintedRaw4242';
export const SERVER_URL = 'https://github.example.test';
export const RUN_ID = '424242';

/**
 * The setup every file of action tests shares: git isolated, and one FakeGitHub for the file
 * (listening before the file's own beforeAll hooks, reset before each test, closed after).
 */
export function useFakeGitHub(): FakeGitHub {
  beforeAll(() => {
    isolateGit();
  });
  return FakeGitHub.forTestFile();
}

/** The action's inputs and their defaults, read from action.yml (the runner does the same). */
export function actionDefaults(): Record<string, string> {
  const doc = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string | number | boolean }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(doc.inputs)) {
    const value = input.default === undefined ? '' : String(input.default);
    // The runner evaluates `${{ github.token }}` to the job's token.
    out[name] = value === '${{ github.token }}' ? TOKEN : value;
  }
  return out;
}

/** The variable name the runner uses for an input. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export interface Annotation {
  level: string;
  props: Record<string, string>;
  /** Raw (still escaped) message. */
  message: string;
  line: string;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /**
   * Delays (ms) of the timers that kept the process alive after its last output: test/e2e/linger-probe.mjs.
   * Empty when the process ended as soon as its work was done.
   */
  lingeringTimersMs: number[];
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
}

export interface RunOptions {
  cwd: string;
  fake: FakeGitHub;
  event: string;
  payload: unknown;
  /** Overrides of the action.yml defaults, by input name (`fail-on`, `github-token`, ...). */
  inputs?: Record<string, string>;
  ref?: string;
  sha?: string;
  /** Extra or replaced environment variables. */
  env?: Record<string, string>;
  /** Kill the action after this long (it is then a failure of the test). */
  timeoutMs?: number;
  /** The script to run instead of dist/index.js (the harness's own tests). */
  entry?: string;
}

/** Variables taken from the test process: what git and node need, nothing from any real runner. */
const PASS_THROUGH = [
  'PATH',
  'HOME',
  'XDG_CONFIG_HOME',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_CONFIG_GLOBAL',
  'TMPDIR',
  'LANG',
  'SYSTEMROOT',
];

/** The files a runner gives a step. */
export interface RunnerFiles {
  eventPath: string;
  outputFile: string;
  summaryFile: string;
  runnerTemp: string;
}

/** What a runner sets for a step of this action: its inputs (action.yml defaults first) and the GITHUB_* context. */
export function runnerEnvironment(
  opts: Pick<RunOptions, 'cwd' | 'fake' | 'event' | 'inputs' | 'ref' | 'sha'>,
  files: RunnerFiles,
): Record<string, string> {
  const env: Record<string, string> = {};
  const inputs = { ...actionDefaults(), ...opts.inputs };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  return Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_WORKSPACE: opts.cwd,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_REF: opts.ref ?? '',
    GITHUB_SHA: opts.sha ?? '',
    GITHUB_OUTPUT: files.outputFile,
    GITHUB_STEP_SUMMARY: files.summaryFile,
    RUNNER_TEMP: files.runnerTemp,
    GITHUB_API_URL: opts.fake.url,
    GITHUB_SERVER_URL: SERVER_URL,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_ACTOR: 'octo-user',
  });
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  isolateGit();
  const runnerTemp = tempDir('runner-temp-');
  const eventPath = path.join(runnerTemp, 'event.json');
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary.md');
  const probeFile = path.join(runnerTemp, 'linger-probe.json');
  fs.writeFileSync(eventPath, JSON.stringify(opts.payload, null, 2));
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');

  const env: Record<string, string> = {};
  for (const name of PASS_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  Object.assign(env, runnerEnvironment(opts, { eventPath, outputFile, summaryFile, runnerTemp }), {
    FSA_LINGER_PROBE_OUT: probeFile,
    ...opts.env,
  });

  const child = spawn(process.execPath, ['--import', LINGER_PROBE, opts.entry ?? DIST_INDEX], {
    cwd: opts.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const timeoutMs = opts.timeoutMs ?? 45_000;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve([c, s]));
  });
  clearTimeout(timer);
  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    // No file when the process was killed or died before its exit handlers ran.
    lingeringTimersMs: fs.existsSync(probeFile) ? parseJsonFile<number[]>(probeFile) : [],
    runnerTemp,
    outputFile,
    summaryFile,
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` / value / `delimiter` records (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`);
      outputs[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: unparsable line ${JSON.stringify(line)}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** `::level k=v,k=v::message` workflow commands for annotations (error, warning, notice). */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, level = '', rawProps = '', message = ''] = match;
    const props: Record<string, string> = {};
    for (const pair of rawProps.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    found.push({ level, props, message, line });
  }
  return found;
}

export const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
export const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Signs of an uncaught exception or a printed stack trace. */
export const STACK_TRACE = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;

/** Asserts nothing prints the token except the `::add-mask::` command that registers it. */
export function tokenLeaks(run: Pick<ActionRun, 'stdout' | 'stderr' | 'summary'>, token = TOKEN): string[] {
  const lines = [...run.stdout.split('\n'), ...run.stderr.split('\n'), ...run.summary.split('\n')];
  return lines.filter((l) => l.includes(token) && l !== `::add-mask::${token}`);
}

export function parseJsonFile<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

// ---------------------------------------------------------------------------------------------
// Repositories

/** Runs the built CLI (synchronously: it needs no fake server); test/cli/helpers.ts runCliSync. */
export function runCli(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = runCliSync(args, { cwd });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `firestone-spec update` in `cwd`, failing the test when it fails. */
export function cliUpdate(cwd: string, extra: string[] = []): void {
  const result = runCli(cwd, ['update', ...extra]);
  if (result.code !== 0)
    throw new Error(`firestone-spec update failed (${result.code}): ${result.stderr}${result.stdout}`);
}

export interface BookOptions {
  /** Properties of one book, as YAML lines below `properties:` (already indented by 6). */
  properties?: string;
  required?: string[];
  description?: string;
}

export const BOOK_PROPERTIES = [
  '      title:',
  '        type: string',
  '        description: The title of the book',
  '      author:',
  '        type: string',
  '      isbn:',
  '        type: string',
].join('\n');

/**
 * The action tests' book resource (test/helpers/book.ts): kind `books`, title and author required,
 * resources, instances and instance_attrs channels.
 */
export function bookResource(opts: BookOptions = {}): string {
  return bookYaml({
    kind: 'books',
    apiVersion: '1',
    description: opts.description ?? 'Books in the library',
    keyType: 'string',
    required: opts.required ?? ['title', 'author'],
    properties: opts.properties ?? BOOK_PROPERTIES,
    channels: ['resources', 'instances', 'instance_attrs'],
  });
}

export const BOOK_FILE = 'resources/book.yaml';
export const SPEC_FILE = 'asyncapi.yaml';

/** `published` added as a required property: breaks clients that send books. */
export const BREAKING_RESOURCE = bookResource({
  properties: `${BOOK_PROPERTIES}\n      published:\n        type: integer`,
  required: ['title', 'author', 'published'],
});
/** The line of `published:` in BREAKING_RESOURCE, where the breaking change is reported. */
export const BREAKING_LINE = lineOf(BREAKING_RESOURCE, '      published:');

/**
 * main with the resource files and the spec generated from them by the CLI, pushed to a bare
 * origin that, like GitHub, refuses non-fast-forward pushes and deletions.
 */
export function repoWithSpec(files: Record<string, string> = { [BOOK_FILE]: bookResource() }): RepoWithOrigin {
  return cliRepoWithSpec(files, { updateArgs: ['--title', 'Books', '--description', 'Book events'] });
}

/**
 * main with the book API; a branch `feature` that makes `published` required (BREAKING_RESOURCE),
 * pushed, with the spec regenerated in a second commit when `regenerate` is set.
 */
export function breakingPullRequest(
  number: number,
  opts: { regenerate?: boolean } = {},
): { repo: RepoWithOrigin; pr: { number: number; baseSha: string; headSha: string } } {
  const repo = repoWithSpec();
  const baseSha = sh(repo.work, ['rev-parse', 'HEAD']);
  let headSha = pushBranch(repo.work, 'feature', { [BOOK_FILE]: BREAKING_RESOURCE }, 'feat: books need a year');
  if (opts.regenerate) {
    cliUpdate(repo.work);
    const spec = fs.readFileSync(path.join(repo.work, SPEC_FILE), 'utf8');
    headSha = pushBranch(repo.work, 'feature', { [SPEC_FILE]: spec }, 'chore: regenerate');
  }
  return { repo, pr: { number, baseSha, headSha } };
}

/** A feature branch with one commit of `files` on top of main, pushed; returns the branch tip. */
export function pushBranch(
  work: string,
  branch: string,
  files: Record<string, string | null>,
  message: string,
): string {
  const current = sh(work, ['rev-parse', '--abbrev-ref', 'HEAD']);
  if (current !== branch) {
    const exists = sh(work, ['branch', '--list', branch]) !== '';
    sh(work, ['checkout', '--quiet', ...(exists ? [] : ['-b']), branch]);
  }
  const sha = commitFiles(work, files, message);
  sh(work, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  return sha;
}

export interface PullRequestPayloadOptions {
  number: number;
  baseSha: string;
  headSha: string;
  headRef?: string;
  labels?: string[];
  /** The head lives in another repository (a fork). */
  fork?: boolean;
  action?: string;
}

export function pullRequestPayload(o: PullRequestPayloadOptions): Record<string, unknown> {
  const headOwner = o.fork ? 'forker' : OWNER;
  const headRef = o.headRef ?? 'feature';
  const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  return {
    action: o.action ?? 'synchronize',
    number: o.number,
    pull_request: {
      number: o.number,
      state: 'open',
      labels: (o.labels ?? []).map((name, i) => ({ id: i + 1, name })),
      head: {
        sha: o.headSha,
        ref: headRef,
        label: `${headOwner}:${headRef}`,
        repo: { full_name: `${headOwner}/${REPO}`, name: REPO, owner: { login: headOwner } },
      },
      base: { sha: o.baseSha, ref: 'main', label: `${OWNER}:main`, repo: repository },
    },
    repository,
    sender: { login: 'octo-user' },
  };
}

export function pushPayload(before: string, after: string, ref = 'refs/heads/main'): Record<string, unknown> {
  return {
    ref,
    before,
    after,
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
    pusher: { name: 'dev' },
    head_commit: { id: after },
  };
}

/** What a run of a pull_request event looks like to runAction. */
export function pullRequestRun(
  fake: FakeGitHub,
  cwd: string,
  pr: PullRequestPayloadOptions,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    cwd,
    fake,
    event: 'pull_request',
    payload: pullRequestPayload(pr),
    ref: `refs/pull/${pr.number}/merge`,
    sha: pr.headSha,
    inputs,
    env,
  });
}

/** What a run of a push event to main (from `before` to `after`) looks like to runAction; `extra` overrides. */
export function pushRun(
  fake: FakeGitHub,
  cwd: string,
  push: { before: string; after: string },
  extra: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({
    cwd,
    fake,
    event: 'push',
    payload: pushPayload(push.before, push.after),
    ref: 'refs/heads/main',
    sha: push.after,
    ...extra,
  });
}

/** Files of a directory tree, relative, sorted (`.git` left out). */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** The comment body with code spans removed: what GitHub interprets as markdown/HTML. */
export function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
}

/**
 * What every run must show: it ended by itself (not killed by the timeout), with no timer holding
 * it open after its last piece of work (test/e2e/linger-probe.mjs), without a stack trace, and
 * without printing the token anywhere but in the `::add-mask::` command that hides it.
 */
export function expectHealthy(run: ActionRun): void {
  expect(run.signal, `killed by the harness's timeout\n${run.stdout}\n${run.stderr}`).toBeNull();
  expect(run.lingeringTimersMs, 'the process lingered after its last output').toEqual([]);
  expect(tokenLeaks(run)).toEqual([]);
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/internal error|Unhandled|TypeError|ReferenceError/);
}
