/**
 * The structure GitHub code scanning requires of an uploaded SARIF 2.1.0 file
 * (docs.github.com, "SARIF support for code scanning"): no npm package ships the OASIS schema,
 * so these are the required properties, checked one by one.
 */
import { expect } from 'vitest';

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints?: Record<string, string>;
  suppressions?: { kind: string; justification?: string }[];
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: SarifResult[];
  }[];
}

const LEVELS = ['none', 'note', 'warning', 'error'];

export function expectValidSarif(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif.*2\.1\.0.*\.json$/);
  expect(Array.isArray(log.runs)).toBe(true);
  expect(log.runs.length).toBeGreaterThanOrEqual(1);
  for (const run of log.runs) {
    expect(typeof run.tool.driver.name).toBe('string');
    expect(run.tool.driver.name.length).toBeGreaterThan(0);
    expect(Array.isArray(run.tool.driver.rules)).toBe(true);
    for (const rule of run.tool.driver.rules) {
      expect(typeof rule.id).toBe('string');
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    }
    const ids = run.tool.driver.rules.map((r) => r.id);
    for (const result of run.results) {
      expect(ids).toContain(result.ruleId);
      if (result.ruleIndex !== undefined) expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(LEVELS).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations.length).toBeGreaterThanOrEqual(1);
      for (const location of result.locations) {
        const { artifactLocation, region } = location.physicalLocation;
        // Relative to the repository root: no scheme, no leading slash, no `..`.
        expect(artifactLocation.uri).not.toMatch(/^[a-z]+:|^\/|(^|\/)\.\.(\/|$)/i);
        expect(Number.isInteger(region.startLine) && region.startLine >= 1).toBe(true);
      }
    }
  }
}
