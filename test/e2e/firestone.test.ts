/**
 * The built action on a repository coming from firestone (test/fixtures/generate/library: resources
 * and a committed spec with firestone's glued line): its glued committed spec is read as meant and its `info` kept in commit mode,
 * `asyncapi-version` writes AsyncAPI 3, a spec whose `info` can't be read is never overwritten with
 * defaults, and `fail-on: baseline-unreadable` fails a check that could not compare.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { cloneShallow, commitFiles, createRepoWithOrigin, head, sh } from '../helpers/git-repo';
import { expectHealthy, pullRequestRun, pushRun, ROOT, SPEC_FILE, useFakeGitHub } from './harness';

const LIBRARY = path.join(ROOT, 'test', 'fixtures', 'generate', 'library');
const read = (rel: string): string => fs.readFileSync(path.join(LIBRARY, rel), 'utf8');
const RESOURCES = {
  'shelves.yaml': read('shelves.yaml'),
  'loans.yaml': read('loans.yaml'),
  'members.yaml': read('members.yaml'),
};
const GLUED = read('asyncapi.committed.yaml');
const BROKEN = GLUED.replace('  title: Town library API', '  title: [unclosed');
const ZERO = '0'.repeat(40);
const INPUTS = { resources: 'shelves.yaml,loans.yaml,members.yaml' };

const fake = useFakeGitHub();

function firstPush(spec: string) {
  const repo = createRepoWithOrigin([{ ...RESOURCES, [SPEC_FILE]: spec }]);
  const after = head(repo.work);
  return { repo, after, checkout: cloneShallow(repo.originUrl) };
}

describe('commit mode on a firestone repository', () => {
  it("reads firestone's spec with a notice, keeps its info, and writes AsyncAPI 3.0.0 when asked", async () => {
    const { repo, after, checkout } = firstPush(GLUED);
    const run = await pushRun(
      fake,
      checkout,
      { before: ZERO, after },
      { inputs: { ...INPUTS, 'asyncapi-version': '3.0.0' } },
    );
    expectHealthy(run);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '::notice::asyncapi.yaml:139: read as firestone meant it: a line break is missing after `type: object` (a known firestone defect)',
    );
    const pushed = YAML.parse(sh(repo.origin, ['show', `main:${SPEC_FILE}`]));
    expect(pushed.asyncapi).toBe('3.0.0');
    expect(pushed.info).toEqual({
      title: 'Town library API',
      description: 'Events of the town library',
      version: '1.0',
    });
    expect(Object.keys(pushed.operations)).toContain('shelves_subscribe');
  });

  it('refuses to replace an unreadable info with defaults: one error, nothing pushed', async () => {
    const { repo, after, checkout } = firstPush(BROKEN);
    const run = await pushRun(fake, checkout, { before: ZERO, after }, { inputs: INPUTS });
    expectHealthy(run);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /::error.*the committed spec's info cannot be read.*give title, description, spec-version/,
    );
    expect(head(repo.origin, 'refs/heads/main')).toBe(after);

    const given = await pushRun(
      fake,
      checkout,
      { before: ZERO, after },
      { inputs: { ...INPUTS, title: 'Addresses', description: 'Events', 'spec-version': '2.0' } },
    );
    expect(given.code, given.stdout + given.stderr).toBe(0);
    expect(YAML.parse(sh(repo.origin, ['show', `main:${SPEC_FILE}`])).info).toEqual({
      title: 'Addresses',
      description: 'Events',
      version: '2.0',
    });
  });
});

describe('fail-on: baseline-unreadable', () => {
  it('fails a pull request check whose baseline could not be read', async () => {
    const repo = createRepoWithOrigin([{ ...RESOURCES, [SPEC_FILE]: BROKEN }]);
    const baseSha = head(repo.work);
    sh(repo.work, ['checkout', '--quiet', '-b', 'feature']);
    const headSha = commitFiles(repo.work, { [SPEC_FILE]: GLUED }, 'firestone spec again');
    sh(repo.work, ['push', '--quiet', 'origin', 'feature']);
    const pr = { number: 7, baseSha, headSha };
    const passing = await pullRequestRun(fake, repo.work, pr, { ...INPUTS, 'fail-on': 'breaking', comment: 'false' });
    expectHealthy(passing);
    const report = JSON.parse(fs.readFileSync(passing.outputs['report-file'] ?? '', 'utf8'));
    expect(report.specs[0].baseline.error).toMatch(/does not parse/);
    expect(passing.code, passing.stdout).toBe(0);

    const failing = await pullRequestRun(fake, repo.work, pr, {
      ...INPUTS,
      'fail-on': 'breaking,baseline-unreadable',
      comment: 'false',
    });
    expectHealthy(failing);
    expect(failing.code).not.toBe(0);
    expect(failing.stdout).toContain(
      '::error::the baseline of asyncapi.yaml could not be read, so the breaking-change check did not run',
    );
  });
});
