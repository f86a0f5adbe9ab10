/** Path helpers shared by every stage that touches the workspace. */
import path from 'node:path';

/** Every file we read from a repository (resources, config, specs) is refused above this size. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Whether `target` is `root` or below it (both absolute; resolve symlinks first where they matter). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export const toPosix = (p: string): string => p.split(path.sep).join('/');

/** A workspace-relative path in one spelling: POSIX separators, no `./`, no `a/../`. */
export const normalizeRelative = (p: string): string =>
  path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
