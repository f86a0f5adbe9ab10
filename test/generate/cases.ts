/**
 * Every generation case with a case.json under a folder: this project's fixtures
 * (test/fixtures/generate) in `npm test`, firestone's real sets in the corpus leg of .ci/run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadResources } from '../../src/resource/load';
import { validateResources } from '../../src/resource/schema';
import type { LoadedResource, SpecInfo } from '../../src/types';

export const GENERATE_FIXTURES = path.resolve(__dirname, '../fixtures/generate');

export interface GenerationCase {
  /** Folder of case.json, relative to the folder searched. */
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

export function generationCases(root = GENERATE_FIXTURES): GenerationCase[] {
  return caseDirs(root).map((dir) => {
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
      name: path.relative(root, dir).split(path.sep).join('/'),
      dir,
      info: { title: c.title, description: c.description, version: c.version },
      load: () => {
        const files = c.resources.map((r) => path.relative(workspace, path.resolve(dir, r)).split(path.sep).join('/'));
        const resources = loadResources(workspace, files);
        validateResources(resources);
        return resources;
      },
      expected: expectedFile ? readFileSync(expectedFile, 'utf8') : null,
    };
  });
}
