/**
 * What both generators (AsyncAPI, OpenAPI) share: places in resource files and located errors,
 * cloning with limits, the `/v<apiVersion>` base path, `$ref` fragments, path keys and the
 * operationId rule (docs/generation.md, docs/openapi-generation.md).
 */
import { InputError, type Problem } from '../errors';
import type { JsonPath, Origin, SourcePosition } from '../types';
import { isRecord, ownValue, setOwn } from '../util/data';
import { toPointer } from '../util/pointer';

/** What the generators need of a resource; a `LoadedResource` is one. */
export interface ResourceInput {
  readonly file: string;
  readonly data: Record<string, unknown>;
  /** When present, used to put line and column on errors. */
  readonly locate?: (path: JsonPath) => SourcePosition;
}

const own = ownValue;
const put = setOwn;

/**
 * Limits on what `$ref` resolution can hand us: a cycle or a fan-out that expands to millions
 * of nodes would otherwise hang or exhaust memory.
 */
const MAX_CLONED_NODES = 5_000_000;
const MAX_DEPTH = 500;

/**
 * A key becomes an RFC 6570 variable `{name}`; the AsyncAPI parser accepts only these characters
 * there (ajv-formats' uri-template).
 */
export const KEY_NAME = /^[A-Za-z0-9_]+$/;
/**
 * Characters a channel path segment cannot hold: `/` splits it, `{}` make placeholders, `?#` are
 * refused by the AsyncAPI parser, the rest by the uri-template format (`%` only as an escape, and
 * firestone writes names raw).
 */
// eslint-disable-next-line no-control-regex
const BAD_SEGMENT_CHAR = /[\u0000-\u0020\u007f"'<>%\\^`{|}/?#]/;

/**
 * A `$ref` URI fragment for a pointer: RFC 6901 escaping, then percent-encoding of what a URI
 * fragment can't hold. Plain names come out unchanged, as firestone writes them.
 */
export function refFragment(path: readonly string[]): string {
  const pointer = toPointer(path);
  return '#' + pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) => encodeURIComponent(c));
}

// ---------------------------------------------------------------------------------------------
// Places and errors

export interface Place {
  source: ResourceInput;
  path: JsonPath;
}

export function problemAt({ source, path }: Place, message: string): Problem {
  const pos = source.locate?.(path);
  return pos
    ? { file: pos.file, line: pos.line, col: pos.col, pointer: toPointer(path), message }
    : { file: source.file, pointer: toPointer(path), message };
}

/** `file:line:col` of a place, for messages that name a second place. */
export function describePlace({ source, path }: Place): string {
  const pos = source.locate?.(path);
  return pos ? `${pos.file}:${pos.line}:${pos.col}` : `${source.file} (at ${toPointer(path)})`;
}

export const fail = (place: Place, message: string): never => {
  throw new InputError(problemAt(place, message));
};

export const at = (place: Place, ...more: (string | number)[]): Place => ({
  source: place.source,
  path: [...place.path, ...more],
});

export function recordAt(place: Place, value: unknown, what: string): Record<string, unknown> {
  return isRecord(value) ? value : fail(place, `${what} must be a mapping`);
}

export function optionalRecord(place: Place, value: unknown, what: string): Record<string, unknown> | undefined {
  return value === undefined ? undefined : recordAt(place, value, what);
}

export function optionalArray(place: Place, value: unknown, what: string): readonly unknown[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : fail(place, `${what} must be a list`);
}

export function optionalString(place: Place, value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : fail(place, `${what} must be a string`);
}

export function checkSegment(place: Place, text: string, what: string): string {
  if (text === '' || BAD_SEGMENT_CHAR.test(text)) {
    fail(
      place,
      `${what} ${JSON.stringify(text)} cannot be a path segment: it must be non-empty, without spaces, ` +
        `control characters or any of " ' < > % \\ ^ \` { | } / ? #`,
    );
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Cloning: every node of the output is a fresh copy

export interface Budget {
  nodes: number;
}

export function cloneData(value: unknown, place: Place, budget: Budget): unknown {
  const ancestors = new Set<object>();
  // One mutable path, copied only when an error needs it: cloning stays linear in the data.
  const path: (string | number)[] = [...place.path];
  const stop = (message: string): never => fail({ source: place.source, path: [...path] }, message);
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    // js-yaml's default schema makes Dates of timestamps; JSON data holds their text.
    if (v instanceof Date) return v.toISOString();
    if (ancestors.has(v)) stop('circular $ref: this node contains itself');
    if (path.length - place.path.length > MAX_DEPTH) stop(`nested deeper than ${MAX_DEPTH} levels`);
    if (++budget.nodes > MAX_CLONED_NODES)
      stop(`expands to more than ${MAX_CLONED_NODES} nodes once $refs are resolved`);
    ancestors.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      const list: unknown[] = [];
      v.forEach((x, i) => {
        path.push(i);
        list.push(walk(x));
        path.pop();
      });
      out = list;
    } else {
      const obj: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        path.push(k);
        put(obj, k, walk((v as Record<string, unknown>)[k]));
        path.pop();
      }
      out = obj;
    }
    ancestors.delete(v);
    return out;
  };
  return walk(value);
}

