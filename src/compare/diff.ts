/**
 * The two models side by side (pure): elements paired by identity, schemas split from the rest.
 *
 * Schemas (message payloads and headers, ws `query`/`headers`, channel parameters) become "slots",
 * compared by schema-diff.ts, which understands them. Everything else becomes a "skeleton": a
 * version-neutral tree of plain fields in which elements are keyed by identity (channels by
 * address, operations by direction then key, messages by name), so a 2.x and a 3.x document have
 * the same skeleton when they say the same thing. @asyncapi/diff compares the two skeletons;
 * classify.ts gives its raw add/remove/edit entries a meaning.
 *
 * @asyncapi/diff is called without `override`: its override support mutates a module-level
 * standard (leaking into later calls), and we ignore its verdicts anyway.
 */
import type { AsyncApiLocation, ChangeLocation } from '../types';
import { dataEqual, isRecord } from '../util/data';
import { asyncApiDiff } from '../util/packages';
import {
  DIRECTIONS,
  fieldPointer,
  opposite,
  type ChannelEl,
  type ClientDirection,
  type Element,
  type MessageEl,
  type Model,
  type OperationEl,
  type SchemaAt,
} from './model/index';
import {
  canonicalText,
  expandsTooFar,
  MAX_EXPANDED_NODES,
  ownValue,
  setOwn,
  shapeText,
  type NormalizedDoc,
  type Side as DocSide,
} from './normalize';
import type { Family } from './rules';
import { ELEMENT_FLAGS, lifecycleOf } from './lifecycle';

/** What a skeleton operation node stands for, for locations. */
export interface OpMeta {
  readonly word: string;
  readonly direction: ClientDirection;
  /** Messages of a reply travel the other way. */
  readonly replyOf?: OpMeta;
}

export interface SkeletonDoc {
  readonly root: Record<string, unknown>;
  readonly model: Model;
  /** Skeleton node → pointer of the element it stands for in the source document. */
  readonly pointers: Map<object, string>;
  /** Skeleton node → pointers of fields not written at `<its pointer>/<key>` (a 2.x url read as host). */
  readonly fieldPointers: Map<object, Record<string, string>>;
  readonly operations: Map<object, OpMeta>;
  /** Skeleton messages whose content type comes from `defaultContentType`. */
  readonly implicitContentType: Set<object>;
}

/** A schema present at the same place in both documents, with the use that decides its direction. */
export interface Slot {
  readonly family: Family;
  readonly direction: ClientDirection;
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
  readonly implicitMessages: readonly AsyncApiLocation[];
  /** Skeleton channel key → the channel's address (they differ where several channels share an address). */
  readonly addressOf: ReadonlyMap<string, string>;
}

export interface RawChange {
  readonly action: 'add' | 'remove' | 'edit';
  /** Pointer in the skeletons. */
  readonly path: string;
}

/**
 * @asyncapi/diff picks its classification standard from `asyncapi`; the skeletons are
 * version-neutral and the version is judged apart, so both carry this one.
 */
const SKELETON_VERSION = '2.6.0';

/** Parts cut out of a copy, as a trie of keys: ws `query` and `headers` are schemas, compared as slots. */
interface OmitTrie {
  readonly [key: string]: OmitTrie | true;
}
const BINDINGS_OMIT: OmitTrie = { ws: { query: true, headers: true } };
const FIELD_OMIT: Readonly<Record<string, OmitTrie>> = { bindings: BINDINGS_OMIT };

/** Deeper than this a skeleton copy is hostile nesting (cycles end at their first revisit): the rest is cut. */
const MAX_COPY_DEPTH = 256;

/** The `$ref` targets a copy is inside of, innermost first. */
interface Within {
  readonly node: object;
  readonly up: Within | null;
}

const isWithin = (node: object, within: Within | null): boolean => {
  for (let w = within; w !== null; w = w.up) if (w.node === node) return true;
  return false;
};

