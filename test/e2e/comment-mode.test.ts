/**
 * `mode: comment`: the fork-safe second workflow. A JSON report saved by an earlier `check` run is
 * posted as the sticky comment of the PR it names; no checkout, no git, no code from the PR.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import {
  type ActionRun,
  BOOK_FILE,
  breakingPullRequest,
  expectHealthy,
  listTree,
  OWNER,
  pullRequestRun,
  REPO,
  runAction,
  useFakeGitHub,
} from './harness';

const MARKER = '<!-- firestone-spec-action:asyncapi.yaml -->';
const PR = 12;

const fake = useFakeGitHub();
/** A report from a check run of a breaking PR, and the PR's head commit. */
let savedReport: string;
let prHead: string;

beforeAll(async () => {
  const { repo, pr } = breakingPullRequest(PR);
  const { baseSha, headSha } = pr;
  // The check workflow of a fork PR: read-only token, no comment; it uploads the report.
  const check = await pullRequestRun(
    fake,
    repo.work,
    { number: PR, baseSha, headSha, fork: true },
    { comment: 'false' },
  );
  expect(check.code).toBe(1);
  expect(fake.requestsTo('POST')).toEqual([]);
  savedReport = fs.readFileSync(check.outputs['report-file'] ?? '', 'utf8');
  prHead = headSha;
  expect(JSON.parse(savedReport).context.pullRequest).toBe(PR);
});

beforeEach(() => {
  registerPull();
});

/** The fork PR as the API knows it: found by head label `forker:feature`. */
function registerPull(): void {
  fake.addPull(OWNER, REPO, {
    number: PR,
    state: 'open',
    head: { sha: prHead, label: 'forker:feature', ref: 'feature' },
    base: { sha: 'c'.repeat(40), ref: 'main' },
  });
}

/** A `workflow_run` payload of a fork PR: GitHub lists no pull requests for those. */
function workflowRunPayload(headSha = prHead): Record<string, unknown> {
  return {
    action: 'completed',
    workflow_run: {
      id: 99,
      name: 'check',
      event: 'pull_request',
      conclusion: 'failure',
      head_sha: headSha,
      head_branch: 'feature',
      pull_requests: [],
      head_repository: { full_name: `forker/${REPO}`, owner: { login: 'forker' } },
      repository: { full_name: `${OWNER}/${REPO}` },
    },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
  };
}

/**
 * A workspace with only the downloaded artifact, and a `git` on PATH that records any call: the
 * comment workflow must not touch git.
 */
function commentWorkspace(reportText: string): { dir: string; report: string; gitLog: string; bin: string } {
  const dir = tempDir('comment-ws-');
  const report = path.join(dir, 'artifact', 'firestone-spec-report.json');
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.writeFileSync(report, reportText);
  const bin = tempDir('fake-git-bin-');
  const gitLog = path.join(bin, 'calls.log');
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "git $*" >> '${gitLog}'\nexit 1\n`, { mode: 0o755 });
  return { dir, report, gitLog, bin };
}

function commentRun(ws: ReturnType<typeof commentWorkspace>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: ws.dir,
    fake,
    event: 'workflow_run',
    payload: workflowRunPayload(),
    ref: 'refs/heads/main',
    sha: 'b'.repeat(40),
    inputs: { mode: 'comment', report: ws.report, ...inputs },
    env: { PATH: `${ws.bin}:${process.env.PATH ?? ''}` },
  });
}

describe('mode: comment', () => {
  it('posts the saved report as the sticky comment of the PR it names, and touches no git', async () => {
    const ws = commentWorkspace(savedReport);
    const tree = listTree(ws.dir);
    const run = await commentRun(ws);
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(0);
    const comments = fake.commentsOn(OWNER, REPO, PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toMatch(/published/);
    expect(comments[0]!.body).toContain(`${BOOK_FILE}:`);
    expect(run.outputs['comment-url']).toBe(comments[0]!.html_url);
    const report = JSON.parse(savedReport) as { summary: { breaking: number } };
    expect(run.outputs.breaking).toBe(String(report.summary.breaking));
    expect(run.outputs['report-file']).toBe(ws.report);

    expect(fs.existsSync(ws.gitLog) ? fs.readFileSync(ws.gitLog, 'utf8') : '').toBe('');
    expect(listTree(ws.dir)).toEqual(tree);
    expect(fs.existsSync(path.join(ws.dir, '.git'))).toBe(false);

    // Posting again (a re-run of the workflow_run workflow) updates in place.
    const again = await commentRun(ws);
    expectHealthy(again);
    expect(again.code).toBe(0);
    expect(fake.commentsOn(OWNER, REPO, PR)).toHaveLength(1);
    expect(fake.requestsTo('POST')).toHaveLength(1);
  });

  it('honours the approval label of the PR', async () => {
    fake.setLabels(OWNER, REPO, PR, ['breaking-change-approved']);
    const ws = commentWorkspace(savedReport);
    const run = await commentRun(ws);
    expectHealthy(run);
    expect(run.code).toBe(0);
    expect(fake.commentsOn(OWNER, REPO, PR)[0]!.body).toMatch(/approved with label `breaking-change-approved`/);
  });

  it('a malformed report is one clear error naming the file; nothing is posted', async () => {
    const broken = savedReport.replace('"version": 1', '"version": "one"');
    expect(broken).not.toBe(savedReport);
    for (const text of ['{"version": 1, "specs": [', broken]) {
      fake.reset();
      const ws = commentWorkspace(text);
      const run = await commentRun(ws);
      expectHealthy(run);
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors, run.stdout).toHaveLength(1);
      expect(errors[0]).toContain('firestone-spec-report.json');
      expect(fake.requestsTo('POST')).toEqual([]);
      expect(fake.requestsTo('PATCH')).toEqual([]);
    }
  });

  it('refuses a report that does not belong to the workflow run (other head, other PR)', async () => {
    const ws = commentWorkspace(savedReport);
    // The triggering run was for another commit: the artifact is not this run's.
    const otherHead = await runAction({
      cwd: ws.dir,
      fake,
      event: 'workflow_run',
      payload: workflowRunPayload('d'.repeat(40)),
      inputs: { mode: 'comment', report: ws.report },
    });
    expectHealthy(otherHead);
    expect(otherHead.code).toBe(1);
    expect(otherHead.stdout).toMatch(/^::error.*not for this workflow run's head/m);

    // The report claims PR 12, but the run's head belongs to PR 13: a fork aiming our token elsewhere.
    fake.reset();
    fake.addPull(OWNER, REPO, {
      number: 13,
      state: 'open',
      head: { sha: prHead, label: 'forker:feature', ref: 'feature' },
      base: { sha: 'c'.repeat(40), ref: 'main' },
    });
    const otherPr = await commentRun(ws);
    expectHealthy(otherPr);
    expect(otherPr.code).toBe(1);
    expect(otherPr.stdout).toMatch(/^::error.*claims pull request #12, but this run belongs to #13/m);
    expect(fake.requestsTo('POST')).toEqual([]);
    expect(fake.requestsTo('PATCH')).toEqual([]);
  });

  it('a missing report input or file is a clear error', async () => {
    const ws = commentWorkspace(savedReport);
    const none = await commentRun(ws, { report: '' });
    expectHealthy(none);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^::error.*report/m);

    const missing = await commentRun(ws, { report: path.join(ws.dir, 'nope.json') });
    expectHealthy(missing);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^::error.*nope\.json/m);
    expect(fake.requestsTo('POST')).toEqual([]);
  });
});
