/**
 * Raw differences between two normalized AsyncAPI documents (pure).
 *
 * The document is split in two. Schemas (message payloads and headers, ws `query`/`headers`,
 * channel parameter schemas) become "slots", compared by schema-diff.ts, which understands them.
 * Everything else becomes a "skeleton": the document without schemas and components, with
 * effective content types and messages keyed by identity instead of position. @asyncapi/diff
 * compares the two skeletons; classify.ts gives its raw add/remove/edit entries a meaning.
 *
 * @asyncapi/diff is called without `override`: its override support mutates a module-level
 * standard (leaking into later calls), and we ignore its verdicts anyway.
 */
import { diff as asyncApiDiff } from '@asyncapi/diff';
import type { ChangeLocation, Operation } from '../types';
import { isRecord } from '../util/data';
import { childPointer, ownValue, setOwn, type NormalizedDoc } from './normalize';
import type { Direction, Family } from './rules';
import { dataEqual } from '../util/data';

export const OPERATIONS: readonly Operation[] = ['publish', 'subscribe'];

/** Seen from the client: it receives what the application publishes under `subscribe`. */
export const directionOf = (op: Operation): Direction => (op === 'subscribe' ? 'receive' : 'send');

export interface SkeletonDoc {
  readonly root: Record<string, unknown>;
  /**
   * Skeleton nodes whose place differs from the document's: a keyed message → its normalized
   * message (at `segments` below the `message` key: none, or `oneOf/<i>`), an operation's
   * `messages` map → its `message`. Everything else sits at the same path in both.
   */
  readonly counterparts: Map<object, Counterpart>;
  /** Skeleton messages whose content type comes from `defaultContentType`. */
  readonly implicitContentType: Set<object>;
}

/** A schema present at the same place in both documents, with the use that decides its direction. */
export interface Slot {
  readonly family: Family;
  readonly direction: Direction;
  readonly location: ChangeLocation;
  readonly old: unknown;
  readonly new: unknown;
  readonly oldPointer: string;
  readonly newPointer: string;
}

export interface Split {
  readonly old: SkeletonDoc;
  readonly new: SkeletonDoc;
  readonly slots: readonly Slot[];
  /** Messages that rely on `defaultContentType` in both documents. */
  readonly implicitMessages: readonly ChangeLocation[];
}

export interface Counterpart {
  readonly node: unknown;
  readonly segments: readonly string[];
}

export interface RawChange {
  readonly action: 'add' | 'remove' | 'edit';
  /** Pointer in the skeletons. */
  readonly path: string;
}

/**
 * @asyncapi/diff picks its classification standard from `asyncapi` and refuses documents of
 * different major versions; the version is judged separately, so both skeletons carry this one.
 */
const SKELETON_VERSION = '2.6.0';

/** Parts cut out of a copy, as a trie of keys (`*`: any key): schemas go to slots, operations and messages are built apart. */
interface OmitTrie {
  readonly [key: string]: OmitTrie | true;
}
const ROOT_OMIT: OmitTrie = { asyncapi: true, components: true, channels: true };
const WS_SCHEMAS: OmitTrie = { ws: { query: true, headers: true } };
const CHANNEL_OMIT: OmitTrie = {
  parameters: { '*': { schema: true } },
  bindings: WS_SCHEMAS,
  subscribe: true,
  publish: true,
};
const OPERATION_OMIT: OmitTrie = { message: true, bindings: WS_SCHEMAS };
const MESSAGE_OMIT: OmitTrie = { payload: true, headers: true };

const omitted = (trie: OmitTrie | undefined, key: string): OmitTrie | true | undefined =>
  trie === undefined
    ? undefined
    : Object.hasOwn(trie, key)
      ? trie[key]
      : Object.hasOwn(trie, '*')
        ? trie['*']
        : undefined;

/** Deeper than this a skeleton copy can only be walking a reference cycle (schemas are cut out): the node is written as a `$ref`. */
const MAX_COPY_DEPTH = 64;

class SkeletonSide {
  readonly counterparts = new Map<object, Counterpart>();
  readonly implicitContentType = new Set<object>();

  constructor(readonly doc: NormalizedDoc) {}

  originOf(node: unknown): string | undefined {
    return typeof node === 'object' && node !== null ? this.doc.origins.get(node) : undefined;
  }

  /** The node is, or holds, something a `$ref` put there. */
  reachesRef(node: unknown): boolean {
    return typeof node === 'object' && node !== null && (this.doc.targets.has(node) || this.doc.refHolders.has(node));
  }

