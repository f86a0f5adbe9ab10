/**
 * Hostile repositories: random damage to real resource files (bytes flipped, lines cut, YAML
 * syntax spliced in) must end in a result or an InputError — never another exception, a hang, or
 * a write outside the temp dir.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { loadResources } from '../../src/resource/load';
import { validateResources } from '../../src/resource/schema';
import { damagedResource, LOADER_FUZZ } from '../helpers/damage';
import { tempDir } from '../helpers/temp';

const fixtures = path.resolve(__dirname, '../fixtures/generate');
const sources = ['library/shelves.yaml', 'library/loans.yaml', 'chat/rooms.yaml', 'book/book.yaml'].map((f) =>
  readFileSync(path.join(fixtures, f), 'utf8'),
);
const workspace = tempDir('fuzz-loader-');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('loader and generator on damaged resource files', () => {
  it('either generate or fail with an InputError', () => {
    let round = 0;
    fc.assert(
      fc.property(damagedResource(sources), (text) => {
        const dir = path.join(workspace, String(round++));
        writeFileSync(path.join(workspace, 'loans.yaml'), sources[1] ?? '');
        writeFileSync(`${dir}.yaml`, text);
        try {
          const resources = loadResources(workspace, [`${path.basename(dir)}.yaml`]);
          validateResources(resources);
          const spec = generateAsyncApi(resources, { title: 'T', description: '', version: '1' });
          expect(spec.document.asyncapi).toBe('2.5.0');
        } catch (e) {
          if (!isInputError(e)) throw e;
          expect(e.problems.length).toBeGreaterThan(0);
          expect(e.problems.every((p) => typeof p.message === 'string' && p.message.length > 0)).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      LOADER_FUZZ,
    );
    // Nothing escaped the workspace: only the files this test wrote are there.
    expect(readdirSync(workspace).every((f) => f.endsWith('.yaml'))).toBe(true);
  });
});
