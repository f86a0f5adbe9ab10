/**
 * Fingerprints, waivers, the run's date and the first line of every report, through the built CLI
 * in real git repositories (docs/waivers.md): accept exactly one breaking change until a day, and
 * see the check fail again the day after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, createRepoWithOrigin } from '../helpers/git-repo';
import { AUTHOR, bookYaml, ISBN, TITLE, YEAR } from '../helpers/book';
import { cliTestFile, describeRun, repoWithSpec, runCli, type CliResult } from './helpers';

cliTestFile();

const RESOURCE = 'resources/book.yaml';
const SPEC = 'asyncapi.yaml';
const CONFIG = '.github/firestone-spec.yml';

interface Change {
  rule: string;
  type: string;
  fingerprint: string;
  message: string;
  path: string;
  source: { file: string; line: number } | null;
  waived?: { reason: string; expires: string | null; owner: string | null };
}
interface Report {
  specs: { file: string; compatibility: string; changes: Change[]; summary: Record<string, number> }[];
  summary: Record<string, number | boolean>;
}

/** The book resource with only the resources channel; `props` are the lines under `properties`. */
const book = (opts: { required?: string[]; props?: string[]; head?: string[] } = {}): string =>
  bookYaml({ required: opts.required, properties: opts.props, head: opts.head, channels: ['resources'] });

/** `isbn` added as required: breaks clients that send books. */
const WITH_ISBN = book({ required: ['title', 'isbn'], props: [...TITLE, ...ISBN, ...AUTHOR] });

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');

async function cli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCli(args, { cwd, env });
}

async function update(cwd: string): Promise<void> {
  const r = await cli(cwd, ['update']);
  expect(r.code, describeRun(r)).toBe(0);
}

/** main: the book API; HEAD: `resource` with its spec regenerated (so no drift). */
async function repoWithChange(resource: string): Promise<string> {
  const repo = repoWithSpec({ [RESOURCE]: book() }, { message: 'book API' });
  fs.writeFileSync(path.join(repo.work, RESOURCE), resource);
  await update(repo.work);
  commitFiles(repo.work, { [RESOURCE]: resource, [SPEC]: read(repo.work, SPEC) }, 'change');
  return repo.work;
}

