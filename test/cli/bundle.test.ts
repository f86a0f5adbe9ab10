/**
 * The bundles run on their own even where node_modules is within reach (a checkout, an npm
 * install): nothing in them loads a package from the disk at run time, which would cost startup
 * time and make a run depend on what happens to be installed (fdir's optional picomatch,
 * rollup.config.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookResource, cleanEnv, cliTestFile, CLI, describeRun, ROOT, tempDir, writeFiles } from './helpers';

cliTestFile();

// Preloaded into the child: at exit, the CommonJS files it loaded (Node's require cache) and the
// parts of Node it loaded (process.moduleLoadList: `NativeModule crypto`, ...).
const REPORT_LOADED = `data:text/javascript,${encodeURIComponent(
  'import { createRequire } from "node:module";' +
    'const cache = createRequire(process.execPath).cache;' +
    'process.on("exit", () => process.stderr.write("\\nLOADED " + JSON.stringify(Object.keys(cache)) + "\\n" +' +
    ' "BUILTINS " + JSON.stringify(process.moduleLoadList) + "\\n"));',
)}`;

function run(script: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', REPORT_LOADED, script, ...args], {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  const result = { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  const line = /\nLOADED (.*)\nBUILTINS (.*)\n$/.exec(r.stderr);
  if (!line?.[1] || !line[2]) throw new Error(`no list of loaded files: ${describeRun(result)}`);
  return { result, loaded: JSON.parse(line[1]) as string[], builtins: JSON.parse(line[2]) as string[] };
}

describe('the bundles load nothing from node_modules', () => {
  it('dist/cli.js, generating from a glob', () => {
    const cwd = tempDir('bundle-cli-');
    writeFiles(cwd, { 'resources/book.yaml': bookResource() });
    const { result, loaded } = run(CLI, ['generate', '--out', 'spec.yaml', 'resources/*.yaml'], cwd);
    expect(result.code, describeRun(result)).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'spec.yaml'))).toBe(true);
    expect(loaded.filter((f) => f.includes('node_modules'))).toEqual([]);
  });

  it('dist/index.js, failing fast with no inputs', () => {
    const cwd = tempDir('bundle-action-');
    const { result, loaded } = run(path.join(ROOT, 'dist', 'index.js'), [], cwd);
    expect(result.code, describeRun(result)).toBe(1);
    expect(loaded.filter((f) => f.includes('node_modules'))).toEqual([]);
  });
});

/** The files of dist/ among those a run loaded, by name. */
const distFiles = (loaded: readonly string[]): string[] =>
  loaded.filter((f) => path.dirname(f) === path.join(ROOT, 'dist')).map((f) => path.basename(f));

describe('the CLI starts light (docs/architecture.md, "The CLI\'s startup")', () => {
  const spec = (version: string) =>
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Books', version },
      paths: { '/books': { get: { responses: { '200': { description: 'ok' } } } } },
    });

  it('a diff loads neither node:child_process nor node:crypto, and reports fingerprints', () => {
    const cwd = tempDir('bundle-light-');
    writeFiles(cwd, { 'old.json': spec('1'), 'new.json': spec('1').replace('"/books"', '"/novels"') });
    const { result, loaded, builtins } = run(CLI, ['diff', 'old.json', 'new.json', '--format', 'json'], cwd);
    expect(result.code, describeRun(result)).toBe(1);
    const report = JSON.parse(result.stdout) as { specs: { changes: { fingerprint: string }[] }[] };
    const fingerprints = report.specs[0]?.changes.map((c) => c.fingerprint) ?? [];
    expect(fingerprints.length).toBeGreaterThan(0);
    for (const f of fingerprints) expect(f).toMatch(/^[0-9a-f]{8}$/);
    expect(builtins.filter((m) => /^NativeModule (child_process|crypto)$/.test(m))).toEqual([]);
    // Of the CLI's files, only its entry's second half: no package chunk (src/util/packages.ts).
    expect(distFiles(loaded)).toEqual(['cli-run.cjs']);
  });

  it('generate loads the package chunks it uses: globs, YAML reading and writing', () => {
    const cwd = tempDir('bundle-chunks-');
    writeFiles(cwd, { 'resources/book.yaml': bookResource() });
    const { result, loaded } = run(CLI, ['generate', '--out', 'spec.yaml', 'resources/*.yaml'], cwd);
    expect(result.code, describeRun(result)).toBe(0);
    expect(distFiles(loaded)).toEqual(expect.arrayContaining(['cli-run.cjs', 'cli-tinyglobby.cjs', 'cli-js-yaml.cjs']));
    expect(distFiles(loaded)).not.toContain('cli-asyncapi-diff.cjs');
  });

  it('every bundle is ASCII, so Node reads it as a one-byte string', () => {
    for (const file of fs.readdirSync(path.join(ROOT, 'dist'))) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', file), 'latin1');
      expect(/[^\0-\x7f]/.exec(text), file).toBeNull();
    }
  });
});

/** The test environment without the switch that keeps other tests' CLI runs from leaving a cache. */
function withCompileCache(env: Record<string, string>): Record<string, string> {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...rest } = env;
  return rest;
}

describe("the CLI's compile cache", () => {
  // Node >= 22.1 has one; Node 20 runs the same entry without it (src/cli.ts).
  const hasCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it(`dist/cli.js ${hasCache ? 'keeps its compiled code in the temp folder' : 'runs without one on this Node'}`, () => {
    const tmp = tempDir('bundle-cache-');
    const r = spawnSync(process.execPath, [CLI, '--version'], {
      cwd: tmp,
      env: withCompileCache(cleanEnv({ TMPDIR: tmp })),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\d+\.\d+\.\d+/);
    const cache = path.join(tmp, 'node-compile-cache');
    const cached = fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true }).length : 0;
    expect(cached > 0).toBe(hasCache);
  });
});
