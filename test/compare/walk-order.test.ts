/**
 * Normalization depends on the document, not on the order it walks it in: with the entries of
 * every top-level map, of `components` and of every component section in reverse (so each `$ref`
 * is met before or after its target's own place the other way round), a document edited at random
 * normalizes to the same data, with the same shared nodes at the same places, AsyncAPI and OpenAPI.
 * (Whole comparisons may differ where an order is read on purpose: two channels on one address
 * pair in document order, the first `$ref` to nothing is the one named.)
 */
import { describe, expect, it } from 'vitest';
import { canonicalText, ExpansionError, normalizeDocument, valueAtPointer } from '../../src/compare/normalize';
import { InputError } from '../../src/errors';
import { listCorpus, OWN_CORPUS_DIR, readCorpusFile } from '../corpus/corpus';
import { ours } from './firestone-docs';
import { editedAtRandom, keyEdit, nodePaths, pointerOf, refEdit, valueEdit, type Edit, type Path } from './fuzz-edits';
import { FIXTURE_CASES, fixtureDoc, type Json } from './helpers';
import { baseOpenApi, OPENAPI_CASES } from './openapi-docs';

const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `map` with its entries in reverse order (the same values). */
const reversed = (map: Json): Json => Object.fromEntries(Object.entries(map).reverse());

/** The document with its top-level maps, `components` and each component section in reverse order. */
function walkedBackwards(doc: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(doc).reverse()) {
    if (key === 'components' && isMap(value))
      out[key] = Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([section, entries]) => [section, isMap(entries) ? reversed(entries) : entries]),
      );
    else out[key] = isMap(value) ? reversed(value) : value;
  }
  return out;
}

/** Edits: a value changes, a key goes, a node becomes a `$ref` to another (below the root). */
const EDITS: Edit[] = [valueEdit, keyEdit, refEdit({ root: false })];

/**
 * What normalization made of a document, in terms that do not depend on key order: the data
 * (canonical text), and at every place of the document as written, where the node there was
 * written if it is a shared `$ref` target, and whether a dereferenced `$ref` is below it.
 */
function view(doc: Json, paths: readonly Path[]): unknown {
  let n: ReturnType<typeof normalizeDocument>;
  try {
    n = normalizeDocument(doc);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: e.message };
  }
  let text: string;
  try {
    text = canonicalText(n.root);
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    text = 'too large';
  }
  const places = paths.map((path) => {
    const node = valueAtPointer(n, pointerOf(path));
    if (typeof node !== 'object' || node === null) return [pointerOf(path), null];
    return [pointerOf(path), n.origins.get(node) ?? null, n.targets.has(node), n.refHolders.has(node)];
  });
  return { text, places, used: [...n.usedComponents].sort() };
}

function walkOrderChangesNothing(docs: readonly Json[]): void {
  editedAtRandom(
    docs,
    EDITS,
    (_, doc) => {
      const paths = nodePaths(doc, 1000);
      expect(view(walkedBackwards(doc), paths)).toEqual(view(doc, paths));
    },
    200,
  );
}

describe('the order of the walk changes nothing', () => {
  it('AsyncAPI (fixtures and the own corpus)', () => {
    const corpus = listCorpus(OWN_CORPUS_DIR);
    walkOrderChangesNothing([
      ...FIXTURE_CASES.map(fixtureDoc),
      ...corpus.documents.map((d) => readCorpusFile(OWN_CORPUS_DIR, d.file)),
    ]);
  });

  it('OpenAPI (the rule cases and a firestone-shaped document)', () => {
    walkOrderChangesNothing([
      baseOpenApi(),
      ours(),
      ...Object.values(OPENAPI_CASES).flatMap((cases) => cases.map((c) => c[1])),
    ]);
  });
});
