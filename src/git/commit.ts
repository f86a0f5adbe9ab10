import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { writeFileAtomic } from '../fs-atomic';
import { git, GitError, gitOk, redactCredentials } from './exec';

/**
 * Commit mode's side effect: write the regenerated spec files, commit exactly those, push to the
 * run's branch. A push the remote rejects because the branch moved is retried on top of the new
 * tip; a push it refuses (protected branch, no permission) is not. Never force-pushes.
 */

export interface CommitFile {
  /** Relative to `cwd`, POSIX or native separators. */
  path: string;
  content: string;
}

export interface CommitAndPushOptions {
  /** The repository's working tree (the workspace). */
  cwd: string;
  files: CommitFile[];
  message: string;
  author: { name: string; email: string };
  /** `refs/heads/X` (GITHUB_REF) or a plain branch name; null/tag/pull refs are refused. */
  branch: string | null | undefined;
  /**
   * Makes the files again from the working tree. Called after the branch moved under us and the
   * working tree was moved to the new tip, whose resources may differ from the ones `files` came from.
   */
  regenerate?: () => Promise<CommitFile[]>;
  maxAttempts?: number;
  /** Wait before retry n is `backoffMs[n-1]` (the last value repeats). */
  backoffMs?: readonly number[];
  remote?: string;
  /** Progress lines, e.g. `core.info`. */
  log?: (line: string) => void;
}

export interface CommitResult {
  /** The pushed commit, or null when the files already matched the branch (nothing committed). */
  sha: string | null;
  /** Push attempts made (0 when there was nothing to commit). */
  attempts: number;
}

export const DEFAULT_BACKOFF_MS: readonly number[] = [1000, 2000, 4000];

type PushFailure = 'moved' | 'refused' | 'transient';

/**
 * What a failed push means, from git's and the remote's words. Order matters: a ref-lock race is
 * reported as "remote rejected" but is the branch moving; any other remote rejection is policy.
 */
const PUSH_FAILURES: readonly { kind: PushFailure; pattern: RegExp }[] = [
  { kind: 'moved', pattern: /cannot lock ref|incorrect old value|failed to update ref/i },
  {
    kind: 'refused',
    pattern:
      /GH006|GH013|protected branch|rule violations|permission to \S+ denied|permission denied|denied to |returned error: 40[13]|pre-receive hook declined|\[remote rejected\]/i,
  },
  { kind: 'moved', pattern: /\[rejected\]|non-fast-forward|fetch first|stale info/i },
  {
    kind: 'transient',
    pattern:
      /RPC failed|returned error: 5\d\d|early EOF|unexpected disconnect|connection (?:reset|timed out|refused)|could not resolve host|timed out/i,
  },
];

export function classifyPushFailure(output: string): PushFailure | null {
  return PUSH_FAILURES.find((f) => f.pattern.test(output))?.kind ?? null;
}

/** The branch to push to, from GITHUB_REF or a name; anything else is a clear user-facing error. */
export function branchFromRef(ref: string | null | undefined): string {
  const hint = 'Commit mode pushes to the branch of the run: run it on a push to a branch, or use `mode: check`.';
  if (!ref) throw new InputError({ message: `There is no branch to push to (detached HEAD, no GITHUB_REF). ${hint}` });
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref.startsWith('refs/')) throw new InputError({ message: `${ref} is not a branch. ${hint}` });
  return ref;
}

