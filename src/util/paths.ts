/** Path helpers shared by every stage that touches the workspace. */
import path from 'node:path';

/** Resource and config files we read from a repository are refused above this size. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Spec files (committed spec, baseline, `diff` inputs) are refused above this size. Larger than
 * MAX_FILE_BYTES because the tool's own output for 1,000+ resources is over ten MB; hostile
 * specs are still bounded by the parse limits (nodes, depth, aliases).
 */
export const MAX_SPEC_BYTES = 64 * 1024 * 1024;

/** A byte limit as people say it: `64 MB`. */
export const megabytes = (bytes: number): string => `${bytes / (1024 * 1024)} MB`;

/** Whether `target` is `root` or below it (both absolute; resolve symlinks first where they matter). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export const toPosix = (p: string): string => p.split(path.sep).join('/');

/** A workspace-relative path in one spelling: POSIX separators, no `./`, no `a/../`. */
export const normalizeRelative = (p: string): string =>
  path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
