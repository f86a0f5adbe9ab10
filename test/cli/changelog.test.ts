/**
 * `firestone-spec changelog` through the built CLI, in a real git repository with tags: release
 * notes for every tag pair (newest first), FROM..TO, new and removed spec files, exit codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, createRepoWithOrigin, sh } from '../helpers/git-repo';
import { AUTHOR_RESOURCE, bookResource, cliTestFile, describeRun, runCli } from './helpers';

cliTestFile();

interface Changelog {
  version: number;
  sections: {
    from: string;
    to: string;
    specs: {
      file: string;
      status: string;
      fromVersion: string | null;
      toVersion: string | null;
      compatibility: string;
      changes: { rule: string; type: string; fingerprint: string }[];
      summary: Record<string, number>;
    }[];
  }[];
}

const BOOKS = 'books.yaml';
const AUTHORS = 'authors.yaml';
const target = (output: string, resource: string): string[] => [
  `  - output: ${output}`,
  `    resources: [${resource}]`,
];
const config = (...targets: string[][]): string => ['specs:', ...targets.flat(), ''].join('\n');
const BOOKS_TARGET = target(BOOKS, 'resources/book.yaml');
const AUTHORS_TARGET = target(AUTHORS, 'resources/author.yaml');

/**
 * v1.0.0 books; v1.1.0 an optional property; v2.0.0 a required one (breaking) and a new authors
 * spec; v3.0.0 the books spec removed. Annotated tags, one day apart. The working tree's config
 * names both targets at the end, as a repository that keeps both would.
 */
async function taggedRepo(): Promise<string> {
  const repo = createRepoWithOrigin([]);
  const work = repo.work;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    fs.writeFileSync(path.join(work, file), text);
  };
  const release = async (tag: string, day: number, version: string, configText: string) => {
    write('.github/firestone-spec.yml', configText);
    const r = await runCli(['update', '--spec-version', version], { cwd: work });
    expect(r.code, describeRun(r)).toBe(0);
    sh(work, ['add', '-A']);
    sh(work, ['commit', '--quiet', '-m', tag]);
    sh(work, ['tag', '-a', tag, '-m', tag], { GIT_COMMITTER_DATE: `2026-01-0${day}T12:00:00Z` });
  };
  write('resources/author.yaml', AUTHOR_RESOURCE);
  write('resources/book.yaml', bookResource());
  await release('v1.0.0', 1, '1.0.0', config(BOOKS_TARGET));
  write(
    'resources/book.yaml',
    bookResource({
      props:
        '      title:\n        type: string\n      author:\n        type: string\n      year:\n        type: integer',
    }),
  );
  await release('v1.1.0', 2, '1.1.0', config(BOOKS_TARGET));
  write(
    'resources/book.yaml',
    bookResource({
      required: ['title', 'isbn'],
      props: '      title:\n        type: string\n      isbn:\n        type: string',
    }),
  );
  await release('v2.0.0', 3, '2.0.0', config(BOOKS_TARGET, AUTHORS_TARGET));
  commitFiles(work, { [BOOKS]: null, 'resources/book.yaml': null }, 'books retired');
  await release('v3.0.0', 4, '2.0.0', config(AUTHORS_TARGET));
  write('.github/firestone-spec.yml', config(BOOKS_TARGET, AUTHORS_TARGET));
  return work;
}

