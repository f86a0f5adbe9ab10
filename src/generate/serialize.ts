/**
 * AsyncAPI document ⇄ text.
 *
 * Writing uses js-yaml's `dump`: ~4× faster than `yaml`'s `stringify` on a large generated spec
 * (200 resources, 128k lines: ~170 ms against ~700 ms), and it quotes every string a YAML 1.1 or 1.2 reader could take for something
 * else (`'1.0'`, `'yes'`, `'<<'`, `'2001-12-14'`, `'a: b'`, `'*x'`), which `yaml` does not.
 * Reading uses js-yaml's `load` for the same reason (speed, docs/architecture.md), with plain
 * scalars read by YAML 1.2 core rules as `yaml` reads them (util/yaml-core.ts, like resources);
 * `yaml` stays where source positions matter.
 */
import type jsyaml from 'js-yaml';
import { InputError } from '../errors';
import { NOT_BLOCK, readBlockYaml, readsAsBlockYaml, type PlainResolver } from '../util/block-yaml';
import { jsYaml, once } from '../util/packages';
import { coreSchema, coreType, resolveCore } from '../util/yaml-core';
import { isRecord, setOwn } from '../util/data';
import { MAX_SPEC_BYTES } from '../util/paths';

export type SpecFormat = 'yaml' | 'json';

/**
 * The types `dump` tests a plain string against before writing it unquoted: its own (YAML 1.1-ish:
 * timestamps, `1_000`) and YAML 1.2 core, as the spec is read back. js-yaml's own float misses a
 * signed `+.5`, which core reads as a number: written plain, `update` then `check` saw drift.
 */
const dumpSchema = once(() => jsYaml().DEFAULT_SCHEMA.extend({ implicit: [coreType()] }));

/** The text `update` writes for a document; parseSpecText reads it back as the same data (serialize.test.ts). */
export function serializeSpec(document: Record<string, unknown>, format: SpecFormat): string {
  if (format === 'json') return JSON.stringify(document, null, 2) + '\n';
  return jsYaml().dump(document, {
    schema: dumpSchema(),
    // The generator shares no objects, but a document of any origin must not gain anchors.
    noRefs: true,
    // Never fold long descriptions: a diff of the spec should show the changed text, not reflow.
    lineWidth: -1,
    // Keys stay in the order the document has them (docs/generation.md's fixed order).
    sortKeys: false,
    // Like JSON.stringify: an `undefined` value is left out rather than failing the dump.
    skipInvalid: true,
  });
}

export interface ParseLimits {
  /** Largest text accepted, in UTF-8 bytes. */
  maxBytes?: number;
  /**
   * Largest number of objects and arrays once YAML aliases are expanded. The text limit alone
   * doesn't bound this: a few lines of nested aliases expand to billions of nodes.
   */
  maxNodes?: number;
  /** Deepest nesting accepted; later stages recurse over the document. */
  maxDepth?: number;
}

export const DEFAULT_PARSE_LIMITS: Required<ParseLimits> = {
  maxBytes: MAX_SPEC_BYTES,
  maxNodes: 2_000_000,
  maxDepth: 256,
};

/**
 * YAML 1.2 core types (util/yaml-core.ts: `14_030` is a string, as YAML 1.2 says) plus merge keys
 * (`<<`): no timestamps (dates stay strings, as in the generated document), no custom tags. Merge
 * keys are kept because hand-edited specs use them.
 */
// js-yaml 4 exports its built-in `types`; @types/js-yaml 4.0.9 does not declare them.
export const specSchema = once(() =>
  coreSchema([(jsYaml() as unknown as { types: { merge: jsyaml.Type } }).types.merge]),
);

/** Plain scalars for the block reader, as SPEC_SCHEMA reads them; a merge key is js-yaml's to apply. */
export const resolveSpecScalar: PlainResolver = (text) => (text === '<<' ? NOT_BLOCK : resolveCore(text));

/** Documents parseSpecText read with JSON.parse (the only reader that leaves measuring to measureTree). */
const fromJson = new WeakSet<object>();

/**
 * Whether parseSpecText read `document` from a JSON text: its lines can then be found by the JSON
 * scan without parsing the text a second time to check that it is JSON (compare/source.ts).
 */
export const readAsJson = (document: object): boolean => fromJson.has(document);

/**
 * Parses a committed or baseline spec (YAML or JSON) into plain data: a tree without shared
 * nodes (aliases expanded, within `maxNodes`), never a stack trace for bad text.
 */
