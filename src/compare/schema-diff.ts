/**
 * Fine-grained differences between two JSON Schemas (pure), before any direction is applied.
 *
 * @asyncapi/diff reports a schema change as "this object was replaced" or as index-by-index array
 * edits; a verdict needs "property X became required" or "enum lost 'home'". This walker compares
 * two normalized schemas keyword by keyword. A delta's path comes from the origin of the node it
 * is in, so a change inside a shared component has one path (the component's) wherever it is
 * reached, and results are memoized per pair of nodes: a component used by 400 messages is
 * compared once.
 */
import { dataEqual, isRecord } from '../util/data';
import { canonicalText, childPointer, displayValue, ownValue, type NormalizedDoc } from './normalize';
import type { SchemaKind } from './rules';

type Kind = SchemaKind | 'unclassified';

/** A difference inside a schema. `kinds` lists every rule row it matches; the most severe one wins per direction. */
export interface SchemaDelta {
  readonly kinds: readonly Kind[];
  /** Pointer of the schema the keyword or property belongs to. */
  readonly schemaPath: string;
  /** Pointer of the changed node: in the new document, in the old one for removals. */
  readonly path: string;
  readonly side: 'old' | 'new';
  /** Property name or keyword. */
  readonly name: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Enum values, branches or server names the change is about. */
  readonly values?: readonly unknown[];
  /** A removed property that was deprecated: its sunset date (YYYY-MM-DD), or null when it had none. */
  readonly lifecycle?: { readonly sunset: string | null };
}

type Schema = Record<string, unknown>;

/** How each keyword is compared. Keys not listed: `x-*` are documentation, anything else is unclassified. */
const KEYWORD_GROUP: Readonly<Record<string, Group>> = {
  type: 'type',
  nullable: 'type',
  format: 'format',
  enum: 'enum',
  const: 'bound',
  maxLength: 'bound',
  maximum: 'bound',
  maxItems: 'bound',
  maxProperties: 'bound',
  maxContains: 'bound',
  exclusiveMaximum: 'bound',
  minLength: 'bound',
  minimum: 'bound',
  minItems: 'bound',
  minProperties: 'bound',
  minContains: 'bound',
  exclusiveMinimum: 'bound',
  multipleOf: 'bound',
  uniqueItems: 'bound',
  pattern: 'pattern',
  properties: 'properties',
  required: 'properties',
  additionalProperties: 'additional',
  items: 'items',
  prefixItems: 'items',
  oneOf: 'branches',
  anyOf: 'branches',
  allOf: 'all-of',
  description: 'doc',
  title: 'doc',
  examples: 'doc',
  example: 'doc',
  default: 'doc',
  readOnly: 'doc',
  writeOnly: 'doc',
  deprecated: 'lifecycle',
  externalDocs: 'doc',
  discriminator: 'doc',
  $comment: 'doc',
  $id: 'doc',
  $schema: 'doc',
  $anchor: 'doc',
  // firestone's own keywords, copied into component schemas by the generator: not message content.
  key: 'firestone',
  expose: 'firestone',
  methods: 'firestone',
  descriptions: 'firestone',
  query_params: 'firestone',
  schema: 'firestone',
  not: 'constraint',
  if: 'constraint',
  then: 'constraint',
  else: 'constraint',
  contains: 'constraint',
  dependencies: 'constraint',
  dependentRequired: 'constraint',
  dependentSchemas: 'constraint',
  patternProperties: 'constraint',
  propertyNames: 'constraint',
  additionalItems: 'constraint',
  unevaluatedProperties: 'constraint',
  unevaluatedItems: 'constraint',
  contentEncoding: 'constraint',
  contentMediaType: 'constraint',
  contentSchema: 'constraint',
  // A $ref left in place could not be resolved (another file, a broken pointer): its text is all there is.
  $ref: 'constraint',
};

type Group =
  | 'type'
  | 'format'
  | 'enum'
  | 'bound'
  | 'pattern'
  | 'properties'
  | 'additional'
  | 'items'
  | 'branches'
  | 'all-of'
  | 'doc'
  | 'firestone'
  | 'constraint'
  | 'lifecycle'
  | 'unknown';

