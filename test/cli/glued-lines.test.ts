/**
 * Lines in a spec with firestone's glued `type: objectchannels:` (docs/generation.md, "Specs
 * firestone wrote"), on a small document written here: the repair adds a line break, yet every
 * line reported in that file, OLD or NEW, in every format, is the line as the user has it.
 */
import { describe, expect, it } from 'vitest';
import { cliTestFile, describeRun, lineOf, runCli, workspace } from './helpers';

cliTestFile();

/** Line 8 is glued; everything after it is one line further down in the repaired text. */
const GLUED = [
  'asyncapi: 2.5.0',
  'info:',
  '  title: Notes',
  "  version: '1.0'",
  'components:',
  '  schemas:',
  '    note:',
  '      type: objectchannels:',
  '  /notes:',
  '    subscribe:',
  '      message:',
  '        payload:',
  '          type: object',
  '          properties:',
  '            id:',
  '              type: string',
  '            body:',
  '              type: string',
  '    publish:',
  '      message:',
  '        payload:',
  '          type: string',
  '  /archive:',
  '    subscribe:',
  '      message:',
  '        payload:',
  '          type: string',
  '',
].join('\n');

/** What firestone meant, less `body`, the `publish` operation and the `/archive` channel. */
const TRIMMED = [
  'asyncapi: 2.5.0',
  'info:',
  '  title: Notes',
  "  version: '1.0'",
  'components:',
  '  schemas:',
  '    note:',
  '      type: object',
  'channels:',
  '  /notes:',
  '    subscribe:',
  '      message:',
  '        payload:',
  '          type: object',
  '          properties:',
  '            id:',
  '              type: string',
  '',
].join('\n');

interface Report {
  specs: { changes: { rule: string; source: { file: string; line: number } | null }[] }[];
}

const sources = (stdout: string): Record<string, number | undefined> =>
  Object.fromEntries(((JSON.parse(stdout) as Report).specs[0]?.changes ?? []).map((c) => [c.rule, c.source?.line]));

describe("diff on a small spec with firestone's glued line", () => {
  it('OLD glued: the lines of what was removed are the lines of the file as written', async () => {
    const ws = workspace('glued-old-', { 'old.yaml': GLUED, 'new.yaml': TRIMMED });
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toContain('old.yaml:8: read as firestone meant it');
    expect(sources(r.stdout)).toEqual({
      'channel.removed': lineOf(GLUED, '  /archive:'),
      'operation.removed': lineOf(GLUED, '    publish:'),
      'payload.property.removed-optional': lineOf(GLUED, '            body:'),
    });
    // The text report and SARIF give the same lines.
    const text = await runCli(['diff', 'old.yaml', 'new.yaml', '--fail-on', 'never'], { cwd: ws });
    expect(text.stdout).toContain(`old.yaml:${lineOf(GLUED, '  /archive:')}: Channel '/archive' was removed`);
    const sarif = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'sarif', '--fail-on', 'never'], {
      cwd: ws,
    });
    const lines = [...sarif.stdout.matchAll(/"startLine": (\d+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(lines).toEqual(
      [lineOf(GLUED, '            body:'), lineOf(GLUED, '    publish:'), lineOf(GLUED, '  /archive:')].sort(
        (a, b) => a - b,
      ),
    );
  });

  it('NEW glued: the lines of what was added are the lines of the file as written', async () => {
    const ws = workspace('glued-new-', { 'old.yaml': TRIMMED, 'new.yaml': GLUED });
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    expect(sources(r.stdout)).toEqual({
      'channel.added': lineOf(GLUED, '  /archive:'),
      'operation.added': lineOf(GLUED, '    publish:'),
      'payload.property.added-optional': lineOf(GLUED, '            body:'),
    });
  });
});
