/**
 * Reading YAML (and JSON, which is parsed as YAML to keep positions) written by users:
 * limits against hostile input, parse errors as InputError, and the way back from a
 * path in the parsed data to the line and column where it was written.
 */
import { isArrayIndex } from '../util/pointer';
import fs from 'node:fs';
import type { Document, LineCounter, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { yaml } from '../util/packages';
import { InputError, type Problem } from '../errors';
import type { JsonPath } from '../types';
import { MAX_FILE_BYTES } from '../util/paths';
import { fastPlainData, NOT_FAST } from './fast-yaml';
import { blockYamlFinder, type BlockFound } from '../util/yaml-lines';
import { childOf } from '../util/data';

/** Far above any real resource (~20 levels), far below what blows yaml's recursive composer (~900). */
export const MAX_DEPTH = 128;
/** yaml's own measure: alias uses × aliases inside the anchored node. 100 stops a billion-laughs file at once. */
export const MAX_ALIAS_COUNT = 100;

export interface SourceDoc {
  /** Name used in messages (workspace-relative POSIX path). */
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** Line and column of a path of the file's data read off the text, when that is sure (null: ask the tree). */
  readonly quick?: (path: JsonPath) => { line: number; col: number } | null;
}

const PARSE_OPTIONS = {
  // Keys as written (`1.0:` stays "1.0"), so a path segment always matches a key's source text.
  stringKeys: true,
  // YAML 1.1 tags (!!binary, !!set, !!timestamp) would yield Buffers, Sets and Dates; keep them plain.
  resolveKnownTags: false,
  // firestone reads files with PyYAML, which honours `<<` merge keys.
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
} as const;

/** Reads a file for parsing, refusing non-regular files and anything over the size limit before reading it. */
export function readUserFile(abs: string, file: string, from?: Problem): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new InputError(placed(from, file, `${file} does not exist`));
  }
  // A FIFO or device would block the read forever, a directory throws EISDIR.
  if (!stat.isFile()) throw new InputError(placed(from, file, `${file} is not a regular file`));
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError({
      file,
      message: `file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB (${stat.size} bytes)`,
    });
  }
  return fs.readFileSync(abs, 'utf8');
}

function placed(from: Problem | undefined, file: string, message: string): Problem {
  return from ? { ...from, message } : { file, message };
}

/** Parses one YAML/JSON document; every syntax error becomes a problem with line and column. */
export function parseSource(text: string, file: string): SourceDoc {
  const tooDeep = excessiveNestingOffset(text, MAX_DEPTH);
  if (tooDeep !== null) {
    // The LineCounter is only filled by parsing, so count lines by hand here.
    const { line, col } = offsetToLineCol(text, tooDeep);
    throw new InputError({ file, line, col, message: `nesting is deeper than ${MAX_DEPTH} levels` });
  }
  return parseMeasured(text, file);
}

/** parseSource for a text whose nesting is known to be within the limit. */
function parseMeasured(text: string, file: string): SourceDoc {
  const lines = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { ...PARSE_OPTIONS, lineCounter: lines });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { file, line, col, message: `invalid YAML: ${e.message}` };
      }),
    );
  }
  return { file, text, doc, lines };
}

/**
 * A file's plain data and its source. The data comes from the fast reader when it can vouch for
 * the text (fast-yaml.ts); the syntax tree behind positions is then parsed on first use, which
 * for most files is never.
 */
export function readSource(text: string, file: string): { src: SourceDoc; data: unknown } {
  // Well inside MAX_DEPTH: `yaml`'s nesting estimate may run a level or two high, and such files must get its error.
  const data = fastPlainData(text, MAX_DEPTH - 8);
  if (data === NOT_FAST) {
    const src = parseSource(text, file);
    return { src, data: toPlainData(src) };
  }
  let parsed: SourceDoc | undefined;
  // The fast reader measured the nesting already, so the tree skips parseSource's own estimate.
  const tree = (): SourceDoc => (parsed ??= parseMeasured(text, file));
  const src: SourceDoc = {
    file,
    text,
    // A byte order mark shifts the first line's columns in the tree (found by the fast-yaml fuzz test): the tree decides there.
    ...(text.startsWith('\ufeff') ? {} : { quick: quickPositions(text, data) }),
    get doc() {
      return tree().doc;
    },
    get lines() {
      return tree().lines;
    },
  };
  return { src, data };
}

