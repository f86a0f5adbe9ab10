/**
 * Line numbers of nodes in a JSON text, found by scanning the text instead of building a document
 * with positions: on a 1.2 MB JSON spec the `yaml` parser took over a second and 100 MB for the
 * lines of a handful of changes. A lookup reads only the keys along its path and steps over the
 * siblings before them, each container's end found once, when first stepped over, and each prefix
 * of a path found once: lookups share them (`paths`, `components/schemas`).
 * Answers as the `yaml` parser does: the line of the key for a map entry (its first occurrence),
 * of the item for an array element, of the nearest ancestor for a node that does not exist.
 */

/** A finder from path segments to the 1-based line of the deepest node found; `text` must be JSON (the caller checks). */
export function jsonLineFinder(text: string): (segs: readonly string[]) => number {
  const ends = new Map<number, number>();
  /** Offset of the bracket closing the `{` or `[` at `open`. */
  const closingOf = (open: number): number => {
    let end = ends.get(open);
    if (end === undefined) ends.set(open, (end = closingBracket(text, open)));
    return end;
  };
  // Line breaks are listed as far as a lookup needs them: most lookups are of a few places.
  const newlines: number[] = [];
  let listed = 0;
  const lineOf = (offset: number): number => {
    for (let i = text.indexOf('\n', listed); i !== -1 && listed <= offset; i = text.indexOf('\n', i + 1)) {
      newlines.push(i);
      listed = i + 1;
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const skipSpace = (i: number): number => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    return i;
  };
  /** Offset just after the value that starts at `i`. */
  const valueEnd = (i: number): number => {
    const c = text[i];
    if (c === '{' || c === '[') return closingOf(i) + 1;
    if (c === '"') return stringEnd(text, i);
    while (i < text.length && !',]} \n\r\t'.includes(text[i] as string)) i++;
    return i;
  };
  /** Offset of the first item of the container at `open` (or of its closing bracket when empty). */
  const firstItem = (open: number): number => skipSpace(open + 1);
  /** Offset of the item after the one whose value ends at `end`, or -1 at the container's end. */
  const nextItem = (end: number): number => {
    const i = skipSpace(end);
    return text[i] === ',' ? skipSpace(i + 1) : -1;
  };

  /** The offset of the key `seg` in the object at `open`, and of its value; null when absent. */
  const entry = (open: number, seg: string): { key: number; value: number } | null => {
    for (let i = firstItem(open); i !== -1 && text[i] === '"'; ) {
      const keyEnd = stringEnd(text, i);
      const value = skipSpace(skipSpace(keyEnd) + 1);
      if (keyText(text, i, keyEnd) === seg) return { key: i, value };
      i = nextItem(valueEnd(value));
    }
    return null;
  };
  const item = (open: number, seg: string): number | null => {
    if (!/^(0|[1-9][0-9]*)$/.test(seg)) return null;
    let i = firstItem(open);
    if (text[i] === ']') return null;
    for (let n = Number(seg); n > 0 && i !== -1; n--) i = nextItem(valueEnd(i));
    return i === -1 ? null : i;
  };

  /** Path prefix → where its key (or item) and its value start; null: not there. */
  const found = new Map<string, { at: number; node: number } | null>();
  const step = (node: number, seg: string): { at: number; node: number } | null => {
    if (text[node] === '{') {
      const e = entry(node, seg);
      return e === null ? null : { at: e.key, node: e.value };
    }
    if (text[node] !== '[') return null;
    const i = item(node, seg);
    return i === null ? null : { at: i, node: i };
  };

  return (segs) => {
    let node = skipSpace(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    let at = node;
    let prefix = '';
    for (const seg of segs) {
      prefix += `\u0000${seg}`;
      let next = found.get(prefix);
      if (next === undefined) found.set(prefix, (next = step(node, seg)));
      if (next === null) break;
      ({ at, node } = next);
    }
    return lineOf(at);
  };
}

/** Offset just after the string that starts at `i` (a `"`). */
function stringEnd(text: string, i: number): number {
  for (let j = text.indexOf('"', i + 1); j !== -1; j = text.indexOf('"', j + 1)) {
    let backslashes = 0;
    while (text[j - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return j + 1;
  }
  return text.length;
}

const keyText = (text: string, from: number, to: number): string => {
  const raw = text.slice(from, to);
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
};

/** Offset of the bracket closing the `{` or `[` at `open` (the text's end when there is none). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  // A plain loop over character codes: it runs once or twice per document, mostly before the JIT
  // has warmed up, where it is faster than a regex and its match objects.
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = stringEnd(text, i) - 1;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i;
  }
  return text.length;
}
