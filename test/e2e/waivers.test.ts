/**
 * The built action on pull requests, for what governs a breaking change: a waiver until a date
 * (and the failure the day after), links from the comment to the PR head, the SARIF file for code
 * scanning, the `annotations` and `compatibility` inputs.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidSarif, type SarifLog } from '../helpers/sarif';
import {
  BOOK_FILE,
  BREAKING_LINE,
  breakingPullRequest,
  expectHealthy,
  OWNER,
  parseJsonFile,
  pullRequestRun,
  pushBranch,
  REPO,
  SERVER_URL,
  useFakeGitHub,
} from './harness';

const PR = 11;
const CONFIG = '.github/firestone-spec.yml';

const fake = useFakeGitHub();

interface JsonChange {
  rule: string;
  type: string;
  fingerprint: string;
  source: { file: string; line: number } | null;
  waived?: { reason: string; expires: string | null; owner: string | null };
}
interface JsonReport {
  specs: { compatibility: string; changes: JsonChange[]; summary: Record<string, number> }[];
  summary: Record<string, number | boolean>;
}

const body = () => fake.commentsOn(OWNER, REPO, PR)[0]?.body ?? '';

describe('a waiver accepts one breaking change until a date', () => {
  it('fails, passes with the pasted waiver through its expiry day, and fails again the day after', async () => {
    const {
      repo: { work },
      pr,
    } = breakingPullRequest(PR, { regenerate: true });
    const runOn = (today: string, p: typeof pr) => pullRequestRunWithEnv(work, p, { FIRESTONE_SPEC_TODAY: today });

    const first = await runOn('2027-03-01', pr);
    expectHealthy(first);
    expect(first.code, first.stdout).toBe(1);
    const report = parseJsonFile<JsonReport>(first.outputs['report-file'] ?? '');
    const breaking = report.specs[0]?.changes.filter((c) => c.type === 'breaking') ?? [];
    expect(breaking).toHaveLength(1);
    const [target] = breaking;

    // The comment: headline, a link to the resource line at the PR head, the waiver snippet.
    const comment = body();
    expect(comment.split('\n')[1]).toMatch(/^### ❌ 1 breaking change(,|$)/);
    const link = `${SERVER_URL}/${OWNER}/${REPO}/blob/${pr.headSha}/${BOOK_FILE}#L${BREAKING_LINE}`;
    expect(comment).toContain(`[\`${BOOK_FILE}:${BREAKING_LINE}\`](${link})`);
    expect(first.summary).toContain(`(${link})`);
    expect(comment).toContain(`fingerprint: "${target?.fingerprint}"`);

    // SARIF next to the JSON report, the breaking change on its resource line.
    const sarifFile = first.outputs['sarif-file'] ?? '';
    expect(path.dirname(sarifFile)).toBe(path.dirname(first.outputs['report-file'] ?? ''));
    expect(path.basename(sarifFile)).toBe('firestone-spec.sarif');
    const sarif = parseJsonFile<SarifLog>(sarifFile);
    expectValidSarif(sarif);
    const error = sarif.runs[0]?.results.find((r) => r.level === 'error');
    expect(error?.ruleId).toBe(target?.rule);
    expect(error?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: BOOK_FILE },
      region: { startLine: BREAKING_LINE },
    });

    // The author pastes the waiver into the config, with an expiry day.
    const waiver = [
      'waivers:',
      `  - fingerprint: "${target?.fingerprint}"`,
      '    reason: the only sender was upgraded in release 42',
      '    expires: 2027-03-01',
      '    owner: team-books',
      '',
    ].join('\n');
    const waived = { ...pr, headSha: pushBranch(work, 'feature', { [CONFIG]: waiver }, 'waive the published change') };

    const onTheDay = await runOn('2027-03-01', waived);
    expectHealthy(onTheDay);
    expect(onTheDay.code, onTheDay.stdout).toBe(0);
    expect(onTheDay.outputs).toMatchObject({ breaking: '0', waived: '1' });
    const okReport = parseJsonFile<JsonReport>(onTheDay.outputs['report-file'] ?? '');
    expect(okReport.summary).toMatchObject({ breaking: 0, waived: 1 });
    expect(okReport.specs[0]?.changes.find((c) => c.fingerprint === target?.fingerprint)?.waived).toEqual({
      reason: 'the only sender was upgraded in release 42',
      expires: '2027-03-01',
      owner: 'team-books',
    });
    // Comment and summary open with "No breaking changes" and list the change as waived.
    for (const text of [body().split('\n').slice(1).join('\n'), onTheDay.summary]) {
      expect(text.split('\n')[0]).toMatch(/^### ✅ No breaking changes; .*1 waived/);
      expect(text).toContain('**🔕 Waived (1)**');
      expect(text).toContain('the only sender was upgraded in release 42');
    }
    expect(fake.commentsOn(OWNER, REPO, PR)).toHaveLength(1);
    // No error annotation: the waived change is a notice.
    expect(onTheDay.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(onTheDay.annotations.some((a) => a.level === 'notice' && /Waived/.test(a.props.title ?? ''))).toBe(true);
    const okSarif = parseJsonFile<SarifLog>(onTheDay.outputs['sarif-file'] ?? '');
    expect(okSarif.runs[0]?.results.find((r) => r.ruleId === target?.rule)?.suppressions?.[0]?.kind).toBe('external');

    const dayAfter = await runOn('2027-03-02', waived);
    expectHealthy(dayAfter);
    expect(dayAfter.code, dayAfter.stdout).toBe(1);
    expect(dayAfter.outputs).toMatchObject({ breaking: '1', waived: '0' });
    expect(body().split('\n')[1]).toMatch(/^### ❌ 1 breaking change, 1 warning/);
    const expired = dayAfter.annotations.find((a) => a.level === 'warning' && a.props.file === CONFIG);
    expect(expired?.props.line).toBe('2');
    expect(expired?.message).toMatch(/expired on 2027-03-01/);
  });
});

describe('inputs', () => {
  it('annotations: false writes none; compatibility: none reports the break but passes', async () => {
    const {
      repo: { work },
      pr,
    } = breakingPullRequest(PR, { regenerate: true });
    const run = await pullRequestRunWithEnv(work, pr, {}, { annotations: 'false', compatibility: 'none' });
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice)/m);
    const report = parseJsonFile<JsonReport>(run.outputs['report-file'] ?? '');
    expect(report.specs[0]?.compatibility).toBe('none');
    expect(report.summary).toMatchObject({ breaking: 1 });
    expect(body()).toContain('Compatibility `none`: no upgrade order is promised');

    const bad = await pullRequestRunWithEnv(work, pr, {}, { compatibility: 'sideways' });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/input 'compatibility' must be one of backward, forward, full, none/);
  });
});

function pullRequestRunWithEnv(
  work: string,
  pr: { number: number; baseSha: string; headSha: string },
  env: Record<string, string>,
  inputs: Record<string, string> = {},
) {
  return pullRequestRun(fake, work, pr, inputs, env);
}