/**
 * Positions read off block-style text by indentation (the way specs are read, util/yaml-lines.ts),
 * so a change in a resource can be placed without a syntax tree. Only for a path that exists in the
 * data and that the text walk matches in full, on a line where the node starts: the rest goes to
 * the tree. Texts read by the fast reader only: they have no anchors, merge keys or complex keys.
 */
function quickPositions(text: string, data: unknown): (path: JsonPath) => { line: number; col: number } | null {
  let find: ((segs: readonly string[]) => BlockFound) | undefined;
  let lines: string[] | undefined;
  return (path) => {
    // A path that leaves the data is placed at its deepest segment that exists, as findInSource does.
    const existing = path.slice(0, existingLength(data, path));
    if (existing.length === 0) return null;
    find ??= blockYamlFinder(text);
    const found = find(existing.map(String));
    if (found.line === null || found.matched !== existing.length) return null;
    lines ??= text.split('\n');
    const col = nodeColumn(lines[found.line - 1] ?? '');
    return col === null ? null : { line: found.line, col };
  };
}

/** How many segments of a path exist in the data (plain data holds no `undefined`: a step that gives one left it). */
function existingLength(data: unknown, path: JsonPath): number {
  let node = data;
  for (let i = 0; i < path.length; i++) if ((node = childOf(node, path[i] as string | number)) === undefined) return i;
  return path.length;
}

/** Column (1-based) where the node on a key or item line starts: after the indentation and one `- `; null when it starts on a later line or is a nested `- -`. */
function nodeColumn(line: string): number | null {
  let i = 0;
  const skipBlanks = (): void => {
    while (line[i] === ' ' || line[i] === '\t') i++;
  };
  skipBlanks();
  if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
    i++;
    skipBlanks();
    if (line[i] === '-' && (i + 1 === line.length || /[\s]/.test(line[i + 1] as string))) return null;
  }
  return i >= line.length || line[i] === '\r' || line[i] === '#' || (line[i] === '-' && i + 1 === line.length)
    ? null
    : i + 1;
}

/** Where a path of the file's data was written: its key (or item), else its nearest ancestor that exists. */
export function positionOf(src: SourceDoc, path: JsonPath): { file: string; line: number; col: number } {
  const quick = src.quick?.(path);
  return quick ? { file: src.file, ...quick } : positionAt(src, findInSource(src, path).offset);
}

