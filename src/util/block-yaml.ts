/**
 * A reader for plain block YAML: the YAML the tool writes itself (js-yaml's `dump`, serialize.ts)
 * and most resource files people write. A `check` reads hundreds of resource files and a spec of
 * megabytes; a general YAML reader spends most of that time on what such texts never use
 * (docs/architecture.md, "Reading YAML").
 *
 * It is a shortcut, never an authority. It accepts block mappings and sequences, plain scalars on
 * one line, quoted scalars on one line, `|` literal blocks, `{}` and `[]`, and full-line comments;
 * anything else gives NOT_BLOCK and the caller reads the text with its general reader, so errors,
 * limits, anchors, merge keys, tags, flow collections, trailing comments and multi-line scalars
 * keep that reader's meaning. Plain scalars are resolved by the caller, as its general reader
 * would. Differential tests hold it to js-yaml for specs (test/util/block-yaml.test.ts) and to
 * `yaml` for resources (test/resource/fast-yaml.test.ts).
 */

import { dataEqual, isRecord } from './data';

export const NOT_BLOCK: unique symbol = Symbol('not block yaml');

export interface BlockLimits {
  /** Bail out past this many mappings and sequences (the caller's reader then reports it). */
  readonly maxNodes: number;
  /** Bail out past this nesting. */
  readonly maxDepth: number;
}

/** Why a text is left to the general reader; never seen outside this module. */
class NotBlock extends Error {}
const bail = (): never => {
  throw new NotBlock();
};

/** Characters a YAML reader treats otherwise than plain text: tabs, CR, other line breaks, control and BOM characters. */
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHAR = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** A surrogate half without its other half (a well-formed pair is an ordinary character). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;
/** Document markers (followed by a space or a line end) and directives, at the start of a line. */
const MARKER = /^(?:---|\.\.\.)(?:[ \n]|$)|^%/m;

/** Whether the text has anything but plain lines of printable characters. */
function unusual(text: string): boolean {
  if (UNUSUAL_CHAR.test(text)) return true;
  // Cheap search first: most texts have no line starting with `-`, `.` or `%` followed by the rest of a marker.
  if (/^(?:---|\.\.\.|%)/.test(text) || ['\n---', '\n...', '\n%'].some((m) => text.includes(m))) {
    if (MARKER.test(text)) return true;
  }
  return /[\ud800-\udfff]/.test(text) && LONE_SURROGATE.test(text);
}

/** First characters that make a plain scalar something else (or that this reader leaves to js-yaml). */
const INDICATOR = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));

/** How the general reader resolves a plain scalar; NOT_BLOCK leaves the text to it. */
export type PlainResolver = (text: string) => unknown;

const CORE_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * Whether a YAML 1.2 core schema (js-yaml's or `yaml`'s, merge key included) may read a plain
 * scalar as anything but a string: `~`, the null and boolean words, numbers (`-+.0-9`), `<<`.
 * Most scalars (keys, names, descriptions) are settled as strings by this one test.
 */
export function mayBeCoreTyped(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x7e || c === 0x3c) return true;
  // n N t T f F, and four or five letters: only then can it be one of the words.
  const word = c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46;
  return word && (text.length === 4 || text.length === 5) && CORE_WORDS.has(text);
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

/** The data of a block YAML text whose root is a mapping, or NOT_BLOCK. */
export function readBlockYaml(
  text: string,
  resolve: PlainResolver,
  limits: BlockLimits,
): Record<string, unknown> | typeof NOT_BLOCK {
  if (unusual(text)) return NOT_BLOCK;
  try {
    return new Reader(text, resolve, limits).document();
  } catch (e) {
    if (e instanceof NotBlock) return NOT_BLOCK;
    throw e;
  }
}

/**
 * Whether readBlockYaml would read `text` as `expected`: data equal as dataEqual says, keys in the
 * order the mappings it builds would have them. False when it would read other data or give NOT_BLOCK (the full read then decides).
 * It reads the text as readBlockYaml does, limits included, but builds no mapping or sequence:
 * each is held to the expected one as it is read (run.ts, a clean spec; docs/architecture.md).
 */
export function readsAsBlockYaml(
  text: string,
  expected: Record<string, unknown>,
  resolve: PlainResolver,
  limits: BlockLimits,
): boolean {
  if (unusual(text)) return false;
  try {
    new Reader(text, resolve, limits).document(expected);
    return true;
  } catch (e) {
    if (e instanceof NotBlock) return false;
    throw e;
  }
}

