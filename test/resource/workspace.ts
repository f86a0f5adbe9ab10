/** Temp workspaces made of real files, removed after each test. */
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { inputError, inputErrorAsync } from '../helpers/errors';
import { workspace, writeFiles } from '../helpers/temp';
import { lineOf } from '../helpers/text';

export { inputError, inputErrorAsync, lineOf };

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory (real path) holding `files` (relative path → text). */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = workspace('resource-', files);
  made.push(dir);
  return dir;
}

export function writeFile(root: string, rel: string, text: string): void {
  writeFiles(root, { [rel]: text });
}