const groupOf = (key: string): Group =>
  Object.hasOwn(KEYWORD_GROUP, key)
    ? (KEYWORD_GROUP[key] as Group)
    : key === 'x-sunset'
      ? 'lifecycle'
      : key.startsWith('x-')
        ? 'doc'
        : 'unknown';

/** A date `YYYY-MM-DD` (a YAML date too), or null. */
export function dateOf(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}

/** A value that marks a schema or element deprecated (`true`) or gives it a sunset date. */
export const isMark = (v: unknown): boolean => v === true || dateOf(v) !== null;

/** What marks an element outside schemas deprecated: AsyncAPI's own flag and this project's extension. */
export const ELEMENT_FLAGS = ['deprecated', 'x-deprecated'] as const;

/**
 * The deprecation marks of a schema or element (docs/rules.md, "Deprecation and sunset"): its
 * `x-sunset` date, or a `true` under one of `flags`; undefined when it has none.
 */
export function lifecycleOf(
  node: unknown,
  flags: readonly string[] = ['deprecated'],
): { sunset: string | null } | undefined {
  if (!isRecord(node)) return undefined;
  const sunset = dateOf(ownValue(node, 'x-sunset'));
  if (sunset !== null) return { sunset };
  return flags.some((f) => ownValue(node, f) === true) ? { sunset: null } : undefined;
}

/** Bounds whose value caps from above: a smaller number is tighter. */
const UPPER_BOUNDS = new Set(['maxLength', 'maximum', 'maxItems', 'maxProperties', 'maxContains', 'exclusiveMaximum']);

/** Stands for an absent subschema (`additionalProperties`, `items`, a missing payload): anything goes. */
const ANY: Schema = Object.freeze({}) as Schema;

/**
 * One differ per comparison: the memo ties results to the node objects of these two documents.
 * Pairs with a `$ref` target on either side are memoized (only those can be reached along several
 * paths, or again below themselves), by the places they report at; a memoized result lists each
 * delta once, so a component reached twice from each of 25 nested components costs 25 comparisons
 * and reports its change once, not 2^25 times.
 */
export class SchemaDiffer {
  private readonly memo = new WeakMap<object, WeakMap<object, PairMemo>>();

  constructor(
    private readonly oldDoc: NormalizedDoc,
    private readonly newDoc: NormalizedDoc,
  ) {}

  /**
   * Deltas between two schemas at the places `oldPointer`/`newPointer` (where each is written, a
   * `$ref` included). Two nodes a `$ref` put there report at the places they were written instead,
   * so a shared component has one set of paths. When only one side is such a node (a property that
   * went from an inline schema to a `$ref`), the component did not change: the place did, and the
   * change is reported there.
   */
  compare(oldSchema: unknown, newSchema: unknown, oldPointer: string, newPointer: string): SchemaDelta[] {
    if (oldSchema === newSchema) return [];
    const o = asSchema(oldSchema);
    const n = asSchema(newSchema);
    const oldOrigin = this.pathOf(o, 'old');
    const newOrigin = this.pathOf(n, 'new');
    const targets = oldOrigin !== undefined && newOrigin !== undefined;
    const op = targets ? oldOrigin : oldPointer;
    const np = targets ? newOrigin : newPointer;
    if (o === null || n === null) return this.compareOpaque(oldSchema, newSchema, op, np);
    if (oldOrigin === undefined && newOrigin === undefined) return this.compareObjects(o, n, op, np);
    let inner = this.memo.get(o);
    if (inner === undefined) this.memo.set(o, (inner = new WeakMap()));
    let pair = inner.get(n);
    if (pair === undefined) inner.set(n, (pair = { done: new Map(), active: false }));
    // Both targets: their places are their origins; one side inline: where it sits counts too.
    const at = targets ? '' : `${op}\u0000${np}`;
    const cached = pair.done.get(at);
    if (cached !== undefined) return cached;
    // A recursive schema meets this pair again below itself (against "anything", at a deeper place
    // each time): the walk ends there, its differences are those found the first time round.
    if (pair.active) return [];
    pair.active = true;
    const result = unique(this.compareObjects(o, n, op, np));
    pair.active = false;
    pair.done.set(at, result);
    return result;
  }

