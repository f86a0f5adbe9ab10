/**
 * The JSON report (README "Outputs", docs/architecture.md): written by `check`/`diff --format json` and as the action's
 * `report-file`, read back by the action's `comment` mode. What is read back may come from a fork's
 * workflow, so it is validated strictly: exact shape, bounded sizes, consistent counts.
 */
import type { ErrorObject } from 'ajv';
import { validateReport } from '../generated/validators';
import { InputError, type Problem } from '../errors';
import {
  type Change,
  type ChangeLocation,
  isAsyncApiLocation,
  type Report,
  type ReportContext,
  type SpecReport,
  type Summary,
} from '../types';
import { truncateText } from './escape';
import { REPORT_LIMITS } from './report-schema';
import { summarize, totalSummary } from './summary';

/** The report as text: keys in a fixed documented order, 2-space indent, trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(orderedReport(report), null, 2)}\n`;
}

// Objects are rebuilt key by key so the output order is the contract's, whatever order the
// producer used, and optional keys appear only when set.
/** A change as the JSON report writes it: `identity` is the compare stage's internal key, not part of the contract. */
type JsonChange = Omit<Change, 'identity'>;
type JsonReport = Omit<Report, 'specs'> & { specs: (Omit<SpecReport, 'changes'> & { changes: JsonChange[] })[] };

function orderedReport(report: Report): JsonReport {
  return {
    version: 1,
    context: report.context === null ? null : orderedContext(report.context),
    specs: report.specs.map(orderedSpec),
    summary: { ...orderedSummary(report.summary), drift: report.summary.drift },
  };
}

function orderedContext(c: ReportContext): ReportContext {
  const out: ReportContext = { event: c.event, pullRequest: c.pullRequest, headSha: c.headSha, baseSha: c.baseSha };
  if (c.repository !== undefined) out.repository = c.repository;
  return out;
}

function orderedSpec(s: SpecReport): JsonReport['specs'][number] {
  const baseline: SpecReport['baseline'] = { ref: s.baseline.ref, found: s.baseline.found };
  if (s.baseline.file !== undefined) baseline.file = s.baseline.file;
  if (s.baseline.error !== undefined) baseline.error = s.baseline.error;
  return {
    file: s.file,
    ...(s.kind !== undefined ? { kind: s.kind } : {}),
    drift: s.drift,
    baseline,
    ...(s.compatibility !== undefined ? { compatibility: s.compatibility } : {}),
    ...(s.perspective !== undefined ? { perspective: s.perspective } : {}),
    changes: s.changes.map(orderedChange),
    summary: orderedSummary(s.summary),
  };
}

const orderedChange = (c: Change): JsonChange => ({
  rule: c.rule,
  type: c.type,
  ...(c.fingerprint !== undefined ? { fingerprint: c.fingerprint } : {}),
  message: c.message,
  path: c.path,
  locations: c.locations.map(orderedLocation),
  source: c.source === null ? null : { file: c.source.file, line: c.source.line },
  // `undefined` would silently drop the key; the contract has null for "nothing".
  before: c.before === undefined ? null : c.before,
  after: c.after === undefined ? null : c.after,
  ...(c.waived !== undefined
    ? { waived: { reason: c.waived.reason, expires: c.waived.expires, owner: c.waived.owner } }
    : {}),
});

/** Each location kind in the key order of its type in src/types.ts, so reports read the same on every run. */
const orderedLocation = (l: ChangeLocation): ChangeLocation =>
  isAsyncApiLocation(l)
    ? { channel: l.channel, direction: l.direction, operation: l.operation }
    : {
        path: l.path,
        method: l.method,
        operation: l.operation,
        direction: l.direction,
        in: l.in,
        status: l.status,
        mediaType: l.mediaType,
      };

const orderedSummary = (s: Summary): Summary => ({
  breaking: s.breaking,
  warning: s.warning,
  nonBreaking: s.nonBreaking,
  unclassified: s.unclassified,
  ...(s.waived !== undefined ? { waived: s.waived } : {}),
});

const MAX_PROBLEMS = 20;

/** Read a report back (e.g. one made by an earlier run in another workflow). InputError when it is not one. */
export function parseReport(text: string, file: string): Report {
  if (text.length > REPORT_LIMITS.chars) {
    throw new InputError({ file, message: `report is larger than ${REPORT_LIMITS.chars / 1024 / 1024} MB` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file, ...jsonErrorPlace(text, e), message: 'report is not valid JSON' });
  }
  if (!validateReport(data))
    throw new InputError((validateReport.errors ?? []).slice(0, MAX_PROBLEMS).map((err) => schemaProblem(file, err)));
  const report = data as Report;
  const problems = [...depthProblems(report, file), ...summaryProblems(report, file)];
  if (problems.length > 0) throw new InputError(problems.slice(0, MAX_PROBLEMS));
  // The written report has no identities; the path is the closest stand-in for a report read back.
  for (const spec of report.specs) for (const c of spec.changes) c.identity = c.path;
  return report;
}

/** Line and column of a JSON.parse failure, when the engine says where (V8 gives a position). */
function jsonErrorPlace(text: string, e: unknown): { line?: number; col?: number } {
  const match = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  if (!match?.[1]) return {};
  const before = text.slice(0, Number(match[1]));
  const lines = before.split('\n');
  return { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function schemaProblem(file: string, err: ErrorObject): Problem {
  const extra =
    err.keyword === 'additionalProperty' || err.keyword === 'additionalProperties'
      ? ` (${JSON.stringify(truncateText(String((err.params as { additionalProperty?: unknown }).additionalProperty), 100))})`
      : '';
  return { file, pointer: err.instancePath || '/', message: `invalid report: ${err.message ?? 'invalid'}${extra}` };
}

/** Nesting depth of a JSON value, computed without recursion so a deep value cannot overflow the stack. */
function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function depthProblems(report: Report, file: string): Problem[] {
  const problems: Problem[] = [];
  report.specs.forEach((spec, i) =>
    spec.changes.forEach((change, j) => {
      for (const key of ['before', 'after'] as const) {
        if (depthExceeds(change[key], REPORT_LIMITS.depth)) {
          problems.push({
            file,
            pointer: `/specs/${i}/changes/${j}/${key}`,
            message: `invalid report: nested deeper than ${REPORT_LIMITS.depth} levels`,
          });
        }
      }
    }),
  );
  return problems;
}

const sameSummary = (a: Summary, b: Summary): boolean =>
  a.breaking === b.breaking &&
  a.warning === b.warning &&
  a.nonBreaking === b.nonBreaking &&
  a.unclassified === b.unclassified &&
  (a.waived ?? 0) === (b.waived ?? 0);

// The comment is rendered from the changes and the gate counts them too; a report whose stated
// counts disagree with its changes was edited or is broken, and either way must not be posted.
function summaryProblems(report: Report, file: string): Problem[] {
  const problems: Problem[] = [];
  report.specs.forEach((spec, i) => {
    if (!sameSummary(spec.summary, summarize(spec.changes))) {
      problems.push({
        file,
        pointer: `/specs/${i}/summary`,
        message: 'invalid report: summary does not match the changes',
      });
    }
  });
  const total = totalSummary(report.specs);
  if (!sameSummary(report.summary, total) || report.summary.drift !== total.drift) {
    problems.push({ file, pointer: '/summary', message: 'invalid report: summary does not match the specs' });
  }
  return problems;
}
