import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, GitError, gitOk, redactCredentials } from '../../src/git/exec';
import { createRepoWithOrigin, isolateGit, tempDir } from '../helpers/git-repo';

let repo: string;

beforeAll(() => {
  isolateGit();
  repo = createRepoWithOrigin([{ 'a.txt': 'a\n' }]).work;
});

describe('git', () => {
  it('resolves with output and exit code, whatever the code', async () => {
    const ok = await git(['rev-parse', '--is-inside-work-tree'], { cwd: repo });
    expect(ok).toEqual({ stdout: 'true\n', stderr: '', code: 0 });
    const bad = await git(['rev-parse', '--verify', 'no-such-ref'], { cwd: repo });
    expect(bad.code).toBe(128);
    expect(bad.stderr).toMatch(/fatal/);
  });

  it('passes arguments without a shell', async () => {
    const marker = path.join(tempDir('exec-'), 'pwned');
    const result = await git(['rev-parse', '--verify', '--quiet', `$(touch ${marker})`, ';', `touch ${marker}`], {
      cwd: repo,
    });
    expect(result.code).not.toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('feeds input to stdin', async () => {
    const sha = await gitOk(['hash-object', '--stdin'], { cwd: repo, input: 'hello\n' });
    expect(sha.trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('never prompts for credentials and speaks English', async () => {
    const env = await gitOk(['-c', 'alias.showenv=!env', 'showenv'], { cwd: repo, env: { EXTRA_FOR_TEST: 'yes' } });
    expect(env).toMatch(/^GIT_TERMINAL_PROMPT=0$/m);
    expect(env).toMatch(/^LC_ALL=C$/m);
    expect(env).toMatch(/^EXTRA_FOR_TEST=yes$/m);
  });

  it('kills git and rejects when the output is larger than allowed', async () => {
    const big = await gitOk(['hash-object', '-w', '--stdin'], { cwd: repo, input: 'x'.repeat(100_000) });
    await expect(git(['cat-file', 'blob', big.trim()], { cwd: repo, maxBytes: 1000 })).rejects.toBeInstanceOf(GitError);
  });

  it('says clearly when the working directory does not exist', async () => {
    await expect(git(['status'], { cwd: path.join(repo, 'missing') })).rejects.toThrow(/directory does not exist/);
  });
});

describe('gitOk', () => {
  it('throws a GitError that carries the command, exit code and stderr', async () => {
    const error = await gitOk(['checkout', 'no-such-branch'], { cwd: repo }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ code: 1, args: ['checkout', 'no-such-branch'] });
    expect((error as Error).message).toMatch(
      /^git checkout no-such-branch failed \(exit 1\): error: pathspec 'no-such-branch'/,
    );
  });
});

describe('redactCredentials', () => {
  it('hides user info in URLs', () => {
    expect(redactCredentials("fatal: unable to access 'https://x-access-token:ghs_abc@github.com/o/r.git/'")).toBe(
      "fatal: unable to access 'https://***@github.com/o/r.git/'",
    );
    expect(redactCredentials('ssh://git@github.com/o/r.git and plain text')).toBe(
      'ssh://***@github.com/o/r.git and plain text',
    );
    expect(redactCredentials('no urls here')).toBe('no urls here');
  });
});
