/**
 * Bad input (docs/architecture.md, bad input), through the built CLI: exit code 2, one clear message on
 * stderr naming the file (and line/column where known), no stack trace, and nothing written:
 * `generate --out` leaves no file, `update` leaves the spec file as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ageFile,
  AUTHOR_RESOURCE,
  bookResource,
  type CliResult,
  cliTestFile,
  describeRun,
  runCli,
  snapshotTree,
  tempDir,
  workspace,
} from './helpers';

cliTestFile();

/** A spec that an `update` which went ahead would rewrite (it is stale). */
const STALE_SPEC = 'asyncapi: 2.5.0\ninfo:\n  title: Old\n  version: "0.1"\nchannels: {}\n';

function expectBadInput(r: CliResult, patterns: RegExp[]): void {
  const why = describeRun(r);
  expect(r.code, why).toBe(2);
  expect(r.stderr.trim(), why).not.toBe('');
  expect(r.stderr, why).not.toContain('    at ');
  expect(r.stderr, why).not.toMatch(/internal error/i);
  for (const re of patterns) expect(r.stderr, why).toMatch(re);
}

/** A workspace with one good resource, a stale asyncapi.yaml (aged, so a rewrite would show) and `files`. */
function badWorkspace(name: string, files: Record<string, string>): { ws: string; spec: string; specBytes: Buffer } {
  const ws = workspace(`bad-${name}-`, {
    'resources/good.yaml': bookResource(),
    'asyncapi.yaml': STALE_SPEC,
    ...files,
  });
  const spec = path.join(ws, 'asyncapi.yaml');
  ageFile(spec);
  return { ws, spec, specBytes: fs.readFileSync(spec) };
}

interface ResourceCase {
  name: string;
  files: Record<string, string>;
  /** Extra setup: symbolic links, huge files. */
  setup?: (ws: string) => void;
  patterns: RegExp[];
  /** The resource glob given to generate and update (default `resources/*.yaml`). */
  glob?: string;
}

const RESOURCE_HEAD = ['schema:', '  type: array', '  key:', '    name: id', '  items:'];

// "lol" × 9^9 ≈ 387 million strings once expanded.
const BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'.split('').map((n, i) => {
    const prev = 'abcdefghi'[i] as string;
    return `${n}: &${n} [${Array.from({ length: 9 }, () => `*${prev}`).join(', ')}]`;
  }),
  'kind: bomb',
  ...RESOURCE_HEAD,
  '    type: object',
  '    properties:',
  '      laughs:',
  '        type: array',
  '        default: *i',
  '',
].join('\n');

