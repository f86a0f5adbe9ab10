/** Helpers shared by the version adapters. */
import { isRecord } from '../../util/data';
import { isArrayIndex, parsePointer } from '../../util/pointer';
import { canonicalText, childPointer, ownValue, setOwn, type NormalizedDoc } from '../normalize';
import type { Element, SchemaAt } from './model';

export const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Where a node was written: its origin when a `$ref` put it here, else its natural place. */
export const placeOf = (doc: NormalizedDoc, node: unknown, natural: string): string =>
  (typeof node === 'object' && node !== null ? doc.origins.get(node) : undefined) ?? natural;

/** An element from a node: every own key except `omit`. */
export function elementOf(node: unknown, pointer: string, omit: ReadonlySet<string>): Element {
  const fields: Record<string, unknown> = {};
  if (isRecord(node)) for (const key in node) if (!omit.has(key)) setOwn(fields, key, node[key]);
  return { pointer, fields, fieldPointers: {} };
}

/**
 * Traits applied to an element (docs/classification.md) as JSON Merge Patch, in order, as the
 * official parser does: 2.x patches the object with each trait (the trait wins), 3.x patches the
 * traits with the object (the object wins). Objects merge key by key at every depth, so what each
 * trait contributes stays; `null` in a patch takes a key away. A field a trait supplied points at
 * the trait; a part of a trait merged below another field is recorded in `doc.written`.
 */
export function applyTraits(doc: NormalizedDoc, el: Element, traits: unknown, objectWins: boolean): void {
  if (!Array.isArray(traits) || traits.length === 0) return;
  const sources: { fields: Record<string, unknown>; at: string | null }[] = traits.map((trait, i) => {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(recordOf(trait)))
      if (!key.startsWith('x-parser-')) setOwn(fields, key, value);
    return { fields, at: placeOf(doc, trait, childPointer(childPointer(el.pointer, 'traits'), i)) };
  });
  const own = { fields: { ...el.fields }, at: null };
  const order = objectWins ? [...sources, own] : [own, ...sources];
  const merged: Record<string, unknown> = {};
  const from: Record<string, string | null> = {};
  /** Where the value merged so far under a key was written (its last contributor's place). */
  const places: Record<string, string> = {};
  for (const { fields, at } of order)
    for (const [key, value] of Object.entries(fields)) {
      const place = at === null ? childPointer(el.pointer, key) : childPointer(at, key);
      if (value === null && at !== null) {
        delete merged[key];
        delete from[key];
      } else if (Object.hasOwn(merged, key) && isRecord(merged[key]) && isRecord(value)) {
        const before = merged[key] as Record<string, unknown>;
        setOwn(merged, key, mergePatch(doc, before, placeOf(doc, before, places[key] as string), value, place));
        from[key] = at === null ? null : place;
      } else {
        setOwn(merged, key, value);
        from[key] = at === null ? null : place;
      }
      places[key] = place;
    }
  for (const key of Object.keys(el.fields)) if (!Object.hasOwn(merged, key)) el.fields[key] = undefined;
  for (const [key, value] of Object.entries(merged)) {
    setOwn(el.fields, key, value);
    const at = from[key];
    if (at !== null && at !== undefined) el.fieldPointers[key] = at;
  }
}

/**
 * RFC 7386 on normalized nodes: a new object where both are objects (the inputs are never changed),
 * else the patch. Parts taken whole from either side keep the place they were written at. Nodes
 * can be cyclic (a `$ref` back to an ancestor): a pair of nodes met again inside its own merge is
 * not merged again, the patch's node stands there, as where the patch is no object.
 */
function mergePatch(
  doc: NormalizedDoc,
  target: Record<string, unknown>,
  targetAt: string,
  patch: Record<string, unknown>,
  patchAt: string,
  merging: Map<object, Set<object>> = new Map(),
): Record<string, unknown> {
  const into = merging.get(target) ?? new Set<object>();
  if (into.has(patch)) return patch;
  merging.set(target, into.add(patch));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    setOwn(out, key, value);
    keepPlace(doc, value, childPointer(targetAt, key));
  }
  const patchPlace = doc.origins.get(patch) ?? patchAt;
  for (const [key, value] of Object.entries(patch)) {
    const at = childPointer(patchPlace, key);
    if (value === null) delete out[key];
    else if (Object.hasOwn(out, key) && isRecord(out[key]) && isRecord(value)) {
      const before = out[key] as Record<string, unknown>;
      const beforeAt = doc.origins.get(before) ?? doc.written.get(before) ?? childPointer(targetAt, key);
      setOwn(out, key, mergePatch(doc, before, beforeAt, value, at, merging));
    } else {
      setOwn(out, key, value);
      keepPlace(doc, value, at);
    }
  }
  into.delete(patch);
  return out;
}

