/**
 * The block reader (src/util/block-yaml.ts) reads specs in place of js-yaml: for every text it
 * accepts, js-yaml must read the same data; what it cannot vouch for it leaves to js-yaml. Its
 * resource mode is held to `yaml` by test/resource/fast-yaml.test.ts. FUZZ_RUNS=20000 runs the
 * random parts longer.
 */
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { parseSpecText, resolveSpecScalar, serializeSpec, specSchema } from '../../src/generate/serialize';
import { isRecord } from '../../src/util/data';
import { NOT_BLOCK, readBlockYaml, readsAsBlockYaml, type BlockLimits } from '../../src/util/block-yaml';
import { corpusFiles, CORPUS_DIR, listCorpus } from '../corpus/corpus';
import { syntheticResources } from '../generate/synthetic';
import { damagedText } from '../helpers/damage';

const LIMITS: BlockLimits = { maxNodes: 2_000_000, maxDepth: 256 };
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const block = (text: string, limits: BlockLimits = LIMITS): unknown => readBlockYaml(text, resolveSpecScalar, limits);

/** js-yaml's reading of a text, or 'error'. */
function reference(text: string): unknown {
  try {
    return jsyaml.load(text, { schema: specSchema() });
  } catch {
    return 'error';
  }
}

const readsAs = (text: string, expected: Record<string, unknown>, limits: BlockLimits = LIMITS): boolean =>
  readsAsBlockYaml(text, expected, resolveSpecScalar, limits);

/**
 * The property: NOT_BLOCK, or exactly js-yaml's data (prototypes, -0 and NaN included). Returns
 * whether it read the text. A text it reads is also read as that data without building it
 * (readsAsBlockYaml), and not as js-yaml's data with one more key.
 */
function agrees(text: string): boolean {
  const data = block(text);
  if (data === NOT_BLOCK) {
    const general = reference(text);
    if (isRecord(general) && readsAs(text, general)) expect.fail(`read as data, yet NOT_BLOCK:\n${text.slice(0, 400)}`);
    return false;
  }
  const expected = reference(text);
  if (!isDeepStrictEqual(data, expected))
    expect.fail(`block reader and js-yaml differ on:\n${text.slice(0, 400)}\n${JSON.stringify([data, expected])}`);
  const record = expected as Record<string, unknown>;
  if (!readsAs(text, record)) expect.fail(`not read as its own data:\n${text.slice(0, 400)}`);
  if (readsAs(text, { ...record, 'one more': null })) expect.fail(`read as other data:\n${text.slice(0, 400)}`);
  return true;
}

const dump = (value: unknown): string => serializeSpec(value as Record<string, unknown>, 'yaml');

/** Strings that YAML reads as something else unless quoted, and characters that need escapes or care. */
const TRICKY = [
  '',
  ' ',
  '  lead',
  'trail ',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#a',
  '- a',
  '-a',
  '-',
  '? a',
  ':a',
  '|',
  '>',
  "'",
  '"',
  "it's",
  'say "hi"',
  '\\',
  '\n',
  'a\n',
  'a\n\n',
  '\na',
  'a\nb',
  ' a\nb',
  'a\n b\n',
  'a\n\n\n',
  '\t',
  'a\tb',
  '\r',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  '\ufeff',
  'é',
  '😀',
  '\ud800',
  'true',
  'True',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  '~',
  '1',
  '-1',
  '01',
  '0o17',
  '0x1F',
  '0b1',
  '1_000',
  '1.0',
  '.5',
  '1e3',
  '.inf',
  '-.inf',
  '.nan',
  '<<',
  '---',
  '...',
  '%YAML',
  '&a',
  '*a',
  '!a',
  '!!str',
  '@a',
  '`a',
  '{}',
  '[]',
  '{a}',
  '[a]',
  ',',
  'a, b',
  'x: |',
  '2001-12-14',
  '__proto__',
  'constructor',
  'toString',
];
const trickyString = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 4 }).map((parts) => parts.join('')),
);
const trickyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    trickyString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const trickyDocument = fc.dictionary(trickyString, trickyValue, { minKeys: 1, maxKeys: 6 });

