/** Every generation case with a case.json: this project's fixtures and the real firestone sets. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadResources } from '../../src/resource/load';
import { validateResources } from '../../src/resource/schema';
import type { LoadedResource, SpecInfo } from '../../src/types';

const FIXTURES = path.resolve(__dirname, '../fixtures');

export interface GenerationCase {
  /** Folder of case.json, relative to test/fixtures. */
  name: string;
  dir: string;
  info: SpecInfo;
  /** Loaded and validated, in case.json order; workspace = the folder above the case (sets share files). */
  load: () => LoadedResource[];
  /** firestone's own output (as data), where the case has one. */
  expected: string | null;
}

function caseDirs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...caseDirs(full));
    else if (entry === 'case.json') out.push(dir);
  }
  return out;
}

const EXPECTED = [
  'expected.asyncapi.yaml',
  'expected.oracle.asyncapi.yaml',
  'expected.oracle-on-stripped.asyncapi.yaml',
];

export function generationCases(): GenerationCase[] {
  return [...caseDirs(path.join(FIXTURES, 'generate')), ...caseDirs(path.join(FIXTURES, 'firestone-real'))].map(
    (dir) => {
      const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as SpecInfo & { resources: string[] };
      const workspace = path.dirname(dir);
      const expectedFile = EXPECTED.map((f) => path.join(dir, f)).find((f) => {
        try {
          return statSync(f).isFile();
        } catch {
          return false;
        }
      });
      return {
        name: path.relative(FIXTURES, dir),
        dir,
        info: { title: c.title, description: c.description, version: c.version },
        load: () => {
          const files = c.resources.map((r) =>
            path.relative(workspace, path.resolve(dir, r)).split(path.sep).join('/'),
          );
          const resources = loadResources(workspace, files);
          validateResources(resources);
          return resources;
        },
        expected: expectedFile ? readFileSync(expectedFile, 'utf8') : null,
      };
    },
  );
}

/**
 * firestone 1bb8707 gives two channels one operationId (an invalid document); we refuse it
 * (test/generate/firestone-compat.test.ts). Every other case generates.
 */
export const REFUSED_CASES: readonly string[] = [
  'firestone-real/sets/firestone-legacy-1bb8707/migrated',
  'firestone-real/series/2023-01-15_1bb8707',
];

export const generatingCases = (): GenerationCase[] => generationCases().filter((c) => !REFUSED_CASES.includes(c.name));
