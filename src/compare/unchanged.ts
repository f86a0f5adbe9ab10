/**
 * Unchanged channels, set aside before a comparison (pure; docs/architecture.md, "Comparing only
 * what changed").
 *
 * A regenerated spec differs from its baseline in a few channels; normalizing and modelling the
 * thousands of others costs most of a comparison and finds nothing. A channel (in 3.x: with the
 * operations on it) can say nothing when it is the same data in both documents, every `$ref` it
 * makes reaches only parts that are the same in both (transitively), nothing else refers into it,
 * and nothing it is paired or judged by can differ: the same `asyncapi` version, the same
 * `defaultContentType`, servers and security schemes, and an address no other channel has. Such
 * channels are dropped from both documents; the rest of the comparison runs as it would.
 * Anything doubtful keeps the channel: the shortcut may miss, never change a result (a test
 * holds it to the full comparison).
 */
import { childOf, dataEqual, isRecord, ownValue, setOwn } from '../util/data';
import { escapeSegment, parsePointer } from '../util/pointer';

type Doc = Record<string, unknown>;

/** Top-level parts that never go: whatever channels say, they mean it through these. */
const MUST_BE_EQUAL: readonly (readonly string[])[] = [
  ['asyncapi'],
  ['defaultContentType'],
  ['servers'],
  ['components', 'securitySchemes'],
];

/** Maps whose entries are units of their own (pointer segments that make a unit key). */
const ENTRY_MAPS = new Set(['channels', 'operations', 'servers']);

/**
 * The two documents without the channels (3.x: and their operations) that cannot change the
 * result, or the documents themselves when none can go.
 */
export function withoutUnchanged(oldDoc: Doc, newDoc: Doc, major: 2 | 3): [Doc, Doc] {
  const docs = [oldDoc, newDoc] as const;
  if (typeof oldDoc.asyncapi !== 'string') return [oldDoc, newDoc];
  for (const path of MUST_BE_EQUAL)
    if (!dataEqual(valueAt(oldDoc, path), valueAt(newDoc, path))) return [oldDoc, newDoc];
  if (!docs.every((d) => isRecord(d.channels))) return [oldDoc, newDoc];
  if (major === 3 && !docs.every((d) => d.operations === undefined || isRecord(d.operations))) return [oldDoc, newDoc];

  const indexes = docs.map(indexRefs);
  const clean = cleanUnits(oldDoc, newDoc, indexes);
  const groups = channelGroups(docs, major);
  const gone = { channels: new Set<string>(), operations: new Set<string>() };
  for (const [channel, ops] of groups) {
    const members = [`/channels/${escapeSegment(channel)}`, ...[...ops].map((o) => `/operations/${escapeSegment(o)}`)];
    if (!members.every((m) => clean.has(m))) continue;
    if (indexes.some((index) => members.some((m) => referencedFromOutside(index, m, members)))) continue;
    gone.channels.add(channel);
    for (const o of ops) gone.operations.add(o);
  }
  if (gone.channels.size === 0) return [oldDoc, newDoc];
  const prune = (doc: Doc): Doc => {
    const out: Doc = {};
    for (const key in doc) {
      const value = doc[key];
      setOwn(out, key, key === 'channels' || key === 'operations' ? without(value, gone[key]) : value);
    }
    return out;
  };
  return [prune(oldDoc), prune(newDoc)];
}

const valueAt = (doc: unknown, path: readonly string[]): unknown => path.reduce<unknown>(childOf, doc);

function without(map: unknown, keys: ReadonlySet<string>): unknown {
  if (!isRecord(map) || keys.size === 0) return map;
  const out: Doc = {};
  for (const key in map) if (!keys.has(key)) setOwn(out, key, map[key]);
  return out;
}

/**
 * Where a document's `$ref`s go, by unit: a channel, operation or server entry, a component, or
 * any other top-level key. A target is cut to the unit that holds it (`''` for the whole document,
 * `/channels` for the whole map: what refers there refers into every entry).
 */
interface RefIndex {
  /** Unit key → its value, for every unit the document has. */
  readonly units: Map<string, unknown>;
  /** Unit key (or a prefix of unit keys) → units whose `$ref`s reach it. */
  readonly referrers: Map<string, Set<string>>;
}

