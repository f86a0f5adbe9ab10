/**
 * OpenAPI 3.0/3.1 → one comparison model (pure). Reads a normalized document (normalize.ts: `$ref`s
 * are shared nodes, sets sorted) and keeps, for every element, the pointer it was written at.
 *
 * What the model settles so the detectors don't have to (docs/classification.md, "Not changes at
 * all"): path-level parameters merged into each operation (an operation's own wins), path
 * parameters matched by their position in the template (`/a/{id}` and `/a/{key}` are one URL),
 * header names and media types in lower case, the document's `security` applied to operations
 * without their own, callbacks and webhooks as operations whose data travels the other way.
 */
import { InputError } from '../../errors';
import { childOf, isRecord } from '../../util/data';
import { parsePointer, toPointer } from '../../util/pointer';
import { childPointer, ownValue, type NormalizedDoc } from '../normalize';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Rec = Record<string, unknown>;
const recordOf = (v: unknown): Rec => (isRecord(v) ? v : {});

/** A schema and where it sits (for the schema comparison). */
export interface SchemaPlace {
  readonly schema: unknown;
  readonly pointer: string;
}

export interface MediaEl {
  /** The media type as written. */
  readonly type: string;
  readonly node: Rec;
  readonly pointer: string;
  readonly schema: SchemaPlace | null;
}

export interface ParameterEl {
  /** Identity within an operation: `query:limit`, `header:x-id` (lower case), `path:#0` (by position). */
  readonly key: string;
  readonly name: string;
  readonly in: string;
  readonly node: Rec;
  readonly pointer: string;
  readonly schema: SchemaPlace | null;
  /** The media type of a parameter written with `content`. */
  readonly mediaType: string | null;
}

export interface HeaderEl {
  readonly name: string;
  readonly node: Rec;
  readonly pointer: string;
  readonly schema: SchemaPlace | null;
}

export interface ResponseEl {
  /** The status as written (`200`, `2XX`, `default`). */
  readonly status: string;
  readonly node: Rec;
  readonly pointer: string;
  /** By lower-case name. */
  readonly headers: Map<string, HeaderEl>;
  /** By lower-case media type. */
  readonly content: Map<string, MediaEl>;
}

export interface RequestBodyEl {
  readonly node: Rec;
  readonly pointer: string;
  readonly required: boolean;
  readonly content: Map<string, MediaEl>;
}

export interface SecurityEl {
  /** null: no requirement applies (none written, or an empty list). */
  readonly requirements: readonly Rec[] | null;
  readonly pointer: string;
}

export interface OperationEl {
  /** Identity: `<scope><path template with {} for parameters> <method>`. */
  readonly key: string;
  /** Path (as written), webhook name or callback expression: OpenApiLocation.path. */
  readonly path: string;
  readonly method: string;
  readonly node: Rec;
  readonly pointer: string;
  readonly operationId: string | null;
  /** Callbacks and webhooks: the server sends the request, clients answer. */
  readonly reversed: boolean;
  /** By ParameterEl.key, path-level ones merged in. */
  readonly parameters: Map<string, ParameterEl>;
  readonly requestBody: RequestBodyEl | null;
  /** By status in upper case (`2XX`). */
  readonly responses: Map<string, ResponseEl>;
  readonly security: SecurityEl;
  /** Callback name → expression → pointer of its path item. */
  readonly callbacks: Map<string, Map<string, string>>;
}

export interface PathEl {
  readonly key: string;
  readonly path: string;
  readonly node: Rec;
  readonly pointer: string;
  readonly webhook: boolean;
}

export interface OpenApiModel {
  readonly doc: NormalizedDoc;
  readonly version: string;
  /** Paths and webhooks by identity (`/a/{}`, `webhook:name`). */
  readonly paths: Map<string, PathEl>;
  /** Operations of paths, webhooks and callbacks, by identity. */
  readonly operations: Map<string, OperationEl>;
}

const SUPPORTED = /^3\.[01]\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * The document's OpenAPI version (`3.0.x` or `3.1.x`); anything else is an InputError naming the
 * file and what it found: a Swagger 2.0 document, an AsyncAPI one, another version.
 */
