/**
 * Normalization of an AsyncAPI document before comparison (pure).
 *
 * Two documents that mean the same thing must normalize to equal data: internal `$ref`s are
 * replaced by their targets, `x-parser-*` annotations dropped, set-like arrays (`required`,
 * `enum`, `tags`, `security`, a channel's `servers`) sorted and de-duplicated, and empty
 * containers that mean "nothing" (`parameters: {}`, `required: []`) dropped. Key order is left as
 * written: every comparison downstream goes by key, and reports show values as the author wrote them.
 *
 * A `$ref` target becomes one shared object that remembers where it was written (`origins`):
 * that is what lets a change inside a shared component be reported once, at the component,
 * however many messages reach it. Recursive schemas stay cycles; consumers guard against them.
 * What a node normalizes to depends on the document alone, never on the order of the walk or on
 * which other parts refer to what (docs/architecture.md, "Normalization depends on the document
 * alone"): below a `$ref` target, and everywhere outside `components`, a node is met as the data
 * it is, and only a `$ref` written there puts a shared node in it; a component itself is its
 * shared node when anything refers to it.
 *
 * Copy-on-write: a node that needs none of this is returned as it is, so a 100k-line document
 * costs a walk, not a copy. The input is never mutated.
 */
import { InputError } from '../errors';
import { childPointer, isArrayIndex, parsePointer } from '../util/pointer';
import { isRecord, isShared, markShared, ownValue, setOwn } from '../util/data';

export interface NormalizedDoc {
  readonly root: Record<string, unknown>;
  /** The document as written (for the few questions only the text of a `$ref` answers). */
  readonly source: Record<string, unknown>;
  /**
   * Node some `$ref` points at → JSON pointer of the place in the source document that wrote it.
   * Only those: any other node sits below one of them (or the root) at its natural place, so its
   * pointer follows from its parent's. Not a WeakMap: it lives for one comparison, and ephemeron
   * bookkeeping is costly for the garbage collector.
   */
  readonly origins: Map<object, string>;
  /** `/components/<section>/<name>` of every component reached by a `$ref` from outside `components` (directly or through other components). */
  readonly usedComponents: ReadonlySet<string>;
  /** Nodes some `$ref` points at: they may appear at several places (and in cycles). */
  readonly targets: ReadonlySet<object>;
  /** Nodes with a dereferenced `$ref` somewhere below: everything else is a plain tree. */
  readonly refHolders: ReadonlySet<object>;
  /**
   * Nodes the model moved away from where they were written (a part of a message trait merged
   * into the message) → that place, so a change inside one is reported where it was written.
   * Filled by the model adapters; never read for display (a moved node is shown inline).
   */
  readonly written: Map<object, string>;
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
  // OpenAPI: a response named `default` or a media type is a name, not a keyword.
  'paths',
  'webhooks',
  'callbacks',
  'responses',
  'content',
  'requestBodies',
  'pathItems',
  'links',
  'encoding',
]);

/** Arrays whose order carries no meaning. */
const SET_KEYS = new Set(['required', 'enum', 'tags', 'security', 'servers']);

/**
 * Keys where an empty object or array says nothing: `parameters: {}`, `required: []`, `items: {}`
 * mean the same as no key at all (unlike `enum: []` or `not: {}`).
 */
const EMPTY_MEANS_ABSENT = new Set([
  ...NAME_MAPS,
  'required',
  'tags',
  'security',
  'items',
  'additionalProperties',
  'traits',
  'query',
  'headers',
  'payload',
  'schema',
  'allOf',
  'anyOf',
  'oneOf',
]);

/**
 * Where a value is a JSON Schema: under these keys, as an entry of these name maps, as an item of
 * these lists. Only OpenAPI 3.1 documents ask (keywords beside a `$ref`, below).
 */
const SCHEMA_KEYS = new Set([
  'schema',
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema',
]);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, where keywords beside a `$ref` apply together with
 * its target (2.x/3.0 and AsyncAPI ignore them). Such a schema becomes `allOf: [{$ref}]` with the
 * keywords beside it, which the schema comparison reads as the target plus those keywords.
 */
function refWithSiblings(value: unknown): unknown {
  if (internalRef(value) === null) return value;
  const rest: Record<string, unknown> = {};
  let any = false;
  for (const key in value as Record<string, unknown>)
    if (key !== '$ref') {
      setOwn(rest, key, (value as Record<string, unknown>)[key]);
      any = true;
    }
  if (!any) return value;
  return { allOf: [{ $ref: (value as Record<string, unknown>).$ref }], ...rest };
}

