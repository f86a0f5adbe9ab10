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
import { lifecycleOf, stabilityChange, sunsetChange } from './lifecycle';
import type { Direction, SchemaKind } from './rules';

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
  /**
   * With `readWriteOnly`: the directions the changed data travels in, when not both (a change
   * inside a `readOnly` property only reaches clients: `['receive']`). See `inDirection`.
   */
  readonly travels?: readonly Direction[];
}

/**
 * A delta as judged where data travels in `direction`: one about data that never travels that way
 * (a `readOnly` property in what clients send, a `writeOnly` one in what they receive) is
 * `property.access.inapplicable` there (docs/classification.md, "readOnly and writeOnly").
 */
export function inDirection(d: SchemaDelta, direction: Direction | null): SchemaDelta {
  if (travelsIn(d, direction)) return d;
  return { ...d, kinds: ['property.access.inapplicable'] };
}

/** Does the changed data travel in `direction` (null: not known, so yes)? */
export const travelsIn = (d: SchemaDelta, direction: Direction | null): boolean =>
  d.travels === undefined || direction === null || d.travels.includes(direction);

type Schema = Record<string, unknown>;

/** How a comparison reads its schemas. */
export interface DifferOptions {
  /**
   * OpenAPI: `readOnly` properties travel only in what clients receive, `writeOnly` ones only in
   * what they send (docs/classification.md, "readOnly and writeOnly"). Off for AsyncAPI, where
   * both are documentation.
   */
  readonly readWriteOnly?: boolean;
  /**
   * OpenAPI: `x-stability-level` (oasdiff's extension) is a promise, lowering it breaking
   * (docs/classification.md, "Lifecycle"). Off for AsyncAPI, where it is an extension like any other.
   */
  readonly stabilityLevels?: boolean;
  /**
   * Whether the `$ref` target at a pointer is known to be the same data in both documents, with
   * everything it reaches (unchanged.ts): two such targets at one pointer are compared as one.
   */
  readonly unchanged?: (pointer: string) => boolean;
}

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
  'x-sunset': 'lifecycle',
  externalDocs: 'doc',
  // OpenAPI `xml` shapes only XML bodies: the media type is judged outside the schema.
  xml: 'doc',
  discriminator: 'discriminator',
  // Definitions count where a `$ref` uses them (normalization puts them there).
  $defs: 'doc',
  definitions: 'doc',
  $dynamicAnchor: 'doc',
  $vocabulary: 'doc',
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
  // 2020-12 (OpenAPI 3.1) keywords, each by the table row it is like (docs/classification.md).
  not: 'negation',
  if: 'constraint',
  then: 'subschema',
  else: 'subschema',
  contains: 'subschema',
  propertyNames: 'subschema',
  additionalItems: 'subschema',
  unevaluatedItems: 'subschema',
  unevaluatedProperties: 'unevaluated',
  dependencies: 'constraint',
  dependentRequired: 'dependent-required',
  dependentSchemas: 'schema-map',
  patternProperties: 'schema-map',
  // Like `format`: what the string holds.
  contentEncoding: 'format',
  contentMediaType: 'format',
  contentSchema: 'constraint',
  $dynamicRef: 'constraint',
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
  | 'subschema'
  | 'negation'
  | 'unevaluated'
  | 'schema-map'
  | 'dependent-required'
  | 'discriminator'
  | 'unknown';