  private pathOf(node: unknown, side: 'old' | 'new'): string | undefined {
    if (typeof node !== 'object' || node === null) return undefined;
    const doc = side === 'old' ? this.oldDoc : this.newDoc;
    return doc.origins.get(node) ?? doc.written.get(node);
  }

  private display(value: unknown, side: 'old' | 'new', pointer: string): unknown {
    return displayValue(side === 'old' ? this.oldDoc : this.newDoc, value, pointer);
  }

  /** `false`, or anything that is not a schema object: compared as a whole. */
  private compareOpaque(o: unknown, n: unknown, op: string, np: string): SchemaDelta[] {
    if (dataEqual(o, n)) return [];
    const kind = o === false ? 'type.widened' : n === false ? 'type.narrowed' : 'type.changed';
    return [this.delta([kind], np, np, 'new', 'schema', this.display(o, 'old', op), this.display(n, 'new', np))];
  }

  private compareObjects(o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const groups = new Map<Group, string[]>();
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const a = ownValue(o, key);
      const b = ownValue(n, key);
      if (a === b) continue;
      const group = groupOf(key);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const out: SchemaDelta[] = [];
    const types = [typesOf(o), typesOf(n)] as const;
    for (const [group, groupKeys] of groups) {
      let keys = groupKeys;
      // A keyword of another type (additionalProperties on a string) constrains nothing, on both sides.
      const idle = keys.filter((k) => inapplicable(k, types[0], types[1], o, n));
      for (const key of idle.sort())
        if (!dataEqual(ownValue(o, key), ownValue(n, key)))
          out.push(...this.simple('keyword.inapplicable', key, o, n, op, np));
      if (idle.length > 0) {
        keys = keys.filter((k) => !idle.includes(k));
        if (keys.length === 0) continue;
        if (group === 'properties' && !keys.includes('properties') && !keys.includes('required')) continue;
      }
      if (group === 'type') out.push(...this.typeDeltas(o, n, op, np));
      else if (group === 'properties') out.push(...this.propertyDeltas(o, n, op, np));
      else for (const key of keys.sort()) out.push(...this.keywordDeltas(group, key, o, n, op, np));
    }
    return out;
  }

  private keywordDeltas(group: Group, key: string, o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const a = ownValue(o, key);
    const b = ownValue(n, key);
    switch (group) {
      case 'format':
        return this.simple(formatKind(a, b), key, o, n, op, np);
      case 'enum':
        return this.enumDeltas(a, b, o, n, op, np);
      case 'bound':
        return this.simple(boundKind(key, a, b), key, o, n, op, np);
      case 'pattern':
        return this.simple(
          a === undefined ? 'pattern.added' : b === undefined ? 'pattern.removed' : 'pattern.changed',
          key,
          o,
          n,
          op,
          np,
        );
      case 'additional':
        return this.additionalDeltas(a, b, o, n, op, np);
      case 'items':
        return this.itemsDeltas(key, a, b, o, n, op, np);
      case 'branches':
      case 'all-of':
        return this.branchDeltas(group, key, a, b, o, n, op, np);
      case 'doc':
        return dataEqual(a, b) ? [] : this.simple('doc.changed', key, o, n, op, np);
      case 'firestone':
        return dataEqual(a, b) ? [] : this.simple('firestone-keyword.changed', key, o, n, op, np);
      case 'constraint':
        return dataEqual(a, b) ? [] : this.simple('constraint.changed', key, o, n, op, np);
      case 'lifecycle':
        // Marking deprecated, or setting a sunset date, is its own (non-breaking) rule; taking a mark back is documentation.
        if (dataEqual(a, b)) return [];
        return this.simple(isMark(b) ? 'property.deprecated' : 'doc.changed', key, o, n, op, np);
      default:
        // JSON Schema ignores keywords it does not know: they constrain nothing.
        return dataEqual(a, b) ? [] : this.simple('keyword.unknown', key, o, n, op, np);
    }
  }