  /**
   * The value without the omitted parts. Subtrees with nothing to omit and no dereferenced `$ref`
   * inside are shared, not copied (@asyncapi/diff only reads them); a schema reached through a
   * `$ref` (in a binding, say) is written back as that `$ref`, which keeps the skeleton finite.
   */
  copy(value: unknown, omit: OmitTrie | undefined, depth = 0): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (depth > 0 && this.doc.targets.has(value)) {
      const origin = this.originOf(value) ?? '';
      if (depth > MAX_COPY_DEPTH || origin.startsWith('/components/schemas/')) return { $ref: `#${origin}` };
    }
    if (omit === undefined && !this.doc.refHolders.has(value)) return value;
    if (Array.isArray(value)) return value.map((item) => this.copy(item, undefined, depth + 1));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const sub = omitted(omit, key);
      if (sub !== true) setOwn(out, key, this.copy((value as Record<string, unknown>)[key], sub, depth + 1));
    }
    return out;
  }
}

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Splits both documents into skeletons and matched schema slots. */
export function splitDocuments(oldDoc: NormalizedDoc, newDoc: NormalizedDoc): Split {
  const sides = [new SkeletonSide(oldDoc), new SkeletonSide(newDoc)] as const;
  const roots = sides.map((s) => {
    const root = s.copy(s.doc.root, ROOT_OMIT) as Record<string, unknown>;
    root.asyncapi = SKELETON_VERSION;
    return root;
  }) as [Record<string, unknown>, Record<string, unknown>];
  const slots: Slot[] = [];
  const implicitMessages: ChangeLocation[] = [];
  const channelMaps = [
    recordOf(ownValue(oldDoc.root, 'channels')),
    recordOf(ownValue(newDoc.root, 'channels')),
  ] as const;
  const names = [...new Set([...Object.keys(channelMaps[0]), ...Object.keys(channelMaps[1])])].sort();
  const skeletonChannels: [Record<string, unknown>, Record<string, unknown>] = [{}, {}];
  // Messages that follow defaultContentType matter only when it changed.
  const defaultChanged = !dataEqual(
    ownValue(oldDoc.root, 'defaultContentType'),
    ownValue(newDoc.root, 'defaultContentType'),
  );
  for (const name of names) {
    const a = ownValue(channelMaps[0], name);
    const b = ownValue(channelMaps[1], name);
    if (!defaultChanged && isRecord(a) && isRecord(b) && sameApartFromSchemas(oldDoc, newDoc, a, b, 0)) {
      // Most channels of a regenerated spec are unchanged: no skeleton to diff, and of their
      // schemas only those reaching a component can differ (the component may have changed).
      slots.push(...channelSlots(sides, name, a, b, true));
      continue;
    }
    const built = [
      a === undefined ? undefined : channelSkeleton(sides[0], a, b),
      b === undefined ? undefined : channelSkeleton(sides[1], b, a),
    ];
    if (isRecord(a) && isRecord(b)) {
      slots.push(...channelSlots(sides, name, a, b));
      if (defaultChanged) implicitMessages.push(...implicitPairs(sides, name, built));
      // A channel whose skeletons are equal has no raw changes: @asyncapi/diff need not walk it.
      if (dataEqual(built[0], built[1])) continue;
    }
    if (built[0] !== undefined) setOwn(skeletonChannels[0], name, built[0]);
    if (built[1] !== undefined) setOwn(skeletonChannels[1], name, built[1]);
  }
  for (const i of [0, 1] as const) {
    const written = ownValue(sides[i].doc.root, 'channels');
    // `channels` that is not a mapping has no channels to pair: it is compared as it is (and reported unclassified).
    if (written !== undefined && !isRecord(written)) roots[i].channels = written;
    else if (Object.keys(skeletonChannels[i]).length > 0) roots[i].channels = skeletonChannels[i];
  }
  const skeleton = (i: 0 | 1): SkeletonDoc => ({
    root: roots[i],
    counterparts: sides[i].counterparts,
    implicitContentType: sides[i].implicitContentType,
  });
  return { old: skeleton(0), new: skeleton(1), slots, implicitMessages };
}

function channelSkeleton(side: SkeletonSide, channel: unknown, other: unknown): unknown {
  const out = side.copy(channel, CHANNEL_OMIT);
  if (!isRecord(out) || !isRecord(channel)) return out;
  for (const op of OPERATIONS) {
    const operation = ownValue(channel, op);
    if (operation === undefined) continue;
    const opOut = side.copy(operation, OPERATION_OMIT);
    if (isRecord(opOut) && isRecord(operation)) {
      const otherOp = isRecord(other) ? ownValue(other, op) : undefined;
      const messages = messageSkeletons(side, operation, otherOp);
      if (Object.keys(messages).length > 0) {
        opOut.messages = messages;
        side.counterparts.set(messages, { node: ownValue(operation, 'message'), segments: ['message'] });
      }
    }
    out[op] = opOut;
  }
  return out;
}