const groupOf = (key: string): Group =>
  Object.hasOwn(KEYWORD_GROUP, key) ? (KEYWORD_GROUP[key] as Group) : key.startsWith('x-') ? 'doc' : 'unknown';

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
  /** Memos of pairs compared with a context (contextKey → memo), beside `memo` for plain pairs. */
  private readonly memos = new Map<string, WeakMap<object, WeakMap<object, PairMemo>>>();
  /** The same delta with the same directions is one object, however often a shared schema is met. */
  private readonly annotated = new WeakMap<SchemaDelta, Map<string, SchemaDelta>>();
  /** How a property's schema is compared: with `readWriteOnly`, its readOnly/writeOnly are judged at the property. */
  private readonly inProperty: Context;

  constructor(
    private readonly oldDoc: NormalizedDoc,
    private readonly newDoc: NormalizedDoc,
    private readonly options: DifferOptions = {},
  ) {
    this.inProperty = options.readWriteOnly === true ? { ...PLAIN, skip: ['readOnly', 'writeOnly'] } : PLAIN;
  }

  /**
   * Deltas between two schemas at the places `oldPointer`/`newPointer` (where each is written, a
   * `$ref` included). Two nodes a `$ref` put there report at the places they were written instead,
   * so a shared component has one set of paths. When only one side is such a node (a property that
   * went from an inline schema to a `$ref`), the component did not change: the place did, and the
   * change is reported there.
   */
  compare(
    oldSchema: unknown,
    newSchema: unknown,
    oldPointer: string,
    newPointer: string,
    ctx: Context = PLAIN,
  ): SchemaDelta[] {
    if (oldSchema === newSchema && (ctx.oldNull === null) === (ctx.newNull === null)) return [];
    const o = asSchema(oldSchema);
    const n = asSchema(newSchema);
    const oldOrigin = this.pathOf(o, 'old');
    const newOrigin = this.pathOf(n, 'new');
    const targets = oldOrigin !== undefined && newOrigin !== undefined;
    if (
      targets &&
      oldOrigin === newOrigin &&
      (ctx.oldNull === null) === (ctx.newNull === null) &&
      this.options.unchanged?.(oldOrigin) === true
    )
      return [];
    const op = targets ? oldOrigin : oldPointer;
    const np = targets ? newOrigin : newPointer;
    if (o === null || n === null) return this.compareOpaque(oldSchema, newSchema, op, np);
    if (oldOrigin === undefined && newOrigin === undefined) return this.compareObjects(o, n, op, np, ctx);
    const memo = this.memoOf(ctx);
    let inner = memo.get(o);
    if (inner === undefined) memo.set(o, (inner = new WeakMap()));
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
    const result = unique(this.compareObjects(o, n, op, np, ctx));
    pair.active = false;
    pair.done.set(at, result);
    return result;
  }

  /** How a keyword is compared here: `x-stability-level` is a lifecycle keyword where stability levels count. */
  private groupOf(key: string): Group {
    return key === 'x-stability-level' && this.options.stabilityLevels === true ? 'lifecycle' : groupOf(key);
  }

  /** The memo for pairs compared in `ctx` (what a wrapper passed down changes the result). */
  private memoOf(ctx: Context): WeakMap<object, WeakMap<object, PairMemo>> {
    if (ctx === PLAIN) return this.memo;
    const key = contextKey(ctx);
    let memo = this.memos.get(key);
    if (memo === undefined) this.memos.set(key, (memo = new WeakMap()));
    return memo;
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

  private compareObjects(o0: Schema, n0: Schema, op: string, np: string, ctx: Context): SchemaDelta[] {
    // A wrapper that says no more than its one member (docs/classification.md, "What is not a change").
    const wo = this.unwrap(o0, n0, op, 'old');
    const wn = this.unwrap(n0, o0, np, 'new');
    if (wo !== null || wn !== null) return this.compareUnwrapped(wo ?? plainWrap(o0, op), wn ?? plainWrap(n0, np), ctx);
    const o = canonicalBounds(o0);
    const n = canonicalBounds(n0);
    const groups = new Map<Group, string[]>();
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const a = ownValue(o, key);
      const b = ownValue(n, key);
      if (a === b || ctx.skip.includes(key)) continue;
      const group = this.groupOf(key);
      // The type and null are compared once below, whatever keys say them.
      if (group === 'type') continue;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const out: SchemaDelta[] = this.typeDeltas(o, n, op, np, ctx);
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
      if (group === 'properties') out.push(...this.propertyDeltas(o, n, op, np));
      else if (group === 'doc') out.push(...this.docDeltas(keys, o, n, op, np));
      else for (const key of keys.sort()) out.push(...this.keywordDeltas(group, key, o, n, op, np));
    }
    return out;
  }

  /**
   * `allOf: [X]`, or `oneOf`/`anyOf` of X and `{type: 'null'}` branches, with nothing beside
   * but documentation: X, plus where null was allowed. Not when the other side uses the same
   * keyword (then its branches are compared one by one), unless X is the other side itself
   * written without the wrapper (a 3.1 `$ref` with keywords beside it).
   */
  private unwrap(schema: Schema, other: Schema, at: string, side: Side): Unwrapped | null {
    for (const key of WRAPPERS) {
      const list = ownValue(schema, key);
      if (!Array.isArray(list)) continue;
      const nulls = key === 'allOf' ? [] : list.flatMap((m, i) => (isNullOnly(m) ? [i] : []));
      if (list.length - nulls.length !== 1) continue;
      const index = list.findIndex((_, i) => !nulls.includes(i));
      const member: unknown = list[index];
      const origin = this.pathOf(member, side);
      if (
        Object.hasOwn(other, key) &&
        (origin === undefined || origin !== this.pathOf(other, side === 'old' ? 'new' : 'old'))
      )
        continue;
      const shell: Schema = {};
      for (const k of Object.keys(schema)) {
        if (k === key) continue;
        if (!SHELL_KEYS.has(groupOf(k)) && k !== 'nullable') return null;
        if (k !== 'nullable') shell[k] = ownValue(schema, k);
      }
      const listAt = childPointer(at, key);
      const nullAt = nulls[0];
      const mark: NullMark | null =
        nullAt !== undefined
          ? { schemaPath: at, path: childPointer(listAt, nullAt), key, value: list[nullAt] }
          : ownValue(schema, 'nullable') === true
            ? { schemaPath: at, path: childPointer(at, 'nullable'), key: 'nullable', value: true }
            : null;
      return { core: member, coreAt: origin ?? childPointer(listAt, index), mark, shell, shellAt: at };
    }
    return null;
  }

  /** Two schemas of which one at least was unwrapped: the documentation beside, then the members. */
  private compareUnwrapped(a: Unwrapped, b: Unwrapped, ctx: Context): SchemaDelta[] {
    const out: SchemaDelta[] = [];
    const keys = [...new Set([...Object.keys(a.shell), ...Object.keys(b.shell)])]
      .filter((k) => !ctx.skip.includes(k))
      .sort();
    const effective = (w: Unwrapped, key: string): [Schema, string] =>
      Object.hasOwn(w.shell, key)
        ? [w.shell, w.shellAt]
        : [isRecord(w.core) ? w.core : {}, this.pathOf(w.core, w === a ? 'old' : 'new') ?? w.coreAt];
    for (const key of keys) {
      const [x, xAt] = effective(a, key);
      const [y, yAt] = effective(b, key);
      if (dataEqual(ownValue(x, key), ownValue(y, key))) continue;
      const only = (s: Schema): Schema => (Object.hasOwn(s, key) ? { [key]: ownValue(s, key) } : {});
      out.push(...this.keywordDeltas(this.groupOf(key), key, only(x), only(y), xAt, yAt));
    }
    const inner: Context = {
      oldNull: a.mark ?? ctx.oldNull,
      newNull: b.mark ?? ctx.newNull,
      skip: [...new Set([...ctx.skip, ...keys])].sort(),
    };
    out.push(...this.compare(a.core, b.core, a.coreAt, b.coreAt, inner));
    return out;
  }

  /** Documentation keywords; `example` and `examples` say the same when they hold the same values. */
  private docDeltas(keys: string[], o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const rest = keys.filter((k) => k !== 'example' && k !== 'examples').sort();
    const out = rest.flatMap((key) => this.keywordDeltas('doc', key, o, n, op, np));
    if (rest.length === keys.length) return out;
    const a = examplesOf(o);
    const b = examplesOf(n);
    if (dataEqual(a, b)) return out;
    const key =
      Object.hasOwn(n, 'examples') || (!Object.hasOwn(n, 'example') && Object.hasOwn(o, 'examples'))
        ? 'examples'
        : 'example';
    const side = Object.hasOwn(n, key) ? 'new' : 'old';
    const at = side === 'new' ? np : op;
    out.push(
      this.delta(
        ['doc.changed'],
        at,
        childPointer(at, key),
        side,
        key,
        this.display(a, 'old', childPointer(op, key)),
        this.display(b, 'new', childPointer(np, key)),
      ),
    );
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
      case 'pattern': {
        // A pattern every string matches (`.*`, `''`) constrains nothing: going to or from one is adding or dropping a pattern.
        const pa = matchesEverything(a) ? undefined : a;
        const pb = matchesEverything(b) ? undefined : b;
        if (pa === pb) return [];
        return this.simple(
          byPresence(pa, pb, 'pattern.added', 'pattern.removed', 'pattern.changed'),
          key,
          o,
          n,
          op,
          np,
        );
      }
      case 'additional':
        return this.additionalDeltas(a, b, o, n, op, np);
      case 'unevaluated':
        // Like additionalProperties, for the properties no other keyword looked at.
        if ((a === false) !== (b === false))
          return this.simple(
            a === false ? 'additional-properties.opened' : 'additional-properties.closed',
            key,
            o,
            n,
            op,
            np,
          );
        return this.subschemaDeltas(key, a, b, o, n, op, np);
      case 'subschema':
        return this.subschemaDeltas(key, a, b, o, n, op, np);
      case 'negation':
        if (dataEqual(a, b)) return [];
        // `not`: one more thing refused is tighter; what it refuses changing has no cheap direction.
        return this.simple(
          byPresence(a, b, 'bound.tightened', 'bound.loosened', 'constraint.changed'),
          key,
          o,
          n,
          op,
          np,
        );
      case 'schema-map':
        return this.schemaMapDeltas(key, a, b, o, n, op, np);
      case 'dependent-required':
        return this.dependentRequiredDeltas(a, b, o, n, op, np);
      case 'discriminator':
        return this.discriminatorDeltas(a, b, o, n, op, np);
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
        // An `if` binds only through its `then`/`else`: when one side has neither, their own change says it all.
        if (key === 'if' && !(conditional(o) && conditional(n))) return [];
        return dataEqual(a, b) ? [] : this.simple('constraint.changed', key, o, n, op, np);
      case 'lifecycle':
        return this.lifecycleDeltas(key, a, b, o, n, op, np);
      default:
        // JSON Schema ignores keywords it does not know: they constrain nothing.
        return dataEqual(a, b) ? [] : this.simple('keyword.unknown', key, o, n, op, np);
    }
  }

  /**
   * `deprecated`, `x-sunset` and (OpenAPI) `x-stability-level` of a schema, as for operations and
   * parameters (docs/classification.md, "Lifecycle"): marking deprecated or setting a sunset date
   * is its own non-breaking rule, taking a mark back documentation; a sunset date moved earlier, or
   * deleted while the schema stays deprecated, and a lowered stability level are breaking.
   */
  private lifecycleDeltas(
    key: string,
    a: unknown,
    b: unknown,
    o: Schema,
    n: Schema,
    op: string,
    np: string,
  ): SchemaDelta[] {
    if (dataEqual(a, b)) return [];
    if (key === 'deprecated') return this.simple(b === true ? 'property.deprecated' : 'doc.changed', key, o, n, op, np);
    if (key === 'x-stability-level') {
      return this.simple(`property.stability.${stabilityChange(o, n)}`, key, o, n, op, np);
    }
    const KINDS = {
      mark: 'property.deprecated',
      earlier: 'property.sunset.moved-earlier',
      dropped: 'property.sunset.dropped',
      unreadable: 'property.sunset.unreadable',
      doc: 'doc.changed',
      extension: 'doc.changed',
    } as const;
    return this.simple(KINDS[sunsetChange(a, b, ownValue(n, 'deprecated') === true)], key, o, n, op, np);
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

  /**
   * The type and null, however written: `type` (a string or a list, with or without "null"), 3.0
   * `nullable`, or a `{type: 'null'}` branch of a wrapper already unwrapped (`ctx`).
   */
  private typeDeltas(o: Schema, n: Schema, op: string, np: string, ctx: Context): SchemaDelta[] {
    const ta = typesOf(o);
    const tb = typesOf(n);
    let kind = typeKind(withNull(ta, ctx.oldNull), withNull(tb, ctx.newNull));
    if (kind === null && (ta === null || tb === null) && (ctx.oldNull !== null || ctx.newNull !== null)) {
      // A schema of any type: only the null forms say whether null is meant.
      const na = ctx.oldNull !== null || (ta === null ? ownValue(o, 'nullable') === true : ta.has('null'));
      const nb = ctx.newNull !== null || (tb === null ? ownValue(n, 'nullable') === true : tb.has('null'));
      if (na !== nb) kind = nb ? 'null.allowed' : 'null.disallowed';
    }
    if (kind === null) {
      // Equal type sets written differently ("string" vs ["string"]): no change.
      return [];
    }
    const mark = kind === 'null.allowed' ? ctx.newNull : kind === 'null.disallowed' ? ctx.oldNull : null;
    if (mark !== null) {
      const side = kind === 'null.allowed' ? 'new' : 'old';
      const shown = this.display(mark.value, side, mark.path);
      return [
        this.delta(
          [kind],
          mark.schemaPath,
          mark.path,
          side,
          mark.key,
          side === 'old' ? shown : null,
          side === 'new' ? shown : null,
        ),
      ];
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
      const start = out.length;
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
        if (a !== b) out.push(...this.compare(a ?? ANY, b ?? ANY, at('old'), at('new'), this.inProperty));
        if (ro.has(name) !== rn.has(name)) {
          const kind = rn.has(name) ? 'property.became-required' : 'property.became-optional';
          const side = inN || !inO ? 'new' : 'old';
          out.push(this.delta([kind], side === 'new' ? np : op, at(side), side, name, ro.has(name), rn.has(name)));
        }
      }
      if (this.options.readWriteOnly === true)
        this.accessDeltas(out, start, name, [a, b], [ro.has(name), rn.has(name)], [op, np], [at('old'), at('new')]);
    }
    return out;
  }

  /**
   * readOnly and writeOnly (docs/classification.md): the deltas of property `name` (from `start`)
   * learn where the property travels, and a property that starts or stops travelling one way is a
   * change of its own, judged like a property added or removed on that side.
   */
  private accessDeltas(
    out: SchemaDelta[],
    start: number,
    name: string,
    [a, b]: readonly [unknown, unknown],
    [reqO, reqN]: readonly [boolean, boolean],
    [op, np]: readonly [string, string],
    [atO, atN]: readonly [string, string],
  ): void {
    const ta = travelsOf(a);
    const tb = travelsOf(b);
    for (let i = start; i < out.length; i++) {
      const d = out[i] as SchemaDelta;
      const travels = a === undefined ? tb : b === undefined ? ta : tb.filter((x) => ta.includes(x));
      out[i] = this.travelling(d, travels);
    }
    if (a === undefined || b === undefined) return;
    const change = (kind: Kind, key: 'readOnly' | 'writeOnly'): void => {
      const side = ownValue(recordOr(b), key) !== undefined ? 'new' : 'old';
      const at = childPointer(this.pathOf(side === 'new' ? b : a, side) ?? (side === 'new' ? atN : atO), key);
      const before = accessFlag(a, key);
      const after = accessFlag(b, key);
      out.push(this.delta([kind], side === 'new' ? np : op, at, side, name, before, after));
    };
    const sends = [ta.includes('send'), tb.includes('send')];
    const receives = [ta.includes('receive'), tb.includes('receive')];
    if (sends[0] && !sends[1]) change('property.became-read-only', 'readOnly');
    if (!sends[0] && sends[1])
      change(reqN ? 'property.required-became-writable' : 'property.became-writable', 'readOnly');
    if (receives[0] && !receives[1])
      change(reqO ? 'property.required-became-write-only' : 'property.became-write-only', 'writeOnly');
    if (!receives[0] && receives[1]) change('property.became-readable', 'writeOnly');
  }

  /** `d` where data travels only in `travels` (the same object when that is both ways, or no narrower than it knew). */
  private travelling(d: SchemaDelta, travels: readonly Direction[]): SchemaDelta {
    const narrowed = d.travels === undefined ? travels : d.travels.filter((x) => travels.includes(x));
    if (narrowed.length === 2 || (d.travels !== undefined && narrowed.length === d.travels.length)) return d;
    let byKey = this.annotated.get(d);
    if (byKey === undefined) this.annotated.set(d, (byKey = new Map()));
    const key = narrowed.join(',');
    let found = byKey.get(key);
    if (found === undefined) byKey.set(key, (found = { ...d, travels: narrowed }));
    return found;
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
    // Tuple form: positions matter; one more position constrained is tighter, one fewer looser (none
    // written is a tuple of no positions).
    const ta = a ?? [];
    const tb = b ?? [];
    if (Array.isArray(ta) && Array.isArray(tb)) {
      const out =
        ta.length === tb.length
          ? []
          : this.simple(tb.length > ta.length ? 'bound.tightened' : 'bound.loosened', key, o, n, op, np);
      for (let i = 0; i < Math.min(ta.length, tb.length); i++)
        out.push(...this.compare(ta[i], tb[i], childPointer(pa, i), childPointer(pb, i)));
      return out;
    }
    if (Array.isArray(a) || Array.isArray(b)) return this.simple('constraint.changed', key, o, n, op, np);
    return this.compare(openSchema(a), openSchema(b), pa, pb);
  }

  /**
   * A keyword holding one schema that constrains part of the value (`contains`, `propertyNames`,
   * `then`/`else`, `unevaluatedItems`): introduced is a tighter bound, dropped a looser one, and
   * its schema changing is judged inside it, where narrower still means tighter.
   */
  private subschemaDeltas(
    key: string,
    a: unknown,
    b: unknown,
    o: Schema,
    n: Schema,
    op: string,
    np: string,
  ): SchemaDelta[] {
    if (a === undefined || b === undefined)
      return this.simple(a === undefined ? 'bound.tightened' : 'bound.loosened', key, o, n, op, np);
    return this.compare(a, b, childPointer(op, key), childPointer(np, key));
  }

  /** `patternProperties`, `dependentSchemas`: an entry is a subschema (see subschemaDeltas). */
  private schemaMapDeltas(
    key: string,
    a: unknown,
    b: unknown,
    o: Schema,
    n: Schema,
    op: string,
    np: string,
  ): SchemaDelta[] {
    if (!isRecord(a) || !isRecord(b)) {
      if ((a !== undefined && !isRecord(a)) || (b !== undefined && !isRecord(b)))
        return dataEqual(a, b) ? [] : this.simple('constraint.changed', key, o, n, op, np);
      return this.simple(a === undefined ? 'bound.tightened' : 'bound.loosened', key, o, n, op, np);
    }
    const pa = childPointer(op, key);
    const pb = childPointer(np, key);
    const out: SchemaDelta[] = [];
    for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = ownValue(a, name);
      const y = ownValue(b, name);
      if (x === undefined || y === undefined) {
        const side = x === undefined ? 'new' : 'old';
        const at = childPointer(side === 'new' ? pb : pa, name);
        const shown = this.display(side === 'new' ? y : x, side, at);
        out.push(
          this.delta(
            [side === 'new' ? 'bound.tightened' : 'bound.loosened'],
            side === 'new' ? np : op,
            at,
            side,
            key,
            side === 'old' ? shown : null,
            side === 'new' ? shown : null,
          ),
        );
      } else out.push(...this.compare(x, y, childPointer(pa, name), childPointer(pb, name)));
    }
    return out;
  }

  /** `dependentRequired`: each (property → also required) pair is a requirement; more is tighter. */
  private dependentRequiredDeltas(a: unknown, b: unknown, o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    const pairs = (v: unknown): string[] =>
      isRecord(v)
        ? Object.keys(v).flatMap((k) => [...stringSet(ownValue(v, k))].map((r) => JSON.stringify([k, r])))
        : [];
    const before = pairs(a);
    const after = pairs(b);
    const added = after.filter((p) => !before.includes(p));
    const removed = before.filter((p) => !after.includes(p));
    const values = (list: string[]): string[] => list.map((p) => (JSON.parse(p) as string[]).join(' → '));
    if (added.length === 0 && removed.length === 0)
      return dataEqual(a, b) ? [] : this.simple('constraint.changed', 'dependentRequired', o, n, op, np);
    return [
      ...(added.length > 0 ? this.simple('bound.tightened', 'dependentRequired', o, n, op, np, values(added)) : []),
      ...(removed.length > 0 ? this.simple('bound.loosened', 'dependentRequired', o, n, op, np, values(removed)) : []),
    ];
  }

  /**
   * OpenAPI `discriminator`: documentation, except its `propertyName` (another property picks the
   * schema: unrelated) and `mapping` (a value that picks a schema is like a oneOf branch).
   */
  private discriminatorDeltas(a: unknown, b: unknown, o: Schema, n: Schema, op: string, np: string): SchemaDelta[] {
    if (dataEqual(a, b)) return [];
    const da = recordOr(a);
    const db = recordOr(b);
    if (a !== undefined && b !== undefined && !dataEqual(ownValue(da, 'propertyName'), ownValue(db, 'propertyName')))
      return this.simple('type.changed', 'discriminator', o, n, op, np);
    const ma = recordOr(ownValue(da, 'mapping'));
    const mb = recordOr(ownValue(db, 'mapping'));
    const added = Object.keys(mb).filter((k) => !Object.hasOwn(ma, k));
    const removed = Object.keys(ma).filter((k) => !Object.hasOwn(mb, k));
    const moved = Object.keys(ma).filter((k) => Object.hasOwn(mb, k) && !dataEqual(ma[k], mb[k]));
    const out = [
      ...(moved.length > 0 ? this.simple('type.changed', 'discriminator', o, n, op, np, moved.sort()) : []),
      ...(removed.length > 0 ? this.simple('branch.removed', 'discriminator', o, n, op, np, removed.sort()) : []),
      ...(added.length > 0 ? this.simple('branch.added', 'discriminator', o, n, op, np, added.sort()) : []),
    ];
    return out.length > 0 ? out : this.simple('doc.changed', 'discriminator', o, n, op, np);
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
    // No `allOf` is an `allOf` of no members; a missing `oneOf`/`anyOf` has no such reading.
    if (group === 'all-of') {
      a ??= [];
      b ??= [];
    }
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
    // An `allOf` member of titles and descriptions only constrains nothing: documentation.
    const docOnly = (schema: unknown): boolean => group === 'all-of' && annotationOnly(schema);
    for (const y of right) {
      // A `{type: 'null'}` branch is also "null allowed": the classifier picks the worse row, the more specific one on a tie.
      const kinds: Kind[] = docOnly(y.schema)
        ? ['doc.changed']
        : group !== 'all-of' && isNullOnly(y.schema)
          ? ['null.allowed', ...added]
          : added;
      out.push(this.delta(kinds, np, y.at, 'new', key, null, this.display(y.schema, 'new', y.at)));
    }
    for (const x of left) {
      const kinds: Kind[] = docOnly(x.schema)
        ? ['doc.changed']
        : group !== 'all-of' && isNullOnly(x.schema)
          ? ['null.disallowed', ...removed]
          : removed;
      out.push(this.delta(kinds, op, x.at, 'old', key, this.display(x.schema, 'old', x.at), null));
    }
    return out;
  }
}

