/** AsyncAPI 3.0–3.1 → the comparison model. */
import { dataEqual, isRecord } from '../../util/data';
import { parsePointer } from '../../util/pointer';
import { canonicalText, childPointer, ownValue, type NormalizedDoc } from '../normalize';
import {
  applyTraits,
  componentName,
  messageIds,
  elementOf,
  keepMalformed,
  placeOf,
  rawAt,
  recordOf,
  schemeNames,
  sortedScopes,
  stringOr,
  takeSchema,
} from './common';
import type { Perspective } from '../../types';
import {
  fieldPointer,
  readAs,
  type ChannelEl,
  type ClientDirection,
  type Element,
  type MessageEl,
  type Model,
  type OperationEl,
  type ReplyEl,
  type ServerEl,
} from './model';
import { PARAMETER_SCHEMA_KEYS } from './v2';

const ROOT_OMIT = new Set(['asyncapi', 'components', 'channels', 'servers', 'operations']);
const SERVER_OMIT = new Set<string>();
const CHANNEL_OMIT = new Set(['address', 'parameters', 'messages']);
const PARAMETER_OMIT = new Set<string>(PARAMETER_SCHEMA_KEYS);
const OPERATION_OMIT = new Set(['action', 'channel', 'messages', 'reply', 'traits']);
const MESSAGE_OMIT = new Set(['traits']);
const REPLY_OMIT = new Set(['channel', 'messages']);

/** 3.x `action` is the application's: it sends, so clients receive. */
const DIRECTION: Readonly<Record<string, ClientDirection>> = { send: 'client-receives', receive: 'client-sends' };

interface ChannelInfo {
  readonly el: ChannelEl;
  /** Pointer of a message (where it was written) → its key in this channel. */
  readonly messages: Map<string, { key: string; node: unknown }>;
  /** Keys of its messages some operation or reply lists. */
  readonly used: Set<string>;
}

/**
 * A `$ref` target and the same node reached by its natural place are distinct normalized
 * objects, so channels and messages are matched by the pointer they were written at.
 */
const lookup = (
  doc: NormalizedDoc,
  byPointer: ReadonlyMap<string, ChannelInfo>,
  node: unknown,
): ChannelInfo | undefined => {
  const origin = typeof node === 'object' && node !== null ? doc.origins.get(node) : undefined;
  return origin === undefined ? undefined : byPointer.get(origin);
};

export function readV3(doc: NormalizedDoc, version: string, cross: boolean, perspective: Perspective): Model {
  const top = doc.root;
  const root = elementOf(top, '', ROOT_OMIT);
  // 3.x moved the document's tags and externalDocs into `info`: they are compared where 2.x has them.
  const info = ownValue(top, 'info');
  if (isRecord(info)) {
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(info)) {
      if (key === 'tags' || key === 'externalDocs') {
        root.fields[key] = value;
        root.fieldPointers[key] = childPointer('/info', key);
      } else rest[key] = value;
    }
    root.fields.info = rest;
  }
  keepMalformed(root, top, ['servers', 'channels', 'operations']);
  const schemesInUse = new Set<string>();
  const servers: ServerEl[] = Object.entries(recordOf(ownValue(top, 'servers'))).map(([name, node]) => {
    const el = elementOf(node, placeOf(doc, node, childPointer('/servers', name)), SERVER_OMIT);
    if (cross) urlAsV2(el);
    securityOf(doc, el, schemesInUse);
    return { pointer: el.pointer, fields: el.fields, fieldPointers: el.fieldPointers, name };
  });

  const byNode = new Map<string, ChannelInfo>();
  const channels: ChannelEl[] = [];
  for (const [key, node] of Object.entries(recordOf(ownValue(top, 'channels')))) {
    const pointer = placeOf(doc, node, childPointer('/channels', key));
    const el = elementOf(node, pointer, CHANNEL_OMIT);
    const address = stringOr(ownValue(recordOf(node), 'address'), key);
    if (Array.isArray(el.fields.servers)) el.fields.servers = el.fields.servers.map((s) => serverName(doc, s) ?? s);
    const parameters = Object.entries(recordOf(ownValue(recordOf(node), 'parameters'))).map(([name, p]) => {
      const pel = elementOf(
        p,
        placeOf(doc, p, childPointer(childPointer(pointer, 'parameters'), name)),
        PARAMETER_OMIT,
      );
      // A 3.x parameter is a string, limited by its enum: compared as that schema.
      const schema: Record<string, unknown> = { type: 'string' };
      for (const k of PARAMETER_SCHEMA_KEYS) if (ownValue(recordOf(p), k) !== undefined) schema[k] = recordOf(p)[k];
      return {
        pointer: pel.pointer,
        fields: pel.fields,
        fieldPointers: pel.fieldPointers,
        name,
        schema: { schema, pointer: pel.pointer },
      };
    });
    const channel: ChannelEl = {
      pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key,
      address,
      parameters,
      unused: [],
    };
    channels.push(channel);
    const messages = new Map<string, { key: string; node: unknown }>();
    for (const [mkey, m] of Object.entries(recordOf(ownValue(recordOf(node), 'messages')))) {
      const at = placeOf(doc, m, childPointer(childPointer(pointer, 'messages'), mkey));
      if (!messages.has(at)) messages.set(at, { key: mkey, node: m });
    }
    byNode.set(pointer, { el: channel, messages, used: new Set() });
  }

  const operations: OperationEl[] = [];
  for (const [key, node] of Object.entries(recordOf(ownValue(top, 'operations')))) {
    const pointer = placeOf(doc, node, childPointer('/operations', key));
    const el = elementOf(node, pointer, OPERATION_OMIT);
    applyTraits(doc, el, ownValue(recordOf(node), 'traits'), true);
    securityOf(doc, el, schemesInUse);
    const channel = lookup(doc, byNode, ownValue(recordOf(node), 'channel'));
    const written = DIRECTION[stringOr(ownValue(recordOf(node), 'action'), '')] ?? 'client-receives';
    const direction = readAs(written, perspective);
    operations.push({
      pointer: el.pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key: cross ? null : key,
      name: key,
      word: key,
      direction,
      channel: channel?.el.address ?? stringOr(ownValue(recordOf(ownValue(recordOf(node), 'channel')), '$ref'), key),
      channelKey: channel?.el.key ?? null,
      messages: messagesOf(doc, ownValue(recordOf(node), 'messages'), channel, childPointer(pointer, 'messages')),
      reply: replyOf(doc, ownValue(recordOf(node), 'reply'), channel, byNode, childPointer(pointer, 'reply')),
    });
  }
  // Channel messages no operation lists are judged like unused components (docs/classification.md).
  for (const { el, messages, used } of byNode.values())
    for (const [pointer, { key, node }] of messages)
      if (!used.has(key)) el.unused.push(keyed(message(doc, node, key, pointer), el, key));
  return { major: 3, version, doc, root, servers, channels, operations, schemesInUse };
}