/** What a Reader method is given instead of an expected value: build the data. */
const BUILD: unique symbol = Symbol('build');
type Want = unknown;

/**
 * Positions are offsets in the whole text, lines are numbered from 0, columns count from a line's
 * start. Lines are never cut out of the text: for a spec of megabytes, a string per line was a
 * tenth of the reading time, and more for the garbage collector.
 */
class Reader {
  /** Where each line starts; one more entry, one past the text's end, closes the last line. */
  private readonly starts: Uint32Array;
  private readonly count: number;
  /** The next line to read. */
  private at = 0;
  /** The indentation of the line nextContent found. */
  private indent = 0;
  /** Where the last key read ends (after its `:`). */
  private keyEnd = 0;
  private nodes = 0;

  constructor(
    private readonly text: string,
    private readonly resolve: PlainResolver,
    private readonly limits: BlockLimits,
  ) {
    // Counted first, then filled: an array grown line by line left copies of itself behind, each
    // as large as a big spec has lines (large objects, collected only by a full GC).
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[line++] = i + 1;
    this.count = count;
    this.starts[count] = text.length + 1;
  }

  /**
   * The data, built; or, given `want`, held to it: the first difference ends the reading as
   * NOT_BLOCK does (the caller tells the two apart by which it asked for).
   */
  document(want: Want = BUILD): Record<string, unknown> {
    const first = this.nextContent();
    if (first < 0 || this.indent !== 0 || startsSequence(this.text, this.start(first))) bail();
    const root = this.mapping(first, 0, 0, want);
    if (this.nextContent() >= 0) bail();
    return root;
  }

  private start(line: number): number {
    return this.starts[line] as number;
  }

  /** Where a line ends: its line break, or the text's end. */
  private end(line: number): number {
    return (this.starts[line + 1] as number) - 1;
  }

  /** The next line that is neither blank nor a comment (the cursor moves there), or -1. */
  private nextContent(): number {
    const { text } = this;
    for (; this.at < this.count; this.at++) {
      const s = this.start(this.at);
      const indent = indentOf(text, s);
      const c = text.charCodeAt(s + indent);
      if (s + indent < this.end(this.at) && c !== HASH) {
        this.indent = indent;
        return this.at;
      }
    }
    return -1;
  }

  private enter(depth: number): void {
    if (depth > this.limits.maxDepth || ++this.nodes > this.limits.maxNodes) bail();
  }

  /** A block node that starts at column `col` of line `l` (the cursor is on that line). */
  private node(l: number, col: number, depth: number, want: Want): unknown {
    return startsSequence(this.text, this.start(l) + col)
      ? this.sequence(l, col, depth, want)
      : this.mapping(l, col, depth, want);
  }

  /** A scalar (or empty collection) read; held to `want` unless building. */
  private give(value: unknown, want: Want): unknown {
    if (want !== BUILD && value !== want && !dataEqual(value, want)) bail();
    return value;
  }

  /** A block mapping whose entries start at column `col`; the first one on line `l`, which may be mid-line. */
  private mapping(l: number, col: number, depth: number, want: Want): Record<string, unknown> {
    this.enter(depth);
    if (want !== BUILD) return this.matchMapping(l, col, depth, want);
    const out: Record<string, unknown> = {};
    for (let i = l; ; ) {
      const key = this.key(i, col);
      // A duplicate is an error, which the general reader reports.
      if (Object.hasOwn(out, key)) bail();
      const value = this.value(i, this.keyEnd, col, depth, false, BUILD);
      // As setOwn (util/data.ts), written out: a store of its own keeps this hot loop fast.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      i = this.nextContent();
      if (i < 0 || this.indent < col) break;
      if (this.indent > col) bail();
    }
    return out;
  }

