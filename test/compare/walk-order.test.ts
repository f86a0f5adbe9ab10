/**
 * Normalization depends on the document, not on the order it walks it in: with the entries of
 * every top-level map, of `components` and of every component section in reverse (so each `$ref`
 * is met before or after its target's own place the other way round), a document edited at random
 * normalizes to the same data, with the same shared nodes at the same places, AsyncAPI and OpenAPI.
 * (Whole comparisons may differ where an order is read on purpose: two channels on one address
 * pair in document order, the first `$ref` to nothing is the one named.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, ExpansionError, normalizeDocument, valueAtPointer } from '../../src/compare/normalize';
import { InputError } from '../../src/errors';
import { listCorpus, OWN_CORPUS_DIR, readCorpusFile } from '../corpus/corpus';
import { ours } from './firestone-docs';
import { clone, FIXTURE_CASES, fixtureDoc, type Json } from './helpers';
import { baseOpenApi, OPENAPI_CASES } from './openapi-docs';

type Path = (string | number)[];

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

/** Every object node's path (arrays included), up to a few thousand per document. */
function nodePaths(doc: unknown, limit = 4000): Path[] {
  const out: Path[] = [];
  const stack: [unknown, Path][] = [[doc, []]];
  while (stack.length > 0 && out.length < limit) {
    const [node, path] = stack.pop() as [unknown, Path];
    if (typeof node !== 'object' || node === null) continue;
    out.push(path);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node as Json);
    for (const [k, v] of entries) stack.push([v, [...path, k]]);
  }
  return out;
}

const at = (doc: unknown, path: Path): unknown =>
  path.reduce<unknown>((n, k) => (n as Record<string | number, unknown> | undefined)?.[k], doc);

const pointerOf = (path: Path): string =>
  path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Edits: a value changes, a key goes, a node becomes a `$ref` to another (below the root). */
const EDITS: ((doc: Json, paths: Path[], picks: number[]) => void)[] = [
  (doc, paths, [i = 0]) => {
    const node = at(doc, paths[i % paths.length] ?? []) as Json;
    if (Array.isArray(node)) node.push('edited');
    else node['x-edited'] = i;
  },
  (doc, paths, [i = 0, j = 0]) => {
    const node = at(doc, paths[i % paths.length] ?? []);
    if (!isMap(node)) return;
    const keys = Object.keys(node);
    if (keys.length > 0) delete node[keys[j % keys.length] as string];
  },
  (doc, paths, [i = 0, j = 0]) => {
    const path = paths[i % paths.length] ?? [];
    const target = paths[j % paths.length] ?? [];
    const parent = at(doc, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
    const key = path[path.length - 1];
    if (parent === undefined || key === undefined || target.length === 0) return;
    parent[key] = { $ref: `#${pointerOf(target)}` };
  },
];

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
  fc.assert(
    fc.property(
      fc.nat(),
      fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.array(fc.nat(), { minLength: 2, maxLength: 2 })), {
        minLength: 1,
        maxLength: 4,
      }),
      (d, edits) => {
        const doc = clone(docs[d % docs.length] as Json);
        for (const [e, picks] of edits) (EDITS[e] as (typeof EDITS)[number])(doc, nodePaths(doc), picks);
        const paths = nodePaths(doc, 1000);
        expect(view(walkedBackwards(doc), paths)).toEqual(view(doc, paths));
      },
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
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
