import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { createOctokit, rateLimitWaitSeconds } from '../../src/github/octokit';
import { FakeGitHub } from '../helpers/fake-github';
import { tempDir } from '../helpers/temp';

const github = FakeGitHub.forTestFile();
const LINGER_PROBE = new URL('../e2e/linger-probe.mjs', import.meta.url).href;

const client = (extra: Parameters<typeof createOctokit>[1] = {}) =>
  createOctokit('test-token', { baseUrl: github.url, retryUnitMs: 1, ...extra });

describe('createOctokit', () => {
  it('talks to the given API root with the token', async () => {
    const { data } = await client().rest.users.getAuthenticated();
    expect(data.login).toBe('octo-user');
    expect(github.requests[0]?.authorization).toBe('token test-token');
  });

  it('uses GITHUB_API_URL when no base URL is given', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = github.url;
    try {
      const { data } = await createOctokit('t', { retryUnitMs: 1 }).rest.users.getAuthenticated();
      expect(data.login).toBe('octo-user');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('an empty token is an input error', () => {
    expect(() => createOctokit('')).toThrow(InputError);
  });

  it('retries server errors with backoff', async () => {
    github.fail({ method: 'GET', path: '/user', status: 502, times: 2 });
    const { data } = await client().rest.users.getAuthenticated();
    expect(data.login).toBe('octo-user');
    expect(github.requestsTo('GET', '/user')).toHaveLength(3);
  });

  it('gives up after the configured number of retries', async () => {
    github.fail({ method: 'GET', path: '/user', status: 503, times: 10 });
    await expect(client({ retries: 2 }).rest.users.getAuthenticated()).rejects.toMatchObject({ status: 503 });
    expect(github.requestsTo('GET', '/user')).toHaveLength(3);
  });

  it('does not retry a plain 403 (no permission)', async () => {
    github.fail({
      method: 'GET',
      path: '/user',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expect(client().rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    expect(github.requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 + retry-after) and says so', async () => {
    github.fail({
      method: 'GET',
      path: '/user',
      status: 403,
      headers: { 'retry-after': '3' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const waits: string[] = [];
    const { data } = await client({ onRateLimit: (m) => waits.push(m) }).rest.users.getAuthenticated();
    expect(data.login).toBe('octo-user');
    expect(github.requestsTo('GET', '/user')).toHaveLength(2);
    expect(waits).toEqual([expect.stringMatching(/rate limit on GET \/user; retrying in 3 s/)]);
  });

  it('does not wait longer than the cap, nor more often than allowed', async () => {
    github.fail({ method: 'GET', path: '/user', status: 429, headers: { 'retry-after': '3600' } });
    await expect(client().rest.users.getAuthenticated()).rejects.toMatchObject({ status: 429 });
    expect(github.requestsTo('GET', '/user')).toHaveLength(1);

    github.requests.length = 0;
    github.fail({ method: 'GET', path: '/user', status: 429, headers: { 'retry-after': '1' }, times: 5 });
    await expect(client({ rateLimitRetries: 2 }).rest.users.getAuthenticated()).rejects.toMatchObject({ status: 429 });
    expect(github.requestsTo('GET', '/user')).toHaveLength(3);
  });
});

describe('rateLimitWaitSeconds', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  const httpError = (status: number, headers: Record<string, string> = {}, message = 'x') =>
    Object.assign(new Error(message), { status, response: { headers } });

  it.each([
    ['retry-after seconds', httpError(403, { 'retry-after': '7' }), 7],
    ['retry-after date', httpError(429, { 'retry-after': 'Mon, 01 Jan 2024 00:00:30 GMT' }), 30],
    [
      'exhausted quota',
      httpError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 10) }),
      11,
    ],
    ['secondary limit without headers', httpError(403, {}, 'You have exceeded a secondary rate limit'), 60],
    ['429 without headers', httpError(429), 60],
    ['permission 403', httpError(403, {}, 'Resource not accessible by integration'), null],
    ['404', httpError(404, { 'retry-after': '1' }), null],
    ['not an HTTP error', new Error('boom'), null],
  ])('%s', (_name, error, expected) => {
    expect(rateLimitWaitSeconds(error, now)).toBe(expected);
  });
});

describe('process lifetime', () => {
  it('a script using the client exits promptly after its last request, retries included', async () => {
    const dir = tempDir('octokit-exit-');
    const entry = path.join(dir, 'script.ts');
    const octokitModule = fileURLToPath(new URL('../../src/github/octokit.ts', import.meta.url));
    fs.writeFileSync(
      entry,
      [
        `import { createOctokit } from ${JSON.stringify(octokitModule)};`,
        'const octokit = createOctokit("t", { baseUrl: process.argv[2], retryUnitMs: 1 });',
        'const user = await octokit.rest.users.getAuthenticated();',
        'const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: "o", repo: "r", issue_number: 1, per_page: 100 });',
        'console.log(`done ${user.data.login} ${comments.length}`);',
      ].join('\n'),
    );
    // Bundled like dist/ is, so the child runs plain JavaScript with everything inlined.
    const bundle = path.join(dir, 'script.mjs');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    for (let i = 0; i < 150; i++) github.addComment('o', 'r', 1, { login: 'someone', body: `comment ${i}` });
    github.fail({ method: 'GET', path: '/user', status: 502, times: 1 });
    github.fail({ method: 'GET', path: '/user', status: 403, headers: { 'retry-after': '1' }, times: 1 });

    // The probe the action tests use: which timers held the process open after its last output.
    const probeOut = path.join(dir, 'linger.json');
    const child = spawn(process.execPath, ['--import', LINGER_PROBE, bundle, github.url], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FSA_LINGER_PROBE_OUT: probeOut },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });

    expect(stderr).toBe('');
    expect(stdout.trim()).toBe('done octo-user 150');
    expect(code).toBe(0);
    expect(JSON.parse(fs.readFileSync(probeOut, 'utf8'))).toEqual([]);
    expect(github.requestsTo('GET', '/user')).toHaveLength(3);
  });
});
