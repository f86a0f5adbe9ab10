/**
 * Unchanged parts, set aside before a comparison (pure; docs/architecture.md, "Comparing only
 * what changed").
 *
 * A regenerated spec differs from its baseline in a few channels or paths; normalizing and
 * modelling the thousands of others costs most of a comparison and finds nothing. A group of units
 * (an AsyncAPI channel with the operations on it, an OpenAPI path item or webhook) can say nothing
 * when it is the same data in both documents, every `$ref` it makes reaches only parts that are the
 * same in both (transitively), nothing that stays refers into it nor it into an entry that stays,
 * and nothing it is paired or judged by can differ: the document-wide parts its kind lists
 * (`Shape.mustBeEqual`), and a key or address no other member of its document shares
 * (`Shape.groups`). Such groups go from both documents, and so do the components that are the
 * same on both sides and that nothing left reaches. The rest of the comparison runs as it would. Anything doubtful stays: the shortcut may miss, never change a
 * result (tests hold it to the full comparison, for each kind).
 */
import { childOf, dataEqual, isRecord, ownValue, setOwn } from '../util/data';
import { escapeSegment, parsePointer } from '../util/pointer';

type Doc = Record<string, unknown>;

/** What a kind tells the shortcut about its documents. */
export interface Shape {
  /** Whether the shortcut can apply to these two documents at all (the maps it prunes are maps, …). */
  readonly applies: (docs: readonly [Doc, Doc]) => boolean;
  /** Top-level parts that never go and must be equal: whatever the groups say, they mean it through these. */
  readonly mustBeEqual: readonly (readonly string[])[];
  /** Top-level maps whose entries are units of their own (a unit key is two pointer segments). */
  readonly entryMaps: ReadonlySet<string>;
  /** Top-level maps whose entries may go (a subset of entryMaps). */
  readonly prunable: ReadonlySet<string>;
  /**
   * The groups that could go at all, each the unit keys (`/channels/a`) that go or stay together:
   * entries that pair with the other document's by their key alone.
   */
  readonly groups: (docs: readonly [Doc, Doc]) => (readonly string[])[];
  /**
   * Whether an internal `$ref` reaches something in `doc`, for a kind that refuses a reference to
   * nothing: a unit making one stays, so the refusal still finds it. Without it, such a reference
   * is the same on both sides (it stays as written).
   */
  readonly resolves?: (doc: Doc, ref: string) => boolean;
  /**
   * Entry maps whose entries' own members (parts) are judged one by one when the entry changed:
   * `unchanged` can then tell an unchanged operation of an OpenAPI path that changed elsewhere.
   * `prunable` parts that are unchanged go from such an entry when its `shared` parts (what every
   * part means through, such as path-level parameters) are unchanged or absent on both sides and
   * nothing refers into the entry.
   */
  readonly parts?: {
    readonly maps: ReadonlySet<string>;
    readonly prunable: ReadonlySet<string>;
    readonly shared: readonly string[];
  };
}

/** Deeper than this the walk below says "different" (and the unit stays): documents are refused deeper anyway. */
const MAX_DEPTH = 256;

/** What setting aside leaves: the documents to compare, and what is known to be the same in both. */
export interface SetAside {
  readonly docs: [Doc, Doc];
  /**
   * Whether the node at a pointer (the same in both documents) is the same data on both sides
   * and reaches only parts that are: a comparison of the two finds nothing there. False when
   * in doubt.
   */
  readonly unchanged: (pointer: string) => boolean;
  /**
   * With `Shape.resolves`: every internal `$ref` of either document was seen to reach something
   * in its own document (so does every one left: what went is nothing a `$ref` left reaches). False
   * when not known.
   */
  readonly refsResolve: boolean;
}

const NOTHING_KNOWN = (): boolean => false;

/**
 * The two documents without the groups and components that cannot change the result (the
 * documents themselves when nothing can go), and what is unchanged in them.
 */
