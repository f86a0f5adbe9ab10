/**
 * The perspective switch through the built CLI (docs/classification.md, "Perspective"): documents
 * written from the client's side are read with their operations the other way round, and the
 * report says so; `diff --perspective`, the per-target config key for `check`, and bad values.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookYaml, ISBN, TITLE, AUTHOR } from '../helpers/book';
import { bookResource, cliTestFile, describeRun, repoWithSpec, runCli, workspace, writeFiles } from './helpers';

cliTestFile();

interface Report {
  specs: {
    perspective?: string;
    changes: {
      rule: string;
      type: string;
      message: string;
      locations: { channel: string; direction: string; operation: string }[];
    }[];
  }[];
}

/** A 2.x document written the way many are: `/alerts` messages under `subscribe`, with `required`. */
function alerts(required: string[]): string {
  return [
    'asyncapi: 2.6.0',
    'info:',
    '  title: Alerts',
    "  version: '1.0'",
    'channels:',
    '  /alerts:',
    '    subscribe:',
    '      message:',
    '        payload:',
    '          type: object',
    `          required: [${required.join(', ')}]`,
    '          properties:',
    '            id:',
    '              type: string',
    '            level:',
    '              type: string',
    '',
  ].join('\n');
}

const pair = () => workspace('persp-', { 'old.yaml': alerts(['id']), 'new.yaml': alerts(['id', 'level']) });

describe('diff --perspective', () => {
  // `level` becomes required in what `subscribe` carries. As the specification reads it the
  // application sends more than it promised (harmless); written from the client's side, clients
  // must now send `level`, and those that don't are refused.
  const cases: [string[], string, number, string][] = [
    [[], 'non-breaking', 0, 'application'],
    [['--perspective', 'application'], 'non-breaking', 0, 'application'],
    [['--perspective', 'client'], 'breaking', 1, 'client'],
    [['--perspective', 'Client'], 'breaking', 1, 'client'],
  ];
  it.each(cases)('%j: %s', async (flags, type, code, perspective) => {
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', ...flags], { cwd: pair() });
    expect(r.code, describeRun(r)).toBe(code);
    const spec = (JSON.parse(r.stdout) as Report).specs[0];
    expect(spec?.perspective).toBe(perspective);
    expect(spec?.changes.map((c) => [c.rule, c.type])).toEqual([['payload.property.became-required', type]]);
    expect(spec?.changes[0]?.locations).toEqual([
      {
        channel: '/alerts',
        direction: perspective === 'client' ? 'client-sends' : 'client-receives',
        operation: 'subscribe',
      },
    ]);
  });

  it('text and markdown state the client perspective, and only that one', async () => {
    const ws = pair();
    const text = await runCli(['diff', 'old.yaml', 'new.yaml', '--perspective', 'client'], { cwd: ws });
    expect(text.stdout).toContain("  perspective client: operations read from the client's side");
    expect(text.stdout).toContain(
      "of '/alerts' (clients send) changed from optional to required in messages clients send",
    );
    const md = await runCli(['diff', 'old.yaml', 'new.yaml', '--perspective', 'client', '--format', 'markdown'], {
      cwd: ws,
    });
    expect(md.stdout).toContain("Perspective `client`: operations read from the client's side");
    for (const format of ['text', 'markdown']) {
      const plain = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', format], { cwd: ws });
      expect(plain.stdout).not.toMatch(/perspective/i);
    }
  });

  it('an unknown perspective is exit 2 with one message', async () => {
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--perspective', 'server'], { cwd: pair() });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('--perspective must be one of application, client (got "server")\n');
  });
});

describe('perspective of a spec target in the config', () => {
  const CONFIG = '.github/firestone-spec.yml';
  const book = (properties: string[]) => bookYaml({ properties, channels: ['resources'] });

  /** main: the book spec; the working tree: `isbn` added to the resource and the spec regenerated. */
  async function withIsbn(): Promise<string> {
    const repo = repoWithSpec({ 'resources/book.yaml': book([...TITLE, ...AUTHOR]) });
    writeFiles(repo.work, { 'resources/book.yaml': book([...TITLE, ...AUTHOR, ...ISBN]) });
    expect((await runCli(['update'], { cwd: repo.work })).code).toBe(0);
    return repo.work;
  }

  const subscribeDirection = (report: Report): string | undefined =>
    report.specs[0]?.changes
      .find((c) => c.rule === 'payload.property.added-optional')
      ?.locations.find((l) => l.operation === 'subscribe')?.direction;

  it('check reads the target from the client side, says so, and the target key wins over the flag', async () => {
    const work = await withIsbn();
    const plain = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: work });
    expect(plain.code, describeRun(plain)).toBe(0);
    const asWritten = JSON.parse(plain.stdout) as Report;
    expect(asWritten.specs[0]?.perspective).toBe('application');
    expect(subscribeDirection(asWritten)).toBe('client-receives');

    writeFiles(work, { [CONFIG]: 'specs:\n  - output: asyncapi.yaml\n    perspective: client\n' });
    for (const flags of [[], ['--perspective', 'application']]) {
      const r = await runCli(['check', '--base', 'HEAD', '--format', 'json', ...flags], { cwd: work });
      expect(r.code, describeRun(r)).toBe(0);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.specs[0]?.perspective).toBe('client');
      expect(subscribeDirection(report)).toBe('client-sends');
    }
    const md = await runCli(['check', '--base', 'HEAD', '--format', 'markdown'], { cwd: work });
    expect(md.stdout).toContain('Perspective `client`');

    // Without the key, the flag sets it.
    fs.rmSync(path.join(work, CONFIG));
    const flag = await runCli(['check', '--base', 'HEAD', '--format', 'json', '--perspective', 'client'], {
      cwd: work,
    });
    expect(subscribeDirection(JSON.parse(flag.stdout) as Report)).toBe('client-sends');
  });

  it('a bad perspective in the config is exit 2 naming the file and line, nothing written', async () => {
    const work = await withIsbn();
    writeFiles(work, { [CONFIG]: 'specs:\n  - output: asyncapi.yaml\n    perspective: server\n' });
    const spec = fs.readFileSync(path.join(work, 'asyncapi.yaml'), 'utf8');
    for (const command of [['check'], ['update'], ['changelog', 'HEAD..HEAD']]) {
      const r = await runCli(command, { cwd: work });
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^\.github\/firestone-spec\.yml:3:\d+: specs\[0\]\.perspective must be one of "application", "client"/,
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.readFileSync(path.join(work, 'asyncapi.yaml'), 'utf8')).toBe(spec);
  });
});