function indexRefs(doc: Doc): RefIndex {
  const units = new Map<string, unknown>();
  for (const key in doc) {
    const value = doc[key];
    const pointer = `/${escapeSegment(key)}`;
    if ((ENTRY_MAPS.has(key) || key === 'components') && isRecord(value)) {
      for (const name in value) {
        const entry = value[name];
        const at = `${pointer}/${escapeSegment(name)}`;
        if (key === 'components' && isRecord(entry))
          for (const component in entry) units.set(`${at}/${escapeSegment(component)}`, entry[component]);
        else units.set(at, entry);
      }
    } else units.set(pointer, value);
  }
  const referrers = new Map<string, Set<string>>();
  for (const [unit, value] of units) {
    const reached = new Set<string>();
    for (const ref of refsIn(value)) reached.add(unitOf(ref));
    for (const target of reached) {
      let set = referrers.get(target);
      if (set === undefined) referrers.set(target, (set = new Set()));
      set.add(unit);
    }
  }
  return { units, referrers };
}

/** Every internal `$ref` string below a value (examples and extensions too: more is only safer). Iterative. */
function refsIn(value: unknown): string[] {
  const out: string[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const rec = node as Doc;
    for (const key in rec) {
      const item = rec[key];
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#')) out.push(item);
      else if (typeof item === 'object' && item !== null) stack.push(item);
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
function unitOf(ref: string): string {
  const segments = refSegments(ref);
  if (segments === null) return UNREADABLE;
  let key = '';
  for (const seg of segments.slice(0, unitLength(segments[0]))) key += `/${escapeSegment(seg)}`;
  return key;
}

/** How many pointer segments name a unit starting with `first`. */
const unitLength = (first: string | undefined): number =>
  first === undefined ? 0 : first === 'components' ? 3 : ENTRY_MAPS.has(first) ? 2 : 1;

/**
 * Units that are the same data in both documents and reach, through their `$ref`s, only units that
 * are too. A unit-sized target neither document has counts as the same (an unresolvable `$ref`
 * stays as written on both sides); a whole map (`#/channels`), the document (`#`) or an
 * unreadable pointer never does.
 */
function cleanUnits(oldDoc: Doc, newDoc: Doc, indexes: readonly RefIndex[]): Set<string> {
  const [a, b] = indexes as [RefIndex, RefIndex];
  const keys = new Set([...a.units.keys(), ...b.units.keys()]);
  const dirty = new Set<string>();
  for (const key of keys)
    if (!a.units.has(key) || !b.units.has(key) || !dataEqual(a.units.get(key), b.units.get(key))) dirty.add(key);
  for (const index of indexes)
    for (const target of index.referrers.keys()) {
      if (keys.has(target) || dirty.has(target)) continue;
      const segments = target === UNREADABLE ? null : parsePointer(target);
      const absent =
        segments !== null &&
        segments.length === unitLength(segments[0]) &&
        valueAt(oldDoc, segments) === undefined &&
        valueAt(newDoc, segments) === undefined;
      if (!absent) dirty.add(target);
    }
  // Dirt flows back along references: whatever reaches a dirty unit is dirty.
  const queue = [...dirty];
  while (queue.length > 0) {
    const target = queue.pop() as string;
    for (const index of indexes)
      for (const unit of index.referrers.get(target) ?? []) {
        if (dirty.has(unit)) continue;
        dirty.add(unit);
        queue.push(unit);
      }
  }
  return new Set([...keys].filter((key) => !dirty.has(key)));
}

/** Whether a unit outside `members` has a `$ref` into `unit`, or into the map or document holding it. */
function referencedFromOutside(index: RefIndex, unit: string, members: readonly string[]): boolean {
  const holders = [unit];
  for (let cut = unit.lastIndexOf('/'); cut >= 0; cut = cut === 0 ? -1 : unit.lastIndexOf('/', cut - 1))
    holders.push(unit.slice(0, cut));
  return holders.some((holder) => [...(index.referrers.get(holder) ?? [])].some((from) => !members.includes(from)));
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
