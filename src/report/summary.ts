/**
 * Counting changes and the pass/fail gate, shared by the action and the CLI so both fail for
 * the same reasons with the same words.
 */
import { InputError } from '../errors';
import { countOf, TYPE_INFO } from './describe';
import { toSingleLine } from './escape';
import type { Change, ChangeType, FailOn, Report, SpecReport, Summary } from '../types';

/** The Summary field that counts each change type. */
export const SUMMARY_KEY: Readonly<Record<ChangeType, keyof Summary>> = {
  breaking: 'breaking',
  warning: 'warning',
  'non-breaking': 'nonBreaking',
  unclassified: 'unclassified',
};

export const emptySummary = (): Required<Summary> => ({
  breaking: 0,
  warning: 0,
  nonBreaking: 0,
  unclassified: 0,
  waived: 0,
});

/** Counts per type; a waived change counts only as waived (docs/waivers.md). */
export function summarize(changes: readonly Change[]): Required<Summary> {
  const summary = emptySummary();
  for (const change of changes) {
    if (change.waived !== undefined) summary.waived += 1;
    else summary[SUMMARY_KEY[change.type]] += 1;
  }
  return summary;
}

export function totalSummary(specs: readonly SpecReport[]): Required<Summary> & { drift: boolean } {
  const total = { ...emptySummary(), drift: specs.some((s) => s.drift) };
  for (const spec of specs) {
    const s = summarize(spec.changes);
    for (const key of [...Object.values(SUMMARY_KEY), 'waived'] as const) total[key] += s[key];
  }
  return total;
}

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
