/**
 * `npm run bench`: times the BUILT CLI (dist/cli.js, what users run) on 200 synthetic firestone
 * resources, against the pipeline a user would otherwise wire (@asyncapi/parser + @asyncapi/diff),
 * measured the same way in the same run: the 2.x pair, and the same resources and edits generated
 * as AsyncAPI 3.0 (the 3.0 pair). Then the OpenAPI part (bench/openapi.mjs): both targets in one
 * repository, OpenAPI `diff` against swagger-parser and a deep walk, 1,000 resources with both
 * kinds. Then a series over 50 … 1,000 resources: time and peak RSS of `diff` and `check`, and
 * `update` then `check` with no drift at every size. The baseline runs at 200 resources and fewer
 * only (at 1,000 one run of it takes minutes).
 *
 * How stages are measured: bench/stages.mjs (fresh `node` children, peak RSS, round-robin,
 * medians). Results: a table on stdout, each target beside its figure, and bench/out/results.json.
 *
 * Every child runs on the node that runs this script: `npm run bench:node24` runs it all on Node 24,
 * the action's runtime (action.yml), which starts several times faster than Node 20.
 *
 * Environment: BENCH_RUNS (default 5), BENCH_BASELINE_RUNS (default 3: one baseline run takes
 * seconds), BENCH_RESOURCES (default 200), BENCH_SERIES (default 50,100,200,400,1000; empty: none),
 * BENCH_SERIES_RUNS (default 3 up to 200 resources, 1 above), BENCH_KEEP=1 keeps the temp repository;
 * for the OpenAPI part BENCH_SHARED (or `--shared DIR`: the folder holding realworld-openapi,
 * default ../shared), BENCH_BOTH_LARGE (default 1000), BENCH_BOTH_LARGE_RUNS (default 3).
 */
import { Buffer } from 'node:buffer';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openapiFigures } from './openapi.mjs';
import {
  CLI,
  countChanges,
  git,
  mb,
  once,
  positiveInt,
  ROOT,
  round,
  roundAll,
  runRounds,
  stage,
  StageError,
  target,
} from './stages.mjs';
import { mutate, synthesize, toYaml } from './synth.mjs';

const INDEX = path.join(ROOT, 'dist', 'index.js');

/** Bytes of the CLI's files: its entry, the rest it requires, and the package chunks loaded on first use. */
const cliBytes = () =>
  readdirSync(path.dirname(CLI))
    .filter((f) => f.startsWith('cli'))
    .reduce((sum, f) => sum + statSync(path.join(path.dirname(CLI), f)).size, 0);
const BASELINE = path.join(ROOT, 'bench', 'baseline.mjs');
const OUT_DIR = path.join(ROOT, 'bench', 'out');

const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
const BASELINE_RUNS = positiveInt(process.env.BENCH_BASELINE_RUNS, Math.min(RUNS, 3));
const RESOURCE_COUNT = positiveInt(process.env.BENCH_RESOURCES, 200);
const SPEC = 'asyncapi.yaml';
const SERIES = (process.env.BENCH_SERIES ?? '50,100,200,400,1000')
  .split(',')
  .map((x) => positiveInt(x, 0))
  .filter((n) => n > 0);
const SERIES_BASELINE_MAX = 200;
const seriesRuns = (count) => positiveInt(process.env.BENCH_SERIES_RUNS, count <= 200 ? 3 : 1);

const TARGETS = { diffSpeedup: 15, checkMs: 1000, peakRssBytes: 200 * 1024 * 1024 };

function preflight() {
  for (const file of [CLI, INDEX]) {
    if (!existsSync(file)) {
      process.stderr.write(
        `bench: ${path.relative(ROOT, file)} is missing; run \`npm run build\` first (the bench measures the built bundles).\n`,
      );
      process.exit(1);
    }
  }
  const built = statSync(CLI).mtimeMs;
  const newest = newestMtime(path.join(ROOT, 'src'));
  if (newest > built)
    process.stderr.write('bench: warning: src/ is newer than dist/cli.js; the figures are for the old build.\n');
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function docSize(file) {
  const text = readFileSync(file, 'utf8');
  return { bytes: Buffer.byteLength(text), lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) };
}