  /** A change of one keyword's value, reported at the keyword. */
  private simple(
    kind: Kind | null,
    key: string,
    o: Schema,
    n: Schema,
    op: string,
    np: string,
    values?: unknown[],
  ): SchemaDelta[] {
    if (kind === null) return [];
    const inNew = Object.hasOwn(n, key);
    const at = inNew ? childPointer(np, key) : childPointer(op, key);
    const before = this.display(ownValue(o, key), 'old', childPointer(op, key));
    const after = this.display(ownValue(n, key), 'new', childPointer(np, key));
    return [this.delta([kind], inNew ? np : op, at, inNew ? 'new' : 'old', key, before, after, values)];
  }

  private delta(
    kinds: Kind[],
    schemaPath: string,
    path: string,
    side: 'old' | 'new',
    name: string,
    before: unknown,
    after: unknown,
    values?: readonly unknown[],
  ): SchemaDelta {
    return values === undefined
      ? { kinds, schemaPath, path, side, name, before, after }
      : { kinds, schemaPath, path, side, name, before, after, values };
  }

  private typeDeltas(o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const kind = typeKind(typesOf(o), typesOf(n));
    if (kind === null) {
      // Equal type sets written differently ("string" vs ["string"]): no change.
      return [];
    }
    const key = !dataEqual(ownValue(o, 'type'), ownValue(n, 'type')) ? 'type' : 'nullable';
    return this.simple(kind, key, o, n, op, np);
  }

  private enumDeltas(a: unknown, b: unknown, o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    if (!Array.isArray(a) || !Array.isArray(b)) {
      if (a !== undefined && !Array.isArray(a)) return this.simple('constraint.changed', 'enum', o, n, op, np);
      if (b !== undefined && !Array.isArray(b)) return this.simple('constraint.changed', 'enum', o, n, op, np);
      return a === undefined
        ? this.simple('enum.added', 'enum', o, n, op, np, b as unknown[])
        : this.simple('enum.removed', 'enum', o, n, op, np, a);
    }
    const added = difference(b, a);
    const removed = difference(a, b);
    return [
      ...(removed.length > 0 ? this.simple('enum.value-removed', 'enum', o, n, op, np, removed) : []),
      ...(added.length > 0 ? this.simple('enum.value-added', 'enum', o, n, op, np, added) : []),
    ];
  }

  private propertyDeltas(o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const po = recordOr(ownValue(o, 'properties'));
    const pn = recordOr(ownValue(n, 'properties'));
    const ro = stringSet(ownValue(o, 'required'));
    const rn = stringSet(ownValue(n, 'required'));
    const propsO = childPointer(op, 'properties');
    const propsN = childPointer(np, 'properties');
    const out: SchemaDelta[] = [];
    const names = [...new Set([...Object.keys(po), ...Object.keys(pn), ...ro, ...rn])].sort();
    for (const name of names) {
      const inO = Object.hasOwn(po, name);
      const inN = Object.hasOwn(pn, name);
      const a = inO ? po[name] : undefined;
      const b = inN ? pn[name] : undefined;
      const at = (side: 'old' | 'new'): string => childPointer(side === 'old' ? propsO : propsN, name);
      if (inN && !inO && !ro.has(name)) {
        const kind = rn.has(name) ? 'property.required-added' : 'property.added-optional';
        out.push(this.delta([kind], np, at('new'), 'new', name, null, this.display(b, 'new', at('new'))));
      } else if (inO && !inN && !rn.has(name)) {
        const kind = ro.has(name) ? 'property.removed-required' : 'property.removed-optional';
        // In a closed object a message that still has the property is now refused: the more severe row wins per direction.
        const kinds: Kind[] = refuses(n, name) ? ['property.removed-closed', kind] : [kind];
        const removed = this.delta(kinds, op, at('old'), 'old', name, this.display(a, 'old', at('old')), null);
        const lifecycle = lifecycleOf(a);
        out.push(lifecycle === undefined ? removed : { ...removed, lifecycle });
      } else {
        // Defined on both sides, or required without a definition on one: the schemas (absent = anything) and the required flag.
        if (a !== b) out.push(...this.compare(a ?? ANY, b ?? ANY, at('old'), at('new')));
        if (ro.has(name) !== rn.has(name)) {
          const kind = rn.has(name) ? 'property.became-required' : 'property.became-optional';
          const side = inN || !inO ? 'new' : 'old';
          out.push(this.delta([kind], side === 'new' ? np : op, at(side), side, name, ro.has(name), rn.has(name)));
        }
      }
    }
    return out;
  }

