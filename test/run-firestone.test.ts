/**
 * The pipeline's data for firestone specs: the baseline record names the spec file and, when the
 * baseline can't be read, why; a repaired firestone spec comes with a notice; `info` is kept.
 */
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/run';
import { inputErrorAsync, makeWorkspace } from './resource/workspace';

const SET = path.resolve(__dirname, 'fixtures/generate/library');
const read = (f: string): string => readFileSync(path.join(SET, f), 'utf8');
const GLUED = read('asyncapi.committed.yaml');

function workspaceWith(spec: string): string {
  return makeWorkspace({
    'shelves.yaml': read('shelves.yaml'),
    'loans.yaml': read('loans.yaml'),
    'members.yaml': read('members.yaml'),
    'asyncapi.yaml': spec,
  });
}

const run = (workspace: string, keepInfo = false) =>
  runPipeline({
    workspace,
    targets: [{ output: 'asyncapi.yaml', resources: ['.'] }],
    rules: {},
    baseline: { kind: 'worktree' },
    defaultTitle: 'repo',
    context: null,
    keepInfo,
  });

describe('runPipeline on firestone specs', () => {
  it('reads the glued spec: a notice, a compared baseline naming its file, info kept', async () => {
    const result = await run(workspaceWith(GLUED), true);
    expect(result.notices).toEqual([
      'asyncapi.yaml:139: read as firestone meant it: a line break is missing after `type: object` (a known firestone defect)',
    ]);
    const spec = result.report.specs[0];
    expect(spec?.baseline).toEqual({ ref: null, found: true, file: 'asyncapi.yaml' });
    expect((parseYaml(result.targets[0]?.text ?? '') as { info: unknown }).info).toEqual({
      title: 'Town library API',
      description: 'Events of the town library',
      version: '1.0',
    });
  });

  it('an unreadable baseline: {ref, found, file, error}, no changes listed', async () => {
    const broken = GLUED.replace('  version: ', '  version: [unclosed ');
    const spec = (await run(workspaceWith(broken))).report.specs[0];
    expect(spec?.baseline).toMatchObject({ ref: null, found: true, file: 'asyncapi.yaml' });
    expect(spec?.baseline.error).toMatch(/^baseline does not parse: asyncapi.yaml:\d+:\d+: invalid YAML/);
    expect(spec?.changes).toEqual([]);
  });

  it('a baseline of an unsupported AsyncAPI version is an unreadable baseline', async () => {
    for (const [version, shown] of [
      ['1.2.0', 'AsyncAPI version "1.2.0"'],
      ['4.0.0', 'AsyncAPI version "4.0.0"'],
    ]) {
      const spec = (await run(workspaceWith(GLUED.replace('asyncapi: 2.5.0', `asyncapi: ${version}`)))).report.specs[0];
      expect(spec?.baseline).toEqual({
        ref: null,
        found: true,
        file: 'asyncapi.yaml',
        error: `baseline unreadable: asyncapi.yaml: ${shown} is not supported (this tool reads AsyncAPI 2.0.0–2.6.0 and 3.0.0–3.1.0) (at /asyncapi)`,
      });
      expect(spec?.changes).toEqual([]);
      expect(spec?.drift).toBe(true);
    }
  });

  it('keepInfo: a committed spec without readable info and nothing configured is an error', async () => {
    const err = await inputErrorAsync(() => run(workspaceWith('asyncapi: 2.5.0\ninfo: nothing\n'), true));
    expect(err.problems[0]?.file).toBe('asyncapi.yaml');
    expect(err.message).toMatch(/info cannot be read: it has no `info` mapping.*give title, description, spec-version/);
  });
});
