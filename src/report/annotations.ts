/**
 * GitHub annotations for the report: one per change, on the resource file and line that caused it.
 * GitHub shows at most 10 annotations of each level per step, so each level is capped and one
 * notice says how many were left out.
 */
import type { Change, ChangeType, Report, SpecReport } from '../types';
import {
  baselineState,
  channelsOf,
  countOf,
  DEFAULT_FIX_COMMAND,
  impact,
  placesCount,
  REPORT_ORDER,
  TYPE_INFO,
} from './describe';
import { vocabularyOf } from '../kinds/vocabulary';
import { escapeData, escapeProperty, toSingleLine, truncateText } from './escape';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  file?: string;
  line?: number;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /** Per level; default 10, GitHub's display limit. */
  max?: number;
  /** Commit mode: drift is being fixed by committing, so it is a notice, not a warning. */
  driftFixed?: boolean;
  fixCommand?: string;
}

export const DEFAULT_MAX_ANNOTATIONS = 10;

const LEVEL: Readonly<Record<ChangeType, AnnotationLevel>> = {
  breaking: 'error',
  warning: 'warning',
  'non-breaking': 'notice',
  unclassified: 'notice',
};
const LEVEL_ORDER: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

// Annotation messages are plain text, but GitHub truncates long ones; keep each readable.
const MAX_MESSAGE = 1_000;
const MAX_TITLE = 200;

export function toAnnotations(report: Report, opts: AnnotationOptions = {}): Annotation[] {
  const all = [...driftAnnotation(report.specs, opts), ...report.specs.flatMap(specAnnotations)];
  return capPerLevel(all, Math.max(1, opts.max ?? DEFAULT_MAX_ANNOTATIONS));
}

function specAnnotations(spec: SpecReport): Annotation[] {
  const out: Annotation[] = [];
  if (baselineState(spec) === 'skipped') {
    out.push({
      level: 'warning',
      file: spec.file,
      title: 'Breaking-change check skipped',
      message: text(`The baseline of ${spec.file} could not be read or parsed: ${spec.baseline.error ?? ''}`),
    });
  }
  // Breaking first (waived ones last): when the cap bites, the most important ones stay.
  for (const type of REPORT_ORDER) {
    for (const change of spec.changes)
      if (change.type === type && change.waived === undefined) out.push(changeAnnotation(change, spec));
  }
  for (const change of spec.changes) if (change.waived !== undefined) out.push(changeAnnotation(change, spec));
  return out;
}

function changeAnnotation(change: Change, spec: SpecReport): Annotation {
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const on =
    uses.length === 0
      ? ''
      : uses.length <= 3
        ? ` On ${uses.map((u) => (u.directions.length > 0 ? `${u.channel} (${u.directions.join(', ')})` : u.channel)).join(', ')}.`
        : ` On ${placesCount(uses.length, words)}.`;
  const who = change.waived === undefined ? impact(change, words) : null;
  const waived = change.waived !== undefined ? ` Waived: ${sentence(change.waived.reason)}` : '';
  const message = text(
    `${sentence(change.message)}${on}${who !== null ? ` This ${who}.` : ''} Rule ${change.rule}.${waived}`,
  );
  const noun = TYPE_INFO[change.type].noun[0];
  const title = text(
    change.waived !== undefined ? `Waived ${noun} in ${spec.file}` : `${capitalize(noun)} in ${spec.file}`,
    MAX_TITLE,
  );
  // Without a resource position, the annotation goes on the spec file itself.
  const place = change.source !== null ? { file: change.source.file, line: change.source.line } : { file: spec.file };
  // A waived change was accepted: a notice, never an error.
  return { level: change.waived !== undefined ? 'notice' : LEVEL[change.type], ...place, title, message };
}

function driftAnnotation(specs: readonly SpecReport[], opts: AnnotationOptions): Annotation[] {
  const drifted = specs.filter((s) => s.drift);
  if (drifted.length === 0) return [];
  const names = drifted.map((s) => s.file).join(', ');
  const message = opts.driftFixed
    ? `${names} ${drifted.length === 1 ? 'was' : 'were'} out of date with the resources and ${drifted.length === 1 ? 'has' : 'have'} been regenerated.`
    : `${names} ${drifted.length === 1 ? 'does' : 'do'} not match what the resource files generate. Run ${opts.fixCommand ?? DEFAULT_FIX_COMMAND} and commit the result.`;
  // One annotation for all drift; it sits on the spec file when there is just one.
  return [
    {
      level: opts.driftFixed ? 'notice' : 'warning',
      ...(drifted.length === 1 && drifted[0] ? { file: drifted[0].file } : {}),
      title: opts.driftFixed ? 'Spec regenerated' : 'Spec out of date',
      message: text(message),
    },
  ];
}

function capPerLevel(all: readonly Annotation[], max: number): Annotation[] {
  const byLevel = new Map<AnnotationLevel, Annotation[]>(LEVEL_ORDER.map((l) => [l, all.filter((a) => a.level === l)]));
  const overflow = (level: AnnotationLevel): number => Math.max(0, (byLevel.get(level)?.length ?? 0) - max);
  let omitted = overflow('error') + overflow('warning') + overflow('notice');
  // The "omitted" notice takes one notice slot itself, so one more notice may have to go.
  if (omitted > 0 && (byLevel.get('notice')?.length ?? 0) >= max) omitted += 1;
  const keep = (level: AnnotationLevel): Annotation[] =>
    (byLevel.get(level) ?? []).slice(0, level === 'notice' && omitted > 0 ? max - 1 : max);
  const kept = LEVEL_ORDER.flatMap(keep);
  if (omitted === 0) return kept;
  return [
    ...kept,
    {
      level: 'notice',
      title: 'More changes',
      message: `${countOf(omitted, ['more annotation', 'more annotations'])} not shown (GitHub shows ${max} per level); the job summary lists every change.`,
    },
  ];
}

/** The `::level file=…,line=…,title=…::message` workflow command for an annotation, on one line. */
export function formatAnnotationCommand(a: Annotation): string {
  const props: string[] = [];
  if (a.file !== undefined) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line !== undefined) props.push(`line=${Math.trunc(a.line)}`);
  props.push(`title=${escapeProperty(a.title)}`);
  // Line breaks are escaped, so nothing in the message can start a line and with it a new command.
  return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
}

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const text = (value: string, max = MAX_MESSAGE): string => truncateText(toSingleLine(value), max);