/**
 * Whether the node at `pointer` is a schema (a component schema, or under a schema keyword, name
 * map or list), read from the pointer alone, as a `$ref` target is reached.
 */
function isSchemaPointer(pointer: string): boolean {
  const segs = parsePointer(pointer) ?? [];
  const last = segs.at(-1);
  const parent = segs.at(-2);
  if (last === undefined) return false;
  if (segs.length === 3 && segs[0] === 'components' && parent === 'schemas') return true;
  if (SCHEMA_KEYS.has(last) && !(parent !== undefined && (SCHEMA_MAPS.has(parent) || parent === 'schemas')))
    return true;
  if (parent !== undefined && SCHEMA_MAPS.has(parent)) return true;
  return parent !== undefined && SCHEMA_LISTS.has(parent) && isArrayIndex(last);
}

/** Values that are user data, not structure: kept as written, never dereferenced. */
const LITERAL_KEYS = new Set(['examples', 'example', 'default', 'const']);

/** Annotations the AsyncAPI parser adds (x-parser-schema-id, x-parser-message-name, ...). */
const isParserAnnotation = (key: string): boolean => key.startsWith('x-parser-');

function isEmptyContainer(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.length === 0;
  for (const _ in v) return false;
  return true;
}

/** Resolving a `$ref` chain longer than this is treated as unresolvable (a guard against hostile input). */
const MAX_REF_HOPS = 64;

/**
 * Deeper than this is not a real document but a cycle in the input objects or hostile nesting;
 * refusing it beats a stack overflow. (References make no cycles here: a target is normalized once.)
 */
export const MAX_DEPTH = 256;

export { ownValue, setOwn };

export { childPointer };

function tooDeep(pointer: string): never {
  throw new InputError({
    pointer,
    message: `the document nests deeper than ${MAX_DEPTH} levels (or contains a cycle)`,
  });
}

interface Resolved {
  readonly pointer: string;
  readonly value: unknown;
}

