/**
 * What SARIF needs from the working tree: the path from the repository root to the workspace, and
 * the line of an element in a spec file (for findings with no resource line). Kept apart from the
 * pure renderer in sarif.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { locatorForText } from '../compare/index';
import { git } from '../git/exec';
import { MAX_SPEC_BYTES } from '../util/paths';

/** Path from the repository root to `cwd`, POSIX, '' at the root or outside a repository. */
export async function repoPrefix(cwd: string): Promise<string> {
  const result = await git(['rev-parse', '--show-prefix'], { cwd });
  return result.code === 0 ? result.stdout.trim() : '';
}

/** The line of a JSON pointer in a spec file of the working tree (null when it cannot be found). */
export function specLineReader(cwd: string): (file: string, pointer: string) => number | null {
  const locators = new Map<string, ReturnType<typeof locatorForText> | null>();
  return (file, pointer) => {
    if (!locators.has(file)) {
      const full = path.resolve(cwd, file);
      const ok = existsSync(full) && statSync(full).isFile() && statSync(full).size <= MAX_SPEC_BYTES;
      locators.set(file, ok ? locatorForText(readFileSync(full, 'utf8'), file) : null);
    }
    return locators.get(file)?.(pointer)?.line ?? null;
  };
}