export async function commitAndPush(opts: CommitAndPushOptions): Promise<CommitResult> {
  const branch = branchFromRef(opts.branch);
  const remote = opts.remote ?? 'origin';
  const log = opts.log ?? (() => undefined);
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 3);
  const backoff = opts.backoffMs?.length ? opts.backoffMs : DEFAULT_BACKOFF_MS;
  checkIdentity(opts.author);
  if (!opts.message.trim()) throw new InputError({ message: 'The commit message is empty.' });

  const cwd = await fsp.realpath(opts.cwd);
  if ((await git(['check-ref-format', `refs/heads/${branch}`], { cwd })).code !== 0) {
    throw new InputError({ message: `'${branch}' is not a valid branch name.` });
  }

  let files = opts.files;
  let attempts = 0;
  let sha = await commitFiles(cwd, files, opts);
  while (sha !== null) {
    attempts++;
    const push = await git(['push', '--no-verify', '--porcelain', remote, `HEAD:refs/heads/${branch}`], { cwd });
    if (push.code === 0) {
      log(`Pushed ${sha} to ${branch}.`);
      return { sha, attempts };
    }
    const output = `${push.stderr}\n${push.stdout}`;
    const kind = classifyPushFailure(output);
    if (kind === 'refused') throw refusedError(branch, output);
    if (kind === null) throw new GitError(['push', remote, `HEAD:refs/heads/${branch}`], push.code, output);
    if (attempts >= maxAttempts) {
      throw new Error(
        `Pushing to ${branch} failed ${attempts} ${attempts === 1 ? 'time' : 'times'} (${kind === 'moved' ? 'the branch kept moving' : 'network errors'}); ` +
          `last answer: ${remoteLines(output)}`,
      );
    }
    const wait = backoff[Math.min(attempts - 1, backoff.length - 1)] ?? 0;
    log(`Push to ${branch} rejected (${kind}); retrying in ${wait} ms.`);
    await delay(wait);
    if (kind === 'transient') continue;

    await moveOntoRemoteBranch(cwd, remote, branch, sha, opts.author);
    if (opts.regenerate) files = await opts.regenerate();
    sha = await commitFiles(cwd, files, opts);
  }
  log(`Spec files already up to date on ${branch}; nothing to commit.`);
  return { sha: null, attempts };
}

/** Writes and stages only `files`, commits them if they changed; returns the new commit or null. */
async function commitFiles(cwd: string, files: CommitFile[], opts: CommitAndPushOptions): Promise<string | null> {
  const targets = [];
  for (const file of files) targets.push({ ...(await resolveTarget(cwd, file.path)), content: file.content });
  if (targets.length === 0) return null;
  for (const target of targets) {
    // An unchanged file is left alone, so a no-op run does not even touch mtimes.
    if ((await fsp.readFile(target.absolute, 'utf8').catch(() => null)) === target.content) continue;
    await fsp.mkdir(path.dirname(target.absolute), { recursive: true });
    await writeFileAtomic(target.absolute, target.content);
  }
  const paths = targets.map((t) => t.relative);
  // --literal-pathspecs: a file named `*.yaml` must not stage every YAML file.
  // -f: a generated spec may be git-ignored; the user asked for it to be committed.
  await gitOk(['--literal-pathspecs', 'add', '-f', '--', ...paths], { cwd });
  const diff = await git(['--literal-pathspecs', 'diff', '--cached', '--quiet', '--', ...paths], { cwd });
  if (diff.code === 0) return null;
  if (diff.code !== 1) throw new GitError(['diff', '--cached', '--quiet'], diff.code, diff.stderr);

  const { name, email } = opts.author;
  // Paths after `--` (with the implied --only) commit just these files even if the workflow
  // staged other changes; --no-verify because repository hooks (husky, lint-staged) are not ours to run.
  await gitOk(
    [
      '-c',
      `user.name=${name}`,
      '-c',
      `user.email=${email}`,
      '-c',
      'commit.gpgsign=false',
      '--literal-pathspecs',
      'commit',
      '--no-verify',
      '-m',
      opts.message,
      '--',
      ...paths,
    ],
    { cwd, env: identityEnv(opts.author) },
  );
  return (await gitOk(['rev-parse', 'HEAD'], { cwd })).trim();
}

/**
 * After a rejected push: drop our spec commit and move the working tree to the remote's new tip.
 * The spec files are then made again rather than rebased, because a textual 3-way merge of two
 * generated files is neither side's output (and is where a rebase would conflict). Local changes
 * to other files survive (`reset --keep` refuses rather than overwrite them); other unpushed
 * local commits, if any, are rebased.
 */
