/**
 * What the project's policy makes of the compared changes: fingerprints, waivers and the counts
 * that follow from them. Pure; run once per report, after every spec was compared.
 */
import { summarize } from '../changes';
import type { SpecReport } from '../types';
import { assignFingerprints } from './fingerprint';
import { applyWaivers, type WaiverOptions } from './waivers';

export { runDate } from './dates';
export { assignFingerprints } from './fingerprint';
export { COMPATIBILITY_MEANING, DEFAULT_COMPATIBILITY, parseCompatibility } from './compatibility';
export {
  DEFAULT_PERSPECTIVE,
  parsePerspective,
  PERSPECTIVE_MEANING,
  perspectiveOf,
  perspectiveRefused,
} from './perspective';
export { WAIVER_RULE_IDS, WAIVER_RULES } from './waivers';

/** Fingerprints across the whole report (unique within it), then waivers, then the summaries. */
export function applyPolicy(specs: readonly SpecReport[], opts: WaiverOptions): SpecReport[] {
  const used = new Set<string>();
  const fingerprinted = specs.map((s) => ({ ...s, changes: assignFingerprints(s.changes, used) }));
  return applyWaivers(fingerprinted, opts).map((s) => ({ ...s, summary: summarize(s.changes) }));
}
