/** Hand-built reports for the renderer tests (the compare stage is tested on its own). */
import { summarize, totalSummary } from '../../src/report/summary';
import type { Change, ChangeType, Report, ReportContext, SpecReport } from '../../src/types';

export function change(type: ChangeType, overrides: Partial<Change> = {}): Change {
  return {
    rule: `test.${type}`,
    type,
    message: `A ${type} change`,
    path: '/components/schemas/book/properties/isbn',
    identity: '/components/schemas/book/properties/isbn',
    locations: [{ channel: '/books', direction: 'client-sends', operation: 'publish' }],
    source: { file: 'resources/book.yaml', line: 14 },
    before: null,
    after: { type: 'string' },
    ...overrides,
  };
}

export function spec(changes: Change[], overrides: Partial<Omit<SpecReport, 'summary'>> = {}): SpecReport {
  const base = {
    file: 'asyncapi.yaml',
    drift: false,
    baseline: { ref: 'a'.repeat(40), found: true },
    changes,
    ...overrides,
  };
  return { ...base, summary: summarize(base.changes) };
}

export const PR_CONTEXT: ReportContext = {
  event: 'pull_request',
  pullRequest: 7,
  headSha: 'b'.repeat(40),
  baseSha: 'a'.repeat(40),
};

export function report(specs: SpecReport[], context: ReportContext | null = PR_CONTEXT): Report {
  return { version: 1, context, specs, summary: totalSummary(specs) };
}

/** One report per change type, in a deliberately scrambled order. */
export const mixed = (): Report =>
  report([
    spec([
      change('non-breaking', { message: 'Optional property added' }),
      change('unclassified', { message: 'Something odd' }),
      change('breaking', { message: 'Property became required' }),
      change('warning', { message: 'Enum value added' }),
      change('breaking', {
        message: 'Channel removed',
        locations: [{ channel: '/authors', direction: null, operation: null }],
        source: null,
      }),
    ]),
  ]);
