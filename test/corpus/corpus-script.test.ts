/**
 * `npm run corpus -- <dir>` as a user runs it: scripts/corpus.mjs over small corpus folders made
 * here, one clean and one with a re-writing that is not equivalent, plus bad usage.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const root = path.resolve(__dirname, '../..');
const book = readFileSync(path.join(root, 'test/fixtures/generate/book/expected.asyncapi.yaml'), 'utf8');
const bookData = jsyaml.load(book) as Record<string, unknown>;
const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A corpus folder: one document, one equivalent (`equivalent` as JSON), one pair. */
function corpus(equivalent: Record<string, unknown>): string {
  const dir = tempDir('corpus-');
  dirs.push(dir);
  for (const sub of ['docs', 'equiv', 'p001']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'docs/d001-book-2.5.0.yaml'), book);
  writeFileSync(path.join(dir, 'equiv/d001-book-2.5.0.reserialized.json'), JSON.stringify(equivalent));
  writeFileSync(path.join(dir, 'p001/old.yaml'), book);
  writeFileSync(path.join(dir, 'p001/new.yaml'), book.replace('Book store events', 'Book store events, reviewed'));
  return dir;
}

function runCorpus(...args: string[]) {
  // The child is a vitest run of its own: it must not think it is one of this run's workers.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const child = spawnSync(process.execPath, [path.join(root, 'scripts/corpus.mjs'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('npm run corpus', () => {
  it('passes a clean corpus folder and says what ran', () => {
    const { status, stdout } = runCorpus(corpus(bookData));
    expect(stdout).toMatch(/itself\s+1\/1 passed/);
    expect(stdout).toMatch(/equivalents\s+1\/1 passed/);
    expect(stdout).toMatch(/pairs\s+1\/1 passed/);
    // Both YAML readers' differential tests, over the folder's three files.
    expect(stdout).toMatch(/readers\s+2\/2 passed/);
    expect(status).toBe(0);
  });

  it('--firestone: regenerates every case of a folder of sets as its expected output, and fails on a wrong one', () => {
    const dir = tempDir('corpus-fs-');
    dirs.push(dir);
    const book = path.join(root, 'test/fixtures/generate/book');
    mkdirSync(path.join(dir, 'shop/book'), { recursive: true });
    for (const f of ['book.yaml', 'case.json', 'expected.asyncapi.yaml'])
      writeFileSync(path.join(dir, 'shop/book', f), readFileSync(path.join(book, f)));
    // A pre-0.5 file with its migrated copy, and a committed spec with firestone's glued line.
    cpSync(path.join(root, 'test/fixtures/generate/legacy'), path.join(dir, 'legacy'), { recursive: true });
    cpSync(
      path.join(root, 'test/fixtures/generate/library/asyncapi.committed.yaml'),
      path.join(dir, 'asyncapi.committed.yaml'),
    );
    const ok = runCorpus('--firestone', dir);
    expect(ok.stdout).toMatch(/regenerated\s+1\/1 passed/);
    expect(ok.stdout).toMatch(/migrated\s+4\/4 passed/);
    expect(ok.status).toBe(0);

    const expected = path.join(dir, 'shop/book/expected.asyncapi.yaml');
    writeFileSync(expected, readFileSync(expected, 'utf8').replace('title: Books', 'title: Other books'));
    const wrong = runCorpus('--firestone', dir);
    expect(wrong.stdout).toMatch(/regenerated\s+0\/1 passed/);
    expect(wrong.stdout).toContain('shop/book');
    expect(wrong.status).toBe(1);
  });

  it('fails on a re-writing that is not equivalent, naming the cause and the case', () => {
    const changed = { ...bookData, info: { ...(bookData.info as object), title: 'Other books' } };
    const dir = corpus(changed);
    const kept = path.join(dir, 'failures.jsonl');
    const { status, stdout } = runCorpus(dir, `--failures=${kept}`);
    expect(stdout).toMatch(/equivalents\s+0\/1 passed/);
    expect(stdout).toMatch(/equivalent: non-breaking \S+ at \/info\/title/);
    expect(stdout).toContain('equiv/d001-book-2.5.0.reserialized.json');
    expect(status).toBe(1);
    const lines = readFileSync(kept, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as { kind: string; id: string })).toEqual([
      expect.objectContaining({ kind: 'equivalent', id: 'd001-book-2.5.0.yaml' }),
      expect.objectContaining({ kind: 'equivalent', id: 'd001-book-2.5.0.yaml' }),
    ]);
  });

  it('refuses a folder that is not a corpus', () => {
    const dir = tempDir('corpus-empty-');
    dirs.push(dir);
    const { status, stderr } = runCorpus(dir);
    expect(stderr).toContain('not a corpus folder');
    expect(status).toBe(2);
  });
});
