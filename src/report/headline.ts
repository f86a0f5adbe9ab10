/**
 * The words of the first line of a report, shared by markdown and text so the PR comment, the job
 * summary and the terminal open the same way (docs/waivers.md, "First lines"):
 * - a breaking-change check that could not run comes first, and nothing is claimed about breaking changes
 * - otherwise, with no breaking change left (waived ones aside), "No breaking changes" in words.
 */
import type { SpecReport, Summary } from '../types';
import { baselineState } from './describe';

/**
 * `counts`: the per-type phrases already worded by the caller (breaking first); `name` formats a
 * spec file for the medium. Returns the headline without icon or drift notes.
 */
export function headline(
  specs: readonly SpecReport[],
  summary: Required<Summary>,
  counts: readonly string[],
  name: (file: string) => string,
): string {
  const rest = summary.waived > 0 ? [...counts, `${summary.waived} waived`] : [...counts];
  const skipped = specs.filter((s) => baselineState(s) === 'skipped');
  if (skipped.length > 0) {
    const what =
      skipped.length === 1 && skipped[0]
        ? `the baseline of ${name(skipped[0].file)} is unreadable`
        : `${skipped.length} baselines are unreadable`;
    return [`Breaking-change check could not run: ${what}`, ...rest].join('; ');
  }
  if (specs.some((s) => baselineState(s) === 'none')) {
    return ['Breaking-change check did not run: no base revision', ...rest].join('; ');
  }
  if (summary.breaking > 0) return rest.join(', ');
  return `No breaking changes; ${rest.length > 0 ? rest.join(', ') : 'no API changes'}`;
}
