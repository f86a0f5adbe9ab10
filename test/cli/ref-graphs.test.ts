/**
 * `firestone-spec diff` through the built CLI on documents whose `$ref`s make shared nodes and
 * cycles (issue 9; synthetic documents from test/helpers/ref-graphs.ts): each run ends (a hang is
 * killed by runCli and fails on its exit code; no timing is asserted) with a report, or, where the
 * references would have to be spelled out past a million nodes, with exit 2 and one message.
 */
import { describe, expect, it } from 'vitest';
import { type CliResult, cliTestFile, describeRun, repoWithSpec, runCli, workspace } from './helpers';
import { commitFiles } from '../helpers/git-repo';
import { plainChannel, recursiveTree, refChain, selfReferencingChannels } from '../helpers/ref-graphs';

cliTestFile();

interface Report {
  specs: { changes: { rule: string; type: string; path: string }[] }[];
}

/** `diff --format json OLD NEW` on the two documents, written as JSON files. */
async function diff(oldDoc: unknown, newDoc: unknown): Promise<CliResult> {
  const ws = workspace('ref-graphs-', { 'old.json': JSON.stringify(oldDoc), 'new.json': JSON.stringify(newDoc) });
  return runCli(['diff', '--format', 'json', 'old.json', 'new.json'], { cwd: ws, timeoutMs: 50_000 });
}

const changes = (r: CliResult): string[][] =>
  (JSON.parse(r.stdout) as Report).specs.flatMap((s) => s.changes.map((c) => [c.rule, c.type, c.path]));

function expectRefused(r: CliResult, which: 'old' | 'new' | 'old|new'): void {
  const why = describeRun(r);
  expect(r.code, why).toBe(2);
  expect(r.stdout, why).toBe('');
  // The refusal names the file that is too big to spell out.
  expect(r.stderr, why).toMatch(new RegExp(`^(${which})\\.json: its \`\\$ref\`s expand to more than 1000000 nodes`));
  expect(r.stderr.trim().split('\n'), why).toHaveLength(1);
  expect(r.stderr, why).not.toContain('    at ');
}

describe('diff on shared and recursive $ref structures', () => {
  it('a schema referring to itself from three properties, against itself and against a new description', async () => {
    const same = await diff(recursiveTree('a'), recursiveTree('a'));
    expect(same.code, describeRun(same)).toBe(0);
    expect(changes(same)).toEqual([]);
    const changed = await diff(recursiveTree('a'), recursiveTree('b'));
    expect(changed.code, describeRun(changed)).toBe(0);
    expect(changes(changed)).toEqual([['payload.doc.changed', 'non-breaking', '/components/schemas/Tree/description']]);
  });

  it('a channels map referring to itself twice, against itself and against the document it replaced', async () => {
    const same = await diff(selfReferencingChannels(), selfReferencingChannels());
    expect(same.code, describeRun(same)).toBe(0);
    expect(changes(same)).toEqual([]);
    const changed = await diff(plainChannel(), selfReferencingChannels());
    expect(changed.code, describeRun(changed)).toBe(1);
    expect(changes(changed)).toEqual([
      ['operation.removed', 'breaking', '/channels/user~1signedup/subscribe'],
      ['channel.added', 'non-breaking', '/channels'],
      ['component.unused.changed', 'non-breaking', '/components/messages/UserSignedUp'],
      ['unclassified', 'unclassified', '/channels/copy'],
      ['unclassified', 'unclassified', '/channels/user~1signedup'],
    ]);
  });

  for (const via of ['schemas', 'messages'] as const) {
    it(`25 ${via} each referring twice to the next: no change against itself, one at the end`, async () => {
      const same = await diff(refChain(via, { type: 'string' }), refChain(via, { type: 'string' }));
      expect(same.code, describeRun(same)).toBe(0);
      expect(changes(same)).toEqual([]);
      const changed = await diff(refChain(via, { type: 'string' }), refChain(via, { type: 'integer' }));
      expect(changed.code, describeRun(changed)).toBe(1);
      const at = via === 'schemas' ? '/components/schemas/L25/type' : '/components/messages/M25/payload/type';
      expect(changes(changed)).toEqual([['payload.type.changed', 'breaking', at]]);
    });
  }

  it('25 channel bindings each referring twice to the next, changed at the end: refused (exit 2, one line)', async () => {
    const same = await diff(refChain('bindings', { v: 1 }), refChain('bindings', { v: 1 }));
    expect(same.code, describeRun(same)).toBe(0);
    expect(changes(same)).toEqual([]);
    expectRefused(await diff(refChain('bindings', { v: 1 }), refChain('bindings', { v: 2 })), 'old');
  });

  it('an unnamed message whose payload is 25 schemas each referring twice to the next, on a changed channel: refused', async () => {
    const r = await diff(
      refChain('unnamed', { type: 'string' }, { touch: 'a' }),
      refChain('unnamed', { type: 'string' }, { touch: 'b' }),
    );
    expectRefused(r, 'old|new');
  });
});

describe('check against a baseline whose references expand too far', () => {
  it('is refused with exit 2, naming the spec at its revision', async () => {
    const repo = repoWithSpec();
    commitFiles(
      repo.work,
      { 'asyncapi.yaml': JSON.stringify(refChain('bindings', { v: 1 })) },
      'references that multiply',
    );
    const r = await runCli(['check', '--base', 'HEAD'], { cwd: repo.work, timeoutMs: 50_000 });
    const why = describeRun(r);
    expect(r.code, why).toBe(2);
    expect(r.stderr, why).toMatch(/^asyncapi\.yaml@HEAD: its `\$ref`s expand to more than 1000000 nodes/);
    expect(r.stderr.trim().split('\n'), why).toHaveLength(1);
  });
});
