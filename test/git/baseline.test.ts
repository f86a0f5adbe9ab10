import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { BaselineError, mergeBase, readFileAtRevision, resolveRevision } from '../../src/git/baseline';
import {
  cloneFull,
  cloneShallow,
  commitFiles,
  createRepoWithOrigin,
  hasObject,
  head,
  isolateGit,
  isShallow,
  otherDeveloperPushes,
  sh,
  tempDir,
  type RepoWithOrigin,
} from '../helpers/git-repo';

beforeAll(() => {
  isolateGit();
});

describe('readFileAtRevision', () => {
  let repo: RepoWithOrigin;
  let first: string;
  let second: string;

  beforeAll(() => {
    repo = createRepoWithOrigin([
      { 'api/spec.yaml': 'version: 1\n', 'specs/a.yaml': 'a\n' },
      { 'api/spec.yaml': 'version: 2\n' },
      { 'README.md': 'docs\n' },
    ]);
    first = head(repo.work, 'HEAD~2');
    second = head(repo.work, 'HEAD~1');
  });

  it('fetches a commit a depth-1 clone lacks, then reads the file; the clone stays shallow', async () => {
    const clone = cloneShallow(repo.originUrl);
    expect(isShallow(clone)).toBe(true);
    expect(hasObject(clone, first)).toBe(false);

    const result = await readFileAtRevision(clone, first, 'api/spec.yaml');

    expect(result).toEqual({ found: true, text: 'version: 1\n', commit: first });
    expect(hasObject(clone, first)).toBe(true);
    expect(isShallow(clone)).toBe(true);
  });

  it('a file absent at an existing revision is found:false (a new API), not an error', async () => {
    const clone = cloneShallow(repo.originUrl);
    const result = await readFileAtRevision(clone, second, 'api/asyncapi.yaml');
    expect(result).toMatchObject({ found: false, commit: second });
    expect(result.found === false && result.reason).toContain('does not exist');
  });

  it('an unknown revision is a BaselineError, even after trying to fetch it', async () => {
    const clone = cloneShallow(repo.originUrl);
    const bogus = 'deadbeef'.repeat(5);
    await expect(readFileAtRevision(clone, bogus, 'api/spec.yaml')).rejects.toBeInstanceOf(BaselineError);
    await expect(readFileAtRevision(clone, bogus, 'api/spec.yaml')).rejects.toThrow(/could not be fetched/);
  });

  it('refuses revisions that git could read as options or ranges', async () => {
    for (const rev of ['--upload-pack=touch /tmp/x', '-n', 'main..HEAD', 'HEAD@{1}', 'a b', '']) {
      await expect(readFileAtRevision(repo.work, rev, 'api/spec.yaml')).rejects.toThrow(BaselineError);
    }
  });

  it('fetches a branch name the clone does not have', async () => {
    const own = createRepoWithOrigin([{ 'api/spec.yaml': 'version: 1\n' }]);
    sh(own.work, ['checkout', '--quiet', '-b', 'release']);
    commitFiles(own.work, { 'api/spec.yaml': 'version: release\n' }, 'release');
    sh(own.work, ['push', '--quiet', 'origin', 'release']);
    const clone = cloneShallow(own.originUrl, { branch: 'main' });
    expect(sh(clone, ['branch', '--all', '--list', '*release*'])).toBe('');

    const result = await readFileAtRevision(clone, 'release', 'api/spec.yaml');
    expect(result).toMatchObject({ found: true, text: 'version: release\n', commit: head(own.work) });
  });

  it('in a complete clone, fetches a missing commit without making the clone shallow', async () => {
    const clone = cloneFull(repo.origin);
    const later = otherDeveloperPushes(repo.origin, { 'api/spec.yaml': 'version: 3\n' });
    expect(hasObject(clone, later)).toBe(false);

    expect(await readFileAtRevision(clone, later, 'api/spec.yaml')).toMatchObject({
      found: true,
      text: 'version: 3\n',
    });
    expect(isShallow(clone)).toBe(false);
    expect(Number(sh(clone, ['rev-list', '--count', later]))).toBeGreaterThanOrEqual(4);
  });

  it('paths are relative to cwd, and a glob-looking name matches only itself', async () => {
    expect(await readFileAtRevision(path.join(repo.work, 'api'), first, 'spec.yaml')).toMatchObject({
      found: true,
      text: 'version: 1\n',
    });
    expect(await readFileAtRevision(repo.work, first, 'specs/*.yaml')).toMatchObject({ found: false });
    expect(await readFileAtRevision(repo.work, first, './specs/a.yaml')).toMatchObject({ found: true, text: 'a\n' });
  });

  it('a directory, a symbolic link or a path leaving the repository is not read', async () => {
    const work = createRepoWithOrigin([{ 'real.yaml': 'x: 1\n' }]).work;
    fs.symlinkSync('/etc/passwd', path.join(work, 'link.yaml'));
    sh(work, ['add', 'link.yaml']);
    const sha = commitFiles(work, { 'dir/inner.yaml': 'y\n' }, 'link and dir');

    expect(await readFileAtRevision(work, sha, 'link.yaml')).toMatchObject({
      found: false,
      reason: expect.stringMatching(/symbolic link/),
    });
    expect(await readFileAtRevision(work, sha, 'dir')).toMatchObject({
      found: false,
      reason: expect.stringMatching(/not a file/),
    });
    await expect(readFileAtRevision(work, sha, '../outside.yaml')).rejects.toBeInstanceOf(InputError);
    await expect(readFileAtRevision(work, sha, '/etc/passwd')).rejects.toBeInstanceOf(InputError);
  });

  it('refuses a baseline file over the size limit', async () => {
    const work = createRepoWithOrigin([{ 'big.yaml': 'x'.repeat(2048) }]).work;
    await expect(readFileAtRevision(work, 'HEAD', 'big.yaml', { maxBytes: 1024 })).rejects.toThrow(
      /over the 1024-byte limit/,
    );
    expect(await readFileAtRevision(work, 'HEAD', 'big.yaml', { maxBytes: 4096 })).toMatchObject({ found: true });
  });

  it('keeps non-ASCII text intact', async () => {
    const text = 'title: Адресная книга — 📚\n';
    const work = createRepoWithOrigin([{ 'ü/spec.yaml': text }]).work;
    expect(await readFileAtRevision(work, 'HEAD', 'ü/spec.yaml')).toMatchObject({ found: true, text });
  });
});

