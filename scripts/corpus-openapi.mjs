#!/usr/bin/env node
/**
 * `node scripts/corpus-openapi.mjs <dir> [--verdicts FILE] [--verbose]`: runs compareOpenApi over
 * an OpenAPI corpus folder and prints figures. Layouts it recognises:
 *   docs/ + equiv/ (+ pNNN/old.*|new.*)   every document against itself and its equivalents: 0 changes;
 *   pNNN/old.*|new.*                       every pair: no crash, no refusal, no unclassified change;
 *   cNNN/base.yaml|revision.yaml           the same, and hand verdicts when --verdicts names a file;
 *   pNNN/old.*|new.* of Swagger 2.0        every pair refused with an InputError (exit 2 in the CLI).
 * Verdicts: `{"pairs": {"<corpus>/<case>": {"worst", "must": [{"family", "type"}], "mustNot": [prefix]}}}`.
 * Exit code 1 when anything fails, 2 on bad usage.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const verdictsAt = args.indexOf('--verdicts');
const verdictsFile = verdictsAt >= 0 ? args[verdictsAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (verdictsAt < 0 || i !== verdictsAt + 1));
if (positional.length !== 1 || (verdictsAt >= 0 && verdictsFile === undefined)) {
  console.error('usage: node scripts/corpus-openapi.mjs <corpus dir> [--verdicts FILE] [--verbose]');
  process.exit(2);
}
const dir = path.resolve(positional[0]);
if (!existsSync(dir)) {
  console.error(`${dir}: no such folder`);
  process.exit(2);
}

// The comparison, bundled from the sources (no dist/ needed).
// Inside node_modules, so the bundle's own imports (yaml, js-yaml) resolve.
const work = mkdtempSync(path.join(root, 'node_modules', '.corpus-openapi-'));
const outfile = path.join(work, 'compare.mjs');
await build({
  stdin: {
    contents:
      "export { compareOpenApi, compareOpenApiInFull } from './src/compare/openapi/index';\nexport { readSpecText } from './src/generate/firestone-text';\n",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'error',
  packages: 'external',
  absWorkingDir: root,
});
const { compareOpenApi, compareOpenApiInFull, readSpecText } = await import(pathToFileURL(outfile).href);
rmSync(work, { recursive: true, force: true });

// Read as the CLI reads spec files (YAML 1.2 core schema: a date stays a string).
const read = (file) => readSpecText(readFileSync(file, 'utf8'), file).document;
const corpusName = path.basename(dir);
const figures = {
  self: 0,
  equiv: 0,
  pairs: 0,
  refused: 0,
  crashes: 0,
  refusals: 0,
  unclassified: 0,
  changed: 0,
  verdicts: 0,
  mismatches: 0,
  gaps: 0,
  shortcut: 0,
};
const failures = [];
const fail = (what, detail) => failures.push(`${what}: ${detail}`);
const verdictsData = verdictsFile ? JSON.parse(readFileSync(verdictsFile, 'utf8')) : {};
const verdicts = verdictsData.pairs ?? {};
// Known equivalence gaps (open work, each with its reason): each must still be one, so a fix fails
// the leg until its entry is struck off.
const gaps = verdictsData.equivalenceGaps?.ids ?? {};
const SEVERITY = { none: 0, 'non-breaking': 1, warning: 2, breaking: 3 };

/** One comparison's outcome: its changes, or what it threw. */
function outcome(run, a, b, files) {
  try {
    return { changes: run(a, b, { files, today: '2025-01-01' }) };
  } catch (e) {
    return { error: e };
  }
}

/**
 * The comparison users run, held to the full one (no unchanged paths set aside): the same changes,
 * or the same refusal. A difference is a failure of its own (`shortcut`).
 */
function compare(a, b, files, id) {
  const full = outcome(compareOpenApiInFull, a, b, files);
  const quick = outcome(compareOpenApi, a, b, files);
  const text = (o) => (o.error !== undefined ? `error ${o.error.message}` : JSON.stringify(o.changes));
  if (text(full) !== text(quick)) {
    figures.shortcut++;
    fail(id, 'setting unchanged paths aside changed the result');
  }
  return full;
}

const isInput = (e) => e?.name === 'InputError' || e?.constructor?.name === 'InputError' || Array.isArray(e?.problems);