  /**
   * mapping, held to `want`: its keys in the order a mapping built from the text would have them,
   * and each value (a duplicate key can't match). The text's order is the object's, but for keys
   * like `0` that an object lists first: once the text leaves the object's order, keys are looked
   * up, and the order is checked at the end on an object built from the keys read.
   */
  private matchMapping(l: number, col: number, depth: number, want: Want): Record<string, unknown> {
    if (!isRecord(want)) bail();
    const wanted = want as Record<string, unknown>;
    const keys = Object.keys(wanted);
    let n = 0;
    let read: Set<string> | null = null;
    for (let i = l; ; ) {
      const next = read === null ? keys[n] : undefined;
      const key = next !== undefined && this.isKey(i, col, next) ? next : this.key(i, col);
      if (read === null && key !== next) read = new Set(keys.slice(0, n));
      if (read !== null) {
        if (!Object.hasOwn(wanted, key) || read.has(key)) bail();
        read.add(key);
      }
      n++;
      // An own key (Object.keys gave it, or looked up): its value, `__proto__` included.
      this.value(i, this.keyEnd, col, depth, false, wanted[key]);
      i = this.nextContent();
      if (i < 0 || this.indent < col) break;
      if (this.indent > col) bail();
    }
    if (n !== keys.length) bail();
    if (read !== null) {
      const built: Record<string, unknown> = {};
      for (const key of read) Object.defineProperty(built, key, { value: null, enumerable: true });
      if (Object.keys(built).some((key, k) => key !== keys[k])) bail();
    }
    return wanted;
  }

  /** A block sequence whose `-` indicators are at column `col`; the first one on line `l`. */
  private sequence(l: number, col: number, depth: number, want: Want): unknown[] {
    this.enter(depth);
    const wanted = want === BUILD ? null : Array.isArray(want) ? want : bail();
    const out: unknown[] = [];
    let n = 0;
    for (let i = l; ; ) {
      const dash = this.start(i) + col;
      // A line at the same column that is no entry ends a sequence that is a mapping's value (`key:` then `- x`).
      if (!startsSequence(this.text, dash)) {
        if (i === l) bail();
        break;
      }
      if (wanted === null) out.push(this.value(i, dash + 1, col, depth, true, BUILD));
      else if (n < wanted.length) this.value(i, dash + 1, col, depth, true, wanted[n]);
      else bail();
      n++;
      i = this.nextContent();
      if (i < 0 || this.indent < col) break;
      if (this.indent > col) bail();
    }
    if (wanted === null) return out;
    return n === wanted.length ? wanted : bail();
  }

  /**
   * The key of a mapping entry at column `col` of line `l` (keyEnd: the position right after its
   * `:`). Keys are single-line plain or quoted scalars that any resolution leaves as written.
   */
  private key(l: number, col: number): string {
    const { text } = this;
    const p = this.start(l) + col;
    const end = this.end(l);
    const c = text.charCodeAt(p);
    if (c === 0x27 || c === 0x22) {
      const quoted = quotedAt(text, p, end);
      if (text.charCodeAt(quoted.end) !== COLON || !separates(text, quoted.end + 1)) bail();
      this.keyEnd = quoted.end + 1;
      return quoted.value;
    }
    if (INDICATOR.has(c)) bail();
    const colon = keyColon(text, p, end);
    if (colon < 0) bail();
    const key = text.slice(p, colon);
    // `<<` is a merge key to both general readers.
    if (key.includes(' #') || key.charCodeAt(key.length - 1) === SPACE || key === '<<') bail();
    // js-yaml resolves a key like any plain scalar, then takes its string: `1.0:` is "1", `~:` is "null".
    const resolved = this.plain(key);
    if (typeof resolved !== 'string' && String(resolved) !== key) bail();
    this.keyEnd = colon + 1;
    return key;
  }

  /**
   * Whether the entry at column `col` of line `l` has the plain key `expected`, as key() would
   * read it (keyEnd set as key() sets it), without cutting the key out of the text; false means
   * ask key().
   */
  private isKey(l: number, col: number, expected: string): boolean {
    const { text } = this;
    const p = this.start(l) + col;
    const colon = p + expected.length;
    if (
      colon >= this.end(l) ||
      INDICATOR.has(expected.charCodeAt(0)) ||
      !text.startsWith(expected, p) ||
      keyColon(text, p, colon + 1) !== colon ||
      expected.includes(' #') ||
      expected.charCodeAt(expected.length - 1) === SPACE ||
      expected === '<<' ||
      this.resolve(expected) !== expected
    )
      return false;
    this.keyEnd = colon + 1;
    return true;
  }

