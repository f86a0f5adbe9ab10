/**
 * "By resource line": what every spec of a run found, grouped by the resource file and line that
 * caused it (docs/architecture.md, "One comment"). One edit usually changes the OpenAPI and the
 * AsyncAPI spec at once; this is where a reviewer sees both together. Pure data; the markdown and
 * text renderers lay it out.
 */
import type { ChangeType, SpecReport } from '../types';
import { REPORT_ORDER } from './describe';

export interface LineCell {
  /** The most severe type among the changes there. */
  worst: ChangeType;
  /** How many changes (not waived) the spec has there. */
  count: number;
}

export interface LineRow {
  file: string;
  line: number;
  /** One per spec, in the report's order; null where that spec did not change. */
  cells: (LineCell | null)[];
  worst: ChangeType;
}

export interface ByLine {
  /** The spec files, one column each. */
  columns: string[];
  rows: LineRow[];
}

const rank = (t: ChangeType): number => REPORT_ORDER.indexOf(t);
const worse = (a: ChangeType, b: ChangeType): ChangeType => (rank(a) <= rank(b) ? a : b);

/** Rows for every resource line with a change that counts, the most severe rows first, then by file and line. */
export function byResourceLine(specs: readonly SpecReport[]): ByLine {
  const rows = new Map<string, LineRow>();
  specs.forEach((spec, column) => {
    for (const change of spec.changes) {
      if (change.source === null || change.waived !== undefined) continue;
      const key = `${change.source.file}\u0000${change.source.line}`;
      let row = rows.get(key);
      if (row === undefined) {
        row = { file: change.source.file, line: change.source.line, cells: specs.map(() => null), worst: change.type };
        rows.set(key, row);
      }
      const cell = row.cells[column];
      row.cells[column] =
        cell === null || cell === undefined
          ? { worst: change.type, count: 1 }
          : { worst: worse(cell.worst, change.type), count: cell.count + 1 };
      row.worst = worse(row.worst, change.type);
    }
  });
  const sorted = [...rows.values()].sort(
    (a, b) => rank(a.worst) - rank(b.worst) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
  return { columns: specs.map((s) => s.file), rows: sorted };
}

/** The table shows this many rows at most; the spec sections below list everything. */
export const MAX_LINE_ROWS = 50;