export function openApiVersion(doc: Record<string, unknown>, file?: string): string {
  const refuse = (message: string): never => {
    throw new InputError({ ...(file === undefined ? {} : { file }), message });
  };
  const swagger = ownValue(doc, 'swagger');
  if (swagger !== undefined)
    refuse(
      `this is a Swagger ${String(swagger)} document: convert it to OpenAPI 3 first (only 3.0.x and 3.1.x are compared)`,
    );
  const openapi = ownValue(doc, 'openapi');
  if (openapi === undefined) {
    const asyncapi = ownValue(doc, 'asyncapi');
    refuse(
      asyncapi !== undefined
        ? `this is an AsyncAPI ${String(asyncapi)} document, not an OpenAPI one: both documents of a comparison must be of the same kind`
        : 'no `openapi` version field: this is not an OpenAPI 3 document',
    );
  }
  if (typeof openapi !== 'string' || !SUPPORTED.test(openapi))
    refuse(`OpenAPI version ${JSON.stringify(openapi)} is not supported (3.0.x and 3.1.x are)`);
  return openapi as string;
}

/** `/a/{id}/b` → `/a/{}/b`: parameter names in a template are not part of the URL. */
export const templateKey = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');

/** Path parameter names in the order the template has them. */
const templateNames = (path: string): string[] => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] as string);

export function buildOpenApiModel(doc: NormalizedDoc, version: string): OpenApiModel {
  const root = doc.root;
  const paths = new Map<string, PathEl>();
  const operations = new Map<string, OperationEl>();
  const defaultSecurity = ownValue(root, 'security');
  const pathsNode = recordOf(ownValue(root, 'paths'));
  // Templates that differ only in parameter names are one URL; a document that has two of them
  // (invalid, but written) keeps them apart by their text.
  const shapes = new Map<string, number>();
  for (const path of Object.keys(pathsNode)) shapes.set(templateKey(path), (shapes.get(templateKey(path)) ?? 0) + 1);
  const pathKey = (path: string): string => ((shapes.get(templateKey(path)) ?? 0) > 1 ? path : templateKey(path));
  const readPathItem = (scope: string, path: string, item: Rec, pointer: string, reversed: boolean): void => {
    const pathParams = ownValue(item, 'parameters');
    for (const method of METHODS) {
      const node = ownValue(item, method);
      if (!isRecord(node)) continue;
      const opPointer = childPointer(pointer, method);
      const op = readOperation(doc, {
        key: `${scope}${scope === '' ? pathKey(path) : path} ${method}`,
        path,
        method,
        node,
        pointer: opPointer,
        reversed,
        pathParams: { list: pathParams, pointer: childPointer(pointer, 'parameters') },
        defaultSecurity,
      });
      operations.set(op.key, op);
      for (const [name, expressions] of op.callbacks)
        for (const [expression, at] of expressions) {
          const cb = recordOf(ownValue(recordOf(ownValue(recordOf(ownValue(node, 'callbacks')), name)), expression));
          readPathItem(`${op.key} callback ${name} `, expression, cb, at, !reversed);
        }
    }
  };
  for (const path of Object.keys(pathsNode)) {
    if (path.startsWith('x-')) continue;
    const pointer = childPointer('/paths', path);
    const item = recordOf(pathsNode[path]);
    const key = pathKey(path);
    paths.set(key, { key, path, node: item, pointer, webhook: false });
    readPathItem('', path, item, pointer, false);
  }
  const webhooks = recordOf(ownValue(root, 'webhooks'));
  for (const name of Object.keys(webhooks)) {
    const pointer = childPointer('/webhooks', name);
    const item = recordOf(webhooks[name]);
    const key = `webhook:${name}`;
    paths.set(key, { key, path: name, node: item, pointer, webhook: true });
    readPathItem('webhook:', name, item, pointer, true);
  }
  return { doc, version, paths, operations };
}

interface OperationInput {
  key: string;
  path: string;
  method: string;
  node: Rec;
  pointer: string;
  reversed: boolean;
  pathParams: { list: unknown; pointer: string };
  defaultSecurity: unknown;
}

