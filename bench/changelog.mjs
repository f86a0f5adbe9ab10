/**
 * `npm run bench` (second part): `firestone-spec changelog --tags` on a history of 50 tags, each
 * release changing a spec of 100 channels (a property added, every fifth release a breaking one).
 * Times the BUILT CLI (dist/cli.js) as a user runs it. Environment: BENCH_TAGS (default 50),
 * BENCH_RUNS (default 3), BENCH_KEEP=1 keeps the temp repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const TAGS = Number.parseInt(process.env.BENCH_TAGS ?? '50', 10);
const RUNS = Number.parseInt(process.env.BENCH_RUNS ?? '3', 10);
const CHANNELS = 100;

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-changelog-'));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (args, extra = {}) => execFileSync('git', args, { cwd: dir, env: { ...env, ...extra }, stdio: 'pipe' });

/** Release `n`: every channel's payload has `n` properties; every fifth release makes one required. */
function spec(n) {
  const properties = Object.fromEntries(Array.from({ length: n + 1 }, (_, i) => [`p${i}`, { type: 'string' }]));
  const required = Array.from({ length: Math.floor(n / 5) }, (_, i) => `p${i * 5}`);
  const channels = {};
  for (let c = 0; c < CHANNELS; c++) {
    const payload = { type: 'object', required, properties };
    channels[`/c${c}`] = { subscribe: { message: { payload } }, publish: { message: { payload } } };
  }
  return JSON.stringify({ asyncapi: '2.5.0', info: { title: 'Bench', version: `1.${n}.0` }, channels }, null, 2);
}

try {
  git(['init', '--quiet', '-b', 'main']);
  for (let n = 0; n < TAGS; n++) {
    writeFileSync(path.join(dir, 'asyncapi.yaml'), spec(n));
    git(['add', '-A']);
    git(['commit', '--quiet', '-m', `release ${n}`]);
    const date = new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
    git(['tag', '-a', `v1.${n}.0`, '-m', `v1.${n}.0`], { GIT_COMMITTER_DATE: date });
  }
  const times = [];
  let sections = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'changelog', '--tags', 'v*', '--format', 'json'], {
      cwd: dir,
      env,
      maxBuffer: 1 << 30,
    });
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`changelog failed (${r.status}): ${r.stderr}`);
    sections = JSON.parse(r.stdout.toString()).sections.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `changelog --tags: ${TAGS} tags (${sections} sections, ${CHANNELS} channels), median of ${RUNS} runs: ${(median / 1000).toFixed(2)} s`,
  );
} finally {
  if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
