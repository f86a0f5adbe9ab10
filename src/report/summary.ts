/**
 * Counting changes and the pass/fail gate, shared by the action and the CLI so both fail for
 * the same reasons with the same words.
 */
import { InputError } from '../errors';
import { countOf, TYPE_INFO } from './describe';
import { toSingleLine } from './escape';
import { SUMMARY_KEY, summarize } from '../changes';
import type { FailOn, Report } from '../types';

// Counting lives below policy and reports (src/changes.ts); re-exported for the renderers.
export { emptySummary, SUMMARY_KEY, summarize, totalSummary } from '../changes';

/** Order in which failure reasons are listed: the most severe first. */
export const FAIL_ON_VALUES: readonly FailOn[] = [
  'baseline-unreadable',
  'breaking',
  'warning',
  'unclassified',
  'non-breaking',
  'drift',
];
export const DEFAULT_FAIL_ON = 'breaking,drift';
export const DIFF_DEFAULT_FAIL_ON = 'breaking';

const isFailOn = (word: string): word is FailOn => (FAIL_ON_VALUES as readonly string[]).includes(word);

/**
 * Parse a `fail-on` list (the action input and the CLI flag alike): comma-separated, spaces
 * ignored, or the single word `never`.
 */
export function parseFailOn(value: string): Set<FailOn> | 'never' {
  const option = 'fail-on';
  const words = value
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  const expected = `expected a comma list of ${FAIL_ON_VALUES.join(', ')}, or never`;
  if (words.length === 0) throw new InputError({ message: `${option} is empty; ${expected}` });
  if (words.includes('never')) {
    if (words.length > 1) throw new InputError({ message: `${option}: 'never' cannot be combined with other values` });
    return 'never';
  }
  const unknown = words.filter((w) => !isFailOn(w));
  if (unknown.length > 0) {
    // JSON.stringify quotes and escapes the word, so odd input shows as what it is.
    throw new InputError({
      message: `${option}: unknown value ${unknown.map((w) => JSON.stringify(w)).join(', ')}; ${expected}`,
    });
  }
  return new Set(words.filter(isFailOn));
}

export interface FailureOptions {
  /** The pull request carries the allow-breaking label: breaking changes do not fail. */
  approvedBreaking?: boolean;
  /** Commit mode: drift is being fixed by committing the regenerated spec, so it does not fail. */
  driftFixed?: boolean;
}

/** Why the run fails, one sentence per reason, per spec; empty when it passes. */
export function failures(report: Report, failOn: ReadonlySet<FailOn> | 'never', opts: FailureOptions = {}): string[] {
  if (failOn === 'never') return [];
  const reasons: string[] = [];
  for (const spec of report.specs) {
    const summary = summarize(spec.changes);
    for (const type of FAIL_ON_VALUES) {
      if (!failOn.has(type)) continue;
      if (type === 'baseline-unreadable') {
        // A baseline exists but could not be read, so the breaking-change check did not run.
        if (spec.baseline.error !== undefined)
          reasons.push(
            `the baseline of ${toSingleLine(spec.file)} could not be read, so the breaking-change check did not run`,
          );
        continue;
      }
      if (type === 'drift') {
        if (spec.drift && !opts.driftFixed)
          reasons.push(`${toSingleLine(spec.file)} is out of date with its resources (drift)`);
        continue;
      }
      if (type === 'breaking' && (opts.approvedBreaking || spec.compatibility === 'none')) continue;
      const n = summary[SUMMARY_KEY[type]];
      if (n > 0) reasons.push(`${countOf(n, TYPE_INFO[type].noun)} in ${toSingleLine(spec.file)}`);
    }
  }
  return reasons;
}
