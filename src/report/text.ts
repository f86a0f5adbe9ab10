/**
 * The report for terminals: grouped by spec, then by change type, one line per change starting with
 * `file:line` (editors and terminals make that clickable). ANSI colours only when asked for.
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
  shortRef,
  TYPE_INFO,
} from './describe';
import { COMPATIBILITY_MEANING } from '../policy/compatibility';
import { PERSPECTIVE_MEANING } from '../policy/perspective';
import { sanitizeTerminal } from './escape';
import { vocabularyOf } from '../kinds/vocabulary';
import { byResourceLine, MAX_LINE_ROWS } from './by-line';
import { headline } from './headline';
import { SUMMARY_KEY, summarize, totalSummary } from './summary';

export interface TextOptions {
  color: boolean;
  fixCommand?: string;
}

type Style = 'red' | 'yellow' | 'green' | 'magenta' | 'cyan' | 'bold' | 'dim';
const SGR: Readonly<Record<Style, string>> = {
  red: '31',
  yellow: '33',
  green: '32',
  magenta: '35',
  cyan: '36',
  bold: '1',
  dim: '2',
};
const TYPE_STYLE: Readonly<Record<ChangeType, Style>> = {
  breaking: 'red',
  warning: 'yellow',
  'non-breaking': 'green',
  unclassified: 'magenta',
};

type Paint = (style: Style, value: string) => string;
const painter =
  (color: boolean): Paint =>
  (style, value) =>
    color ? `\u001b[${SGR[style]}m${value}\u001b[0m` : value;

// Repository text passes through sanitizeTerminal before any colour codes are added around it.
const clean = sanitizeTerminal;

export function renderText(report: Report, opts: TextOptions): string {
  const paint = painter(opts.color);
  const lines: string[] = [];
  // Several specs: the verdict of all of them first, then what each resource line did to each.
  if (report.specs.length > 1)
    lines.push(paint('bold', clean(headlineOf(report.specs))), '', ...byLineLines(report), '');
  for (const spec of report.specs) lines.push(...specLines(spec, paint, opts), '');
  lines.push(totalLine(report, paint));
  return `${lines.join('\n')}\n`;
}

function specLines(spec: SpecReport, paint: Paint, opts: TextOptions): string[] {
  const ref = spec.baseline.ref !== null ? ` at ${clean(shortRef(spec.baseline.ref))}` : '';
  const lines = [paint('bold', clean(spec.file)), `  ${headlineOf([spec])}`];
  switch (baselineState(spec)) {
    case 'compared':
      lines.push(
        spec.baseline.ref !== null
          ? `  compared with the baseline${ref}`
          : spec.baseline.file !== undefined && spec.baseline.file !== spec.file
            ? `  compared ${clean(spec.baseline.file)} (old) with ${clean(spec.file)} (new)`
            : '  compared with the file in the working tree',
      );
      break;
    case 'new-api':
      lines.push(`  new API: no baseline${ref}, every change is an addition`);
      break;
    case 'none':
      lines.push('  no base revision: breaking-change check not run');
      break;
    case 'skipped':
      lines.push(
        paint(
          'yellow',
          `  baseline${ref} unreadable, breaking-change check skipped: ${clean(spec.baseline.error ?? '')}`,
        ),
      );
      break;
  }
  const state = baselineState(spec);
  if (spec.compatibility !== undefined && (state === 'compared' || state === 'new-api')) {
    lines.push(`  compatibility ${spec.compatibility}: ${COMPATIBILITY_MEANING[spec.compatibility]}`);
  }
  // The specification's reading goes without saying; a document read the other way round says so.
  if (spec.perspective === 'client' && (state === 'compared' || state === 'new-api')) {
    lines.push(`  perspective client: ${PERSPECTIVE_MEANING.client}`);
  }
  if (spec.drift) {
    lines.push(paint('yellow', `  out of date with its resources: run ${opts.fixCommand ?? DEFAULT_FIX_COMMAND}`));
  }
  for (const type of REPORT_ORDER) {
    const changes = spec.changes.filter((c) => c.type === type && c.waived === undefined);
    if (changes.length === 0) continue;
    lines.push(paint(TYPE_STYLE[type], `  ${countOf(changes.length, TYPE_INFO[type].noun)}`));
    for (const change of changes) lines.push(`    ${changeLine(change, spec, paint)}`);
  }
  const waived = spec.changes.filter((c) => c.waived !== undefined);
  if (waived.length > 0) {
    lines.push(paint('dim', `  ${waived.length} waived (accepted by a waiver in the config; they do not count)`));
    for (const change of waived) lines.push(`    ${changeLine(change, spec, paint)}`);
  }
  return lines;
}

/** The first line of a report: the same rules as the markdown headline, in plain words. */
function headlineOf(specs: readonly SpecReport[]): string {
  const summary = specs.length === 1 && specs[0] ? summarize(specs[0].changes) : totalSummary(specs);
  const counts = REPORT_ORDER.filter((t) => summary[SUMMARY_KEY[t]] > 0).map((t) =>
    countOf(summary[SUMMARY_KEY[t]], TYPE_INFO[t].noun),
  );
  return headline(specs, summary, counts, (file) => clean(file));
}

function changeLine(change: Change, spec: SpecReport, paint: Paint): string {
  // Without a resource position, point at the spec file and the JSON pointer in it.
  const where = change.source !== null ? `${change.source.file}:${change.source.line}` : `${spec.file}#${change.path}`;
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const on =
    uses.length === 0
      ? ''
      : uses.length <= 3
        ? ` [${uses.map((u) => (u.directions.length > 0 ? `${u.channel} (${u.directions.join(', ')})` : u.channel)).join(', ')}]`
        : ` [${placesCount(uses.length, words)}]`;
  const who = change.waived === undefined ? impact(change, words) : null;
  const waived =
    change.waived !== undefined
      ? `; waived ${change.type}${change.waived.expires !== null ? ` until ${change.waived.expires}` : ''}: ${change.waived.reason}`
      : '';
  const tail = `${on}${who !== null ? `, ${who}` : ''} (${change.rule}${waived})`;
  return `${paint('cyan', clean(where))}: ${paint(TYPE_STYLE[change.type], clean(change.message))}${paint('dim', clean(tail))}`;
}

/** "By resource line" as aligned columns: the resource line, then one column per spec file. */
function byLineLines(report: Report): string[] {
  const { columns, rows } = byResourceLine(report.specs);
  if (rows.length === 0) return ['By resource line: no change traced to a resource line'];
  const table = [
    ['resource line', ...columns],
    ...rows
      .slice(0, MAX_LINE_ROWS)
      .map((r) => [`${r.file}:${r.line}`, ...r.cells.map((c) => (c === null ? '-' : `${c.worst} (${c.count})`))]),
  ].map((cells) => cells.map(clean));
  const widths = columns.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  widths.push(Math.max(...table.map((row) => row[columns.length]?.length ?? 0)));
  const out = ['By resource line:'];
  for (const row of table)
    out.push(`  ${row.map((c, i) => (i < row.length - 1 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`);
  if (rows.length > MAX_LINE_ROWS) out.push(`  … and ${rows.length - MAX_LINE_ROWS} more lines, listed below`);
  return out;
}

function totalLine(report: Report, paint: Paint): string {
  const summary = totalSummary(report.specs);
  return paint('bold', `${clean(headlineOf(report.specs))}${summary.drift ? '; drift' : ''}`);
}
