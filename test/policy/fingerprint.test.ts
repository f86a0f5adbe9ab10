import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { applyPolicy, assignFingerprints } from '../../src/policy/index';
import { change, spec } from '../report/helpers';

const TODAY = '2027-01-01';

describe('fingerprints', () => {
  test('depend on the rule and the element only: not on message, line, file, locations or neighbours', () => {
    const base = change('breaking', { identity: '/channels/~1books/publish/message/payload/properties/isbn' });
    const [fp] = assignFingerprints([base]).map((c) => c.fingerprint);
    const variants = [
      { ...base, message: 'Reworded entirely' },
      { ...base, source: { file: 'elsewhere/book.yaml', line: 999 } },
      { ...base, locations: [{ channel: '/other', direction: 'client-receives' as const, operation: 'subscribe' }] },
      { ...base, before: { type: 'integer' } },
    ];
    for (const v of variants) expect(assignFingerprints([v])[0]?.fingerprint).toBe(fp);
    // An unrelated change after it leaves it alone.
    const other = change('non-breaking', { rule: 'channel.added', identity: '/channels/~1authors' });
    expect(assignFingerprints([base, other])[0]?.fingerprint).toBe(fp);
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
    // Another rule or element: another fingerprint.
    expect(assignFingerprints([{ ...base, rule: 'x.y' }])[0]?.fingerprint).not.toBe(fp);
    expect(assignFingerprints([{ ...base, identity: '/x' }])[0]?.fingerprint).not.toBe(fp);
  });

  test('are the first 8 hex digits of SHA-256 over rule, NUL, identity, as node:crypto computes them', () => {
    // Waivers name fingerprints: the digest must not move when the hash's implementation does.
    const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
    const identities = ['/paths/~1books/get', '/channels/caf\u00e9/m\u00fcnchen', '/x/\u{1f4da}', '/lone/\ud800', ''];
    for (const identity of identities) {
      const [c] = assignFingerprints([change('breaking', { rule: 'operation.removed', identity })]);
      expect(c?.fingerprint, identity).toBe(sha(`operation.removed\u0000${identity}`));
    }
    // The next free one after a clash: the same base with NUL and a counter.
    const twice = [change('breaking', { identity: '/a' }), change('breaking', { identity: '/a' })];
    const second = assignFingerprints(twice)[1]?.fingerprint;
    expect(second).toBe(sha(`${twice[1]!.rule}\u0000/a\u00001`));
  });

  test('two changes with the same identity get distinct fingerprints, the same on every run', () => {
    const twice = [change('breaking', { identity: '/a' }), change('breaking', { identity: '/a', message: 'b' })];
    const first = assignFingerprints(twice).map((c) => c.fingerprint);
    expect(new Set(first).size).toBe(2);
    expect(assignFingerprints(twice).map((c) => c.fingerprint)).toEqual(first);
    // Unique across the specs of one report too.
    const specs = applyPolicy([spec([twice[0]!]), spec([twice[0]!], { file: 'b.yaml' })], {
      waivers: [],
      today: TODAY,
      configFile: null,
    });
    const all = specs.flatMap((s) => s.changes.map((c) => c.fingerprint));
    expect(new Set(all).size).toBe(2);
  });
});

describe('waivers', () => {
  const breaking = change('breaking', { identity: '/a' });
  const [fp] = assignFingerprints([breaking]).map((c) => c.fingerprint as string);

  test('valid through the expiry day (UTC), expired the day after', () => {
    const waiver = { fingerprint: fp, reason: 'ok', expires: '2027-03-01', line: 3 };
    const run = (today: string) =>
      applyPolicy([spec([breaking])], { waivers: [waiver], today, configFile: '.github/firestone-spec.yml' })[0]!;
    const onTheDay = run('2027-03-01');
    expect(onTheDay.summary).toMatchObject({ breaking: 0, waived: 1 });
    expect(onTheDay.changes[0]?.waived).toEqual({ reason: 'ok', expires: '2027-03-01', owner: null });
    const after = run('2027-03-02');
    expect(after.summary).toMatchObject({ breaking: 1, warning: 1, waived: 0 });
    expect(after.changes.find((c) => c.rule === 'waiver.expired')?.source).toEqual({
      file: '.github/firestone-spec.yml',
      line: 3,
    });
  });

  test('a waiver for one spec does not touch another; without a comparison nothing is reported', () => {
    const specs = () => [spec([breaking]), spec([breaking], { file: 'b.yaml' })];
    const plain = applyPolicy(specs(), { waivers: [], today: TODAY, configFile: null });
    const fpA = plain[0]?.changes[0]?.fingerprint as string;
    // Same rule and element in both specs, but fingerprints are unique within the report.
    expect(plain[1]?.changes[0]?.fingerprint).not.toBe(fpA);
    const waiver = { fingerprint: fpA, reason: 'ok', spec: 'b.yaml', line: 2 };
    const [a, b] = applyPolicy(specs(), { waivers: [waiver], today: TODAY, configFile: 'c.yml' });
    expect(a?.summary.waived).toBe(0);
    expect(b?.summary).toMatchObject({ breaking: 1, waived: 0 });
    expect(b?.changes.map((c) => c.rule)).toContain('waiver.unused');
    const [a2] = applyPolicy(specs(), {
      waivers: [{ ...waiver, spec: 'asyncapi.yaml' }],
      today: TODAY,
      configFile: 'c.yml',
    });
    expect(a2?.summary).toMatchObject({ breaking: 0, waived: 1 });
    const skipped = applyPolicy([spec([], { baseline: { ref: 'x', found: true, error: 'bad' } })], {
      waivers: [waiver, { ...waiver, spec: undefined, expires: '2000-01-01' }],
      today: TODAY,
      configFile: 'c.yml',
    });
    expect(skipped[0]?.changes).toEqual([]);
  });
});
