/** Helpers shared by the version adapters. */
import { isRecord } from '../../util/data';
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
 * Traits applied to an element (docs/architecture.md): 2.x merges each trait over the object
 * (the trait wins), 3.x under it (the object wins). Fields a trait supplied point at the trait.
 */
export function applyTraits(doc: NormalizedDoc, el: Element, traits: unknown, objectWins: boolean): void {
  if (!Array.isArray(traits)) return;
  const own = new Set(Object.keys(el.fields));
  traits.forEach((trait, i) => {
    const at = placeOf(doc, trait, childPointer(childPointer(el.pointer, 'traits'), i));
    for (const [key, value] of Object.entries(recordOf(trait))) {
      if (key.startsWith('x-parser-') || (objectWins && own.has(key))) continue;
      setOwn(el.fields, key, value);
      el.fieldPointers[key] = childPointer(at, key);
    }
  });
}

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