function pair(id, oldFile, newFile, { refuse = false } = {}) {
  let a;
  let b;
  try {
    a = read(oldFile);
    b = read(newFile);
  } catch (e) {
    fail(id, `unreadable: ${e.message}`);
    figures.crashes++;
    return;
  }
  const { changes, error } = compare(a, b, { old: oldFile, new: newFile }, id);
  if (refuse) {
    if (error !== undefined && isInput(error)) figures.refused++;
    else fail(id, error ? `crash instead of a refusal: ${error.stack}` : 'not refused');
    return;
  }
  if (error !== undefined) {
    if (isInput(error)) {
      figures.refusals++;
      fail(id, `refused: ${error.message}`);
    } else {
      figures.crashes++;
      fail(id, `crash: ${error.stack?.split('\n').slice(0, 4).join(' | ')}`);
    }
    return;
  }
  figures.pairs++;
  const unclassified = changes.filter((c) => c.type === 'unclassified');
  if (unclassified.length > 0) {
    figures.unclassified += unclassified.length;
    for (const c of unclassified.slice(0, 3)) fail(id, `unclassified ${c.path}: ${c.message}`);
  }
  const verdict = verdicts[`${corpusName}/${id}`];
  if (verdict !== undefined) {
    figures.verdicts++;
    const worst = changes.reduce((w, c) => (SEVERITY[c.type] > SEVERITY[w] ? c.type : w), 'none');
    const problems = [];
    if (verdict.worst !== undefined && worst !== verdict.worst)
      problems.push(`worst ${worst}, expected ${verdict.worst}`);
    for (const m of verdict.must ?? []) {
      if (m.family === undefined) continue;
      if (!changes.some((c) => c.rule.startsWith(m.family) && (m.type === undefined || c.type === m.type)))
        problems.push(`no ${m.type ?? ''} ${m.family}* change (${m.what ?? ''})`);
    }
    for (const prefix of verdict.mustNot ?? [])
      if (changes.some((c) => c.rule.startsWith(prefix))) problems.push(`a ${prefix}* change it must not have`);
    if (problems.length > 0) {
      figures.mismatches++;
      fail(id, `verdict: ${problems.join('; ')} — got ${changes.map((c) => `${c.type} ${c.rule}`).join(', ')}`);
    }
  }
  if (verbose) for (const c of changes) console.log(`${id} ${c.type} ${c.rule} ${c.path}`);
}

function nothing(id, oldFile, newFile, kind) {
  const { changes, error } = compare(read(oldFile), read(newFile), { old: oldFile, new: newFile }, id);
  if (error !== undefined) {
    figures[isInput(error) ? 'refusals' : 'crashes']++;
    fail(id, `${isInput(error) ? 'refused' : 'crash'}: ${error.stack?.split('\n').slice(0, 4).join(' | ')}`);
    return;
  }
  // The same document as 3.0 and as 3.1: only the version entry.
  const real = changes.filter((c) => c.rule !== 'openapi.version.changed');
  if (Object.hasOwn(gaps, `${corpusName}/${id}`)) {
    if (real.length === 0) fail(id, 'no longer a known equivalence gap: strike it off equivalenceGaps');
    else figures.gaps++;
    return;
  }
  if (real.length > 0) {
    figures.changed++;
    fail(
      id,
      `${real.length} changes, e.g. ${real
        .slice(0, 3)
        .map((c) => `${c.type} ${c.rule} ${c.path}`)
        .join('; ')}`,
    );
  } else figures[kind]++;
}

const entries = readdirSync(dir).sort();
const isSwagger = corpusName.startsWith('swagger');
if (existsSync(path.join(dir, 'docs'))) {
  const docs = readdirSync(path.join(dir, 'docs')).sort();
  const equiv = existsSync(path.join(dir, 'equiv')) ? readdirSync(path.join(dir, 'equiv')).sort() : [];
  for (const doc of docs) {
    const file = path.join(dir, 'docs', doc);
    nothing(`docs/${doc}`, file, file, 'self');
    const stem = doc.replace(/\.(json|ya?ml)$/, '');
    for (const e of equiv.filter((x) => x.startsWith(`${stem}.`))) {
      nothing(`equiv/${e}`, file, path.join(dir, 'equiv', e), 'equiv');
      nothing(`equiv/${e} (reversed)`, path.join(dir, 'equiv', e), file, 'equiv');
    }
  }
}
for (const entry of entries) {
  const at = path.join(dir, entry);
  if (!/^[pc]\d+$/.test(entry)) continue;
  const files = readdirSync(at);
  const find = (stem) => files.find((f) => f.startsWith(`${stem}.`) && /\.(json|ya?ml)$/.test(f));
  const oldName = find('old') ?? find('base');
  const newName = find('new') ?? find('revision');
  if (oldName === undefined || newName === undefined) continue;
  pair(entry, path.join(at, oldName), path.join(at, newName), { refuse: isSwagger });
}

for (const f of failures) console.log(`FAIL ${f}`);
console.log(
  `${corpusName}: self ${figures.self}, equivalents ${figures.equiv}, pairs ${figures.pairs}, refused as expected ${figures.refused}; ` +
    `crashes ${figures.crashes}, refusals ${figures.refusals}, unclassified ${figures.unclassified}, ` +
    `documents with changes against themselves or an equivalent ${figures.changed}, verdicts checked ${figures.verdicts}, verdict mismatches ${figures.mismatches}, ` +
    `known equivalence gaps still open ${figures.gaps}, results changed by setting unchanged paths aside ${figures.shortcut}`,
);
process.exit(failures.length > 0 ? 1 : 0);