// ---------------------------------------------------------------------------------------------
// Generation state

/**
 * Newer firestone strips property-level `references` (relations for its validation code) before
 * any generator runs; they are not JSON Schema and never reach the document. Works on a fresh clone.
 */
export function withoutReferences<T>(schema: T): T {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && isRecord(value)) {
          for (const property of Object.values(value)) {
            if (isRecord(property)) delete property.references;
          }
        }
        walk(value);
      }
    }
  };
  walk(schema);
  return schema;
}

/** `/v<apiVersion>` with `versionInPath: true`, else empty. `apiVersion` is needed only then (defect 7). */
export function versionPrefix(data: Record<string, unknown>, root: Place): string {
  if (own(data, 'versionInPath') !== true) return '';
  const version = own(data, 'apiVersion');
  if (typeof version === 'number') {
    return fail(at(root, 'apiVersion'), `\`apiVersion\` must be a string, as firestone requires: write it in quotes`);
  }
  if (typeof version !== 'string') {
    return fail(at(root, 'versionInPath'), '`versionInPath: true` needs an `apiVersion` (a string)');
  }
  // firestone adds the `v` itself; `apiVersion: v1` gives `/vv1` there and here.
  return `/${checkSegment(at(root, 'apiVersion'), `v${version}`, 'apiVersion')}`;
}

/** `default_query_params` may be left out (defect 3). */
export function readDefaults(data: Record<string, unknown>, root: Place): QueryParamEntry[] {
  const place = at(root, 'default_query_params');
  const list = optionalArray(place, own(data, 'default_query_params'), '`default_query_params`') ?? [];
  return list.map((value, i) => ({ value, place: at(place, i) }));
}

export interface KeyInfo {
  name: string;
  place: Place;
  description: string | undefined;
  schema: unknown;
}

export interface QueryParamEntry {
  value: unknown;
  place: Place;
}

// Paths are never changed once made (JsonPath is readonly), so an origin can hold its place's own.
export const origin = (place: Place): Origin => ({ file: place.source.file, path: place.path });

export const parentPlace = (place: Place): Place => ({ source: place.source, path: place.path.slice(0, -1) });

/**
 * `schema.key` of a (sub-)resource whose instance path is made: a name that can be a URL template
 * variable, not repeating an enclosing resource's key. `what` says what it becomes, for the message.
 */
export function readKey(
  schema: Record<string, unknown>,
  schemaPlace: Place,
  outer: readonly KeyInfo[],
  what: string,
): KeyInfo {
  const place = at(schemaPlace, 'key');
  const key = own(schema, 'key');
  if (key === undefined) return fail(place, `instance ${what}s need a \`key\` with a \`name\``);
  const fields = recordAt(place, key, '`key`');
  const name = optionalString(at(place, 'name'), own(fields, 'name'), '`key.name`');
  if (name === undefined || !KEY_NAME.test(name)) {
    return fail(
      at(place, 'name'),
      `\`key.name\` must be made of letters, digits and \`_\` (it becomes a ${what} parameter)`,
    );
  }
  const prior = outer.find((k) => k.name === name);
  if (prior) {
    return fail(
      at(place, 'name'),
      `key name "${name}" is already used by an enclosing resource's key at ${describePlace(prior.place)}`,
    );
  }
  const description = optionalString(at(place, 'description'), own(fields, 'description'), '`key.description`');
  return { name, place, description, schema: own(fields, 'schema') };
}

/** The keys whose `{name}` placeholder is in `path` (not a substring match: `id` is not in `/ideas`). */
export const keysInPath = (keys: readonly KeyInfo[], path: string): KeyInfo[] =>
  keys.filter((key) => path.includes(`{${key.name}}`));

/** A key's parameter schema: as written, `{type: string}` when absent or empty (firestone's `or`). */
export function keySchema(key: KeyInfo, budget: Budget): unknown {
  return isRecord(key.schema) && Object.keys(key.schema).length > 0
    ? cloneData(key.schema, at(key.place, 'schema'), budget)
    : { type: 'string' };
}

/** firestone's operationId: the path without its leading `/`, `/` → `_`, braces dropped, `_<suffix>`. */
export function operationId(path: string, suffix: string): string {
  return `${path.slice(1).replace(/\//g, '_').replace(/[{}]/g, '')}_${suffix}`;
}
