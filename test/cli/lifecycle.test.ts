/**
 * The message lifecycle through the built CLI (docs/classification.md, "Deprecation and sunset"):
 * `firestone-spec diff OLD NEW --today DAY` on files, where OLD has a message with a sunset date
 * and NEW no longer has it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, describeRun, lineOf, requireBuiltCli, runCli, workspace } from './helpers';

beforeAll(requireBuiltCli);
afterAll(cleanupTempDirs);

const head = `asyncapi: 2.6.0
info:
  title: Books
  version: 1.0.0
channels:
  /books:
    publish:
      operationId: addBook
      message:
        oneOf:
          - name: book
            contentType: application/json
            payload:
              type: object
              properties:
                id:
                  type: string
`;

const oldText = `${head}          - name: legacyBook
            deprecated: true
            x-sunset: 2025-06-01
            contentType: application/json
            payload:
              type: string
`;

interface Report {
  specs: {
    changes: { rule: string; type: string; message: string; source: { file: string; line: number } | null }[];
  }[];
}

describe('diff: a message removed around its sunset date', () => {
  it('on or after the sunset day it is non-breaking (exit 0); before it, breaking (exit 1) and the message names the date', async () => {
    const ws = workspace('lifecycle-', { 'old.yaml': oldText, 'new.yaml': head });
    const at = (today: string, format: string) =>
      runCli(['diff', '--format', format, '--today', today, 'old.yaml', 'new.yaml'], { cwd: ws });

    const after = await at('2025-06-01', 'json');
    expect(after.code, describeRun(after)).toBe(0);
    const [late] = (JSON.parse(after.stdout) as Report).specs[0]?.changes ?? [];
    expect(late).toMatchObject({
      rule: 'message.removed-after-sunset',
      type: 'non-breaking',
      source: { file: 'old.yaml', line: lineOf(oldText, /- name: legacyBook/) },
    });
    expect(late?.message).toContain('after its sunset date 2025-06-01');

    const before = await at('2025-05-31', 'json');
    expect(before.code, describeRun(before)).toBe(1);
    const [early] = (JSON.parse(before.stdout) as Report).specs[0]?.changes ?? [];
    expect(early).toMatchObject({ rule: 'message.removed', type: 'breaking' });
    expect(early?.message).toContain('before its sunset date 2025-06-01');

    const text = await at('2025-05-31', 'text');
    expect(text.code, describeRun(text)).toBe(1);
    expect(text.stdout).toContain('message.removed');
    expect(text.stdout).toContain('2025-06-01');
  });
});