export function setAside(oldDoc: Doc, newDoc: Doc, shape: Shape): SetAside {
  const docs = [oldDoc, newDoc] as const;
  const none: SetAside = { docs: [oldDoc, newDoc], unchanged: NOTHING_KNOWN, refsResolve: false };
  if (!shape.applies(docs)) return none;
  for (const path of shape.mustBeEqual) if (!dataEqual(valueAt(oldDoc, path), valueAt(newDoc, path))) return none;
  const graph = refGraph(oldDoc, newDoc, shape);
  // A `$ref` to a whole map, section or the document puts its parts in two places at once, which a
  // reading unit by unit cannot follow: nothing is set aside then (real documents have no such `$ref`).
  if (graph.keepAll) return none;
  const unchanged = (pointer: string): boolean => {
    const unit = graph.unitOfPointer(pointer);
    if (unit === null || !graph.both.has(unit)) return false;
    if (!graph.dirty.has(unit)) return true;
    if (graph.cleanParts.size === 0 || pointer.length === unit.length) return false;
    const cut = pointer.indexOf('/', unit.length + 1);
    return graph.cleanParts.has(cut < 0 ? pointer : pointer.slice(0, cut));
  };
  const groups = shape.groups(docs);
  const clean = groups.filter((members) => members.every((m) => graph.units.has(m) && !graph.dirty.has(m)));
  const gone = goneGroups(graph, clean, shape.prunable);
  // Only an entry that pairs by its key alone loses parts: one reported as removed or added is read whole.
  const trimmed = trimmedParts(graph, shape, new Set(groups.flat()));
  const refsResolve = graph.refsResolve;
  if (gone.size === 0 && trimmed.size === 0) return { docs: [oldDoc, newDoc], unchanged, refsResolve };
  const refs = new Map(graph.refs);
  for (const [unit, keys] of trimmed)
    refs.set(unit, graph.targetsOf([graph.values[0].get(unit), graph.values[1].get(unit)], keys));
  for (const unit of unreachedComponents(graph, refs, gone)) gone.add(unit);
  const cut = { gone, trimmed, prunable: shape.prunable };
  return { docs: [prune(oldDoc, cut), prune(newDoc, cut)], unchanged, refsResolve };
}

/** Changed entries (of `Shape.parts` maps) → their parts that go (see Shape.parts). */
function trimmedParts(graph: RefGraph, shape: Shape, paired: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const parts = shape.parts;
  if (parts === undefined || graph.cleanParts.size === 0) return out;
  for (const unit of graph.dirty) {
    if (!paired.has(unit)) continue;
    const [x, y] = [graph.values[0].get(unit), graph.values[1].get(unit)];
    // An entry of another map has no clean parts (refGraph): none of its keys go.
    if (!isRecord(x) || !isRecord(y) || (graph.referrers.get(unit)?.size ?? 0) > 0) continue;
    const clean = (key: string): boolean => graph.cleanParts.has(`${unit}/${escapeSegment(key)}`);
    if (!parts.shared.every((k) => clean(k) || (!Object.hasOwn(x, k) && !Object.hasOwn(y, k)))) continue;
    const keys = new Set(Object.keys(x).filter((k) => parts.prunable.has(k) && clean(k)));
    if (keys.size > 0) out.set(unit, keys);
  }
  return out;
}

/** AsyncAPI: channels (3.x: with the operations on them). */
const asyncApiShape = (major: 2 | 3): Shape => ({
  applies: (docs) =>
    typeof docs[0].asyncapi === 'string' &&
    docs.every((d) => isRecord(d.channels)) &&
    (major === 2 || docs.every((d) => d.operations === undefined || isRecord(d.operations))),
  mustBeEqual: [['asyncapi'], ['defaultContentType'], ['servers'], ['components', 'securitySchemes']],
  entryMaps: new Set(['channels', 'operations', 'servers']),
  prunable: new Set(['channels', 'operations']),
  groups: (docs) =>
    [...channelGroups(docs, major)].map(([channel, ops]) => [
      `/channels/${escapeSegment(channel)}`,
      ...[...ops].map((o) => `/operations/${escapeSegment(o)}`),
    ]),
});

