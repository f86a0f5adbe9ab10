/**
 * The action's `run` (src/action.ts) in this process, beside the built-bundle end-to-end suite
 * (test/e2e): a pull request with a breaking change, commit mode on push, and bad input.
 */
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github';
import { commitFiles, createRepoWithOrigin, head, isolateGit, sh, type RepoWithOrigin } from '../helpers/git-repo';
import {
  BOOK_FILE,
  BOOK_PROPERTIES,
  bookResource,
  lineOf,
  OWNER,
  pullRequestPayload,
  pushBranch,
  pushPayload,
  REPO,
  SPEC_FILE,
  TOKEN,
} from '../e2e/harness';
import { runActionInProcess, runMain, type InProcessRun } from './inproc';

const PR = 7;
const MARKER = '<!-- firestone-spec-action:asyncapi.yaml -->';
const BOT = { 'commit-user-name': 'Spec Bot', 'commit-user-email': 'spec-bot@example.test' };

const fake = FakeGitHub.forTestFile();

beforeAll(() => {
  isolateGit();
});

/** main with the book resource and the spec made from it (by `main(['update'])`), pushed to origin. */
async function repoWithSpec(): Promise<RepoWithOrigin> {
  const repo = createRepoWithOrigin([{ [BOOK_FILE]: bookResource() }]);
  const update = await runMain(repo.work, ['update', '--title', 'Books', '--description', 'Book events']);
  expect(update, update.stderr).toMatchObject({ code: 0, stdout: `updated ${SPEC_FILE}\n` });
  sh(repo.work, ['add', '-A']);
  sh(repo.work, ['commit', '--quiet', '-m', 'spec']);
  sh(repo.work, ['push', '--quiet', 'origin', 'main']);
  return repo;
}

/** A required property `published`: clients that send books break. */
const BREAKING_RESOURCE = bookResource({
  properties: `${BOOK_PROPERTIES}\n      published:\n        type: integer`,
  required: ['title', 'author', 'published'],
});

const healthy = (run: InProcessRun) => {
  expect(run.stdout).not.toMatch(/internal error|^\s+at .+:\d+:\d+\)?$/m);
  const leaks = run.stdout.split('\n').filter((l) => l.includes(TOKEN) && l !== `::add-mask::${TOKEN}`);
  expect(leaks).toEqual([]);
};

describe('pull_request with a breaking change', () => {
  it('fails the step, posts one sticky comment, sets the outputs, writes summary, annotations and report', async () => {
    const repo = await repoWithSpec();
    const baseSha = head(repo.work);
    const headSha = pushBranch(repo.work, 'feature', { [BOOK_FILE]: BREAKING_RESOURCE }, 'feat: books need a year');
    const run = await runActionInProcess({
      cwd: repo.work,
      fake,
      event: 'pull_request',
      payload: pullRequestPayload({ number: PR, baseSha, headSha }),
      ref: `refs/pull/${PR}/merge`,
      sha: headSha,
    });
    healthy(run);
    expect(run.code, run.stdout).toBe(1);

    const comments = fake.commentsOn(OWNER, REPO, PR);
    expect(comments).toHaveLength(1);
    const line = lineOf(BREAKING_RESOURCE, '      published:');
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain(`${BOOK_FILE}:${line}`);
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    expect(Number(run.outputs.breaking)).toBeGreaterThan(0);
    expect(run.outputs).toMatchObject({
      drift: 'true',
      'changed-files': JSON.stringify([SPEC_FILE]),
      'commit-sha': '',
      'comment-url': comments[0]!.html_url,
    });
    const report = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8')) as {
      context: { pullRequest: number; baseSha: string; headSha: string };
      summary: { breaking: number; drift: boolean };
    };
    expect(report.context).toMatchObject({ pullRequest: PR, baseSha, headSha });
    expect(report.summary.breaking).toBe(Number(run.outputs.breaking));
    expect(fs.existsSync(run.outputs['sarif-file']!)).toBe(true);
    expect(run.summary).toContain(`${BOOK_FILE}:${line}`);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        props: expect.objectContaining({ file: BOOK_FILE, line: String(line) }),
      }),
    );
    // The reasons the step failed, once, as the last error.
    expect(run.stdout).toMatch(/^::error::.*breaking/m);
  });

  it('a rerun keeps the one sticky comment', async () => {
    const repo = await repoWithSpec();
    const baseSha = head(repo.work);
    const headSha = pushBranch(repo.work, 'feature', { [BOOK_FILE]: BREAKING_RESOURCE }, 'feat: books need a year');
    const options = {
      cwd: repo.work,
      fake,
      event: 'pull_request',
      payload: pullRequestPayload({ number: PR, baseSha, headSha }),
      ref: `refs/pull/${PR}/merge`,
      sha: headSha,
    };
    await runActionInProcess(options);
    const first = fake.commentsOn(OWNER, REPO, PR);
    const again = await runActionInProcess(options);
    expect(again.code).toBe(1);
    expect(fake.commentsOn(OWNER, REPO, PR)).toEqual(first);
    expect(fake.requestsTo('POST')).toHaveLength(1);
    expect(again.outputs['comment-url']).toBe(first[0]!.html_url);
  });
});