async function main() {
  preflight();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'firestone-bench-'));
  const repo = path.join(tmp, 'repo');
  const docs = path.join(tmp, 'docs');
  const scratch = path.join(tmp, 'scratch');
  const empty = path.join(tmp, 'empty');
  for (const d of [repo, docs, scratch, empty, path.join(repo, 'resources'), path.join(repo, '.github')])
    mkdirSync(d, { recursive: true });
  const cli = (...args) => [CLI, ...args];
  const opts = { cwd: repo, scratch };
  const started = performance.now();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));

  try {
    process.stderr.write(
      `bench: ${RESOURCE_COUNT} resources, ${RUNS} runs per stage (${BASELINE_RUNS} for the baseline), node ${process.version}, in ${tmp}\n`,
    );
    const resources = synthesize(RESOURCE_COUNT);
    for (const r of resources) writeFileSync(path.join(repo, r.file), toYaml(r.data));
    writeFileSync(
      path.join(repo, '.github', 'firestone-spec.yml'),
      `specs:\n  - output: ${SPEC}\n    resources: ["resources/*.yaml"]\n`,
    );
    git(repo, 'init', '-q');

    const initial = await once('update (initial)', cli('update'), opts);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'baseline');
    const committedSpec = path.join(docs, 'old.yaml');
    copyFileSync(path.join(repo, SPEC), committedSpec);
    const old3 = path.join(docs, 'old-3.0.yaml');
    const new3 = path.join(docs, 'new-3.0.yaml');
    const generate3 = (out) => cli('generate', 'resources/*.yaml', '--asyncapi-version', '3.0.0', '--out', out);
    await once('generate 3.0 (old)', generate3(old3), opts);
    const restoreSpec = () => copyFileSync(committedSpec, path.join(repo, SPEC));

    const { resources: mutated, mutations } = mutate(resources, { fraction: 0.05 });
    for (const r of mutated) {
      const text = toYaml(r.data);
      const file = path.join(repo, r.file);
      if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    }
    const modified = git(repo, 'status', '--porcelain').split('\n').filter(Boolean).length;

    // The regenerated spec that diff and the baseline compare with the committed one; this run also warms the file cache.
    await once('update (prepare)', cli('update'), opts);
    const regenerated = path.join(docs, 'new.yaml');
    copyFileSync(path.join(repo, SPEC), regenerated);
    restoreSpec();
    await once('generate 3.0 (new)', generate3(new3), opts);

    const results = {
      generate: stage(
        'generate',
        RUNS,
        cli('generate', 'resources/*.yaml', '--out', path.join(docs, 'generated.yaml')),
        opts,
      ),
      update: stage('update', RUNS, cli('update'), { ...opts, before: restoreSpec }),
      // Drift and breaking changes both exist here, so check exits 1 by design; update's output is undone first.
      check: stage('check --base HEAD', RUNS, cli('check', '--base', 'HEAD'), {
        ...opts,
        ok: [0, 1],
        before: restoreSpec,
      }),
      diff: stage('diff OLD NEW', RUNS, cli('diff', committedSpec, regenerated), { ...opts, ok: [0, 1] }),
      // A baseline that cannot run (the parser rejecting a document) is a finding, not a reason to lose our figures.
      baseline: stage('baseline: parser+diff', BASELINE_RUNS, [BASELINE, committedSpec, regenerated], opts),
      diff3: stage('diff OLD NEW (3.0)', RUNS, cli('diff', old3, new3), { ...opts, ok: [0, 1] }),
      baseline3: stage('baseline: parser+diff (3.0)', BASELINE_RUNS, [BASELINE, old3, new3], opts),
    };
    await runRounds(Object.values(results));
    for (const k of ['generate', 'update', 'check', 'diff'])
      if (results[k].error) throw new StageError(results[k].error);
    if (results.diff3.error) throw new StageError(results.diff3.error);
    const baselineError = results.baseline.error ?? null;
    if (baselineError) results.baseline = null;
    const baseline3Error = results.baseline3.error ?? null;
    if (baseline3Error) results.baseline3 = null;
    restoreSpec();

    const checkJson = await once('check --format json', cli('check', '--base', 'HEAD', '--format', 'json'), {
      ...opts,
      ok: [0, 1],
    });
    const diffJson = await once('diff --format json', cli('diff', committedSpec, regenerated, '--format', 'json'), {
      ...opts,
      ok: [0, 1],
    });
    const [coldVersion, coldAction] = await runRounds([
      stage('cold: cli --version', RUNS, cli('--version'), opts),
      // The action with no inputs and no event: it reads inputs, finds nothing to do and fails fast.
      stage('cold: index.js (no inputs)', RUNS, [INDEX], { cwd: empty, scratch, ok: [0, 1] }),
    ]);
    for (const st of [coldVersion, coldAction]) if (st.error) throw new StageError(st.error);

    const checkCounts = countChanges(checkJson.last.stdout);
    const diffCounts = countChanges(diffJson.last.stdout);
    const baselineCounts = results.baseline ? JSON.parse(results.baseline.last.stdout) : { error: baselineError };
    const mutatedFiles = [...new Set(mutations.map((m) => m.file))];

    const openapi = await openapiFigures({
      tmp,
      scratch,
      runs: RUNS,
      baselineRuns: BASELINE_RUNS,
      count: RESOURCE_COUNT,
    });

    const series = [];
    for (const count of SERIES) series.push(await seriesPoint(count, { tmp, scratch }));

    const ours = ['generate', 'update', 'check', 'diff', 'diff3'];
    const peak = Math.max(
      ...ours.map((k) => results[k].rssBytes?.max ?? Infinity),
      ...series
        .filter((p) => p.resources <= RESOURCE_COUNT)
        .flatMap((p) => [p.diff.rssBytes?.max ?? Infinity, p.check.rssBytes?.max ?? Infinity]),
    );
    const speedup = results.baseline ? results.baseline.wallMs.median / results.diff.wallMs.median : null;
    const speedup3 = results.baseline3 ? results.baseline3.wallMs.median / results.diff3.wallMs.median : null;
    const times = (x) => (x === null ? 'baseline did not run' : `${round(x, 1)}x`);
    const targets = {
      diffSpeedup: target(
        `baseline / diff, AsyncAPI 2.x pair of ${RESOURCE_COUNT} resources (medians)`,
        `>= ${TARGETS.diffSpeedup}x`,
        times(speedup),
        speedup !== null && speedup >= TARGETS.diffSpeedup,
      ),
      diffSpeedup3: target(
        `baseline / diff, AsyncAPI 3.0 pair (medians)`,
        `>= ${TARGETS.diffSpeedup}x`,
        times(speedup3),
        speedup3 !== null && speedup3 >= TARGETS.diffSpeedup,
      ),
      checkWall: target(
        `check of ${RESOURCE_COUNT} resources, AsyncAPI (median)`,
        `< ${TARGETS.checkMs} ms`,
        `${round(results.check.wallMs.median)} ms`,
        results.check.wallMs.median < TARGETS.checkMs,
      ),
      peakRss: target(
        `peak RSS, our AsyncAPI stages up to ${RESOURCE_COUNT} resources`,
        `< ${mb(TARGETS.peakRssBytes)} MB`,
        `${mb(peak)} MB`,
        peak < TARGETS.peakRssBytes,
      ),
      ...openapi.targets,
    };

    const rows = [
      [`update (initial, ${RESOURCE_COUNT} new)`, initial],
      ...Object.values(results)
        .filter(Boolean)
        .map((st) => [st.name, st]),
      [coldVersion.name, coldVersion],
      [coldAction.name, coldAction],
      ...openapi.rows,
    ];
    const summary = {
      date: new Date().toISOString(),
      // Other work on the machine moves every figure; the load average says how much to trust them.
      loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => round(x, 2)) },
      machine: {
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        totalMemBytes: os.totalmem(),
      },
      settings: { resources: RESOURCE_COUNT, runs: RUNS, baselineRuns: BASELINE_RUNS },
      documents: {
        committed: docSize(committedSpec),
        regenerated: docSize(regenerated),
        committed3: docSize(old3),
        regenerated3: docSize(new3),
      },
      mutations: { count: mutations.length, filesModified: modified, list: mutations },
      changes: {
        check: {
          ...checkCounts,
          mutatedFilesWithChanges: mutatedFiles.filter((f) => checkCounts.sourceFiles.includes(f)).length,
          mutatedFiles: mutatedFiles.length,
        },
        diff: { total: diffCounts.total, summary: diffCounts.summary, unclassified: diffCounts.unclassified },
        asyncapiDiffRaw: baselineCounts,
        asyncapiDiffRaw3: results.baseline3 ? JSON.parse(results.baseline3.last.stdout) : { error: baseline3Error },
      },
      bundles: { 'dist/index.js': statSync(INDEX).size, 'dist/cli*': cliBytes() },
      stages: Object.fromEntries(
        rows.map(([label, st]) => [
          label,
          {
            command: st.command,
            runs: st.runs,
            wallMs: roundAll(st.wallMs),
            rssBytes: st.rssBytes,
            samples: st.samples.map((x) => ({ wallMs: round(x.wallMs, 1), rssBytes: x.rssBytes })),
          },
        ]),
      ),
      ratios: results.baseline
        ? {
            baselineOverDiffMedian: round(speedup, 2),
            baselineOverDiffMin: round(results.baseline.wallMs.min / results.diff.wallMs.min, 2),
            baselineOverDiffPeakRss: round(results.baseline.rssBytes.max / results.diff.rssBytes.max, 2),
          }
        : null,
      ratios3: results.baseline3
        ? {
            baselineOverDiffMedian: round(speedup3, 2),
            baselineOverDiffMin: round(results.baseline3.wallMs.min / results.diff3.wallMs.min, 2),
            baselineOverDiffPeakRss: round(results.baseline3.rssBytes.max / results.diff3.rssBytes.max, 2),
          }
        : null,
      openapi: openapi.summary,
      series: series.map(seriesSummary),
      targets,
      totalBenchSeconds: round((performance.now() - started) / 1000, 1),
    };

    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(path.join(OUT_DIR, 'results.json'), JSON.stringify(summary, null, 2) + '\n');
    print(summary, rows, openapi.lines);
  } catch (e) {
    if (e instanceof StageError) {
      process.stderr.write(`bench: ${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  } finally {
    if (process.env.BENCH_KEEP === '1') process.stderr.write(`bench: kept ${tmp}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * One point of the series: `count` resources in a repository of their own. `update` writes the
 * spec and a `check` right after must find nothing (no drift, no change: the tool reads what it
 * wrote); then 5% of the resources are edited and `diff` (committed spec vs regenerated) and
 * `check` are timed, with the baseline beside them up to SERIES_BASELINE_MAX resources.
 */
async function seriesPoint(count, { tmp, scratch }) {
  process.stderr.write(`bench: series, ${count} resources\n`);
  const repo = path.join(tmp, `series-${count}`);
  mkdirSync(path.join(repo, 'resources'), { recursive: true });
  mkdirSync(path.join(repo, '.github'), { recursive: true });
  const resources = synthesize(count);
  for (const r of resources) writeFileSync(path.join(repo, r.file), toYaml(r.data));
  writeFileSync(
    path.join(repo, '.github', 'firestone-spec.yml'),
    `specs:\n  - output: ${SPEC}\n    resources: ["resources/*.yaml"]\n`,
  );
  git(repo, 'init', '-q');
  const opts = { cwd: repo, scratch };
  const update = await once(`update (${count}, initial)`, [CLI, 'update'], opts);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'baseline');
  // Exit 0 only when there is no drift and no change.
  const clean = await once(`check (${count}, right after update)`, [CLI, 'check', '--base', 'HEAD'], opts);
  const oldSpec = path.join(scratch, `old-${count}.yaml`);
  const newSpec = path.join(scratch, `new-${count}.yaml`);
  copyFileSync(path.join(repo, SPEC), oldSpec);
  for (const r of mutate(resources, { fraction: 0.05 }).resources)
    writeFileSync(path.join(repo, r.file), toYaml(r.data));
  await once(`update (${count}, edited)`, [CLI, 'update'], opts);
  copyFileSync(path.join(repo, SPEC), newSpec);
  const restore = () => copyFileSync(oldSpec, path.join(repo, SPEC));
  restore();
  const runs = seriesRuns(count);
  const stages = [
    stage(`diff (${count})`, runs, [CLI, 'diff', oldSpec, newSpec], { ...opts, ok: [0, 1] }),
    stage(`check (${count})`, runs, [CLI, 'check', '--base', 'HEAD'], { ...opts, ok: [0, 1], before: restore }),
  ];
  if (count <= SERIES_BASELINE_MAX) stages.push(stage(`baseline (${count})`, 1, [BASELINE, oldSpec, newSpec], opts));
  const [diff, check, baseline] = await runRounds(stages);
  for (const st of [diff, check]) if (st.error) throw new StageError(st.error);
  const point = {
    resources: count,
    specBytes: statSync(oldSpec).size,
    update,
    clean,
    diff,
    check,
    baseline: baseline && !baseline.error ? baseline : null,
  };
  rmSync(repo, { recursive: true, force: true });
  return point;
}

function seriesSummary(p) {
  const fig = (st) => (st ? { wallMs: roundAll(st.wallMs), rssBytes: st.rssBytes } : null);
  return {
    resources: p.resources,
    specBytes: p.specBytes,
    updateThenCheckNoDrift: true,
    update: fig(p.update),
    checkRightAfterUpdate: fig(p.clean),
    diff: fig(p.diff),
    check: fig(p.check),
    baseline: fig(p.baseline),
    baselineOverDiff: p.baseline ? round(p.baseline.wallMs.median / p.diff.wallMs.median, 1) : null,
  };
}

function print(s, rows, openapiLines) {
  const table = [['stage', 'runs', 'wall median ms', 'wall min ms', 'RSS median MB', 'RSS max MB']];
  for (const [label, st] of rows) {
    table.push([
      label,
      String(st.runs),
      st.wallMs.median.toFixed(0),
      st.wallMs.min.toFixed(0),
      mb(st.rssBytes?.median),
      mb(st.rssBytes?.max),
    ]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [];
  out.push(
    '',
    `firestone-spec bench: ${s.settings.resources} resources, node ${s.machine.node}, ${s.machine.cpus} CPUs, load average ${s.loadAverage.start[0]} at start, ${s.loadAverage.end[0]} at end`,
  );
  const d = s.documents;
  out.push(
    `documents: committed ${d.committed.lines} lines / ${d.committed.bytes} bytes; regenerated ${d.regenerated.lines} lines / ${d.regenerated.bytes} bytes`,
  );
  out.push(
    `mutations: ${s.mutations.count} (${s.mutations.filesModified} files modified): ${[...new Set(s.mutations.list.map((m) => m.kind))].join(', ')}`,
  );
  const c = s.changes.check;
  out.push(
    `check changes: ${c.total} (breaking ${c.summary.breaking}, warning ${c.summary.warning}, non-breaking ${c.summary.nonBreaking}, unclassified ${c.unclassified}); drift ${c.summary.drift}; mutated files traced: ${c.mutatedFilesWithChanges}/${c.mutatedFiles}`,
  );
  out.push(
    `diff changes: ${s.changes.diff.total} (unclassified ${s.changes.diff.unclassified}); raw @asyncapi/diff: ${JSON.stringify(s.changes.asyncapiDiffRaw)}`,
  );
  out.push(
    `bundles: dist/index.js ${s.bundles['dist/index.js']} bytes, dist/cli* (the entry, cli-run.cjs and its package chunks) ${s.bundles['dist/cli*']} bytes`,
    '',
  );
  out.push(line(table[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), '');
  if (s.ratios)
    out.push(
      `baseline / diff: ${s.ratios.baselineOverDiffMedian}x (median), ${s.ratios.baselineOverDiffMin}x (min), peak RSS ${s.ratios.baselineOverDiffPeakRss}x`,
    );
  else out.push(`baseline did not run: ${s.changes.asyncapiDiffRaw.error}`);
  if (s.ratios3)
    out.push(
      `3.0 pair: baseline / diff: ${s.ratios3.baselineOverDiffMedian}x (median), ${s.ratios3.baselineOverDiffMin}x (min), peak RSS ${s.ratios3.baselineOverDiffPeakRss}x`,
    );
  else out.push(`3.0 pair: baseline did not run: ${s.changes.asyncapiDiffRaw3.error}`);
  if (s.series.length > 0) {
    const cell = (f) => (f ? `${f.wallMs.median.toFixed(0)} ms / ${mb(f.rssBytes?.max)} MB` : '-');
    const rows = [
      ['resources', 'spec MB', 'update', 'check after update', 'diff', 'check', 'baseline', 'baseline/diff'],
      ...s.series.map((p) => [
        String(p.resources),
        mb(p.specBytes),
        cell(p.update),
        cell(p.checkRightAfterUpdate),
        cell(p.diff),
        cell(p.check),
        p.baseline ? cell(p.baseline) : `not run (> ${SERIES_BASELINE_MAX})`,
        p.baselineOverDiff === null ? '-' : `${p.baselineOverDiff}x`,
      ]),
    ];
    const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
    out.push(
      '',
      'series (median wall / max RSS; every check right after update exited 0: no drift, no change):',
      fmt(rows[0]),
      ...rows.slice(1).map(fmt),
      '',
    );
  }
  out.push(
    ...openapiLines,
    '',
    `targets (node ${s.machine.node}; machine shared, load average above: times are noisy):`,
  );
  const on24 = s.machine.node.startsWith('v24.');
  for (const [name, t] of Object.entries(s.targets)) {
    const verdict = t.skipped
      ? `skipped: ${t.skipped}`
      : `${t.value}, target ${t.target}: ${t.pass ? 'met' : 'missed'}`;
    const note = t.node24 && !on24 ? ' (judged on this node; `npm run bench:node24` for Node 24)' : '';
    out.push(`  ${name}: ${t.what}: ${verdict}${note}`);
  }
  out.push(
    `total ${s.totalBenchSeconds} s; results in ${path.relative(process.cwd(), path.join(OUT_DIR, 'results.json'))}`,
    '',
  );
  process.stdout.write(out.join('\n'));
}

await main();
