/**
 * A clean spec is not parsed (docs/architecture.md, "A clean spec is not parsed"): runTarget reads
 * the committed text against the document it regenerates instead of building the committed
 * document. Every case runs both ways, the shortcut allowed and the full way forced (the `info`
 * guess refused), and both must give the same report, notices, warnings and texts to write; which
 * way ran shows in which committed specs were parsed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as yamlParse } from 'yaml';
import { synthesize, toYaml } from '../bench/synth.mjs';
import type { ParseLimits } from '../src/generate/serialize';
import { runPipeline, type BaselineSource, type PipelineOptions, type PipelineResult } from '../src/run';
import { commitFiles, isolateGit, sh, tempDir } from './helpers/git-repo';

const h = vi.hoisted(() => ({ fullWay: false, parsed: [] as string[] }));

vi.mock('../src/generate/firestone-text', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../src/generate/firestone-text')>();
  return {
    ...mod,
    readSpecText: (text: string, file: string, limits?: ParseLimits) => {
      h.parsed.push(file);
      return mod.readSpecText(text, file, limits);
    },
  };
});

vi.mock('../src/generate/serialize', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../src/generate/serialize')>();
  return { ...mod, peekInfo: (text: string) => (h.fullWay ? undefined : mod.peekInfo(text)) };
});

const RESOURCES = ['resources/*.yaml'];
const YAML_SPECS = ['asyncapi.yaml', 'openapi.yaml'];
const JSON_SPECS = ['asyncapi.json', 'openapi.json'];
const HEAD: BaselineSource = { kind: 'revision', ref: 'HEAD', named: true };

const options = (workspace: string, specs: string[], more: Partial<PipelineOptions> = {}): PipelineOptions => ({
  workspace,
  targets: specs.map((output) => ({ output, resources: RESOURCES })),
  rules: {},
  baseline: HEAD,
  defaultTitle: 'library',
  context: null,
  today: '2026-01-01',
  ...more,
});

const view = (r: PipelineResult) => ({
  report: r.report,
  notices: r.notices,
  warnings: r.warnings,
  texts: r.targets.map((t) => t.text),
});

/**
 * Runs the pipeline both ways; their results must agree. `parsed`: the committed specs the
 * shortcut's run parsed (a baseline read from git is parsed under another name, `file@ref`).
 */
async function bothWays(opts: PipelineOptions): Promise<{ result: PipelineResult; parsed: string[] }> {
  const outputs = opts.targets.map((t) => t.output);
  h.fullWay = true;
  h.parsed = [];
  const full = await runPipeline(opts);
  // The forced full way parses every committed spec there is.
  const fullParsed = h.parsed.filter((f) => outputs.includes(f));
  h.fullWay = false;
  h.parsed = [];
  const result = await runPipeline(opts);
  const parsed = h.parsed.filter((f) => outputs.includes(f));
  expect(view(result)).toEqual(view(full));
  expect(parsed.every((f) => fullParsed.includes(f))).toBe(true);
  return { result, parsed };
}

/** Both ways fail alike: the same InputError. */
async function bothFail(opts: PipelineOptions): Promise<string> {
  h.fullWay = true;
  const full = await runPipeline(opts).then(
    () => 'no error',
    (e: unknown) => String(e),
  );
  h.fullWay = false;
  const fast = await runPipeline(opts).then(
    () => 'no error',
    (e: unknown) => String(e),
  );
  expect(fast).toBe(full);
  return fast;
}

/** A repository holding six resources and the specs as `update` writes them, committed. */
async function committedRepo(specs: string[]): Promise<string> {
  const repo = tempDir('run-shortcut-');
  sh(repo, ['init', '--quiet', '--initial-branch=main']);
  commitFiles(repo, Object.fromEntries(synthesize(6).map((r) => [r.file, toYaml(r.data)])), 'resources');
  const fresh = await runPipeline(options(repo, specs, { baseline: { kind: 'none' } }));
  commitFiles(repo, Object.fromEntries(fresh.targets.map((t) => [t.target.output, t.text ?? ''])), 'specs');
  return repo;
}

