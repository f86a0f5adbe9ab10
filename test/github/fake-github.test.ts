/** The test double itself: if it drifts from GitHub's behaviour, the other tests prove nothing. */
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github';

const github = FakeGitHub.forTestFile();

const get = (path: string, auth = true) =>
  fetch(`${github.url}${path}`, { headers: auth ? { authorization: 'token t' } : {} });

describe('FakeGitHub', () => {
  it('paginates like GitHub: per_page, page and a Link header with absolute URLs', async () => {
    for (let i = 0; i < 5; i++) github.addComment('o', 'r', 1, { login: 'u', body: `c${i}` });

    const first = await get('/repos/o/r/issues/1/comments?per_page=2');
    expect(((await first.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c0', 'c1']);
    expect(first.headers.get('link')).toBe(
      `<${github.url}/repos/o/r/issues/1/comments?per_page=2&page=2>; rel="next", ` +
        `<${github.url}/repos/o/r/issues/1/comments?per_page=2&page=3>; rel="last"`,
    );

    const last = await get('/repos/o/r/issues/1/comments?per_page=2&page=3');
    expect(((await last.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c4']);
    expect(last.headers.get('link')).toBe(
      `<${github.url}/repos/o/r/issues/1/comments?per_page=2&page=1>; rel="first", ` +
        `<${github.url}/repos/o/r/issues/1/comments?per_page=2&page=2>; rel="prev"`,
    );
  });

  it('requires a token, and hides /user from bots', async () => {
    expect((await get('/user', false)).status).toBe(401);
    github.setIdentity({ login: 'github-actions[bot]', bot: true });
    expect((await get('/user')).status).toBe(403);
  });

  it('serves a pull request with its labels', async () => {
    github.addPull('o', 'r', {
      number: 4,
      state: 'open',
      head: { sha: 'b'.repeat(40), label: 'o:x', ref: 'x' },
      base: { sha: 'a'.repeat(40), ref: 'main' },
    });
    github.setLabels('o', 'r', 4, ['approved']);
    const pull = (await (await get('/repos/o/r/pulls/4')).json()) as { labels: { name: string }[] };
    expect(pull.labels).toEqual([{ name: 'approved' }]);
    expect((await get('/repos/o/r/pulls/5')).status).toBe(404);
  });

  it('uses each fault up, then answers normally; requests are recorded', async () => {
    github.fail({ method: 'GET', path: '/user', status: 502, times: 2, headers: { 'x-test': '1' } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/user')).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect(github.requestsTo('GET', '/user').map((r) => r.authorization)).toEqual(['token t', 'token t', 'token t']);
  });

  it('lets only the author edit a comment', async () => {
    const theirs = github.addComment('o', 'r', 1, { login: 'someone-else', body: 'x' });
    const response = await fetch(`${github.url}/repos/o/r/issues/comments/${theirs.id}`, {
      method: 'PATCH',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'edited' }),
    });
    expect(response.status).toBe(403);
    expect(github.commentsOn('o', 'r', 1)[0]?.body).toBe('x');
  });
});
