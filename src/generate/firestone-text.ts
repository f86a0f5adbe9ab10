/**
 * Reading specs that firestone wrote. Every firestone release glues `channels:` onto the last
 * line of `components` (`      type: objectchannels:`), so its files are not valid YAML. A text
 * that fails to parse *only* because of that is read as firestone meant it, and the caller gets a
 * notice naming the file and line (docs/generation.md, "Specs firestone wrote"). Nothing else is
 * repaired: any other error, or a second error after the repair, stays the error it is.
 */
import { InputError } from '../errors';
import { parseSpecText, type ParseLimits } from './serialize';

export interface ReadSpec {
  document: Record<string, unknown>;
  /** The text that was parsed (the repaired one when a repair was made). */
  text: string;
  /** Set when firestone's missing line break was repaired. */
  notice?: string;
}

/** An indented line whose value runs straight into `channels:` (firestone's template). */
const GLUED = /^([ \t]+\S[^\n]*?\S)channels:[ \t]*(\r?)$/;

/**
 * The one line where firestone's `channels:` is glued on, or null. The repair is offered only when
 * the top level has no `channels` key of its own and exactly one line is glued.
 */
function gluedLine(lines: readonly string[]): number | null {
  if (lines.some((l) => /^channels[ \t]*:/.test(l))) return null;
  const glued = lines.flatMap((l, i) => (GLUED.test(l) ? [i] : []));
  return glued.length === 1 ? (glued[0] as number) : null;
}

/**
 * Parses a committed or baseline spec like `parseSpecText`, repairing firestone's missing line
 * break when that is the only problem (the parse error is on the glued line, and the repaired text
 * parses with a top-level `channels`).
 */
export function readSpecText(text: string, file: string, limits: ParseLimits = {}): ReadSpec {
  try {
    return { document: parseSpecText(text, file, limits), text };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const repaired = repairGlitch(text, e);
    if (repaired === null) throw e;
    let document: Record<string, unknown>;
    try {
      document = parseSpecText(repaired.text, file, limits);
    } catch {
      throw e;
    }
    if (!Object.hasOwn(document, 'channels') || !Object.hasOwn(document, 'components')) throw e;
    return { document, text: repaired.text, notice: noticeFor(file, repaired.line, repaired.before) };
  }
}

function noticeFor(file: string, line: number, before: string): string {
  return `${file}:${line}: read as firestone meant it: a line break is missing after \`${before.trim()}\` (a known firestone defect)`;
}

function repairGlitch(text: string, error: InputError): { text: string; line: number; before: string } | null {
  const lines = text.split('\n');
  const index = gluedLine(lines);
  if (index === null) return null;
  // The parser must have stopped on that very line: an error elsewhere is another problem.
  if (!error.problems.every((p) => p.line === index + 1)) return null;
  const match = GLUED.exec(lines[index] as string);
  if (!match) return null;
  const before = match[1] as string;
  const eol = match[2] as string;
  const fixed = [...lines.slice(0, index), `${before}${eol}`, `channels:${eol}`, ...lines.slice(index + 1)];
  return { text: fixed.join('\n'), line: index + 1, before };
}