  /**
   * The value after a key's `:` or a sequence's `-` (position `p` of line `l`), inside a collection
   * at column `col`. The cursor ends on the line after the value.
   */
  private value(l: number, p: number, col: number, depth: number, inSequence: boolean, want: Want): unknown {
    const { text } = this;
    const lineEnd = this.end(l);
    let start = p;
    while (text.charCodeAt(start) === SPACE) start++;
    if (start >= lineEnd) return this.nested(l, col, depth, inSequence, want);
    const c = text.charCodeAt(start);
    if (start === p || c === HASH) bail();
    if (inSequence) {
      // `- - x` and `- key: x`: a collection that starts on the item's line, at its column.
      const at = start - this.start(l);
      if (startsSequence(text, start)) return this.sequence(l, at, depth + 1, want);
      if (hasKey(text, start, lineEnd)) return this.mapping(l, at, depth + 1, want);
    }
    this.at = l + 1;
    if (c === 0x7c) return this.give(this.literal(start, lineEnd, col), want); // |
    if (c === 0x27 || c === 0x22) {
      const quoted = quotedAt(text, start, lineEnd);
      if (!onlySpaces(text, quoted.end)) bail();
      return this.give(quoted.value, want);
    }
    let end = lineEnd;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (c === 0x7b || c === 0x5b) {
      // Only the empty flow collections the writer uses; any other flow text is js-yaml's.
      const empty = end - start === 2 && text.charCodeAt(start + 1) === (c === 0x7b ? 0x7d : 0x5d);
      if (!empty) bail();
      this.enter(depth + 1);
      return this.give(c === 0x7b ? {} : [], want);
    }
    if (INDICATOR.has(c) && !(c === DASH && end - start > 1 && text.charCodeAt(start + 1) !== SPACE)) bail();
    // ` #` starts a comment and `: ` a mapping, whatever a plain scalar meant. A search of the
    // whole text would pass the line's end: on a text without ` #`, every value would read it all.
    for (let k = start + 1; k < end; k++) {
      const ch = text.charCodeAt(k);
      if ((ch === HASH && text.charCodeAt(k - 1) === SPACE) || (ch === COLON && separates(text, k + 1))) bail();
    }
    // Held to a string: compared in place, when the text is that string and reads as itself.
    if (typeof want === 'string' && want.length === end - start && text.startsWith(want, start)) {
      if (this.resolve(want) === want) return want;
    }
    return this.give(this.plain(text.slice(start, end)), want);
  }

  /** A value that starts on a later line (or an empty one, which is null). */
  private nested(l: number, col: number, depth: number, inSequence: boolean, want: Want): unknown {
    this.at = l + 1;
    const next = this.nextContent();
    if (next < 0) return inSequence ? bail() : this.give(null, want);
    const { indent } = this;
    if (indent > col) return this.node(next, indent, depth + 1, want);
    // A mapping's sequence may sit at the mapping's own column (`key:` then `- x`).
    if (indent === col && !inSequence && startsSequence(this.text, this.start(next) + col))
      return this.sequence(next, col, depth + 1, want);
    // An empty entry (`-` alone): the tool writes `null`, and js-yaml reads what follows a `- -` loosely.
    if (inSequence) bail();
    return this.give(null, want);
  }

  /** A `|` block scalar whose header is at `p` (its line ends at `lineEnd`), in a collection at column `col`. */
  private literal(p: number, lineEnd: number, col: number): string {
    const { text } = this;
    let chomp = '';
    let explicit = 0;
    let q = p + 1;
    for (let k = 0; k < 2; k++) {
      const c = text.charCodeAt(q);
      if ((c === 0x2d || c === 0x2b) && chomp === '' && q < lineEnd) {
        chomp = text[q] as string;
        q++;
      } else if (c >= 0x31 && c <= 0x39 && explicit === 0 && q < lineEnd) {
        explicit = c - 0x30;
        q++;
      }
    }
    if (!onlySpaces(text, q)) bail();
    let indent = explicit > 0 ? col + explicit : -1;
    const body: string[] = [];
    let i = this.at;
    for (; i < this.count; i++) {
      const s = this.start(i);
      const e = this.end(i);
      const spaces = indentOf(text, s);
      if (s + spaces >= e) {
        // A blank line; one with more spaces than the block's indentation keeps the rest.
        if (indent >= 0 && e - s > indent) body.push(text.slice(s + indent, e));
        else if (indent < 0 && e - s > col + 1) bail();
        else body.push('');
        continue;
      }
      if (indent < 0) {
        if (spaces <= col) break;
        indent = spaces;
      }
      if (spaces < indent) break;
      body.push(text.slice(s + indent, e));
    }
    // A last line without a line break: chomping reads it otherwise; js-yaml knows how.
    const endsWithBreak = text.charCodeAt(text.length - 1) === 0x0a;
    if (i === this.count && !endsWithBreak) bail();
    this.at = i;
    // The last line of a text that ends with a line break is an empty string, not a line.
    if (i === this.count) body.pop();
    let last = body.length;
    while (last > 0 && body[last - 1] === '') last--;
    // Only empty lines: kept line breaks are all there is.
    if (last === 0) return chomp === '+' ? '\n'.repeat(body.length) : '';
    const content = body.slice(0, last).join('\n');
    if (chomp === '-') return content;
    if (chomp === '+') return content + '\n'.repeat(body.length - last + 1);
    return content + '\n';
  }

