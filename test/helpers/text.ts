/** Finding lines in text, for assertions about where something was written. */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * 1-based number of the first line at or after line `from` that matches `match`: a RegExp is
 * tested against the line, a string must equal the line (trailing spaces ignored). Throws when no
 * line does, so a test never compares against a missing line.
 */
export function lineOf(text: string, match: RegExp | string, from = 1): number {
  const test = typeof match === 'string' ? (l: string) => l.trimEnd() === match : (l: string) => match.test(l);
  const lines = text.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (test(lines[i] as string)) return i + 1;
  throw new Error(`no line ${typeof match === 'string' ? `equals ${JSON.stringify(match)}` : `matches ${match}`}`);
}

/** Every path in the document with the line the parser gives for it (the key's line in maps). */
export function parserLines(text: string): [string[], number][] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const out: [string[], number][] = [];
  const walk = (node: unknown, segs: string[]) => {
    if (isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        const start = (pair.key as Node).range?.[0] ?? 0;
        out.push([[...segs, key], lines.linePos(start).line]);
        walk(pair.value, [...segs, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([[...segs, String(i)], lines.linePos((item as Node).range?.[0] ?? 0).line]);
        walk(item, [...segs, String(i)]);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}