async function checkJson(cwd: string, extra: string[] = [], env: Record<string, string> = {}) {
  const r = await cli(cwd, ['check', '--base', 'HEAD~1', '--format', 'json', ...extra], env);
  expect([0, 1], describeRun(r)).toContain(r.code);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

const changesOf = (report: Report): Change[] => report.specs.flatMap((s) => s.changes);
const breakingOf = (report: Report): Change[] => changesOf(report).filter((c) => c.type === 'breaking');

function writeConfig(cwd: string, text: string): void {
  fs.mkdirSync(path.join(cwd, '.github'), { recursive: true });
  fs.writeFileSync(path.join(cwd, CONFIG), text);
}

describe('fingerprints', () => {
  it('are short lowercase hex, unique in the report, and survive line moves and unrelated edits', async () => {
    const work = await repoWithChange(WITH_ISBN);
    const first = await checkJson(work);
    const all = changesOf(first.report);
    for (const c of all) expect(c.fingerprint).toMatch(/^[0-9a-f]{8,}$/);
    const [target] = breakingOf(first.report);
    expect(target?.rule).toMatch(/required/);

    // Same run again: same fingerprints.
    const again = await checkJson(work);
    expect(changesOf(again.report).map((c) => c.fingerprint)).toEqual(all.map((c) => c.fingerprint));

    // Comments on top move every line, properties change order, an unrelated property is added.
    const moved = book({
      head: ['# Books', '# (moved down by these comments)', ''],
      required: ['isbn', 'title'],
      props: [...YEAR, ...AUTHOR, ...ISBN, ...TITLE],
    });
    fs.writeFileSync(path.join(work, RESOURCE), moved);
    await update(work);
    const after = await checkJson(work);
    const same = breakingOf(after.report).find((c) => c.rule === target?.rule && c.path === target?.path);
    expect(same?.source?.line).not.toBe(target?.source?.line);
    expect(same?.fingerprint).toBe(target?.fingerprint);
    // The unrelated addition has a fingerprint of its own: unique within the report.
    const now = changesOf(after.report);
    expect(now.length).toBeGreaterThan(all.length);
    expect(new Set(now.map((c) => c.fingerprint)).size).toBe(now.length);
  });
});

describe('waivers', () => {
  it('accept exactly one breaking change until its expiry day; the day after, the check fails again', async () => {
    const work = await repoWithChange(WITH_ISBN);
    const before = await checkJson(work);
    expect(before.code).toBe(1);
    const [target] = breakingOf(before.report);
    expect(target).toBeDefined();

    // The markdown report offers the waiver, ready to paste.
    const md = await cli(work, ['check', '--base', 'HEAD~1', '--format', 'markdown']);
    expect(md.stdout).toContain('<details><summary>Waive this change</summary>');
    const snippet = /```yaml\n([\s\S]*?)\n\s*```/.exec(md.stdout)?.[1];
    expect(snippet).toContain(`fingerprint: "${target?.fingerprint}"`);
    const pasted = (snippet ?? '')
      .split('\n')
      .map((l) => l.replace(/^ {2}/, ''))
      .join('\n')
      .replace('# expires: YYYY-MM-DD', 'expires: 2027-03-01');
    writeConfig(work, `${pasted}\n`);

    const onTheDay = await checkJson(work, ['--today', '2027-03-01']);
    expect(onTheDay.code).toBe(0);
    const waived = changesOf(onTheDay.report).find((c) => c.fingerprint === target?.fingerprint);
    expect(waived?.type).toBe('breaking');
    expect(waived?.waived).toEqual({
      reason: 'TODO: why clients are not affected',
      expires: '2027-03-01',
      owner: null,
    });
    expect(onTheDay.report.summary).toMatchObject({ breaking: 0, waived: 1 });
    expect(onTheDay.report.specs[0]?.summary).toMatchObject({ breaking: 0, waived: 1 });

    // The text and markdown reports open with "No breaking changes" and list the waived change.
    const text = await cli(work, ['check', '--base', 'HEAD~1', '--today', '2027-03-01']);
    expect(text.code, describeRun(text)).toBe(0);
    expect(text.stdout.split('\n')[1]).toMatch(/^ {2}No breaking changes; .*1 waived/);
    expect(text.stdout).toContain('waived breaking until 2027-03-01');
    const mdOk = await cli(work, ['check', '--base', 'HEAD~1', '--format', 'markdown', '--today', '2027-03-01']);
    expect(mdOk.stdout.split('\n')[0]).toMatch(/^### ✅ No breaking changes; .*1 waived/);
    expect(mdOk.stdout).toContain('**🔕 Waived (1)**');
    expect(mdOk.stdout).not.toContain('Waive this change');

    // The day after (FIRESTONE_SPEC_TODAY, as a test or a scheduled job sets it): it fails again.
    const dayAfter = await checkJson(work, [], { FIRESTONE_SPEC_TODAY: '2027-03-02' });
    expect(dayAfter.code).toBe(1);
    expect(dayAfter.report.summary).toMatchObject({ breaking: 1, waived: 0 });
    const expired = changesOf(dayAfter.report).find((c) => c.rule === 'waiver.expired');
    expect(expired?.type).toBe('warning');
    expect(expired?.source).toEqual({ file: CONFIG, line: 2 });
    expect(expired?.message).toContain('2027-03-01');
    // --today wins over the environment.
    const flagWins = await checkJson(work, ['--today', '2027-02-01'], { FIRESTONE_SPEC_TODAY: '2027-03-02' });
    expect(flagWins.code).toBe(0);
  });

  it('a waiver by rule and path accepts that change only; others still fail; an unused one is reported', async () => {
    // Two breaking changes: `isbn` becomes required, `title` is removed.
    const work = await repoWithChange(book({ required: ['isbn'], props: [...ISBN, ...AUTHOR] }));
    const { report } = await checkJson(work);
    const breaking = breakingOf(report);
    expect(breaking.length).toBeGreaterThanOrEqual(2);
    const [one] = breaking;
    writeConfig(
      work,
      [
        'waivers:',
        `  - rule: ${one?.rule}`,
        `    path: "${one?.path}"`,
        '    reason: consumers were migrated',
        '    owner: team-books',
        '  - fingerprint: "0123abcd"',
        '    reason: left over from an old release',
        '',
      ].join('\n'),
    );
    const after = await checkJson(work, ['--today', '2026-01-01']);
    expect(after.code).toBe(1);
    const waived = changesOf(after.report).filter((c) => c.waived !== undefined);
    expect(waived.map((c) => c.fingerprint)).toEqual([one?.fingerprint]);
    expect(waived[0]?.waived).toEqual({ reason: 'consumers were migrated', expires: null, owner: 'team-books' });
    expect(after.report.summary).toMatchObject({ breaking: breaking.length - 1, waived: 1 });
    const unused = changesOf(after.report).find((c) => c.rule === 'waiver.unused');
    expect(unused).toMatchObject({ type: 'non-breaking', source: { file: CONFIG, line: 6 } });
  });

  it('bad waivers and dates are exit 2, naming the config line', async () => {
    const work = await repoWithChange(WITH_ISBN);
    const cases: [string, RegExp][] = [
      [
        'waivers:\n  - fingerprint: "0123abcd"\n    reason: x\n    expires: 2027-02-30\n',
        /firestone-spec\.yml:4:.*YYYY-MM-DD/,
      ],
      ['waivers:\n  - fingerprint: "0123abcd"\n', /firestone-spec\.yml:2:.*reason/],
      ['waivers:\n  - fingerprint: "XYZ"\n    reason: x\n', /firestone-spec\.yml:2:.*hex/],
      [
        'waivers:\n  - reason: x\n    rule: a.b\n',
        /firestone-spec\.yml:2:.*either a fingerprint, or a rule and a path/,
      ],
      ['specs:\n  - output: asyncapi.yaml\n    compatibility: sideways\n', /firestone-spec\.yml:3:/],
    ];
    for (const [config, expected] of cases) {
      writeConfig(work, config);
      const r = await cli(work, ['check', '--base', 'HEAD~1']);
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    fs.rmSync(path.join(work, CONFIG));
    for (const [args, env] of [
      [['--today', '2027-13-01'], {}],
      [[], { FIRESTONE_SPEC_TODAY: 'tomorrow' }],
    ] as [string[], Record<string, string>][]) {
      const r = await cli(work, ['check', ...args], env);
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stderr).toMatch(/YYYY-MM-DD/);
    }
  });
});

describe('first lines', () => {
  it('an unreadable baseline comes first and no claim about breaking changes is made', async () => {
    const repo = createRepoWithOrigin([]);
    fs.mkdirSync(path.join(repo.work, 'resources'));
    fs.writeFileSync(path.join(repo.work, RESOURCE), book());
    commitFiles(repo.work, { [RESOURCE]: book(), [SPEC]: 'asyncapi: [unclosed\n' }, 'broken spec');
    // The broken spec's info can't be read, so `update` must be told what to write.
    const u = await cli(repo.work, ['update', '--title', 'Books', '--description', '', '--spec-version', '1.0.0']);
    expect(u.code, describeRun(u)).toBe(0);
    commitFiles(repo.work, { [SPEC]: read(repo.work, SPEC) }, 'fixed spec');
    for (const format of ['text', 'markdown']) {
      const r = await cli(repo.work, ['check', '--base', 'HEAD~1', '--format', format]);
      const lines = r.stdout.split('\n');
      const first = format === 'text' ? lines[1] : lines[0];
      expect(first).toMatch(/Breaking-change check could not run/);
      expect(r.stdout).not.toMatch(/no breaking changes/i);
    }
  });

  it('a breaking change fixed in the same branch reads "No breaking changes"', async () => {
    const work = await repoWithChange(book({ props: [...TITLE, ...AUTHOR, ...YEAR] }));
    const r = await cli(work, ['check', '--base', 'HEAD~1', '--format', 'markdown']);
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('### ✅ No breaking changes; 1 non-breaking change');
  });
});
