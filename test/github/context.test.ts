import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { loadEventPayload, parseModeInput, resolveContext } from '../../src/github/context';
import { tempDir } from '../helpers/temp';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const MERGE = 'c'.repeat(40);
const ZERO = '0'.repeat(40);

const env = (event: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'acme/api',
  GITHUB_SHA: MERGE,
  ...extra,
});
const auto = { mode: 'auto' as const, baseRef: '' };

const pullRequestPayload = (headRepo: string | null = 'acme/api') => ({
  number: 7,
  pull_request: {
    number: 7,
    labels: [{ name: 'breaking-change-approved' }, { name: 'docs' }, { bogus: true }],
    base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/api' } },
    head: { sha: HEAD, ref: 'feature', label: 'acme:feature', repo: headRepo ? { full_name: headRepo } : null },
  },
  repository: { full_name: 'acme/api' },
});

describe('resolveContext', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: check mode, merge base of base and head', (event) => {
    const ctx = resolveContext(env(event, { GITHUB_REF: 'refs/pull/7/merge' }), pullRequestPayload(), auto);
    expect(ctx).toEqual({
      event,
      mode: 'check',
      repository: { owner: 'acme', repo: 'api' },
      pullRequest: 7,
      labels: ['breaking-change-approved', 'docs'],
      headSha: HEAD,
      baseSha: BASE,
      needsMergeBase: { base: BASE, head: HEAD },
      ref: 'refs/pull/7/merge',
      headLabel: 'acme:feature',
    });
  });

  it('merge_group: check mode, base_sha is the baseline, head_sha under test', () => {
    const ctx = resolveContext(
      env('merge_group', { GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-7-abc' }),
      { merge_group: { base_sha: BASE, head_sha: HEAD, base_ref: 'refs/heads/main' } },
      auto,
    );
    expect(ctx).toMatchObject({ mode: 'check', baseSha: BASE, headSha: HEAD, needsMergeBase: null, pullRequest: null });
  });

  it('push: commit mode, `before` is the baseline', () => {
    const ctx = resolveContext(env('push', { GITHUB_REF: 'refs/heads/main' }), { before: BASE, after: HEAD }, auto);
    expect(ctx).toMatchObject({
      mode: 'commit',
      baseSha: BASE,
      headSha: HEAD,
      needsMergeBase: null,
      ref: 'refs/heads/main',
      pullRequest: null,
      labels: [],
    });
  });

  it('push of a new branch (all-zero before): no baseline', () => {
    const ctx = resolveContext(
      env('push', { GITHUB_REF: 'refs/heads/feature/x' }),
      { before: ZERO, after: HEAD },
      auto,
    );
    expect(ctx.baseSha).toBeNull();
    expect(ctx.ref).toBe('refs/heads/feature/x');
  });

  it('push of a tag: no branch to commit to', () => {
    const ctx = resolveContext(env('push', { GITHUB_REF: 'refs/tags/v1.0.0' }), { before: ZERO, after: HEAD }, auto);
    expect(ctx).toMatchObject({ mode: 'commit', ref: 'refs/tags/v1.0.0', baseSha: null });
  });

  it('workflow_dispatch: the base-ref input or no baseline', () => {
    const without = resolveContext(env('workflow_dispatch', { GITHUB_REF: 'refs/heads/main' }), { inputs: {} }, auto);
    expect(without).toMatchObject({
      mode: 'commit',
      baseSha: null,
      needsMergeBase: null,
      headSha: MERGE,
    });
    const withRef = resolveContext(env('workflow_dispatch'), {}, { mode: 'auto', baseRef: ' origin/main ' });
    expect(withRef.baseSha).toBe('origin/main');
  });

  it('schedule: no baseline unless base-ref is given', () => {
    expect(
      resolveContext(env('schedule', { GITHUB_REF: 'refs/heads/main' }), { schedule: '0 0 * * *' }, auto),
    ).toMatchObject({
      mode: 'commit',
      baseSha: null,
    });
    expect(resolveContext(env('schedule'), {}, { mode: 'check', baseRef: 'v1.2.0' })).toMatchObject({
      mode: 'check',
      baseSha: 'v1.2.0',
    });
  });

  it('an explicit base-ref wins over the event on pull requests too', () => {
    const ctx = resolveContext(env('pull_request'), pullRequestPayload(), { mode: 'auto', baseRef: 'release' });
    expect(ctx).toMatchObject({ baseSha: 'release', needsMergeBase: null, headSha: HEAD });
  });

  it('explicit modes are kept; unknown modes are input errors', () => {
    expect(resolveContext(env('pull_request'), pullRequestPayload(), { mode: 'commit', baseRef: '' }).mode).toBe(
      'commit',
    );
    expect(resolveContext(env('push'), {}, { mode: 'comment', baseRef: '' }).mode).toBe('comment');
    expect(resolveContext(env('push'), {}, { mode: parseModeInput(''), baseRef: '' }).mode).toBe('commit');
    expect(parseModeInput(' check ')).toBe('check');
    expect(() => parseModeInput('yolo')).toThrow(InputError);
    expect(() => parseModeInput('yolo')).toThrow(
      "input 'mode' must be one of auto, check, commit, comment (got 'yolo')",
    );
  });

  it('workflow_run: PR number when listed, head label to find fork PRs', () => {
    const payload = {
      repository: { full_name: 'acme/api' },
      workflow_run: {
        head_sha: HEAD,
        head_branch: 'patch-1',
        head_repository: { full_name: 'someone/api', owner: { login: 'someone' } },
        pull_requests: [],
      },
    };
    expect(resolveContext(env('workflow_run'), payload, { mode: 'comment', baseRef: '' })).toMatchObject({
      mode: 'comment',
      pullRequest: null,
      headSha: HEAD,
      headLabel: 'someone:patch-1',
    });
    const sameRepo = {
      ...payload,
      workflow_run: {
        ...payload.workflow_run,
        head_repository: { full_name: 'acme/api' },
        pull_requests: [{ number: 12 }],
      },
    };
    expect(resolveContext(env('workflow_run'), sameRepo, { mode: 'comment', baseRef: '' })).toMatchObject({
      pullRequest: 12,
    });
  });

  it('treats a hostile or empty payload as missing data, never as a crash', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "pull_request": {"number": "7; rm -rf /", "labels": "x",' +
        ' "base": {"sha": "--upload-pack=evil"}, "head": {"sha": 42}}, "before": "not-a-sha"}',
    );
    const ctx = resolveContext({ GITHUB_EVENT_NAME: 'pull_request' }, hostile, auto);
    expect(ctx).toMatchObject({ pullRequest: null, labels: [], baseSha: null, headSha: null, needsMergeBase: null });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(resolveContext({}, null, auto)).toMatchObject({ event: 'unknown', repository: null, baseSha: null });
    expect(resolveContext(env('push'), [1, 2], auto).baseSha).toBeNull();
  });

  it('repository falls back to the payload; malformed names are ignored', () => {
    expect(
      resolveContext({ GITHUB_EVENT_NAME: 'push' }, { repository: { full_name: 'o/r' } }, auto).repository,
    ).toEqual({
      owner: 'o',
      repo: 'r',
    });
    expect(resolveContext({ GITHUB_REPOSITORY: 'a/b/c' }, {}, auto).repository).toBeNull();
  });
});

describe('loadEventPayload', () => {
  const dir = tempDir('event-');

  it('reads the payload file', () => {
    const file = path.join(dir, 'event.json');
    fs.writeFileSync(file, JSON.stringify({ before: BASE }));
    expect(loadEventPayload(file)).toEqual({ before: BASE });
  });

  it('no path or no file is an empty payload', () => {
    expect(loadEventPayload(undefined)).toEqual({});
    expect(loadEventPayload(path.join(dir, 'missing.json'))).toEqual({});
  });

  it('invalid JSON is an input error naming the file', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{"before": ');
    expect(() => loadEventPayload(file)).toThrow(InputError);
    try {
      loadEventPayload(file);
    } catch (error) {
      expect((error as InputError).problems[0]?.file).toBe(file);
    }
  });

  it('a JSON value that is not an object is an empty payload', () => {
    const file = path.join(dir, 'array.json');
    fs.writeFileSync(file, '[1,2,3]');
    expect(loadEventPayload(file)).toEqual({});
  });
});
