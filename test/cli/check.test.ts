/**
 * `firestone-spec check` through the built CLI, in real git repositories: clean, drift only,
 * breaking only, both, a new API, an unparsable baseline, and a shallow clone that must fetch
 * the base commit on demand. The JSON report is checked against its documented shape.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneShallow, commitFiles, createRepoWithOrigin, hasObject, head, isShallow, sh } from '../helpers/git-repo';
import {
  ageFile,
  bookResource,
  type CliResult,
  cliTestFile,
  describeRun,
  lineOf,
  repoWithSpec,
  runCli,
} from './helpers';

cliTestFile();

const RESOURCE = 'resources/book.yaml';
const SPEC = 'asyncapi.yaml';

interface ChangeJson {
  rule: string;
  type: string;
  message: string;
  path: string;
  locations: { channel: string; operation: string | null }[];
  source: { file: string; line: number } | null;
  before: unknown;
  after: unknown;
  fingerprint?: string;
  waived?: unknown;
}
interface SummaryJson {
  breaking: number;
  warning: number;
  nonBreaking: number;
  unclassified: number;
  waived: number;
}
interface ReportJson {
  version: number;
  context: unknown;
  specs: {
    file: string;
    drift: boolean;
    baseline: { ref: string | null; found: boolean; error?: string };
    changes: ChangeJson[];
    summary: SummaryJson;
  }[];
  summary: SummaryJson & { drift: boolean };
}

/** Parses a JSON report and checks the documented shape (key order included). */
function report(r: CliResult): ReportJson {
  const data = JSON.parse(r.stdout) as ReportJson;
  expect(Object.keys(data)).toEqual(['version', 'context', 'specs', 'summary']);
  expect(data.version).toBe(1);
  expect(data.context).toBeNull();
  const total = { breaking: 0, warning: 0, nonBreaking: 0, unclassified: 0, waived: 0 };
  for (const spec of data.specs) {
    expect(Object.keys(spec)).toEqual([
      'file',
      'kind',
      'drift',
      'baseline',
      'compatibility',
      'perspective',
      'changes',
      'summary',
    ]);
    const counted = { breaking: 0, warning: 0, nonBreaking: 0, unclassified: 0, waived: 0 };
    for (const c of spec.changes) {
      expect(Object.keys(c).filter((k) => k !== 'waived')).toEqual([
        'rule',
        'type',
        'fingerprint',
        'message',
        'path',
        'locations',
        'source',
        'before',
        'after',
      ]);
      expect(['breaking', 'warning', 'non-breaking', 'unclassified']).toContain(c.type);
      if ('waived' in c) counted.waived += 1;
      else counted[c.type === 'non-breaking' ? 'nonBreaking' : (c.type as Exclude<keyof SummaryJson, 'waived'>)] += 1;
    }
    expect(spec.summary).toEqual(counted);
    for (const k of Object.keys(total) as (keyof SummaryJson)[]) total[k] += counted[k];
  }
  expect(data.summary).toEqual({ ...total, drift: data.specs.some((s) => s.drift) });
  expect(r.stdout.endsWith('}\n')).toBe(true);
  return data;
}

const rulesOf = (data: ReportJson): string[] => data.specs.flatMap((s) => s.changes.map((c) => c.rule)).sort();

/** A repository whose first commit holds the book resource and the spec `update` made from it. */
const bookRepo = (resource = bookResource()) => repoWithSpec({ [RESOURCE]: resource }, { message: 'add book API' });

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');

async function update(cwd: string): Promise<void> {
  const r = await runCli(['update'], { cwd });
  expect(r.code, describeRun(r)).toBe(0);
}

/** Remove the required `title` property: breaks clients that receive books. */
const WITHOUT_TITLE = bookResource({ required: [], props: '      author:\n        type: string' });
/** Add an optional property: compatible both ways. */
const WITH_YEAR = bookResource({
  props: '      title:\n        type: string\n      author:\n        type: string\n      year:\n        type: integer',
});
/** Add a required property: breaks clients that send books (publish). */
const WITH_ISBN = bookResource({
  required: ['title', 'isbn'],
  props: '      title:\n        type: string\n      isbn:\n        type: string\n      author:\n        type: string',
});