class Side {
  readonly pointers = new Map<object, string>();
  readonly fieldPointers = new Map<object, Record<string, string>>();
  readonly operations = new Map<object, OpMeta>();
  readonly implicitContentType = new Set<object>();
  /** Skeleton node → the model element it was built from. */
  readonly elements = new Map<object, Element>();
  readonly doc: NormalizedDoc;
  /** Nodes copied so far (MAX_EXPANDED_NODES). */
  private copied = 0;

  constructor(
    readonly model: Model,
    readonly name: DocSide,
  ) {
    this.doc = model.doc;
  }

  reachesRef(node: unknown): boolean {
    return typeof node === 'object' && node !== null && (this.doc.targets.has(node) || this.doc.refHolders.has(node));
  }

  /**
   * The value without the omitted parts. Subtrees with nothing to omit and no dereferenced `$ref`
   * inside are shared, not copied (@asyncapi/diff only reads them); a node reached through a
   * `$ref` deep down (or a component schema) is written back as that `$ref`, which keeps it finite.
   * Iterative over an explicit stack, so no document can overflow the JavaScript stack here.
   */
  copy(value: unknown, omit: OmitTrie | undefined): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const wrap = { v: value };
    const stack: {
      from: unknown;
      into: Record<string, unknown> | unknown[];
      key: string | number;
      omit: OmitTrie | undefined;
      depth: number;
      within: Within | null;
    }[] = [{ from: value, into: wrap as unknown as Record<string, unknown>, key: 'v', omit, depth: 0, within: null }];
    while (stack.length > 0) {
      const { from, into, key, omit: o, depth, within: w } = stack.pop() as (typeof stack)[number];
      const put = (v: unknown): void => {
        if (Array.isArray(into)) into[key as number] = v;
        else setOwn(into, key as string, v);
      };
      if (typeof from !== 'object' || from === null) {
        put(from);
        continue;
      }
      let within = w;
      if (this.doc.targets.has(from)) {
        const origin = this.doc.origins.get(from) ?? '';
        // A component schema is compared as a slot; a reference cycle ends where it comes back.
        if (depth > 0 && (origin.startsWith('/components/schemas/') || isWithin(from, within))) {
          put({ $ref: `#${origin}` });
          continue;
        }
        within = { node: from, up: within };
      }
      if (depth > MAX_COPY_DEPTH) {
        put(null);
        continue;
      }
      // A plain subtree is shared as it is. Not the value itself: the model may have made it (a 3.x
      // `info` without its tags), and only what normalization made is known to be plain.
      if (depth > 0 && o === undefined && !this.doc.refHolders.has(from)) {
        put(from);
        continue;
      }
      if (++this.copied > MAX_EXPANDED_NODES) expandsTooFar(this.name);
      if (Array.isArray(from)) {
        const out: unknown[] = new Array(from.length);
        put(out);
        from.forEach((item, i) =>
          stack.push({ from: item, into: out, key: i, omit: undefined, depth: depth + 1, within }),
        );
        continue;
      }
      const out: Record<string, unknown> = {};
      put(out);
      for (const k of Object.keys(from)) {
        const sub = o === undefined ? undefined : Object.hasOwn(o, k) ? o[k] : undefined;
        if (sub !== true)
          stack.push({
            from: (from as Record<string, unknown>)[k],
            into: out,
            key: k,
            omit: sub,
            depth: depth + 1,
            within,
          });
      }
    }
    return wrap.v;
  }

  /** A skeleton node for an element: its fields, copied, and where it came from. */
  node(el: Element, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(el.fields)) {
      const value = el.fields[key];
      if (value === undefined) continue;
      const omit = Object.hasOwn(FIELD_OMIT, key) ? FIELD_OMIT[key] : undefined;
      const v = this.copy(value, omit);
      // A bindings map that held only ws schemas (compared as slots) says nothing else.
      if (key === 'bindings' && isRecord(v) && isRecord(v.ws) && Object.keys(v.ws).length === 0) {
        delete v.ws;
        if (Object.keys(v).length === 0) continue;
      }
      setOwn(out, key, v);
    }
    for (const [key, v] of Object.entries(extra)) if (v !== undefined) setOwn(out, key, v);
    this.pointers.set(out, el.pointer);
    this.elements.set(out, el);
    if (Object.keys(el.fieldPointers).length > 0) this.fieldPointers.set(out, el.fieldPointers);
    return out;
  }
}

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/**
 * Keys that pair elements across the two documents: a lone element on both sides is the same
 * element whatever its name; otherwise the first of its names the other side also has, else its
 * own first name, then its position.
 */
