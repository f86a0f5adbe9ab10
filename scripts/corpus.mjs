#!/usr/bin/env node
/**
 * `npm run corpus -- <dir> [--verbose] [--failures=<file.jsonl>]`: runs test/corpus/corpus.test.ts
 * over a whole AsyncAPI corpus folder (docs/, equiv/, pNNN/ or pairs/pNNN/), with the verdicts of
 * corpus/verdicts/asyncapi.json named for that folder, and both YAML readers' differential tests
 * over its documents; then prints a summary: cases per kind, failures grouped by cause (a crash,
 * or the type, rule and path shape of the offending changes) with a count and an example each.
 * `--failures` keeps one JSON line per failing comparison.
 * `npm run corpus -- --firestone <dir>` runs test/corpus/firestone.test.ts over a folder of
 * firestone resource sets instead (each case regenerates as firestone's output; each pre-0.5 file
 * migrates; each committed spec reads). .ci/run runs both over ../shared.
 * Exit code 1 when any case fails, 2 on bad usage.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const firestone = args.includes('--firestone');
const keep = args.find((a) => a.startsWith('--failures='))?.slice('--failures='.length);
const positional = args.filter((a) => !a.startsWith('--'));
if (positional.length > 1) {
  console.error('usage: npm run corpus -- [--firestone] [<corpus dir>] [--verbose] [--failures=<file.jsonl>]');
  process.exit(2);
}
// npm runs scripts from the package root; a relative path means the caller's directory.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const fallback = firestone ? 'test/fixtures/generate' : 'test/fixtures/asyncapi-corpus';
const dir = path.resolve(callerDir, positional[0] ?? path.join(root, fallback));
if (!existsSync(dir) || (!firestone && !existsSync(path.join(dir, 'docs')))) {
  console.error(`${dir}: not a corpus folder (no docs/ in it)`);
  process.exit(2);
}

/** What a run covers: its test files, the environment naming the folder, and the kinds it counts. */
const MODE = firestone
  ? {
      files: ['test/corpus/firestone.test.ts'],
      env: { FIRESTONE_FIRESTONE_DIR: dir },
      kinds: [
        ['regenerated', "each case regenerates as firestone's output"],
        ['as 3.0.0', 'each case in AsyncAPI 3.0.0'],
        ['migrated', 'each file in the pre-0.5 format migrates'],
        ['committed', 'each spec firestone committed reads'],
      ],
    }
  : {
      // The readers' tests run only their corpus test (`-t corpus`): the rest of them is `npm test`'s.
      files: ['test/corpus/corpus.test.ts', 'test/util/block-yaml.test.ts', 'test/resource/fast-yaml.test.ts'],
      env: { FIRESTONE_CORPUS_DIR: dir },
      kinds: [
        ['itself', 'a document against itself'],
        ['equivalents', 'a document against an equivalent'],
        ['pairs', 'a pair'],
        ['verdicts', 'a judged pair'],
        ['as 3.0', 'converted to 3.0'],
        ['readers', 'of the corpus'],
      ],
    };

function run(work) {
  const results = path.join(work, 'results.json');
  const report = path.join(work, 'failures.jsonl');
  const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
  const started = Date.now();
  const child = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      ...MODE.files,
      ...(firestone ? [] : ['-t', 'corpus']),
      '--reporter=json',
      `--outputFile=${results}`,
    ],
    {
      cwd: root,
      env: { ...process.env, ...MODE.env, FIRESTONE_CORPUS_REPORT: report },
      stdio: verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!existsSync(results)) {
    console.error(`vitest produced no results (exit ${child.status ?? child.signal})`);
    return 2;
  }
  const files = JSON.parse(readFileSync(results, 'utf8')).testResults;
  const tests = files.flatMap((f) => f.assertionResults);
  if (tests.length === 0) {
    // The test file itself failed to load (e.g. a syntax error in src/): say why.
    console.error(files.map((f) => f.message).join('\n') || `no test ran (vitest exit ${child.status})`);
    return 1;
  }
  const failures = existsSync(report)
    ? readFileSync(report, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

  console.log(`${firestone ? 'firestone sets' : 'corpus'} ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [title, kind] of MODE.kinds) {
    const mine = tests.filter((t) => [...t.ancestorTitles, t.title].join(' > ').includes(kind));
    const failed = mine.filter((t) => t.status === 'failed').length;
    console.log(`  ${title.padEnd(12)} ${mine.length - failed}/${mine.length} passed`);
  }
  printCauses(failures);
  if (keep) writeFileSync(path.resolve(callerDir, keep), existsSync(report) ? readFileSync(report) : '');
  const failed = tests.filter((t) => t.status === 'failed');
  if (failed.length > 0) {
    console.log(`\nfailing cases (${failed.length}):`);
    for (const t of failed) console.log(`  ${t.ancestorTitles.at(-1)}: ${t.title}`);
    if (!verbose) console.log('(--verbose shows why)');
  }
  return failed.length > 0 || child.status !== 0 ? 1 : 0;
}

// AsyncAPI and JSON Schema words stay in a path's shape; names chosen by authors become `*`.
const KEYWORDS = new Set(
  (
    'asyncapi id info servers channels operations components schemas messages parameters securitySchemes ' +
    'serverBindings channelBindings operationBindings messageBindings correlationIds operationTraits ' +
    'messageTraits replies replyAddresses externalDocs tags defaultContentType address action channel reply ' +
    'payload headers contentType correlationId traits bindings security subscribe publish message summary ' +
    'description title name operationId messageId examples example host pathname protocol protocolVersion url ' +
    'variables enum default location type format required items additionalProperties oneOf anyOf allOf not ' +
    'const pattern minimum maximum minLength maxLength minItems maxItems $ref x-parser-schema-id ws http kafka ' +
    'mqtt amqp query method deprecated schemaFormat schema flows scopes in scheme bearerFormat properties'
  ).split(' '),
);

function shape(pointer) {
  const out = pointer
    .split('/')
    .slice(1)
    .map((s) => (KEYWORDS.has(s.replace(/~1/g, '/').replace(/~0/g, '~')) ? s : '*'));
  return `/${out.join('/')}`.replace(/(\/properties\/\*)+/g, '/properties/*');
}

/** Failures grouped by cause: a crash by its error, a change by kind + type + rule. */
function printCauses(failures) {
  const groups = new Map();
  for (const f of failures) {
    const causes = f.error
      ? [{ key: `${f.kind}: crash ${f.error}`, example: f.direction }]
      : f.changes.map((c) => ({
          key: `${f.kind}: ${c.type} ${c.rule} at ${shape(c.path)}`,
          example: `${f.direction} at ${c.path}: ${c.message}`,
        }));
    const seen = new Set();
    for (const { key, example } of causes) {
      const g = groups.get(key) ?? { cases: 0, changes: 0, example };
      g.changes += 1;
      if (!seen.has(key)) g.cases += 1;
      seen.add(key);
      groups.set(key, g);
    }
  }
  if (groups.size === 0) return;
  const sorted = [...groups].sort((a, b) => b[1].cases - a[1].cases);
  const shown = verbose ? sorted : sorted.slice(0, 40);
  console.log(`\nfailures by cause, ${shown.length} of ${sorted.length} (cases, changes; one example):`);
  for (const [key, g] of shown) {
    console.log(`  ${String(g.cases).padStart(4)} cases ${String(g.changes).padStart(5)} changes  ${key}`);
    console.log(`        e.g. ${g.example}`);
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'fsa-corpus-'));
try {
  process.exitCode = run(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
