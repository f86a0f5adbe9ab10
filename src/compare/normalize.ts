/**
 * Normalization of an AsyncAPI document before comparison (pure).
 *
 * Two documents that mean the same thing must normalize to equal data: internal `$ref`s are
 * replaced by their targets, `x-parser-*` annotations dropped, set-like arrays (`required`,
 * `enum`, `tags`, `security`, a channel's `servers`) sorted and de-duplicated, keys sorted.
 *
 * A `$ref` target becomes one shared object, and every object remembers the pointer where it was
 * written (`origins`). That is what lets a change inside a shared component be reported once, at
 * the component, however many messages reach it. Cycles (recursive schemas) stay cycles in the
 * output; consumers guard against them. The input is never mutated.
 */
import { escapeSegment, parsePointer } from '../resource/pointer';
import { isRecord } from '../util/data';

export interface NormalizedDoc {
  readonly root: Record<string, unknown>;
  /** Normalized object or array → JSON pointer of the place in the source document that wrote it. */
  readonly origins: WeakMap<object, string>;
  /** JSON pointer in the source document → the normalized object made from it. */
  readonly byPointer: ReadonlyMap<string, object>;
}

/**
 * Keys whose value is a map from user-chosen names to objects: below them a key such as `enum`
 * or `examples` is a name (a property called `enum`), not a keyword.
 */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'dependencies',
  'channels',
  'servers',
  'parameters',
  'variables',
  'schemas',
  'messages',
  'securitySchemes',
  'correlationIds',
  'operationTraits',
  'messageTraits',
  'serverBindings',
  'channelBindings',
  'operationBindings',
  'messageBindings',
  'serverVariables',
  'bindings',
]);

/** Arrays whose order carries no meaning. */
const SET_KEYS = new Set(['required', 'enum', 'tags', 'security', 'servers']);

/** Values that are user data, not structure: copied as written, never dereferenced. */
const LITERAL_KEYS = new Set(['examples', 'example', 'default', 'const', 'enum']);

/** Annotations the AsyncAPI parser adds (x-parser-schema-id, x-parser-message-name, ...). */
const isParserAnnotation = (key: string): boolean => key.startsWith('x-parser-');

/** Resolving a `$ref` chain longer than this is treated as unresolvable (a guard against hostile input). */
const MAX_REF_HOPS = 64;

interface Context {
  /** The key under which the value sits in its parent (array index as a string). */
  readonly key: string;
  /** The parent is a name map, so `key` is a user-chosen name. */
  readonly inNameMap: boolean;
}

const ROOT_CONTEXT: Context = { key: '', inNameMap: false };

/** Assignment that keeps a `__proto__` key as data instead of changing the prototype. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Own property only, so `constructor` or `__proto__` in a pointer can't reach the prototype. */
export const ownValue = (obj: Record<string, unknown>, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);

export const childPointer = (pointer: string, key: string | number): string => `${pointer}/${escapeSegment(key)}`;