/** The two AsyncAPI documents without the channels (3.x: and their operations) and components that cannot change the result. */
export const withoutUnchanged = (oldDoc: Doc, newDoc: Doc, major: 2 | 3): SetAside =>
  setAside(oldDoc, newDoc, asyncApiShape(major));

const valueAt = (doc: unknown, path: readonly string[]): unknown => path.reduce<unknown>(childOf, doc);

/** Both documents' units and the `$ref`s between them (units of either document, refs of both). */
interface RefGraph {
  readonly units: ReadonlySet<string>;
  /** With `Shape.resolves`: every internal `$ref` of each document reaches something in it. */
  readonly refsResolve: boolean;
  /** Each document's units and their values. */
  readonly values: readonly [ReadonlyMap<string, unknown>, ReadonlyMap<string, unknown>];
  /** Unit keys the `$ref`s in the given values reach, leaving out the members named in `without`. */
  readonly targetsOf: (values: readonly unknown[], without: ReadonlySet<string>) => Set<string>;
  /** Units both documents have. */
  readonly both: ReadonlySet<string>;
  /** The unit holding a pointer (`/components/schemas/A/properties/x` → `/components/schemas/A`), or null. */
  readonly unitOfPointer: (pointer: string) => string | null;
  /** Units not the same data on both sides, or reaching one that is not (and targets no document has a unit for, but for absent ones). */
  readonly dirty: ReadonlySet<string>;
  /** Members (`/paths/~1a/get`) of dirty units of `Shape.parts` maps that are the same data on both sides and reach no dirty unit. */
  readonly cleanParts: ReadonlySet<string>;
  /** Unit → unit keys its `$ref`s reach (a target is cut to the unit holding it). */
  readonly refs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Unit key → units whose `$ref`s reach it. */
  readonly referrers: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Some `$ref` reaches a whole map, section or the document (`#/channels`, `#/components/schemas`,
   * `#`), or a unit nests too deep to read (a cycle in the input objects): nothing can go.
   */
  readonly keepAll: boolean;
}

/**
 * A unit is a channel, operation or server entry, a component, or any other top-level key.
 * Equality and the references of a unit come from one walk over both sides where they are equal
 * (most units); a unit that differs has the references of both sides.
 */
