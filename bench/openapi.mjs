/**
 * `npm run bench`, OpenAPI part (bench/run.mjs calls it): the BUILT CLI on repositories with both
 * an AsyncAPI and an OpenAPI target, and `diff` of OpenAPI documents against the least a JS user
 * would wire (bench/baseline-openapi.mjs: @apidevtools/swagger-parser and a plain deep walk),
 * measured the same way in the same run.
 *
 * - 200 synthetic resources (BENCH_RESOURCES), both targets: `check` after 5% of the resources
 *   were edited, and `update` of both specs against `update --only asyncapi.yaml`.
 * - `diff` of the OpenAPI specs of that repository before and after the edits, and of the largest
 *   document of the realworld-openapi corpus against a copy with a few realistic edits
 *   (bench/openapi-edits.mjs). The corpus is third-party data outside the repository: the folder
 *   holding it comes from `--shared DIR` or BENCH_SHARED (default ../shared beside the checkout);
 *   without it that figure is skipped.
 * - 1,000 resources (BENCH_BOTH_LARGE), both targets: `update`, then `check` must exit 0 (no
 *   drift, no change); its time and peak RSS (BENCH_BOTH_LARGE_RUNS runs, default 3).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { editOpenApi } from './openapi-edits.mjs';
import {
  CLI,
  countChanges,
  git,
  mb,
  once,
  positiveInt,
  ROOT,
  round,
  runRounds,
  stage,
  StageError,
  target,
} from './stages.mjs';
import { mutate, synthesize, toYaml } from './synth.mjs';

const BASELINE = path.join(ROOT, 'bench', 'baseline-openapi.mjs');
const CORPUS = 'realworld-openapi';
const LARGE = positiveInt(process.env.BENCH_BOTH_LARGE, 1000);
const LARGE_RUNS = positiveInt(process.env.BENCH_BOTH_LARGE_RUNS, 3);
const SPECS = ['asyncapi.yaml', 'openapi.yaml'];
const CONFIG = ['specs:', ...SPECS.flatMap((s) => [`  - output: ${s}`, '    resources: ["resources/*.yaml"]']), ''];

/** Targets of issues 18 and 19 (item 8 of each); the times are for Node 24, the action's runtime. */
const TARGETS = {
  bothCheckMs: 1500,
  bothOverAsyncUpdate: 2,
  diffSpeedup: 1.5,
  largeCheckMs: 4000,
  largePeakRssBytes: 400 * 1024 * 1024,
};

/** The shared folder: `--shared DIR`, else BENCH_SHARED, else ../shared beside the checkout. */
function sharedFolder(argv = process.argv.slice(2)) {
  const i = argv.indexOf('--shared');
  const dir = i >= 0 && argv[i + 1] ? argv[i + 1] : (process.env.BENCH_SHARED ?? path.join(ROOT, '..', 'shared'));
  return path.resolve(dir);
}

/** A repository of `count` synthetic resources with both targets, its specs generated and committed. */
async function bothRepo(dir, count, scratch) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  const resources = synthesize(count);
  for (const r of resources) writeFileSync(path.join(dir, r.file), toYaml(r.data));
  writeFileSync(path.join(dir, '.github', 'firestone-spec.yml'), CONFIG.join('\n'));
  git(dir, 'init', '-q');
  const update = await once(`update (${count}, both, initial)`, [CLI, 'update'], { cwd: dir, scratch });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'baseline');
  return { resources, update };
}

/** The largest JSON or YAML document in the corpus's `docs/`, or null when the corpus is not there. */
function largestCorpusDocument(shared) {
  const docs = path.join(shared, CORPUS, 'docs');
  if (!existsSync(docs)) return null;
  const [largest] = readdirSync(docs)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .map((f) => ({ file: path.join(docs, f), size: statSync(path.join(docs, f)).size }))
    .sort((a, b) => b.size - a.size);
  return largest?.file ?? null;
}

/** A copy of `file` with editOpenApi's edits, in `dir`, in the same format. */
function editedCopy(file, dir) {
  const json = file.endsWith('.json');
  const text = readFileSync(file, 'utf8');
  const doc = json ? JSON.parse(text) : parse(text);
  const edits = editOpenApi(doc);
  const out = path.join(dir, `edited-${path.basename(file)}`);
  writeFileSync(out, json ? JSON.stringify(doc, null, 2) + '\n' : stringify(doc, { lineWidth: 0 }));
  return { file: out, edits };
}

