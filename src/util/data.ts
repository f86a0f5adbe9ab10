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

/** Below this depth equality recurses plainly; deeper it must be walking a cycle (a recursive schema) and tracks visited pairs. */
const PLAIN_DEPTH = 64;

/** Deep equality of JSON data (key order aside, array order counts), safe on cyclic (dereferenced recursive) structures. */
export function dataEqual(a: unknown, b: unknown): boolean {
  return equal(a, b, 0, null);
}

function equal(a: unknown, b: unknown, depth: number, seen: WeakMap<object, WeakSet<object>> | null): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (depth > PLAIN_DEPTH) {
    seen ??= new WeakMap();
    let visited = seen.get(a);
    if (visited?.has(b)) return true;
    if (visited === undefined) seen.set(a, (visited = new WeakSet()));
    visited.add(b);
  }
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], bb[i], depth + 1, seen)) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !equal(ra[k], rb[k], depth + 1, seen)) return false;
    count++;
  }
  for (const _ in rb) count--;
  return count === 0;
}