export function pairKeys<T>(
  mine: readonly T[],
  theirs: readonly T[],
  lone: string | null,
  names: (x: T) => (string | null)[],
): string[] {
  if (mine.length === 1 && theirs.length === 1 && lone !== null) return [lone];
  const known = new Set(theirs.flatMap(names));
  const used = new Set<string>();
  return mine.map((x, i) => {
    const own = names(x).filter((n): n is string => n !== null);
    let key = own.find((n) => known.has(n)) ?? own[0] ?? `#${i}`;
    if (used.has(key)) key = `${key}#${i}`;
    used.add(key);
    return key;
  });
}

/**
 * A message is named by its name, component or key (MessageEl.ids); when the other side has none
 * of them (all renamed), by its payload, then by its payload's shape (the payload with other
 * documentation). `which` says whose document the message is in, for the error about a payload
 * too large to spell out.
 */
const messageNames =
  (which: (m: MessageEl) => DocSide) =>
  (m: MessageEl): (string | null)[] => [
    ...m.ids,
    m.payload === null ? null : `payload:${canonicalText(m.payload.schema, which(m))}`,
    m.payload === null ? null : `shape:${shapeText(m.payload.schema, which(m))}`,
  ];

/** Operations by channel key, then direction (nested maps: no key strings built per lookup). */
type OpIndex = Map<string, Partial<Record<ClientDirection, OperationEl[]>>>;

const byChannelAndDirection = (ops: readonly OperationEl[]): OpIndex => {
  const out: OpIndex = new Map();
  for (const op of ops) {
    const k = op.channelKey ?? op.channel;
    let byDir = out.get(k);
    if (byDir === undefined) out.set(k, (byDir = {}));
    (byDir[op.direction] ??= []).push(op);
  }
  return out;
};

const opsOf = (index: OpIndex | undefined, channelKey: string, direction: ClientDirection): OperationEl[] =>
  index?.get(channelKey)?.[direction] ?? [];

