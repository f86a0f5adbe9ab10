#!/usr/bin/env node
/**
 * `npm run corpus -- <dir> [--verbose] [--failures=<file.jsonl>]`: runs test/corpus/corpus.test.ts
 * over a whole corpus folder (docs/, equiv/, pNNN/), then prints a summary: cases per kind,
 * failures grouped by cause (a crash, or the type, rule and path shape of the offending changes)
 * with a count and an example each. `--failures` keeps one JSON line per failing comparison.
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
const keep = args.find((a) => a.startsWith('--failures='))?.slice('--failures='.length);
const positional = args.filter((a) => !a.startsWith('--'));
if (positional.length > 1) {
  console.error('usage: npm run corpus -- [<corpus dir>] [--verbose] [--failures=<file.jsonl>]');
  process.exit(2);
}
// npm runs scripts from the package root; a relative path means the caller's directory.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const dir = path.resolve(callerDir, positional[0] ?? path.join(root, 'test/fixtures/realworld'));
if (!existsSync(path.join(dir, 'docs'))) {
  console.error(`${dir}: not a corpus folder (no docs/ in it)`);
  process.exit(2);
}

function run(work) {
  const results = path.join(work, 'results.json');
  const report = path.join(work, 'failures.jsonl');
  const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
  const started = Date.now();
  const child = spawnSync(
    process.execPath,
    [vitest, 'run', 'test/corpus/corpus.test.ts', '--reporter=json', `--outputFile=${results}`],
    {
      cwd: root,
      env: { ...process.env, FIRESTONE_CORPUS_DIR: dir, FIRESTONE_CORPUS_REPORT: report },
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

  console.log(`corpus ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [title, kind] of [
    ['itself', 'a document against itself'],
    ['equivalents', 'a document against an equivalent'],
    ['pairs', 'a real pair'],
  ]) {
    const mine = tests.filter((t) => t.ancestorTitles.some((a) => a.startsWith(kind)));
    const failed = mine.filter((t) => t.status !== 'passed').length;
    console.log(`  ${title.padEnd(12)} ${mine.length - failed}/${mine.length} passed`);
  }
  printCauses(failures);
  if (keep) writeFileSync(path.resolve(callerDir, keep), existsSync(report) ? readFileSync(report) : '');
  const failed = tests.filter((t) => t.status !== 'passed');
  if (failed.length > 0) {
    console.log(`\nfailing cases (${failed.length}):`);
    for (const t of failed) console.log(`  ${t.title}`);
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
