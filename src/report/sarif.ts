/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`, the action's `firestone-spec.sarif`):
 * one result per finding, on the resource line that caused it (paths from the repository root),
 * every rule described once in `tool.driver.rules`.
 */
import { WAIVER_RULES } from '../policy/waivers';
import type { Change, ChangeType, Report, SpecKind, SpecReport } from '../types';
import { channelsOf, impact, placesCount } from './describe';
import { kindModule } from '../kinds/index';
import { vocabularyOf } from '../kinds/vocabulary';
import { toSingleLine, truncateText } from './escape';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** The tool's version, for `tool.driver.version`. */
  version: string;
  /** Path from the repository root to the workspace, POSIX, '' or ending in `/`. */
  rootPrefix?: string;
  /** The line of a JSON pointer in a spec file, where it can be found. */
  specLine?: (specFile: string, pointer: string) => number | null;
}

type Level = 'error' | 'warning' | 'note';
const LEVEL: Readonly<Record<ChangeType, Level>> = {
  breaking: 'error',
  warning: 'warning',
  'non-breaking': 'note',
  unclassified: 'note',
};

/** Findings that are not API changes, with the words code scanning shows for them. */
const OTHER_RULES = {
  drift: { id: 'spec.drift', title: 'The committed spec differs from what its resources generate' },
  unreadable: {
    id: 'baseline.unreadable',
    title: 'The baseline could not be read: the breaking-change check did not run',
  },
} as const;

/** Titles of the findings that are no API change (waivers, drift, an unreadable baseline). */
const TITLES = new Map<string, string>([
  ...Object.values(WAIVER_RULES).map((r): [string, string] => [r.id, r.title]),
  ...Object.values(OTHER_RULES).map((r): [string, string] => [r.id, r.title]),
]);

/** A rule as `tool.driver.rules` describes it: the kind of the spec it was found in names its title and verdicts. */
function ruleDescriptor(id: string, kind: SpecKind): Record<string, unknown> {
  const described = kindModule(kind).describeRule(id);
  const title = described?.title ?? TITLES.get(id) ?? id;
  return {
    id,
    shortDescription: { text: title },
    fullDescription: { text: described?.help ?? title },
    ...(described !== undefined ? { help: { text: described.help } } : {}),
  };
}

interface Finding {
  ruleId: string;
  /** The kind of the spec it was found in (its rules describe it). */
  kind: SpecKind;
  level: Level;
  message: string;
  file: string;
  line: number;
  fingerprint?: string;
  waived?: string;
}

const MAX_MESSAGE = 2_000;
const clean = (s: string): string => truncateText(toSingleLine(s), MAX_MESSAGE);

function changeFinding(change: Change, spec: SpecReport, opts: SarifOptions): Finding {
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const on =
    uses.length === 0
      ? ''
      : uses.length <= 3
        ? ` On ${uses.map((u) => u.channel).join(', ')}.`
        : ` On ${placesCount(uses.length, words)}.`;
  const who = change.waived === undefined ? impact(change, words) : null;
  const waived = change.waived !== undefined ? ` Waived: ${change.waived.reason}` : '';
  const place =
    change.source !== null
      ? { file: change.source.file, line: change.source.line }
      : { file: spec.file, line: opts.specLine?.(spec.file, change.path) ?? 1 };
  return {
    ruleId: change.rule,
    kind: spec.kind ?? 'asyncapi',
    level: change.waived !== undefined ? 'note' : LEVEL[change.type],
    message: clean(`${change.message}.${on}${who !== null ? ` This ${who}.` : ''} (${spec.file})${waived}`),
    ...place,
    ...(change.fingerprint !== undefined ? { fingerprint: change.fingerprint } : {}),
    ...(change.waived !== undefined ? { waived: clean(change.waived.reason) } : {}),
  };
}

function specFindings(spec: SpecReport, opts: SarifOptions): Finding[] {
  const out: Finding[] = [];
  if (spec.baseline.error !== undefined) {
    out.push({
      ruleId: OTHER_RULES.unreadable.id,
      kind: spec.kind ?? 'asyncapi',
      level: 'warning',
      message: clean(`The baseline of ${spec.file} could not be read: ${spec.baseline.error}`),
      file: spec.file,
      line: 1,
    });
  }
  if (spec.drift) {
    out.push({
      ruleId: OTHER_RULES.drift.id,
      kind: spec.kind ?? 'asyncapi',
      level: 'warning',
      message: clean(`${spec.file} does not match what its resource files generate; run firestone-spec update.`),
      file: spec.file,
      line: 1,
    });
  }
  return [...out, ...spec.changes.map((c) => changeFinding(c, spec, opts))];
}

/** The SARIF log of a report, as text. */
export function renderSarif(report: Report, opts: SarifOptions): string {
  const findings = report.specs.flatMap((s) => specFindings(s, opts));
  const kinds = new Map<string, SpecKind>();
  for (const f of findings) if (!kinds.has(f.ruleId)) kinds.set(f.ruleId, f.kind);
  const ruleIds = [...kinds.keys()];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const prefix = opts.rootPrefix ?? '';
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'firestone-spec',
            version: opts.version,
            rules: ruleIds.map((id) => ruleDescriptor(id, kinds.get(id) ?? 'asyncapi')),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: f.level,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(prefix + f.file) },
                region: { startLine: f.line },
              },
            },
          ],
          ...(f.fingerprint !== undefined ? { partialFingerprints: { 'firestoneSpec/v1': f.fingerprint } } : {}),
          ...(f.waived !== undefined ? { suppressions: [{ kind: 'external', justification: f.waived }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
