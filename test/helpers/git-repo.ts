/**
 * Real git repositories for tests: a bare `origin`, working clones, shallow clones like
 * `actions/checkout` makes, and "another developer" pushing to origin. Helpers run git
 * synchronously with their own identity; code under test runs with the isolated environment
 * `isolateGit()` puts on process.env, so nothing depends on the machine's git config.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './temp';

export { tempDir };

export const HELPER_AUTHOR = { name: 'Test Developer', email: 'dev@example.test' };

let isolatedHome: string | null = null;

/**
 * Points git at an empty global config in a temp HOME, ignores the system config, allows the
 * file:// protocol and names the default branch `main`. No user identity is configured and
 * `user.useConfigOnly` is on, so code under test must say who commits. Call in `beforeAll`;
 * vitest runs each test file in its own process, so this does not leak between files.
 */
export function isolateGit(): string {
  if (isolatedHome) return isolatedHome;
  // Not made by tempDir: the home lives as long as the file (whose sandbox removes it), even when
  // a file's afterAll frees its temp dirs before another hook still runs git.
  const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fsa-git-home-')));
  const globalConfig = path.join(home, '.gitconfig');
  fs.writeFileSync(
    globalConfig,
    [
      '[init]',
      '\tdefaultBranch = main',
      '[user]',
      '\tuseConfigOnly = true',
      '[protocol "file"]',
      '\tallow = always',
      '[advice]',
      '\tdetachedHead = false',
      '',
    ].join('\n'),
  );
  Object.assign(process.env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
  });
  for (const name of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_DIR']) {
    delete process.env[name];
  }
  isolatedHome = home;
  return home;
}

/** Runs git as the helper's developer; throws with stderr on failure. */
export function sh(cwd: string, args: string[], env: Record<string, string> = {}): string {
  isolateGit();
  try {
    return execFileSync('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: HELPER_AUTHOR.name,
        GIT_AUTHOR_EMAIL: HELPER_AUTHOR.email,
        GIT_COMMITTER_NAME: HELPER_AUTHOR.name,
        GIT_COMMITTER_EMAIL: HELPER_AUTHOR.email,
        ...env,
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} in ${cwd} failed: ${e.stderr ?? e.message}`);
  }
}

export interface RepoWithOrigin {
  /** Temp directory holding everything below. */
  root: string;
  /** The bare repository. */
  origin: string;
  /** file:// URL of the bare repository (what shallow clones need). */
  originUrl: string;
  /** A full working clone. */
  work: string;
}

/** A bare `origin` and a working clone with one commit per entry of `history`, pushed to `main`. */
export function createRepoWithOrigin(
  history: Record<string, string | null>[] = [{ 'README.md': 'hello\n' }],
): RepoWithOrigin {
  const root = tempDir('repo-');
  const origin = path.join(root, 'origin.git');
  sh(root, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  const work = path.join(root, 'work');
  sh(root, ['init', '--quiet', '--initial-branch=main', work]);
  sh(work, ['remote', 'add', 'origin', origin]);
  history.forEach((files, i) => commitFiles(work, files, `commit ${i + 1}`));
  if (history.length > 0) sh(work, ['push', '--quiet', 'origin', 'main']);
  return { root, origin, originUrl: pathToFileURL(origin).href, work };
}

/** Writes (or deletes, for null) files and commits them; returns the new commit. */
export function commitFiles(repo: string, files: Record<string, string | null>, message: string): string {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(repo, file);
    if (content === null) {
      sh(repo, ['rm', '--quiet', '--', file]);
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    sh(repo, ['add', '--', file]);
  }
  sh(repo, ['commit', '--quiet', '--allow-empty', '-m', message]);
  return head(repo);
}

export function head(repo: string, rev = 'HEAD'): string {
  return sh(repo, ['rev-parse', rev]);
}

/** A clone like `actions/checkout` with the default `fetch-depth: 1`. */
export function cloneShallow(originUrl: string, opts: { branch?: string; depth?: number } = {}): string {
  const dir = path.join(tempDir('shallow-'), 'checkout');
  sh(os.tmpdir(), [
    'clone',
    '--quiet',
    `--depth=${opts.depth ?? 1}`,
    '--no-tags',
    ...(opts.branch ? ['--branch', opts.branch] : []),
    originUrl,
    dir,
  ]);
  return dir;
}

export function cloneFull(origin: string): string {
  const dir = path.join(tempDir('clone-'), 'checkout');
  sh(os.tmpdir(), ['clone', '--quiet', origin, dir]);
  return dir;
}

/** Someone else commits `files` on `branch` and pushes to origin; returns their commit. */
export function otherDeveloperPushes(
  origin: string,
  files: Record<string, string | null>,
  opts: { branch?: string; message?: string } = {},
): string {
  const branch = opts.branch ?? 'main';
  const dir = cloneFull(origin);
  sh(dir, ['checkout', '--quiet', branch]);
  const sha = commitFiles(dir, files, opts.message ?? 'change by another developer');
  sh(dir, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  return sha;
}

/** Installs a server-side hook (e.g. `pre-receive`) in a bare repository. */
export function installHook(bareRepo: string, name: string, script: string): void {
  const file = path.join(bareRepo, 'hooks', name);
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

/** `git log` of a ref as `sha parents subject` lines, newest first. */
export function log(repo: string, ref = 'HEAD'): { sha: string; parents: string[]; subject: string; author: string }[] {
  return sh(repo, ['log', '--format=%H%x09%P%x09%an <%ae>%x09%s', ref])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', parents = '', author = '', subject = ''] = line.split('\t');
      return { sha, parents: parents.split(' ').filter(Boolean), author, subject };
    });
}

export function isShallow(repo: string): boolean {
  return sh(repo, ['rev-parse', '--is-shallow-repository']) === 'true';
}

export function hasObject(repo: string, sha: string): boolean {
  try {
    sh(repo, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