export function parseSpecText(text: string, file: string, limits: ParseLimits = {}): Record<string, unknown> {
  const { maxBytes, maxNodes, maxDepth } = { ...DEFAULT_PARSE_LIMITS, ...limits };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new InputError({
      file,
      message: `is ${bytes} bytes, larger than the ${maxBytes}-byte limit for a spec file`,
    });
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const { data, measured, shared } = parseText(body, file, maxNodes, maxDepth);
  if (data === undefined || data === null)
    throw new InputError({ file, message: 'is empty: an AsyncAPI document is a mapping' });
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError({
      file,
      line: 1,
      col: 1,
      message: 'is not a mapping: an AsyncAPI document is a YAML/JSON object',
    });
  }
  // A text without anchors is a tree of its own: measured (YAML: while read), never copied.
  if (!shared) {
    if (!measured) {
      measureTree(data, file, maxNodes, maxDepth);
      fromJson.add(data);
    }
    return data as Record<string, unknown>;
  }
  refuseExpansion(data, file, maxNodes, maxDepth);
  return expandTree(data, file, maxNodes, maxDepth) as Record<string, unknown>;
}

/**
 * Whether parseSpecText would read `text` as `document` (data equal, keys in the same order),
 * without building it: true only for a text the block reader reads within the limits, which is how
 * parseSpecText reads such a text. False says nothing: parse it.
 */
export function readsAs(text: string, document: Record<string, unknown>): boolean {
  const { maxBytes, maxNodes, maxDepth } = DEFAULT_PARSE_LIMITS;
  // parseSpecText's own order: the size, then JSON.parse for a text that starts with `{`.
  if (Buffer.byteLength(text, 'utf8') > maxBytes || text.trimStart().startsWith('{')) return false;
  return readsAsBlockYaml(text, document, resolveSpecScalar, { maxNodes, maxDepth });
}

/** The line that opens the top-level `info` block. */
const INFO_LINE = /^info:\n/m;

/**
 * The top-level `info` mapping of a YAML text laid out as serializeSpec writes it, read alone with
 * the spec's own block reader and plain scalars; undefined when that block is not there or is
 * anything the block reader leaves to js-yaml (anchors, tags, tabs, flow or multi-line scalars).
 * Only a guess: run.ts keeps it when the text reads as the document generated with it
 * (docs/architecture.md, "A clean spec is not parsed").
 */
export function peekInfo(text: string): Record<string, unknown> | undefined {
  const found = INFO_LINE.exec(text);
  if (found === null) return undefined;
  const start = found.index;
  let end = start + found[0].length;
  // The block lasts while lines are indented, or empty (inside a `|` block).
  for (let c = text.charCodeAt(end); c === 0x20 || c === 0x0a; c = text.charCodeAt(end)) {
    const next = text.indexOf('\n', end);
    end = next < 0 ? text.length : next + 1;
  }
  const read = readBlockYaml(text.slice(start, end), resolveSpecScalar, { maxNodes: 64, maxDepth: 8 });
  return read !== NOT_BLOCK && isRecord(read.info) ? read.info : undefined;
}

const tooDeep = (file: string, maxDepth: number): InputError =>
  new InputError({ file, message: `is nested deeper than ${maxDepth} levels` });

/**
 * The data of a text; `measured`: depth and size were checked while reading (YAML: js-yaml reports
 * each node as it opens and closes, which also stops a hostile text before its recursion gets
 * deep; JSON.parse output is measured by measureTree instead); `shared`: anchors may make nodes
 * shared, so the data must be expanded into a tree.
 */