const resourceCases: ResourceCase[] = [
  {
    name: 'invalid YAML',
    files: { 'resources/bad.yaml': 'kind: broken\nschema:\n  type: array: nested\n' },
    patterns: [/resources\/bad\.yaml:3:\d+: invalid YAML/],
  },
  {
    name: 'schema violations in two files, all listed at once with JSON paths',
    files: {
      'resources/a.yaml': ['kind: bad kind', ...RESOURCE_HEAD, '    type: object', ''].join('\n'),
      'resources/b.yaml': [
        'kind: other',
        'schema:',
        '  type: object',
        '  key:',
        '    name: id',
        '  items:',
        '    type: object',
        '',
      ].join('\n'),
    },
    patterns: [/resources\/a\.yaml:1:\d+: .*\(at \/kind\)/, /resources\/b\.yaml:3:\d+: .*\(at \/schema\/type\)/],
  },
  {
    name: '$ref to an http:// URL',
    files: {
      'resources/bad.yaml': [
        'kind: remote',
        ...RESOURCE_HEAD,
        "    $ref: 'http://example.com/book.yaml#/schema/items'",
        '',
      ].join('\n'),
    },
    patterns: [/resources\/bad\.yaml:7:5: .*http:\/\/example\.com.*URL/],
  },
  {
    name: '$ref to ../../etc/passwd',
    files: { 'resources/bad.yaml': ['kind: passwd', ...RESOURCE_HEAD, "    $ref: '../../etc/passwd'", ''].join('\n') },
    patterns: [/resources\/bad\.yaml:7:5: .*etc\/passwd.*outside the workspace/],
  },
  {
    name: 'a resource file that is a symbolic link out of the workspace',
    files: {},
    setup: (ws) => {
      const outside = tempDir('outside-');
      fs.writeFileSync(path.join(outside, 'ext.yaml'), bookResource({ kind: 'external' }));
      fs.symlinkSync(path.join(outside, 'ext.yaml'), path.join(ws, 'resources', 'ext.yaml'));
    },
    patterns: [/resources\/ext\.yaml: .*symbolic link.*outside the workspace/],
  },
  {
    name: 'a glob into a directory linked out of the workspace',
    files: {},
    setup: (ws) => {
      const outside = tempDir('outside-');
      fs.writeFileSync(path.join(outside, 'ext.yaml'), bookResource({ kind: 'external' }));
      fs.symlinkSync(outside, path.join(ws, 'linked'));
    },
    glob: 'linked/*.yaml',
    patterns: [/linked\/ext\.yaml: .*symbolic link.*outside the workspace/],
  },
  {
    name: 'a $ref through a symbolic link out of the workspace',
    files: {
      'resources/bad.yaml': ['kind: linked', ...RESOURCE_HEAD, "    $ref: '../shared/items.yaml#/items'", ''].join(
        '\n',
      ),
    },
    setup: (ws) => {
      const outside = tempDir('outside-');
      fs.writeFileSync(path.join(outside, 'items.yaml'), 'items:\n  type: object\n');
      fs.mkdirSync(path.join(ws, 'shared'));
      fs.symlinkSync(path.join(outside, 'items.yaml'), path.join(ws, 'shared', 'items.yaml'));
    },
    patterns: [/resources\/bad\.yaml:7:5: .*symbolic link.*outside the workspace/],
  },
  {
    name: 'a billion-laughs alias bomb',
    files: { 'resources/bomb.yaml': BOMB },
    patterns: [/resources\/bomb\.yaml: .*alias/i],
  },
  {
    name: 'a file over 5 MB',
    files: {},
    setup: (ws) => {
      const padding = `# ${'x'.repeat(1022)}\n`.repeat(5 * 1024 + 16);
      fs.writeFileSync(path.join(ws, 'resources', 'huge.yaml'), bookResource({ kind: 'huge' }) + padding);
    },
    patterns: [/resources\/huge\.yaml: .*larger than 5 MB/],
  },
  {
    name: 'two resources with the same kind in one target (both files named)',
    files: { 'resources/copy.yaml': bookResource() },
    patterns: [
      /resources\/(copy|good)\.yaml:1:\d+: kind "book" is already used by the resource at resources\/(good|copy)\.yaml:1:\d+/,
    ],
  },
];

describe('bad resource input: exit 2, file and line, nothing written', () => {
  for (const c of resourceCases) {
    it(c.name, async () => {
      const { ws, spec, specBytes } = badWorkspace(c.name.replace(/\W+/g, '-').slice(0, 20), c.files);
      c.setup?.(ws);
      const before = snapshotTree(ws);

      const gen = await runCli(['generate', '--out', 'out.json', c.glob ?? 'resources/*.yaml'], {
        cwd: ws,
        timeoutMs: 20_000,
      });
      expectBadInput(gen, c.patterns);
      expect(gen.stdout).toBe('');
      expect(fs.existsSync(path.join(ws, 'out.json'))).toBe(false);

      const upd = await runCli(['update', '--resources', c.glob ?? 'resources/*.yaml'], { cwd: ws, timeoutMs: 20_000 });
      expectBadInput(upd, c.patterns);
      expect(fs.readFileSync(spec).equals(specBytes)).toBe(true);
      expect(snapshotTree(ws)).toEqual(before);
    });
  }
});

describe('bad config: exit 2 with the config line, nothing written', () => {
  const CONFIG = '.github/firestone-spec.yml';
  const configCases: { name: string; config: string; patterns: RegExp[] }[] = [
    {
      name: 'unknown keys (each one at its line)',
      config: [
        'specs:',
        '  - output: asyncapi.yaml',
        '    resources: ["resources/*.yaml"]',
        '    titel: Books',
        'colour: blue',
        '',
      ].join('\n'),
      patterns: [/firestone-spec\.yml:4:\d+: unknown key 'titel'/, /firestone-spec\.yml:5:\d+: unknown key 'colour'/],
    },
    {
      name: 'a wrong type',
      config: ['specs:', '  - output: asyncapi.yaml', '    resources: resources/*.yaml', ''].join('\n'),
      patterns: [/firestone-spec\.yml:3:\d+: .*\(at \/specs\/0\/resources\)/],
    },
    {
      name: 'an unknown rule id in rules:',
      config: [
        'specs:',
        '  - output: asyncapi.yaml',
        '    resources: ["resources/*.yaml"]',
        'rules:',
        '  payload.property.removed-optinal: warning',
        '',
      ].join('\n'),
      patterns: [/firestone-spec\.yml:5:\d+: unknown rule id 'payload\.property\.removed-optinal'/],
    },
  ];

  for (const c of configCases) {
    it(c.name, async () => {
      const { ws, spec, specBytes } = badWorkspace('config', { [CONFIG]: c.config });
      const before = snapshotTree(ws);
      // The default config location is picked up by itself; --config names it explicitly.
      const upd = await runCli(['update'], { cwd: ws });
      expectBadInput(upd, c.patterns);
      const check = await runCli(['check', '--config', CONFIG, '--format', 'json'], { cwd: ws });
      expectBadInput(check, c.patterns);
      expect(check.stdout).toBe('');
      expect(fs.readFileSync(spec).equals(specBytes)).toBe(true);
      expect(snapshotTree(ws)).toEqual(before);
    });
  }
});

