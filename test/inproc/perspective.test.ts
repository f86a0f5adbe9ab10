/**
 * The perspective switch in this process (docs/classification.md, "Perspective"): the CLI's
 * `diff` and `changelog` (the config key on a hand-written spec, where the flip changes the
 * verdict), and the action's `perspective` input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github';
import { commitFiles, createRepoWithOrigin, head, isolateGit, sh, tempDir } from '../helpers/git-repo';
import { BOOK_FILE, bookResource, pushPayload, SPEC_FILE } from '../e2e/harness';
import { runActionInProcess, runMain } from './inproc';

const fake = FakeGitHub.forTestFile();

beforeAll(() => {
  isolateGit();
});

interface SpecJson {
  perspective?: string;
  changes: { rule: string; type: string; locations: { operation: string; direction: string }[] }[];
}

/** A 3.0 document whose `quotes` operation is `send`: what the application sends, as the specification reads it. */
function quotes(required: string[]): string {
  return [
    'asyncapi: 3.0.0',
    'info:',
    '  title: Quotes',
    '  version: 1.0.0',
    'channels:',
    '  quotes:',
    '    address: /quotes',
    '    messages:',
    '      quote:',
    '        payload:',
    '          type: object',
    `          required: [${required.join(', ')}]`,
    '          properties:',
    '            symbol:',
    '              type: string',
    '            venue:',
    '              type: string',
    'operations:',
    '  publishQuotes:',
    '    action: send',
    '    channel:',
    "      $ref: '#/channels/quotes'",
    '',
  ].join('\n');
}

describe('CLI main', () => {
  it('diff: `venue` required in a `send` message is breaking only when read from the client side', async () => {
    const cwd = tempDir('inproc-persp-');
    fs.writeFileSync(path.join(cwd, 'old.yaml'), quotes(['symbol']));
    fs.writeFileSync(path.join(cwd, 'new.yaml'), quotes(['symbol', 'venue']));
    const verdict = async (flags: string[]) => {
      const r = await runMain(cwd, ['diff', 'old.yaml', 'new.yaml', '--format', 'json', ...flags]);
      const spec = (JSON.parse(r.stdout) as { specs: SpecJson[] }).specs[0];
      return [r.code, spec?.perspective, spec?.changes.map((c) => c.type)];
    };
    expect(await verdict([])).toEqual([0, 'application', ['non-breaking']]);
    expect(await verdict(['--perspective', 'client'])).toEqual([1, 'client', ['breaking']]);
  });

  it("changelog: a target's `perspective: client` judges its committed specs from the client side", async () => {
    const cwd = tempDir('inproc-persp-log-');
    sh(cwd, ['init', '--quiet', '--initial-branch=main']);
    commitFiles(cwd, { [SPEC_FILE]: quotes(['symbol']) }, 'v1');
    commitFiles(cwd, { [SPEC_FILE]: quotes(['symbol', 'venue']) }, 'v2');
    const log = async (flags: string[] = []) => {
      const r = await runMain(cwd, ['changelog', 'HEAD~1..HEAD', '--fail-on', 'breaking', ...flags]);
      return { ...r, json: r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as unknown) : null };
    };
    const asWritten = await log(['--format', 'json']);
    expect(asWritten.code, asWritten.stderr).toBe(0);
    expect(asWritten.json).toMatchObject({
      sections: [{ specs: [{ perspective: 'application', changes: [{ type: 'non-breaking' }] }] }],
    });

    fs.mkdirSync(path.join(cwd, '.github'));
    fs.writeFileSync(
      path.join(cwd, '.github/firestone-spec.yml'),
      `specs:\n  - output: ${SPEC_FILE}\n    perspective: client\n`,
    );
    const client = await log(['--format', 'json']);
    expect(client.code, client.stderr).toBe(1);
    expect(client.json).toMatchObject({
      sections: [{ specs: [{ perspective: 'client', changes: [{ type: 'breaking' }] }] }],
    });
    const md = await log();
    expect(md.stdout).toContain("Perspective `client`: operations read from the client's side");
    const text = await log(['--format', 'text']);
    expect(text.stdout).toContain("perspective client: operations read from the client's side");
  });
});

describe('the action', () => {
  /** main with the book resource and its spec, pushed; then a commit that adds an optional property. */
  async function pushedChange() {
    const repo = createRepoWithOrigin([{ [BOOK_FILE]: bookResource() }]);
    const update = await runMain(repo.work, ['update', '--title', 'Books', '--description', 'Book events']);
    expect(update.code, update.stderr).toBe(0);
    sh(repo.work, ['add', '-A']);
    sh(repo.work, ['commit', '--quiet', '-m', 'spec']);
    sh(repo.work, ['push', '--quiet', 'origin', 'main']);
    const before = head(repo.work);
    const resource = bookResource({
      properties: '      title:\n        type: string\n      isbn:\n        type: string',
    });
    const after = commitFiles(repo.work, { [BOOK_FILE]: resource }, 'feat: isbn');
    return { repo, before, after };
  }

  it('input perspective: client is used for the target and stated in the report', async () => {
    const { repo, before, after } = await pushedChange();
    const run = await runActionInProcess({
      cwd: repo.work,
      fake,
      event: 'push',
      payload: pushPayload(before, after),
      ref: 'refs/heads/main',
      sha: after,
      inputs: { mode: 'check', perspective: 'client' },
    });
    const report = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8')) as {
      specs: SpecJson[];
    };
    expect(report.specs[0]?.perspective).toBe('client');
    const subscribe = report.specs[0]?.changes.flatMap((c) => c.locations).find((l) => l.operation === 'subscribe');
    expect(subscribe?.direction).toBe('client-sends');
    expect(run.summary).toContain('Perspective `client`');
  });

  it('a bad perspective input fails the step with one error naming the input', async () => {
    const { repo, before, after } = await pushedChange();
    const run = await runActionInProcess({
      cwd: repo.work,
      fake,
      event: 'push',
      payload: pushPayload(before, after),
      ref: 'refs/heads/main',
      sha: after,
      inputs: { mode: 'check', perspective: 'server' },
    });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual(['::error ::input \'perspective\' must be one of application, client (got "server")']);
    expect(run.outputs).toEqual({});
  });
});