/** The key is written in the channel, wherever the message itself is. */
function keyed(el: MessageEl, channel: ChannelEl, key: string): MessageEl {
  el.fieldPointers.key = childPointer(childPointer(channel.pointer, 'messages'), key);
  return el;
}

/** The messages an operation lists (all its channel's when it lists none). */
function messagesOf(doc: NormalizedDoc, listed: unknown, channel: ChannelInfo | undefined, at: string): MessageEl[] {
  const entries: [unknown, string | null, string][] = Array.isArray(listed)
    ? listed.map((m, i) => {
        const pointer = placeOf(doc, m, childPointer(at, i));
        // The key the operation's `$ref` names; else the channel message written at the same place; else (listed
        // through another route, a component the channel message points at) the one with the same content.
        const key =
          channelMessageKey(rawAt(doc.source, childPointer(at, i))) ??
          channel?.messages.get(pointer)?.key ??
          [...(channel?.messages.values() ?? [])].find((c) => dataEqual(c.node, m))?.key ??
          null;
        return [m, key, pointer];
      })
    : [...(channel?.messages ?? new Map<string, { key: string; node: unknown }>())].map(([pointer, k]) => [
        k.node,
        k.key,
        pointer,
      ]);
  return entries.map(([node, key, pointer]) => {
    const el = message(doc, node, key, pointer);
    if (key === null || channel === undefined) return el;
    channel.used.add(key);
    return keyed(el, channel.el, key);
  });
}

function message(doc: NormalizedDoc, node: unknown, key: string | null, pointer: string): MessageEl {
  const el = elementOf(node, pointer, MESSAGE_OMIT);
  applyTraits(doc, el, ownValue(recordOf(node), 'traits'), true);
  let payload = takeSchema(el, 'payload');
  // A multi-format schema (`{schemaFormat, schema}`) is the schema it wraps, in that format.
  if (payload !== null && isRecord(payload.schema) && Object.hasOwn(payload.schema, 'schemaFormat')) {
    const wrapped = payload.schema;
    const wrapper = placeOf(doc, wrapped, payload.pointer);
    if (el.fields.schemaFormat === undefined) {
      el.fields.schemaFormat = wrapped.schemaFormat;
      el.fieldPointers.schemaFormat = childPointer(wrapper, 'schemaFormat');
    }
    payload = { schema: ownValue(wrapped, 'schema'), pointer: childPointer(wrapper, 'schema') };
  }
  const headers = takeSchema(el, 'headers');
  return {
    pointer: el.pointer,
    fields: el.fields,
    fieldPointers: el.fieldPointers,
    key,
    name: stringOr(el.fields.name, null),
    ids: messageIds(doc, node, el.fields.name, key),
    payload,
    headers,
  };
}