/** The document as plain data (objects, arrays, strings, numbers, booleans, null). */
export function toPlainData(src: SourceDoc): unknown {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError) {
      throw new InputError({
        file: src.file,
        message: `YAML aliases expand too much (limit ${MAX_ALIAS_COUNT}); a file like this is a resource-exhaustion attack`,
      });
    }
    if (e instanceof RangeError) {
      throw new InputError({ file: src.file, message: `nesting is deeper than ${MAX_DEPTH} levels` });
    }
    // The rest are conversions yaml accepts while parsing but refuses while building data,
    // e.g. `<<: scalar` (merge sources must be maps): still the file's fault, not ours.
    throw new InputError({ file: src.file, message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

// Tokens the yaml lexer emits that stand for no source text.
const CONTROL_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * Estimates nesting from the lexer's tokens, before yaml's recursive composer sees the text:
 * a deeply nested file exhausts the stack there, and a stack overflow near a RegExp compile
 * can abort Node outright instead of throwing. The estimate is the stack of block-node columns
 * (indentation and compact `- - -` indicators) plus open flow brackets; it errs a level or two
 * high, never low by more than one per level. Stops at the first place over the limit.
 * Returns that offset, or null.
 */
export function excessiveNestingOffset(text: string, limit: number): number | null {
  const columns: number[] = [];
  let offset = 0;
  let lineStart = 0;
  let flow = 0;
  let scalarNext = false;
  const popTo = (col: number): void => {
    while (columns.length > 0 && (columns[columns.length - 1] as number) >= col) columns.pop();
  };
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (CONTROL_TOKENS.has(token)) {
      scalarNext = token === '\u001f';
      continue;
    }
    const start = offset;
    offset += token.length;
    const atPlainScalar = scalarNext;
    scalarNext = false;
    const col = start - lineStart;
    const nl = token.lastIndexOf('\n');
    if (nl !== -1) lineStart = start + nl + 1;
    if (token === '[' || token === '{') {
      // A flow collection opened in block context closes the deeper block nodes before it.
      if (flow === 0) popTo(col);
      flow += 1;
      if (columns.length + flow > limit) return start;
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    } else if (flow === 0 && startsBlockNode(token, atPlainScalar)) {
      popTo(col);
      columns.push(col);
      if (columns.length > limit) return start;
    }
  }
  return null;
}

/** Whether a token begins a node (or its anchor/tag) in block context. Block scalar bodies start with indentation. */
function startsBlockNode(token: string, atPlainScalar: boolean): boolean {
  if (atPlainScalar) return token.length > 0 && !/^[ \t\r\n]/.test(token);
  return token === '-' || token === '?' || /^["'*&!|>]/.test(token);
}

export interface Found {
  /** Offset of the deepest node found (the key, for a map entry). */
  offset: number;
  /** How many leading segments of the path were found. */
  matched: number;
  /** The node at the whole path (aliases followed), when it was found. */
  node?: unknown;
}

/**
 * Walks the syntax tree along a path of the plain data (as toJS produced it), through aliases
 * and merge keys, and stops at the deepest segment that exists.
 */
export function findInSource(src: SourceDoc, path: JsonPath): Found {
  let node: unknown = src.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    node = deref(src.doc, node);
    const seg = path[i] as string | number;
    if (yaml().isMap(node)) {
      const pair = findPair(src.doc, node, String(seg), 0);
      if (!pair) return { offset, matched: i };
      offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
      node = pair.value;
    } else if (yaml().isSeq(node)) {
      const index = typeof seg === 'number' ? seg : isArrayIndex(seg) ? Number(seg) : -1;
      const item: unknown = node.items[index];
      if (item === undefined) return { offset, matched: i };
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return { offset, matched: i };
    }
  }
  return { offset, matched: path.length, node: deref(src.doc, node) };
}

export function positionAt(src: SourceDoc, offset: number): { file: string; line: number; col: number } {
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, col };
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as YamlNode).range;
    return range ? range[0] : undefined;
  }
  return undefined;
}

function deref(doc: Document.Parsed, node: unknown): unknown {
  // Anchors precede their aliases, so a chain is finite; the bound is a guard against surprises.
  for (let hops = 0; yaml().isAlias(node) && hops < 1000; hops++) node = node.resolve(doc);
  return node;
}

function isMergeKey(key: unknown): boolean {
  return yaml().isScalar(key) && key.value === '<<' && (key.type === undefined || key.type === yaml().Scalar.PLAIN);
}

function findPair(doc: Document.Parsed, map: YAMLMap, key: string, depth: number): Pair | undefined {
  // Keys written in the map win over merged ones, as in yaml's toJS.
  for (const pair of map.items) {
    if (!isMergeKey(pair.key) && yaml().isScalar(pair.key) && String(pair.key.value) === key) return pair;
  }
  if (depth > 16) return undefined;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const value = deref(doc, pair.value);
    const sources = yaml().isSeq(value) ? value.items.map((s) => deref(doc, s)) : [value];
    for (const source of sources) {
      if (!yaml().isMap(source)) continue;
      const found = findPair(doc, source, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
