/**
 * The real-world corpus as a test suite (docs/classification.md): every document against itself
 * and against each of its equivalent re-writings gives no change; every real pair compares
 * without a crash and with no unclassified change; and setting unchanged channels aside before
 * comparing (what users run) gives what the full comparison gives. One test per document, equivalent and pair,
 * generated from the folder listing. Runs over the subset in test/fixtures/realworld, or over
 * any corpus folder with `npm run corpus -- <dir>` (which sets FIRESTONE_CORPUS_DIR).
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSpecs, compareSpecsInFull } from '../../src/compare/index';
import type { Change } from '../../src/types';
import { listCorpus, readCorpusFile, SUBSET_DIR } from './corpus';

const dir = path.resolve(process.env.FIRESTONE_CORPUS_DIR ?? SUBSET_DIR);
const corpus = listCorpus(dir);
/** `npm run corpus` asks for one JSON line per failing case, to group failures by cause. */
const reportFile = process.env.FIRESTONE_CORPUS_REPORT;

type Kind = 'self' | 'equivalent' | 'pair';

function line(c: Change): string {
  const message = c.message.length > 200 ? `${c.message.slice(0, 200)}…` : c.message;
  return `${c.type} ${c.rule} ${c.path}: ${message}`;
}

function record(kind: Kind, id: string, direction: string, changes: Change[] | null, error?: unknown): void {
  if (!reportFile) return;
  const err = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : undefined;
  const entry = {
    kind,
    id,
    direction,
    error: err,
    changes: changes?.map((c) => ({ rule: c.rule, type: c.type, path: c.path, message: c.message.slice(0, 300) })),
  };
  appendFileSync(reportFile, `${JSON.stringify(entry)}\n`);
}

/** Compares two corpus files; the offending changes (as readable lines) or the crash. */
function run(kind: Kind, id: string, oldFile: string, newFile: string, keep: (c: Change) => boolean): string[] {
  const direction = `${oldFile} -> ${newFile}`;
  let changes: Change[];
  let quick: Change[];
  try {
    // The full comparison is the reference; what users run sets unchanged channels aside first.
    changes = compareSpecsInFull(readCorpusFile(dir, oldFile), readCorpusFile(dir, newFile));
    quick = compareSpecs(readCorpusFile(dir, oldFile), readCorpusFile(dir, newFile));
  } catch (error) {
    record(kind, id, direction, null, error);
    throw error;
  }
  if (JSON.stringify(quick) !== JSON.stringify(changes)) return ['setting unchanged channels aside changed the result'];
  const bad = changes.filter(keep);
  if (bad.length > 0) record(kind, id, direction, bad);
  return bad.map(line);
}

const any = () => true;
const unclassified = (c: Change) => c.type === 'unclassified';

describe(`corpus ${path.relative(process.cwd(), dir) || dir}`, () => {
  it('has documents and pairs', () => {
    expect(corpus.documents.length).toBeGreaterThan(0);
    expect(corpus.pairs.length).toBeGreaterThan(0);
  });

  describe('a document against itself: no change', () => {
    it.each(corpus.documents.map((d) => [d.file, d] as const))('%s', (_, d) => {
      expect(run('self', d.id, d.file, d.file, any)).toEqual([]);
    });
  });

  describe('a document against an equivalent re-writing, both ways: no change', () => {
    const cases = corpus.documents.flatMap((d) => d.equivalents.map((e) => [e, d.file] as const));
    it.each(cases)('%s', (equivalent, original) => {
      const id = path.basename(original);
      expect({
        forward: run('equivalent', id, original, equivalent, any),
        backward: run('equivalent', id, equivalent, original, any),
      }).toEqual({ forward: [], backward: [] });
    });
  });

  describe('a real pair, both ways: no crash, no unclassified change', () => {
    it.each(corpus.pairs.map((p) => [p.id, p] as const))('%s', (_, p) => {
      expect({
        forward: run('pair', p.id, p.old, p.new, unclassified),
        backward: run('pair', p.id, p.new, p.old, unclassified),
      }).toEqual({ forward: [], backward: [] });
    });
  });
});
