/**
 * What every stage knows about compared changes, below both policy and the renderers: the counts
 * per type and the state of a spec's breaking-change check. Pure functions of the report data.
 */
import type { Change, ChangeType, SpecReport, Summary } from './types';

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

/** The counts of every spec added up (outputs, the JSON report's `summary`). */
export function totalSummary(specs: readonly SpecReport[]): Required<Summary> & { drift: boolean } {
  const total = { ...emptySummary(), drift: specs.some((s) => s.drift) };
  for (const spec of specs) {
    const s = summarize(spec.changes);
    for (const key of [...Object.values(SUMMARY_KEY), 'waived'] as const) total[key] += s[key];
  }
  return total;
}

/**
 * - compared: there was a baseline and it was compared;
 * - new-api: no spec at the base, every change is an addition;
 * - none: no base revision at all (e.g. the first push of a branch), nothing compared;
 * - skipped: the baseline could not be read or parsed, the breaking-change check was skipped;
 */
export type BaselineState = 'compared' | 'new-api' | 'none' | 'skipped';

export function baselineState(spec: SpecReport): BaselineState {
  const { baseline } = spec;
  if (baseline.error !== undefined) return 'skipped';
  if (baseline.found) return 'compared';
  // The pipeline compares a missing baseline with an empty spec (so changes exist), and reports
  // "no base revision" with a null ref and no changes.
  return baseline.ref === null && spec.changes.length === 0 ? 'none' : 'new-api';
}