/** Pairs both models into skeletons and matched schema slots. */
export function splitModels(oldModel: Model, newModel: Model): Split {
  const sides = [new Side(oldModel, 'old'), new Side(newModel, 'new')] as const;
  const sameMajor = oldModel.major === newModel.major;
  const keyed3 = sameMajor && oldModel.major === 3;
  const roots = sides.map((s) => {
    const root = s.node(s.model.root);
    root.asyncapi = SKELETON_VERSION;
    return root;
  }) as [Record<string, unknown>, Record<string, unknown>];
  const slots: Slot[] = [];
  const implicitMessages: AsyncApiLocation[] = [];
  const defaults = [
    ownValue(oldModel.doc.root, 'defaultContentType'),
    ownValue(newModel.doc.root, 'defaultContentType'),
  ];
  const defaultChanged = !dataEqual(defaults[0], defaults[1]);

  // Servers
  const servers = sides.map((s) => {
    const out: Record<string, unknown> = {};
    for (const server of s.model.servers) setOwn(out, server.name, s.node(server));
    return out;
  });
  sides.forEach((_, i) => {
    if (Object.keys(servers[i] as object).length > 0) (roots[i] as Record<string, unknown>).servers = servers[i];
  });

  // Channels, by address (several channels on one address: by key as well)
  const byAddress = sides.map((s) => {
    const out = new Map<string, ChannelEl[]>();
    for (const c of s.model.channels) out.set(c.address, [...(out.get(c.address) ?? []), c]);
    return out;
  });
  const opMaps = sides.map((s) => byChannelAndDirection(s.model.operations));
  const addresses = [...new Set([...byAddress[0]!.keys(), ...byAddress[1]!.keys()])].sort();
  const skeletonChannels: [Record<string, unknown>, Record<string, unknown>] = [{}, {}];
  const pairs: [string, string, ChannelEl | undefined, ChannelEl | undefined][] = [];
  for (const address of addresses) {
    const [xs, ys] = [byAddress[0]!.get(address) ?? [], byAddress[1]!.get(address) ?? []];
    if (xs.length <= 1 && ys.length <= 1) {
      pairs.push([address, address, xs[0], ys[0]]);
      continue;
    }
    for (const key of [...new Set([...xs, ...ys].map((c) => c.key))].sort())
      pairs.push([`${address} (${key})`, address, xs.find((c) => c.key === key), ys.find((c) => c.key === key)]);
  }
  const addressOf = new Map<string, string>();
  const bothV2 = oldModel.major === 2 && newModel.major === 2;
  for (const [skey, address, a0, b0] of pairs) {
    addressOf.set(skey, address);
    const pair = [a0, b0] as const;
    if (
      (bothV2 || keyed3) &&
      !defaultChanged &&
      a0 !== undefined &&
      b0 !== undefined &&
      sameApartFromSchemas(sides, a0, b0) &&
      (bothV2 || sameOperationsApartFromSchemas(sides, opMaps, a0, b0))
    ) {
      // Most channels of a regenerated spec are unchanged: no skeleton to diff, and of their schemas only
      // those reaching a component can differ (the component may have changed).
      slots.push(...channelSlots(sides, address, a0, b0, pairsByPosition(opMaps, a0, b0), true));
      continue;
    }
    const built: (Record<string, unknown> | undefined)[] = [undefined, undefined];
    for (const i of [0, 1] as const) {
      const ch = pair[i];
      if (ch === undefined) continue;
      const s = sides[i];
      const params: Record<string, unknown> = {};
      for (const p of ch.parameters) setOwn(params, p.name, s.node(p));
      const node = s.node(ch, {
        key: keyed3 ? ch.key : undefined,
        parameters: ch.parameters.length > 0 ? params : undefined,
      });
      const other = pair[1 - i];
      for (const direction of DIRECTIONS) {
        const mine = opsOf(opMaps[i], ch.key, direction);
        const theirs = other === undefined ? [] : opsOf(opMaps[1 - i], other.key, direction);
        if (mine.length === 0) continue;
        const keys = pairKeys(mine, theirs, 'operation', (op) => [op.key, op.word]);
        const ops: Record<string, unknown> = {};
        mine.forEach((op, j) =>
          setOwn(ops, keys[j] as string, operationNode(s, op, theirs, keyed3, sameMajor, defaults[i])),
        );
        node[direction] = ops;
      }
      built[i] = node;
    }
    const [a, b] = pair;
    if (a !== undefined && b !== undefined) {
      slots.push(...channelSlots(sides, address, a, b, pairsFromSkeletons(sides, built)));
      if (defaultChanged) implicitMessages.push(...implicitPairs(sides, address, built));
      // A channel whose skeletons are equal has no raw changes: @asyncapi/diff need not walk it.
      if (dataEqual(built[0], built[1])) continue;
    }
    if (built[0] !== undefined) setOwn(skeletonChannels[0], skey, built[0]);
    if (built[1] !== undefined) setOwn(skeletonChannels[1], skey, built[1]);
  }
  for (const i of [0, 1] as const)
    if (Object.keys(skeletonChannels[i]).length > 0) roots[i].channels = skeletonChannels[i];
  const skeleton = (i: 0 | 1): SkeletonDoc => ({
    root: roots[i],
    model: sides[i].model,
    pointers: sides[i].pointers,
    fieldPointers: sides[i].fieldPointers,
    operations: sides[i].operations,
    implicitContentType: sides[i].implicitContentType,
  });
  return { old: skeleton(0), new: skeleton(1), slots, implicitMessages, addressOf };
}