describe('changelog', () => {
  it('--tags: one section per consecutive tag pair, newest first, new and removed specs included', async () => {
    const work = await taggedRepo();
    const r = await runCli(['changelog', '--tags', 'v*', '--format', 'json'], { cwd: work });
    expect(r.code, describeRun(r)).toBe(0);
    const log = JSON.parse(r.stdout) as Changelog;
    expect(log.sections.map((s) => `${s.from}..${s.to}`)).toEqual([
      'v2.0.0..v3.0.0',
      'v1.1.0..v2.0.0',
      'v1.0.0..v1.1.0',
    ]);
    const [removed, major, minor] = log.sections;

    expect(minor?.specs.map((s) => [s.file, s.status, s.fromVersion, s.toVersion])).toEqual([
      [BOOKS, 'changed', '1.0.0', '1.1.0'],
    ]);
    expect(minor?.specs[0]?.changes.every((c) => c.type === 'non-breaking')).toBe(true);

    const books = major?.specs.find((s) => s.file === BOOKS);
    expect(books?.summary.breaking).toBeGreaterThanOrEqual(1);
    expect(books?.changes.every((c) => /^[0-9a-f]{8,}$/.test(c.fingerprint))).toBe(true);
    const authors = major?.specs.find((s) => s.file === AUTHORS);
    expect([authors?.status, authors?.fromVersion, authors?.toVersion]).toEqual(['added', null, '2.0.0']);
    expect(authors?.changes.length).toBeGreaterThan(0);
    expect(authors?.changes.every((c) => c.type === 'non-breaking')).toBe(true);

    const gone = removed?.specs.find((s) => s.file === BOOKS);
    expect([gone?.status, gone?.fromVersion, gone?.toVersion]).toEqual(['removed', '2.0.0', null]);
    expect(gone?.summary.breaking).toBeGreaterThan(0);
    expect(removed?.specs.find((s) => s.file === AUTHORS)?.status).toBe('unchanged');

    // Markdown: headed by the tags and versions, newest first; the default never fails.
    const md = await runCli(['changelog', '--tags', 'v*'], { cwd: work });
    expect(md.code, describeRun(md)).toBe(0);
    const headings = md.stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## `v2.0.0` → `v3.0.0`', '## `v1.1.0` → `v2.0.0`', '## `v1.0.0` → `v1.1.0`']);
    expect(md.stdout).toContain('### `books.yaml` 1.0.0 → 1.1.0');
    expect(md.stdout).toContain('No breaking changes; ');
    expect(md.stdout).toContain('(new API: everything is an addition)');

    // --fail-on decides the exit code.
    const strict = await runCli(['changelog', '--tags', 'v*', '--fail-on', 'breaking', '--format', 'text'], {
      cwd: work,
    });
    expect(strict.code, describeRun(strict)).toBe(1);
    expect(strict.stdout.split('\n')[0]).toBe('v2.0.0..v3.0.0');
  });

  it('FROM..TO compares two revisions as given; --only picks targets', async () => {
    const work = await taggedRepo();
    const r = await runCli(['changelog', 'v1.0.0..v1.1.0', '--only', BOOKS, '--format', 'json'], { cwd: work });
    expect(r.code, describeRun(r)).toBe(0);
    const log = JSON.parse(r.stdout) as Changelog;
    expect(log.sections).toHaveLength(1);
    expect(log.sections[0]).toMatchObject({ from: 'v1.0.0', to: 'v1.1.0' });
    expect(log.sections[0]?.specs.map((s) => s.file)).toEqual([BOOKS]);
    expect(log.sections[0]?.specs[0]?.compatibility).toBe('backward');

    const full = await runCli(['changelog', 'v1.0.0..v1.1.0', '--compatibility', 'full', '--format', 'json'], {
      cwd: work,
    });
    expect((JSON.parse(full.stdout) as Changelog).sections[0]?.specs[0]?.compatibility).toBe('full');
  });

  it('mistakes are exit 2 with one clear message', async () => {
    const work = await taggedRepo();
    const cases: [string[], RegExp][] = [
      [['changelog'], /FROM\.\.TO or --tags/],
      [['changelog', 'v1.0.0'], /range FROM\.\.TO/],
      [['changelog', 'v1.0.0..nope'], /nope/],
      [['changelog', '--tags', 'release-*'], /at least two matching tags \(found 0\)/],
      [['changelog', '--tags', '--all'], /not a tag pattern|--tags/],
      [['changelog', 'v1.0.0..v1.1.0', '--format', 'sarif'], /--format must be one of markdown, text, json/],
    ];
    for (const [args, expected] of cases) {
      const r = await runCli(args, { cwd: work });
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
