/**
 * Global setup: every temp file a test run makes goes under one run directory, and the run fails
 * if anything is left in it at the end. Each test file gets its own sandbox there
 * (test/setup/temp-sandbox.ts points TMPDIR at it, so helpers, git and the CLI subprocesses all
 * write inside it) and removes it when the file is done.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    tempRoot: string;
  }
}

/** Entries under the run directory: each one is a test file that did not clean up. */
export function leftovers(root: string): string[] {
  return fs.existsSync(root) ? fs.readdirSync(root).sort() : [];
}

export default function setup(project: TestProject): () => void {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fsa-test-run-')));
  project.provide('tempRoot', root);
  return () => {
    const left = leftovers(root);
    fs.rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(
        `The test run left ${left.length} temp director${left.length === 1 ? 'y' : 'ies'} behind: ${left.join(', ')}`,
      );
    }
  };
}
