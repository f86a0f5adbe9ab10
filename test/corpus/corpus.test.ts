/**
 * An AsyncAPI corpus as a test suite (docs/classification.md): every document against itself
 * and against each of its equivalent re-writings gives no change (a re-writing in the other major
 * version reports only `asyncapi.version.changed`); every pair compares without a crash and with
 * no unclassified change; every pair judged in corpus/verdicts/asyncapi.json gets its verdict; a
 * 2.x document converted to 3.0 by the official converter is no change but the version, and a 2.x
 * pair with one side converted keeps its verdicts; and setting unchanged channels aside before
 * comparing (what users run) gives what the full comparison gives. One test per document, equivalent and pair, generated from the folder listing.
 * `npm test` runs it over the team's own miniature corpus (test/fixtures/asyncapi-corpus); .ci/run
 * over the real-world corpora with `npm run corpus -- <dir>` (which sets FIRESTONE_CORPUS_DIR).
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from '@asyncapi/converter';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compareSpecs, compareSpecsInFull } from '../../src/compare/index';
import type { Change } from '../../src/types';
import { equivalentCaveats, listCorpus, OWN_CORPUS_DIR, readCorpusFile, type Json } from './corpus';
import { crossVersionGaps, judge, unfaithfulConversions, verdictsFor } from './verdicts';

const dir = path.resolve(process.env.FIRESTONE_CORPUS_DIR ?? OWN_CORPUS_DIR);
const corpus = listCorpus(dir);
const caveats = equivalentCaveats(dir);
const verdicts = verdictsFor(dir);
/** `npm run corpus` asks for one JSON line per failing case, to group failures by cause. */
const reportFile = process.env.FIRESTONE_CORPUS_REPORT;

const unfaithful = unfaithfulConversions(dir);
const gaps = crossVersionGaps(dir);

type Kind = 'self' | 'equivalent' | 'pair' | 'verdict' | 'converted';

