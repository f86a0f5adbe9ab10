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
  /**
   * The text as the user has it, never the repaired one: lines reported in it must be the file's
   * (`locatorForText` reads through the repair itself).
   */
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
  const read = readRepairing(text, file, limits);
  return read.repaired === null
    ? { document: read.document, text }
    : { document: read.document, text, notice: noticeFor(file, read.repaired.line, read.repaired.before) };
}

interface Repair {
  readonly text: string;
  /** 1-based line of the glued line in the text as written; the repaired text has one line more after it. */
  readonly line: number;
  readonly before: string;
}

function readRepairing(
  text: string,
  file: string,
  limits: ParseLimits,
): { document: Record<string, unknown>; repaired: Repair | null } {
  try {
    return { document: parseSpecText(text, file, limits), repaired: null };
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
    return { document, repaired };
  }
}

/** Cheap tests first: most texts have a top-level `channels:` or no glued line at all. */
const TOP_CHANNELS = /^channels[ \t]*:/m;
const ANY_GLUED = /^[ \t]+\S.*\Schannels:[ \t]*\r?$/m;

/**
 * The repair `readSpecText` makes to this text, or null when it makes none: the repaired text, and
 * the line of the text as written where the break was missing. Locating in the repaired text, a
 * line after that one is one less in the file.
 */
export function firestoneRepair(text: string): { text: string; line: number } | null {
  // The substring first: the regex backtracks along every indented line of a big spec without one.
  if (!text.includes('channels:') || TOP_CHANNELS.test(text) || !ANY_GLUED.test(text)) return null;
  try {
    const { repaired } = readRepairing(text, '', {});
    return repaired === null ? null : { text: repaired.text, line: repaired.line };
  } catch {
    return null;
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
