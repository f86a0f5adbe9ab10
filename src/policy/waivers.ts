/**
 * Waivers: the config accepts one known change (by fingerprint, or rule + path) with a reason and
 * an optional expiry. A waived change stays listed but counts for nothing; a waiver past its day,
 * or one that matches nothing, is itself reported so it gets cleaned up (docs/waivers.md).
 */
import { baselineState } from '../changes';
import type { Change, ChangeType, SpecReport, Waiver } from '../types';
import { normalizeRelative } from '../util/paths';
import { assignFingerprints } from './fingerprint';

export const WAIVER_RULES = {
  expired: { id: 'waiver.expired', type: 'warning', title: 'A waiver is past its expiry date' },
  unused: { id: 'waiver.unused', type: 'non-breaking', title: 'A waiver matches no change' },
} as const satisfies Record<string, { id: string; type: ChangeType; title: string }>;

export const WAIVER_RULE_IDS: readonly string[] = Object.values(WAIVER_RULES).map((r) => r.id);

export interface WaiverOptions {
  waivers: readonly Waiver[];
  /** The run's date, YYYY-MM-DD. */
  today: string;
  /** The config file the waivers were written in. */
  configFile: string | null;
  /** Rule id overrides of the config; they apply to the waiver rules too. */
  overrides?: Readonly<Record<string, ChangeType>>;
}

const matches = (w: Waiver, c: Change): boolean =>
  (w.fingerprint !== undefined && c.fingerprint === w.fingerprint) ||
  (w.rule !== undefined && w.path !== undefined && c.rule === w.rule && c.path === w.path);

const what = (w: Waiver): string =>
  w.fingerprint !== undefined ? `fingerprint ${w.fingerprint}` : `rule ${w.rule ?? ''} at ${w.path ?? ''}`;

// Without a comparison there is nothing a waiver could have matched: silence, not "unused".
const compared = (spec: SpecReport): boolean => ['compared', 'new-api'].includes(baselineState(spec));

/** Specs (already fingerprinted) with waived changes marked and the waiver findings added. */
export function applyWaivers(specs: readonly SpecReport[], opts: WaiverOptions): SpecReport[] {
  const out = specs.map((s) => ({ ...s, changes: s.changes.map((c) => ({ ...c })) }));
  const used = new Set(out.flatMap((s) => s.changes.map((c) => c.fingerprint ?? '')));
  const extra = new Map<SpecReport, Change[]>();
  for (const waiver of opts.waivers) {
    // A waiver for a spec this run does not process (`--only`) is none of its business.
    const spec = waiver.spec === undefined ? undefined : normalizeRelative(waiver.spec);
    const scope = spec === undefined ? out : out.filter((s) => s.file === spec);
    const home = spec === undefined ? out[0] : scope[0];
    if (home === undefined || !scope.every(compared)) continue;
    const add = (finding: Change): void => {
      extra.set(home, [...(extra.get(home) ?? []), finding]);
    };
    if (waiver.expires !== undefined && waiver.expires < opts.today) {
      add(
        waiverChange(
          WAIVER_RULES.expired,
          waiver,
          opts,
          `Waiver for ${what(waiver)} expired on ${waiver.expires} and waives nothing now (reason was: ${waiver.reason})`,
        ),
      );
      continue;
    }
    let hit = false;
    for (const s of scope) {
      for (const c of s.changes) {
        if (c.waived === undefined && matches(waiver, c)) {
          c.waived = { reason: waiver.reason, expires: waiver.expires ?? null, owner: waiver.owner ?? null };
          hit = true;
        }
      }
    }
    if (!hit) {
      add(
        waiverChange(
          WAIVER_RULES.unused,
          waiver,
          opts,
          `Waiver for ${what(waiver)} matches no change; delete it (reason was: ${waiver.reason})`,
        ),
      );
    }
  }
  return out.map((s) => {
    const found = extra.get(s);
    return found ? { ...s, changes: [...s.changes, ...assignFingerprints(found, used)] } : s;
  });
}

function waiverChange(
  rule: { id: string; type: ChangeType },
  waiver: Waiver,
  opts: WaiverOptions,
  message: string,
): Change {
  const override = opts.overrides && Object.hasOwn(opts.overrides, rule.id) ? opts.overrides[rule.id] : undefined;
  return {
    rule: rule.id,
    type: override ?? rule.type,
    message,
    path: waiver.path ?? '',
    locations: [],
    source: opts.configFile !== null ? { file: opts.configFile, line: waiver.line } : null,
    before: null,
    after: null,
    identity: `${what(waiver)} ${waiver.spec ?? ''}`,
  };
}
