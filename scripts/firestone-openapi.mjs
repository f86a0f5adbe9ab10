#!/usr/bin/env node
/**
 * `node scripts/firestone-openapi.mjs <dir>...` (`npm run firestone-openapi -- <dir>...`): every
 * case below the folders (a `case.json`: title, description, version, resources relative to it)
 * that carries `expected.fixed.openapi.yaml` or `expected.refused.txt` is run through the BUILT
 * CLI, as a user would run it (`generate -t T -d D -v V -r a,b openapi --version 3.0.0 -o FILE`,
 * from the folder above the case). A generated document must equal the expected one as data (key
 * order, quoting and anchors aside); a refused case must exit 2, write nothing and name in its
 * message every file that `expected.refused.txt` names.
 *
 * Adoption (docs/classification.md, "Adopting next to firestone"): where a case carries firestone's
 * own output (`expected.oracle.openapi.yaml`), `diff` of it against `expected.fixed.openapi.yaml`,
 * and of a committed `*\/openapi.committed.yaml` against this tool's regeneration, must list only
 * `firestone.*` changes, none breaking: a team's first pull request after adopting has nothing else.
 *
 * Prints one line per failing case, then a one-line summary of each part. Exit 1 on any mismatch, 2
 * on bad usage (no folder, no case, no built CLI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const EXPECTED = 'expected.fixed.openapi.yaml';
const REFUSED = 'expected.refused.txt';
const ORACLE = 'expected.oracle.openapi.yaml';
const COMMITTED = 'openapi.committed.yaml';

/** Folders holding a case.json, below `dir`, sorted. */
function caseDirs(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...caseDirs(full));
    else if (entry === 'case.json') out.push(dir);
  }
  return out;
}

const isObject = (v) => typeof v === 'object' && v !== null;

/** The first pointer where two JSON values differ, or null when they are equal as data. */
function firstDifference(a, b, at = '') {
  if (Array.isArray(a) !== Array.isArray(b) || isObject(a) !== isObject(b)) return at || '/';
  if (!isObject(a)) return Object.is(a, b) ? null : at || '/';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (Array.isArray(a) && a.length !== b.length) return `${at}/length`;
  for (const k of keys) {
    if (!Object.hasOwn(a, k) || !Object.hasOwn(b, k)) return `${at}/${k}`;
    const d = firstDifference(a[k], b[k], `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (d !== null) return d;
  }
  return null;
}

/**
 * `diff OLD NEW` as a user runs it; null when every change is a firestone.* one and none is
 * breaking, else why not. `counts` gathers the changes seen.
 */
function adoption(oldFile, newFile, counts) {
  const run = spawnSync(process.execPath, [cli, 'diff', oldFile, newFile, '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) return `diff exit ${run.status}: ${run.stderr.trim().split('\n').pop()}`;
  const changes = JSON.parse(run.stdout).specs.flatMap((s) => s.changes);
  counts.diffs += 1;
  counts.changes += changes.length;
  counts.firestone += changes.filter((c) => c.rule.startsWith('firestone.') && c.type !== 'breaking').length;
  const other = changes.filter((c) => !c.rule.startsWith('firestone.') || c.type === 'breaking');
  if (other.length === 0) return null;
  return `${other.length} change(s) not from firestone's defects, first: ${other[0].message} (${other[0].rule})`;
}

/** The committed spec files firestone wrote for the case's resources, below its folder. */
const committedSpecs = (dir) =>
  readdirSync(dir)
    .map((e) => path.join(dir, e, COMMITTED))
    .filter((f) => existsSync(f));

/** Runs one case; returns null when it matches, else why not. */
function runCase(dir, work, counts) {
  const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
  const cwd = path.dirname(dir);
  const resources = c.resources.map((r) => path.relative(cwd, path.resolve(dir, r)));
  const generate = (version) => {
    const out = path.join(work, `${path.basename(dir)}-${Math.random().toString(36).slice(2)}.yaml`);
    const args = ['generate', '-t', c.title, '-d', c.description, '-v', c.version, '-r', resources.join(',')];
    args.push('openapi', '--version', version, '-o', out);
    return { out, run: spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' }) };
  };
  const { out, run } = generate('3.0.0');
  const refused = path.join(dir, REFUSED);
  if (existsSync(refused)) {
    if (run.status !== 2) return `expected a refusal (exit 2), got exit ${run.status}`;
    if (existsSync(out)) return 'refused, but an output file was written';
    const names = [...new Set(readFileSync(refused, 'utf8').match(/[\w.-]+\.(?:ya?ml|json)\b/g) ?? [])];
    const missing = names.filter((n) => !run.stderr.includes(n));
    return missing.length === 0 ? null : `the refusal does not name ${missing.join(', ')}: ${run.stderr.trim()}`;
  }
  if (run.status !== 0) return `exit ${run.status}: ${run.stderr.trim().split('\n')[0]}`;
  const got = YAML.parse(readFileSync(out, 'utf8'));
  const want = YAML.parse(readFileSync(path.join(dir, EXPECTED), 'utf8'), { maxAliasCount: -1 });
  const diff = firstDifference(got, want);
  if (diff !== null) return `differs from ${EXPECTED} at ${diff}`;
  const oracle = path.join(dir, ORACLE);
  const pairs = [
    ...(existsSync(oracle) ? [[oracle, path.join(dir, EXPECTED)]] : []),
    // A committed spec is regenerated in its own OpenAPI version, as `update` would.
    ...committedSpecs(dir).map((f) => [f, generate(String(YAML.parse(readFileSync(f, 'utf8')).openapi)).out]),
  ];
  for (const [before, after] of pairs) {
    const why = adoption(before, after, counts);
    if (why !== null) return `diff ${path.relative(dir, before)} ${path.basename(after)}: ${why}`;
  }
  return null;
}

function main(args) {
  const dirs = args.filter((a) => !a.startsWith('-'));
  if (dirs.length === 0 || dirs.length !== args.length) {
    console.error('usage: node scripts/firestone-openapi.mjs <dir>...');
    return 2;
  }
  if (!existsSync(cli)) {
    console.error(`${cli} is missing: run \`npm run build\` first`);
    return 2;
  }
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const cases = [];
  for (const d of dirs) {
    const dir = path.resolve(callerDir, d);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.error(`${d}: not a folder`);
      return 2;
    }
    cases.push(...caseDirs(dir).filter((c) => existsSync(path.join(c, EXPECTED)) || existsSync(path.join(c, REFUSED))));
  }
  if (cases.length === 0) {
    console.error(`no case.json with ${EXPECTED} or ${REFUSED} below ${dirs.join(', ')}`);
    return 2;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'fsa-openapi-cases-'));
  let failed = 0;
  let refused = 0;
  const counts = { diffs: 0, changes: 0, firestone: 0 };
  try {
    for (const dir of cases) {
      if (existsSync(path.join(dir, REFUSED))) refused += 1;
      const why = runCase(dir, work, counts);
      if (why !== null) {
        failed += 1;
        console.log(`FAIL ${path.relative(callerDir, dir) || '.'}: ${why}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const generated = cases.length - refused;
  console.log(
    `firestone-openapi: ${cases.length - failed}/${cases.length} cases match (${generated} generated, ${refused} refused)`,
  );
  if (counts.diffs > 0)
    console.log(
      `firestone-openapi adoption: ${counts.diffs} diffs of firestone's output against ours, ${counts.firestone}/${counts.changes} changes firestone.* and non-breaking`,
    );
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