describe('check in a git repository', () => {
  it('clean: exit 0, no drift, no changes (working tree and --base HEAD)', async () => {
    const { work, first } = bookRepo();
    const spec = path.join(work, SPEC);
    const mtime = ageFile(spec);

    const text = await runCli(['check'], { cwd: work });
    expect(text.code, describeRun(text)).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/no API changes/);

    const json = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: work });
    expect(json.code, describeRun(json)).toBe(0);
    const data = report(json);
    expect(data.specs).toEqual([
      {
        file: SPEC,
        kind: 'asyncapi',
        drift: false,
        baseline: { ref: first, found: true, file: SPEC },
        compatibility: 'backward',
        perspective: 'application',
        changes: [],
        summary: { breaking: 0, warning: 0, nonBreaking: 0, unclassified: 0, waived: 0 },
      },
    ]);
    // check never writes.
    expect(fs.statSync(spec).mtimeMs).toBe(mtime);
    expect(sh(work, ['status', '--porcelain'])).toBe('');
  });

  it('drift only: a compatible resource edit without regenerating fails on drift, not with --fail-on breaking', async () => {
    const { work } = bookRepo();
    fs.writeFileSync(path.join(work, RESOURCE), WITH_YEAR);
    const specBefore = read(work, SPEC);

    const json = await runCli(['check', '--format', 'json'], { cwd: work });
    expect(json.code, describeRun(json)).toBe(1);
    const data = report(json);
    expect(data.summary).toEqual({ breaking: 0, warning: 0, nonBreaking: 1, unclassified: 0, waived: 0, drift: true });
    const [change] = data.specs[0]?.changes ?? [];
    expect(change).toMatchObject({
      rule: 'payload.property.added-optional',
      type: 'non-breaking',
      path: '/components/schemas/book/properties/year',
      source: { file: RESOURCE, line: lineOf(WITH_YEAR, /^ {6}year:/) },
      before: null,
      after: { type: 'integer' },
    });

    const text = await runCli(['check'], { cwd: work });
    expect(text.code, describeRun(text)).toBe(1);
    // The reason is on stderr, the fix is named in the report.
    expect(text.stderr).toMatch(/asyncapi\.yaml.*out of date|drift/);
    expect(text.stdout).toMatch(/firestone-spec update/);

    const breakingOnly = await runCli(['check', '--fail-on', 'breaking'], { cwd: work });
    expect(breakingOnly.code, describeRun(breakingOnly)).toBe(0);
    expect(breakingOnly.stderr).toBe('');
    const nonBreaking = await runCli(['check', '--fail-on', 'non-breaking'], { cwd: work });
    expect(nonBreaking.code, describeRun(nonBreaking)).toBe(1);
    expect(read(work, SPEC)).toBe(specBefore);
  });

  it('breaking only: a required property removed, spec regenerated and committed, vs --base HEAD~1', async () => {
    const { work, first } = bookRepo();
    fs.writeFileSync(path.join(work, RESOURCE), WITHOUT_TITLE);
    await update(work);
    commitFiles(work, { [RESOURCE]: WITHOUT_TITLE, [SPEC]: read(work, SPEC) }, 'drop title');

    const json = await runCli(['check', '--base', 'HEAD~1', '--format', 'json'], { cwd: work });
    expect(json.code, describeRun(json)).toBe(1);
    const data = report(json);
    const spec = data.specs[0];
    expect(spec?.drift).toBe(false);
    expect(spec?.baseline).toEqual({ ref: first, found: true, file: SPEC });
    // One logical change, however many channels use the schema.
    expect(rulesOf(data)).toEqual(['payload.property.removed-required']);
    const change = spec?.changes[0];
    expect(change).toMatchObject({
      type: 'breaking',
      path: '/components/schemas/book/properties/title',
      before: { type: 'string' },
      after: null,
    });
    expect(change?.message).toMatch(/title/);
    expect(change?.source?.file).toBe(RESOURCE);
    expect(change?.locations).toEqual(
      expect.arrayContaining([
        { channel: '/book', direction: 'client-receives', operation: 'subscribe' },
        { channel: '/book/{book_id}', direction: 'client-receives', operation: 'subscribe' },
      ]),
    );

    const driftOnly = await runCli(['check', '--base', 'HEAD~1', '--fail-on', 'drift'], { cwd: work });
    expect(driftOnly.code, describeRun(driftOnly)).toBe(0);
    const never = await runCli(['check', '--base', 'HEAD~1', '--fail-on', 'never'], { cwd: work });
    expect(never.code, describeRun(never)).toBe(0);
    expect(never.stdout).toMatch(/payload\.property\.removed-required/);
  });

  it('a required property added is breaking for publish, and points at its line in the resource', async () => {
    const { work } = bookRepo();
    fs.writeFileSync(path.join(work, RESOURCE), WITH_ISBN);
    await update(work);
    commitFiles(work, { [RESOURCE]: WITH_ISBN, [SPEC]: read(work, SPEC) }, 'require isbn');

    const json = await runCli(['check', '--base', 'HEAD~1', '--format', 'json'], { cwd: work });
    expect(json.code, describeRun(json)).toBe(1);
    const data = report(json);
    expect(rulesOf(data)).toEqual(['payload.property.required-added']);
    const change = data.specs[0]?.changes[0];
    expect(change).toMatchObject({
      type: 'breaking',
      path: '/components/schemas/book/properties/isbn',
      source: { file: RESOURCE, line: lineOf(WITH_ISBN, /^ {6}isbn:/) },
      before: null,
      after: { type: 'string' },
    });
    expect(change?.message).toMatch(/isbn/);
    expect(change?.locations).toEqual(
      expect.arrayContaining([
        { channel: '/book', direction: 'client-sends', operation: 'publish' },
        { channel: '/book/{book_id}', direction: 'client-sends', operation: 'publish' },
      ]),
    );

    // The text report starts the change's line with file:line, as editors link it.
    const text = await runCli(['check', '--base', 'HEAD~1'], { cwd: work });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${RESOURCE}:${lineOf(WITH_ISBN, /^ {6}isbn:/)}: `);
    expect(text.stderr).toMatch(/1 breaking change/);
  });

  it('both: breaking change committed without regenerating the spec (drift and breaking)', async () => {
    const { work } = bookRepo();
    commitFiles(work, { [RESOURCE]: WITHOUT_TITLE }, 'drop title, forget the spec');

    const json = await runCli(['check', '--base', 'HEAD~1', '--format', 'json'], { cwd: work });
    expect(json.code, describeRun(json)).toBe(1);
    const data = report(json);
    expect(data.summary.drift).toBe(true);
    expect(data.summary.breaking).toBe(1);
    expect(rulesOf(data)).toEqual(['payload.property.removed-required']);

    const text = await runCli(['check', '--base', 'HEAD~1'], { cwd: work });
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/breaking/);
    expect(text.stderr).toMatch(/drift|out of date/);
    for (const failOn of ['drift', 'breaking']) {
      const one = await runCli(['check', '--base', 'HEAD~1', '--fail-on', failOn], { cwd: work });
      expect(one.code, `--fail-on ${failOn}: ${describeRun(one)}`).toBe(1);
    }
  });

  it('baseline missing at --base: a new API, every change an addition, exit 0', async () => {
    const repo = createRepoWithOrigin([{ 'README.md': 'nothing yet\n' }]);
    const base = head(repo.work);
    fs.mkdirSync(path.join(repo.work, 'resources'));
    fs.writeFileSync(path.join(repo.work, RESOURCE), bookResource());
    await update(repo.work);
    commitFiles(repo.work, { [RESOURCE]: bookResource(), [SPEC]: read(repo.work, SPEC) }, 'new API');

    const json = await runCli(['check', '--base', base, '--format', 'json'], { cwd: repo.work });
    expect(json.code, describeRun(json)).toBe(0);
    const data = report(json);
    const spec = data.specs[0];
    expect(spec?.baseline).toEqual({ ref: base, found: false, file: SPEC });
    expect(spec?.drift).toBe(false);
    expect(spec?.changes.length).toBeGreaterThan(0);
    expect(spec?.changes.every((c) => c.type === 'non-breaking')).toBe(true);
    expect(rulesOf(data)).toEqual(expect.arrayContaining(['channel.added', 'server.added']));
    expect(spec?.changes.every((c) => c.before === null)).toBe(true);

    const md = await runCli(['check', '--base', base, '--format', 'markdown'], { cwd: repo.work });
    expect(md.code, describeRun(md)).toBe(0);
    expect(md.stdout).toMatch(/New API/);
  });

  it('baseline unparsable at --base: reported in baseline.error, breaking check skipped, no crash', async () => {
    const repo = createRepoWithOrigin([
      { [RESOURCE]: bookResource(), [SPEC]: 'asyncapi: 2.5.0\nchannels: [unclosed\n' },
    ]);
    const base = head(repo.work);
    // The unreadable spec's info is lost: update must be told what to write instead.
    const fixed = await runCli(['update', '--title', 'Books', '--description', '', '--spec-version', '1.0.0'], {
      cwd: repo.work,
    });
    expect(fixed.code, describeRun(fixed)).toBe(0);
    commitFiles(repo.work, { [SPEC]: read(repo.work, SPEC) }, 'fix the spec');

    const json = await runCli(['check', '--base', 'HEAD~1', '--format', 'json'], { cwd: repo.work });
    expect(json.code, describeRun(json)).toBe(0);
    expect(json.stderr).not.toContain('    at ');
    const data = report(json);
    const spec = data.specs[0];
    expect(spec?.baseline.ref).toBe(base);
    expect(spec?.baseline.found).toBe(true);
    expect(spec?.baseline.error).toMatch(/does not parse/);
    expect(spec?.changes).toEqual([]);
    expect(spec?.drift).toBe(false);

    const md = await runCli(['check', '--base', 'HEAD~1', '--format', 'markdown'], { cwd: repo.work });
    expect(md.code, describeRun(md)).toBe(0);
    expect(md.stdout).toMatch(/breaking-change check (was )?skipped/);
  });

  it('baseline of an AsyncAPI version the tool does not read: an unreadable baseline, check skipped, no crash', async () => {
    const repo = createRepoWithOrigin([
      { [RESOURCE]: bookResource(), [SPEC]: 'asyncapi: 1.2.0\ninfo: {title: t, version: "1"}\n' },
    ]);
    const base = head(repo.work);
    await update(repo.work);
    commitFiles(repo.work, { [SPEC]: read(repo.work, SPEC) }, 'regenerate the spec');

    const json = await runCli(['check', '--base', 'HEAD~1', '--format', 'json'], { cwd: repo.work });
    expect(json.code, describeRun(json)).toBe(0);
    expect(json.stderr).not.toContain('    at ');
    const spec = report(json).specs[0];
    expect(spec?.baseline.ref).toBe(base);
    expect(spec?.baseline.error).toMatch(/AsyncAPI version "1\.2\.0" is not supported/);
    expect(spec?.changes).toEqual([]);
  });

  it('an unknown --base revision is a usage error (exit 2), not a quietly skipped check', async () => {
    const { work } = bookRepo();
    const r = await runCli(['check', '--base', 'no-such-branch', '--format', 'json'], { cwd: work });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/base revision: .*no-such-branch/);
    expect(r.stderr).not.toContain('    at ');
  });

  it('shallow clone: the --base commit is fetched from origin on demand', async () => {
    const { work, originUrl, first } = bookRepo();
    commitFiles(work, { 'README.md': 'docs\n' }, 'unrelated');
    fs.writeFileSync(path.join(work, RESOURCE), WITHOUT_TITLE);
    await update(work);
    commitFiles(work, { [RESOURCE]: WITHOUT_TITLE, [SPEC]: read(work, SPEC) }, 'drop title');
    sh(work, ['push', '--quiet', 'origin', 'main']);

    const clone = cloneShallow(originUrl);
    expect(isShallow(clone)).toBe(true);
    expect(hasObject(clone, first)).toBe(false);

    const json = await runCli(['check', '--base', first, '--format', 'json'], { cwd: clone });
    expect(json.code, describeRun(json)).toBe(1);
    const data = report(json);
    expect(data.specs[0]?.baseline).toEqual({ ref: first, found: true, file: SPEC });
    expect(data.specs[0]?.drift).toBe(false);
    expect(rulesOf(data)).toEqual(['payload.property.removed-required']);
    expect(hasObject(clone, first)).toBe(true);
    // Fetched with --depth=1: the clone is still shallow, its history not unshallowed.
    expect(isShallow(clone)).toBe(true);
  });

  it('markdown: the verdict, the label hint, and hostile repository text escaped', async () => {
    const hostile = '<img src=x onerror=alert(1)> @someone';
    const before = bookResource({
      props: '      title:\n        type: string\n      status:\n        type: string\n        enum: [draft]',
    });
    const { work } = bookRepo(before);
    const after = bookResource({
      required: [],
      props: [
        '      status:',
        '        type: string',
        `        description: '${hostile}'`,
        `        enum: [draft, '${hostile}']`,
      ].join('\n'),
    });
    fs.writeFileSync(path.join(work, RESOURCE), after);
    await update(work);
    commitFiles(work, { [RESOURCE]: after, [SPEC]: read(work, SPEC) }, 'hostile');

    const json = report(await runCli(['check', '--base', 'HEAD~1', '--format', 'json'], { cwd: work }));
    // The hostile text really is in the report data, so escaping it is what is being tested.
    expect(JSON.stringify(json.specs[0]?.changes.map((c) => c.message))).toContain(hostile);

    const md = await runCli(['check', '--base', 'HEAD~1', '--format', 'markdown'], { cwd: work });
    expect(md.code, describeRun(md)).toBe(1);
    expect(md.stdout.split('\n')[0]).toMatch(/^### ❌ 1 breaking change/);
    expect(md.stdout).toMatch(/payload\.property\.removed-required/);
    expect(md.stdout).toMatch(/breaking-change-approved/);
    expect(md.stdout).toContain(`${RESOURCE}:`);
    expect(md.stdout).not.toMatch(/<img/i);
    expect(md.stdout).toContain('&lt;img');
    expect(md.stdout).not.toMatch(/@someone/);
    expect(md.stdout).toContain('@\u200Bsomeone');
  });
});
