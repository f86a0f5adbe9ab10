import { existsSync } from 'node:fs';
import { childProcess } from '../util/builtins';

export interface GitOptions {
  cwd: string;
  /** Added to (and overriding) the process environment. */
  env?: Record<string, string | undefined>;
  /** Written to git's stdin. */
  input?: string;
  /** Output beyond this many bytes (stdout + stderr) kills git and rejects; protects against huge blobs. */
  maxBytes?: number;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  /** Exit code; -1 when git was killed by a signal. */
  code: number;
}

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Environment every git call runs with:
 * - no credential prompt can hang a CI job;
 * - messages in English, because callers read stderr ("non-fast-forward", "protected branch");
 * - no pager or editor, whatever the user's config says.
 */
const GIT_ENV: Record<string, string> = {
  GIT_TERMINAL_PROMPT: '0',
  GCM_INTERACTIVE: 'never',
  LC_ALL: 'C',
  GIT_PAGER: 'cat',
  GIT_EDITOR: 'true',
};

/**
 * Runs git without a shell (arguments are never interpreted) and resolves with its output and
 * exit code whatever the code is. Rejects only when git cannot be run at all.
 */
export function git(args: readonly string[], opts: GitOptions): Promise<GitResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn('git', args, {
      cwd: opts.cwd,
      env: { ...process.env, ...GIT_ENV, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let overflow = false;
    const collect = (sink: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        if (!overflow) {
          overflow = true;
          child.kill();
        }
        return;
      }
      sink.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') reject(error);
      // Node says ENOENT both for a missing program and for a missing working directory.
      else if (!existsSync(opts.cwd)) reject(new Error(`cannot run git in ${opts.cwd}: the directory does not exist`));
      else reject(new Error(`git is not installed or not on PATH (running git ${args.join(' ')} in ${opts.cwd})`));
    });
    child.on('close', (code) => {
      if (overflow) {
        reject(new GitError(args, -1, `output exceeded ${maxBytes} bytes`));
        return;
      }
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? -1,
      });
    });
    // git may exit before reading stdin (EPIPE); its exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/** A git command that failed; the message carries git's own explanation. */
export class GitError extends Error {
  readonly args: readonly string[];
  readonly code: number;
  readonly stderr: string;

  constructor(args: readonly string[], code: number, stderr: string) {
    const detail = redactCredentials(stderr.trim());
    super(`git ${redactCredentials(args.join(' '))} failed (exit ${code})${detail ? `: ${detail}` : ''}`);
    this.name = 'GitError';
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
}

/** Runs git and returns stdout; a non-zero exit throws a GitError including stderr. */
export async function gitOk(args: readonly string[], opts: GitOptions): Promise<string> {
  const result = await git(args, opts);
  if (result.code !== 0) throw new GitError(args, result.code, result.stderr);
  return result.stdout;
}

/** Remote URLs in git messages can carry a token (https://x-access-token:TOKEN@github.com/...). */
export function redactCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
