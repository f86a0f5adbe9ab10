/**
 * The comparison model: one shape for AsyncAPI 2.0–2.6 and 3.0–3.1 (docs/architecture.md, "Compare").
 * Adapters (v2.ts, v3.ts) read a normalized document into it; everything downstream sees only this.
 * Every element keeps the JSON pointer it came from, so a change is reported where it was written.
 */
import { InputError } from '../../errors';
import type { Perspective } from '../../types';
import { childPointer, type NormalizedDoc } from '../normalize';

/** Which way a message travels, seen from the client. */
export type ClientDirection = 'client-receives' | 'client-sends';
export const DIRECTIONS: readonly ClientDirection[] = ['client-receives', 'client-sends'];
export const opposite = (d: ClientDirection): ClientDirection =>
  d === 'client-receives' ? 'client-sends' : 'client-receives';

/**
 * The direction of an operation whose words (2.x `subscribe`/`publish`, 3.x `action`) give
 * `written` when read as the specification says, read from `perspective`'s side: a document
 * written from the client's side means the other way round (docs/classification.md, "Perspective").
 * Only operations are read this way; what the client always sends (channel parameters, ws query
 * and headers) does not depend on it, and a 3.x reply is the opposite of its operation whatever
 * the perspective.
 */
export const readAs = (written: ClientDirection, perspective: Perspective): ClientDirection =>
  perspective === 'client' ? opposite(written) : written;

/** Plain fields of an element, compared as data, and where each was written when that is not `<pointer>/<key>`. */
export interface Element {
  readonly pointer: string;
  readonly fields: Record<string, unknown>;
  readonly fieldPointers: Record<string, string>;
}

export const fieldPointer = (el: Element, key: string): string =>
  Object.hasOwn(el.fieldPointers, key) ? (el.fieldPointers[key] as string) : childPointer(el.pointer, key);

/** A schema at its place: the normalized node and where it is written (a `$ref` there included). */
export interface SchemaAt {
  readonly schema: unknown;
  readonly pointer: string;
}

export interface ServerEl extends Element {
  readonly name: string;
}

export interface ParameterEl extends Element {
  readonly name: string;
  readonly schema: SchemaAt | null;
}

export interface MessageEl extends Element {
  /** 2.x messageId, 3.x key of the message in its channel (the converter makes one the other); null when none. */
  readonly key: string | null;
  readonly name: string | null;
  /** What pairs it with a message of the other document, first match wins: name, component name, key (same version only). */
  readonly ids: readonly string[];
  readonly payload: SchemaAt | null;
  readonly headers: SchemaAt | null;
}

export interface ReplyEl extends Element {
  readonly messages: MessageEl[];
}

export interface OperationEl extends Element {
  /** 2.x operationId, 3.x operation key; null across major versions, where they pair nothing. */
  readonly key: string | null;
  /** The name generated code uses, whatever the versions compared: 2.x operationId, 3.x key; null when none. */
  readonly name: string | null;
  /** How the document names the operation: `publish`/`subscribe` in 2.x, the operation key in 3.x. */
  readonly word: string;
  readonly direction: ClientDirection;
  /** Address of its channel. */
  readonly channel: string;
  /** Key of its channel in this document (2.x: the address), null when the channel is unknown. */
  readonly channelKey: string | null;
  readonly messages: MessageEl[];
  readonly reply: ReplyEl | null;
}

export interface ChannelEl extends Element {
  /** 3.x channel key (2.x: the address). */
  readonly key: string;
  readonly address: string;
  readonly parameters: ParameterEl[];
  /** 3.x messages of the channel that no operation (or reply) lists; judged like unused components. */
  readonly unused: MessageEl[];
}

export interface Model {
  readonly major: 2 | 3;
  readonly version: string;
  readonly doc: NormalizedDoc;
  /** Document-level fields (info, id, tags, externalDocs, defaultContentType, x-*, unknown keys). */
  readonly root: Element;
  readonly servers: ServerEl[];
  readonly channels: ChannelEl[];
  readonly operations: OperationEl[];
  /** Security schemes some server or operation requires. */
  readonly schemesInUse: Set<string>;
}

/** Versions this project reads; any other is refused. */
const SUPPORTED = /^(2\.[0-6]\.\d+|3\.[01]\.\d+)$/;

/** The major version of a document, or an InputError naming the version (and the file, when known). */
export function majorVersion(doc: Record<string, unknown>, file?: string): 2 | 3 {
  const version = Object.hasOwn(doc, 'asyncapi') ? doc.asyncapi : undefined;
  if (typeof version === 'string' && SUPPORTED.test(version)) return version.startsWith('2.') ? 2 : 3;
  const shown =
    version === undefined
      ? 'no `asyncapi` version'
      : typeof version === 'string'
        ? `AsyncAPI version ${JSON.stringify(version)}`
        : `a non-string \`asyncapi\` version (${JSON.stringify(version) ?? String(version)})`;
  throw new InputError({
    ...(file !== undefined ? { file } : {}),
    pointer: '/asyncapi',
    message: `${shown} is not supported (this tool reads AsyncAPI 2.0.0–2.6.0 and 3.0.0–3.1.0)`,
  });
}