function operationNode(
  side: Side,
  op: OperationEl,
  theirs: readonly OperationEl[],
  keyed3: boolean,
  sameMajor: boolean,
  defaultType: unknown,
): Record<string, unknown> {
  const otherOp = theirs.length === 1 ? theirs[0] : theirs.find((t) => t.key !== null && t.key === op.key);
  // Across versions the name compares as a 2.x operationId does (a 3.x key is what the converter makes of it).
  const id = sameMajor ? (keyed3 ? null : op.key) : (crossName(side.model.major, op, otherOp) ?? null);
  const node = side.node(op, {
    key: keyed3 ? op.key : undefined,
    operationId: id ?? undefined,
    messages: messagesNode(side, op.messages, otherOp?.messages ?? [], sameMajor, defaultType),
  });
  const meta: OpMeta = { word: op.word, direction: op.direction };
  side.operations.set(node, meta);
  if (op.reply !== null) {
    const reply = side.node(op.reply, {
      messages: messagesNode(side, op.reply.messages, otherOp?.reply?.messages ?? [], sameMajor, defaultType),
    });
    side.operations.set(reply, { word: op.word, direction: opposite(op.direction), replyOf: meta });
    node.reply = reply;
  }
  return node;
}

/**
 * An operation's name compared across major versions (a 2.x operationId with the 3.x key the
 * converter makes of it), or undefined where there is nothing to compare: no partner, or a 2.x
 * operation without operationId whose 3.x partner has the key the converter invents for it
 * (`<channel key>.<publish|subscribe>`).
 */
function crossName(major: 2 | 3, op: OperationEl, other: OperationEl | undefined): string | undefined {
  if (other === undefined) return undefined;
  const [v2, v3] = major === 2 ? [op, other] : [other, op];
  if (v2.name === null && (v3.name === null || v3.name === `${v3.channelKey ?? v3.channel}.${v2.word}`))
    return undefined;
  return op.name ?? undefined;
}

function messagesNode(
  side: Side,
  mine: readonly MessageEl[],
  theirs: readonly MessageEl[],
  sameMajor: boolean,
  defaultType: unknown,
): Record<string, unknown> | undefined {
  if (mine.length === 0) return undefined;
  const other = side.name === 'old' ? 'new' : 'old';
  const names = messageNames((m) => (mine.includes(m) ? side.name : other));
  const lone = loneMessages(side.name === 'old' ? mine : theirs, side.name === 'old' ? theirs : mine, names);
  const keys = pairKeys(mine, theirs, lone, names);
  const theirKeys = pairKeys(theirs, mine, lone, names);
  const out: Record<string, unknown> = {};
  mine.forEach((m, i) => {
    const partner = theirs[theirKeys.indexOf(keys[i] as string)];
    // A 2.x messageId is compared as such; across versions with the 3.x key the converter makes of it.
    // Where the 2.x message has none, a 3.x key counts only when it is not one the converter invents
    // (`<operation>.message`, `<operation>.message.<n>`).
    const v2Id = side.model.major === 2 ? m.key : partner?.key;
    const v3 = side.model.major === 3 ? m : partner;
    const invented = v3?.key === null || v3?.key === undefined || /\.message(\.\d+)?$/.test(v3.key);
    const crossId = (v2Id !== null && v2Id !== undefined) || !invented;
    const keyed = m.key !== null && partner?.key !== null && partner?.key !== undefined;
    const skel = side.node(m, {
      messageId: (sameMajor ? side.model.major === 2 : crossId) ? (m.key ?? undefined) : undefined,
      key: sameMajor && side.model.major === 3 && keyed ? (m.key ?? undefined) : undefined,
    });
    // The type a client sees: its own contentType, else the document default.
    if (skel.contentType === undefined) {
      side.implicitContentType.add(skel);
      if (defaultType !== undefined) skel.contentType = defaultType;
    }
    setOwn(out, keys[i] as string, skel);
  });
  return out;
}

/**
 * The key that pairs a lone message on each side whatever its names, or null when they are not
 * one message: the old one was deprecated (docs/classification.md, "Deprecation and sunset") and
 * the new one shares none of its names, so it was removed and a successor added.
 */