function refGraph(oldDoc: Doc, newDoc: Doc, shape: Shape): RefGraph {
  const { entryMaps, resolves } = shape;
  const [a, b] = [unitsOf(oldDoc, entryMaps), unitsOf(newDoc, entryMaps)];
  const unitLength = (first: string | undefined): number =>
    first === undefined ? 0 : first === 'components' ? 3 : entryMaps.has(first) ? 2 : 1;
  const units = new Set([...a.keys(), ...b.keys()]);
  const dirty = new Set<string>();
  const refs = new Map<string, Set<string>>();
  const referrers = new Map<string, Set<string>>();
  // Specs repeat the same few thousand `$ref`s: each is read once.
  const targets = new Map<string, string>();
  const targetOf = (ref: string): string => {
    let target = targets.get(ref);
    if (target === undefined) targets.set(ref, (target = unitOf(ref, unitLength)));
    return target;
  };
  const docs = [oldDoc, newDoc] as const;
  const reached = [new Map<string, boolean>(), new Map<string, boolean>()] as const;
  /** Whether `ref` reaches something in the old (0) or new (1) document. */
  const reachesIn = (side: 0 | 1, ref: string): boolean => {
    if (resolves === undefined) return true;
    let yes = reached[side].get(ref);
    if (yes === undefined) reached[side].set(ref, (yes = resolves(docs[side], ref)));
    return yes;
  };
  const reaches = (ref: string): boolean => reachesIn(0, ref) && reachesIn(1, ref);
  let refsResolve = resolves !== undefined;
  const link = (unit: string, ref: string): void => {
    const target = targetOf(ref);
    let out = refs.get(unit);
    if (out === undefined) refs.set(unit, (out = new Set()));
    out.add(target);
    let into = referrers.get(target);
    if (into === undefined) referrers.set(target, (into = new Set()));
    into.add(unit);
  };
  let tooDeep = false;
  for (const unit of units) {
    const found: string[] = [];
    if (a.has(unit) && b.has(unit) && sameCollecting(a.get(unit), b.get(unit), found, 0)) {
      for (const ref of found) link(unit, ref);
      if (found.every(reaches)) continue;
    }
    dirty.add(unit);
    for (const side of [0, 1] as const) {
      const own = side === 0 ? a : b;
      if (!own.has(unit)) continue;
      const found = refsIn(own.get(unit));
      if (found === null) tooDeep = true;
      for (const ref of found ?? []) {
        link(unit, ref);
        if (refsResolve && !reachesIn(side, ref)) refsResolve = false;
      }
    }
  }
  // A unit-sized target neither document has is the same on both sides (an unresolvable `$ref`
  // stays as written); an unreadable pointer never is.
  let wholeMaps = false;
  for (const target of referrers.keys()) {
    if (units.has(target)) continue;
    const segments = target === UNREADABLE ? null : parsePointer(target);
    if (segments !== null && (segments.length === 0 || segments.length < unitLength(segments[0]))) wholeMaps = true;
    const absent =
      segments !== null &&
      segments.length === unitLength(segments[0]) &&
      valueAt(oldDoc, segments) === undefined &&
      valueAt(newDoc, segments) === undefined;
    if (!absent) dirty.add(target);
  }
  // Dirt flows back along references: whatever reaches a dirty unit is dirty.
  const queue = [...dirty];
  while (queue.length > 0)
    for (const unit of referrers.get(queue.pop() as string) ?? [])
      if (!dirty.has(unit)) {
        dirty.add(unit);
        queue.push(unit);
      }
  const both = new Set([...a.keys()].filter((u) => b.has(u)));
  const cleanParts = new Set<string>();
  const parts = shape.parts?.maps ?? new Set<string>();
  for (const unit of parts.size === 0 ? [] : dirty) {
    const [x, y] = [a.get(unit), b.get(unit)];
    if (!both.has(unit) || !isRecord(x) || !isRecord(y) || !parts.has(parsePointer(unit)?.[0] ?? '')) continue;
    for (const key in x) {
      const found: string[] = [];
      if (!Object.hasOwn(y, key) || !sameCollecting(x[key], y[key], found, 0)) continue;
      if (found.every((ref) => reaches(ref) && !dirty.has(targetOf(ref))))
        cleanParts.add(`${unit}/${escapeSegment(key)}`);
    }
  }
  const unitOfPointer = (pointer: string): string | null => {
    let cut = 0;
    for (let n = unitLength(pointer.slice(1).split('/', 1)[0]); n > 0; n--) {
      cut = pointer.indexOf('/', cut + 1);
      if (cut < 0) return n === 1 ? pointer : null;
    }
    return pointer.slice(0, cut);
  };
  const targetsOf = (values: readonly unknown[], without: ReadonlySet<string>): Set<string> => {
    const out = new Set<string>();
    for (const value of values)
      if (isRecord(value))
        for (const key in value)
          if (!without.has(key)) for (const ref of refsIn(value[key]) ?? []) out.add(targetOf(ref));
    return out;
  };
  return {
    units,
    refsResolve,
    values: [a, b],
    targetsOf,
    both,
    unitOfPointer,
    cleanParts,
    dirty,
    refs,
    referrers,
    keepAll: wholeMaps || tooDeep,
  };
}

function unitsOf(doc: Doc, entryMaps: ReadonlySet<string>): Map<string, unknown> {
  const units = new Map<string, unknown>();
  // A map that is itself a `$ref` stands for its target: one unit, whose reference the graph reads.
  const splits = (value: unknown): value is Doc => isRecord(value) && !Object.hasOwn(value, '$ref');
  for (const key in doc) {
    const value = doc[key];
    const pointer = `/${escapeSegment(key)}`;
    if (!(entryMaps.has(key) || key === 'components') || !splits(value)) {
      units.set(pointer, value);
      continue;
    }
    for (const name in value) {
      const entry = value[name];
      const at = `${pointer}/${escapeSegment(name)}`;
      if (key === 'components' && splits(entry))
        for (const component in entry) units.set(`${at}/${escapeSegment(component)}`, entry[component]);
      else units.set(at, entry);
    }
  }
  return units;
}

