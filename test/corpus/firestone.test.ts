/**
 * A folder of firestone resource sets as a test suite: every case (a `case.json` with firestone's
 * output beside it) regenerates as the same data, or is refused with the error
 * corpus/verdicts/firestone.json names; its AsyncAPI 3 document is the same API; every file in the
 * pre-0.5 format migrates, exactly as the `migrated/` copy (or the case folder) has it where one
 * exists; every spec firestone committed (`asyncapi.committed.yaml`) reads, its glued line read as
 * meant with a notice. `npm test` runs it over the team's own sets (test/fixtures/generate); .ci/run over
 * firestone's real files with `npm run corpus -- --firestone <dir>` (FIRESTONE_FIRESTONE_DIR).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { compareSpecs } from '../../src/compare/index';
import { InputError } from '../../src/errors';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { readSpecText } from '../../src/generate/firestone-text';
import { isLegacyResource, migrateText } from '../../src/resource/legacy';
import { GENERATE_FIXTURES, generationCases } from '../generate/cases';

const dir = path.resolve(process.env.FIRESTONE_FIRESTONE_DIR ?? GENERATE_FIXTURES);
const REFUSED = (
  JSON.parse(readFileSync(path.resolve(__dirname, '../../corpus/verdicts/firestone.json'), 'utf8')) as {
    refused: Record<string, string>;
  }
).refused;
const cases = generationCases(dir).filter((c) => c.expected !== null);

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const full = path.join(folder, entry);
      return statSync(full).isDirectory() ? filesUnder(full) : /\.(ya?ml|json)$/.test(entry) ? [full] : [];
    });
}

/** Legacy files: each with the migrated copy beside it (`../migrated/` or the folder above `original/`), if any. */
function legacyFiles(): { file: string; migrated: string | null }[] {
  return filesUnder(dir).flatMap((file) => {
    let data: unknown;
    try {
      data = YAML.parse(readFileSync(file, 'utf8'));
    } catch {
      return []; // firestone's glued specs: read by their own tests
    }
    if (!isLegacyResource(data)) return [];
    const parts = path.relative(dir, file).split(path.sep);
    const at = parts.lastIndexOf('original');
    if (at === -1) return [{ file, migrated: null }];
    const base = path.join(dir, ...parts.slice(0, at));
    const rest = parts.slice(at + 1);
    const candidates = [path.join(base, 'migrated', ...rest), path.join(base, ...rest)];
    return [{ file, migrated: candidates.find((c) => existsSync(c)) ?? null }];
  });
}

const rel = (f: string) => path.relative(dir, f);

describe(`firestone sets ${path.relative(process.cwd(), dir) || dir}`, () => {
  it('has cases and refuses only cases it has', () => {
    expect(cases.length).toBeGreaterThan(0);
    const names = new Set(generationCases(dir).map((c) => c.name));
    const refusedHere = Object.keys(REFUSED).filter((n) => names.has(n));
    expect(refusedHere.every((n) => cases.some((c) => c.name === n))).toBe(true);
  });

  describe("each case regenerates as firestone's output, as data", () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
      const refused = REFUSED[name];
      if (refused !== undefined) {
        let error: unknown;
        try {
          generateAsyncApi(c.load(), c.info);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).message).toMatch(new RegExp(refused));
        return;
      }
      const spec = generateAsyncApi(c.load(), c.info);
      expect(spec.document).toEqual(YAML.parse(c.expected as string, { maxAliasCount: -1 }));
    });
  });

  describe('each case in AsyncAPI 3.0.0 is the same API: one change, the version', () => {
    it.each(cases.filter((c) => REFUSED[c.name] === undefined).map((c) => [c.name, c] as const))('%s', (_, c) => {
      const resources = c.load();
      const v2 = generateAsyncApi(resources, c.info).document;
      const v3 = generateAsyncApi(resources, c.info, { asyncapi: '3.0.0' }).document;
      expect(compareSpecs(v2, v3).map((ch) => `${ch.type} ${ch.rule} ${ch.path}`)).toEqual([
        'non-breaking asyncapi.version.changed /asyncapi',
      ]);
    });
  });

  describe('each file in the pre-0.5 format migrates', () => {
    const legacy = legacyFiles();
    it('there are some', () => {
      expect(legacy.length).toBeGreaterThan(0);
    });
    it.each(legacy.map((l) => [rel(l.file), l] as const))('%s', (_, { file, migrated }) => {
      const result = migrateText(readFileSync(file, 'utf8'), path.basename(file));
      expect(result.status).toBe('converted');
      const text = (result as { text: string }).text;
      if (migrated) expect(text).toBe(readFileSync(migrated, 'utf8'));
      const data = YAML.parse(text) as Record<string, unknown>;
      expect(isLegacyResource(data)).toBe(false);
      expect(typeof data.kind).toBe('string');
    });
  });

  describe('each spec firestone committed reads, a glued line as meant', () => {
    const committed = filesUnder(dir).filter((f) => path.basename(f) === 'asyncapi.committed.yaml');
    it('there are some', () => {
      expect(committed.length).toBeGreaterThan(0);
    });
    it.each(committed.map((f) => [rel(f), f] as const))('%s', (_, file) => {
      const text = readFileSync(file, 'utf8');
      const read = readSpecText(text, 'asyncapi.yaml');
      expect(read.document).toHaveProperty('channels');
      if (/objectchannels:/.test(text)) expect(read.notice).toMatch(/^asyncapi\.yaml:\d+: read as firestone meant it/);
      else expect(read.notice).toBeUndefined();
    });
  });
});