  private additionalDeltas(a: unknown, b: unknown, o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const closedA = a === false;
    const closedB = b === false;
    if (closedA && !closedB) return this.simple('additional-properties.opened', 'additionalProperties', o, n, op, np);
    if (!closedA && closedB) return this.simple('additional-properties.closed', 'additionalProperties', o, n, op, np);
    if (closedA && closedB) return [];
    // Both open: `true`, absent and `{}` all mean "anything"; a schema is compared like any other.
    return this.compare(
      openSchema(a),
      openSchema(b),
      childPointer(op, 'additionalProperties'),
      childPointer(np, 'additionalProperties'),
    );
  }

  private itemsDeltas(
    key: string,
    a: unknown,
    b: unknown,
    o: Schema,
    n: Schema,
    op: string,
    np: string,
  ): SchemaDelta[] {
    const pa = childPointer(op, key);
    const pb = childPointer(np, key);
    if (Array.isArray(a) && Array.isArray(b)) {
      // Tuple form: positions matter; a different length is a different tuple.
      const out = a.length === b.length ? [] : this.simple('constraint.changed', key, o, n, op, np);
      for (let i = 0; i < Math.min(a.length, b.length); i++)
        out.push(...this.compare(a[i], b[i], childPointer(pa, i), childPointer(pb, i)));
      return out;
    }
    if (Array.isArray(a) || Array.isArray(b)) return this.simple('constraint.changed', key, o, n, op, np);
    return this.compare(openSchema(a), openSchema(b), pa, pb);
  }

  /**
   * oneOf/anyOf/allOf branches are a set: equal branches pair up, then branches from the same
   * component or of the same type, then a single leftover on each side is one edited branch.
   */
  private branchDeltas(
    group: Group,
    key: string,
    a: unknown,
    b: unknown,
    o: Schema,
    n: Schema,
    op: string,
    np: string,
  ): SchemaDelta[] {
    if (!Array.isArray(a) || !Array.isArray(b))
      return dataEqual(a, b) ? [] : this.simple('constraint.changed', key, o, n, op, np);
    const pa = childPointer(op, key);
    const pb = childPointer(np, key);
    const branch = (schema: unknown, side: 'old' | 'new', place: string): Branch => ({
      schema,
      at: this.pathOf(schema, side) ?? place,
      place,
    });
    const left = a.map((schema, i) => branch(schema, 'old', childPointer(pa, i)));
    const right = b.map((schema, i) => branch(schema, 'new', childPointer(pb, i)));
    const pairs: [Branch, Branch][] = [];
    const take = (match: (x: Branch, y: Branch) => boolean): void => {
      for (const x of [...left]) {
        const j = right.findIndex((y) => match(x, y));
        if (j < 0) continue;
        pairs.push([x, right[j] as Branch]);
        right.splice(j, 1);
        left.splice(left.indexOf(x), 1);
      }
    };
    take((x, y) => dataEqual(x.schema, y.schema));
    take((x, y) => x.at === y.at);
    if (left.length === 1 && right.length === 1) take(() => true);
    take((x, y) => typeSignature(x.schema) === typeSignature(y.schema));
    const out: SchemaDelta[] = [];
    for (const [x, y] of pairs) out.push(...this.compare(x.schema, y.schema, x.place, y.place));
    const added: Kind[] = group === 'all-of' ? ['all-of.added'] : ['branch.added'];
    const removed: Kind[] = group === 'all-of' ? ['all-of.removed'] : ['branch.removed'];
    for (const y of right) {
      // A `{type: 'null'}` branch is also "null allowed": the classifier picks the worse row, the more specific one on a tie.
      const kinds: Kind[] = group !== 'all-of' && isNullOnly(y.schema) ? ['null.allowed', ...added] : added;
      out.push(this.delta(kinds, np, y.at, 'new', key, null, this.display(y.schema, 'new', y.at)));
    }
    for (const x of left) {
      const kinds: Kind[] = group !== 'all-of' && isNullOnly(x.schema) ? ['null.disallowed', ...removed] : removed;
      out.push(this.delta(kinds, op, x.at, 'old', key, this.display(x.schema, 'old', x.at), null));
    }
    return out;
  }
}

