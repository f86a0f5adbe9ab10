/**
 * An AsyncAPI corpus folder, listed the same way for `npm test` (the team's own miniature corpus,
 * test/fixtures/asyncapi-corpus) and for `npm run corpus -- <dir>` (a real-world corpus, run by
 * .ci/run): `docs/dNNN-*.<ext>` or `docs/dNNN.<ext>` documents, `equiv/dNNN[-*].<kind>.<ext>`
 * equivalent re-writings of the document with the same id, `pNNN/` or `pairs/pNNN/` folders of
 * `old.*` + `new.*` change pairs. Files are read the way the CLI's `diff` reads them
 * (`parseSpecText`), so the tests take the user's path.
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

/** The team's own miniature corpus, what `npm test` runs. */
export const OWN_CORPUS_DIR = path.resolve(__dirname, '../fixtures/asyncapi-corpus');

const SPEC_FILE = /\.(ya?ml|json)$/;
const DOC_ID = /^(d\d+)[-.]/;
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
  const pairsDir = existsSync(path.join(dir, 'pairs')) ? 'pairs' : '.';
  const pairs = readdirSync(path.join(dir, pairsDir))
    .filter((d) => PAIR_DIR.test(d))
    .sort()
    .flatMap((id) => {
      const rel = path.posix.join(pairsDir, id);
      const files = specFiles(path.join(dir, rel));
      const oldFile = files.find((f) => f.startsWith('old.'));
      const newFile = files.find((f) => f.startsWith('new.'));
      return oldFile && newFile ? [{ id, old: `${rel}/${oldFile}`, new: `${rel}/${newFile}` }] : [];
    });
  return { dir, documents, pairs };
}

/** A corpus file parsed as `firestone-spec diff` parses it (fresh data on every call). */
export function readCorpusFile(dir: string, file: string): Json {
  return parseSpecText(readFileSync(path.join(dir, file), 'utf8'), file);
}

/**
 * Equivalents that are known not to be quite equivalent, by file: a corpus's `equiv/EQUIV.json`
 * may list `caveats` for a re-writing (a converter that rewrote example values, say). For those
 * a reported change is right; they are held only to no crash and nothing unclassified.
 */
export function equivalentCaveats(dir: string): Map<string, string[]> {
  const file = path.join(dir, 'equiv', 'EQUIV.json');
  if (!existsSync(file)) return new Map();
  const listed = JSON.parse(readFileSync(file, 'utf8')) as {
    documents?: Record<string, Record<string, { file?: string; caveats?: string[] }>>;
  };
  return new Map(
    Object.values(listed.documents ?? {})
      .flatMap((kinds) => Object.values(kinds))
      .flatMap((e) => (e.file && e.caveats?.length ? [[e.file, e.caveats] as const] : [])),
  );
}

/** Every document file of a corpus (documents, equivalents, both sides of pairs), absolute. */
export function corpusFiles(corpus: Corpus): string[] {
  const rel = [
    ...corpus.documents.flatMap((d) => [d.file, ...d.equivalents]),
    ...corpus.pairs.flatMap((p) => [p.old, p.new]),
  ];
  return rel.map((f) => path.join(corpus.dir, f));
}

/** The corpus a test runs over: the one `npm run corpus -- <dir>` names, or the team's own. */
export const CORPUS_DIR = path.resolve(process.env.FIRESTONE_CORPUS_DIR ?? OWN_CORPUS_DIR);
