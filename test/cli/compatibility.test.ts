/**
 * Compatibility modes through the built CLI (docs/rules.md, "Compatibility modes"): the mode picks
 * the column of the rule table; `none` never fails on breaking changes, and drift still does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTestFile, describeRun, repoWithSpec, runCli, workspace, writeFiles } from './helpers';

cliTestFile();

interface Report {
  specs: { compatibility: string; changes: { rule: string; type: string }[] }[];
}

/** A 2.x document: clients receive `/news` messages whose payload requires `required`. */
function news(required: string[]): string {
  return JSON.stringify({
    asyncapi: '2.6.0',
    info: { title: 'News', version: '1.0.0' },
    channels: {
      '/news': {
        subscribe: {
          message: {
            payload: { type: 'object', required, properties: { id: { type: 'string' }, body: { type: 'string' } } },
          },
        },
      },
    },
  });
}

describe('diff --compatibility', () => {
  // `body` becomes required in messages clients receive: harmless to old clients (backward),
  // breaking for new clients meeting the old server, which may leave it out (forward).
  const cases: [string, string, number][] = [
    ['backward', 'non-breaking', 0],
    ['forward', 'breaking', 1],
    ['full', 'breaking', 1],
    ['none', 'non-breaking', 0],
  ];
  it.each(cases)('%s: the mode picks the column', async (mode, type, code) => {
    const ws = workspace('compat-', { 'old.json': news(['id']), 'new.json': news(['id', 'body']) });
    const r = await runCli(['diff', 'old.json', 'new.json', '--format', 'json', '--compatibility', mode], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(code);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.specs[0]?.compatibility).toBe(mode);
    expect(report.specs[0]?.changes.map((c) => c.type)).toEqual([type]);
  });

  it('none lists a breaking change as breaking but never fails on it', async () => {
    // `body` becomes optional in messages clients receive: breaking for existing clients.
    const ws = workspace('compat-', { 'old.json': news(['id', 'body']), 'new.json': news(['id']) });
    const strict = await runCli(['diff', 'old.json', 'new.json'], { cwd: ws });
    expect(strict.code, describeRun(strict)).toBe(1);
    const none = await runCli(['diff', 'old.json', 'new.json', '--compatibility', 'none', '--format', 'markdown'], {
      cwd: ws,
    });
    expect(none.code, describeRun(none)).toBe(0);
    expect(none.stdout).toContain('**❌ Breaking changes (1)**');
    expect(none.stdout).toContain('Compatibility `none`: no upgrade order is promised');
  });

  it('an unknown mode is a usage error', async () => {
    const ws = workspace('compat-', { 'old.json': news([]), 'new.json': news([]) });
    const r = await runCli(['diff', 'old.json', 'new.json', '--compatibility', 'sideways'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--compatibility must be one of backward, forward, full, none/);
  });
});

/** A book resource whose channels take a `limit` query parameter of type `limitType`. */
function book(limitType: string, extraProperty = ''): string {
  return [
    'kind: book',
    'schema:',
    '  type: array',
    '  key:',
    '    name: book_id',
    '  query_params:',
    '    - name: limit',
    '      schema:',
    `        type: ${limitType}`,
    '  items:',
    '    type: object',
    '    properties:',
    '      title:',
    '        type: string',
    ...(extraProperty ? [`      ${extraProperty}:`, '        type: string'] : []),
    'asyncapi:',
    '  channels:',
    '    resources: true',
    '',
  ].join('\n');
}

describe('compatibility of a spec target in the config', () => {
  /** main: limit is an integer; HEAD: a number (widened), spec regenerated. */
  async function widenedLimit(): Promise<string> {
    const repo = repoWithSpec({ 'resources/book.yaml': book('integer') });
    writeFiles(repo.work, { 'resources/book.yaml': book('number') });
    expect((await runCli(['update'], { cwd: repo.work })).code).toBe(0);
    return repo.work;
  }

  it('switching a spec to full fails on a change only new clients would trip over', async () => {
    const work = await widenedLimit();
    // Clients send the query: a wider type breaks no existing client (backward passes).
    const backward = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: work });
    expect(backward.code, describeRun(backward)).toBe(0);
    const widened = (JSON.parse(backward.stdout) as Report).specs[0]?.changes.find((c) => c.rule.startsWith('query.'));
    expect(widened?.type).toBe('non-breaking');

    fs.mkdirSync(path.join(work, '.github'));
    fs.writeFileSync(
      path.join(work, '.github/firestone-spec.yml'),
      'specs:\n  - output: asyncapi.yaml\n    compatibility: full\n',
    );
    const full = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: work });
    expect(full.code, describeRun(full)).toBe(1);
    const report = JSON.parse(full.stdout) as Report;
    expect(report.specs[0]?.compatibility).toBe('full');
    expect(report.specs[0]?.changes.find((c) => c.rule === widened?.rule)?.type).toBe('breaking');
    const md = await runCli(['check', '--base', 'HEAD', '--format', 'markdown'], { cwd: work });
    expect(md.stdout).toContain('Compatibility `full`: either side may upgrade first');

    // The target's own key wins over the flag (the flag sets targets that say nothing).
    const flag = await runCli(['check', '--base', 'HEAD', '--compatibility', 'backward'], { cwd: work });
    expect(flag.code, describeRun(flag)).toBe(1);
  });

  it('none: breaking changes never fail, drift still does', async () => {
    const work = await widenedLimit();
    fs.mkdirSync(path.join(work, '.github'));
    fs.writeFileSync(
      path.join(work, '.github/firestone-spec.yml'),
      'specs:\n  - output: asyncapi.yaml\n    compatibility: none\n',
    );
    // `limit` integer → string: an unrelated type, breaking both ways; the spec is not regenerated.
    fs.writeFileSync(path.join(work, 'resources/book.yaml'), book('string'));
    const drift = await runCli(['check', '--base', 'HEAD'], { cwd: work });
    expect(drift.code, describeRun(drift)).toBe(1);
    expect(drift.stderr).toMatch(/drift/);
    expect(drift.stderr).not.toMatch(/breaking/);
    const r = await runCli(['check', '--base', 'HEAD', '--format', 'json', '--fail-on', 'breaking'], { cwd: work });
    expect(r.code, describeRun(r)).toBe(0);
    expect((JSON.parse(r.stdout) as Report).specs[0]?.changes.some((c) => c.type === 'breaking')).toBe(true);
  });
});