type Side = 'old' | 'new';

/** Where a wrapper allowed null: its `{type: 'null'}` branch or its `nullable`. */
interface NullMark {
  readonly schemaPath: string;
  readonly path: string;
  readonly key: string;
  readonly value: unknown;
}

/**
 * What a wrapper passes to the comparison of its member: where null was allowed beside it, and
 * the documentation keywords it already compared.
 */
interface Context {
  readonly oldNull: NullMark | null;
  readonly newNull: NullMark | null;
  readonly skip: readonly string[];
}

const PLAIN: Context = { oldNull: null, newNull: null, skip: [] };

const contextKey = (ctx: Context): string =>
  ctx === PLAIN ? '' : `\u0000${ctx.oldNull?.path ?? '-'}\u0000${ctx.newNull?.path ?? '-'}\u0000${ctx.skip.join(',')}`;

/** A schema read as its one member: the member, where null was allowed, and the documentation beside it. */
interface Unwrapped {
  readonly core: unknown;
  readonly coreAt: string;
  readonly mark: NullMark | null;
  readonly shell: Schema;
  readonly shellAt: string;
}

const plainWrap = (schema: Schema, at: string): Unwrapped => ({
  core: schema,
  coreAt: at,
  mark: null,
  shell: {},
  shellAt: at,
});

