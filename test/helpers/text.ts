/** Finding lines in text, for assertions about where something was written. */

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