export function normalizeDocument(doc: Record<string, unknown>): NormalizedDoc {
  const resolved = new Map<string, Resolved | null>();
  const version = doc.openapi;
  /** Keywords beside a schema's `$ref` count (OpenAPI 3.1 and later 3.x). */
  const refSiblings = typeof version === 'string' && /^3\.([1-9]|\d\d)/.test(version);

  const resolveRef = (ref: string, hops: number): Resolved | null => {
    if (resolved.has(ref)) return resolved.get(ref) ?? null;
    // A pending entry makes a ref that reaches itself resolve to null instead of recursing forever.
    resolved.set(ref, null);
    const result = hops > MAX_REF_HOPS ? null : walkRef(ref, hops);
    resolved.set(ref, result);
    return result;
  };

  const walkRef = (ref: string, hops: number): Resolved | null => {
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
      if (Array.isArray(value) && isArrayIndex(segment) && Number(segment) < value.length)
        value = value[Number(segment)];
      else if (isRecord(value) && Object.hasOwn(value, segment)) value = value[segment];
      else return null;
      pointer = childPointer(pointer, segment);
    }
    // 3.1: a schema that is a `$ref` with keywords beside it is that `$ref` and those keywords, not
    // just its target, wherever it is reached from: a chain keeps the keywords of every link.
    if (refSiblings && isSchemaPointer(pointer)) {
      const wrapped = refWithSiblings(value);
      if (wrapped !== value) return { pointer, value: wrapped };
    }
    return followRef(value, pointer, hops);
  };

  /** A value that is itself an internal `$ref` stands for its target. */
  const followRef = (value: unknown, pointer: string, hops: number): Resolved | null => {
    const ref = internalRef(value);
    return ref === null ? { pointer, value } : resolveRef(ref, hops + 1);
  };

  const origins = new Map<object, string>();
  /** `$ref` target pointer → its normalized node. */
  const memo = new Map<string, object>();
  const targets = new Set<object>();
  const refHolders = new Set<object>();
  const contexts = new Map<string, TargetContext>();
  /** Component ('' outside components) → components its `$ref`s reach. */
  const uses = new Map<string, Set<string>>();
  /** Counts dereferenced `$ref`s, so a node can tell whether one landed below it. */
  let refsPlaced = 0;
  /** `$ref` targets being filled: their text is not whole yet. */
  const filling = new Set<object>();
  /** Sets with an item that reaches back to a target being filled: sorted once all are whole. */
  const deferred: unknown[][] = [];

  const remember = (pointer: string, node: object): void => {
    memo.set(pointer, node);
    targets.add(node);
    origins.set(node, pointer);
  };

  const noteUse = (owner: string, component: string): void => {
    if (component === '' || component === owner) return;
    let set = uses.get(owner);
    if (set === undefined) uses.set(owner, (set = new Set()));
    set.add(component);
  };

  /**
   * `key`: where the value sits; `inNameMap`: its parent is a name map, so `key` is a user's name;
   * `owner`: the component being walked ('' outside), also what an error about depth names;
   * `depth` counts through `$ref`s too, so neither a cycle in the input objects nor a hostile chain
   * of references can overflow the stack.
   */
  const normalize = (value: unknown, key: string, inNameMap: boolean, owner: string, depth: number): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (depth > MAX_DEPTH) tooDeep(owner);
    const ref = internalRef(value);
    if (ref !== null) {
      const target = resolveRef(ref, 0);
      // An unresolvable reference (another file, a broken pointer) stays as written: its text is all there is.
      if (target === null) return value;
      refsPlaced++;
      let ctx = contexts.get(target.pointer);
      if (ctx === undefined) contexts.set(target.pointer, (ctx = contextOf(target.pointer)));
      noteUse(owner, ctx.component);
      if (typeof target.value !== 'object' || target.value === null) return target.value;
      const done = memo.get(target.pointer);
      if (done !== undefined) return done;
      const fresh: Record<string, unknown> | unknown[] = Array.isArray(target.value) ? [] : {};
      // Remembered before the children, so a recursive schema comes back to this very object.
      remember(target.pointer, fresh);
      filling.add(fresh);
      fill(target.value as object, fresh, ctx.key, ctx.inNameMap, ctx.component, depth + 1);
      filling.delete(fresh);
      // Marked once filled: a property added last keeps the object's shape that of its plain siblings.
      markShared(fresh);
      return fresh;
    }
    return fill(value, null, key, inNameMap, owner, depth);
  };

  const fill = (
    value: object,
    fresh: Record<string, unknown> | unknown[] | null,
    key: string,
    inNameMap: boolean,
    owner: string,
    depth: number,
  ): unknown => {
    const placedBefore = refsPlaced;
    const out = Array.isArray(value)
      ? normalizeArray(value, fresh as unknown[] | null, key, inNameMap, owner, depth)
      : normalizeObject(
          value as Record<string, unknown>,
          fresh as Record<string, unknown> | null,
          key,
          inNameMap,
          owner,
          depth,
        );
    if (refsPlaced !== placedBefore) refHolders.add(out);
    return out;
  };

  const normalizeArray = (
    value: unknown[],
    fresh: unknown[] | null,
    key: string,
    inNameMap: boolean,
    owner: string,
    depth: number,
  ): unknown[] => {
    const keyword = !inNameMap;
    let out = fresh;
    if (!(keyword && key === 'enum')) {
      const schemas = refSiblings && keyword && SCHEMA_LISTS.has(key);
      for (let i = 0; i < value.length; i++) {
        const item = schemas ? refWithSiblings(value[i]) : value[i];
        const child = normalize(item, String(i), false, owner, depth + 1);
        if (out === null && child !== value[i]) out = value.slice(0, i);
        if (out !== null) out.push(child);
      }
    } else if (out !== null) {
      out.push(...value);
    }
    if (keyword && SET_KEYS.has(key) && (out ?? value).length > 1) {
      const keys = setKeys(out ?? value, filling);
      // Only a copy can hold a target (the input holds none): that is what waits.
      if (keys === null) deferred.push(out as unknown[]);
      const set = keys === null ? null : asSet(out ?? value, keys);
      if (set !== null) {
        if (out === null) return set;
        out.length = 0;
        out.push(...set);
      }
    }
    return out ?? value;
  };

  const normalizeObject = (
    value: Record<string, unknown>,
    fresh: Record<string, unknown> | null,
    key: string,
    inNameMap: boolean,
    owner: string,
    depth: number,
  ): Record<string, unknown> => {
    const isNameMap = !inNameMap && NAME_MAPS.has(key);
    let out = fresh;
    let index = 0;
    // for...in, not Object.keys: no array per node, and data objects have no inherited enumerable keys.
    const schemas = refSiblings && (isNameMap ? SCHEMA_MAPS.has(key) : true);
    for (const childKey in value) {
      const i = index++;
      const written = value[childKey];
      const item = schemas && (isNameMap || SCHEMA_KEYS.has(childKey)) ? refWithSiblings(written) : written;
      let child = item;
      let drop = false;
      if (!isNameMap && childKey.startsWith('x-')) {
        // Extensions are user data; the parser's own annotations are not data at all.
        drop = isParserAnnotation(childKey);
      } else if (typeof item === 'object' && item !== null) {
        if (!isNameMap && EMPTY_MEANS_ABSENT.has(childKey) && isEmptyContainer(item)) drop = true;
        else if (isNameMap || !LITERAL_KEYS.has(childKey))
          child = normalize(item, childKey, isNameMap, owner, depth + 1);
      }
      if (out === null && (drop || child !== written)) out = copyKeys(value, i);
      if (out !== null && !drop) setOwn(out, childKey, child);
    }
    return out ?? value;
  };

  const normalizeComponents = (components: unknown): unknown => {
    if (!isRecord(components)) return normalize(components, 'components', false, '', 1);
    const sections = new Map<string, unknown>();
    /** Name-map section → its entries, normalized, and the pointer of each. */
    const named = new Map<string, { normalized: Map<string, unknown>; pointers: string[] }>();
    for (const section in components) {
      const entries = components[section];
      const sectionPointer = childPointer('/components', section);
      if (!isRecord(entries) || !NAME_MAPS.has(section)) {
        if (!section.startsWith('x-')) sections.set(section, normalize(entries, section, false, '', 2));
        continue;
      }
      const normalized = new Map<string, unknown>();
      const pointers: string[] = [];
      for (const name in entries) {
        const pointer = childPointer(sectionPointer, name);
        const entry = refSiblings && section === 'schemas' ? refWithSiblings(entries[name]) : entries[name];
        // A component something already refers to is that shared node.
        normalized.set(name, memo.get(pointer) ?? normalize(entry, name, true, pointer, 3));
        pointers.push(pointer);
      }
      named.set(section, { normalized, pointers });
    }
    for (const [section, { normalized, pointers }] of named) {
      // A component walked before the first `$ref` to it (from a component after it) is that
      // shared node too: which comes first must not matter.
      let i = 0;
      for (const name of normalized.keys()) {
        const done = memo.get(pointers[i++] as string);
        if (done !== undefined) normalized.set(name, done);
      }
      sections.set(section, rebuild(components[section] as Record<string, unknown>, normalized, false));
    }
    return rebuild(components, sections, true);
  };

  // `components` last: by then the messages' references have normalized what they use, and the
  // walk of a component finds it in the memo instead of making a second copy.
  const top = new Map<string, unknown>();
  for (const key in doc)
    if (key !== 'components' && !key.startsWith('x-')) top.set(key, normalize(doc[key], key, false, '', 1));
  if (Object.hasOwn(doc, 'components')) top.set('components', normalizeComponents(doc.components));
  const root = rebuild(doc, top, true);
  // A set on a reference cycle is sorted by its items' whole text, all keys taken before any such
  // set is sorted: the order does not depend on which target the walk was filling when it met it.
  const keys = deferred.map((items) => setKeys(items, null) as string[]);
  deferred.forEach((items, i) => {
    const set = asSet(items, keys[i] as string[]);
    if (set !== null) items.splice(0, items.length, ...set);
  });
  return { root, source: doc, origins, usedComponents: reachable(uses), targets, refHolders, written: new Map() };
}

