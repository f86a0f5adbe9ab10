/** AsyncAPI 2.0–2.6 → the comparison model. */
import { isRecord } from '../../util/data';
import { childPointer, ownValue, type NormalizedDoc } from '../normalize';
import {
  applyTraits,
  canonicalSecurity,
  elementOf,
  followRaw,
  keepMalformed,
  messageIds,
  placeOf,
  rawAt,
  recordOf,
  schemeNames,
  stringOr,
  takeSchema,
} from './common';
import type { Perspective } from '../../types';
import {
  readAs,
  type ChannelEl,
  type ClientDirection,
  type MessageEl,
  type Model,
  type OperationEl,
  type ServerEl,
} from './model';

/** The 2.x operation words. */
export type V2Word = 'subscribe' | 'publish';
const WORDS: readonly V2Word[] = ['subscribe', 'publish'];

/**
 * Which way the messages of a 2.x operation travel. The words are the application's: it publishes
 * under `subscribe`, so clients receive; a document written from the client's side means the reverse.
 */
export const v2Direction = (word: V2Word, perspective: Perspective): ClientDirection =>
  readAs(word === 'subscribe' ? 'client-receives' : 'client-sends', perspective);

const ROOT_OMIT = new Set(['asyncapi', 'components', 'channels', 'servers']);
const SERVER_OMIT = new Set<string>();
const CHANNEL_OMIT = new Set(['parameters', 'subscribe', 'publish']);
const PARAMETER_OMIT = new Set<string>();
const OPERATION_OMIT = new Set(['message', 'traits', 'operationId']);
const MESSAGE_OMIT = new Set(['traits', 'messageId']);

/**
 * A 2.x `url` as 3.0 writes it, `host` + `pathname` (the official converter splits it there and
 * moves the scheme to `protocol`): `ws://host:80/path` → `host:80/path`.
 */
export function urlWithoutScheme(url: string): string {
  const at = url.indexOf('://');
  return at < 0 ? url : url.slice(at + 3);
}

export function readV2(doc: NormalizedDoc, version: string, cross: boolean, perspective: Perspective): Model {
  const top = doc.root;
  const root = elementOf(top, '', ROOT_OMIT);
  const schemesInUse = new Set<string>();
  const servers: ServerEl[] = Object.entries(recordOf(ownValue(top, 'servers'))).map(([name, node]) => {
    const el = elementOf(node, placeOf(doc, node, childPointer('/servers', name)), SERVER_OMIT);
    // Within 2.x the url is compared as written; against 3.x, as the one url its host and pathname make (v3.ts).
    if (cross && typeof el.fields.url === 'string') el.fields.url = urlWithoutScheme(el.fields.url);
    canonicalSecurity(el);
    schemeNames(el.fields.security, schemesInUse);
    return { pointer: el.pointer, fields: el.fields, fieldPointers: el.fieldPointers, name };
  });
  const channels: ChannelEl[] = [];
  const operations: OperationEl[] = [];
  keepMalformed(root, top, ['servers', 'channels']);
  for (const [address, node] of Object.entries(recordOf(ownValue(top, 'channels')))) {
    const pointer = placeOf(doc, node, childPointer('/channels', address));
    const el = elementOf(node, pointer, CHANNEL_OMIT);
    const parameters = Object.entries(recordOf(ownValue(recordOf(node), 'parameters'))).map(([name, p]) => {
      const pel = elementOf(
        p,
        placeOf(doc, p, childPointer(childPointer(pointer, 'parameters'), name)),
        PARAMETER_OMIT,
      );
      let schema = takeSchema(pel, 'schema');
      // 3.x parameters are strings with an optional enum and default (examples beside them): across versions only that part compares.
      if (cross && schema !== null) {
        const examples = ownValue(recordOf(schema.schema), 'examples');
        if (examples !== undefined && pel.fields.examples === undefined) {
          pel.fields.examples = examples;
          pel.fieldPointers.examples = childPointer(placeOf(doc, schema.schema, schema.pointer), 'examples');
        }
        schema = { ...schema, schema: parameterAsV3(schema.schema) };
      }
      return { pointer: pel.pointer, fields: pel.fields, fieldPointers: pel.fieldPointers, name, schema };
    });
    channels.push({
      pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key: address,
      address,
      parameters,
      unused: [],
    });
    for (const word of WORDS) {
      const op = ownValue(recordOf(node), word);
      if (op === undefined) continue;
      const oel = elementOf(op, placeOf(doc, op, childPointer(pointer, word)), OPERATION_OMIT);
      applyTraits(doc, oel, ownValue(recordOf(op), 'traits'), false);
      canonicalSecurity(oel);
      schemeNames(oel.fields.security, schemesInUse);
      operations.push({
        pointer: oel.pointer,
        fields: oel.fields,
        fieldPointers: oel.fieldPointers,
        key: cross ? null : stringOr(ownValue(recordOf(op), 'operationId'), null),
        name: stringOr(ownValue(recordOf(op), 'operationId'), null),
        word,
        direction: v2Direction(word, perspective),
        channel: address,
        channelKey: address,
        messages: messagesOf(doc, op, childPointer(oel.pointer, 'message')),
        reply: null,
      });
    }
  }
  return { major: 2, version, doc, root, servers, channels, operations, schemesInUse };
}

function messagesOf(doc: NormalizedDoc, op: unknown, at: string): MessageEl[] {
  const message = ownValue(recordOf(op), 'message');
  if (message === undefined || noneOf(doc, at)) return [];
  const oneOf = isRecord(message) ? ownValue(message, 'oneOf') : undefined;
  const list: [unknown, string][] = Array.isArray(oneOf)
    ? oneOf.map((m, i) => [m, childPointer(childPointer(placeOf(doc, message, at), 'oneOf'), i)])
    : [[message, at]];
  return list.map(([node, natural]) => {
    const el = elementOf(node, placeOf(doc, node, natural), MESSAGE_OMIT);
    applyTraits(doc, el, ownValue(recordOf(node), 'traits'), false);
    const payload = takeSchema(el, 'payload');
    const headers = takeSchema(el, 'headers');
    const messageId = stringOr(ownValue(recordOf(node), 'messageId'), null);
    return {
      pointer: el.pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key: messageId,
      name: stringOr(el.fields.name, null),
      // The converter makes a messageId the 3.x message key: it pairs messages across versions too.
      ids: messageIds(doc, node, el.fields.name, messageId),
      payload,
      headers,
    };
  });
}

/**
 * `message: {oneOf: []}` is an operation without messages (3.x `messages: []`), not a message that
 * says nothing. Normalization drops the empty list, so it is read from the document as written.
 */
function noneOf(doc: NormalizedDoc, at: string): boolean {
  const written = followRaw(doc.source, rawAt(doc.source, at));
  const oneOf = isRecord(written) ? ownValue(written, 'oneOf') : undefined;
  return Array.isArray(oneOf) && oneOf.length === 0;
}

/** The part of a 2.x parameter schema a 3.x parameter can say. */
export const PARAMETER_SCHEMA_KEYS = ['enum', 'default'] as const;

function parameterAsV3(schema: unknown): unknown {
  const out: Record<string, unknown> = { type: 'string' };
  for (const key of PARAMETER_SCHEMA_KEYS) {
    const v = ownValue(recordOf(schema), key);
    if (v !== undefined) out[key] = v;
  }
  return out;
}
