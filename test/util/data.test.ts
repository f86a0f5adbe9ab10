/**
 * dataEqual on the shapes dereferenced documents take: trees, shared nodes (a DAG) and cycles,
 * marked (`markShared`, as normalization marks `$ref` targets) or not. Exact, and it finishes:
 * a walk that expanded every path would take 3^60 or 2^40 steps here (no timing is asserted; a
 * hang fails by the test timeout).
 */
import { describe, expect, it } from 'vitest';
import { dataEqual, isShared, markShared, memoizedEqual } from '../../src/util/data';

type Node = Record<string, unknown>;

/** `depth` levels, each node's `branches` keys all pointing at the same next node; the last holds `leaf`. */
function chain(depth: number, branches: number, leaf: unknown, mark: boolean): Node {
  let node: Node = { leaf };
  for (let i = 0; i < depth; i++) {
    const next = node;
    node = Object.fromEntries(Array.from({ length: branches }, (_, b) => [`k${b}`, next]));
    if (mark) markShared(next);
  }
  return node;
}

/** A node whose `left`, `right` and `mid` are itself (a recursive schema after dereferencing). */
function selfTree(description: string): Node {
  const tree: Node = { type: 'object', description };
  tree.properties = { left: tree, right: tree, mid: tree };
  markShared(tree);
  return tree;
}

describe('dataEqual', () => {
  it('plain data: key order aside, array order counts, NaN equals NaN', () => {
    expect(dataEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(dataEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(dataEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(dataEqual([], {})).toBe(false);
    expect(dataEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(dataEqual(null, {})).toBe(false);
  });

  it('a recursive schema equals its copy and differs from a changed one, three branches each', () => {
    expect(dataEqual(selfTree('a'), selfTree('a'))).toBe(true);
    expect(dataEqual(selfTree('a'), selfTree('b'))).toBe(false);
  });

  it('cycles of different lengths that unfold to the same data are equal (co-inductive)', () => {
    const one: Node = { v: 1 };
    one.next = one;
    const two: Node = { v: 1 };
    const twoB: Node = { v: 1, next: two };
    two.next = twoB;
    expect(dataEqual(one, two)).toBe(true);
    twoB.v = 2;
    expect(dataEqual(one, two)).toBe(false);
  });

  it('shared nodes, marked: 60 levels of three edges to the next node, equal and not', () => {
    expect(dataEqual(chain(60, 3, 'x', true), chain(60, 3, 'x', true))).toBe(true);
    expect(dataEqual(chain(60, 3, 'x', true), chain(60, 3, 'y', true))).toBe(false);
  });

  it('shared nodes nobody marked: still finishes, still exact', () => {
    expect(dataEqual(chain(40, 2, 'x', false), chain(40, 2, 'x', false))).toBe(true);
    expect(dataEqual(chain(40, 2, 'x', false), chain(40, 2, 'y', false))).toBe(false);
  });

  it('a difference in the last of many siblings under a shared node is found', () => {
    const shared = chain(30, 2, 'x', true);
    const a = { items: Array.from({ length: 50 }, () => shared), tail: 1 };
    const b = { items: Array.from({ length: 50 }, () => chain(30, 2, 'x', true)), tail: 2 };
    expect(dataEqual(a, b)).toBe(false);
    expect(dataEqual(a, { ...b, tail: 1 })).toBe(true);
  });

  it('the mark is invisible as data: no key, no JSON, equal to the same data unmarked', () => {
    const marked: Node = { a: 1 };
    markShared(marked);
    expect(isShared(marked)).toBe(true);
    expect(isShared({ a: 1 })).toBe(false);
    expect(Object.keys(marked)).toEqual(['a']);
    expect(JSON.stringify(marked)).toBe('{"a":1}');
    expect(dataEqual(marked, { a: 1 })).toBe(true);
    expect(dataEqual({ a: 1 }, marked)).toBe(true);
  });

  it('a deep tree (no sharing) compares plainly below the depth where cycles are suspected, and past it', () => {
    const deep = (n: number, leaf: number): Node => {
      let node: Node = { leaf };
      for (let i = 0; i < n; i++) node = { child: node };
      return node;
    };
    expect(dataEqual(deep(200, 1), deep(200, 1))).toBe(true);
    expect(dataEqual(deep(200, 1), deep(200, 2))).toBe(false);
  });
});

describe('memoizedEqual', () => {
  it('answers as dataEqual, call after call, whatever an earlier call found', () => {
    const same = memoizedEqual();
    const shared = selfTree('a');
    const copy = selfTree('a');
    const changed = selfTree('b');
    // A pair met inside a comparison that ends false is not remembered as equal.
    const cases: [unknown, unknown][] = [
      [
        { x: shared, y: 1 },
        { x: copy, y: 2 },
      ],
      [{ x: shared }, { x: copy }],
      [{ x: shared }, { x: changed }],
      [{ z: [shared, shared] }, { z: [copy, changed] }],
      [{ z: [shared, shared] }, { z: [copy, copy] }],
      [chain(40, 2, 'x', true), chain(40, 2, 'x', true)],
      [chain(40, 2, 'x', true), chain(40, 2, 'y', true)],
    ];
    for (const [a, b] of cases) expect(same(a, b)).toBe(dataEqual(a, b));
    expect(cases.map(([a, b]) => same(a, b))).toEqual([false, true, false, false, true, true, false]);
  });

  it('a pair it found equal stays equal without another walk of it', () => {
    const same = memoizedEqual();
    const a = selfTree('a');
    const b = selfTree('a');
    expect(same({ p: a }, { p: b })).toBe(true);
    // Changed behind its back: a remembered pair is not walked again (the data of one comparison does not change).
    b.description = 'changed';
    expect(same({ q: a }, { q: b })).toBe(true);
    expect(dataEqual({ q: a }, { q: b })).toBe(false);
  });
});