/**
 * `value` with the normalized children in `children` (keys missing there are kept as they are);
 * with `keywords`, annotations and empty containers are dropped. Copy-on-write, like the rest.
 */
function rebuild(
  value: Record<string, unknown>,
  children: ReadonlyMap<string, unknown>,
  keywords: boolean,
): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  let index = 0;
  for (const key in value) {
    const i = index++;
    const item = value[key];
    const drop = keywords && (isParserAnnotation(key) || (EMPTY_MEANS_ABSENT.has(key) && isEmptyContainer(item)));
    const child = children.has(key) ? children.get(key) : item;
    if (out === null && (drop || child !== item)) out = copyKeys(value, i);
    if (out !== null && !drop) setOwn(out, key, child);
  }
  return out ?? value;
}

/** Components reached from outside `components`, directly or through other components. */
function reachable(uses: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const used = new Set<string>();
  const queue = [''];
  while (queue.length > 0) {
    for (const component of uses.get(queue.pop() as string) ?? []) {
      if (used.has(component)) continue;
      used.add(component);
      queue.push(component);
    }
  }
  return used;
}

/** A new object with the first `count` keys of `value`: the start of a copy, once a change shows up. */
function copyKeys(value: Record<string, unknown>, count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let i = 0;
  for (const key in value) {
    if (i++ >= count) break;
    setOwn(out, key, value[key]);
  }
  return out;
}