describe('mergeBase', () => {
  /** main: m1..m3, then `feature` forks (f1, f2) and main goes on for `after` commits. */
  function forkedHistory(after: number): {
    repo: RepoWithOrigin;
    forkPoint: string;
    featureHead: string;
    mainHead: string;
  } {
    const repo = createRepoWithOrigin([{ 'spec.yaml': 'm1\n' }, { 'spec.yaml': 'm2\n' }, { 'spec.yaml': 'm3\n' }]);
    const forkPoint = head(repo.work);
    sh(repo.work, ['checkout', '--quiet', '-b', 'feature']);
    commitFiles(repo.work, { 'spec.yaml': 'f1\n' }, 'f1');
    const featureHead = commitFiles(repo.work, { 'spec.yaml': 'f2\n' }, 'f2');
    sh(repo.work, ['push', '--quiet', 'origin', 'feature']);
    sh(repo.work, ['checkout', '--quiet', 'main']);
    for (let i = 0; i < after; i++) commitFiles(repo.work, { 'spec.yaml': `main ${i}\n` }, `main ${i}`);
    sh(repo.work, ['push', '--quiet', 'origin', 'main']);
    return { repo, forkPoint, featureHead, mainHead: head(repo.work) };
  }

  it('finds the merge base in a depth-1 clone by deepening', async () => {
    const { repo, forkPoint, featureHead, mainHead } = forkedHistory(3);
    const clone = cloneShallow(repo.originUrl);
    expect(hasObject(clone, featureHead)).toBe(false);

    expect(await mergeBase(clone, mainHead, featureHead)).toEqual({ sha: forkPoint, exact: true });
  });

  it('stops deepening at the first depth that reaches the fork point', async () => {
    const { repo, forkPoint, featureHead, mainHead } = forkedHistory(3);
    const clone = cloneShallow(repo.originUrl);

    // Four commits back from main's head (three after the fork) reach the fork point from both sides;
    // the first commit stays unfetched.
    expect(await mergeBase(clone, mainHead, featureHead, { depths: [4, 50] })).toEqual({ sha: forkPoint, exact: true });
    expect(isShallow(clone)).toBe(true);
    expect(hasObject(clone, head(repo.work, `${forkPoint}~2`))).toBe(false);
  });

  it('deepens step by step and finally unshallows when the fork point is deep', async () => {
    const { repo, forkPoint, featureHead, mainHead } = forkedHistory(12);
    const clone = cloneShallow(repo.originUrl);

    expect(await mergeBase(clone, mainHead, featureHead, { depths: [1, 3] })).toEqual({ sha: forkPoint, exact: true });
    expect(isShallow(clone)).toBe(false);
  });

  it('works in a complete clone without fetching anything', async () => {
    const { repo, forkPoint, featureHead, mainHead } = forkedHistory(2);
    expect(await mergeBase(repo.work, mainHead, featureHead)).toEqual({ sha: forkPoint, exact: true });
  });

  it('unrelated histories fall back to the base and say so', async () => {
    const { repo, mainHead } = forkedHistory(1);
    sh(repo.work, ['checkout', '--quiet', '--orphan', 'other']);
    const orphan = commitFiles(repo.work, { 'spec.yaml': 'orphan\n' }, 'orphan');
    sh(repo.work, ['push', '--quiet', 'origin', 'other']);
    const clone = cloneShallow(repo.originUrl);

    const result = await mergeBase(clone, mainHead, orphan, { depths: [2] });
    expect(result).toMatchObject({ sha: mainHead, exact: false, note: expect.stringMatching(/no common ancestor/) });
  });

  it('an unknown head falls back to the base; an unknown base is an error', async () => {
    const { repo, mainHead } = forkedHistory(1);
    const clone = cloneShallow(repo.originUrl);
    const bogus = '1234567'.repeat(5) + '12345';

    expect(await mergeBase(clone, mainHead, bogus)).toMatchObject({
      sha: mainHead,
      exact: false,
      note: expect.stringMatching(/not available/),
    });
    await expect(mergeBase(clone, bogus, mainHead)).rejects.toBeInstanceOf(BaselineError);
  });
});

describe('resolveRevision', () => {
  it('outside a git repository is a BaselineError', async () => {
    await expect(resolveRevision(tempDir('not-a-repo-'), 'main')).rejects.toThrow(/is not a git repository/);
  });

  it('resolves origin/<branch> by fetching <branch> when the tracking ref is missing', async () => {
    const repo = createRepoWithOrigin([{ 'a.txt': '1\n' }]);
    const clone = cloneShallow(repo.originUrl);
    sh(clone, ['update-ref', '-d', 'refs/remotes/origin/main']);
    const tip = otherDeveloperPushes(repo.origin, { 'a.txt': '2\n' });
    expect(await resolveRevision(clone, 'origin/main')).toBe(tip);
  });
});