const ratio = (a, b) => (a && b ? a.wallMs.median / b.wallMs.median : null);

/**
 * Runs the OpenAPI stages in `tmp`. Returns the table rows (label, stage), the summary for
 * results.json, the lines to print and the targets.
 */
export async function openapiFigures({ tmp, scratch, runs, baselineRuns, count }) {
  process.stderr.write(`bench: OpenAPI and both targets, ${count} resources\n`);
  const repo = path.join(tmp, `both-${count}`);
  const opts = { cwd: repo, scratch };
  const { resources, update: initial } = await bothRepo(repo, count, scratch);
  const committed = Object.fromEntries(SPECS.map((s) => [s, path.join(scratch, `committed-${s}`)]));
  for (const s of SPECS) copyFileSync(path.join(repo, s), committed[s]);
  const restore = () => SPECS.forEach((s) => copyFileSync(committed[s], path.join(repo, s)));
  const { resources: edited } = mutate(resources, { fraction: 0.05 });
  for (const r of edited) writeFileSync(path.join(repo, r.file), toYaml(r.data));
  await once('update (both, prepare)', [CLI, 'update'], opts);
  const regenerated = path.join(scratch, 'regenerated-openapi.yaml');
  copyFileSync(path.join(repo, 'openapi.yaml'), regenerated);
  restore();

  const pair = [committed['openapi.yaml'], regenerated];
  const stages = {
    // Drift and breaking changes both exist here, so check exits 1 by design.
    check: stage('check --base HEAD (both specs)', runs, [CLI, 'check', '--base', 'HEAD'], {
      ...opts,
      ok: [0, 1],
      before: restore,
    }),
    update: stage('update (both specs)', runs, [CLI, 'update'], { ...opts, before: restore }),
    updateAsync: stage('update --only asyncapi.yaml', runs, [CLI, 'update', '--only', 'asyncapi.yaml'], {
      ...opts,
      before: restore,
    }),
    diff: stage('diff OpenAPI OLD NEW', runs, [CLI, 'diff', ...pair], { ...opts, ok: [0, 1] }),
    baseline: stage('baseline: swagger-parser+walk', baselineRuns, [BASELINE, ...pair], opts),
  };
  const shared = sharedFolder();
  const document = largestCorpusDocument(shared);
  const corpusPair = document ? [document, editedCopy(document, scratch)] : null;
  if (corpusPair) {
    const [doc, copy] = corpusPair;
    const name = path.basename(doc);
    stages.corpusDiff = stage(`diff ${name} EDITED`, runs, [CLI, 'diff', doc, copy.file], { ...opts, ok: [0, 1] });
    stages.corpusBaseline = stage(
      `baseline: swagger-parser+walk (${name})`,
      baselineRuns,
      [BASELINE, doc, copy.file],
      opts,
    );
  }
  await runRounds(Object.values(stages));
  for (const k of ['check', 'update', 'updateAsync', 'diff', 'corpusDiff'])
    if (stages[k]?.error) throw new StageError(stages[k].error);
  restore();
  const baselineCounts = (st) => (st.error ? { error: st.error } : JSON.parse(st.last.stdout));
  const ourCounts = async (name, args) =>
    countChanges((await once(name, [CLI, 'diff', ...args, '--format', 'json'], { ...opts, ok: [0, 1] })).last.stdout);
  const found = {
    pair: { ours: await ourCounts('diff OpenAPI --format json', pair), baseline: baselineCounts(stages.baseline) },
    corpus: corpusPair && {
      document: path.relative(shared, corpusPair[0]),
      bytes: statSync(corpusPair[0]).size,
      edits: corpusPair[1].edits,
      ours: await ourCounts('diff corpus --format json', [corpusPair[0], corpusPair[1].file]),
      baseline: baselineCounts(stages.corpusBaseline),
    },
  };
  const sizes = { asyncapi: statSync(committed['asyncapi.yaml']).size, openapi: statSync(pair[0]).size };
  rmSync(repo, { recursive: true, force: true });

  process.stderr.write(`bench: both targets, ${LARGE} resources\n`);
  const largeRepo = path.join(tmp, `both-${LARGE}`);
  const large = await bothRepo(largeRepo, LARGE, scratch);
  // Exit 0 only: right after update there is no drift and no change.
  const [largeCheck] = await runRounds([
    stage(`check (${LARGE}, both, right after update)`, LARGE_RUNS, [CLI, 'check', '--base', 'HEAD'], {
      cwd: largeRepo,
      scratch,
    }),
  ]);
  if (largeCheck.error) throw new StageError(largeCheck.error);
  const largeSizes = Object.fromEntries(SPECS.map((s) => [s, statSync(path.join(largeRepo, s)).size]));
  rmSync(largeRepo, { recursive: true, force: true });

  const bothOverAsync = ratio(stages.update, stages.updateAsync);
  const pairSpeedup = stages.baseline.error ? null : ratio(stages.baseline, stages.diff);
  const corpusSpeedup =
    !corpusPair || stages.corpusBaseline.error ? null : ratio(stages.corpusBaseline, stages.corpusDiff);
  const largeRss = largeCheck.rssBytes?.max ?? null;
  const speedup = (x, st) => (x === null ? `baseline did not run: ${st.error}` : `${round(x, 2)}x`);
  const targets = {
    bothCheck: target(
      `check of ${count} resources, both specs (median)`,
      `< ${TARGETS.bothCheckMs} ms on Node 24`,
      `${round(stages.check.wallMs.median)} ms`,
      stages.check.wallMs.median < TARGETS.bothCheckMs,
      true,
    ),
    bothUpdate: target(
      'update of both specs / of the AsyncAPI spec alone (medians)',
      `< ${TARGETS.bothOverAsyncUpdate}x`,
      `${round(bothOverAsync, 2)}x`,
      bothOverAsync < TARGETS.bothOverAsyncUpdate,
    ),
    openapiDiffSpeedup: target(
      `baseline / diff, OpenAPI specs of ${count} resources (medians)`,
      `>= ${TARGETS.diffSpeedup}x`,
      speedup(pairSpeedup, stages.baseline),
      pairSpeedup !== null && pairSpeedup >= TARGETS.diffSpeedup,
    ),
    corpusDiffSpeedup: corpusPair
      ? target(
          `baseline / diff, ${path.basename(corpusPair[0])} and its edited copy (medians)`,
          `>= ${TARGETS.diffSpeedup}x`,
          speedup(corpusSpeedup, stages.corpusBaseline),
          corpusSpeedup !== null && corpusSpeedup >= TARGETS.diffSpeedup,
        )
      : {
          what: 'baseline / diff, largest realworld-openapi document',
          skipped: `${path.join(shared, CORPUS)} not found (--shared DIR or BENCH_SHARED)`,
        },
    largeCheck: target(
      `check right after update, ${LARGE} resources, both specs (median; exit 0)`,
      `< ${TARGETS.largeCheckMs} ms on Node 24`,
      `${round(largeCheck.wallMs.median)} ms`,
      largeCheck.wallMs.median < TARGETS.largeCheckMs,
      true,
    ),
    largePeakRss: target(
      `peak RSS of that check`,
      `< ${mb(TARGETS.largePeakRssBytes)} MB`,
      `${mb(largeRss)} MB`,
      largeRss !== null && largeRss < TARGETS.largePeakRssBytes,
    ),
  };

  const rows = [
    [`update (${count}, both, initial)`, initial],
    ...Object.values(stages).map((st) => [st.name, st]),
    [`update (${LARGE}, both, initial)`, large.update],
    [largeCheck.name, largeCheck],
  ];
  const changesText = (c) => `${c.total} changes (breaking ${c.summary.breaking}, unclassified ${c.unclassified})`;
  const lines = [
    `OpenAPI: ${count} resources give asyncapi.yaml ${mb(sizes.asyncapi)} MB and openapi.yaml ${mb(sizes.openapi)} MB; ${LARGE} give ${mb(largeSizes['asyncapi.yaml'])} MB and ${mb(largeSizes['openapi.yaml'])} MB`,
    `OpenAPI pair: diff found ${changesText(found.pair.ours)}; the baseline's walk: ${JSON.stringify(found.pair.baseline)}`,
    found.corpus
      ? `${found.corpus.document} (${mb(found.corpus.bytes)} MB), edited: ${found.corpus.edits.join('; ')}; diff found ${changesText(found.corpus.ours)}; the baseline's walk: ${JSON.stringify(found.corpus.baseline)}`
      : `largest realworld-openapi document: skipped: ${path.join(shared, CORPUS)} not found`,
  ];
  return { rows, lines, targets, summary: { sizes, largeSizes, found, shared: corpusPair ? shared : null } };
}