function readOperation(doc: NormalizedDoc, input: OperationInput): OperationEl {
  const { node, pointer, path } = input;
  const parameters = new Map<string, ParameterEl>();
  const names = templateNames(path);
  const addParams = (list: unknown, at: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      const param = readParameter(p, childPointer(at, i), names);
      if (param !== null) parameters.set(param.key, param);
    });
  };
  // The operation's own parameters override the path item's (same name and location).
  addParams(input.pathParams.list, input.pathParams.pointer);
  addParams(ownValue(node, 'parameters'), childPointer(pointer, 'parameters'));
  const body = ownValue(node, 'requestBody');
  const bodyPointer = childPointer(pointer, 'requestBody');
  const requestBody: RequestBodyEl | null = isRecord(body)
    ? {
        node: body,
        pointer: bodyPointer,
        required: ownValue(body, 'required') === true,
        content: readContent(ownValue(body, 'content'), childPointer(bodyPointer, 'content')),
      }
    : null;
  const responses = new Map<string, ResponseEl>();
  const responsesNode = recordOf(ownValue(node, 'responses'));
  for (const status of Object.keys(responsesNode)) {
    if (status.startsWith('x-')) continue;
    const r = recordOf(responsesNode[status]);
    const at = childPointer(childPointer(pointer, 'responses'), status);
    const headers = new Map<string, HeaderEl>();
    const headersNode = recordOf(ownValue(r, 'headers'));
    for (const name of Object.keys(headersNode)) {
      const h = recordOf(headersNode[name]);
      const hp = childPointer(childPointer(at, 'headers'), name);
      headers.set(name.toLowerCase(), { name, node: h, pointer: hp, schema: schemaOf(h, hp, 'header').schema });
    }
    responses.set(status.toUpperCase(), {
      status,
      node: r,
      pointer: at,
      headers,
      content: readContent(ownValue(r, 'content'), childPointer(at, 'content')),
    });
  }
  const callbacks = new Map<string, Map<string, string>>();
  const callbacksNode = recordOf(ownValue(node, 'callbacks'));
  for (const name of Object.keys(callbacksNode)) {
    if (name.startsWith('x-')) continue;
    const expressions = new Map<string, string>();
    const cb = recordOf(callbacksNode[name]);
    const at = childPointer(childPointer(pointer, 'callbacks'), name);
    for (const expression of Object.keys(cb))
      if (!expression.startsWith('x-')) expressions.set(expression, childPointer(at, expression));
    callbacks.set(name, expressions);
  }
  // `security: []` on an operation (no requirement, whatever the document says) is dropped by
  // normalization as an empty container: the document as written tells it apart from no key.
  const own = Object.hasOwn(node, 'security') || Array.isArray(childOf(rawNode(doc.source, pointer), 'security'));
  const list = own ? (ownValue(node, 'security') ?? []) : input.defaultSecurity;
  const requirements = Array.isArray(list) && list.length > 0 ? list.map(recordOf) : null;
  const operationId = ownValue(node, 'operationId');
  return {
    key: input.key,
    path,
    method: input.method,
    node,
    pointer,
    operationId: typeof operationId === 'string' ? operationId : null,
    reversed: input.reversed,
    parameters,
    requestBody,
    responses,
    security: { requirements, pointer: own ? childPointer(pointer, 'security') : '/security' },
    callbacks,
  };
}

function readParameter(p: unknown, pointer: string, names: readonly string[]): ParameterEl | null {
  if (!isRecord(p)) return null;
  const name = ownValue(p, 'name');
  const where = ownValue(p, 'in');
  if (typeof name !== 'string' || typeof where !== 'string') return null;
  let key: string;
  if (where === 'path') {
    const index = names.indexOf(name);
    key = index < 0 ? `path:${name}` : `path:#${index}`;
  } else key = `${where}:${where === 'header' ? name.toLowerCase() : name}`;
  const { schema, mediaType } = schemaOf(p, pointer, 'parameter');
  return { key, name, in: where, node: p, pointer, schema, mediaType };
}

/**
 * The schema of a parameter or header: its `schema`, or that of its one `content` entry. The
 * OpenAPI specification allows exactly one media type there; a document with more is refused
 * (which one would clients use?) with an InputError at the `content` pointer, never guessed.
 */