const WRAPPERS = ['allOf', 'oneOf', 'anyOf'] as const;

/** Keywords that may stand beside a wrapper's one member without making it say more (`nullable` too). */
const SHELL_KEYS = new Set<Group>(['doc', 'lifecycle']);

/** A type set with null added where a wrapper allowed it (a schema of any type stays so). */
function withNull(types: Set<string> | null, mark: NullMark | null): Set<string> | null {
  if (types === null || mark === null || types.has('null')) return types;
  return new Set([...types, 'null']);
}

/** `examples`, or 3.0 `example` as a list of one. */
function examplesOf(schema: Schema): unknown {
  const list = ownValue(schema, 'examples');
  if (list !== undefined) return list;
  return Object.hasOwn(schema, 'example') ? [ownValue(schema, 'example')] : undefined;
}

/**
 * 3.0 (draft 4) `exclusiveMinimum: true` beside `minimum: n` is 3.1 `exclusiveMinimum: n`
 * (maximum alike), and `false` says nothing: one form for both, a copy only when it differs.
 */
function canonicalBounds(schema: Schema): Schema {
  let out: Schema | null = null;
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const flag = ownValue(schema, exclusive);
    if (typeof flag !== 'boolean') continue;
    const value = ownValue(schema, bound);
    if (flag && typeof value !== 'number') continue;
    out ??= { ...schema };
    delete out[exclusive];
    if (flag) {
      delete out[bound];
      out[exclusive] = value;
    }
  }
  return out ?? schema;
}

