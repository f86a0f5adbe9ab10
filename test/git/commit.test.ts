import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { branchFromRef, classifyPushFailure, commitAndPush, type CommitAndPushOptions } from '../../src/git/commit';
import {
  cloneShallow,
  commitFiles,
  createRepoWithOrigin,
  head,
  installHook,
  isolateGit,
  log,
  otherDeveloperPushes,
  sh,
  tempDir,
  type RepoWithOrigin,
} from '../helpers/git-repo';

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const BOT_SIGNATURE = `${BOT.name} <${BOT.email}>`;

beforeAll(() => {
  isolateGit();
});

/** A remote like GitHub's: history can only move forward, so any force push would fail loudly. */
function remote(history: Record<string, string | null>[]): RepoWithOrigin {
  const repo = createRepoWithOrigin(history);
  sh(repo.origin, ['config', 'receive.denyNonFastForwards', 'true']);
  sh(repo.origin, ['config', 'receive.denyDeletes', 'true']);
  return repo;
}

function options(cwd: string, overrides: Partial<CommitAndPushOptions> = {}): CommitAndPushOptions {
  return {
    cwd,
    files: [{ path: 'docs/asyncapi.yaml', content: 'asyncapi: 2.6.0\nversion: 2\n' }],
    message: 'chore: regenerate AsyncAPI spec',
    author: BOT,
    branch: 'refs/heads/main',
    backoffMs: [1, 1, 1],
    ...overrides,
  };
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const show = (repo: string, rev: string, file: string) => sh(repo, ['show', `${rev}:${file}`]);
const filesIn = (repo: string, rev: string) =>
  sh(repo, ['show', '--format=', '--name-only', rev]).split('\n').filter(Boolean);

describe('commitAndPush', () => {
  it('commits only the given files, as the given author and committer, and pushes them', async () => {
    const repo = remote([
      { 'docs/asyncapi.yaml': 'version: 1\n', 'resources/book.yaml': 'kind: book\n', 'notes.md': 'n\n' },
    ]);
    const clone = cloneShallow(repo.originUrl);
    fs.writeFileSync(path.join(clone, 'notes.md'), 'local edit, not ours to commit\n');
    fs.writeFileSync(path.join(clone, 'scratch.txt'), 'untracked\n');

    const result = await commitAndPush(
      options(clone, {
        files: [
          { path: 'docs/asyncapi.yaml', content: 'version: 2\n' },
          { path: 'docs/events/asyncapi.json', content: '{"version": 2}\n' },
        ],
      }),
    );

    expect(result.attempts).toBe(1);
    expect(result.sha).toBe(head(repo.origin, 'main'));
    const [commit] = log(repo.origin, 'main');
    expect(commit?.author).toBe(BOT_SIGNATURE);
    expect(sh(repo.origin, ['log', '-1', '--format=%cn <%ce>', 'main'])).toBe(BOT_SIGNATURE);
    expect(commit?.subject).toBe('chore: regenerate AsyncAPI spec');
    expect(filesIn(repo.origin, 'main').sort()).toEqual(['docs/asyncapi.yaml', 'docs/events/asyncapi.json']);
    expect(show(repo.origin, 'main', 'docs/events/asyncapi.json')).toBe('{"version": 2}');
    // The user's own changes are exactly as they were.
    expect(read(clone, 'notes.md')).toBe('local edit, not ours to commit\n');
    expect(read(clone, 'scratch.txt')).toBe('untracked\n');
    expect(sh(clone, ['diff', '--name-only'])).toBe('notes.md');
    expect(sh(clone, ['diff', '--cached', '--name-only'])).toBe('');
    expect(sh(clone, ['ls-files', '--others'])).toBe('scratch.txt');
  });

  it('commits nothing when the files already match, e.g. a run on its own commit', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'version: 1\n' }]);
    const first = await commitAndPush(options(cloneShallow(repo.originUrl)));
    expect(first.sha).not.toBeNull();

    // The push triggers another run on the bot's own commit: it regenerates the same text.
    const rerun = cloneShallow(repo.originUrl);
    const second = await commitAndPush(options(rerun));

    expect(second).toEqual({ sha: null, attempts: 0 });
    expect(head(repo.origin, 'main')).toBe(first.sha);
    expect(sh(rerun, ['status', '--porcelain'])).toBe('');
  });

  it('leaves changes the workflow staged itself out of the commit', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'version: 1\n', 'CHANGELOG.md': 'old\n' }]);
    const clone = cloneShallow(repo.originUrl);
    fs.writeFileSync(path.join(clone, 'CHANGELOG.md'), 'staged by an earlier step\n');
    sh(clone, ['add', 'CHANGELOG.md']);

    const result = await commitAndPush(options(clone));

    expect(filesIn(repo.origin, result.sha ?? 'main')).toEqual(['docs/asyncapi.yaml']);
    expect(sh(clone, ['diff', '--cached', '--name-only'])).toBe('CHANGELOG.md');
  });

  it('commits a spec file even when it is git-ignored, and never runs repository hooks', async () => {
    const repo = remote([{ '.gitignore': 'docs/\n', 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    const marker = path.join(tempDir('hook-'), 'ran');
    installHook(path.join(clone, '.git'), 'pre-commit', `touch ${marker}; exit 1`);
    installHook(path.join(clone, '.git'), 'pre-push', `touch ${marker}; exit 1`);

    const result = await commitAndPush(options(clone));

    expect(result.sha).toBe(head(repo.origin, 'main'));
    expect(show(repo.origin, 'main', 'docs/asyncapi.yaml')).toBe('asyncapi: 2.6.0\nversion: 2');
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('works from a detached checkout when the branch is known', async () => {
    const repo = remote([{ 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    sh(clone, ['checkout', '--quiet', '--detach']);
    const result = await commitAndPush(options(clone, { branch: 'main' }));
    expect(result.sha).toBe(head(repo.origin, 'main'));
  });

  it('retries a push rejected because the branch moved, on top of the new tip, without forcing', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'version: 1\n', 'resources/book.yaml': 'v1\n' }]);
    const clone = cloneShallow(repo.originUrl);
    const theirs = otherDeveloperPushes(repo.origin, { 'README.md': 'someone else was faster\n' });
    const lines: string[] = [];

    const result = await commitAndPush(options(clone, { log: (l) => lines.push(l) }));

    expect(result.attempts).toBe(2);
    const history = log(repo.origin, 'main');
    expect(history.map((c) => c.sha).slice(0, 2)).toEqual([result.sha, theirs]);
    expect(history.every((c) => c.parents.length <= 1)).toBe(true);
    expect(show(repo.origin, 'main', 'README.md')).toBe('someone else was faster');
    expect(show(repo.origin, 'main', 'docs/asyncapi.yaml')).toBe('asyncapi: 2.6.0\nversion: 2');
    expect(lines.some((l) => /rejected \(moved\); retrying in 1 ms/.test(l))).toBe(true);
  });

  it('regenerates on the new tip when the other push changed resources and the spec', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'from: v1\n', 'resources/book.yaml': 'v1\n' }]);
    const clone = cloneShallow(repo.originUrl);
    fs.writeFileSync(path.join(clone, 'resources/book.yaml'), 'v1 + local\n'); // not ours: must survive
    otherDeveloperPushes(repo.origin, { 'resources/book.yaml': 'v2\n', 'docs/asyncapi.yaml': 'from: v2\n' });
    // The caller's generator: the spec is a function of the resource in the working tree.
    const generate = () => [
      { path: 'docs/asyncapi.yaml', content: `from: ${read(clone, 'resources/book.yaml').trim()} (regenerated)\n` },
    ];
    let regenerated = 0;

    await expect(
      commitAndPush(
        options(clone, {
          files: generate(),
          regenerate: async () => {
            regenerated++;
            return generate();
          },
        }),
      ),
    ).rejects.toThrow(/without overwriting local changes/);
    expect(regenerated).toBe(0);
    expect(read(clone, 'resources/book.yaml')).toBe('v1 + local\n');

    // Without the conflicting local edit the retry regenerates from the new resources.
    sh(clone, ['checkout', '--quiet', '--', 'resources/book.yaml']);
    const result = await commitAndPush(
      options(clone, {
        files: generate(),
        regenerate: async () => {
          regenerated++;
          return generate();
        },
      }),
    );

    expect(regenerated).toBe(1);
    expect(result.attempts).toBe(2);
    expect(show(repo.origin, 'main', 'docs/asyncapi.yaml')).toBe('from: v2 (regenerated)');
    expect(show(repo.origin, 'main', 'resources/book.yaml')).toBe('v2');
    expect(log(repo.origin, 'main').every((c) => c.parents.length <= 1)).toBe(true);
  });

  it('resolves a conflict on the spec file itself by regenerating, not by merging text', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'line: 1\n', 'resources/book.yaml': 'v1\n' }]);
    const clone = cloneShallow(repo.originUrl);
    const theirs = otherDeveloperPushes(repo.origin, {
      'resources/book.yaml': 'v2\n',
      'docs/asyncapi.yaml': 'line: v2 by hand\n',
    });
    const generate = () => [
      { path: 'docs/asyncapi.yaml', content: `line: ${read(clone, 'resources/book.yaml').trim()}\n` },
    ];

    const result = await commitAndPush(options(clone, { files: generate(), regenerate: async () => generate() }));

    expect(result.attempts).toBe(2);
    expect(show(repo.origin, 'main', 'docs/asyncapi.yaml')).toBe('line: v2');
    expect(log(repo.origin, 'main')[1]?.sha).toBe(theirs);
    expect(sh(clone, ['status', '--porcelain'])).toBe('');
  });

  it('commits nothing when the other push already brought the same spec', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'v1\n' }]);
    const clone = cloneShallow(repo.originUrl);
    const theirs = otherDeveloperPushes(repo.origin, { 'docs/asyncapi.yaml': 'v2\n' });

    const result = await commitAndPush(options(clone, { files: [{ path: 'docs/asyncapi.yaml', content: 'v2\n' }] }));

    expect(result).toEqual({ sha: null, attempts: 1 });
    expect(head(repo.origin, 'main')).toBe(theirs);
  });

  it('gives up after maxAttempts when the branch keeps moving', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'v1\n' }]);
    const clone = cloneShallow(repo.originUrl);
    let n = 0;
    const race = () => otherDeveloperPushes(repo.origin, { [`other-${n++}.txt`]: 'x\n' });
    race();

    await expect(
      commitAndPush(
        options(clone, {
          maxAttempts: 3,
          regenerate: async () => {
            race();
            return [{ path: 'docs/asyncapi.yaml', content: 'v2\n' }];
          },
        }),
      ),
    ).rejects.toThrow(/failed 3 times \(the branch kept moving\)/);
    expect(n).toBe(3);
  });

  it('a protected branch is a clear error after one attempt, not a retry loop', async () => {
    const repo = remote([{ 'docs/asyncapi.yaml': 'v1\n' }]);
    const calls = path.join(tempDir('hook-'), 'calls');
    installHook(
      repo.origin,
      'pre-receive',
      `echo call >> '${calls}'\necho 'error: GH006: Protected branch update failed for refs/heads/main.' >&2\necho 'protected branch' >&2\nexit 1`,
    );
    const before = head(repo.origin, 'main');

    const error = await commitAndPush(options(cloneShallow(repo.originUrl))).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/refused the push to 'main'/);
    expect((error as Error).message).toMatch(/mode: check/);
    expect((error as Error).message).toMatch(/GH006/);
    expect(fs.readFileSync(calls, 'utf8')).toBe('call\n');
    expect(head(repo.origin, 'main')).toBe(before);
  });

  it.each([
    [null, /no branch to push to/i],
    ['', /no branch to push to/i],
    ['refs/tags/v1.0.0', /refs\/tags\/v1.0.0 is not a branch/],
    ['refs/pull/7/merge', /is not a branch/],
    ['bad..name', /not a valid branch name/],
  ])('branch %j is refused before anything is written', async (branch, message) => {
    const repo = remote([{ 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    const error = await commitAndPush(options(clone, { branch })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(fs.existsSync(path.join(clone, 'docs'))).toBe(false);
  });

  it.each(['../outside.yaml', '/tmp/abs.yaml', '.git/config', 'docs/.GIT/hooks/post-commit', 'a/../../x.yaml', ''])(
    'refuses to write %j',
    async (file) => {
      const repo = remote([{ 'README.md': 'r\n' }]);
      const clone = cloneShallow(repo.originUrl);
      const before = head(clone);
      await expect(commitAndPush(options(clone, { files: [{ path: file, content: 'x' }] }))).rejects.toBeInstanceOf(
        InputError,
      );
      expect(head(clone)).toBe(before);
      expect(sh(clone, ['status', '--porcelain'])).toBe('');
    },
  );

  it('refuses to write through a directory that links outside the repository', async () => {
    const repo = remote([{ 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    const outside = tempDir('outside-');
    fs.symlinkSync(outside, path.join(clone, 'docs'));

    await expect(commitAndPush(options(clone))).rejects.toThrow(/links outside the repository/);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('refuses an empty message or a malformed author', async () => {
    const clone = cloneShallow(remote([{ 'README.md': 'r\n' }]).originUrl);
    await expect(commitAndPush(options(clone, { message: '  ' }))).rejects.toBeInstanceOf(InputError);
    await expect(commitAndPush(options(clone, { author: { name: 'x', email: 'a>b' } }))).rejects.toBeInstanceOf(
      InputError,
    );
  });

  it('a remote that cannot be reached is reported without the credentials in its URL', async () => {
    const repo = remote([{ 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    sh(clone, ['remote', 'set-url', 'origin', 'https://x-access-token:ghs_secret@127.0.0.1:9/none.git']);
    const error = await commitAndPush(options(clone, { maxAttempts: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('ghs_secret');
  });
});

describe('branchFromRef', () => {
  it('takes the branch from GITHUB_REF', () => {
    expect(branchFromRef('refs/heads/main')).toBe('main');
    expect(branchFromRef('refs/heads/feature/x')).toBe('feature/x');
    expect(branchFromRef('release')).toBe('release');
  });
});

describe('classifyPushFailure', () => {
  it.each([
    [' ! [rejected]        HEAD -> main (fetch first)', 'moved'],
    [' ! [rejected]        HEAD -> main (non-fast-forward)', 'moved'],
    ["!\tHEAD:refs/heads/main\t[remote rejected] (cannot lock ref 'refs/heads/main')", 'moved'],
    ['remote: error: GH006: Protected branch update failed for refs/heads/main.', 'refused'],
    ['remote: error: GH013: Repository rule violations found for refs/heads/main.', 'refused'],
    ['remote: Permission to acme/api.git denied to github-actions[bot].', 'refused'],
    ['fatal: unable to access: The requested URL returned error: 403', 'refused'],
    [' ! [remote rejected] HEAD -> main (pre-receive hook declined)', 'refused'],
    ['error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502', 'transient'],
    ['fatal: repository not found', null],
  ])('%s → %s', (output, kind) => {
    expect(classifyPushFailure(output)).toBe(kind);
  });
});

describe('unpushed local commits', () => {
  it('go along with the spec commit', async () => {
    const repo = remote([{ 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    commitFiles(clone, { 'resources/a.yaml': 'kind: a\n' }, 'local, unpushed resource');
    const result = await commitAndPush(options(clone));
    expect(
      log(repo.origin, 'main')
        .map((c) => c.subject)
        .slice(0, 2),
    ).toEqual(['chore: regenerate AsyncAPI spec', 'local, unpushed resource']);
    expect(result.sha).toBe(head(repo.origin, 'main'));
  });

  it('are rebased onto the new tip when the branch moved', async () => {
    const repo = remote([{ 'README.md': 'r\n' }]);
    const clone = cloneShallow(repo.originUrl);
    commitFiles(clone, { 'resources/a.yaml': 'kind: a\n' }, 'local, unpushed resource');
    const theirs = otherDeveloperPushes(repo.origin, { 'other.txt': 'o\n' });

    const result = await commitAndPush(options(clone));

    expect(result.attempts).toBe(2);
    const history = log(repo.origin, 'main');
    expect(history.map((c) => c.subject).slice(0, 3)).toEqual([
      'chore: regenerate AsyncAPI spec',
      'local, unpushed resource',
      'change by another developer',
    ]);
    expect(history[2]?.sha).toBe(theirs);
    expect(history.every((c) => c.parents.length <= 1)).toBe(true);
  });

  it('that conflict with the new tip stop with a clear error and a clean rebase state', async () => {
    const repo = remote([{ 'resources/a.yaml': 'kind: a\n' }]);
    const clone = cloneShallow(repo.originUrl);
    commitFiles(clone, { 'resources/a.yaml': 'kind: mine\n' }, 'local edit');
    otherDeveloperPushes(repo.origin, { 'resources/a.yaml': 'kind: theirs\n' });

    await expect(commitAndPush(options(clone))).rejects.toThrow(/do not rebase onto it/);
    expect(fs.existsSync(path.join(clone, '.git', 'rebase-merge'))).toBe(false);
    expect(fs.existsSync(path.join(clone, '.git', 'rebase-apply'))).toBe(false);
    expect(read(clone, 'resources/a.yaml')).toBe('kind: mine\n');
  });
});
