import { describe, expect, it } from 'vitest';
import {
  ACTIONS_BOT_LOGIN,
  findPullRequestForCommit,
  getPullRequestLabels,
  resolveIdentity,
  upsertStickyComment,
  type StickyCommentOptions,
} from '../../src/github/comment';
import { createOctokit } from '../../src/github/octokit';
import { FakeGitHub } from '../helpers/fake-github';

const github = FakeGitHub.forTestFile();

const octokit = () => createOctokit('test-token', { baseUrl: github.url, retryUnitMs: 1 });
const MARKER = '<!-- firestone-spec-action:asyncapi.yaml -->';
const sticky = (body: string, extra: Partial<StickyCommentOptions> = {}): StickyCommentOptions => ({
  owner: 'acme',
  repo: 'api',
  issueNumber: 7,
  marker: MARKER,
  body: `${MARKER}\n${body}`,
  ...extra,
});
const comments = () => github.commentsOn('acme', 'api', 7);
const writes = () => [...github.requestsTo('POST'), ...github.requestsTo('PATCH')];

describe('upsertStickyComment', () => {
  it('creates the comment when there is none', async () => {
    const result = await upsertStickyComment(octokit(), sticky('1 breaking change'));

    expect(result).toEqual({ url: expect.stringMatching(/#issuecomment-\d+$/), action: 'created' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]).toMatchObject({ body: `${MARKER}\n1 breaking change`, user: { login: 'octo-user' } });
  });

  it('updates the same comment on a re-run instead of adding another', async () => {
    const first = await upsertStickyComment(octokit(), sticky('1 breaking change'));
    const second = await upsertStickyComment(octokit(), sticky('No changes any more'));

    expect(second).toEqual({ url: 'url' in first ? first.url : '', action: 'updated' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe(`${MARKER}\nNo changes any more`);
    expect(github.requestsTo('PATCH')).toHaveLength(1);
  });

  it('does not write when the body is unchanged', async () => {
    await upsertStickyComment(octokit(), sticky('same'));
    github.requests.length = 0;

    const result = await upsertStickyComment(octokit(), sticky('same'));

    expect(result).toMatchObject({ action: 'unchanged' });
    expect(writes()).toEqual([]);
  });

  it('finds its comment on page 3, reading every page with per_page=100', async () => {
    for (let i = 0; i < 230; i++)
      github.addComment('acme', 'api', 7, { login: i % 2 ? 'octo-user' : 'reviewer', body: `chat ${i}` });
    const ours = github.addComment('acme', 'api', 7, { login: 'octo-user', body: `${MARKER}\nold report` });
    for (let i = 0; i < 5; i++) github.addComment('acme', 'api', 7, { login: 'reviewer', body: `later ${i}` });

    const result = await upsertStickyComment(octokit(), sticky('new report'));

    expect(result).toEqual({ url: ours.html_url, action: 'updated' });
    const pages = github
      .requestsTo('GET', /\/issues\/7\/comments$/)
      .map((r) => [r.query.page ?? '1', r.query.per_page]);
    expect(pages).toEqual([
      ['1', '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
    expect(github.requestsTo('PATCH')[0]?.path).toBe(`/repos/acme/api/issues/comments/${ours.id}`);
    expect(github.requestsTo('POST')).toEqual([]);
    expect(comments()).toHaveLength(236);
  });

  it('never edits a comment by someone else that carries a copied marker', async () => {
    const forged = github.addComment('acme', 'api', 7, { login: 'mallory', body: `${MARKER}\nAll good, merge it!` });

    const result = await upsertStickyComment(octokit(), sticky('2 breaking changes'));

    expect(result).toMatchObject({ action: 'created' });
    expect(comments().find((c) => c.id === forged.id)?.body).toBe(`${MARKER}\nAll good, merge it!`);
    expect(github.requestsTo('PATCH')).toEqual([]);
    expect(comments()).toHaveLength(2);
  });

  it('keeps comments for other spec files apart', async () => {
    const other = '<!-- firestone-spec-action:docs/asyncapi.yaml -->';
    const theirs = github.addComment('acme', 'api', 7, { login: 'octo-user', body: `${other}\nother spec` });

    await upsertStickyComment(octokit(), sticky('this spec'));

    expect(comments().find((c) => c.id === theirs.id)?.body).toBe(`${other}\nother spec`);
    expect(comments()).toHaveLength(2);
  });

  it('adds the marker when the body lacks it, so the comment is found next time', async () => {
    await upsertStickyComment(octokit(), { ...sticky(''), body: 'no marker here' });
    expect(comments()[0]?.body).toBe(`${MARKER}\nno marker here`);
    expect(await upsertStickyComment(octokit(), { ...sticky(''), body: 'no marker here' })).toMatchObject({
      action: 'unchanged',
    });
  });

  it('with the Actions token (GET /user refused) acts as github-actions[bot]', async () => {
    github.setIdentity({ login: ACTIONS_BOT_LOGIN, bot: true });
    const userCopy = github.addComment('acme', 'api', 7, { login: 'octo-user', body: `${MARKER}\nby a person` });
    const botComment = github.addComment('acme', 'api', 7, { login: ACTIONS_BOT_LOGIN, body: `${MARKER}\nold` });

    const result = await upsertStickyComment(octokit(), sticky('new'));

    expect(result).toEqual({ url: botComment.html_url, action: 'updated' });
    expect(comments().find((c) => c.id === userCopy.id)?.body).toBe(`${MARKER}\nby a person`);
    expect(github.requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('uses an explicit identity without asking the API', async () => {
    github.setIdentity({ login: 'my-app[bot]', bot: true });
    const mine = github.addComment('acme', 'api', 7, { login: 'my-app[bot]', body: `${MARKER}\nold` });

    const result = await upsertStickyComment(octokit(), sticky('new', { identity: { login: 'my-app[bot]' } }));

    expect(result).toEqual({ url: mine.html_url, action: 'updated' });
    expect(github.requestsTo('GET', '/user')).toEqual([]);
  });

  it('a 403 on creating (fork PR, read-only token) is skipped with a reason, not thrown', async () => {
    github.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });

    const result = await upsertStickyComment(octokit(), sticky('report'));

    expect(result).toEqual({ skipped: true, reason: expect.stringMatching(/HTTP 403.*pull-requests: write/) });
    expect(comments()).toEqual([]);
    expect(github.requestsTo('POST')).toHaveLength(1);
  });

  it('a 403 on updating and a 404 on listing are skipped too', async () => {
    github.addComment('acme', 'api', 7, { login: 'octo-user', body: `${MARKER}\nold` });
    github.fail({ method: 'PATCH', path: /comments\/\d+$/, status: 403 });
    expect(await upsertStickyComment(octokit(), sticky('new'))).toMatchObject({
      skipped: true,
      reason: expect.stringMatching(/update the comment on pull request #7/),
    });

    github.fail({ method: 'GET', path: /comments$/, status: 404 });
    expect(await upsertStickyComment(octokit(), sticky('new'))).toMatchObject({
      skipped: true,
      reason: expect.stringMatching(/HTTP 404/),
    });
  });

  it('retries a flaky API (502 twice) and then succeeds', async () => {
    github.fail({ method: 'POST', path: /comments$/, status: 502, times: 2 });

    const result = await upsertStickyComment(octokit(), sticky('report'));

    expect(result).toMatchObject({ action: 'created' });
    expect(github.requestsTo('POST')).toHaveLength(3);
    expect(comments()).toHaveLength(1);
  });

  it('an unreachable API is skipped with a reason after the retries', async () => {
    const offline = createOctokit('t', { baseUrl: 'http://127.0.0.1:9', retryUnitMs: 1, retries: 1 });
    expect(await upsertStickyComment(offline, sticky('report'))).toMatchObject({
      skipped: true,
      reason: expect.any(String),
    });
  });

  it('waits out a secondary rate limit while listing', async () => {
    github.fail({ method: 'GET', path: /comments$/, status: 403, headers: { 'retry-after': '2' } });
    expect(await upsertStickyComment(octokit(), sticky('report'))).toMatchObject({ action: 'created' });
  });
});

describe('resolveIdentity', () => {
  it('is the PAT user, or the Actions bot when GET /user is refused', async () => {
    expect(await resolveIdentity(octokit())).toEqual({ login: 'octo-user' });
    github.setIdentity({ login: ACTIONS_BOT_LOGIN, bot: true });
    expect(await resolveIdentity(octokit())).toEqual({ login: ACTIONS_BOT_LOGIN });
  });
});

describe('getPullRequestLabels', () => {
  it('reads the current labels over all pages', async () => {
    const names = Array.from({ length: 120 }, (_, i) => `label-${i}`);
    github.setLabels('acme', 'api', 7, ['breaking-change-approved', ...names]);

    const labels = await getPullRequestLabels(octokit(), 'acme', 'api', 7, ['stale']);

    expect(labels).toEqual(['breaking-change-approved', ...names]);
    expect(github.requestsTo('GET', /labels$/)).toHaveLength(2);
  });

  it('falls back to the payload labels when the API refuses', async () => {
    github.fail({ method: 'GET', path: /labels$/, status: 403 });
    expect(await getPullRequestLabels(octokit(), 'acme', 'api', 7, ['from-payload'])).toEqual(['from-payload']);
    expect(await getPullRequestLabels(octokit(), 'acme', 'api', 404)).toEqual([]);
  });
});

describe('findPullRequestForCommit', () => {
  const sha = 'f'.repeat(40);

  it('finds a fork PR by head label and sha', async () => {
    github.addPull('acme', 'api', {
      number: 3,
      state: 'open',
      head: { sha: 'e'.repeat(40), label: 'fork:patch', ref: 'patch' },
      base: { sha: 'a'.repeat(40), ref: 'main' },
    });
    github.addPull('acme', 'api', {
      number: 9,
      state: 'open',
      head: { sha, label: 'fork:patch', ref: 'patch' },
      base: { sha: 'a'.repeat(40), ref: 'main' },
    });

    expect(
      await findPullRequestForCommit(octokit(), { owner: 'acme', repo: 'api', headSha: sha, headLabel: 'fork:patch' }),
    ).toBe(9);
    expect(github.requestsTo('GET', /\/pulls$/)[0]?.query).toMatchObject({ head: 'fork:patch', state: 'open' });
  });

  it('falls back to the commit’s pull requests, and to null', async () => {
    github.addPull('acme', 'api', {
      number: 11,
      state: 'open',
      head: { sha, label: 'acme:x', ref: 'x' },
      base: { sha: 'a'.repeat(40), ref: 'main' },
    });
    expect(await findPullRequestForCommit(octokit(), { owner: 'acme', repo: 'api', headSha: sha })).toBe(11);
    expect(
      await findPullRequestForCommit(octokit(), { owner: 'acme', repo: 'api', headSha: 'd'.repeat(40) }),
    ).toBeNull();
    github.fail({ path: /pulls$/, status: 403, times: 2 });
    expect(
      await findPullRequestForCommit(octokit(), { owner: 'acme', repo: 'api', headSha: sha, headLabel: 'acme:x' }),
    ).toBeNull();
  });
});
