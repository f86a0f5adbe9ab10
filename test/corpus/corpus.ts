/**
 * A real-world AsyncAPI corpus folder, listed the same way for the in-process tests and for
 * `npm run corpus -- <dir>`: `docs/dNNN-*` documents, `equiv/dNNN-*.<kind>.*` equivalent
 * re-writings of the document with the same id, `pNNN/old.*` + `pNNN/new.*` change pairs.
 * Files are read the way the CLI's `diff` reads them (`parseSpecText`), so the tests take the
 * user's path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSpecText } from '../../src/generate/serialize';

export type Json = Record<string, unknown>;

export interface CorpusDocument {
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  equivalents: string[];
}

export interface CorpusPair {
  id: string;
  old: string;
  new: string;
}

export interface Corpus {
  dir: string;
  documents: CorpusDocument[];
  pairs: CorpusPair[];
}

export const SUBSET_DIR = path.resolve(__dirname, '../fixtures/realworld');

const SPEC_FILE = /\.(ya?ml|json)$/;
const DOC_ID = /^(d\d+)-/;
const PAIR_DIR = /^p\d+$/;

function specFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => SPEC_FILE.test(f))
        .sort()
    : [];
}

/** The documents and pairs of a corpus folder, from its listing (no manifest needed). */
export function listCorpus(dir: string): Corpus {
  const equivalents = new Map<string, string[]>();
  for (const f of specFiles(path.join(dir, 'equiv'))) {
    const id = DOC_ID.exec(f)?.[1];
    if (id) equivalents.set(id, [...(equivalents.get(id) ?? []), `equiv/${f}`]);
  }
  const documents = specFiles(path.join(dir, 'docs')).flatMap((f) => {
    const id = DOC_ID.exec(f)?.[1];
    return id ? [{ id, file: `docs/${f}`, equivalents: equivalents.get(id) ?? [] }] : [];
  });
  const pairs = readdirSync(dir)
    .filter((d) => PAIR_DIR.test(d))
    .sort()
    .flatMap((id) => {
      const files = specFiles(path.join(dir, id));
      const oldFile = files.find((f) => f.startsWith('old.'));
      const newFile = files.find((f) => f.startsWith('new.'));
      return oldFile && newFile ? [{ id, old: `${id}/${oldFile}`, new: `${id}/${newFile}` }] : [];
    });
  return { dir, documents, pairs };
}

/** A corpus file parsed as `firestone-spec diff` parses it (fresh data on every call). */
export function readCorpusFile(dir: string, file: string): Json {
  return parseSpecText(readFileSync(path.join(dir, file), 'utf8'), file);
}

/** What a pair's `source.json` says about it (commit subject, changed areas). */
export function pairSource(dir: string, id: string): Json {
  return JSON.parse(readFileSync(path.join(dir, id, 'source.json'), 'utf8')) as Json;
}
