/**
 * `--format sarif` through the built CLI: SARIF 2.1.0 as GitHub code scanning reads it, every
 * finding a result on the line that caused it, paths from the repository root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, createRepoWithOrigin } from '../helpers/git-repo';
import { expectValidSarif, type SarifLog } from '../helpers/sarif';
import { bookResource, cliTestFile, describeRun, lineOf, runCli, workspace } from './helpers';

cliTestFile();

/** `isbn` required (breaking for senders), `year` optional (non-breaking). */
const CHANGED = bookResource({
  required: ['title', 'isbn'],
  props: [
    '      title:',
    '        type: string',
    '      isbn:',
    '        type: string',
    '      year:',
    '        type: integer',
    '      author:',
    '        type: string',
  ].join('\n'),
});

describe('check --format sarif', () => {
  it('one result per finding on its resource line, relative to the repository root; rules described once', async () => {
    // The API lives in a subdirectory of the repository: SARIF paths must still start at the root.
    const repo = createRepoWithOrigin([]);
    const api = path.join(repo.work, 'api');
    fs.mkdirSync(path.join(api, 'resources'), { recursive: true });
    fs.writeFileSync(path.join(api, 'resources/book.yaml'), bookResource());
    expect((await runCli(['update'], { cwd: api })).code).toBe(0);
    commitFiles(
      repo.work,
      {
        'api/resources/book.yaml': bookResource(),
        'api/asyncapi.yaml': fs.readFileSync(path.join(api, 'asyncapi.yaml'), 'utf8'),
      },
      'books',
    );
    // Changed and not regenerated: breaking, non-breaking and drift, all findings.
    fs.writeFileSync(path.join(api, 'resources/book.yaml'), CHANGED);

    const json = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: api });
    const report = JSON.parse(json.stdout) as {
      specs: { changes: { rule: string; fingerprint: string; source: { file: string; line: number } }[] }[];
    };
    const changes = report.specs.flatMap((s) => s.changes);
    expect(changes.length).toBeGreaterThanOrEqual(2);

    const r = await runCli(['check', '--base', 'HEAD', '--format', 'sarif'], { cwd: api });
    expect(r.code, describeRun(r)).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValidSarif(log);
    const [run] = log.runs;
    const results = run?.results ?? [];
    // Every change, plus the drift of the spec.
    expect(results).toHaveLength(changes.length + 1);
    const ruleIds = run?.tool.driver.rules.map((rule) => rule.id) ?? [];
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(new Set(results.map((x) => x.ruleId))).toEqual(new Set(ruleIds));

    const isbnLine = lineOf(CHANGED, /^ {6}isbn:/);
    const breaking = results.filter((x) => x.level === 'error');
    expect(breaking.length).toBeGreaterThanOrEqual(1);
    expect(breaking[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('api/resources/book.yaml');
    for (const change of changes) {
      const result = results.find((x) => x.partialFingerprints?.['firestoneSpec/v1'] === change.fingerprint);
      expect(result?.ruleId).toBe(change.rule);
      expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(`api/${change.source.file}`);
      expect(result?.locations[0]?.physicalLocation.region.startLine).toBe(change.source.line);
    }
    expect(breaking.some((x) => x.locations[0]?.physicalLocation.region.startLine === isbnLine)).toBe(true);
    const drift = results.find((x) => x.ruleId === 'spec.drift');
    expect(drift?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('api/asyncapi.yaml');
  });
});

describe('diff --format sarif', () => {
  it('a change with no resource line sits on its element line in the spec file', async () => {
    const doc = (extra: Record<string, unknown>) =>
      [
        'asyncapi: 2.6.0',
        'info:',
        '  title: T',
        '  version: 1.0.0',
        'channels:',
        '  /a:',
        '    subscribe:',
        '      message:',
        '        payload:',
        '          type: string',
        ...Object.keys(extra).map(
          (k) => `  ${k}:\n    subscribe:\n      message:\n        payload:\n          type: string`,
        ),
        '',
      ].join('\n');
    const ws = workspace('sarif-', { 'old.yaml': doc({ '/b': 1 }), 'new.yaml': doc({}) });
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'sarif'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValidSarif(log);
    const [result] = log.runs[0]?.results ?? [];
    expect(result?.level).toBe('error');
    // A removal is located in the OLD file, at the removed channel.
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('old.yaml');
    expect(result?.locations[0]?.physicalLocation.region.startLine).toBe(11);
  });

  it('an OpenAPI diff: each rule has the title and verdicts of its OpenAPI rule id', async () => {
    const doc = (required: string, status: string) =>
      [
        'openapi: 3.0.3',
        'info: {title: T, version: 1.0.0}',
        'paths:',
        '  /orders:',
        '    post:',
        '      requestBody:',
        '        content:',
        '          application/json:',
        '            schema:',
        '              type: object',
        `              required: [${required}]`,
        '              properties:',
        '                id: {type: string}',
        '                isbn: {type: string}',
        '      responses:',
        `        '${status}': {description: ok}`,
        '',
      ].join('\n');
    const ws = workspace('sarif-oa-', { 'old.yaml': doc('id', '200'), 'new.yaml': doc('id, isbn', '201') });
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'sarif'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValidSarif(log);
    const rules = (log.runs[0]?.tool.driver.rules ?? []) as {
      id: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      help?: { text: string };
    }[];
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    expect([...byId.keys()].sort()).toEqual([
      'request.property.became-required',
      'response.success-status.added',
      'response.success-status.removed',
    ]);
    expect(byId.get('response.success-status.removed')).toMatchObject({
      shortDescription: { text: 'success status (2xx) removed' },
      help: { text: expect.stringMatching(/^success status \(2xx\) removed: breaking \(/) },
    });
    // A schema rule of a request body: both columns, in words.
    const required = byId.get('request.property.became-required');
    expect(required?.shortDescription.text).toBe('request bodies: property became required');
    expect(required?.fullDescription.text).toMatch(
      /non-breaking where clients receive the data, breaking where they send it/,
    );
    expect(required?.help?.text).toBe(required?.fullDescription.text);
  });
});