/** Equality of two values, collecting the internal `$ref`s of `a` on the way (complete only when equal). */
function sameCollecting(a: unknown, b: unknown, refs: string[], depth: number): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (depth > MAX_DEPTH || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameCollecting(a[i], bb[i], refs, depth + 1)) return false;
    return true;
  }
  const ra = a as Doc;
  const rb = b as Doc;
  let count = 0;
  for (const key in ra) {
    const item = ra[key];
    if (!Object.hasOwn(rb, key) || !sameCollecting(item, rb[key], refs, depth + 1)) return false;
    if (key === '$ref' && typeof item === 'string' && item.startsWith('#')) refs.push(item);
    count++;
  }
  for (const _ in rb) count--;
  return count === 0;
}

/**
 * Every internal `$ref` string below a value (examples and extensions too: more is only safer), or
 * null past MAX_DEPTH (a cycle in the input objects: the full comparison refuses it). Iterative.
 */
function refsIn(value: unknown): string[] | null {
  const out: string[] = [];
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) return null;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    const rec = node as Doc;
    for (const key in rec) {
      const item = rec[key];
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#')) out.push(item);
      else if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
    }
  }
  return out;
}

/** A sentinel unit: a target that cannot be read is never the same in both documents. */
const UNREADABLE = '\u0000unreadable';

/** Segments of an internal `$ref`'s target, or null (another file, or a pointer that cannot be read). */
function refSegments(ref: string): string[] | null {
  if (!ref.startsWith('#')) return null;
  try {
    return parsePointer(decodeURIComponent(ref.slice(1)));
  } catch {
    return null;
  }
}

/** The unit key of a `$ref` target (`#/components/schemas/A/properties/x` → `/components/schemas/A`). */
function unitOf(ref: string, unitLength: (first: string | undefined) => number): string {
  const segments = refSegments(ref);
  if (segments === null) return UNREADABLE;
  let key = '';
  for (const seg of segments.slice(0, unitLength(segments[0]))) key += `/${escapeSegment(seg)}`;
  return key;
}

/**
 * The units of the groups that go: of `candidates` (groups of clean units), those that nothing
 * staying refers into and that refer into no entry of a prunable map that stays. The second
 * matters because what an entry says of another can be part of how the other is judged (an
 * AsyncAPI operation's `reply` makes another channel's message used). Groups that only refer to
 * each other go together; to a fixed point, since a group that stays holds the ones it touches.
 */
function goneGroups(
  graph: RefGraph,
  candidates: readonly (readonly string[])[],
  prunable: ReadonlySet<string>,
): Set<string> {
  const gone = new Set(candidates.flat());
  const inPrunableMap = (unit: string): boolean => prunable.has(parsePointer(unit)?.[0] ?? '');
  const staysOutside = (members: readonly string[], unit: string): boolean =>
    !members.includes(unit) && !gone.has(unit);
  const held = (members: readonly string[]): boolean =>
    members.some(
      (m) =>
        [...(graph.referrers.get(m) ?? [])].some((from) => staysOutside(members, from)) ||
        [...(graph.refs.get(m) ?? [])].some((t) => staysOutside(members, t) && graph.units.has(t) && inPrunableMap(t)),
    );
  for (let changed = true; changed; ) {
    changed = false;
    for (const members of candidates)
      if (gone.has(members[0] as string) && held(members)) {
        for (const m of members) gone.delete(m);
        changed = true;
      }
  }
  return gone;
}

/**
 * Components the same on both sides that nothing staying reaches: they can only be compared equal.
 * Security schemes stay (2.x names them without a `$ref`), and so do extension sections (compared whole).
 */