function parseText(
  text: string,
  file: string,
  maxNodes: number,
  maxDepth: number,
): { data: unknown; measured: boolean; shared: boolean } {
  if (text.trimStart().startsWith('{')) {
    try {
      return { data: JSON.parse(text), measured: false, shared: false };
    } catch {
      // Flow-style YAML starts with `{` too; js-yaml reads JSON as well and reports the place.
    }
  }
  // The tool's own output (and most hand-kept block YAML) is read by the block reader; it leaves the rest to js-yaml.
  const block = readBlockYaml(text, resolveSpecScalar, { maxNodes, maxDepth });
  if (block !== NOT_BLOCK) return { data: block, measured: true, shared: false };
  let depth = 0;
  let nodes = 0;
  let shared = false;
  // Depth as expandTree counts it: the root collection is 0, and a scalar sits one below its collection.
  const listener = (event: jsyaml.EventType, state: jsyaml.State & { anchor?: string | null }): void => {
    if (event === 'open') {
      if (++depth > maxDepth + 2) throw tooDeep(file, maxDepth);
      return;
    }
    if (state.anchor != null) shared = true;
    if (state.kind === 'mapping' || state.kind === 'sequence') {
      if (depth > maxDepth + 1) throw tooDeep(file, maxDepth);
      if (++nodes > maxNodes)
        throw new InputError({ file, message: `has more than ${maxNodes} objects and arrays; refusing to read it` });
    }
    depth -= 1;
  };
  try {
    const data = jsYaml().load(text, {
      schema: specSchema(),
      filename: file,
      listener,
    });
    return { data, measured: true, shared };
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof jsYaml().YAMLException) {
      const mark = e.mark as { line?: number; column?: number } | undefined;
      const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
      const col = typeof mark?.column === 'number' ? mark.column + 1 : undefined;
      throw new InputError({ file, line, col, message: `invalid YAML/JSON: ${e.reason}` });
    }
    // js-yaml recurses per nesting level: a hostile `[[[[…` exhausts the stack.
    if (e instanceof RangeError) throw new InputError({ file, message: 'invalid YAML/JSON: nested too deeply' });
    // Only the text went in, so whatever else broke is about the text too.
    throw new InputError({ file, message: `invalid YAML/JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
}

const tooMany = (file: string, maxNodes: number): InputError =>
  new InputError({ file, message: `expands to more than ${maxNodes} nodes (YAML aliases); refusing to read it` });

/**
 * Counts the nodes the data expands to without expanding it: a node shared through aliases is
 * one object, counted once and remembered, so a billion-laughs text is refused after a walk of
 * its few distinct nodes instead of after copying two million of them. Recursion and depth are
 * refused here too where met; the copy that follows stays the authority on both.
 */
function refuseExpansion(root: unknown, file: string, maxNodes: number, maxDepth: number): void {
  const counted = new Map<object, number>();
  const ancestors = new Set<object>();
  const count = (value: unknown, depth: number): number => {
    if (value === null || typeof value !== 'object') return 0;
    const known = counted.get(value);
    if (known !== undefined) return known;
    if (depth > maxDepth) throw tooDeep(file, maxDepth);
    if (ancestors.has(value)) throw new InputError({ file, message: 'contains a recursive alias' });
    ancestors.add(value);
    let n = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      n += count(child, depth + 1);
      if (n > maxNodes) throw tooMany(file, maxNodes);
    }
    ancestors.delete(value);
    counted.set(value, n);
    return n;
  };
  count(root, 0);
}

/** A tree (JSON.parse output) refused as expandTree would refuse it, without the copy: a 1 MB spec spent a tenth of a second there. */
function measureTree(root: unknown, file: string, maxNodes: number, maxDepth: number): void {
  let nodes = 0;
  const walk = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object') return;
    if (++nodes > maxNodes) throw tooMany(file, maxNodes);
    if (depth > maxDepth) throw tooDeep(file, maxDepth);
    if (Array.isArray(value)) for (const v of value) walk(v, depth + 1);
    else for (const k in value) walk((value as Record<string, unknown>)[k], depth + 1);
  };
  walk(root, 0);
}

/**
 * A fresh copy of parsed data: aliases become separate nodes (later stages may mutate without
 * action at a distance), bounded in total size and depth so a billion-laughs document fails fast.
 */
function expandTree(root: unknown, file: string, maxNodes: number, maxDepth: number): unknown {
  let nodes = 0;
  const ancestors = new Set<object>();
  const copy = (value: unknown, depth: number): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (++nodes > maxNodes) throw tooMany(file, maxNodes);
    if (depth > maxDepth) throw tooDeep(file, maxDepth);
    if (ancestors.has(value)) throw new InputError({ file, message: 'contains a recursive alias' });
    ancestors.add(value);
    let out: unknown;
    if (Array.isArray(value)) {
      out = value.map((v) => copy(v, depth + 1));
    } else {
      const obj: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        const v = copy((value as Record<string, unknown>)[k], depth + 1);
        setOwn(obj, k, v);
      }
      out = obj;
    }
    ancestors.delete(value);
    return out;
  };
  return copy(root, 0);
}