function replyOf(
  doc: NormalizedDoc,
  node: unknown,
  channel: ChannelInfo | undefined,
  byNode: ReadonlyMap<string, ChannelInfo>,
  at: string,
): ReplyEl | null {
  if (!isRecord(node)) return null;
  const pointer = placeOf(doc, node, at);
  const el = elementOf(node, pointer, REPLY_OMIT);
  // Where the reply goes: its own address, else its channel's, else the request's channel.
  const replyChannel = lookup(doc, byNode, ownValue(node, 'channel')) ?? channel;
  if (el.fields.address === undefined && replyChannel !== undefined && ownValue(node, 'channel') !== undefined)
    el.fields.channel = replyChannel.el.address;
  return {
    pointer: el.pointer,
    fields: el.fields,
    fieldPointers: el.fieldPointers,
    messages: messagesOf(doc, ownValue(node, 'messages'), replyChannel, childPointer(pointer, 'messages')),
  };
}

/** `#/channels/<c>/messages/<key>` → key. */
function channelMessageKey(entry: unknown): string | null {
  const ref = isRecord(entry) ? ownValue(entry, '$ref') : undefined;
  const segs = typeof ref === 'string' && ref.startsWith('#') ? parsePointer(ref.slice(1)) : null;
  return segs !== null && segs.length === 4 && segs[0] === 'channels' && segs[2] === 'messages'
    ? (segs[3] as string)
    : null;
}

/** An inline scheme that is a component scheme plus the scopes it requires (the converter writes them so): that component's name. */
function inlineSchemeName(doc: NormalizedDoc, scheme: unknown): string | null {
  const { scopes: _, ...rest } = recordOf(scheme);
  const components = recordOf(ownValue(recordOf(ownValue(doc.root, 'components')), 'securitySchemes'));
  // Several equal components: the first by name, whatever the key order.
  const names = Object.keys(components)
    .filter((name) => dataEqual(rest, components[name]))
    .sort();
  return names[0] ?? null;
}

/** 3.0 renamed a flow's `scopes` to `availableScopes`: compared under the 2.x name. */
export function schemeAsV2(scheme: unknown): unknown {
  const flows = ownValue(recordOf(scheme), 'flows');
  if (!isRecord(flows)) return scheme;
  const out: Record<string, unknown> = {};
  for (const [kind, flow] of Object.entries(flows)) {
    const { availableScopes, ...rest } = recordOf(flow);
    out[kind] = availableScopes === undefined ? flow : { ...rest, scopes: availableScopes };
  }
  return { ...recordOf(scheme), flows: out };
}

/**
 * Against 2.x, a server's `host` and `pathname` are the one `url` 2.x has (without its scheme,
 * v2.ts `urlWithoutScheme`): one change when the server moves, whichever part moved, named where
 * the host is written.
 */
function urlAsV2(el: Element): void {
  const { host, pathname } = el.fields;
  if (typeof host !== 'string' || !(pathname === undefined || typeof pathname === 'string')) return;
  el.fields.url = host + (pathname ?? '');
  el.fieldPointers.url = fieldPointer(el, 'host');
  el.fields.host = undefined;
  el.fields.pathname = undefined;
}

/** The name of a server a `$ref` points at (`#/servers/<name>`), or null. */
function serverName(doc: NormalizedDoc, node: unknown): string | null {
  const origin = typeof node === 'object' && node !== null ? doc.origins.get(node) : undefined;
  const m = origin === undefined ? null : /^\/servers\/([^/]+)$/.exec(origin);
  return m === null ? null : (m[1] as string).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** 3.x lists security schemes themselves ("any one of these"): as 2.x requirement maps, so both compare alike. */
function securityOf(doc: NormalizedDoc, el: Element, inUse: Set<string>): void {
  const list = el.fields.security;
  if (!Array.isArray(list)) return;
  // An inline scheme is named by its type and, when several share one, by its content: never by position or key order.
  const inlineTypes = list.map((s) => stringOr(ownValue(recordOf(s), 'type'), 'scheme'));
  el.fields.security = list.map((scheme, i) => {
    const type = inlineTypes[i] as string;
    const shared = inlineTypes.filter((t) => t === type).length > 1;
    const name =
      componentName(doc, scheme, 'securitySchemes') ??
      inlineSchemeName(doc, scheme) ??
      (shared ? `${type} (inline ${canonicalText(scheme)})` : `${type} (inline)`);
    const scopes = ownValue(recordOf(scheme), 'scopes');
    return { [name]: Array.isArray(scopes) ? sortedScopes(scopes) : [] };
  });
  schemeNames(el.fields.security, inUse);
}