/** The results of one pair of schemas, by the places they report at; `active` while it is being compared. */
interface PairMemo {
  readonly done: Map<string, SchemaDelta[]>;
  active: boolean;
}

/** The deltas without repeats: a memoized result reached twice below one schema is the same objects twice. */
function unique(deltas: SchemaDelta[]): SchemaDelta[] {
  const set = new Set(deltas);
  return set.size === deltas.length ? deltas : [...set];
}

interface Branch {
  readonly schema: unknown;
  /** Where it is reported: a component's own place, else where it is written. */
  readonly at: string;
  /** Where it is written (the `$ref` included). */
  readonly place: string;
}

/** A schema object, `true` as "anything", or null for `false` and junk (compared as opaque values). */
function asSchema(value: unknown): Schema | null {
  if (value === true) return ANY;
  return isRecord(value) ? value : null;
}

function openSchema(value: unknown): unknown {
  return value === undefined || value === true ? ANY : value;
}

const recordOr = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/**
 * Does the object schema refuse a property it does not declare by this name? It does when it
 * allows no additional (or unevaluated) properties and no `patternProperties` pattern matches the
 * name; a pattern that is no valid regular expression may match anything.
 */
function refuses(schema: Schema, name: string): boolean {
  if (ownValue(schema, 'additionalProperties') !== false && ownValue(schema, 'unevaluatedProperties') !== false)
    return false;
  return Object.keys(recordOr(ownValue(schema, 'patternProperties'))).every((pattern) => {
    try {
      return !new RegExp(pattern, 'u').test(name);
    } catch {
      return false;
    }
  });
}

const stringSet = (value: unknown): Set<string> =>
  new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Values of `a` not in `b`, compared as data. */
export function difference(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const keys = new Set(b.map((v) => canonicalText(v)));
  return a.filter((v) => !keys.has(canonicalText(v)));
}

/** The set of JSON types a schema admits by its `type` (and OpenAPI-style `nullable`); null = any type. */
export function typesOf(schema: Schema): Set<string> | null {
  const t = ownValue(schema, 'type');
  let types: Set<string> | null;
  if (typeof t === 'string') types = new Set([t]);
  else if (Array.isArray(t)) types = new Set(t.filter((x): x is string => typeof x === 'string'));
  else types = null;
  if (types !== null && ownValue(schema, 'nullable') === true) types.add('null');
  return types;
}

const typeSignature = (schema: unknown): string => {
  const types = isRecord(schema) ? typesOf(schema) : null;
  return types === null ? '*' : [...types].sort().join(',');
};

const isNullOnly = (schema: unknown): boolean => {
  const types = isRecord(schema) ? typesOf(schema) : null;
  return types !== null && types.size === 1 && types.has('null');
};

/** Does a type set admit every value of type `t`? (`number` admits integers.) */
const admits = (types: Set<string> | null, t: string): boolean =>
  types === null || types.has(t) || (t === 'integer' && types.has('number'));

const covers = (wide: Set<string> | null, narrow: Set<string> | null): boolean =>
  wide === null || (narrow !== null && [...narrow].every((t) => admits(wide, t)));

function withoutNull(types: Set<string> | null): Set<string> | null {
  if (types === null) return null;
  const out = new Set(types);
  out.delete('null');
  return out;
}