function schemaOf(
  node: Rec,
  pointer: string,
  what: 'parameter' | 'header',
): { schema: SchemaPlace | null; mediaType: string | null } {
  if (Object.hasOwn(node, 'schema'))
    return { schema: { schema: node.schema, pointer: childPointer(pointer, 'schema') }, mediaType: null };
  const content = recordOf(ownValue(node, 'content'));
  const types = Object.keys(content);
  if (types.length > 1)
    throw new InputError({
      pointer: childPointer(pointer, 'content'),
      message: `the ${what}'s content has ${types.length} media types (${types.join(', ')}); the OpenAPI specification allows exactly one`,
    });
  const [type] = types;
  if (type === undefined) return { schema: null, mediaType: null };
  const at = childPointer(childPointer(pointer, 'content'), type);
  const media = recordOf(content[type]);
  return {
    schema: Object.hasOwn(media, 'schema') ? { schema: media.schema, pointer: childPointer(at, 'schema') } : null,
    mediaType: type,
  };
}

function readContent(content: unknown, pointer: string): Map<string, MediaEl> {
  const out = new Map<string, MediaEl>();
  const node = recordOf(content);
  for (const type of Object.keys(node)) {
    const media = recordOf(node[type]);
    const at = childPointer(pointer, type);
    out.set(type.toLowerCase().replace(/\s+/g, ''), {
      type,
      node: media,
      pointer: at,
      schema: Object.hasOwn(media, 'schema') ? { schema: media.schema, pointer: childPointer(at, 'schema') } : null,
    });
  }
  return out;
}

/** The node at `pointer` in the document as written, following internal `$ref`s on the way. */
function rawNode(source: unknown, pointer: string): unknown {
  const follow = (node: unknown, hops: number): unknown => {
    if (!isRecord(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#') || hops > 16) return node;
    let fragment: string;
    try {
      fragment = decodeURIComponent(node.$ref.slice(1));
    } catch {
      return node;
    }
    let target: unknown = source;
    for (const seg of parsePointer(fragment) ?? []) target = childOf(target, seg);
    return follow(target, hops + 1);
  };
  let node: unknown = source;
  for (const seg of parsePointer(pointer) ?? []) node = follow(childOf(follow(node, 0), seg), 0);
  return node;
}

/**
 * The first internal `$ref` (`#/…`) whose target the document does not have, with where it is
 * written; null when every one resolves. A reference to nothing must not be compared as if it were
 * a constraint (docs/classification.md, "Adopting next to firestone").
 */
export function danglingRef(
  doc: Record<string, unknown>,
  tolerated: (ref: string) => boolean = () => false,
): { pointer: string; ref: string } | null {
  const seen = new Set<object>();
  // Every reference is looked up once (documents repeat the same few hundred), and a pointer is
  // built only for the one reported: the walk keeps the keys of its path, depth first in document
  // order (the document's depth is bounded when it is read, so recursion is safe).
  const dangling = new Map<string, boolean>();
  const path: string[] = [];
  const visit = (node: unknown): { pointer: string; ref: string } | null => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return null;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        const found = visit(node[i]);
        path.pop();
        if (found !== null) return found;
      }
      return null;
    }
    const ref = (node as Rec).$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      let bad = dangling.get(ref);
      if (bad === undefined) {
        bad = !tolerated(ref) && !resolves(doc, ref);
        dangling.set(ref, bad);
      }
      if (bad) return { pointer: toPointer([...path, '$ref']), ref };
    }
    for (const k in node) {
      if (!Object.hasOwn(node, k)) continue;
      path.push(k);
      const found = visit((node as Rec)[k]);
      path.pop();
      if (found !== null) return found;
    }
    return null;
  };
  return visit(doc);
}

/** Whether an internal reference reaches a value, following references on its way (a bounded number of hops). */
export function resolves(doc: unknown, ref: string, hops = 0): boolean {
  return target(doc, ref, hops) !== undefined;
}

function target(doc: unknown, ref: string, hops: number): unknown {
  if (hops > 16) return null;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  const segments = parsePointer(fragment);
  if (segments === null) return undefined;
  let node: unknown = doc;
  for (const seg of segments) {
    const via = isRecord(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') ? node.$ref : null;
    if (via !== null) node = target(doc, via, hops + 1);
    node = childOf(node, seg);
    if (node === undefined) return undefined;
  }
  return node;
}