function loneMessages(
  olds: readonly MessageEl[],
  news: readonly MessageEl[],
  names: (m: MessageEl) => (string | null)[],
): string | null {
  const [old, young] = [olds[0], news[0]];
  if (old === undefined || young === undefined || lifecycleOf(old.fields, ELEMENT_FLAGS) === undefined)
    return 'message';
  const theirs = new Set(names(young));
  return names(old).some((n) => n !== null && theirs.has(n)) ? 'message' : null;
}

function implicitPairs(sides: readonly [Side, Side], channel: string, built: readonly unknown[]): AsyncApiLocation[] {
  const out: AsyncApiLocation[] = [];
  for (const direction of DIRECTIONS) {
    const ops = built.map((b) => recordOf(ownValue(recordOf(b), direction)));
    for (const opKey of Object.keys(ops[1] as object)) {
      const opNodes = ops.map((o) => recordOf(ownValue(o, opKey)));
      const meta = sides[1].operations.get(opNodes[1] as object);
      const messages = opNodes.map((o) => recordOf(ownValue(o, 'messages')));
      for (const key of Object.keys(messages[1] as object)) {
        const a = ownValue(messages[0] as Record<string, unknown>, key);
        const b = ownValue(messages[1] as Record<string, unknown>, key);
        if (isRecord(a) && isRecord(b) && sides[0].implicitContentType.has(a) && sides[1].implicitContentType.has(b))
          out.push({ channel, direction, operation: meta?.word ?? null });
      }
    }
  }
  return out;
}

/** The schemas at the same places of a channel present in both documents. */
function channelSlots(
  sides: readonly [Side, Side],
  channel: string,
  a: ChannelEl,
  b: ChannelEl,
  opPairs: readonly OpPair[],
  onlyWithRefs = false,
): Slot[] {
  const slots: Slot[] = [];
  const add = (
    family: Family,
    direction: ClientDirection,
    location: AsyncApiLocation,
    x: SchemaAt | null,
    y: SchemaAt | null,
    naturals: readonly [string, string],
    defaultType?: string,
  ): void => {
    if (x === null && y === null) return;
    const xs = x?.schema;
    const ys = y?.schema;
    // Equal inline schemas (no `$ref` inside that a component change could reach) have nothing to say.
    const refs = sides[0].reachesRef(xs) || sides[1].reachesRef(ys);
    if (!refs && (onlyWithRefs || dataEqual(xs, ys))) return;
    slots.push({
      family,
      direction,
      location,
      old: withDefaultType(sides[0], xs, defaultType),
      new: withDefaultType(sides[1], ys, defaultType),
      oldPointer: x?.pointer ?? naturals[0],
      newPointer: y?.pointer ?? naturals[1],
    });
  };
  const channelLocation: AsyncApiLocation = { channel, direction: null, operation: null };
  for (const p of b.parameters) {
    const q = a.parameters.find((x) => x.name === p.name);
    if (q === undefined) continue;
    add('parameter', 'client-sends', channelLocation, q.schema, p.schema, [q.pointer, p.pointer]);
  }
  // WebSocket `query` and `headers` are sent by the client when it connects; a query is a map of parameters, so `{}` means `{type: object}`.
  const wsSlots = (location: AsyncApiLocation, x: Element, y: Element): void => {
    const ws = [x, y].map((el) => recordOf(ownValue(recordOf(el.fields.bindings), 'ws')));
    const at = (el: Element, key: string): string => `${fieldPointer(el, 'bindings')}/ws/${key}`;
    for (const [family, key] of [
      ['query', 'query'],
      ['header', 'headers'],
    ] as const) {
      const xs = ownValue(ws[0] as Record<string, unknown>, key);
      const ys = ownValue(ws[1] as Record<string, unknown>, key);
      if (xs === undefined && ys === undefined) continue;
      add(
        family,
        'client-sends',
        location,
        xs === undefined ? null : { schema: xs, pointer: at(x, key) },
        ys === undefined ? null : { schema: ys, pointer: at(y, key) },
        [at(x, key), at(y, key)],
        'object',
      );
    }
  };
  wsSlots(channelLocation, a, b);
  for (const { x, y, direction, messages } of opPairs) {
    const location: AsyncApiLocation = { channel, direction, operation: y.word };
    wsSlots(location, x, y);
    for (const [dir, mx, my] of messages) {
      const loc: AsyncApiLocation = { channel, direction: dir, operation: y.word };
      add('payload', dir, loc, mx.payload, my.payload, [`${mx.pointer}/payload`, `${my.pointer}/payload`]);
      add('header', dir, loc, mx.headers, my.headers, [`${mx.pointer}/headers`, `${my.pointer}/headers`]);
    }
  }
  return slots;
}