beforeAll(() => {
  // The converter warns about 2.x parameter schemas it drops; that is expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** The official conversion to AsyncAPI 3.0.0 (on a copy: the converter may touch its input). */
function to30(doc: Json): Json {
  return convert(structuredClone(doc) as Parameters<typeof convert>[0], '3.0.0') as unknown as Json;
}

const is2x = (file: string) => String(readCorpusFile(dir, file).asyncapi).startsWith('2.');
/** What a comparison says, as a sorted multiset of (type, rule), without the version's own change. */
const verdictsOf = (changes: Change[]) =>
  changes
    .filter((c) => c.path !== '/asyncapi')
    .map((c) => `${c.type} ${c.rule}`)
    .sort();

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

/** Compares two corpus files: the changes, or the crash (recorded); both ways of comparing must agree. */
function compare(kind: Kind, id: string, oldFile: string, newFile: string): Change[] {
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
  if (JSON.stringify(quick) !== JSON.stringify(changes)) {
    record(kind, id, direction, null, new Error('setting unchanged channels aside changed the result'));
    throw new Error(`${direction}: setting unchanged channels aside changed the result`);
  }
  return changes;
}

/** Compares two corpus files; the offending changes as readable lines (recorded for the summary). */
function run(kind: Kind, id: string, oldFile: string, newFile: string, keep: (c: Change) => boolean): string[] {
  const bad = compare(kind, id, oldFile, newFile).filter(keep);
  if (bad.length > 0) record(kind, id, `${oldFile} -> ${newFile}`, bad);
  return bad.map(line);
}

const any = () => true;
const unclassified = (c: Change) => c.type === 'unclassified';
/** Between an equivalent in the other major version, the version number is the one change. */
const notTheVersion = (c: Change) => c.rule !== 'asyncapi.version.changed';

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
      // A re-writing with known caveats may change the API: no crash and nothing unclassified.
      const keep = caveats.has(equivalent) ? unclassified : notTheVersion;
      expect({
        forward: run('equivalent', id, original, equivalent, keep),
        backward: run('equivalent', id, equivalent, original, keep),
      }).toEqual({ forward: [], backward: [] });
    });
  });

  describe('a pair, both ways: no crash, no unclassified change', () => {
    it.each(corpus.pairs.map((p) => [p.id, p] as const))('%s', (_, p) => {
      expect({
        forward: run('pair', p.id, p.old, p.new, unclassified),
        backward: run('pair', p.id, p.new, p.old, unclassified),
      }).toEqual({ forward: [], backward: [] });
    });
  });

  describe('a judged pair: the verdict it was judged to have', () => {
    const pairs = new Map(corpus.pairs.map((p) => [p.id, p]));
    it('every judged pair is in the corpus', () => {
      expect([...verdicts.keys()].filter((id) => !pairs.has(id))).toEqual([]);
    });

    it.each([...verdicts].map(([id, v]) => [`${id}: ${v.why}`, id, v] as const))('%s', (_, id, v) => {
      const pair = pairs.get(id);
      if (!pair) throw new Error(`${id} is not a pair of ${dir}`);
      const changes = compare('verdict', id, pair.old, pair.new);
      const wrong = judge(changes, v);
      const failed = Object.values(wrong).some((l) => l.length > 0);
      if (failed) record('verdict', id, `${pair.old} -> ${pair.new}`, changes);
      expect(wrong, `all changes:\n${changes.map(line).join('\n')}`).toEqual({
        missing: [],
        unclassified: [],
        unexpectedBreaking: [],
      });
    });
  });

  describe('a 2.x document converted to 3.0 by the official converter, both ways: only the version changes', () => {
    it.each(corpus.documents.filter((d) => is2x(d.file) && !unfaithful.has(d.file)).map((d) => [d.file] as const))(
      '%s',
      (file) => {
        const doc = readCorpusFile(dir, file);
        const converted = to30(doc);
        const offending = (changes: Change[]) => changes.filter(notTheVersion).map(line);
        if (gaps.has(file)) {
          // A known gap (corpus/verdicts/asyncapi.json crossVersionGaps): it must still be one.
          const found = offending(compareSpecs(doc, converted)).length + offending(compareSpecs(converted, doc)).length;
          expect(found, `${file} is no longer a gap: strike it off crossVersionGaps`).toBeGreaterThan(0);
          return;
        }
        let forward: string[];
        let backward: string[];
        try {
          forward = offending(compareSpecs(doc, converted));
          backward = offending(compareSpecs(converted, doc));
        } catch (error) {
          record('converted', file, `${file} -> 3.0`, null, error);
          throw error;
        }
        if (forward.length + backward.length > 0) record('converted', file, `${file} <-> 3.0`, []);
        expect({ forward, backward }).toEqual({ forward: [], backward: [] });
      },
    );
  });

  describe('a 2.x pair with one side converted to 3.0 keeps its verdicts', () => {
    // A pair the converter changes on both sides (unfaithfulConversions) has no side to convert.
    const convertible = corpus.pairs.filter((p) => is2x(p.new) && !(unfaithful.has(p.old) && unfaithful.has(p.new)));
    it.each(convertible.map((p) => [p.id, p] as const))('%s', (_, p) => {
      const oldDoc = readCorpusFile(dir, p.old);
      const newDoc = readCorpusFile(dir, p.new);
      const within = verdictsOf(compareSpecs(oldDoc, newDoc));
      const received: Record<string, string[]> = {};
      const expected: Record<string, string[]> = {};
      if (!unfaithful.has(p.new)) {
        received['old 2.x, new 3.0'] = verdictsOf(compareSpecs(oldDoc, to30(newDoc)));
        expected['old 2.x, new 3.0'] = within;
      }
      if (!unfaithful.has(p.old)) {
        received['old 3.0, new 2.x'] = verdictsOf(compareSpecs(to30(oldDoc), newDoc));
        expected['old 3.0, new 2.x'] = within;
      }
      expect(Object.keys(received)).not.toHaveLength(0);
      if (gaps.has(p.id)) {
        // A known gap (corpus/verdicts/asyncapi.json crossVersionGaps): it must still be one.
        expect(received, `${p.id} is no longer a gap: strike it off crossVersionGaps`).not.toEqual(expected);
        return;
      }
      if (JSON.stringify(received) !== JSON.stringify(expected)) record('converted', p.id, `${p.id} one side 3.0`, []);
      expect(received).toEqual(expected);
    });
  });
});
