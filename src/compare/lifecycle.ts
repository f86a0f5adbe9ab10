/**
 * Deprecation, sunset dates and stability levels (docs/classification.md, "Deprecation and
 * sunset"): one reading for every element that has them, AsyncAPI or OpenAPI, schema property or
 * operation. Pure.
 */
import { isRecord } from '../util/data';
import { validDay } from '../util/date';
import { ownValue } from './normalize';

/**
 * A sunset date: `YYYY-MM-DD` of a day that exists (a YAML date too), or an RFC 3339 date-time
 * read in UTC; else null.
 */
export function sunsetOf(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return null;
  const day = validDay(v);
  if (day !== null || !/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(v)) return day;
  const t = new Date(v);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().slice(0, 10);
}

/** A value that marks an element deprecated (`true`) or gives it a sunset date. */
export const isMark = (v: unknown): boolean => v === true || sunsetOf(v) !== null;

/** What marks an element outside schemas deprecated: AsyncAPI's own flag and this project's extension. */
export const ELEMENT_FLAGS = ['deprecated', 'x-deprecated'] as const;

/**
 * The deprecation marks of a schema or element: its `x-sunset` date, or a `true` under one of
 * `flags`; undefined when it has none.
 */
export function lifecycleOf(
  node: unknown,
  flags: readonly string[] = ['deprecated'],
): { sunset: string | null } | undefined {
  if (!isRecord(node)) return undefined;
  const sunset = sunsetOf(ownValue(node, 'x-sunset'));
  if (sunset !== null) return { sunset };
  return flags.some((f) => ownValue(node, f) === true) ? { sunset: null } : undefined;
}

/**
 * What a changed `x-sunset` means: set or moved later is a `mark` (non-breaking); moved earlier,
 * or deleted (or made no date) while the element stays deprecated, breaks a promise; a value
 * written that is no date is `unreadable`, said rather than read as no sunset in silence; what is
 * left (a date written another way, a value deleted) is documentation or an extension.
 */
export function sunsetChange(
  before: unknown,
  after: unknown,
  stillDeprecated: boolean,
): 'mark' | 'earlier' | 'dropped' | 'unreadable' | 'doc' | 'extension' {
  const a = sunsetOf(before);
  const b = sunsetOf(after);
  if (b !== null && (a === null || b > a)) return 'mark';
  if (a !== null && b !== null && b < a) return 'earlier';
  if (a !== null && b === null && stillDeprecated) return 'dropped';
  if (after !== undefined && b === null) return 'unreadable';
  return a === b ? 'doc' : 'extension';
}

/** `x-stability-level` values (oasdiff's extension), least stable first; absent means stable. */
export const STABILITY = ['draft', 'alpha', 'beta', 'stable'] as const;

/** The rank of a node's stability level: absent is stable; a value that is no level is null (never guessed). */
const stabilityRank = (node: unknown): number | null => {
  const v = isRecord(node) ? ownValue(node, 'x-stability-level') : undefined;
  if (v === undefined) return STABILITY.length - 1;
  const i = typeof v === 'string' ? (STABILITY as readonly string[]).indexOf(v) : -1;
  return i < 0 ? null : i;
};

/** A changed `x-stability-level`: lowered, raised (or set), or unreadable when either side is no level. */
export function stabilityChange(before: unknown, after: unknown): 'lowered' | 'raised' | 'unreadable' {
  const a = stabilityRank(before);
  const b = stabilityRank(after);
  if (a === null || b === null) return 'unreadable';
  return b < a ? 'lowered' : 'raised';
}

/** Whether a node promises nothing yet (`draft` or `alpha`); an unreadable level promises as much as stable. */
export const isDraft = (node: unknown): boolean => (stabilityRank(node) ?? STABILITY.length - 1) <= 1;
