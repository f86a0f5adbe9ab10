/**
 * Verdicts judged by hand on change pairs, kept as data in corpus/verdicts/asyncapi.json and named
 * `<corpus folder>/<pair id>`: the team's own pairs run in `npm test`, the real-world ones in the
 * corpus legs of .ci/run (docs/classification.md says how a pair is judged).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Change, ChangeType } from '../../src/types';

export const VERDICTS_FILE = path.resolve(__dirname, '../../corpus/verdicts/asyncapi.json');

export interface Finding {
  type: ChangeType;
  /** The JSON pointer of the change. */
  path?: string;
  /** A regular expression for the pointer, where the element, not the exact key, is judged. */
  pathPattern?: string;
  rule?: string;
}

export interface Verdict {
  /** `<corpus folder name>/<pair id>`, e.g. `realworld/p012`. */
  id: string;
  why: string;
  findings: Finding[];
  /** `none`: no breaking change at all; `listed`: the breaking findings are the only ones. */
  breaking: 'none' | 'listed';
}

interface VerdictsFile {
  verdicts: Verdict[];
  unfaithfulConversions: { files: Record<string, string> };
  /** Documents and pairs whose comparison with a 3.0 conversion still differs from within 2.x: open work. */
  crossVersionGaps?: { ids: Record<string, string> };
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as VerdictsFile;

/** The verdicts of one corpus folder, by pair id (the folder's name is the prefix of their ids). */
export function verdictsFor(dir: string, file = VERDICTS_FILE): Map<string, Verdict> {
  const prefix = `${path.basename(dir)}/`;
  const mine = read(file).verdicts.filter((v) => v.id.startsWith(prefix));
  return new Map(mine.map((v) => [v.id.slice(prefix.length), v]));
}

/** Files of one corpus folder (relative to it) that the official converter does not convert faithfully. */
export function unfaithfulConversions(dir: string, file = VERDICTS_FILE): Set<string> {
  const prefix = `${path.basename(dir)}/`;
  const listed = Object.keys(read(file).unfaithfulConversions.files);
  return new Set(listed.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
}

/**
 * Documents (by file) and pairs (by id) of one corpus folder whose 3.0 conversion check is a known,
 * open gap: the leg checks that each gap is still there (so a fix says to strike it off the list).
 */
export function crossVersionGaps(dir: string, file = VERDICTS_FILE): Set<string> {
  const prefix = `${path.basename(dir)}/`;
  const listed = Object.keys(read(file).crossVersionGaps?.ids ?? {});
  return new Set(listed.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
}

const brief = (c: Change) => `${c.type} ${c.rule} ${c.path}`;
const describeFinding = (f: Finding) => `${f.type} ${f.rule ?? '*'} ${f.path ?? `/${f.pathPattern}/`}`;

function matches(c: Change, f: Finding): boolean {
  const pathOk = f.path !== undefined ? c.path === f.path : new RegExp(f.pathPattern ?? '^$').test(c.path);
  return pathOk && c.type === f.type && (f.rule === undefined || c.rule === f.rule);
}

/** What the changes got wrong against the verdict: all three lists are empty when it holds. */
export function judge(changes: Change[], v: Verdict) {
  const allowedBreaking = v.findings.filter((f) => f.type === 'breaking');
  return {
    missing: v.findings.filter((f) => !changes.some((c) => matches(c, f))).map(describeFinding),
    unclassified: changes.filter((c) => c.type === 'unclassified').map(brief),
    unexpectedBreaking: changes
      .filter((c) => c.type === 'breaking')
      .filter((c) => v.breaking === 'none' || !allowedBreaking.some((f) => matches(c, f)))
      .map(brief),
  };
}