describe('the block reader reads what the tool writes', () => {
  it('a generated spec of 200 resources, as js-yaml does', () => {
    const doc = generateAsyncApi(syntheticResources(200), { title: 'T', description: 'D', version: '1' }).document;
    const text = dump(doc);
    expect(agrees(text)).toBe(true);
    expect(block(text)).toStrictEqual(doc);
  });

  it(`every document of the corpus ${path.basename(CORPUS_DIR)}, once written by the tool`, () => {
    // `npm test`: the team's own corpus; the corpus legs of .ci/run: each real-world corpus.
    const files = corpusFiles(listCorpus(CORPUS_DIR));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = parseSpecText(readFileSync(file, 'utf8'), file);
      const text = dump(doc);
      expect(agrees(text), file).toBe(true);
    }
  });

  it('random data full of strings that need quoting, escapes or block scalars', () => {
    fc.assert(
      fc.property(trickyDocument, (doc) => {
        const text = dump(doc);
        const expected = reference(text);
        // What js-yaml cannot read back is not the tool's output (a lone surrogate, say): no claim there.
        if (expected === 'error') return;
        expect(agrees(text), text).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('the block reader never reads a text otherwise than js-yaml', () => {
  it('on damaged copies of written specs', () => {
    const base = [
      dump(generateAsyncApi(syntheticResources(2), { title: 'T', description: 'D', version: '1' }).document),
      dump({ a: { b: [1, { c: 'x\ny\n', d: ' lead\n' }, [2, [3]]], e: {}, f: [] }, "g'": 'a: b', h: 'é\u0001' }),
    ];
    fc.assert(
      fc.property(damagedText(base), (text) => {
        agrees(text);
      }),
      { numRuns: FUZZ_RUNS * 3 },
    );
  });

  it('on short random texts made of YAML syntax', () => {
    const token = fc.constantFrom(
      'a',
      'b',
      '1',
      '-1',
      'x y',
      ':',
      ': ',
      '- ',
      '-',
      '#',
      ' #c',
      "'",
      "''",
      '"',
      '\\n',
      '|',
      '|-',
      '|+',
      '|2',
      '{}',
      '[]',
      '{',
      '[',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '\n    ',
      'null',
      '~',
      'true',
      '0o7',
      '.inf',
      '<<',
      '?',
      '&a',
      '*a',
      '!t',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
        agrees(tokens.join(''));
      }),
      { numRuns: FUZZ_RUNS * 3 },
    );
  });
});

describe('what the block reader reads itself', () => {
  it.each([
    ['a: 1\nb:\n  c: x\n', { a: 1, b: { c: 'x' } }],
    ['a:\n  - 1\n  - - 2\n    - 3\n  - b: 4\n    c: 5\n', { a: [1, [2, 3], { b: 4, c: 5 }] }],
    ['a:\n- 1\n- 2\nb: 3\n', { a: [1, 2], b: 3 }],
    ['a:\nb: ~\nc: null\n', { a: null, b: null, c: null }],
    ["a: 'x: y'\n'b c': \"d\\te\"\n", { a: 'x: y', 'b c': 'd\te' }],
    ['# head\na: 1\n\n  # indented comment\nb: 2\n', { a: 1, b: 2 }],
    ['a: |\n  x\n  y\nb: |-\n  z\nc: |+\n  w\n\n', { a: 'x\ny\n', b: 'z', c: 'w\n\n' }],
    ['a: |2\n   lead\n  x\n', { a: ' lead\nx\n' }],
    ['a: {}\nb: []\n', { a: {}, b: [] }],
    ['1: a\ntrue: b\nnull: c\n', { '1': 'a', true: 'b', null: 'c' }],
    ['__proto__: 1\nconstructor: 2\n', JSON.parse('{"__proto__": 1, "constructor": 2}')],
    ['a: 0x1F\nb: 1e3\nc: .inf\nd: -0.0\ne: .nan\nf: True\n', { a: 31, b: 1000, c: Infinity, d: -0, e: NaN, f: true }],
    [
      'a: -x\nb: x-\nc: a:b\nd: x#y\ne: "\\u00e9\\U0001F600\\x41"\n',
      { a: '-x', b: 'x-', c: 'a:b', d: 'x#y', e: 'é😀A' },
    ],
  ])('%j', (text, expected) => {
    expect(block(text)).toStrictEqual(expected);
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['merge keys', 'a: {}\n<<: {}\n'],
    ['merge keys in block style', 'b:\n  c: 1\n<<:\n  d: 2\n'],
    ['flow collections', 'a: [1, 2]\n'],
    ['folded scalars', 'a: >\n  x\n'],
    ['multi-line plain scalars', 'a: x\n  y\n'],
    ['multi-line quoted scalars', "a: 'x\n  y'\n"],
    ['trailing comments', 'a: 1 # one\n'],
    ['tabs', 'a:\t1\n'],
    ['CR line ends', 'a: 1\r\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['document markers', '---\na: 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['explicit keys', '? a\n: 1\n'],
    ['keys a type rewrites', '1.0: a\n'],
    ['a root sequence', '- a\n'],
    ['a root scalar', 'a\n'],
    ['an empty text', ''],
    ['a block scalar on the last line without a line break', 'a: |\n  x'],
    ['unknown escapes', 'a: "\\q"\n'],
    ['a lone surrogate', 'a: \ud800\n'],
    ['a line more indented than its mapping', 'a: 1\n  b: 2\n'],
  ])('leaves %s to js-yaml', (_, text) => {
    expect(block(text)).toBe(NOT_BLOCK);
  });

  it('leaves texts over its limits to js-yaml, which reports them', () => {
    const deep = (n: number): string =>
      Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}k:\n`).join('') + `${' '.repeat(2 * n)}v: 1\n`;
    expect(block(deep(10), { maxNodes: 100, maxDepth: 10 })).not.toBe(NOT_BLOCK);
    expect(block(deep(11), { maxNodes: 100, maxDepth: 10 })).toBe(NOT_BLOCK);
    const wide = Array.from({ length: 20 }, (_, i) => `k${i}: {}\n`).join('');
    expect(block(wide, { maxNodes: 21, maxDepth: 10 })).not.toBe(NOT_BLOCK);
    expect(block(wide, { maxNodes: 20, maxDepth: 10 })).toBe(NOT_BLOCK);
  });

  it('reads a text as given data only within the same limits, keys in the same order, equal as dataEqual says', () => {
    const deep = (n: number): string =>
      Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}k:\n`).join('') + `${' '.repeat(2 * n)}v: 1\n`;
    const deepData = (n: number): Record<string, unknown> => (n === 0 ? { v: 1 } : { k: deepData(n - 1) });
    expect(readsAs(deep(10), deepData(10), { maxNodes: 100, maxDepth: 10 })).toBe(true);
    expect(readsAs(deep(11), deepData(11), { maxNodes: 100, maxDepth: 10 })).toBe(false);
    const text = 'a: 1\nb:\n  - x\n  - {}\n  - c: .nan\n    d: -0.0\n__proto__: |\n  t\n';
    const data = JSON.parse('{"a":1,"b":["x",{},{"c":null,"d":0}],"__proto__":"t\\n"}') as Record<string, unknown>;
    ((data.b as unknown[])[2] as Record<string, unknown>).c = NaN;
    expect(readsAs(text, data)).toBe(true);
    const { a, ...rest } = data;
    expect(readsAs(text, { ...rest, a })).toBe(false);
    expect(readsAs(text, { ...data, b: ['x', {}] })).toBe(false);
    expect(readsAs(text, { ...data, b: ['x', {}, { c: NaN, d: 0 }, null] })).toBe(false);
    expect(readsAs(text, { ...data, b: ['x', [], { c: NaN, d: 0 }] })).toBe(false);
    expect(readsAs(text, { ...data, a: '1' })).toBe(false);
    expect(readsAs('a: 1\na: 1\n', { a: 1 })).toBe(false);
    // Keys as key() reads them: quoted, resolved by the core rules, cut at the first `: `.
    expect(readsAs("'1.0': x\nnull: y\n'~': z\n", { '1.0': 'x', null: 'y', '~': 'z' })).toBe(true);
    expect(readsAs('1.0: x\n', { '1.0': 'x' })).toBe(false);
    expect(readsAs('~: x\n', { '~': 'x' })).toBe(false);
    expect(readsAs('a: b: c\n', { 'a: b': 'c' })).toBe(false);
    expect(readsAs('a #b: c\n', { 'a #b': 'c' })).toBe(false);
    expect(readsAs('<<: {}\n', { '<<': {} })).toBe(false);
    expect(readsAs('a: 1\n', { a: 1, b: undefined })).toBe(false);
  });

  it("reads plain scalars by YAML 1.2 core rules, as `yaml` does, on the block path and on js-yaml's", () => {
    const scalars = [
      '14_030',
      '1_000.5',
      '0b101',
      '0o17',
      '0x1F',
      '017',
      '+12',
      '.5',
      '1e3',
      '.inf',
      'True',
      '~',
      'yes',
      'on',
      '2024-01-01',
      '1:20',
    ];
    const block = scalars.map((s, i) => `k${i}: ${s}`).join('\n') + '\n';
    // A flow mapping is not block YAML: js-yaml reads it.
    const flow = `{${scalars.map((s, i) => `k${i}: ${s}`).join(', ')}}\n`;
    const expected = parse(block) as Record<string, unknown>;
    expect(expected).toMatchObject({
      k0: '14_030',
      k1: '1_000.5',
      k2: '0b101',
      k3: 15,
      k5: 17,
      k9: Infinity,
      k12: 'yes',
    });
    expect(parseSpecText(block, 'spec.yaml')).toEqual(expected);
    expect(parseSpecText(flow, 'spec.yaml')).toEqual(expected);
  });

  it('types a plain scalar as js-yaml does, whatever it starts with', () => {
    const spellings = [
      '~',
      '<<',
      '1',
      '-0',
      '+12',
      '012',
      '0o17',
      '0x1F',
      '0b101',
      '1_000',
      '1.5',
      '.5',
      '1e3',
      '.inf',
      '-.Inf',
      '.NaN',
    ];
    const words = [
      'null',
      'Null',
      'NULL',
      'nULL',
      'true',
      'True',
      'TRUE',
      'tRUE',
      'false',
      'False',
      'FALSE',
      'fALSE',
      'nul',
      'falsey',
    ];
    const firsts = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i));
    let read = 0;
    for (const text of [
      ...spellings,
      ...words,
      ...firsts,
      ...firsts.map((c) => `${c}1`),
      ...firsts.map((c) => `${c}x`),
    ])
      if (agrees(`a: ${text}\nb:\n  - ${text}\n`)) read++;
    expect(read).toBeGreaterThan(150);
  });
});

describe('reading a text as given data, keys like `0`', () => {
  it('takes their place in the mapping it would build (listed first by an object), and no other order', () => {
    const text = 'q:\n  description: Search\n  0: string\n  b: 1\n';
    const data = block(text) as Record<string, unknown>;
    expect(Object.keys(data.q as Record<string, unknown>)).toEqual(['0', 'description', 'b']);
    expect(readsAs(text, data)).toBe(true);
    expect(readsAs(text, { q: { description: 'Search', b: 1, 0: 'string' } })).toBe(true);
    expect(readsAs(text, { q: { b: 1, description: 'Search', 0: 'string' } })).toBe(false);
    expect(readsAs('q:\n  0: a\n  0: a\n', { q: { 0: 'a' } })).toBe(false);
    expect(readsAs(text, { q: { description: 'Search', 0: 'string' } })).toBe(false);
  });
});