/** How a type set changed: widened, narrowed, null allowed/disallowed, unrelated; null when the same. */
export function typeKind(a: Set<string> | null, b: Set<string> | null): Kind | null {
  if (covers(a, b) && covers(b, a)) return null;
  const coreA = withoutNull(a);
  const coreB = withoutNull(b);
  if (covers(coreA, coreB) && covers(coreB, coreA)) return admits(b, 'null') ? 'null.allowed' : 'null.disallowed';
  if (covers(b, a)) return 'type.widened';
  if (covers(a, b)) return 'type.narrowed';
  return 'type.changed';
}

/** The JSON type a keyword constrains (`additionalProperties` → object); keywords of every type are absent. */
const KEYWORD_TYPE: Readonly<Record<string, string>> = {
  properties: 'object',
  required: 'object',
  additionalProperties: 'object',
  patternProperties: 'object',
  propertyNames: 'object',
  minProperties: 'object',
  maxProperties: 'object',
  dependentRequired: 'object',
  dependentSchemas: 'object',
  unevaluatedProperties: 'object',
  items: 'array',
  prefixItems: 'array',
  additionalItems: 'array',
  minItems: 'array',
  maxItems: 'array',
  uniqueItems: 'array',
  contains: 'array',
  minContains: 'array',
  maxContains: 'array',
  unevaluatedItems: 'array',
  minLength: 'string',
  maxLength: 'string',
  pattern: 'string',
  format: 'string',
  contentEncoding: 'string',
  contentMediaType: 'string',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  multipleOf: 'number',
};

/** Formats that name a string's purpose without restricting its value (`password`): annotations. */
const ANNOTATION_FORMATS = new Set(['password']);

/**
 * Does the keyword constrain nothing, old and new? On each side it is absent, or the schema's
 * types leave it nothing to act on (`additionalProperties` on a string); a side whose types are
 * unknown (no `type`) is constrained by whatever keyword it has.
 */
function inapplicable(key: string, a: Set<string> | null, b: Set<string> | null, o: Schema, n: Schema): boolean {
  if (key === 'format') {
    const values = [ownValue(o, key), ownValue(n, key)].filter((v) => v !== undefined);
    if (values.every((v) => typeof v === 'string' && ANNOTATION_FORMATS.has(v))) return true;
  }
  const t = Object.hasOwn(KEYWORD_TYPE, key) ? KEYWORD_TYPE[key] : undefined;
  if (t === undefined) return false;
  const idle = (types: Set<string> | null, schema: Schema): boolean =>
    ownValue(schema, key) === undefined ||
    (types !== null && !types.has(t) && !(t === 'number' && types.has('integer')));
  return idle(a, o) && idle(b, n);
}

/** A format restricts a type: adding one narrows, dropping one widens, swapping one is unrelated. */
function formatKind(a: unknown, b: unknown): Kind | null {
  if (a === b) return null;
  if (a === undefined) return 'type.narrowed';
  if (b === undefined) return 'type.widened';
  return 'type.changed';
}

/** Bounds (docs/classification.md): introduced = tightened, removed = loosened, else by the direction the number moved. */
export function boundKind(key: string, a: unknown, b: unknown): Kind | null {
  if (dataEqual(a, b)) return null;
  if (key === 'uniqueItems' || typeof a === 'boolean' || typeof b === 'boolean') {
    // uniqueItems, and draft-4 boolean exclusiveMinimum/Maximum: true is the tighter value.
    return b === true ? 'bound.tightened' : a === true ? 'bound.loosened' : 'bound.changed';
  }
  if (a === undefined) return 'bound.tightened';
  if (b === undefined) return 'bound.loosened';
  if (typeof a !== 'number' || typeof b !== 'number') return 'bound.changed';
  if (key === 'multipleOf') {
    if (a !== 0 && b % a === 0) return 'bound.tightened';
    if (b !== 0 && a % b === 0) return 'bound.loosened';
    return 'bound.changed';
  }
  const tighter = UPPER_BOUNDS.has(key) ? b < a : b > a;
  return tighter ? 'bound.tightened' : 'bound.loosened';
}
