/**
 * Documents edited at random, for the property tests that hold a shortcut or a walk to a
 * reference (unchanged.test.ts, openapi-unchanged.test.ts, walk-order.test.ts): where a node
 * is, the edits every format shares, and the fast-check scaffolding around them.
 */
import fc from 'fast-check';
import { InputError } from '../../src/errors';
import { clone, type Json } from './helpers';

export type Path = (string | number)[];

/** One edit of a document in place; `paths` are its nodes' paths, `picks` two numbers to choose with. */
export type Edit = (doc: Json, paths: Path[], picks: number[]) => void;

/** Every object node's path (arrays included), up to a few thousand per document. */
export function nodePaths(doc: unknown, limit = 4000): Path[] {
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

export const at = (doc: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((n, k) => (n as Record<string | number, unknown> | undefined)?.[k], doc);

export const pointerOf = (path: readonly (string | number)[]): string =>
  path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** A value somewhere changes. */
export const valueEdit: Edit = (doc, paths, [i = 0]) => {
  const node = at(doc, paths[i % paths.length] ?? []) as Json;
  if (Array.isArray(node)) node.push('edited');
  else node['x-edited'] = i;
};

/** A key goes away. */
export const keyEdit: Edit = (doc, paths, [i = 0, j = 0]) => {
  const node = at(doc, paths[i % paths.length] ?? []);
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const keys = Object.keys(node);
  if (keys.length > 0) delete (node as Json)[keys[j % keys.length] as string];
};

/** A node becomes a `$ref` to another (maybe a cycle); to the document itself only when `root`. */
export const refEdit =
  ({ root }: { root: boolean }): Edit =>
  (doc, paths, [i = 0, j = 0]) => {
    const path = paths[i % paths.length] ?? [];
    const target = paths[j % paths.length] ?? [];
    const parent = at(doc, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
    const key = path[path.length - 1];
    if (parent === undefined || key === undefined || (!root && target.length === 0)) return;
    parent[key] = { $ref: `#${pointerOf(target)}` };
  };

/** A node gets a schema that is a reference nobody can resolve. */
export const danglingEdit: Edit = (doc, paths, [i = 0]) => {
  const node = at(doc, paths[i % paths.length] ?? []);
  if (typeof node === 'object' && node !== null && !Array.isArray(node))
    (node as Json).schema = { $ref: '#/components/schemas/nowhere' };
};

/** As a document read from its text: a tree, no object in two places (fixtures share small parts). */
export const asParsed = (doc: Json): Json => JSON.parse(JSON.stringify(doc)) as Json;

/** What a run gives a user: its result as data, or the input error it refuses with (any other error fails the test). */
export type Outcome = { changes: unknown } | { error: string };

export function outcomeOf(run: () => unknown): Outcome {
  try {
    return { changes: JSON.parse(JSON.stringify(run())) as unknown };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: e.message };
  }
}

/**
 * A property over documents edited at random: one of `docs`, one to four of `edits`, then `check`
 * with the document and its edited copy. FUZZ_RUNS sets the number of runs; FUZZ_SEED and FUZZ_PATH
 * replay a failure fast-check reported.
 */
export function editedAtRandom(
  docs: readonly Json[],
  edits: readonly Edit[],
  check: (original: Json, edited: Json) => void,
  runs: number,
): void {
  fc.assert(
    fc.property(
      fc.nat(),
      fc.array(fc.tuple(fc.nat(edits.length - 1), fc.array(fc.nat(), { minLength: 2, maxLength: 2 })), {
        minLength: 1,
        maxLength: 4,
      }),
      (n, picked) => {
        const original = docs[n % docs.length] as Json;
        const edited = clone(original);
        for (const [e, picks] of picked) (edits[e] as Edit)(edited, nodePaths(edited), picks);
        check(original, edited);
      },
    ),
    {
      numRuns: Number(process.env.FUZZ_RUNS ?? runs),
      // A failure prints its seed and path; FUZZ_SEED and FUZZ_PATH run that case again.
      ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {}),
    },
  );
}