const edit = (repo: string, file: string, change: (text: string) => string): void => {
  const full = path.join(repo, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
};

const drifts = (result: PipelineResult) => result.report.specs.map((s) => s.drift);

beforeAll(() => {
  isolateGit();
});

describe('a clean spec is read against the regenerated document, not parsed', () => {
  it('right after update, whatever the baseline: no spec parsed, no drift, nothing to write', async () => {
    const repo = await committedRepo(YAML_SPECS);
    const baselines: BaselineSource[] = [HEAD, { kind: 'worktree' }, { kind: 'none' }];
    for (const baseline of baselines) {
      const { result, parsed } = await bothWays(options(repo, YAML_SPECS, { baseline }));
      expect(parsed).toEqual([]);
      expect(drifts(result)).toEqual([false, false]);
      expect(result.targets.map((t) => t.text)).toEqual([null, null]);
      expect(result.report.specs.map((s) => s.changes)).toEqual([[], []]);
    }
    // `update` (keepInfo) too.
    const update = await bothWays(options(repo, YAML_SPECS, { baseline: { kind: 'none' }, keepInfo: true }));
    expect(update.parsed).toEqual([]);
  });

  it('comments and blank lines change the text, not the data: still not parsed', async () => {
    const repo = await committedRepo(YAML_SPECS);
    for (const file of YAML_SPECS)
      edit(repo, file, (t) => `# kept by hand\n\n${t.replace('\ninfo:\n', '\n# the info\ninfo:\n')}`);
    // The working tree's file is no longer the committed blob: the baseline is read from git and parsed.
    const { result, parsed } = await bothWays(options(repo, YAML_SPECS));
    expect(parsed).toEqual([]);
    expect(drifts(result)).toEqual([false, false]);
    expect(result.report.specs.map((s) => [s.baseline.found, s.changes])).toEqual([
      [true, []],
      [true, []],
    ]);
  });

  it('the same data in another form (flow YAML, keys in another order): parsed, no drift', async () => {
    const repo = await committedRepo(YAML_SPECS);
    const [asyncapi, openapi] = YAML_SPECS as [string, string];
    edit(repo, asyncapi, (t) => JSON.stringify(JSON.parse(JSON.stringify(readAsData(t)))));
    edit(repo, openapi, (t) => {
      const doc = readAsData(t);
      const { info, ...rest } = doc;
      return toYaml({ ...rest, info });
    });
    const { result, parsed } = await bothWays(options(repo, YAML_SPECS));
    expect(parsed).toEqual(YAML_SPECS);
    expect(drifts(result)).toEqual([false, false]);
  });

  it('info edited by hand is kept: the guess reads it, no drift, no parse', async () => {
    const repo = await committedRepo(YAML_SPECS);
    for (const file of YAML_SPECS) {
      edit(repo, file, (t) =>
        t
          .replace(/^info:\n {2}title: .*\n/m, "info:\n  title: 'Edited: by hand'\n")
          .replace(/^ {2}version: .*\n/m, '  version: 4.2.0\n'),
      );
    }
    for (const keepInfo of [false, true]) {
      const { result, parsed } = await bothWays(options(repo, YAML_SPECS, { keepInfo }));
      expect(parsed).toEqual([]);
      expect(drifts(result)).toEqual([false, false]);
    }
    // A configured title wins over the file's: that is drift, found the full way.
    const configured = options(repo, YAML_SPECS);
    configured.targets = configured.targets.map((t) => ({ ...t, title: 'Configured' }));
    const { result, parsed } = await bothWays(configured);
    expect(parsed).toEqual(YAML_SPECS);
    expect(drifts(result)).toEqual([true, true]);
    expect(result.targets.map((t) => t.text?.includes('title: Configured'))).toEqual([true, true]);
  });

  it('info the block reader leaves to js-yaml (an anchor, a number) takes the full way, with the same result', async () => {
    const repo = await committedRepo(YAML_SPECS);
    const [asyncapi, openapi] = YAML_SPECS as [string, string];
    edit(repo, asyncapi, (t) => t.replace(/^info:\n {2}title: (.*)\n/m, 'info:\n  title: &t $1\n'));
    // A number is read as its text for the info, but the document has a string there: drift.
    edit(repo, openapi, (t) => t.replace(/^ {2}version: .*\n/m, '  version: 2\n'));
    const { result, parsed } = await bothWays(options(repo, YAML_SPECS));
    expect(parsed).toEqual(YAML_SPECS);
    expect(drifts(result)).toEqual([false, true]);
  });

  it('a changed resource: drift and its changes, the full way', async () => {
    const repo = await committedRepo(YAML_SPECS);
    const [first] = synthesize(6);
    const properties = (first?.data.schema as { items: { properties: Record<string, unknown> } }).items.properties;
    delete properties[Object.keys(properties)[0] ?? ''];
    writeFileSync(path.join(repo, first?.file ?? ''), toYaml(first?.data));
    const { result, parsed } = await bothWays(options(repo, YAML_SPECS));
    expect(parsed).toEqual(YAML_SPECS);
    expect(drifts(result)).toEqual([true, true]);
    expect(result.report.specs.every((s) => s.changes.length > 0)).toBe(true);
  });

  it('JSON specs take the full way', async () => {
    const repo = await committedRepo(JSON_SPECS);
    const { result, parsed } = await bothWays(options(repo, JSON_SPECS));
    expect(parsed).toEqual(JSON_SPECS);
    expect(drifts(result)).toEqual([false, false]);
  });

  it('a spec whose info cannot be read, or a resource file as the output: the same error both ways', async () => {
    const repo = await committedRepo(YAML_SPECS);
    const [asyncapi, openapi] = YAML_SPECS as [string, string];
    edit(repo, asyncapi, (t) => t.replace(/^info:\n(?: {2}.*\n)+/m, ''));
    expect(await bothFail(options(repo, [asyncapi], { keepInfo: true }))).toMatch(/info cannot be read/);
    writeFileSync(path.join(repo, openapi), toYaml({ kind: 'x', schema: {}, info: { title: 'T', version: '1' } }));
    expect(await bothFail(options(repo, [openapi]))).toMatch(/is a firestone resource file/);
  });
});

/** A YAML text's data, as the tests need it (the text is the tool's own output). */
function readAsData(text: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(yamlParse(text))) as Record<string, unknown>;
}