  private plain(text: string): unknown {
    const value = this.resolve(text);
    return value === NOT_BLOCK ? bail() : value;
  }
}

const NEWLINE = 0x0a;

/** Spaces from `p` on. */
function indentOf(text: string, p: number): number {
  let i = p;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - p;
}

/** Whether nothing but spaces follows `from` on its line. */
function onlySpaces(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === SPACE) i++;
  return i >= text.length || text.charCodeAt(i) === NEWLINE;
}

/** Whether position `p` ends a key's `:` (a space or the end of the line follows). */
const separates = (text: string, p: number): boolean => {
  const c = text.charCodeAt(p);
  return p >= text.length || c === SPACE || c === NEWLINE;
};

/** A `-` at `p` followed by a space or the end of the line. */
const startsSequence = (text: string, p: number): boolean => text.charCodeAt(p) === DASH && separates(text, p + 1);

/** The first `:` from `p` on, before `end`, that ends a plain key (a space or the line's end follows it), or -1. */
function keyColon(text: string, p: number, end: number): number {
  // A bounded scan: a search of the whole text would pass the line's end for every item without a `:`.
  for (let k = p; k < end; k++) if (text.charCodeAt(k) === COLON && separates(text, k + 1)) return k;
  return -1;
}

/** Whether the text at `p` (its line ends at `end`) reads as `key: …` (a plain or quoted key, then `:`). */
function hasKey(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 0x27 || c === 0x22) return text.charCodeAt(quotedAt(text, p, end).end) === COLON;
  return keyColon(text, p, end) >= 0;
}

/** The single- or double-quoted scalar that opens at `p` (the caller has seen its quote). */
const quotedAt = (text: string, p: number, end: number): { value: string; end: number } =>
  text.charCodeAt(p) === 0x27 ? singleQuoted(text, p, end) : doubleQuoted(text, p, end);

/** A single-quoted scalar that opens at `p` and closes before `end`; `end` of the result is after the quote. */
function singleQuoted(text: string, p: number, end: number): { value: string; end: number } {
  let value = '';
  let from = p + 1;
  for (;;) {
    const q = text.indexOf("'", from);
    if (q < 0 || q >= end) bail();
    value += text.slice(from, q);
    if (text.charCodeAt(q + 1) !== 0x27 || q + 1 >= end) return { value, end: q + 1 };
    value += "'";
    from = q + 2;
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\x00',
  a: '\x07',
  b: '\x08',
  t: '\x09',
  n: '\x0a',
  v: '\x0b',
  f: '\x0c',
  r: '\x0d',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;

/** A double-quoted scalar that opens at `p` and closes before `end`; `end` of the result is after the quote. */
function doubleQuoted(text: string, p: number, end: number): { value: string; end: number } {
  let value = '';
  let from = p + 1;
  for (;;) {
    let q = from;
    while (q < end && text.charCodeAt(q) !== 0x22 && text.charCodeAt(q) !== 0x5c) q++;
    if (q >= end) bail();
    value += text.slice(from, q);
    if (text.charCodeAt(q) === 0x22) return { value, end: q + 1 };
    if (q + 1 >= end) bail();
    const e = text[q + 1] as string;
    const simple = Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : undefined;
    if (simple !== undefined) {
      value += simple;
      from = q + 2;
      continue;
    }
    const length = Object.hasOwn(HEX_LENGTH, e) ? (HEX_LENGTH[e] as number) : 0;
    const hex = text.slice(q + 2, Math.min(q + 2 + length, end));
    if (length === 0 || hex.length !== length || !HEX.test(hex)) bail();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) bail();
    value += String.fromCodePoint(code);
    from = q + 2 + length;
  }
}
