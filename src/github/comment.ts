import { isHttpError, type Octokit } from './octokit';

/**
 * The pull request side effects: one sticky comment per spec file, found again by a hidden
 * marker, and the PR's current labels. Nothing here throws for an HTTP failure: a missing
 * permission (fork PRs get a read-only token) must not change the check's result, so callers
 * get a reason to print as a warning.
 */

export type StickyCommentResult =
  | { url: string; action: 'created' | 'updated' | 'unchanged' }
  | { skipped: true; reason: string };

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden marker, e.g. `<!-- firestone-spec-action:asyncapi.yaml -->`; prepended to the body if missing. */
  marker: string;
  body: string;
  /** Whose comments may be edited; found with `GET /user` when not given. */
  identity?: { login: string };
}

/** Who the Actions GITHUB_TOKEN writes as; `GET /user` is refused to it (403), so it cannot be asked. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The login the token writes comments as: the PAT's user, else the Actions bot. */
export async function resolveIdentity(octokit: Octokit): Promise<{ login: string }> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login) return { login: data.login };
  } catch (error) {
    if (!isHttpError(error)) throw error;
  }
  return { login: ACTIONS_BOT_LOGIN };
}

export async function upsertStickyComment(octokit: Octokit, opts: StickyCommentOptions): Promise<StickyCommentResult> {
  if (!opts.marker.trim()) throw new Error('upsertStickyComment: the marker is empty');
  const body = opts.body.includes(opts.marker) ? opts.body : `${opts.marker}\n${opts.body}`;
  const where = { owner: opts.owner, repo: opts.repo };
  let step = 'list comments on';
  try {
    const { login } = opts.identity ?? (await resolveIdentity(octokit));
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      issue_number: opts.issueNumber,
      per_page: 100,
    });
    // Only our own comment is ours to edit: anyone can paste the marker into theirs.
    const existing = comments.find((c) => sameLogin(c.user?.login, login) && (c.body ?? '').includes(opts.marker));
    if (existing) {
      if (normalize(existing.body ?? '') === normalize(body)) return { url: existing.html_url, action: 'unchanged' };
      step = 'update the comment on';
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      return { url: data.html_url, action: 'updated' };
    }
    step = 'comment on';
    const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: opts.issueNumber, body });
    return { url: data.html_url, action: 'created' };
  } catch (error) {
    if (!isHttpError(error)) throw error;
    return { skipped: true, reason: skipReason(error, `${step} pull request #${opts.issueNumber}`) };
  }
}

/**
 * The PR's labels now. The event payload's labels are frozen at the event: a label added before
 * a re-run is only seen through the API. When the API refuses, the payload's labels are the best left.
 */
export async function getPullRequestLabels(
  octokit: Octokit,
  owner: string,
  repo: string,
  issueNumber: number,
  fallback: readonly string[] = [],
): Promise<string[]> {
  try {
    const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    return labels.map((l) => l.name);
  } catch (error) {
    if (!isHttpError(error)) throw error;
    return [...fallback];
  }
}

/**
 * The open pull request whose head is `headSha`, for a `workflow_run`-triggered comment when the
 * report carries no PR number: fork PRs are not listed in `workflow_run.pull_requests`, so search
 * by head label (`owner:branch`) first, then by commit. Null when none is found or the API refuses.
 */
export async function findPullRequestForCommit(
  octokit: Octokit,
  opts: { owner: string; repo: string; headSha: string; headLabel?: string | null },
): Promise<number | null> {
  const matches = (pr: { number: number; head: { sha: string }; state?: string }) =>
    pr.head.sha.toLowerCase() === opts.headSha.toLowerCase() && (pr.state ?? 'open') === 'open';
  try {
    if (opts.headLabel) {
      const { data } = await octokit.rest.pulls.list({
        owner: opts.owner,
        repo: opts.repo,
        state: 'open',
        head: opts.headLabel,
        per_page: 100,
      });
      const found = data.find(matches);
      if (found) return found.number;
    }
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: opts.owner,
      repo: opts.repo,
      commit_sha: opts.headSha,
      per_page: 100,
    });
    return data.find(matches)?.number ?? null;
  } catch (error) {
    if (!isHttpError(error)) throw error;
    return null;
  }
}

function sameLogin(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** GitHub may hand a body back with CRLF line ends; that is not a change worth an edit. */
function normalize(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd();
}

function skipReason(error: { status: number; message: string }, what: string): string {
  const detail = `HTTP ${error.status}: ${error.message.replace(/\s+/g, ' ').slice(0, 200)}`;
  if (error.status === 403 || error.status === 401) {
    return (
      `The token may not ${what} (${detail}). Fork pull requests get a read-only token: ` +
      'grant `pull-requests: write`, or post the saved report from a `workflow_run` workflow with `mode: comment`.'
    );
  }
  if (error.status === 404) {
    return `Could not ${what} (${detail}): the pull request does not exist or the token cannot see it.`;
  }
  return `Could not ${what} (${detail}).`;
}
