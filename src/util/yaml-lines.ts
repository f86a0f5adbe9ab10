/**
 * Line numbers of nodes in block-style YAML (what js-yaml, PyYAML and firestone write) found by
 * reading indentation, without building a document. On a 90,000-line spec the `yaml` parser needs
 * over a second and ~200 MB for the same answer; this needs one split of the text.
 * Anything it cannot read (flow collections, complex keys) ends the walk: the caller gets the
 * nearest ancestor it did find, which is also what a missing node gives.
 */

interface View {
  indent: number;
  body: string;
}

interface Block {
  /** The node's own line (0-based), or -1 for the document. */
  line: number;
  from: number;
  to: number;
  /** A sequence item's first line, whose `- ` counts as indentation for the item's own map. */
  itemLine: number | null;
}

const UNKNOWN = -2;

const isItem = (body: string): boolean => body === '-' || body.startsWith('- ');

/** The key of a `key: value` line, or null when the line is not a plain/quoted simple key. */
export function keyOf(body: string): string | null {
  if (body.startsWith('"')) {
    const end = closingQuote(body, '"');
    if (end === -1 || !isKeyEnd(body, end + 1)) return null;
    try {
      return JSON.parse(body.slice(0, end + 1)) as string;
    } catch {
      return null;
    }
  }
  if (body.startsWith("'")) {
    const end = closingQuote(body, "'");
    if (end === -1 || !isKeyEnd(body, end + 1)) return null;
    return body.slice(1, end).replaceAll("''", "'");
  }
  if (/^[?{[&*!|>%@`]/.test(body) || isItem(body)) return null;
  for (let i = body.indexOf(':'); i !== -1; i = body.indexOf(':', i + 1)) {
    if (isKeyEnd(body, i)) return body.slice(0, i).replace(TRAILING_WHITE, '');
  }
  return null;
}

const isKeyEnd = (body: string, colon: number): boolean =>
  body[colon] === ':' && (colon + 1 === body.length || body[colon + 1] === ' ' || body[colon + 1] === '\t');

function closingQuote(body: string, quote: string): number {
  for (let i = 1; i < body.length; i++) {
    if (quote === '"' && body[i] === '\\') i++;
    else if (body[i] === quote) {
      if (quote === "'" && body[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * YAML's white space: spaces and tabs, nothing else (a no-break space or U+2003 begins a key).
 * A CR before the line break counts here too.
 */
const LEADING_SPACE = /[ \t\r]*/y;
const LEADING_WHITE = /^[ \t]+/;
const TRAILING_WHITE = /[ \t]+$/;

/**
 * What `read` gives as the indentation of the line from `start` to `end` (its line break or the
 * text's end): -1 for a blank line, a comment or a document marker. Found without cutting the
 * line out: most lines are only ever asked how deep they are.
 */
function plainIndentAt(text: string, start: number, end: number): number {
  LEADING_SPACE.lastIndex = start;
  LEADING_SPACE.test(text);
  const p = LEADING_SPACE.lastIndex;
  if (p >= end || text.charCodeAt(p) === 0x23) return -1;
  const last = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  return last === p + 3 && text.startsWith('---', p) ? -1 : p - start;
}

/** Whether the line at `start` begins with more than `indent` spaces (it is deeper, or blank: nothing `view` reads). */
function deeperAt(text: string, start: number, indent: number): boolean {
  for (let k = 0; k <= indent; k++) if (text.charCodeAt(start + k) !== 0x20) return false;
  return true;
}

/** A finder from path segments to the 1-based line of the deepest node found, or null for none. */
export function blockYamlLineFinder(text: string): (segs: readonly string[]) => number | null {
  const find = blockYamlFinder(text);
  return (segs) => find(segs).line;
}

/** Where the walk along a path stopped: the 1-based line of the deepest node found (null: none), and how many segments it matched. */
export interface BlockFound {
  line: number | null;
  matched: number;
}

export function blockYamlFinder(text: string): (segs: readonly string[]) => BlockFound {
  // Where each line starts, one entry past the last (a spec has ~100,000 lines: no string per line).
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count + 1);
  // A byte order mark opens the text, not its first line.
  if (text.charCodeAt(0) === 0xfeff) starts[0] = 1;
  for (let i = text.indexOf('\n'), n = 1; i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  starts[count] = text.length + 1;
  /** Where line `i` ends (its line break, or the text's end). */
  const endOf = (i: number): number => (starts[i + 1] as number) - 1;
  const lineText = (i: number): string => (i < count ? text.slice(starts[i], endOf(i)) : '');
  /**
   * Indentation of each line as `view` reads it (-1: a line with nothing to read), worked out once:
   * every lookup scans its block line by line.
   */
  const indents = new Int32Array(count).fill(UNKNOWN);

  const read = (i: number, itemLine: number | null): View | null => {
    let s = lineText(i);
    if (s.endsWith('\r')) s = s.slice(0, -1);
    if (i === itemLine) s = s.replace(/^([ \t]*)-(?= |$)/, '$1 ');
    const body = s.replace(LEADING_WHITE, '');
    if (body === '' || body.startsWith('#') || body === '---') return null;
    return { indent: s.length - body.length, body };
  };

  const indentOf = (i: number, itemLine: number | null): number => {
    if (i === itemLine) return read(i, itemLine)?.indent ?? -1;
    let n = indents[i] as number;
    if (n === UNKNOWN) indents[i] = n = i < count ? plainIndentAt(text, starts[i] as number, endOf(i)) : -1;
    return n;
  };

  /** The line's view, or null for a line with nothing to read or one deeper than `indent` (every caller skips both). */
  const view = (i: number, itemLine: number | null, indent: number): View | null => {
    // Most lines of a block are deeper than the block's keys: told by its first characters alone.
    if (i < count && deeperAt(text, starts[i] as number, indent)) return null;
    const n = indentOf(i, itemLine);
    return n === -1 || n > indent ? null : read(i, itemLine);
  };

  const first = (b: Block): { i: number; v: View } | null => {
    for (let i = b.from; i < b.to; i++) {
      const v = read(i, b.itemLine);
      if (v) return { i, v };
    }
    return null;
  };

  /** End of the block that starts below line `i` at indentation deeper than `indent`. */
  const blockEnd = (i: number, indent: number, to: number, itemLine: number | null, items: boolean): number => {
    let j = i + 1;
    for (; j < to; j++) {
      const w = view(j, itemLine, indent);
      if (!w) continue;
      // PyYAML writes a map's sequence values at the key's own indentation.
      if (w.indent < indent || (w.indent === indent && !(isItem(w.body) && !items))) break;
    }
    return j;
  };

  const child = (b: Block, seg: string): Block | null => {
    const head = first(b);
    if (!head) return null;
    const indent = head.v.indent;
    if (isItem(head.v.body)) {
      if (!/^(0|[1-9][0-9]*)$/.test(seg)) return null;
      let n = Number(seg);
      for (let i = head.i; i < b.to; i++) {
        const v = view(i, b.itemLine, indent);
        if (!v || v.indent > indent) continue;
        if (v.indent < indent || !isItem(v.body)) return null;
        if (n-- === 0) return { line: i, from: i, to: blockEnd(i, indent, b.to, b.itemLine, true), itemLine: i };
      }
      return null;
    }
    const i = keysOf(b, head.i, indent).get(seg);
    return i === undefined
      ? null
      : { line: i, from: i + 1, to: blockEnd(i, indent, b.to, null, false), itemLine: null };
  };

  // A mapping's keys are read in one pass, the first time any of them is looked up: lookups of
  // many paths of one spec would otherwise each scan the `paths` block from its start.
  const keyLines = new Map<string, Map<string, number>>();
  /** Key → line of each entry of the mapping block `b`, whose first entry is line `from` at `indent` (first occurrence wins). */
  const keysOf = (b: Block, from: number, indent: number): Map<string, number> => {
    const id = `${from}:${b.to}:${b.itemLine ?? ''}`;
    let keys = keyLines.get(id);
    if (keys !== undefined) return keys;
    keys = new Map();
    for (let i = from; i < b.to; i++) {
      const v = view(i, b.itemLine, indent);
      if (!v || v.indent > indent) continue;
      if (v.indent < indent) break;
      const key = keyOf(v.body);
      if (key !== null && !keys.has(key)) keys.set(key, i);
    }
    keyLines.set(id, keys);
    return keys;
  };

  // Lookups share their prefixes (`paths`, one path, `components/schemas`), and finding where a
  // large block ends scans all of it: each prefix's block is found once.
  const blocks = new Map<string, Block | null>();
  return (segs) => {
    let block: Block = { line: -1, from: 0, to: count, itemLine: null };
    let matched = 0;
    let prefix = '';
    for (const seg of segs) {
      prefix += `\u0000${seg}`;
      let next = blocks.get(prefix);
      if (next === undefined) blocks.set(prefix, (next = child(block, seg)));
      if (!next) break;
      block = next;
      matched++;
    }
    return { line: block.line === -1 ? null : block.line + 1, matched };
  };
}