/** The messages of an operation: one `message`, or the branches of `message.oneOf`; `segments` lead there from `message`. */
function messagesOf(operation: unknown): Counterpart[] {
  const message = isRecord(operation) ? ownValue(operation, 'message') : undefined;
  if (message === undefined) return [];
  const oneOf = isRecord(message) ? ownValue(message, 'oneOf') : undefined;
  return Array.isArray(oneOf)
    ? oneOf.map((node, i) => ({ node, segments: ['oneOf', String(i)] }))
    : [{ node: message, segments: [] }];
}

/**
 * Keys that pair messages across the two documents: a lone message on both sides is the same
 * message whatever its name; otherwise messageId, then name, then position.
 */
export function messageKeys(mine: readonly Counterpart[], theirs: readonly Counterpart[]): string[] {
  if (mine.length === 1 && theirs.length === 1) return ['message'];
  const used = new Set<string>();
  return mine.map(({ node: m }, i) => {
    const id = isRecord(m) ? (ownValue(m, 'messageId') ?? ownValue(m, 'name')) : undefined;
    let key = typeof id === 'string' ? id : `#${i}`;
    if (used.has(key)) key = `${key}#${i}`;
    used.add(key);
    return key;
  });
}

function messageSkeletons(side: SkeletonSide, operation: unknown, otherOp: unknown): Record<string, unknown> {
  const mine = messagesOf(operation);
  const keys = messageKeys(mine, messagesOf(otherOp));
  const defaultType = ownValue(side.doc.root, 'defaultContentType');
  const out: Record<string, unknown> = {};
  mine.forEach((message, i) => {
    const skel = side.copy(message.node, MESSAGE_OMIT);
    if (isRecord(skel)) {
      side.counterparts.set(skel, message);
      // The type a client sees: its own contentType, else the document default.
      if (skel.contentType === undefined) {
        side.implicitContentType.add(skel);
        if (defaultType !== undefined) skel.contentType = defaultType;
      }
    }
    setOwn(out, keys[i] as string, skel);
  });
  return out;
}

function implicitPairs(
  sides: readonly [SkeletonSide, SkeletonSide],
  channel: string,
  built: unknown[],
): ChangeLocation[] {
  const out: ChangeLocation[] = [];
  for (const op of OPERATIONS) {
    const messages = built.map((b) => recordOf(ownValue(recordOf(ownValue(recordOf(b), op)), 'messages')));
    for (const key of Object.keys(messages[1] as Record<string, unknown>)) {
      const a = ownValue(messages[0] as Record<string, unknown>, key);
      const b = ownValue(messages[1] as Record<string, unknown>, key);
      if (isRecord(a) && isRecord(b) && sides[0].implicitContentType.has(a) && sides[1].implicitContentType.has(b)) {
        out.push({ channel, operation: op });
      }
    }
  }
  return out;
}