async function moveOntoRemoteBranch(
  cwd: string,
  remote: string,
  branch: string,
  ours: string,
  author: { name: string; email: string },
): Promise<void> {
  const tracking = `refs/remotes/${remote}/${branch}`;
  await gitOk(['fetch', '--no-tags', remote, `+refs/heads/${branch}:${tracking}`], { cwd });
  const parent = (await gitOk(['rev-parse', `${ours}^`], { cwd })).trim();
  await resetKeep(cwd, parent);
  const fastForward = await git(['merge-base', '--is-ancestor', parent, tracking], { cwd });
  if (fastForward.code === 0) {
    await resetKeep(cwd, tracking);
    return;
  }
  // Rebased commits keep their authors; we are their committer.
  const committer = { GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
  const rebase = await git(['-c', 'commit.gpgsign=false', 'rebase', '--no-verify', tracking], { cwd, env: committer });
  if (rebase.code !== 0) {
    await git(['rebase', '--abort'], { cwd });
    throw new Error(
      `${branch} moved and the local commits under the spec commit do not rebase onto it: ${remoteLines(rebase.stderr + rebase.stdout)}`,
    );
  }
}

async function resetKeep(cwd: string, rev: string): Promise<void> {
  const reset = await git(['reset', '--keep', rev], { cwd });
  if (reset.code !== 0) {
    throw new Error(
      `Cannot move the working tree to ${rev} without overwriting local changes: ${remoteLines(reset.stderr)}`,
    );
  }
}

/**
 * `file` resolved inside `cwd`, refusing what could write outside the working tree or into git's
 * own files: absolute paths, `..`, any `.git` segment, and directories that are links pointing out.
 */
async function resolveTarget(cwd: string, file: string): Promise<{ absolute: string; relative: string }> {
  const refuse = (why: string) => new InputError({ file, message: `refusing to write this spec file: ${why}` });
  const posix = file.replace(/\\/g, '/');
  if (!file || file.includes('\0')) throw refuse('empty or invalid path');
  if (path.posix.isAbsolute(posix) || /^[A-Za-z]:/.test(posix)) throw refuse('the path is absolute');
  const relative = path.posix.normalize(posix).replace(/^\.\//, '');
  const segments = relative.split('/');
  if (relative === '.' || segments.includes('..')) throw refuse('the path leaves the repository');
  // Case-insensitive file systems and Windows short names reach .git by other spellings too.
  if (segments.some((s) => /^\.git[. ]*$/i.test(s) || /^git~\d+$/i.test(s))) throw refuse('the path is inside .git');

  const absolute = path.join(cwd, ...segments);
  let existing = path.dirname(absolute);
  while (!(await exists(existing))) existing = path.dirname(existing);
  const real = await fsp.realpath(existing);
  if (real !== cwd && !real.startsWith(cwd + path.sep))
    throw refuse('a directory on the path links outside the repository');
  if (!(await fsp.stat(real)).isDirectory()) throw refuse(`${path.relative(cwd, existing)} is not a directory`);
  const stat = await fsp.lstat(absolute).catch(() => null);
  if (stat?.isDirectory()) throw refuse('the path is a directory');
  return { absolute, relative };
}

async function exists(p: string): Promise<boolean> {
  return fsp.lstat(p).then(
    () => true,
    () => false,
  );
}

/** Author and committer of our commits; the environment beats any identity in the user's git config. */
function identityEnv(author: { name: string; email: string }): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
  };
}

function checkIdentity(author: { name: string; email: string }): void {
  const bad = (s: string) => !s.trim() || /[<>\n\r\0]/.test(s);
  if (bad(author.name) || bad(author.email)) {
    throw new InputError({
      message: `Invalid commit author '${author.name} <${author.email}>': set commit-user-name and commit-user-email.`,
    });
  }
}

function refusedError(branch: string, output: string): InputError {
  return new InputError({
    message:
      `The remote refused the push to '${branch}': ${remoteLines(output)}. ` +
      `The branch is protected or the token may not write to it. Give the workflow \`contents: write\` and a token ` +
      `or GitHub App allowed to push to (or bypass the protection of) '${branch}', or run the action with ` +
      '`mode: check` and commit regenerated specs yourself (`firestone-spec update`).',
  });
}

/** The lines of git's output worth repeating to a user, without credentials. */
function remoteLines(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('hint:') && l !== 'Done' && !l.startsWith('To '));
  return redactCredentials(lines.slice(0, 6).join(' / ')).slice(0, 1000) || 'no message';
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
