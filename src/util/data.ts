/** Plain-data helpers shared by the stages. */
import { isArrayIndex } from './pointer';

/** Assignment that keeps a `__proto__` key as data instead of changing the prototype. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Own property only, so `constructor` or `__proto__` in a key or pointer can't reach the prototype. */
export const ownValue = (obj: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One step down a path of plain data (an array index as a number or its text, or an own key); undefined where there is none. */
export function childOf(node: unknown, seg: string | number): unknown {
  if (Array.isArray(node))
    return typeof seg === 'number' ? node[seg] : isArrayIndex(seg) ? node[Number(seg)] : undefined;
  return isRecord(node) ? ownValue(node, String(seg)) : undefined;
}

/**
 * Marks a node that can be reached along several paths, or again below itself (a dereferenced
 * `$ref` target, compare/normalize.ts): walkers track such nodes instead of expanding them at
 * every path. Non-enumerable, so the data reads the same (keys, JSON) with or without it.
 */
const SHARED: unique symbol = Symbol('shared');

export function markShared(node: object): void {
  Object.defineProperty(node, SHARED, { value: true });
}

export const isShared = (node: object): boolean => (node as { [SHARED]?: true })[SHARED] === true;

/**
 * Equality tracks the pairs it visited at shared nodes, so each such pair is expanded once; elsewhere
 * it recurses plainly (fast on the trees most data is) until it is this deep, or has visited this
 * many nodes: then it must be walking a cycle or a graph of unmarked shared nodes, and tracks every pair.
 */
const PLAIN_DEPTH = 64;
/** Shared nodes aside (always tracked), more nodes than any real document means a graph nobody marked. */
const PLAIN_STEPS = 1 << 20;

/** The state of the running comparison (it never calls out, so one at a time). */
let steps = 0;
let seen: WeakMap<object, WeakSet<object>> | null = null;
/** Pairs known equal from earlier comparisons (memoizedEqual), and the tracked pairs of this one. */
let known: WeakMap<object, WeakSet<object>> | null = null;
let tracked: [object, object][] | null = null;

/**
 * Deep equality of JSON data (key order aside, array order counts), exact and polynomial on
 * cyclic and shared structures: a pair met again counts as equal (any difference below it ends
 * the whole comparison with false anyway), so a recursive schema equals its copy.
 */
export function dataEqual(a: unknown, b: unknown): boolean {
  steps = 0;
  seen = null;
  const result = equal(a, b, 0);
  seen = null;
  return result;
}

/**
 * dataEqual that remembers, from one call to the next, the pairs of shared nodes it found equal:
 * comparing many elements that reach the same `$ref` targets (the operations of a document and
 * their responses' schemas) then walks each pair of targets once, not once per element. Sound
 * because a comparison that ends true found every pair it tracked equal.
 */
export function memoizedEqual(): (a: unknown, b: unknown) => boolean {
  const equalPairs = new WeakMap<object, WeakSet<object>>();
  return (a, b) => {
    known = equalPairs;
    tracked = [];
    const result = dataEqual(a, b);
    if (result)
      for (const [x, y] of tracked) {
        let set = equalPairs.get(x);
        if (set === undefined) equalPairs.set(x, (set = new WeakSet()));
        set.add(y);
      }
    known = null;
    tracked = null;
    return result;
  };
}

function equal(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (isShared(a) || isShared(b) || ++steps > PLAIN_STEPS || depth > PLAIN_DEPTH) {
    if (known?.get(a)?.has(b)) return true;
    tracked?.push([a, b]);
    seen ??= new WeakMap();
    let visited = seen.get(a);
    if (visited?.has(b)) return true;
    if (visited === undefined) seen.set(a, (visited = new WeakSet()));
    visited.add(b);
  }
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], bb[i], depth + 1)) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !equal(ra[k], rb[k], depth + 1)) return false;
    count++;
  }
  for (const _ in rb) count--;
  return count === 0;
}