/** The schemas at the same places of a channel present in both documents. */
function channelSlots(
  sides: readonly [SkeletonSide, SkeletonSide],
  channel: string,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  onlyWithRefs = false,
): Slot[] {
  const slots: Slot[] = [];
  /** Where each side's node is: where it was written if a $ref put it here, else its natural place below its parent. */
  const places = (nodes: readonly unknown[], parents: readonly string[], key: string): [string, string] => [
    sides[0].originOf(nodes[0]) ?? childPointer(parents[0] as string, key),
    sides[1].originOf(nodes[1]) ?? childPointer(parents[1] as string, key),
  ];
  const field = (holders: readonly unknown[], key: string): [unknown, unknown] => [
    ownValue(recordOf(holders[0]), key),
    ownValue(recordOf(holders[1]), key),
  ];
  const add = (
    family: Family,
    direction: Direction,
    operation: Operation | null,
    holders: readonly unknown[],
    holderPlaces: readonly string[],
    key: string,
    defaultType?: string,
  ): void => {
    const [x, y] = field(holders, key);
    if (x === undefined && y === undefined) return;
    if (onlyWithRefs && !sides[0].reachesRef(x) && !sides[1].reachesRef(y)) return;
    const [oldPointer, newPointer] = places([x, y], holderPlaces, key);
    slots.push({
      family,
      direction,
      location: { channel, operation },
      old: withDefaultType(sides[0], x, defaultType),
      new: withDefaultType(sides[1], y, defaultType),
      oldPointer,
      newPointer,
    });
  };
  const channelPlaces = places([a, b], ['/channels', '/channels'], channel);
  const params = field([a, b], 'parameters');
  const paramPlaces = places(params, channelPlaces, 'parameters');
  for (const name of Object.keys(recordOf(params[1])).sort()) {
    const pair = field(params, name);
    if (isRecord(pair[0]) && isRecord(pair[1]))
      add('parameter', 'send', null, pair, places(pair, paramPlaces, name), 'schema');
  }
  // WebSocket `query` and `headers` are sent by the client when it connects; a query is a map of parameters, so `{}` means `{type: object}`.
  const wsSlots = (operation: Operation | null, holders: readonly unknown[], holderPlaces: readonly string[]): void => {
    const bindings = field(holders, 'bindings');
    const ws = field(bindings, 'ws');
    const wsPlaces = places(ws, places(bindings, holderPlaces, 'bindings'), 'ws');
    add('query', 'send', operation, ws, wsPlaces, 'query', 'object');
    add('header', 'send', operation, ws, wsPlaces, 'headers', 'object');
  };
  wsSlots(null, [a, b], channelPlaces);
  for (const op of OPERATIONS) {
    const ops = field([a, b], op);
    if (!isRecord(ops[0]) || !isRecord(ops[1])) continue;
    const opPlaces = places(ops, channelPlaces, op);
    wsSlots(op, ops, opPlaces);
    const holderPlaces = places(field(ops, 'message'), opPlaces, 'message');
    const ma = messagesOf(ops[0]);
    const mb = messagesOf(ops[1]);
    const ka = messageKeys(ma, mb);
    messageKeys(mb, ma).forEach((key, j) => {
      const x = ma[ka.indexOf(key)];
      const y = mb[j];
      if (x === undefined || y === undefined || !isRecord(x.node) || !isRecord(y.node)) return;
      const pair = [x.node, y.node];
      const msgPlaces = [x, y].map(
        (m, i) => sides[i as 0 | 1].originOf(m.node) ?? m.segments.reduce(childPointer, holderPlaces[i] as string),
      );
      add('payload', directionOf(op), op, pair, msgPlaces, 'payload');
      add('header', directionOf(op), op, pair, msgPlaces, 'headers');
    });
  }
  return slots;
}

/** Past this depth the comparison below gives up (says "different"), so the full path runs. */
const MAX_SAME_DEPTH = 64;

/**
 * Equal data, except that schemas reached through a `$ref` to a component count as equal when
 * they are the same component: whether the component changed is the slots' and the components'
 * business, not the skeleton's.
 */
function sameApartFromSchemas(
  oldDoc: NormalizedDoc,
  newDoc: NormalizedDoc,
  a: unknown,
  b: unknown,
  depth: number,
): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > MAX_SAME_DEPTH || Array.isArray(a) !== Array.isArray(b)) return false;
  const oa = oldDoc.targets.has(a) ? oldDoc.origins.get(a) : undefined;
  const ob = newDoc.targets.has(b) ? newDoc.origins.get(b) : undefined;
  if (oa !== undefined || ob !== undefined) {
    if (oa === undefined || oa !== ob) return false;
    if (oa.startsWith('/components/schemas/')) return true;
  }
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameApartFromSchemas(oldDoc, newDoc, a[i], bb[i], depth + 1)) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !sameApartFromSchemas(oldDoc, newDoc, ra[k], rb[k], depth + 1)) return false;
    count++;
  }
  for (const _ in rb) count--;
  return count === 0;
}

/** A schema that lacks the type its place implies gets it; an absent one becomes "anything" (of that type). */
function withDefaultType(side: SkeletonSide, schema: unknown, type: string | undefined): unknown {
  if (schema === undefined) return type === undefined ? {} : { type };
  if (type === undefined || !isRecord(schema) || ownValue(schema, 'type') !== undefined) return schema;
  const out: Record<string, unknown> = { ...schema, type };
  // A $ref target keeps its place, so its changes are still reported once, where it was written.
  const origin = side.originOf(schema);
  if (origin !== undefined) side.doc.origins.set(out, origin);
  return out;
}

/** Raw add/remove/edit entries between the skeletons, by @asyncapi/diff. */
export function rawChanges(oldSkeleton: SkeletonDoc, newSkeleton: SkeletonDoc): RawChange[] {
  const output = asyncApiDiff(oldSkeleton.root, newSkeleton.root).getOutput();
  if (typeof output === 'string') throw new Error('@asyncapi/diff returned text for JSON output');
  return output.changes.map((c) => ({ action: c.action, path: c.path }));
}
