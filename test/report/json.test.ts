import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError, type Problem } from '../../src/errors';
import { parseReport, renderJson } from '../../src/report/json';
import type { Report } from '../../src/types';
import { change, mixed, PR_CONTEXT, report, spec } from './helpers';
import { tempDir } from '../helpers/temp';
import { inputError } from '../helpers/errors';

const dir = tempDir('report-json-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write the text to a real file and read it back the way the action's comment mode does. */
function roundTrip(text: string, name = 'report.json'): Report {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return parseReport(readFileSync(file, 'utf8'), name);
}

const problemsOf = (text: string): Problem[] => inputError(() => roundTrip(text)).problems;

const json = (value: unknown): string => JSON.stringify(value);
const valid = (): Record<string, unknown> => JSON.parse(renderJson(mixed())) as Record<string, unknown>;

describe('renderJson', () => {
  test('keys in contract order, 2-space indent, trailing newline', () => {
    // Build the report with every object's keys in reverse order.
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const text = renderJson(reversed(mixed()) as Report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "version": 1,\n  "context": {\n    "event": "pull_request",\n')).toBe(true);
    const data = JSON.parse(text) as Report;
    expect(Object.keys(data)).toEqual(['version', 'context', 'specs', 'summary']);
    expect(Object.keys(data.context ?? {})).toEqual(['event', 'pullRequest', 'headSha', 'baseSha']);
    const s = data.specs[0];
    expect(Object.keys(s ?? {})).toEqual(['file', 'drift', 'baseline', 'changes', 'summary']);
    expect(Object.keys(s?.baseline ?? {})).toEqual(['ref', 'found']);
    expect(Object.keys(s?.changes[0] ?? {})).toEqual([
      'rule',
      'type',
      'message',
      'path',
      'locations',
      'source',
      'before',
      'after',
    ]);
    expect(Object.keys(s?.changes[0]?.locations[0] ?? {})).toEqual(['channel', 'direction', 'operation']);
    expect(Object.keys(s?.changes[0]?.source ?? {})).toEqual(['file', 'line']);
    expect(Object.keys(s?.summary ?? {})).toEqual(['breaking', 'warning', 'nonBreaking', 'unclassified', 'waived']);
    expect(Object.keys(data.summary)).toEqual([
      'breaking',
      'warning',
      'nonBreaking',
      'unclassified',
      'waived',
      'drift',
    ]);
  });

  test('optional keys only when set; undefined before/after become null', () => {
    const r = report(
      [
        spec([change('breaking', { before: undefined, after: undefined })], {
          baseline: { ref: 'main', found: true, error: 'bad' },
        }),
      ],
      { ...PR_CONTEXT, repository: 'octo/repo' },
    );
    const data = JSON.parse(renderJson(r)) as Report;
    expect(Object.keys(data.context ?? {})).toEqual(['event', 'pullRequest', 'headSha', 'baseSha', 'repository']);
    expect(data.specs[0]?.baseline).toEqual({ ref: 'main', found: true, error: 'bad' });
    expect(data.specs[0]?.changes[0]?.before).toBeNull();
    expect(data.specs[0]?.changes[0]?.after).toBeNull();
  });

  test('deterministic', () => {
    expect(renderJson(mixed())).toBe(renderJson(mixed()));
  });
});

describe('parseReport', () => {
  test.each<[string, () => Report]>([
    ['mixed', mixed],
    ['empty', () => report([], null)],
    [
      'everything optional set, odd values',
      () =>
        report(
          [
            spec([change('breaking', { before: { deep: [1, { x: null }] }, after: 'é😀', message: '<b>@x</b>\n' })], {
              drift: true,
              baseline: { ref: null, found: false, error: 'could not read' },
            }),
            spec([], { file: 'docs/b.json' }),
          ],
          { ...PR_CONTEXT, repository: 'octo-org/repo.name' },
        ),
    ],
  ])('round trip renderJson → file → parseReport: %s', (_, make) => {
    expect(roundTrip(renderJson(make()))).toEqual(JSON.parse(JSON.stringify(make())));
    expect(roundTrip(renderJson(make()))).toEqual(make());
  });

  test('invalid JSON: file, line and column', () => {
    const problems = problemsOf('{\n  "version": 1,\n  oops\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'report.json', line: 3, col: 3, message: 'report is not valid JSON' });
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits poke at arbitrary JSON on purpose
  type Loose = Record<string, any>;
  const mutate = (edit: (r: Loose) => void): string => {
    const r = valid() as Loose;
    edit(r);
    return json(r);
  };

  test.each<[string, string, string | RegExp]>([
    ['not an object', 'null', '/'],
    ['an array', '[]', '/'],
    ['version 2', mutate((r) => (r.version = 2)), '/version'],
    ['unknown top-level key', mutate((r) => (r.extra = true)), '/'],
    ['__proto__ key', mutate((r) => Object.defineProperty(r, '__proto__', { value: {}, enumerable: true })), '/'],
    ['unknown key in a change', mutate((r) => (r.specs[0].changes[0].script = 'x')), '/specs/0/changes/0'],
    ['drift not boolean', mutate((r) => (r.specs[0].drift = 'yes')), '/specs/0/drift'],
    ['unknown change type', mutate((r) => (r.specs[0].changes[0].type = 'fatal')), '/specs/0/changes/0/type'],
    [
      'unknown direction',
      mutate((r) => (r.specs[0].changes[0].locations[0].direction = 'both')),
      '/specs/0/changes/0/locations/0/direction',
    ],
    ['line 0', mutate((r) => (r.specs[0].changes[0].source.line = 0)), '/specs/0/changes/0/source/line'],
    ['fractional line', mutate((r) => (r.specs[0].changes[0].source.line = 1.5)), '/specs/0/changes/0/source/line'],
    [
      'message too long',
      mutate((r) => (r.specs[0].changes[0].message = 'x'.repeat(10_001))),
      '/specs/0/changes/0/message',
    ],
    ['missing message', mutate((r) => delete r.specs[0].changes[0].message), '/specs/0/changes/0'],
    ['empty spec file', mutate((r) => (r.specs[0].file = '')), '/specs/0/file'],
    ['PR number as string', mutate((r) => (r.context.pullRequest = '7')), '/context/pullRequest'],
    ['PR number negative', mutate((r) => (r.context.pullRequest = -1)), '/context/pullRequest'],
    ['sha not hex', mutate((r) => (r.context.headSha = 'main; rm -rf /')), '/context/headSha'],
    ['odd repository', mutate((r) => (r.context.repository = 'a/b/c')), '/context/repository'],
    ['odd event', mutate((r) => (r.context.event = 'Pull Request')), '/context/event'],
    [
      'too many locations',
      mutate(
        (r) =>
          (r.specs[0].changes[0].locations = Array(10_001).fill({ channel: '/a', direction: null, operation: null })),
      ),
      '/specs/0/changes/0/locations',
    ],
    ['spec summary disagrees', mutate((r) => (r.specs[0].summary.breaking = 0)), '/specs/0/summary'],
    ['total summary disagrees', mutate((r) => (r.summary.warning = 5)), '/summary'],
    ['total drift disagrees', mutate((r) => (r.summary.drift = true)), '/summary'],
    [
      'before nested too deep',
      mutate((r) => (r.specs[0].changes[0].before = JSON.parse('['.repeat(100) + ']'.repeat(100)))),
      '/specs/0/changes/0/before',
    ],
  ])('rejects %s', (_, text, pointer) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'report.json' && p.message.startsWith('invalid report'))).toBe(true);
    expect(problems.map((p) => p.pointer)).toContain(pointer);
  });

  test('very deep JSON neither crashes nor passes', () => {
    const deep = mutate((r) => (r.specs[0].changes[0].after = '__DEEP__')).replace(
      '"__DEEP__"',
      '['.repeat(200_000) + ']'.repeat(200_000),
    );
    expect(problemsOf(deep).map((p) => p.pointer)).toEqual(['/specs/0/changes/0/after']);
  });

  test('oversized text is refused before parsing', () => {
    const problems = problemsOf(' '.repeat(32 * 1024 * 1024 + 1));
    expect(problems[0]?.message).toMatch(/larger than 32 MB/);
  });

  test('the number of problems listed is capped', () => {
    const text = mutate((r) => {
      r.specs[0].changes = Array.from({ length: 200 }, () => ({ bogus: 1 }));
    });
    expect(problemsOf(text).length).toBeLessThanOrEqual(20);
  });

  test('an unknown key is named, truncated, in the message', () => {
    const problems = problemsOf(mutate((r) => (r[`k${'x'.repeat(500)}`] = 1)));
    const message = problems.find((p) => p.message.includes('additional'))?.message ?? '';
    expect(message).toContain('"kxxx');
    expect(message.length).toBeLessThan(200);
  });
});

describe('fingerprints, waivers, the compatibility mode and the perspective in the report', () => {
  const waived = change('breaking', {
    fingerprint: '0123abcd',
    waived: { reason: 'clients moved', expires: '2027-03-01', owner: null },
  });
  const withPolicy = (): Report =>
    report([
      spec([waived, change('non-breaking', { fingerprint: 'ffff0000' })], {
        compatibility: 'full',
        perspective: 'client',
      }),
    ]);

  test('are written in place and read back by comment mode', () => {
    const text = renderJson(withPolicy());
    const data = JSON.parse(text) as Report;
    expect(Object.keys(data.specs[0] ?? {})).toEqual([
      'file',
      'drift',
      'baseline',
      'compatibility',
      'perspective',
      'changes',
      'summary',
    ]);
    expect(Object.keys(data.specs[0]?.changes[0] ?? {})).toEqual([
      'rule',
      'type',
      'fingerprint',
      'message',
      'path',
      'locations',
      'source',
      'before',
      'after',
      'waived',
    ]);
    expect(data.summary).toMatchObject({ breaking: 0, nonBreaking: 1, waived: 1 });
    expect(data.specs[0]?.perspective).toBe('client');
    // `identity` is internal (not in the JSON); a report read back keys its changes by path.
    for (const c of data.specs[0]?.changes ?? []) c.identity = c.path;
    expect(parseReport(text, 'r.json')).toEqual(data);
  });

  test('a report whose waived count disagrees with its changes, or with a forged fingerprint, is refused', () => {
    const data = JSON.parse(renderJson(withPolicy())) as Report;
    const lying = {
      ...data,
      specs: [{ ...data.specs[0]!, summary: { ...data.specs[0]!.summary, waived: 0, breaking: 1 } }],
    };
    expect(() => parseReport(JSON.stringify(lying), 'r.json')).toThrow(InputError);
    const forged = JSON.parse(renderJson(withPolicy())) as Report;
    forged.specs[0]!.changes[0]!.fingerprint = '"><script>';
    expect(() => parseReport(JSON.stringify(forged), 'r.json')).toThrow(/fingerprint|pattern/);
  });
});