/**
 * Whether a property's schema sets `readOnly`/`writeOnly` (`key`), itself or through the one
 * member of a wrapper (`allOf: [{$ref: Id}]` with `readOnly: true` beside it, or inside Id).
 */
function accessFlag(schema: unknown, key: 'readOnly' | 'writeOnly'): boolean {
  let node = schema;
  for (let depth = 0; depth < 16 && isRecord(node); depth++) {
    if (ownValue(node, key) === true) return true;
    const wrapper: Schema = node;
    const list = WRAPPERS.map((k) => ownValue(wrapper, k)).find(Array.isArray);
    const members = list?.filter((m) => !isNullOnly(m));
    if (members?.length !== 1) return false;
    node = members[0];
  }
  return false;
}

/** Where a property travels: readOnly ones only to clients, writeOnly ones only from them; an absent one, both ways. */
function travelsOf(schema: unknown): Direction[] {
  if (schema === undefined) return ['receive', 'send'];
  const out: Direction[] = [];
  if (!accessFlag(schema, 'writeOnly')) out.push('receive');
  if (!accessFlag(schema, 'readOnly')) out.push('send');
  return out;
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
 * A pattern that matches every string: one that matches the empty string at the start and has no
 * end anchor, lookaround or word boundary (the same empty match then works at the start of any
 * string). Anything cleverer counts as a constraint.
 */
function matchesEverything(pattern: unknown): boolean {
  if (typeof pattern !== 'string' || /\$|\(\?|\\[bB]/.test(pattern)) return false;
  try {
    return new RegExp(pattern, 'u').test('');
  } catch {
    return false;
  }
}

/** What a keyword's edit is by which side has it: introduced, dropped, or changed. */
const byPresence = <T>(a: unknown, b: unknown, introduced: T, dropped: T, changed: T): T =>
  a === undefined ? introduced : b === undefined ? dropped : changed;

/** A schema of annotations only (title, description, examples…): it accepts every value. */
const annotationOnly = (schema: unknown): boolean =>
  isRecord(schema) && Object.keys(schema).every((key) => groupOf(key) === 'doc');

/** A schema whose `if` decides something: it has a `then` or an `else`. */
const conditional = (schema: Schema): boolean =>
  ownValue(schema, 'then') !== undefined || ownValue(schema, 'else') !== undefined;

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