export function normalizeDocument(doc: Record<string, unknown>): NormalizedDoc {
  const origins = new WeakMap<object, string>();
  const byPointer = new Map<string, object>();
  /** Source objects being normalized (ancestors of the current node) → their output, to close cycles made without `$ref`. */
  const inProgress = new Map<object, object>();
  const resolved = new Map<string, { pointer: string; value: unknown } | null>();

  const resolveRef = (ref: string, hops: number): { pointer: string; value: unknown } | null => {
    const cached = resolved.get(ref);
    if (cached !== undefined) return cached;
    // A pending entry makes a ref that reaches itself resolve to null instead of recursing forever.
    resolved.set(ref, null);
    const result = hops > MAX_REF_HOPS ? null : walkRef(ref, hops);
    resolved.set(ref, result);
    return result;
  };

  const walkRef = (ref: string, hops: number): { pointer: string; value: unknown } | null => {
    let fragment: string;
    try {
      fragment = decodeURIComponent(ref.slice(1));
    } catch {
      return null;
    }
    const segments = parsePointer(fragment);
    if (segments === null) return null;
    let value: unknown = doc;
    let pointer = '';
    for (const segment of segments) {
      const followed = followRef(value, pointer, hops);
      if (followed === null) return null;
      ({ value, pointer } = followed);
      if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment) && Number(segment) < value.length) {
        value = value[Number(segment)];
      } else if (isRecord(value) && Object.hasOwn(value, segment)) {
        value = value[segment];
      } else {
        return null;
      }
      pointer = childPointer(pointer, segment);
    }
    return followRef(value, pointer, hops);
  };

  /** A value that is itself an internal `$ref` is replaced by its target; anything else stays. */
  const followRef = (value: unknown, pointer: string, hops: number): { pointer: string; value: unknown } | null => {
    const ref = internalRef(value);
    return ref === null ? { pointer, value } : resolveRef(ref, hops + 1);
  };

  const normalize = (value: unknown, pointer: string, ctx: Context): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const done = byPointer.get(pointer);
    if (done !== undefined) return done;
    const ref = internalRef(value);
    if (ref !== null) {
      const target = resolveRef(ref, 0);
      // An unresolvable reference stays as written: comparing its text is all we can do.
      if (target !== null) return normalize(target.value, target.pointer, contextOf(target.pointer));
    }
    const open = inProgress.get(value);
    if (open !== undefined) return open;
    return Array.isArray(value) ? normalizeArray(value, pointer, ctx) : normalizeObject(value as Record<string, unknown>, pointer, ctx);
  };

  const normalizeArray = (value: unknown[], pointer: string, ctx: Context): unknown[] => {
    const out: unknown[] = [];
    register(value, out, pointer);
    const literal = !ctx.inNameMap && LITERAL_KEYS.has(ctx.key);
    value.forEach((item, i) => {
      const at = childPointer(pointer, i);
      out.push(literal ? copyLiteral(item, new Set()) : normalize(item, at, { key: String(i), inNameMap: false }));
    });
    inProgress.delete(value);
    return !ctx.inNameMap && SET_KEYS.has(ctx.key) ? asSet(out) : out;
  };

  const normalizeObject = (value: Record<string, unknown>, pointer: string, ctx: Context): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    register(value, out, pointer);
    const isNameMap = !ctx.inNameMap && NAME_MAPS.has(ctx.key);
    for (const key of Object.keys(value).sort()) {
      if (!isNameMap && isParserAnnotation(key)) continue;
      const item = value[key];
      const literal = !isNameMap && key !== 'enum' && (LITERAL_KEYS.has(key) || key.startsWith('x-'));
      setOwn(out, key, literal ? copyLiteral(item, new Set()) : normalize(item, childPointer(pointer, key), { key, inNameMap: isNameMap }));
    }
    inProgress.delete(value);
    return out;
  };

  const register = (source: object, out: object, pointer: string): void => {
    origins.set(out, pointer);
    byPointer.set(pointer, out);
    inProgress.set(source, out);
  };

  const root = normalize(doc, '', ROOT_CONTEXT) as Record<string, unknown>;
  return { root, origins, byPointer };
}

/** The target of an internal `$ref` (`#...`), or null. References to other files are left alone: no I/O here. */
function internalRef(value: unknown): string | null {
  if (!isRecord(value) || !Object.hasOwn(value, '$ref')) return null;
  const ref = value.$ref;
  return typeof ref === 'string' && ref.startsWith('#') ? ref : null;
}

/** The context of a `$ref` target, read from its pointer with the same name-map rule the walk uses. */
function contextOf(pointer: string): Context {
  let ctx = ROOT_CONTEXT;
  for (const key of parsePointer(pointer) ?? []) ctx = { key, inNameMap: !ctx.inNameMap && NAME_MAPS.has(ctx.key) };
  return ctx;
}

/** User data (examples, defaults, enum values, extensions): keys sorted, nothing else touched. */
function copyLiteral(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // A cycle in literal data can only come from hostile YAML; cut it instead of recursing forever.
  if (ancestors.has(value)) return null;
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item) => copyLiteral(item, ancestors));
  } else {
    const obj: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) setOwn(obj, key, copyLiteral((value as Record<string, unknown>)[key], ancestors));
    out = obj;
  }
  ancestors.delete(value);
  return out;
}

