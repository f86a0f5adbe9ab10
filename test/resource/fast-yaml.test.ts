/**
 * The fast reader (src/resource/fast-yaml.ts) must never disagree with `yaml`, the reference:
 * for every text it accepts, `yaml` gives the same data; everything else it leaves to `yaml`.
 * Checked on every YAML/JSON file the project has (its firestone-style resources, its AsyncAPI
 * corpus or, in the corpus legs of .ci/run, a real-world one, the demo), on damaged copies of real resources, and on random data.
 * FUZZ_RUNS=20000 runs the random parts longer.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastPlainData, NOT_FAST } from '../../src/resource/fast-yaml';
import { MAX_DEPTH, parseSource, positionOf, readSource, toPlainData } from '../../src/resource/yaml-source';
import { corpusFiles, CORPUS_DIR, listCorpus, OWN_CORPUS_DIR } from '../corpus/corpus';
import { damagedText } from '../helpers/damage';

const ROOT = path.resolve(__dirname, '../..');
const FAST_DEPTH = MAX_DEPTH - 8;

/** What the careful path reads, or 'error' when it refuses the text. */
function reference(text: string): unknown {
  try {
    return toPlainData(parseSource(text, 'f.yaml'));
  } catch {
    return 'error';
  }
}

/** Every path into the data, parents first. */
function allPaths(data: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(data)) data.forEach((v, i) => allPaths(v, [...at, i], out));
  else if (typeof data === 'object' && data !== null)
    for (const [k, v] of Object.entries(data)) allPaths(v, [...at, k], out);
  return out;
}

/**
 * The property every test checks: fast is NOT_FAST, or exactly what `yaml` reads, and every
 * position read off the text is the one `yaml`'s tree gives. Returns whether it was fast.
 */
function agrees(text: string, stride = 1): boolean {
  const fast = fastPlainData(text, FAST_DEPTH);
  if (fast === NOT_FAST) return false;
  expect(reference(text), text.slice(0, 300)).toStrictEqual(fast);
  const { src } = readSource(text, 'f.yaml');
  const tree = parseSource(text, 'f.yaml');
  for (const p of allPaths(fast).filter((_, i) => i % stride === 0)) {
    // Paths that leave the data too: a change may name what one side lacks.
    for (const q of [p, [...p, 'no such key'], [...p, 99_999]]) {
      const quick = src.quick?.(q);
      if (quick)
        expect({ file: 'f.yaml', ...quick }, `${JSON.stringify(q)} in\n${text.slice(0, 300)}`).toEqual(
          positionOf(tree, q),
        );
    }
  }
  return true;
}

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, out);
    else if (/\.(ya?ml|json)$/i.test(entry.name) && statSync(full).size < 400_000) out.push(full);
  }
  return out;
}

const resourceFiles = [
  ...filesUnder(path.join(ROOT, 'test/fixtures/generate')),
  ...filesUnder(path.join(ROOT, 'examples')),
].filter((f) => /^\s*kind\s*:/m.test(readFileSync(f, 'utf8')));

