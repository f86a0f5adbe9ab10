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

export const OPERATIONS: readonly Operation[] = ['publish', 'subscribe'];

/** Seen from the client: it receives what the application publishes under `subscribe`. */
export const directionOf = (op: Operation): Direction => (op === 'subscribe' ? 'receive' : 'send');

export interface SkeletonDoc {
  readonly root: Record<string, unknown>;
  /** Skeleton object → pointer of the normalized node it was copied from. */
  readonly origins: WeakMap<object, string>;
  /** Skeleton messages whose content type comes from `defaultContentType`. */
  readonly implicitContentType: WeakSet<object>;
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

/** Parts of the skeleton cut out at a relative path: schemas go to slots, operations and messages are built apart. */
type Omit = readonly (readonly string[])[];
const ROOT_OMIT: Omit = [['asyncapi'], ['components'], ['channels']];
const CHANNEL_OMIT: Omit = [['parameters', '*', 'schema'], ['bindings', 'ws', 'query|headers'], ['subscribe|publish']];
const OPERATION_OMIT: Omit = [['message'], ['bindings', 'ws', 'query|headers']];
const MESSAGE_OMIT: Omit = [['payload|headers']];

/** Maps of named things: an empty entry in them is still a thing (a channel with nothing in it). */
const ENTITY_MAPS = new Set(['channels', 'servers', 'parameters', 'variables', 'messages']);

const matches = (pattern: readonly string[], rel: readonly string[]): boolean =>
  pattern.length === rel.length && pattern.every((p, i) => p === '*' || p.split('|').includes(rel[i] as string));

class SkeletonSide {
  readonly origins = new WeakMap<object, string>();
  readonly implicitContentType = new WeakSet<object>();

  constructor(readonly doc: NormalizedDoc) {}

  originOf(node: unknown): string | undefined {
    return typeof node === 'object' && node !== null ? this.doc.origins.get(node) : undefined;
  }

  /**
   * A copy without the omitted parts, empty containers (`parameters: {}`, `tags: []`) dropped as
   * absent, and any schema still inside (a binding's schema) written back as a `$ref`, which keeps
   * the skeleton finite and small.
   */
  copy(value: unknown, omit: Omit, rel: readonly string[] = [], parentKey = '', ancestors = new Set<object>()): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const origin = this.originOf(value);
    if (origin !== undefined && rel.length > 0 && (ancestors.has(value) || origin.startsWith('/components/schemas/'))) {
      return { $ref: `#${origin}` };
    }
    ancestors.add(value);
    let out: Record<string, unknown> | unknown[];
    if (Array.isArray(value)) {
      out = value.map((item, i) => this.copy(item, omit, [...rel, String(i)], String(i), ancestors));
    } else {
      out = {};
      for (const key of Object.keys(value)) {
        const childRel = [...rel, key];
        if (omit.some((p) => matches(p, childRel))) continue;
        const child = this.copy((value as Record<string, unknown>)[key], omit, childRel, key, ancestors);
        if (isEmptyContainer(child) && !ENTITY_MAPS.has(parentKey)) continue;
        setOwn(out, key, child);
      }
    }
    ancestors.delete(value);
    if (origin !== undefined) this.origins.set(out, origin);
    return out;
  }
}

