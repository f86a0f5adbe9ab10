import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors';
import { failures, parseFailOn, summarize, totalSummary } from '../../src/report/summary';
import type { FailOn } from '../../src/types';
import { change, mixed, report, spec } from './helpers';

describe('summarize / totalSummary', () => {
  test('counts each type', () => {
    const changes = [
      change('breaking'),
      change('breaking'),
      change('warning'),
      change('non-breaking'),
      change('unclassified'),
    ];
    expect(summarize(changes)).toEqual({ breaking: 2, warning: 1, nonBreaking: 1, unclassified: 1, waived: 0 });
    expect(summarize([])).toEqual({ breaking: 0, warning: 0, nonBreaking: 0, unclassified: 0, waived: 0 });
  });

  test('adds up specs and ORs drift', () => {
    const specs = [
      spec([change('breaking')], { file: 'a.yaml' }),
      spec([change('non-breaking')], { file: 'b.yaml', drift: true }),
    ];
    expect(totalSummary(specs)).toEqual({
      breaking: 1,
      warning: 0,
      nonBreaking: 1,
      unclassified: 0,
      waived: 0,
      drift: true,
    });
    expect(totalSummary([])).toEqual({
      breaking: 0,
      warning: 0,
      nonBreaking: 0,
      unclassified: 0,
      waived: 0,
      drift: false,
    });
  });
});

describe('parseFailOn', () => {
  test('comma list with spaces and any case', () => {
    expect(parseFailOn('breaking, Drift')).toEqual(new Set(['breaking', 'drift']));
    expect(parseFailOn('breaking,warning,unclassified,non-breaking,drift')).toEqual(
      new Set(['breaking', 'warning', 'unclassified', 'non-breaking', 'drift']),
    );
  });

  test('never', () => {
    expect(parseFailOn('never')).toBe('never');
    expect(parseFailOn(' NEVER ')).toBe('never');
  });

  test.each([
    ['breaking,oops', /fail-on: unknown value "oops"/],
    ['', /fail-on is empty/],
    [' , ', /fail-on is empty/],
    ['never,breaking', /'never' cannot be combined/],
  ])('%j is an InputError naming the option', (value, message) => {
    expect(() => parseFailOn(value)).toThrow(InputError);
    expect(() => parseFailOn(value)).toThrow(message);
  });
});

describe('failures', () => {
  // One of every type, plus drift, in one spec; a second spec whose baseline could not be read.
  const everything = () =>
    report([
      spec(
        [change('breaking'), change('breaking'), change('warning'), change('non-breaking'), change('unclassified')],
        {
          drift: true,
        },
      ),
      spec([], { file: 'other.yaml', baseline: { ref: 'b'.repeat(40), found: true, error: 'does not parse' } }),
    ]);
  const reasons: Record<FailOn, string> = {
    breaking: '2 breaking changes in asyncapi.yaml',
    warning: '1 warning in asyncapi.yaml',
    unclassified: '1 unclassified change in asyncapi.yaml',
    'non-breaking': '1 non-breaking change in asyncapi.yaml',
    drift: 'asyncapi.yaml is out of date with its resources (drift)',
    'baseline-unreadable': 'the baseline of other.yaml could not be read, so the breaking-change check did not run',
  };
  const all = Object.keys(reasons) as FailOn[];
  // Every subset of the six values.
  const subsets = Array.from({ length: 1 << all.length }, (_, mask) => all.filter((_, i) => mask & (1 << i)));

  test.each(subsets.map((s) => [s.join(',') || '(none)', s] as const))('fail-on %s', (_, subset) => {
    const expected = all.filter((v) => subset.includes(v)).map((v) => reasons[v]);
    expect(failures(everything(), new Set(subset))).toEqual(expected);
  });

  test('never: nothing fails', () => {
    expect(failures(everything(), 'never')).toEqual([]);
    expect(failures(everything(), parseFailOn('never'))).toEqual([]);
  });

  test('a clean report passes the strictest gate', () => {
    expect(failures(report([spec([])]), new Set(all))).toEqual([]);
  });

  test('approved label lifts only the breaking gate', () => {
    expect(failures(everything(), parseFailOn('breaking,warning'), { approvedBreaking: true })).toEqual([
      reasons.warning,
    ]);
    expect(failures(everything(), parseFailOn('breaking'), { approvedBreaking: true })).toEqual([]);
  });

  test('commit mode: drift is fixed, not a failure', () => {
    expect(failures(everything(), parseFailOn('breaking,drift'), { driftFixed: true })).toEqual([reasons.breaking]);
    const driftOnly = report([spec([], { drift: true })]);
    expect(failures(driftOnly, parseFailOn('breaking,drift'), { driftFixed: true })).toEqual([]);
    expect(failures(driftOnly, parseFailOn('breaking,drift'))).toEqual([reasons.drift]);
  });

  test('reasons per spec, singular and plural', () => {
    const r = report([
      spec([change('breaking')], { file: 'a.yaml' }),
      spec([change('breaking'), change('breaking'), change('breaking')], { file: 'b.yaml', drift: true }),
    ]);
    expect(failures(r, parseFailOn('breaking,drift'))).toEqual([
      '1 breaking change in a.yaml',
      '3 breaking changes in b.yaml',
      'b.yaml is out of date with its resources (drift)',
    ]);
  });

  test('counts come from the changes, not from a stated summary', () => {
    const r = mixed();
    const first = r.specs[0];
    if (!first) throw new Error('fixture');
    first.summary = { breaking: 0, warning: 0, nonBreaking: 0, unclassified: 0 };
    expect(failures(r, parseFailOn('breaking'))).toEqual(['2 breaking changes in asyncapi.yaml']);
  });

  test('a spec file name cannot add lines to the reasons', () => {
    const r = report([spec([change('breaking')], { file: 'x\n::error::forged' })]);
    expect(failures(r, parseFailOn('breaking'))).toEqual(['1 breaking change in x ::error::forged']);
  });
});
