/**
 * How the bench measures (bench/run.mjs and bench/openapi.mjs): every stage is a fresh `node`
 * child (startup included, as in CI) of the node that runs the bench, preloaded with
 * bench/rss-reporter.mjs so it reports its own peak RSS; stages run round-robin so a burst of load
 * from something else on the machine hits them alike; figures are medians.
 */
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
const RSS_REPORTER = pathToFileURL(path.join(ROOT, 'bench', 'rss-reporter.mjs')).href;

// A bench started inside GitHub Actions must not make the CLI or the action think it is a real run.
export const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k) && k !== 'NODE_OPTIONS'),
);
Object.assign(childEnv, {
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
});

let rssSeq = 0;

/** One child `node` run: wall time from spawn to exit, and the peak RSS the child reported. */
export function measure(args, { cwd, scratch }) {
  const rssFile = path.join(scratch, `rss-${process.pid}-${rssSeq++}`);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_REPORTER, ...args], {
      cwd,
      env: { ...childEnv, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (c) => stdout.push(c));
    child.stderr.on('data', (c) => stderr.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start;
      let rssBytes = null;
      if (existsSync(rssFile)) {
        rssBytes = Number(readFileSync(rssFile, 'utf8'));
        rmSync(rssFile);
      }
      resolve({
        wallMs,
        rssBytes,
        code: code ?? signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

export class StageError extends Error {}

/** A measured command: `runs` samples, `before` restores its input (untimed), `ok` lists the accepted exit codes. */
export function stage(name, runs, args, { cwd, scratch, ok = [0], before }) {
  return {
    name,
    command: ['node', ...args.map(display)].join(' '),
    runs,
    args,
    cwd,
    scratch,
    ok,
    before,
    samples: [],
    last: null,
  };
}

async function sample(st) {
  st.before?.();
  const r = await measure(st.args, st);
  if (!st.ok.includes(r.code)) {
    throw new StageError(
      `${st.name}: exit code ${r.code} (expected ${st.ok.join(' or ')})\n${r.stderr.slice(0, 4000) || r.stdout.slice(0, 4000)}`,
    );
  }
  st.last = r;
  st.samples.push({ wallMs: r.wallMs, rssBytes: r.rssBytes });
  process.stderr.write(
    `  ${st.name} ${st.samples.length}/${st.runs}: ${r.wallMs.toFixed(0)} ms, ${mb(r.rssBytes)} MB\n`,
  );
}

/**
 * Round-robin: every round runs each stage once, so a burst of load from something else on the
 * machine hits all stages alike instead of skewing one of them (and the baseline/diff ratio).
 * A stage that fails is dropped from later rounds and keeps its error.
 */
export async function runRounds(stages) {
  const rounds = Math.max(...stages.map((s) => s.runs));
  for (let i = 0; i < rounds; i++) {
    for (const st of stages) {
      if (st.error || st.samples.length >= st.runs) continue;
      try {
        await sample(st);
      } catch (e) {
        if (!(e instanceof StageError)) throw e;
        st.error = e.message;
        process.stderr.write(`bench: ${e.message}\n`);
      }
    }
  }
  for (const st of stages) if (st.samples.length > 0) Object.assign(st, stats(st.samples));
  return stages;
}

/** One stage that must succeed for the bench to go on. */
export async function once(name, args, opts) {
  const st = stage(name, 1, args, opts);
  await sample(st);
  return Object.assign(st, stats(st.samples));
}

/** Arguments as a reader would type them: project files relative to the root, temp files by name. */
const display = (arg) =>
  arg.startsWith(ROOT + path.sep) ? path.relative(ROOT, arg) : path.isAbsolute(arg) ? path.basename(arg) : arg;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function stats(samples) {
  const walls = samples.map((s) => s.wallMs);
  const rss = samples.map((s) => s.rssBytes).filter((v) => v !== null);
  return {
    wallMs: { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) },
    rssBytes: rss.length ? { median: median(rss), max: Math.max(...rss) } : null,
  };
}

export const mb = (bytes) => (bytes === null || bytes === undefined ? '?' : (bytes / 1024 / 1024).toFixed(1));

export function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: childEnv,
    encoding: 'utf8',
  });
}

/** Changes by type and by rule from a JSON report (CONTRACT.md). */
export function countChanges(reportText) {
  const report = JSON.parse(reportText);
  const changes = report.specs.flatMap((s) => s.changes);
  const byRule = {};
  for (const c of changes) byRule[c.rule] = (byRule[c.rule] ?? 0) + 1;
  const unclassified = changes.filter((c) => c.type === 'unclassified');
  return {
    total: changes.length,
    summary: report.summary,
    unclassified: unclassified.length,
    unclassifiedPaths: unclassified.slice(0, 10).map((c) => c.path),
    byRule,
    sourceFiles: [...new Set(changes.map((c) => c.source?.file).filter(Boolean))].sort(),
  };
}

/** A target and its figure for the report; `node24`: the target is for Node 24 (the figure is whatever node ran). */
export function target(what, goal, value, pass, node24 = false) {
  return { what, target: goal, value, pass, ...(node24 ? { node24 } : {}) };
}

export const positiveInt = (value, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export const round = (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
export const roundAll = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v, 1)]));
