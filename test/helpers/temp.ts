/**
 * Temp directories for tests. Every test file runs with TMPDIR pointed at a sandbox of its own
 * (test/setup/temp-sandbox.ts) that is removed when the file is done, so a directory made here
 * never outlives its file; `cleanupTempDirs` frees them earlier (files that make many).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh directory `fsa-<prefix>…` (real path, so paths printed by the code under test compare equal). */
export function tempDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `fsa-${prefix}`)));
  made.push(dir);
  return dir;
}

/** Removes every directory made by tempDir so far (call in afterAll or afterEach). */
export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (relative path → text) under `root`, creating directories. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

/** A temp directory holding `files`. */
export function workspace(prefix: string, files: Record<string, string> = {}): string {
  const dir = tempDir(prefix);
  writeFiles(dir, files);
  return dir;
}
