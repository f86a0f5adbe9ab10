import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { excessiveNestingOffset, findInSource, parseSource, positionAt } from '../../src/resource/yaml-source';
import { inputError } from './workspace';

/** Collections on the deepest path of a JSON value: `1` → 0, `{a: [1]}` → 2. */
function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depth));
}

/** The smallest limit the estimator accepts the text under. */
function estimate(text: string): number {
  let limit = 0;
  while (excessiveNestingOffset(text, limit) !== null) limit++;
  return limit;
}

describe('nesting estimate', () => {
  it('is never below the real depth nor more than two above it, for YAML and JSON renderings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), (value) => {
        const d = depth(value);
        for (const text of [stringify(value), JSON.stringify(value), JSON.stringify(value, null, 2)]) {
          const e = estimate(text);
          expect(e).toBeGreaterThanOrEqual(d);
          expect(e).toBeLessThanOrEqual(d + 2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ignores brackets in quoted strings, block scalars and comments', () => {
    const text = `a: "[[[[{{{{"\nb: '[[[['\nc: |\n  [[[[[[[[[[\n# [[[[[[[[[[[[\nd: [1]\n`;
    expect(estimate(text)).toBe(2);
  });

  it('points at the place where the limit is crossed', () => {
    const text = 'a:\n  b: [[[[1]]]]\n';
    const offset = excessiveNestingOffset(text, 3);
    expect(offset).toBe(text.indexOf('[[') + 1);
    expect(inputError(() => parseSource('x: ' + '['.repeat(500), 'f.yaml')).problems[0]).toMatchObject({
      file: 'f.yaml',
      line: 1,
      col: 4 + 128 - 1,
    });
  });
});

describe('finding nodes', () => {
  const src = parseSource('top:\n  list:\n    - a\n    - {b: 1}\n  "quoted key": 2\n  1.10: three\n', 'f.yaml');
  const at = (...path: (string | number)[]) => {
    const found = findInSource(src, path);
    return { ...positionAt(src, found.offset), matched: found.matched };
  };

  it('maps keys and indexes to their line and column', () => {
    expect(at('top', 'list', 1, 'b')).toEqual({ file: 'f.yaml', line: 4, col: 8, matched: 4 });
    expect(at('top', 'list', '0')).toEqual({ file: 'f.yaml', line: 3, col: 7, matched: 3 });
    expect(at('top', 'quoted key')).toEqual({ file: 'f.yaml', line: 5, col: 3, matched: 2 });
    expect(at('top', '1.10')).toEqual({ file: 'f.yaml', line: 6, col: 3, matched: 2 });
  });

  it('stops at the nearest existing ancestor', () => {
    expect(at('top', 'list', 5)).toEqual({ file: 'f.yaml', line: 2, col: 3, matched: 2 });
    expect(at('top', 'list', 'x')).toEqual({ file: 'f.yaml', line: 2, col: 3, matched: 2 });
    expect(at('top', 'quoted key', 'deeper')).toEqual({ file: 'f.yaml', line: 5, col: 3, matched: 2 });
  });
});