/** Two operations paired across the documents, with their messages paired (reply messages travel the other way). */
interface OpPair {
  readonly x: OperationEl;
  readonly y: OperationEl;
  readonly direction: ClientDirection;
  readonly messages: readonly [ClientDirection, MessageEl, MessageEl][];
}

/** The pairs the skeletons made (by identity). */
function pairsFromSkeletons(sides: readonly [Side, Side], built: readonly unknown[]): OpPair[] {
  const out: OpPair[] = [];
  for (const direction of DIRECTIONS) {
    const ops = built.map((n) => recordOf(ownValue(recordOf(n), direction)));
    for (const opKey of Object.keys(ops[1] as object)) {
      const nodes = ops.map((o) => ownValue(o, opKey));
      if (!isRecord(nodes[0]) || !isRecord(nodes[1])) continue;
      const x = sides[0].elements.get(nodes[0]) as OperationEl | undefined;
      const y = sides[1].elements.get(nodes[1]) as OperationEl | undefined;
      if (x === undefined || y === undefined) continue;
      const messages: [ClientDirection, MessageEl, MessageEl][] = [];
      const lists: [ClientDirection, unknown, unknown][] = [
        [direction, ownValue(nodes[0], 'messages'), ownValue(nodes[1], 'messages')],
        [
          opposite(direction),
          ownValue(recordOf(ownValue(nodes[0], 'reply')), 'messages'),
          ownValue(recordOf(ownValue(nodes[1], 'reply')), 'messages'),
        ],
      ];
      for (const [dir, ma, mb] of lists) {
        for (const key of Object.keys(recordOf(mb))) {
          const mx = sides[0].elements.get(ownValue(recordOf(ma), key) as object) as MessageEl | undefined;
          const my = sides[1].elements.get(ownValue(recordOf(mb), key) as object) as MessageEl | undefined;
          if (mx !== undefined && my !== undefined) messages.push([dir, mx, my]);
        }
      }
      out.push({ x, y, direction, messages });
    }
  }
  return out;
}

/** Channels equal apart from schemas: operations and messages pair by position. */
function pairsByPosition(opMaps: readonly OpIndex[], a: ChannelEl, b: ChannelEl): OpPair[] {
  const out: OpPair[] = [];
  for (const direction of DIRECTIONS) {
    const xs = opsOf(opMaps[0], a.key, direction);
    const ys = opsOf(opMaps[1], b.key, direction);
    xs.forEach((x, i) => {
      const y = ys[i];
      if (y === undefined) return;
      const byPosition = (dir: ClientDirection, mxs: readonly MessageEl[], mys: readonly MessageEl[]) =>
        mxs.flatMap((mx, j): [ClientDirection, MessageEl, MessageEl][] => {
          const my = mys[j];
          return my === undefined ? [] : [[dir, mx, my]];
        });
      const messages = [
        ...byPosition(direction, x.messages, y.messages),
        ...byPosition(opposite(direction), x.reply?.messages ?? [], y.reply?.messages ?? []),
      ];
      out.push({ x, y, direction, messages });
    });
  }
  return out;
}

/** Past this depth (hostile nesting: cycles stop at their first revisit) the comparison below gives up (says "different"), so the full path runs. */
const MAX_SAME_DEPTH = 64;

/**
 * The two channels (2.x: operations and messages inside) are equal data, except that schemas
 * reached through a `$ref` to a component count as equal when they are the same component:
 * whether the component changed is the slots' and the components' business.
 */