describe('the fast reader agrees with yaml', () => {
  it('on every real resource file, and reads nearly all of them itself', () => {
    let fast = 0;
    for (const file of resourceFiles) if (agrees(readFileSync(file, 'utf8'))) fast++;
    expect(resourceFiles.length).toBeGreaterThan(8);
    // Real resources use none of what sends a text to `yaml`; a regression here costs all the speed.
    expect(fast / resourceFiles.length).toBeGreaterThan(0.9);
  });

  it('places nearly every node of a real resource without a syntax tree, and what a node lacks at the node', () => {
    let quick = 0;
    let all = 0;
    for (const file of resourceFiles) {
      const { src, data } = readSource(readFileSync(file, 'utf8'), 'f.yaml');
      if (!src.quick) continue;
      for (const p of allPaths(data).slice(1)) {
        all += 2;
        if (src.quick(p)) quick++;
        if (src.quick([...p, 'no such key'])) quick++;
      }
    }
    expect(quick / all).toBeGreaterThan(0.8);
  });

  it(`on the documents of the corpus ${path.basename(CORPUS_DIR)} (every fifth file of a real-world one)`, () => {
    // `npm test`: the team's own corpus, every file; the corpus legs of .ci/run: each real-world corpus.
    const all = corpusFiles(listCorpus(CORPUS_DIR));
    const files = CORPUS_DIR === OWN_CORPUS_DIR ? all : all.filter((_, i) => i % 5 === 0);
    expect(files.length).toBeGreaterThan(0);
    // Positions of every 11th node: the documents are big, and the walk per path is linear.
    for (const file of files) agrees(readFileSync(file, 'utf8'), 11);
  });

  it('on damaged copies of real resources: it never accepts what yaml refuses or reads differently', () => {
    const texts = resourceFiles.slice(0, 40).map((f) => readFileSync(f, 'utf8'));
    fc.assert(
      fc.property(damagedText(texts), (text) => {
        agrees(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('on random data written by yaml in block and flow styles, and as JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const text of [
          stringify(value),
          stringify(value, { collectionStyle: 'flow' }),
          stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
          stringify(value, { defaultStringType: 'BLOCK_LITERAL' }),
          JSON.stringify(value, null, 2),
        ])
          agrees(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('what the fast reader reads itself', () => {
  it('resolves plain scalars as YAML 1.2 core does (yaml decides), and quoted ones as strings', () => {
    const spellings = [
      '1',
      '-0',
      '+12',
      '012',
      '0o17',
      '0o18',
      '0x1F',
      '0x',
      '0b101',
      '1_000',
      '1.5',
      '1.',
      '.5',
      '-.5',
      '+.5',
      '1e3',
      '1E-3',
      '1.5e+3',
      '.inf',
      '-.Inf',
      '+.INF',
      '.nan',
      '.NaN',
      '.NAN',
      'nan',
      'inf',
      'true',
      'True',
      'TRUE',
      'tRue',
      'false',
      'yes',
      'no',
      'on',
      'off',
      'y',
      'null',
      'Null',
      'NULL',
      'nUll',
      '~',
      '',
      '2001-12-14',
      '2001-12-14t21:59:43.10-05:00',
      '12:30:00',
      '1:20',
      '0.1.2',
      'v1',
      '"1"',
      "'true'",
      '"~"',
      '9007199254740993',
      '123456789012345678901234567890',
      '1e400',
    ];
    for (const s of spellings) {
      const text = `value: ${s}\nlist: [${s === '' ? '' : s}]\n`;
      expect(agrees(text), `fast path taken for ${JSON.stringify(s)}`).toBe(true);
    }
    expect(fastPlainData('a: 0o17\nb: 0x1F\nc: 1_000\nd: .5\ne: True\nf: ~\ng: "1"\n', FAST_DEPTH)).toStrictEqual({
      a: 15,
      b: 31,
      c: '1_000',
      d: 0.5,
      e: true,
      f: null,
      g: '1',
    });
  });

  it('types a plain scalar whatever character it starts with, as yaml does (only a few can start a non-string)', () => {
    const tails = [
      '',
      '0',
      '1',
      '5',
      '.5',
      'e5',
      'x1F',
      'o17',
      'ull',
      'ULL',
      'rue',
      'RUE',
      'alse',
      'ALSE',
      'inf',
      'nan',
    ];
    let typed = 0;
    for (let code = 0x21; code < 0x7f; code++) {
      for (const tail of tails) {
        const text = `value: ${String.fromCharCode(code)}${tail}\n`;
        if (agrees(text) && typeof (fastPlainData(text, FAST_DEPTH) as { value: unknown }).value !== 'string') typed++;
      }
    }
    // Numbers, booleans and nulls did come out typed: the loop exercised the typed paths too.
    expect(typed).toBeGreaterThan(30);
  });

  it('leaves to yaml what it cannot vouch for', () => {
    const leftToYaml = {
      anchors: 'a: &x 1\nb: *x\n',
      'merge keys': 'a: {x: 1}\nb:\n  <<: {x: 2}\n',
      tags: 'a: !!str 1\n',
      'custom tags': 'a: !thing 1\n',
      directives: '%YAML 1.2\n---\na: 1\n',
      'explicit keys': '? a\n: 1\n',
      'collection keys': '[a]: 1\n',
      'flow mapping keys': '{a: 1}: 2\n',
      'number keys yaml keeps as written': '1.0: a\n',
      'hex keys': '0x10: a\n',
      'boolean keys': 'True: a\n',
      'null keys': '~: a\n',
      'prototype keys': '__proto__: {polluted: true}\n',
      'two documents': 'a: 1\n---\nb: 2\n',
      'an empty document': '# nothing\n',
      'a bare scalar': 'just text\n',
      'a bare block of empty lines': '|\n\n',
      'duplicate keys': 'a: 1\na: 2\n',
      // js-yaml accepts continuation lines `yaml` refuses as under-indented: every such node goes to `yaml`.
      'a flow sequence over two lines': 'a: [x,\ny]\n',
      'a quoted scalar over two lines': 'a:\n  b: "x\n  y"\n',
      'a single-quoted scalar over two lines': "a:\n  b: 'x\n    y'\n",
      'a comment glued to a flow mapping': 'a: {b: 1}#c\n',
      'a comment glued to a quoted scalar': 'a: "b"#c\n',
      'syntax errors': 'a: [1\n',
      'deep nesting': 'a: ' + '['.repeat(200) + ']'.repeat(200) + '\n',
    };
    for (const [what, text] of Object.entries(leftToYaml)) expect(fastPlainData(text, FAST_DEPTH), what).toBe(NOT_FAST);
  });

  it('stops deep nesting before js-yaml recurses into it', () => {
    expect(fastPlainData('a: ' + '['.repeat(100_000), FAST_DEPTH)).toBe(NOT_FAST);
  });
});

describe('readSource', () => {
  it('gives the same data and positions whichever way the text was read', () => {
    const fast = 'top:\n  list:\n    - a\n    - {b: 1}\n';
    const careful = `${fast}anchored: &x 1\n`;
    for (const text of [fast, careful]) {
      const { src, data } = readSource(text, 'f.yaml');
      expect(data).toStrictEqual(reference(text));
      expect(src.lines.linePos(src.text.indexOf('{b'))).toEqual({ line: 4, col: 7 });
      expect(src.doc.getIn(['top', 'list', 1, 'b'])).toBe(1);
    }
  });

  it('places the first line of a file that starts with a byte order mark where the tree does', () => {
    const text = '\ufeffkind: a\nschema:\n  type: object\n';
    expect(agrees(text)).toBe(true);
    const { src } = readSource(text, 'f.yaml');
    expect(src.quick).toBeUndefined();
    expect(positionOf(parseSource(text, 'f.yaml'), ['kind'])).toEqual({ file: 'f.yaml', line: 1, col: 2 });
  });

  it('refuses with the careful reader’s own error, file and line', () => {
    expect(() => readSource('a: 1\n  b: [\n', 'bad.yaml')).toThrow(/^bad\.yaml:1:4: invalid YAML/);
  });
});
