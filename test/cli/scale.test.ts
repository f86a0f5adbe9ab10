/**
 * Specs the tool writes at scale stay readable by the tool: a spec over the 5 MB limit for
 * resource files goes through `update` then `check` with no drift, and `diff` reads it. Above the
 * spec limit (64 MB) a file is bad input: exit 2 naming it. The resources are the bench's
 * synthetic ones (bench/synth.mjs); the bench runs the same at 1,000 resources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesize, toYaml } from '../../bench/synth.mjs';
import { commitFiles, sh } from '../helpers/git-repo';
import { cliTestFile, describeRun, runCli, workspace } from './helpers';

cliTestFile();

const MB = 1024 * 1024;
/** The smallest round count whose spec is over 5 MB (about 14 KB of spec per synthetic resource). */
const RESOURCES = 380;

describe('specs larger than the resource-file limit', () => {
  it(`update then check with ${RESOURCES} resources: a spec over 5 MB, no drift, diff reads it`, async () => {
    const files = Object.fromEntries(synthesize(RESOURCES).map((r) => [r.file, toYaml(r.data)]));
    const ws = workspace('scale-', {
      ...files,
      '.github/firestone-spec.yml': 'specs:\n  - output: asyncapi.yaml\n    resources: ["resources/*.yaml"]\n',
    });
    sh(ws, ['init', '-q', '-b', 'main']);

    const update = await runCli(['update'], { cwd: ws, timeoutMs: 120_000 });
    expect(update.code, describeRun(update)).toBe(0);
    const spec = path.join(ws, 'asyncapi.yaml');
    expect(fs.statSync(spec).size).toBeGreaterThan(5 * MB);
    sh(ws, ['add', '-A']);
    commitFiles(ws, {}, 'resources and their spec');

    const check = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: ws, timeoutMs: 120_000 });
    expect(check.code, describeRun(check)).toBe(0);
    const report = JSON.parse(check.stdout) as { summary: Record<string, unknown> };
    expect(report.summary).toMatchObject({ drift: false, breaking: 0 });

    const diff = await runCli(['diff', 'asyncapi.yaml', 'asyncapi.yaml'], { cwd: ws, timeoutMs: 120_000 });
    expect(diff.code, describeRun(diff)).toBe(0);
  }, 240_000);

  it('diff refuses a spec over 64 MB: exit 2 naming the file, nothing read', async () => {
    const ws = workspace('scale-huge-', {
      'small.yaml': 'asyncapi: 2.5.0\ninfo: {title: t, version: "1"}\nchannels: {}\n',
    });
    // Sparse: the size is what is refused, so the test needs no 64 MB of disk.
    const huge = path.join(ws, 'huge.yaml');
    fs.writeFileSync(huge, 'asyncapi: 2.5.0\n');
    fs.truncateSync(huge, 64 * MB + 1);

    const r = await runCli(['diff', 'small.yaml', 'huge.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stderr).toMatch(/^huge\.yaml: .*larger than 64 MB/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
