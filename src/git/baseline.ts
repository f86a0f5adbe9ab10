import * as path from 'node:path';
import { InputError } from '../errors';
import { git, gitOk, redactCredentials } from './exec';
import { crypto } from '../util/builtins';
import { MAX_SPEC_BYTES } from '../util/paths';

/**
 * Reads the baseline side of a comparison from git: a file as committed at a revision, and the
 * merge base of a pull request. CI checkouts are shallow (`actions/checkout` fetches one commit),
 * so whatever is missing is fetched from `origin` on demand.
 */

export type FileAtRevision =
  | {
      found: true;
      text: string;
      /** The commit the revision resolved to. */
      commit: string;
      /** The text was taken from `known` (ReadOptions): the committed blob is exactly those bytes. */
      fromKnown?: boolean;
    }
  /** The revision exists but has no regular file at that path: a new API, or the path was a directory/link. */
  | { found: false; reason: string; commit: string };

/**
 * The revision cannot be used: unknown even after fetching, malformed, or its file too large.
 * Callers report it as a warning and skip the breaking-change check; it is not a user error.
 */
export class BaselineError extends Error {
  readonly revision: string;

  constructor(revision: string, message: string) {
    super(message);
    this.name = 'BaselineError';
    this.revision = revision;
  }
}

export interface BaselineOptions {
  /** Remote to fetch missing commits from. */
  remote?: string;
  /** A baseline file larger than this is refused (a hostile repository could commit a huge blob). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = MAX_SPEC_BYTES;

/** Depths tried in turn to find a merge base in a shallow clone before fetching everything. */
export const MERGE_BASE_DEPTHS: readonly number[] = [50, 200, 1000];

/**
 * Revisions are written by users (`base-ref`) or come from event payloads; both are passed to git
 * as arguments, so anything that could read as an option or a range is refused up front.
 * Accepted: full or abbreviated SHAs, ref names (`main`, `origin/main`, `refs/tags/v1`), and
 * ancestry suffixes (`HEAD~1`, `main^2`).
 */
const REVISION = /^[A-Za-z0-9_][A-Za-z0-9._/+-]*(?:[~^][0-9]*)*$/;

export function isValidRevision(rev: string): boolean {
  return (
    REVISION.test(rev) &&
    !rev.includes('..') &&
    !rev.includes('//') &&
    !rev.endsWith('/') &&
    !rev.endsWith('.lock') &&
    rev.length <= 1024
  );
}

/**
 * Resolves `rev` to a commit SHA, fetching it from the remote when the local clone lacks it
 * (`--depth=1` only in a shallow clone: in a complete clone, a depth would cut its history).
 */
export async function resolveRevision(cwd: string, rev: string, opts: BaselineOptions = {}): Promise<string> {
  if (!isValidRevision(rev)) throw new BaselineError(rev, `'${printable(rev)}' is not a valid git revision`);
  const local = await verifyCommit(cwd, rev);
  if (local) return local;

  const remote = opts.remote ?? 'origin';
  const shallow = await isShallow(cwd);
  // `origin/main` is a remote-tracking name locally but `main` on the remote itself.
  const remoteName = rev.startsWith(`${remote}/`) ? rev.slice(remote.length + 1) : rev;
  const fetched = await git(['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), remote, remoteName], { cwd });
  if (fetched.code !== 0) {
    throw new BaselineError(
      rev,
      `revision ${rev} is not in the local clone and could not be fetched from ${remote}: ${firstLines(fetched.stderr)}`,
    );
  }
  const after = (await verifyCommit(cwd, rev)) ?? (await verifyCommit(cwd, 'FETCH_HEAD'));
  if (!after) throw new BaselineError(rev, `revision ${rev} was fetched from ${remote} but is not a commit`);
  return after;
}

/**
 * The text of `file` as committed at `rev`. `file` is relative to `cwd` (the repository root in
 * practice), POSIX separators. A file absent at that revision is `{found: false}`; an unknown
 * revision throws a BaselineError.
 */
export async function readFileAtRevision(
  cwd: string,
  rev: string,
  file: string,
  opts: BaselineOptions & {
    /**
     * Bytes the caller already has (the working tree's copy of the file). When the committed blob
     * is exactly these bytes, its text is taken from them: no `git cat-file`, which forks and
     * copies the whole file through a pipe (docs/architecture.md, performance).
     */
    known?: Uint8Array;
  } = {},
): Promise<FileAtRevision> {
  const relative = checkRelativePath(file);
  const commit = await resolveRevision(cwd, rev, opts);
  const prefix = (await gitOk(['rev-parse', '--show-prefix'], { cwd })).trim();
  const full = path.posix.join(prefix, relative);

  // ls-tree gives the mode, which tells a regular file from a link or a submodule; `--literal-pathspecs`
  // stops a name like `*.yaml` from matching other files.
  const listing = await gitOk(['--literal-pathspecs', 'ls-tree', '-z', '-l', '--full-tree', commit, '--', full], {
    cwd,
  });
  const entry = parseLsTree(listing).find((e) => e.path === full);
  if (!entry) return { found: false, reason: `${relative} does not exist at ${rev}`, commit };
  if (entry.mode === '120000') return { found: false, reason: `${relative} is a symbolic link at ${rev}`, commit };
  if (entry.type !== 'blob') return { found: false, reason: `${relative} is not a file at ${rev}`, commit };

  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = Number(entry.size);
  if (!(size <= maxBytes)) {
    throw new BaselineError(rev, `${relative} at ${rev} is ${size} bytes, over the ${maxBytes}-byte limit`);
  }
  if (opts.known !== undefined && blobId(opts.known, entry.oid) === entry.oid) {
    // A view of the caller's bytes, not a copy (Buffer.from(array) copies: 14 MB for a large spec).
    const { buffer, byteOffset, byteLength } = opts.known;
    return { found: true, text: Buffer.from(buffer, byteOffset, byteLength).toString('utf8'), commit, fromKnown: true };
  }
  const text = await gitOk(['cat-file', 'blob', entry.oid], { cwd, maxBytes: maxBytes + 64 * 1024 });
  return { found: true, text, commit };
}

/**
 * Git's object id of a blob holding `bytes` (what `git hash-object` prints), in the hash of the
 * repository `like` comes from: 64 hex digits for SHA-256 repositories, else SHA-1.
 */
export function blobId(bytes: Uint8Array, like: string): string {
  return crypto()
    .createHash(like.length === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}

export interface MergeBaseResult {
  /** The merge base, or `base` itself when none could be found (`exact: false`). */
  sha: string;
  exact: boolean;
  /** Why `exact` is false, for a warning. */
  note?: string;
}

/**
 * The merge base of a pull request's base and head. In a shallow clone the common ancestor is
 * usually not there, so history is deepened step by step (cheap for the common case of a young
 * branch) and finally unshallowed. Never fails for lack of history: falls back to `base` and
 * says so. Throws a BaselineError only when `base` itself cannot be obtained.
 */
export async function mergeBase(
  cwd: string,
  base: string,
  head: string,
  opts: BaselineOptions & { depths?: readonly number[] } = {},
): Promise<MergeBaseResult> {
  const remote = opts.remote ?? 'origin';
  const baseSha = await resolveRevision(cwd, base, opts);
  let headSha: string;
  try {
    headSha = await resolveRevision(cwd, head, opts);
  } catch (error) {
    return {
      sha: baseSha,
      exact: false,
      note: `head ${head} is not available (${message(error)}); using base ${baseSha}`,
    };
  }

  const steps: string[][] = [...(opts.depths ?? MERGE_BASE_DEPTHS).map((d) => [`--depth=${d}`]), ['--unshallow']];
  for (let i = 0; ; i++) {
    const found = await git(['merge-base', baseSha, headSha], { cwd });
    if (found.code === 0) return { sha: found.stdout.trim(), exact: true };
    const step = steps[i];
    if (step === undefined || !(await isShallow(cwd))) break;
    const fetched = await git(['fetch', '--no-tags', ...step, remote, baseSha, headSha], { cwd });
    if (fetched.code !== 0) {
      return {
        sha: baseSha,
        exact: false,
        note: `could not deepen history to find the merge base (${firstLines(fetched.stderr)}); using base ${baseSha}`,
      };
    }
  }
  return {
    sha: baseSha,
    exact: false,
    note: `${baseSha} and ${headSha} have no common ancestor; using base ${baseSha}`,
  };
}

async function verifyCommit(cwd: string, rev: string): Promise<string | null> {
  const result = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
  return result.code === 0 ? result.stdout.trim() : null;
}

async function isShallow(cwd: string): Promise<boolean> {
  const result = await git(['rev-parse', '--is-shallow-repository'], { cwd });
  if (result.code !== 0)
    throw new BaselineError('HEAD', `${cwd} is not a git repository: ${firstLines(result.stderr)}`);
  return result.stdout.trim() === 'true';
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  /** Bytes of a blob; `-` for anything else. */
  size: string;
  path: string;
}

function parseLsTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter(Boolean)
    .flatMap((record) => {
      // `-l`: the size, right-aligned (`-` for what is not a blob), before the tab.
      const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]*)$/.exec(record);
      return match ? [{ mode: match[1]!, type: match[2]!, oid: match[3]!, size: match[4]!, path: match[5]! }] : [];
    });
}

/** The path as git sees it; absolute paths and paths leaving the repository are refused. */
function checkRelativePath(file: string): string {
  const posix = file.replace(/\\/g, '/');
  const normal = path.posix.normalize(posix);
  if (
    !file ||
    path.posix.isAbsolute(posix) ||
    /^[A-Za-z]:/.test(posix) ||
    normal === '..' ||
    normal.startsWith('../')
  ) {
    throw new InputError({ file, message: 'baseline path must be relative and inside the repository' });
  }
  return normal.replace(/^\.\//, '');
}

function firstLines(text: string): string {
  return redactCredentials(text.trim().split('\n').slice(0, 3).join(' / ')) || 'no message from git';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Revisions can come from payloads; keep control characters out of messages. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}
