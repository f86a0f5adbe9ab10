/**
 * Per test file: points TMPDIR (and so os.tmpdir(), git and every subprocess a test starts) at a
 * sandbox inside the run directory of test/setup/temp-root.ts, and removes the sandbox after the
 * file's own afterAll hooks. A file that leaves a process writing there, or a sandbox that cannot
 * be removed, makes the global teardown fail the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';

const sandbox = fs.mkdtempSync(path.join(inject('tempRoot'), 'file-'));
const previous = process.env.TMPDIR;
process.env.TMPDIR = sandbox;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  fs.rmSync(sandbox, { recursive: true, force: true });
});
