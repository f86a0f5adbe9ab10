/**
 * `fail-on: baseline-unreadable`: fail when a baseline exists but could not be read, so the
 * breaking-change check did not run. Parsed here and handed the rest of the list to the shared
 * `fail-on` parser, so both entries (CLI and action) take the word the same way.
 */
import { parseFailOn } from './report/summary';
import type { FailOn, Report } from './types';

export const BASELINE_UNREADABLE = 'baseline-unreadable';

export interface FailOnWithBaseline {
  failOn: Set<FailOn> | 'never';
  baselineUnreadable: boolean;
}

export function parseFailOnWithBaseline(value: string, option = 'fail-on'): FailOnWithBaseline {
  const words = value.split(',').map((w) => w.trim());
  const baselineUnreadable = words.some((w) => w.toLowerCase() === BASELINE_UNREADABLE);
  const rest = words.filter((w) => w.toLowerCase() !== BASELINE_UNREADABLE && w !== '');
  if (baselineUnreadable && rest.length === 0) return { failOn: new Set(), baselineUnreadable };
  return { failOn: parseFailOn(rest.join(','), option), baselineUnreadable };
}

/** One reason per spec whose baseline exists but could not be read. */
export function baselineFailures(report: Report): string[] {
  return report.specs
    .filter((s) => s.baseline.error !== undefined)
    .map((s) => `the baseline of ${s.file} could not be read, so the breaking-change check did not run`);
}