const keepPlace = (doc: NormalizedDoc, node: unknown, at: string): void => {
  if (typeof node === 'object' && node !== null && !doc.origins.has(node) && !doc.written.has(node))
    doc.written.set(node, at);
};

/** A schema field of an element (taken out of its fields), or null; its pointer is where it is written. */
export function takeSchema(el: Element, key: string): SchemaAt | null {
  if (!Object.hasOwn(el.fields, key)) return null;
  const schema = el.fields[key];
  // Cleared, not deleted: `delete` would turn every element into a slow dictionary object.
  el.fields[key] = undefined;
  const natural = Object.hasOwn(el.fieldPointers, key)
    ? (el.fieldPointers[key] as string)
    : childPointer(el.pointer, key);
  return { schema, pointer: natural };
}

/** The last segment of a component pointer (`/components/securitySchemes/oauth` → oauth), or null. */
export function componentName(doc: NormalizedDoc, node: unknown, section: string): string | null {
  const origin = typeof node === 'object' && node !== null ? doc.origins.get(node) : undefined;
  const prefix = `/components/${section}/`;
  if (origin === undefined || !origin.startsWith(prefix)) return null;
  const name = origin.slice(prefix.length);
  return name.includes('/') ? null : name.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A map the model reads that is not a map (`channels: [...]`) has no elements: it is compared as written. */
export function keepMalformed(root: Element, top: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    const v = ownValue(top, key);
    if (v !== undefined && !isRecord(v)) root.fields[key] = v;
  }
}

/** The names that identify a message across documents (MessageEl.ids). */
export function messageIds(doc: NormalizedDoc, node: unknown, name: unknown, key: string | null): string[] {
  const out: string[] = [];
  if (typeof name === 'string') out.push(`name:${name}`);
  const component = componentName(doc, node, 'messages');
  if (component !== null) out.push(`component:${component}`);
  if (key !== null) out.push(`key:${key}`);
  return out;
}

/** Requirement maps with their scopes as sets (sorted), so scope order never counts. */
export function canonicalSecurity(el: Element): void {
  const list = el.fields.security;
  if (!Array.isArray(list)) return;
  el.fields.security = list.map((r) =>
    isRecord(r)
      ? Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? sortedScopes(v) : asText(v)]))
      : r,
  );
}

/**
 * Scopes as sorted text. These lists are made here, so the skeleton copy takes them for plain data:
 * anything a `$ref` put in them (even a cycle) must become text first.
 */
export const sortedScopes = (scopes: readonly unknown[]): string[] => scopes.map(asText).sort();

const asText = (v: unknown): string => (typeof v === 'string' ? v : canonicalText(v));

/** Names of the schemes in requirement maps (`[{oauth: [...]}, {apiKey: []}]`). */
export function schemeNames(requirements: unknown, into: Set<string>): void {
  if (!Array.isArray(requirements)) return;
  for (const r of requirements) if (isRecord(r)) for (const k of Object.keys(r)) into.add(k);
}

export const stringOr = <T>(v: unknown, fallback: T): string | T => (typeof v === 'string' ? v : fallback);

export { ownValue };

/** The value at a pointer of the document as written, following `$ref`s on the way (a few hops at most). */
export function rawAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const seg of parsePointer(pointer) ?? []) {
    node = followRaw(root, node);
    if (Array.isArray(node)) node = isArrayIndex(seg) ? node[Number(seg)] : undefined;
    else node = isRecord(node) ? ownValue(node, seg) : undefined;
  }
  return node;
}

/** The node a local `$ref` (or a short chain of them) written at `node` points at; `node` itself when none. */
export function followRaw(root: unknown, node: unknown): unknown {
  for (let hops = 0; hops < 8; hops++) {
    const ref = isRecord(node) ? ownValue(node, '$ref') : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
    let next: unknown = root;
    for (const seg of parsePointer(ref.slice(1)) ?? []) next = isRecord(next) ? ownValue(next, seg) : undefined;
    node = next;
  }
  return node;
}