function sameApartFromSchemas(sides: readonly [Side, Side], a: ChannelEl, b: ChannelEl): boolean {
  const node = (side: Side, key: string): unknown => ownValue(recordOf(ownValue(side.doc.root, 'channels')), key);
  return same(sides[0].doc, sides[1].doc, node(sides[0], a.key), node(sides[1], b.key), 0);
}

/**
 * 3.x: the operations on two channels are, direction by direction and in order, under the same
 * keys and equal apart from schemas (their `channel` and `messages` references included), so the
 * channels pair by position like 2.x ones.
 */
function sameOperationsApartFromSchemas(
  sides: readonly [Side, Side],
  opMaps: readonly OpIndex[],
  a: ChannelEl,
  b: ChannelEl,
): boolean {
  if (a.key !== b.key) return false;
  const node = (side: Side, op: OperationEl): unknown =>
    ownValue(recordOf(ownValue(side.doc.root, 'operations')), op.word);
  return DIRECTIONS.every((direction) => {
    const xs = opsOf(opMaps[0], a.key, direction);
    const ys = opsOf(opMaps[1], b.key, direction);
    return (
      xs.length === ys.length &&
      xs.every((x, i) => {
        const y = ys[i] as OperationEl;
        // Messages pair by position below: only safe where there is one per list (the model's
        // order of several follows key order, which a re-serialization may reverse).
        const single = (o: OperationEl): boolean => o.messages.length <= 1 && (o.reply?.messages.length ?? 0) <= 1;
        return (
          x.word === y.word &&
          x.key === y.key &&
          single(x) &&
          single(y) &&
          same(sides[0].doc, sides[1].doc, node(sides[0], x), node(sides[1], y), 0)
        );
      })
    );
  });
}

/**
 * Pairs of `$ref` targets (the only nodes reached along several paths, or in cycles) already
 * compared or being compared: met again, a pair counts as the same (a difference anywhere ends the
 * whole comparison with false), so a shared or recursive element is walked once per pair.
 */
type SeenPairs = Map<object, Set<object>>;

function same(
  oldDoc: NormalizedDoc,
  newDoc: NormalizedDoc,
  a: unknown,
  b: unknown,
  depth: number,
  seen: SeenPairs = new Map(),
): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > MAX_SAME_DEPTH || Array.isArray(a) !== Array.isArray(b)) return false;
  const oa = oldDoc.targets.has(a) ? oldDoc.origins.get(a) : undefined;
  const ob = newDoc.targets.has(b) ? newDoc.origins.get(b) : undefined;
  if (oa !== undefined || ob !== undefined) {
    if (oa === undefined || oa !== ob) return false;
    if (oa.startsWith('/components/schemas/')) return true;
    let visited = seen.get(a);
    if (visited?.has(b)) return true;
    if (visited === undefined) seen.set(a, (visited = new Set()));
    visited.add(b);
  }
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(oldDoc, newDoc, a[i], bb[i], depth + 1, seen)) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !same(oldDoc, newDoc, ra[k], rb[k], depth + 1, seen)) return false;
    count++;
  }
  for (const _ in rb) count--;
  return count === 0;
}

/** A schema that lacks the type its place implies gets it; an absent one becomes "anything" (of that type). */
function withDefaultType(side: Side, schema: unknown, type: string | undefined): unknown {
  if (schema === undefined) return type === undefined ? {} : { type };
  if (type === undefined || !isRecord(schema) || ownValue(schema, 'type') !== undefined) return schema;
  const out: Record<string, unknown> = { ...schema, type };
  // A $ref target keeps its place, so its changes are still reported once, where it was written.
  const origin = side.doc.origins.get(schema);
  if (origin !== undefined) side.doc.origins.set(out, origin);
  return out;
}

/** Raw add/remove/edit entries between the skeletons, by @asyncapi/diff. */
export function rawChanges(oldSkeleton: SkeletonDoc, newSkeleton: SkeletonDoc): RawChange[] {
  const output = asyncApiDiff().diff(oldSkeleton.root, newSkeleton.root).getOutput();
  if (typeof output === 'string') throw new Error('@asyncapi/diff returned text for JSON output');
  return output.changes.map((c) => ({ action: c.action, path: c.path }));
}
