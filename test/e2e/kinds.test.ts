/**
 * The built action on a pull request of a repository that commits both firestone outputs,
 * `asyncapi.yaml` and `openapi.yaml`, and no config: one sticky comment for both, a section per
 * spec, the "By resource line" table in the comment and the job summary, outputs added up.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoWithSpec as cliRepoWithSpec } from '../cli/helpers';
import { sh } from '../helpers/git-repo';
import {
  BOOK_FILE,
  bookResource,
  BREAKING_LINE,
  BREAKING_RESOURCE,
  cliUpdate,
  expectHealthy,
  OWNER,
  parseJsonFile,
  pullRequestRun,
  pushBranch,
  REPO,
  useFakeGitHub,
} from './harness';

const fake = useFakeGitHub();
const PR = 12;

interface JsonReport {
  specs: { file: string; kind: string; drift: boolean; changes: { type: string }[] }[];
  summary: { breaking: number; drift: boolean };
}

describe('a repository with an OpenAPI and an AsyncAPI spec', () => {
  it('posts one comment with both sections and the table; a rerun after regenerating updates it in place', async () => {
    const repo = cliRepoWithSpec(
      { [BOOK_FILE]: bookResource() },
      { updateArgs: ['--spec-file', 'asyncapi.yaml', '--spec-file', 'openapi.yaml', '--title', 'Books'] },
    );
    const baseSha = sh(repo.work, ['rev-parse', 'HEAD']);
    const headSha = pushBranch(repo.work, 'feature', { [BOOK_FILE]: BREAKING_RESOURCE }, 'books need a year');

    const run = await pullRequestRun(fake, repo.work, { number: PR, baseSha, headSha });
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(1);
    const posted = fake.commentsOn(OWNER, REPO, PR);
    expect(posted).toHaveLength(1);
    const body = posted[0]!.body;
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- firestone-spec-action:asyncapi.yaml,openapi.yaml -->');
    // Both specs are judged: the first line counts the breaking changes of both.
    expect(lines[1]).toMatch(/^### ❌ 2 breaking changes, /);
    const table = body.indexOf('**By resource line**');
    const asyncSection = body.indexOf('#### `asyncapi.yaml`');
    const openSection = body.indexOf('#### `openapi.yaml`');
    expect(table).toBeGreaterThan(0);
    expect(asyncSection).toBeGreaterThan(table);
    expect(openSection).toBeGreaterThan(asyncSection);
    expect(body).toContain('| Resource line | asyncapi.yaml | openapi.yaml |');
    expect(body).toMatch(
      new RegExp(
        `^\\| \\[resources/book\\.yaml:${BREAKING_LINE}\\]\\([^)]+\\) \\| ❌ breaking \\(\\d+\\) \\| ❌ breaking \\(\\d+\\) \\|$`,
        'm',
      ),
    );
    // The REST break: the new required property in the request that creates a book.
    expect(body.slice(openSection)).toMatch(/rule `request\.property\.became-required`/);
    expect(body.slice(openSection)).toMatch(/Out of date/);
    expect(run.summary).toContain('**By resource line**');
    expect(run.summary).toContain('| Resource line | asyncapi.yaml | openapi.yaml |');

    const json = parseJsonFile<JsonReport>(run.outputs['report-file'] ?? '');
    expect(json.specs.map((s) => [s.file, s.kind, s.drift])).toEqual([
      ['asyncapi.yaml', 'asyncapi', true],
      ['openapi.yaml', 'openapi', true],
    ]);
    expect(run.outputs.breaking).toBe(String(json.summary.breaking));
    expect(JSON.parse(run.outputs['changed-files'] ?? '')).toEqual(['asyncapi.yaml', 'openapi.yaml']);
    expect(run.outputs['comment-url']).toBe(posted[0]!.html_url);

    // The author regenerates both specs: the same comment is edited, never a second one.
    cliUpdate(repo.work);
    const regenerated = pushBranch(
      repo.work,
      'feature',
      Object.fromEntries(
        ['asyncapi.yaml', 'openapi.yaml'].map((f) => [f, fs.readFileSync(path.join(repo.work, f), 'utf8')]),
      ),
      'regenerate',
    );
    const second = await pullRequestRun(fake, repo.work, { number: PR, baseSha, headSha: regenerated });
    expectHealthy(second);
    expect(second.outputs.drift).toBe('false');
    const after = fake.commentsOn(OWNER, REPO, PR);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(posted[0]!.id);
    expect(after[0]!.body).not.toMatch(/Out of date/);
  });
});