/** Sorted by canonical text, duplicates dropped. */
function asSet(items: unknown[]): unknown[] {
  const keyed = items.map((item) => ({ key: canonicalText(item), item }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.filter((entry, i) => i === 0 || keyed[i - 1]?.key !== entry.key).map((entry) => entry.item);
}

/**
 * JSON text of normalized data (keys are already sorted, so equal data gives equal text).
 * Cycles, possible after dereferencing, are written as a marker instead of throwing.
 */
export function canonicalText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return cycleSafeText(value, new Set());
  }
}

function cycleSafeText(value: unknown, ancestors: Set<object>): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  if (ancestors.has(value)) return '"<cycle>"';
  ancestors.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((v) => cycleSafeText(v, ancestors)).join(',')}]`
    : `{${Object.keys(value)
        .map((k) => `${JSON.stringify(k)}:${cycleSafeText((value as Record<string, unknown>)[k], ancestors)}`)
        .join(',')}}`;
  ancestors.delete(value);
  return text;
}

/**
 * A normalized value as a report shows it: shared nodes (dereferenced `$ref`s, cycles) written
 * back as `{ $ref }` so the value is finite, plain JSON, and as small as the author wrote it.
 * `pointer` is where the value is shown; a top-level value written elsewhere becomes a `$ref` too.
 */
export function displayValue(doc: NormalizedDoc, value: unknown, pointer: string): unknown {
  return display(doc.origins, value, pointer, new Set());
}

function display(origins: WeakMap<object, string>, value: unknown, expected: string | null, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const origin = origins.get(value);
  if (origin !== undefined && ((expected !== null && origin !== expected) || ancestors.has(value))) {
    return { $ref: `#${origin.split('/').map(encodeURIComponentSafe).join('/')}` };
  }
  ancestors.add(value);
  // Children are inline only where their own origin sits right below this one; otherwise they were reached through a $ref.
  const childExpected = (key: string | number): string | null => (origin === undefined ? null : childPointer(origin, key));
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item, i) => display(origins, item, inlineChild(origins, item, origin) ?? childExpected(i), ancestors));
  } else {
    const obj: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      setOwn(obj, key, display(origins, (value as Record<string, unknown>)[key], childExpected(key), ancestors));
    }
    out = obj;
  }
  ancestors.delete(value);
  return out;
}

/** An array element's own origin when it lies directly below the array's (sorting moves elements, so the index may differ). */
function inlineChild(origins: WeakMap<object, string>, item: unknown, parent: string | undefined): string | null {
  if (parent === undefined || typeof item !== 'object' || item === null) return null;
  const origin = origins.get(item);
  if (origin === undefined || !origin.startsWith(parent + '/')) return null;
  return origin.slice(parent.length + 1).includes('/') ? null : origin;
}

/** URI-fragment encoding of one pointer segment, keeping the characters pointers commonly show. */
function encodeURIComponentSafe(segment: string): string {
  return encodeURIComponent(segment).replace(/%7B/g, '{').replace(/%7D/g, '}').replace(/%24/g, '$');
}

/** The normalized value at a pointer of the source document (objects directly, primitives through their parent). */
export function valueAtPointer(doc: NormalizedDoc, pointer: string): unknown {
  const direct = doc.byPointer.get(pointer);
  if (direct !== undefined) return direct;
  const cut = pointer.lastIndexOf('/');
  if (cut < 0) return undefined;
  const parent = doc.byPointer.get(pointer.slice(0, cut));
  const key = parsePointer(pointer.slice(cut))?.[0];
  if (parent === undefined || key === undefined) return undefined;
  if (Array.isArray(parent)) return /^(0|[1-9][0-9]*)$/.test(key) ? parent[Number(key)] : undefined;
  return ownValue(parent as Record<string, unknown>, key);
}