describe('a --spec-file held to the rules of a config output', () => {
  it('outside the workspace, absolute, or not .yaml/.yml/.json: exit 2 naming it, nothing written anywhere', async () => {
    const parent = tempDir('spec-file-parent-');
    const ws = path.join(parent, 'ws');
    fs.mkdirSync(ws);
    fs.writeFileSync(path.join(ws, 'book.yaml'), bookResource());
    const outside = path.join(parent, 'outside.yaml');
    const cases: [string, RegExp][] = [
      ['../outside.yaml', /\.\.\/outside\.yaml: .*outside the workspace/],
      [outside, /outside\.yaml: .*relative to the workspace/],
      ['spec.txt', /spec\.txt: .*must end in \.yaml, \.yml or \.json/],
    ];
    const before = snapshotTree(parent);
    for (const [file, pattern] of cases) {
      expectBadInput(await runCli(['update', '--spec-file', file], { cwd: ws }), [pattern]);
      expectBadInput(await runCli(['check', '--spec-file', file], { cwd: ws }), [pattern]);
    }
    expect(snapshotTree(parent)).toEqual(before);
  });

  it('a spec output that is one of the resource files: exit 2, the resource untouched', async () => {
    const ws = tempDir('spec-file-resource-');
    fs.writeFileSync(path.join(ws, 'book.yaml'), bookResource());
    fs.writeFileSync(path.join(ws, 'author.yaml'), AUTHOR_RESOURCE);
    const before = snapshotTree(ws);
    for (const command of ['update', 'check']) {
      const r = await runCli([command, '--spec-file', 'author.yaml'], { cwd: ws });
      expectBadInput(r, [/author\.yaml: is a firestone resource file/]);
    }
    expect(snapshotTree(ws)).toEqual(before);
  });
});

describe('usage errors: exit 2 with the usage text', () => {
  it('unknown command, unknown flag, flag of another command, bad --format, --fail-on bogus, no command', async () => {
    const { ws, spec, specBytes } = badWorkspace('usage', {});
    const before = snapshotTree(ws);
    const usage = /Usage:\s+firestone-spec generate/;

    const unknownCommand = await runCli(['frobnicate'], { cwd: ws });
    expectBadInput(unknownCommand, [/unknown command 'frobnicate'/, usage]);

    const unknownFlag = await runCli(['generate', '--bogus', 'x', 'resources/good.yaml'], { cwd: ws });
    expectBadInput(unknownFlag, [/--bogus/, usage]);

    const misplaced = await runCli(['update', '--base', 'HEAD'], { cwd: ws });
    expectBadInput(misplaced, [/update does not take --base/, usage]);

    const format = await runCli(['generate', '--format', 'xml', 'resources/good.yaml'], { cwd: ws });
    expectBadInput(format, [/--format must be one of yaml, json/]);

    const failOnCheck = await runCli(['check', '--fail-on', 'bogus'], { cwd: ws });
    expectBadInput(failOnCheck, [/fail-on.*"bogus"/]);
    expect(failOnCheck.stdout).toBe('');

    fs.writeFileSync(path.join(ws, 'spec.yaml'), STALE_SPEC);
    const failOnDiff = await runCli(['diff', 'spec.yaml', 'spec.yaml', '--fail-on', 'breaking,bogus'], { cwd: ws });
    expectBadInput(failOnDiff, [/fail-on.*"bogus"/]);
    fs.rmSync(path.join(ws, 'spec.yaml'));

    const none = await runCli([], { cwd: ws });
    expect(none.code, describeRun(none)).toBe(2);
    expect(none.stdout + none.stderr).toMatch(usage);

    const generateNothing = await runCli(['generate'], { cwd: ws });
    expectBadInput(generateNothing, [/at least one resource/, usage]);

    const diffOne = await runCli(['diff', 'asyncapi.yaml'], { cwd: ws });
    expectBadInput(diffOne, [/exactly two files/, usage]);

    expect(fs.readFileSync(spec).equals(specBytes)).toBe(true);
    expect(snapshotTree(ws)).toEqual(before);
  });
});