describe('push in commit mode', () => {
  it('commits the regenerated spec as the configured author, pushes it, and passes', async () => {
    const repo = await repoWithSpec();
    const before = head(repo.work);
    const withPages = bookResource({ properties: `${BOOK_PROPERTIES}\n      pages:\n        type: integer` });
    const after = commitFiles(repo.work, { [BOOK_FILE]: withPages }, 'feat: pages');
    sh(repo.work, ['push', '--quiet', 'origin', 'main']);

    const run = await runActionInProcess({
      cwd: repo.work,
      fake,
      event: 'push',
      payload: pushPayload(before, after),
      ref: 'refs/heads/main',
      sha: after,
      inputs: BOT,
    });
    healthy(run);
    expect(run.code, run.stdout).toBe(0);
    const sha = run.outputs['commit-sha'] ?? '';
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(head(repo.origin, 'refs/heads/main')).toBe(sha);
    expect(sh(repo.origin, ['log', '-1', '--format=%an <%ae>|%s', sha])).toBe(
      'Spec Bot <spec-bot@example.test>|chore: regenerate API specs',
    );
    expect(sh(repo.origin, ['show', `${sha}:${SPEC_FILE}`])).toContain('pages:');
    expect(run.outputs).toMatchObject({ drift: 'true', breaking: '0' });
    // No pull request: nothing was posted.
    expect(fake.requestsTo('POST')).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['asyncapi-version', '9.9.9', "input 'asyncapi-version' must be one of 2.5.0, 3.0.0, 3.1.0 (got '9.9.9')"],
    ['fail-on', 'breaking,sometimes', 'sometimes'],
    ['comment', 'maybe', "input 'comment' must be true or false (got 'maybe')"],
  ])('%s: %s fails the step with one error, writes nothing, asks nothing of GitHub', async (input, value, message) => {
    const repo = await repoWithSpec();
    const before = head(repo.work);
    const after = commitFiles(repo.work, { [BOOK_FILE]: BREAKING_RESOURCE }, 'feat: books need a year');
    const tree = () => sh(repo.work, ['status', '--porcelain', '--untracked-files=all']);
    const run = await runActionInProcess({
      cwd: repo.work,
      fake,
      event: 'push',
      payload: pushPayload(before, after),
      ref: 'refs/heads/main',
      sha: after,
      inputs: { ...BOT, [input]: value },
    });
    healthy(run);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(run.outputs).toEqual({});
    expect(fs.readdirSync(run.runnerTemp).sort()).toEqual(['event.json', 'github_output']);
    expect(tree()).toBe('');
    expect(head(repo.origin, 'refs/heads/main')).toBe(before);
    expect(fake.requests).toEqual([]);
  });
});
