/**
 * Lines in a spec firestone wrote (docs/generation.md, "Specs firestone wrote"): its glued
 * `type: objectchannels:` is read with a line break added, yet every line `diff` reports in that
 * file is the line as the user has it (test/fixtures/generate/library/asyncapi.committed.yaml).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, describeRun, lineOf, requireBuiltCli, ROOT, runCli, workspace } from './helpers';

beforeAll(requireBuiltCli);
afterAll(cleanupTempDirs);

const GLUED = fs.readFileSync(path.join(ROOT, 'test/fixtures/generate/library/asyncapi.committed.yaml'), 'utf8');
const LABEL = /^ {2}\/shelves\/\{shelf_id\}\/label:/;

/** What firestone meant, without the channel `/shelves/{shelf_id}/label`. */
function meantWithoutLabel(): string {
  const meant = GLUED.replace('      type: objectchannels:\n', '      type: object\nchannels:\n');
  const start = meant.indexOf('  /shelves/{shelf_id}/label:\n');
  const end = meant.indexOf('  /shelves/{shelf_id}/loan:\n');
  if (start === -1 || end === -1 || end < start) throw new Error('library fixture changed');
  return meant.slice(0, start) + meant.slice(end);
}

interface Report {
  specs: { changes: { rule: string; path: string; source: { file: string; line: number } | null }[] }[];
}

describe("diff on a spec with firestone's glued line", () => {
  it('reports OLD-side lines as written in the file, not as repaired', async () => {
    const ws = workspace('fs-lines', { 'asyncapi.yaml': GLUED, 'new.yaml': meantWithoutLabel() });
    const r = await runCli(['diff', '--format', 'json', '--fail-on', 'never', 'asyncapi.yaml', 'new.yaml'], {
      cwd: ws,
    });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toContain('asyncapi.yaml:139: read as firestone meant it');
    const changes = (JSON.parse(r.stdout) as Report).specs[0]?.changes ?? [];
    expect(changes.map((c) => c.rule)).toEqual(['channel.removed']);
    expect(changes[0]?.source).toEqual({
      file: 'asyncapi.yaml',
      line: lineOf(GLUED, LABEL),
    });
  });

  it('and lines in the new file when the glued one is NEW', async () => {
    const ws = workspace('fs-lines-new', { 'old.yaml': meantWithoutLabel(), 'asyncapi.yaml': GLUED });
    const r = await runCli(['diff', '--format', 'json', '--fail-on', 'never', 'old.yaml', 'asyncapi.yaml'], {
      cwd: ws,
    });
    expect(r.code, describeRun(r)).toBe(0);
    const changes = (JSON.parse(r.stdout) as Report).specs[0]?.changes ?? [];
    expect(changes.map((c) => c.rule)).toEqual(['channel.added']);
    expect(changes[0]?.source?.line).toBe(lineOf(GLUED, LABEL));
  });
});
