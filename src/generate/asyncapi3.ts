/**
 * The AsyncAPI 2.5.0 document → the same API as AsyncAPI 3.0.0 / 3.1.0 (docs/generation.md,
 * "AsyncAPI 3"). Made from the 2.5.0 document so both can only ever describe the same API:
 *
 * - channel key = the 2.5.0 operationId stem (`/book/{book_id}` → `book_book_id`), `address` = the path;
 * - operation key = the 2.5.0 `operationId`; `subscribe` → `action: send`, `publish` → `receive`;
 * - each operation's message lives in its channel under `<operation key>.message` (the key the
 *   official converter gives a message without a messageId);
 * - parameters keep `description` and their schema's `enum`, `default`, `examples` (3.x has no
 *   parameter schema);
 * - servers: `url` splits into `host` and `pathname`.
 *
 * Pure; every node is fresh (the input is not shared), origins are carried over to the new pointers.
 */
import type { GeneratedSpec, Origin } from '../types';
import { isRecord, setOwn } from '../util/data';
import { parsePointer, toPointer } from '../util/pointer';

type Obj = Record<string, unknown>;

/** 2.x operation word → 3.x action, and the order operations are written in. */
const ACTIONS = [
  ['subscribe', 'send'],
  ['publish', 'receive'],
] as const;

/** The parameter keywords 3.x has (`location` aside, which firestone channels don't use). */
const PARAMETER_KEYWORDS = ['enum', 'default', 'examples'] as const;

const put = setOwn;

const copy = <T>(value: T): T => structuredClone(value);

/** `ws://host:port/path` → host `host:port`, pathname `/path`; a URL without a scheme is all host. */
export function splitServerUrl(url: string): { host: string; pathname?: string } {
  const rest = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const slash = rest.indexOf('/');
  if (slash === -1 || slash === rest.length - 1) return { host: slash === -1 ? rest : rest.slice(0, -1) };
  return { host: rest.slice(0, slash), pathname: rest.slice(slash) };
}

function server3(server: unknown): unknown {
  if (!isRecord(server) || typeof server.url !== 'string') return copy(server);
  const out: Obj = {};
  const { host, pathname } = splitServerUrl(server.url);
  out.host = host;
  if (typeof server.protocol === 'string') out.protocol = server.protocol;
  if (pathname !== undefined) out.pathname = pathname;
  for (const [k, v] of Object.entries(server)) {
    if (k !== 'url' && k !== 'protocol') put(out, k, copy(v));
  }
  return out;
}

function parameter3(param: unknown): Obj {
  const out: Obj = {};
  if (!isRecord(param)) return out;
  if (typeof param.description === 'string') out.description = param.description;
  const schema = isRecord(param.schema) ? param.schema : {};
  for (const k of PARAMETER_KEYWORDS) {
    if (Object.hasOwn(schema, k)) out[k] = copy(schema[k]);
  }
  return out;
}

/** The channel key: the operationId without `_subscribe` (unique, since operationIds are). */
const channelKey = (operationId: string, op: string): string => operationId.slice(0, -(op.length + 1));

interface Mapping {
  /** 2.x pointer prefix → 3.x pointer prefix, longest first when applied. */
  prefixes: [string[], string[]][];
}

export function toAsyncApi3(spec: GeneratedSpec, version: string): GeneratedSpec {
  const doc = spec.document;
  const mapping: Mapping = { prefixes: [] };
  const servers: Obj = {};
  for (const [name, server] of Object.entries(isRecord(doc.servers) ? doc.servers : {})) {
    put(servers, name, server3(server));
  }
  const channels: Obj = {};
  const operations: Obj = {};
  for (const [address, value] of Object.entries(isRecord(doc.channels) ? doc.channels : {})) {
    if (!isRecord(value)) continue;
    const first = ACTIONS.find(([op]) => isRecord(value[op]));
    if (!first) continue;
    const key = channelKey(String((value[first[0]] as Obj).operationId), first[0]);
    const parameters: Obj = {};
    for (const [name, param] of Object.entries(isRecord(value.parameters) ? value.parameters : {})) {
      put(parameters, name, parameter3(param));
    }
    const messages: Obj = {};
    const channel: Obj = { address, description: value.description, parameters, messages };
    put(channels, key, channel);
    mapping.prefixes.push([
      ['channels', address],
      ['channels', key],
    ]);
    for (const [op, action] of ACTIONS) {
      const operation = value[op];
      if (!isRecord(operation)) continue;
      const id = String(operation.operationId);
      // The key the official converter gives a message without a messageId: our 3.x document is
      // what converting our 2.5.0 document would give, and no messageId appears that 2.5.0 lacks.
      const messageKey = `${id}.message`;
      put(messages, messageKey, copy(operation.message));
      const out: Obj = {
        action,
        channel: { $ref: `#${toPointer(['channels', key])}` },
        description: operation.description,
        messages: [{ $ref: `#${toPointer(['channels', key, 'messages', messageKey])}` }],
      };
      if (operation.bindings !== undefined) out.bindings = copy(operation.bindings);
      if (operation.tags !== undefined) out.tags = copy(operation.tags);
      put(operations, id, out);
      mapping.prefixes.push(
        [
          ['channels', address, op, 'message'],
          ['channels', key, 'messages', messageKey],
        ],
        [
          ['channels', address, op],
          ['operations', id],
        ],
      );
    }
  }
  const document: Obj = {
    asyncapi: version,
    defaultContentType: doc.defaultContentType,
    info: copy(doc.info),
    servers,
    components: copy(doc.components),
    channels,
    operations,
  };
  return { document, origins: mapOrigins(spec.origins, mapping) };
}

/** Each 2.x origin under its 3.x pointer; an operation also inherits its channel's origin. */
function mapOrigins(origins: ReadonlyMap<string, Origin>, mapping: Mapping): Map<string, Origin> {
  const prefixes = [...mapping.prefixes].sort((a, b) => b[0].length - a[0].length);
  const out = new Map<string, Origin>();
  for (const [pointer, origin] of origins) {
    const path = parsePointer(pointer) ?? [];
    const hit = prefixes.find(([from]) => from.every((seg, i) => path[i] === seg));
    const mapped = hit ? [...hit[1], ...path.slice(hit[0].length)] : path;
    out.set(toPointer(mapped), { file: origin.file, path: [...origin.path] });
  }
  // Operations have no origin of their own in 2.x (the channel's covers them): give them the channel's.
  for (const [from, to] of mapping.prefixes) {
    if (to[0] !== 'operations') continue;
    const channel = origins.get(toPointer(from.slice(0, 2)));
    const pointer = toPointer(to);
    if (channel && !out.has(pointer)) out.set(pointer, { file: channel.file, path: [...channel.path] });
  }
  return out;
}