const isEmptyContainer = (v: unknown): boolean =>
  (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Splits both documents into skeletons and matched schema slots. */
export function splitDocuments(oldDoc: NormalizedDoc, newDoc: NormalizedDoc): Split {
  const sides = [new SkeletonSide(oldDoc), new SkeletonSide(newDoc)] as const;
  const roots = sides.map((s) => {
    const root = s.copy(s.doc.root, ROOT_OMIT) as Record<string, unknown>;
    root.asyncapi = SKELETON_VERSION;
    return root;
  });
  const slots: Slot[] = [];
  const implicitMessages: ChangeLocation[] = [];
  const channelMaps = sides.map((s) => recordOf(ownValue(s.doc.root, 'channels')));
  const names = [...new Set([...Object.keys(channelMaps[0]), ...Object.keys(channelMaps[1])])].sort();
  const skeletonChannels = [{}, {}] as Record<string, unknown>[];
  for (const name of names) {
    const pair = [ownValue(channelMaps[0], name), ownValue(channelMaps[1], name)];
    const built = [0, 1].map((i) => (pair[i] === undefined ? undefined : channelSkeleton(sides[i] as SkeletonSide, name, pair[i], pair[1 - i])));
    built.forEach((b, i) => b !== undefined && setOwn(skeletonChannels[i] as Record<string, unknown>, name, b));
    if (isRecord(pair[0]) && isRecord(pair[1])) {
      slots.push(...channelSlots(sides, name, pair[0], pair[1]));
      implicitMessages.push(...implicitPairs(sides, name, built));
    }
  }
  roots.forEach((root, i) => {
    const channels = skeletonChannels[i] as Record<string, unknown>;
    if (Object.keys(channels).length > 0) root.channels = channels;
    const origin = sides[i]?.originOf(ownValue(sides[i].doc.root, 'channels'));
    if (origin !== undefined) sides[i]?.origins.set(channels, origin);
  });
  const skeleton = (i: 0 | 1): SkeletonDoc => ({ root: roots[i] as Record<string, unknown>, origins: sides[i].origins, implicitContentType: sides[i].implicitContentType });
  return { old: skeleton(0), new: skeleton(1), slots, implicitMessages };
}

function channelSkeleton(side: SkeletonSide, name: string, channel: unknown, other: unknown): unknown {
  const out = side.copy(channel, CHANNEL_OMIT, ['channels', name], 'channels');
  if (!isRecord(out) || !isRecord(channel)) return out;
  for (const op of OPERATIONS) {
    const operation = ownValue(channel, op);
    if (operation === undefined) continue;
    const opOut = side.copy(operation, OPERATION_OMIT, ['channels', name, op], op);
    if (isRecord(opOut) && isRecord(operation)) {
      const otherOp = isRecord(other) ? ownValue(other, op) : undefined;
      const messages = messageSkeletons(side, operation, otherOp);
      if (Object.keys(messages).length > 0) {
        opOut.messages = messages;
        const holder = side.originOf(operation);
        if (holder !== undefined) side.origins.set(messages, childPointer(holder, 'message'));
      }
    }
    out[op] = opOut;
  }
  return out;
}

/** The messages of an operation: one `message`, or the branches of `message.oneOf`. */
function messagesOf(operation: unknown): unknown[] {
  const message = isRecord(operation) ? ownValue(operation, 'message') : undefined;
  if (!isRecord(message)) return message === undefined ? [] : [message];
  const oneOf = ownValue(message, 'oneOf');
  return Array.isArray(oneOf) ? oneOf : [message];
}

/**
 * Keys that pair messages across the two documents: a lone message on both sides is the same
 * message whatever its name; otherwise messageId, then name, then position.
 */
export function messageKeys(mine: readonly unknown[], theirs: readonly unknown[]): string[] {
  if (mine.length === 1 && theirs.length === 1) return ['message'];
  const used = new Set<string>();
  return mine.map((m, i) => {
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
    const skel = side.copy(message, MESSAGE_OMIT, ['messages', keys[i] as string], 'messages');
    if (isRecord(skel)) {
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

function implicitPairs(sides: readonly [SkeletonSide, SkeletonSide], channel: string, built: unknown[]): ChangeLocation[] {
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
function channelSlots(sides: readonly [SkeletonSide, SkeletonSide], channel: string, a: Record<string, unknown>, b: Record<string, unknown>): Slot[] {
  const slots: Slot[] = [];
  const add = (family: Family, direction: Direction, operation: Operation | null, x: unknown, y: unknown, holderA: unknown, holderB: unknown, key: string, defaultType?: string): void => {
    if (x === undefined && y === undefined) return;
    const oldPointer = childPointer(sides[0].originOf(holderA) ?? '', key);
    const newPointer = childPointer(sides[1].originOf(holderB) ?? '', key);
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
  const params = [recordOf(ownValue(a, 'parameters')), recordOf(ownValue(b, 'parameters'))] as const;
  for (const name of Object.keys(params[1]).sort()) {
    const pa = ownValue(params[0], name);
    const pb = ownValue(params[1], name);
    if (!isRecord(pa) || !isRecord(pb)) continue;
    add('parameter', 'send', null, ownValue(pa, 'schema'), ownValue(pb, 'schema'), pa, pb, 'schema');
  }
  addWsSlots(add, null, a, b);
  for (const op of OPERATIONS) {
    const oa = ownValue(a, op);
    const ob = ownValue(b, op);
    if (!isRecord(oa) || !isRecord(ob)) continue;
    addWsSlots(add, op, oa, ob);
    const ma = messagesOf(oa);
    const mb = messagesOf(ob);
    const ka = messageKeys(ma, mb);
    const kb = messageKeys(mb, ma);
    kb.forEach((key, j) => {
      const i = ka.indexOf(key);
      const x = ma[i];
      const y = mb[j];
      if (i < 0 || !isRecord(x) || !isRecord(y)) return;
      add('payload', directionOf(op), op, ownValue(x, 'payload'), ownValue(y, 'payload'), x, y, 'payload');
      add('header', directionOf(op), op, ownValue(x, 'headers'), ownValue(y, 'headers'), x, y, 'headers');
    });
  }
  return slots;
}

type AddSlot = (family: Family, direction: Direction, operation: Operation | null, x: unknown, y: unknown, holderA: unknown, holderB: unknown, key: string, defaultType?: string) => void;

/** WebSocket binding `query` and `headers`: always sent by the client, when it opens the connection. */
function addWsSlots(add: AddSlot, operation: Operation | null, a: Record<string, unknown>, b: Record<string, unknown>): void {
  const wsA = ownValue(recordOf(ownValue(a, 'bindings')), 'ws');
  const wsB = ownValue(recordOf(ownValue(b, 'bindings')), 'ws');
  const ra = recordOf(wsA);
  const rb = recordOf(wsB);
  // A query is a map of parameters: `{}` and `{type: object}` say the same.
  add('query', 'send', operation, ownValue(ra, 'query'), ownValue(rb, 'query'), wsA, wsB, 'query', 'object');
  add('header', 'send', operation, ownValue(ra, 'headers'), ownValue(rb, 'headers'), wsA, wsB, 'headers', 'object');
}

/** A schema that lacks the type its place implies gets it; an absent one becomes "anything" (of that type). */
function withDefaultType(side: SkeletonSide, schema: unknown, type: string | undefined): unknown {
  if (schema === undefined) return type === undefined ? {} : { type };
  if (type === undefined || !isRecord(schema) || ownValue(schema, 'type') !== undefined) return schema;
  const out: Record<string, unknown> = { ...schema, type };
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
