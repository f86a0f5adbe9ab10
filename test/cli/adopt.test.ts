/**
 * A team adopting the tool next to firestone (docs/classification.md, "Adopting next to
 * firestone"), through the built CLI in a real git repository: its committed OpenAPI file is
 * firestone's (test/fixtures/adopt), the pull request that adopts regenerates it with `update`,
 * and `check` against the base judges what firestone's defects changed as `firestone.*`,
 * non-breaking, while a real edit in the same pull request keeps its ordinary verdict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, createRepoWithOrigin, head, sh } from '../helpers/git-repo';
import { cliTestFile, describeRun, ROOT, runCli } from './helpers';

cliTestFile();

const DIR = 'examples/notes';
const read = (file: string): string => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'adopt', DIR, file), 'utf8');
const TARGET = ['--spec-file', `${DIR}/openapi.yaml`, '--resources', `${DIR}/notes.yaml`];

interface JsonChange {
  rule: string;
  type: string;
  message: string;
}

/** A repository whose main branch has firestone's spec, and a pull request that runs `update` after `edit`. */
async function adoptingPullRequest(edit: (resource: string) => string): Promise<{ cwd: string; base: string }> {
  const repo = createRepoWithOrigin([
    { [`${DIR}/notes.yaml`]: read('notes.yaml'), [`${DIR}/openapi.yaml`]: read('openapi.yaml') },
  ]);
  const cwd = repo.work;
  const base = head(cwd);
  sh(cwd, ['checkout', '--quiet', '-b', 'adopt']);
  const resource = read('notes.yaml');
  const edited = edit(resource);
  if (edited !== resource) commitFiles(cwd, { [`${DIR}/notes.yaml`]: edited }, 'a real edit');
  const up = await runCli(['update', ...TARGET], { cwd });
  expect(up.code, describeRun(up)).toBe(0);
  commitFiles(cwd, { [`${DIR}/openapi.yaml`]: fs.readFileSync(path.join(cwd, DIR, 'openapi.yaml'), 'utf8') }, 'adopt');
  return { cwd, base };
}

describe('the first pull request after adopting, next to firestone', () => {
  it('passes: every difference from firestone is a firestone.* change, none breaking, and the run says firestone wrote the base', async () => {
    const { cwd, base } = await adoptingPullRequest((r) => r);
    const r = await runCli(['check', ...TARGET, '--base', base, '--format', 'json'], { cwd });
    expect(r.code, describeRun(r)).toBe(0);
    const spec = JSON.parse(r.stdout).specs[0];
    expect(spec.drift).toBe(false);
    const changes = spec.changes as JsonChange[];
    expect(changes.map((c) => c.rule).sort()).toEqual([
      'firestone.model.dangling',
      'firestone.path-parameter.key-schema',
      'firestone.property.unwrapped',
    ]);
    expect(
      changes.every(
        (c) => c.type === 'non-breaking' && /firestone defect OA-\d+, not a change to the API/.test(c.message),
      ),
    ).toBe(true);
    expect(r.stderr).toContain(`${DIR}/openapi.yaml: written by firestone (its comment line at line 6`);

    // The same in the text report: no breaking change, the defect named.
    const text = await runCli(['check', ...TARGET, '--base', base], { cwd });
    expect(text.code, describeRun(text)).toBe(0);
    expect(text.stdout).toContain(
      "firestone wrote path parameter 'note_id' as a plain string; the generated spec uses the key's schema",
    );
  });

  it('before the spec is regenerated, the drift check compares against the committed firestone file the same way', async () => {
    const repo = createRepoWithOrigin([
      { [`${DIR}/notes.yaml`]: read('notes.yaml'), [`${DIR}/openapi.yaml`]: read('openapi.yaml') },
    ]);
    const r = await runCli(['check', ...TARGET, '--format', 'json'], { cwd: repo.work });
    const spec = JSON.parse(r.stdout).specs[0];
    expect(spec.drift).toBe(true);
    expect((spec.changes as JsonChange[]).map((c) => c.rule).sort()).toEqual([
      'firestone.model.dangling',
      'firestone.path-parameter.key-schema',
      'firestone.property.unwrapped',
    ]);
  });

  it('release notes from a firestone-era tag to the first tag after adopting list firestone.* entries only', async () => {
    const { cwd, base } = await adoptingPullRequest((r) => r);
    sh(cwd, ['tag', 'v1.0', base]);
    sh(cwd, ['tag', 'v1.1']);
    const r = await runCli(['changelog', 'v1.0..v1.1', '--spec-file', `${DIR}/openapi.yaml`, '--format', 'json'], {
      cwd,
    });
    expect(r.code, describeRun(r)).toBe(0);
    const rules = (JSON.stringify(JSON.parse(r.stdout)).match(/"rule":"[^"]+"/g) ?? []).sort();
    expect(rules).toEqual([
      '"rule":"firestone.model.dangling"',
      '"rule":"firestone.path-parameter.key-schema"',
      '"rule":"firestone.property.unwrapped"',
    ]);
  });

  it('a real edit in the same pull request keeps its ordinary, breaking verdict', async () => {
    const { cwd, base } = await adoptingPullRequest((r) =>
      r.replace('description: Shown first\n        type: boolean', 'description: Shown first\n        type: string'),
    );
    const r = await runCli(['check', ...TARGET, '--base', base, '--format', 'json'], { cwd });
    expect(r.code, describeRun(r)).toBe(1);
    const changes = JSON.parse(r.stdout).specs[0].changes as JsonChange[];
    const real = changes.filter((c) => !c.rule.startsWith('firestone.'));
    expect(real.length).toBeGreaterThan(0);
    expect(real.every((c) => c.message.includes('pinned'))).toBe(true);
    expect(real.some((c) => c.type === 'breaking' && /^(request|response)\.type\./.test(c.rule))).toBe(true);
    // The adoption's own differences are still listed, and still not breaking.
    expect(changes.filter((c) => c.rule.startsWith('firestone.')).every((c) => c.type === 'non-breaking')).toBe(true);
  });

  it("diff of firestone's file and ours lists firestone.* changes only; read the other way round, nothing is repaired", async () => {
    const { cwd, base } = await adoptingPullRequest((r) => r);
    fs.writeFileSync(path.join(cwd, 'firestone.yaml'), read('openapi.yaml'));
    const forward = await runCli(['diff', 'firestone.yaml', `${DIR}/openapi.yaml`, '--format', 'json'], { cwd });
    expect(forward.code, describeRun(forward)).toBe(0);
    const rules = (JSON.parse(forward.stdout).specs[0].changes as JsonChange[]).map((c) => c.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((id) => id.startsWith('firestone.'))).toBe(true);
    // Ours as the old side is not firestone's: its differences are ordinary ones, and firestone's
    // dangling CreateNote, now on the new side, is refused rather than read as a constraint.
    const backward = await runCli(['diff', `${DIR}/openapi.yaml`, 'firestone.yaml'], { cwd });
    expect(backward.code, describeRun(backward)).toBe(2);
    expect(backward.stderr).toContain(
      "firestone.yaml:108: $ref '#/components/schemas/CreateNote' points to nothing in this document",
    );
    expect(base).toMatch(/^[0-9a-f]{40}$/);
  });
});