/** The target of an internal `$ref` (`#...`), or null. References to other files are left alone: no I/O here. */
function internalRef(value: unknown): string | null {
  if (!isRecord(value) || !Object.hasOwn(value, '$ref')) return null;
  const ref = value.$ref;
  return typeof ref === 'string' && ref.startsWith('#') ? ref : null;
}

interface TargetContext {
  readonly key: string;
  readonly inNameMap: boolean;
  /** `/components/<section>/<name>` the target is in, or ''. */
  readonly component: string;
}

/** The context of a `$ref` target, read from its pointer with the same name-map rule the walk uses. */
function contextOf(pointer: string): TargetContext {
  let key = '';
  let inNameMap = false;
  for (const seg of parsePointer(pointer) ?? []) {
    inNameMap = !inNameMap && NAME_MAPS.has(key);
    key = seg;
  }
  return { key, inNameMap, component: componentOf(pointer) };
}

/** Component key (`/components/<section>/<name>`) of a pointer, or '' outside components. */
function componentOf(pointer: string): string {
  if (!pointer.startsWith('/components/')) return '';
  const parts = pointer.split('/', 4);
  return parts.length === 4 ? parts.join('/') : '';
}

/**
 * The sort key of each item of a set: a string is its own, anything else its canonical JSON. Null
 * when an item reaches a node in `pending` (a target still being filled, whose text is not whole).
 */
function setKeys(items: readonly unknown[], pending: ReadonlySet<object> | null): string[] | null {
  const keys: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') keys.push(`s${item}`);
    else if (typeof item !== 'object' || item === null) keys.push(`j${JSON.stringify(item) ?? 'undefined'}`);
    else {
      const canonical = new Canonical(null, false, pending !== null && pending.size > 0 ? pending : null);
      const text = canonical.text(item);
      if (canonical.metPending) return null;
      keys.push(`j${text}`);
    }
  }
  return keys;
}

/** Sorted by `keys` (setKeys) with duplicates dropped, or null when already so (nothing to copy). */
function asSet(items: readonly unknown[], keys: readonly string[]): unknown[] | null {
  if (items.length < 2) return null;
  const keyed = items.map((item, i) => ({ key: keys[i] as string, item }));
  const inOrder = keyed.every((entry, i) => i === 0 || (keyed[i - 1] as { key: string }).key < entry.key);
  if (inOrder) return null;
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.filter((entry, i) => i === 0 || keyed[i - 1]?.key !== entry.key).map((entry) => entry.item);
}

/**
 * Nodes a walk may expand a value to. Real documents stay far below (their texts and skeleton
 * copies are trees the size of what they show); past it the `$ref`s multiply (each target
 * reaching the next one twice, 25 deep, is 2^25 nodes) and the document is refused as bad input.
 */
export const MAX_EXPANDED_NODES = 1_000_000;

/** Which document a comparison was reading: compareSpecs names its file in an error. */
export type Side = 'old' | 'new';

/** A document whose references expand past MAX_EXPANDED_NODES (`side`: which one, when known). */
export class ExpansionError extends InputError {
  constructor(
    readonly side: Side | null,
    file?: string,
  ) {
    super({
      file,
      message: `${file !== undefined ? 'its' : side === null ? "the document's" : `the ${side} document's`} \`$ref\`s expand to more than ${MAX_EXPANDED_NODES} nodes (references that each reach the next one several times)`,
    });
  }
}

export function expandsTooFar(side: Side | null): never {
  throw new ExpansionError(side);
}

/**
 * Canonical JSON text of data: keys sorted, so equal data gives equal text whatever the key order.
 * Cycles (possible after dereferencing) are written as a marker where they come back. A node
 * reached along several paths is spelled out at each, as the data reads, but made once: a node
 * whose walk met no cycle has one text wherever it is met. A value that expands past
 * MAX_EXPANDED_NODES is an ExpansionError about the `side` it is in.
 */
export function canonicalText(value: unknown, side: Side | null = null): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  return new Canonical(side).text(value);
}

/** Keys that only document a schema: a payload that differs in them alone has the same shape. */
const DOCUMENTATION = new Set(['description', 'title', 'summary', 'example', 'examples', 'externalDocs', '$comment']);

