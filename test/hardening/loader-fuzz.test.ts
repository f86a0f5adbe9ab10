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
import { tempDir } from '../helpers/temp';

const fixtures = path.resolve(__dirname, '../fixtures/generate');
const sources = ['library/shelves.yaml', 'library/loans.yaml', 'chat/rooms.yaml', 'book/book.yaml'].map((f) =>
  readFileSync(path.join(fixtures, f), 'utf8'),
);
const workspace = tempDir('fuzz-loader-');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Fragments that exercise the parser's and resolver's defenses. */
const splices = [
  '&a [*a, *a]',
  '*undefined_alias',
  '$ref: "http://example.com/x.yaml"',
  '$ref: "../../../etc/passwd"',
  '$ref: "#/schema"',
  '$ref: "loans.yaml#/nowhere"',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {polluted: true}}',
  '{{{{[[[[',
  '"unterminated',
  '\t- tab',
  '? complex key',
  '!!binary aGVsbG8=',
  '<<: *base',
  '- ' + '['.repeat(300),
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(80) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.constantFrom(...splices) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
);

type Mutation = { kind: 'cut' | 'splice' | 'bytes'; at: number; length?: number; text?: string };

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'cut') return text.slice(0, at) + text.slice(at + (m.length ?? 0));
  // Splices go at a line start half the time, so they land as YAML keys, not inside scalars.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const where = m.kind === 'splice' && at % 2 === 0 ? lineStart : at;
  return text.slice(0, where) + (m.text ?? '') + (m.kind === 'splice' ? '\n' : '') + text.slice(where);
}

describe('loader and generator on damaged resource files', () => {
  it('either generate or fail with an InputError', () => {
    let round = 0;
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, ms) => {
        const dir = path.join(workspace, String(round++));
        const text = ms.reduce((t, m) => mutate(t, m), sources[which] ?? '');
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
      { numRuns: 300, seed: 20261125 },
    );
    // Nothing escaped the workspace: only the files this test wrote are there.
    expect(readdirSync(workspace).every((f) => f.endsWith('.yaml'))).toBe(true);
  });
});