/** An OpenAPI document whose response property `level` becomes required (non-breaking for clients). */
function restAlerts(required: string[]): string {
  return [
    'openapi: 3.0.3',
    'info: {title: Alerts, version: 1.0.0}',
    'paths:',
    '  /alerts:',
    '    get:',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema:',
    '                type: object',
    `                required: [${required.join(', ')}]`,
    '                properties:',
    '                  id: {type: string}',
    '                  level: {type: string}',
    '',
  ].join('\n');
}

describe('perspective and OpenAPI (AsyncAPI only: HTTP fixes who sends what)', () => {
  const restPair = () =>
    workspace('persp-oa-', { 'old.yaml': restAlerts(['id']), 'new.yaml': restAlerts(['id', 'level']) });

  it('diff of two OpenAPI documents: no perspective in the report; asking for one is exit 2, nothing written', async () => {
    const ws = restPair();
    const json = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: ws });
    expect(json.code, describeRun(json)).toBe(0);
    const spec = (JSON.parse(json.stdout) as Report).specs[0];
    expect(spec && Object.keys(spec)).not.toContain('perspective');
    expect(spec?.changes.map((c) => [c.rule, c.type])).toEqual([['response.property.became-required', 'non-breaking']]);
    for (const format of ['text', 'markdown']) {
      const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', format], { cwd: ws });
      expect(r.stdout).not.toMatch(/perspective/i);
    }
    for (const value of ['client', 'application']) {
      const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--perspective', value], { cwd: ws });
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        '--perspective applies to AsyncAPI documents only; old.yaml and new.yaml are OpenAPI documents, read one way (clients send requests and receive responses)\n',
      );
    }
  });

  it('a run with both kinds: --perspective client reads the AsyncAPI target that way, the OpenAPI one as HTTP says, and only the AsyncAPI report states it', async () => {
    const both = ['--spec-file', 'asyncapi.yaml', '--spec-file', 'openapi.yaml'];
    const repo = repoWithSpec({ 'resources/book.yaml': bookResource() }, { updateArgs: both });
    writeFiles(repo.work, {
      'resources/book.yaml': bookResource({
        required: ['title', 'isbn'],
        props:
          '      title:\n        type: string\n      isbn:\n        type: string\n      author:\n        type: string',
      }),
    });
    const r = await runCli(['check', '--base', 'HEAD', '--format', 'json', '--perspective', 'client', ...both], {
      cwd: repo.work,
    });
    const report = JSON.parse(r.stdout) as { specs: (Report['specs'][number] & { file: string; kind: string })[] };
    expect(report.specs.map((s) => [s.file, s.kind, s.perspective])).toEqual([
      ['asyncapi.yaml', 'asyncapi', 'client'],
      ['openapi.yaml', 'openapi', undefined],
    ]);
    // The REST verdict is HTTP's: a property that became required breaks clients that send the book.
    expect(report.specs[1]?.changes.filter((c) => c.type === 'breaking').map((c) => c.rule)).toEqual([
      'request.property.became-required',
    ]);
    const text = await runCli(['check', '--base', 'HEAD', '--perspective', 'client', ...both], { cwd: repo.work });
    expect(text.stdout.match(/perspective client:/g)).toHaveLength(1);
    const md = await runCli(['check', '--base', 'HEAD', '--format', 'markdown', '--perspective', 'client', ...both], {
      cwd: repo.work,
    });
    expect(md.stdout.match(/Perspective `client`/g)).toHaveLength(1);
  });

  it('a perspective on an OpenAPI target in the config is exit 2 naming the file and line', async () => {
    const repo = repoWithSpec(
      { 'resources/book.yaml': bookResource() },
      { updateArgs: ['--spec-file', 'openapi.yaml'] },
    );
    writeFiles(repo.work, {
      '.github/firestone-spec.yml': 'specs:\n  - output: openapi.yaml\n    perspective: client\n',
    });
    const r = await runCli(['check'], { cwd: repo.work });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^\.github\/firestone-spec\.yml:3:\d+: 'perspective' is a key of AsyncAPI targets \(an OpenAPI document is read one way: clients send requests\), and its committed file or its name makes 'openapi\.yaml' an OpenAPI target/,
    );
  });
});