/**
 * canonicalText without documentation (`description`, `examples`, `x-*` ...; under a map of
 * names such as `properties` every key counts): the same payload under new words has one shape.
 */
export function shapeText(value: unknown, side: Side | null = null): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  return new Canonical(side, true).text(value);
}

class Canonical {
  private readonly ancestors = new Set<object>();
  /** Shared nodes whose walk came back to none of their ancestors: the same text wherever they are met. */
  private readonly made = new Map<object, { readonly text: string; readonly nodes: number }>();
  /** Ancestors met again so far: a node's text depends on where it stands when this grew during its walk. */
  private cycles = 0;
  /** Nodes of the value as spelled out (MAX_EXPANDED_NODES). */
  private nodes = 0;

  /** Whether the walk met a node of `pending`. */
  metPending = false;

  /**
   * `side`: the document the value is in, for the error; `shape`: leave documentation out;
   * `pending`: nodes not whole yet (written as a marker, and noted in `metPending`).
   */
  constructor(
    private readonly side: Side | null,
    private readonly shape = false,
    private readonly pending: ReadonlySet<object> | null = null,
  ) {}

  /** `names`: the value is a map of names (`properties`), whose keys are no keywords. */
  text(value: unknown, names = false): string {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
    if (this.pending?.has(value)) {
      this.metPending = true;
      return '"<pending>"';
    }
    const shared = isShared(value);
    const known = shared ? this.made.get(value) : undefined;
    if (known !== undefined) {
      this.grow(known.nodes);
      return known.text;
    }
    if (this.ancestors.has(value)) {
      this.cycles++;
      return '"<cycle>"';
    }
    this.grow(1);
    const cyclesBefore = this.cycles;
    const nodesBefore = this.nodes;
    this.ancestors.add(value);
    const text = Array.isArray(value)
      ? `[${value.map((v) => this.text(v)).join(',')}]`
      : `{${Object.keys(value)
          .filter((k) => !this.shape || names || !(DOCUMENTATION.has(k) || k.startsWith('x-')))
          .sort()
          .map(
            (k) =>
              `${JSON.stringify(k)}:${this.text((value as Record<string, unknown>)[k], this.shape && !names && NAME_MAPS.has(k))}`,
          )
          .join(',')}}`;
    this.ancestors.delete(value);
    // Other nodes are met along one path only: their shared ancestor's text covers them.
    if (shared && this.cycles === cyclesBefore) this.made.set(value, { text, nodes: this.nodes - nodesBefore + 1 });
    return text;
  }

  private grow(nodes: number): void {
    this.nodes += nodes;
    if (this.nodes > MAX_EXPANDED_NODES) expandsTooFar(this.side);
  }
}

/**
 * A normalized value as a report shows it: nodes reached through a `$ref` written back as that
 * `{ $ref }`, so the value is finite, plain JSON, and as small as the author wrote it. `pointer`
 * is where the value is shown; a top-level value that was written elsewhere becomes a `$ref` too.
 */
export function displayValue(doc: NormalizedDoc, value: unknown, pointer: string): unknown {
  return display(doc.origins, value, pointer, 0);
}

function display(origins: ReadonlyMap<object, string>, value: unknown, expected: string, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const origin = origins.get(value);
  // Below the top, a node is inline unless it is a $ref target written somewhere else.
  if (origin !== undefined && (origin !== expected || depth > MAX_DEPTH)) return { $ref: `#${encodeFragment(origin)}` };
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item, i) => display(origins, item, childPointer(expected, i), depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    setOwn(out, key, display(origins, (value as Record<string, unknown>)[key], childPointer(expected, key), depth + 1));
  return out;
}

/** A pointer as a URI fragment, percent-encoding what fragments can't hold but keeping `{}$` readable. */
function encodeFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%7B/g, '{').replace(/%7D/g, '}').replace(/%24/g, '$'))
    .join('/');
}

/** The normalized value at a pointer (dereferenced `$ref`s are walked through like the data they stand for). */
export function valueAtPointer(doc: NormalizedDoc, pointer: string): unknown {
  const segments = parsePointer(pointer);
  if (segments === null) return undefined;
  let node: unknown = doc.root;
  for (const seg of segments) {
    if (Array.isArray(node)) node = isArrayIndex(seg) ? node[Number(seg)] : undefined;
    else if (isRecord(node)) node = ownValue(node, seg);
    else return undefined;
  }
  return node;
}