function unreachedComponents(
  graph: RefGraph,
  refs: ReadonlyMap<string, ReadonlySet<string>>,
  gone: ReadonlySet<string>,
): string[] {
  // A component is `/components/<section>/<name>`; a section that is no map is a unit of its own.
  const candidate = (unit: string): boolean => {
    const from = '/components/'.length;
    const cut = unit.startsWith('/components/') ? unit.indexOf('/', from) : -1;
    if (cut < 0 || graph.dirty.has(unit)) return false;
    const section = unit.slice(from, cut);
    return section !== 'securitySchemes' && !section.startsWith('x-');
  };
  const reached = new Set<string>();
  const queue = [...graph.units].filter((u) => !gone.has(u) && !candidate(u));
  while (queue.length > 0)
    for (const target of refs.get(queue.pop() as string) ?? [])
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
  return [...graph.units].filter((u) => candidate(u) && !reached.has(u));
}

/** What goes from a document: whole units, and parts of changed entries (see setAside). */
interface Cut {
  readonly gone: ReadonlySet<string>;
  readonly trimmed: ReadonlyMap<string, ReadonlySet<string>>;
  readonly prunable: ReadonlySet<string>;
}

/** The document without what `cut` names (entries of the prunable maps and of `components` sections, parts of entries). */
function prune(doc: Doc, cut: Cut): Doc {
  const out: Doc = {};
  for (const key in doc) {
    const value = doc[key];
    const pointer = `/${escapeSegment(key)}`;
    if (cut.prunable.has(key)) setOwn(out, key, without(value, pointer, cut));
    else if (key === 'components' && isRecord(value)) {
      const sections: Doc = {};
      for (const section in value)
        setOwn(sections, section, without(value[section], `${pointer}/${escapeSegment(section)}`, cut));
      setOwn(out, key, sections);
    } else setOwn(out, key, value);
  }
  return out;
}

function without(map: unknown, pointer: string, cut: Cut): unknown {
  if (!isRecord(map)) return map;
  const out: Doc = {};
  for (const key in map) {
    const unit = `${pointer}/${escapeSegment(key)}`;
    if (cut.gone.has(unit)) continue;
    const parts = cut.trimmed.get(unit);
    const value = map[key];
    if (parts === undefined || !isRecord(value)) setOwn(out, key, value);
    else {
      const kept: Doc = {};
      for (const k in value) if (!parts.has(k)) setOwn(kept, k, value[k]);
      setOwn(out, key, kept);
    }
  }
  return out;
}

/**
 * Channel key → keys of the operations on it (3.x: those whose `channel` is a `$ref` to it, in
 * either document), for the channels that could go at all. In 3.x a channel must have an address
 * no other channel of its document has (channels on one address pair by key) and not be a `$ref`
 * itself (its address would be written elsewhere); 2.x channels are keyed by their address.
 */
function channelGroups(docs: readonly [Doc, Doc], major: 2 | 3): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const doc of docs) for (const key in doc.channels as Doc) groups.set(key, new Set());
  if (major === 2) return groups;
  for (const doc of docs) {
    const channels = doc.channels as Doc;
    const byAddress = new Map<string, string>();
    for (const key in channels) {
      const channel = channels[key];
      if (!isRecord(channel) || Object.hasOwn(channel, '$ref')) {
        groups.delete(key);
        continue;
      }
      const address = ownValue(channel, 'address');
      const shown = typeof address === 'string' ? address : key;
      const other = byAddress.get(shown);
      if (other === undefined) byAddress.set(shown, key);
      else for (const k of [other, key]) groups.delete(k);
    }
  }
  for (const doc of docs) {
    const operations = isRecord(doc.operations) ? doc.operations : {};
    for (const key in operations) {
      const channel = childOf(operations[key], 'channel');
      const ref = childOf(channel, '$ref');
      const segments = typeof ref === 'string' ? refSegments(ref) : null;
      if (segments?.length === 2 && segments[0] === 'channels') groups.get(segments[1] as string)?.add(key);
    }
  }
  return groups;
}
