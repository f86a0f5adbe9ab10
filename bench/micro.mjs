/**
 * `npm run bench` (third part): the figures the tests used to assert as wall-clock limits (tests
 * assert the property, never the time: machines are shared and noisy). Each hostile input is timed
 * beside a baseline measured in the same run on the same code path, and reported as a median and a
 * ratio to that baseline. Nothing is asserted: read the table.
 *
 * In-process rows run the sources (src/), bundled once with esbuild into a temp file; the CLI rows
 * run the BUILT CLI (dist/cli.js, `npm run build` first) as a child process, as a user does.
 * Environment: BENCH_MICRO_RUNS (default 7), BENCH_MICRO_CLI_RUNS (default 3), BENCH_KEEP=1 keeps
 * the temp directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RUNS = Number.parseInt(process.env.BENCH_MICRO_RUNS ?? '7', 10);
const CLI_RUNS = Number.parseInt(process.env.BENCH_MICRO_CLI_RUNS ?? '3', 10);

const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bench-micro-')));

/** Writes `files` (relative path → text) under a new directory of `dir`; returns it. */
function workspace(name, files) {
  const root = path.join(dir, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median ms of `runs` calls of `fn` (after one warm-up); `fn` may throw (a refusal is the expected result). */
async function time(fn, runs = RUNS) {
  const once = async () => {
    const t = performance.now();
    try {
      await fn();
    } catch {
      // Hostile input is refused: that is the path being timed.
    }
    return performance.now() - t;
  };
  await once();
  const xs = [];
  for (let i = 0; i < runs; i++) xs.push(await once());
  return median(xs);
}

/** The built CLI in `cwd`; throws on a crash (exit code other than 0, 1, 2). */
function cli(cwd, args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  if (r.status === null || r.status > 2) throw new Error(`firestone-spec ${args.join(' ')}: ${r.status}\n${r.stderr}`);
}

// -- inputs (the same texts the tests use) --------------------------------------------------

const RESOURCE = 'kind: thing\nschema:\n  type: array\n  key: {name: id}\n  items: {type: object}\n';
const BOOK = [
  'kind: book',
  'schema:',
  '  type: array',
  '  key:',
  '    name: book_id',
  '  items:',
  '    type: object',
  '    required: [title]',
  '    properties:',
  '      title:',
  '        type: string',
  '      author:',
  '        type: string',
  'asyncapi:',
  '  channels:',
  '    resources: true',
  '    instances: true',
  '',
].join('\n');

/** "lol" × 9^9 once expanded: test/resource/load-rejects.test.ts. */
function laughsResource() {
  let text = 'kind: r\nschema: {}\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let previous = 'a';
  for (const name of 'bcdefghi') {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
    previous = name;
  }
  return text;
}

/** The same bomb inside a valid-looking resource: test/cli/bad-input.test.ts. */
function laughsBook() {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (const [i, n] of [...'bcdefghi'].entries())
    lines.push(`${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
  return [
    ...lines,
    BOOK.replace('      author:\n        type: string', '      laughs:\n        type: array\n        default: *i'),
  ].join('\n');
}

const DEEP = {
  flow: 'kind: r\nschema: ' + '['.repeat(200_000) + ']'.repeat(200_000) + '\n',
  'flow maps': 'kind: r\nschema: ' + '{a: '.repeat(50_000) + '1' + '}'.repeat(50_000) + '\n',
  block: 'kind: r\nschema:\n' + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + ' 1\n',
  'compact sequences': 'kind: r\nschema:\n' + '- '.repeat(5000) + 'x\n',
};

/** A spec whose aliases expand to 10^10 values: test/generate/serialize.test.ts. */
function laughsSpec() {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** A spec of `n` channels, plain (the baseline for parseSpecText). */
function plainSpec(n) {
  const channels = Array.from(
    { length: n },
    (_, i) =>
      `  /c${i}:\n    subscribe:\n      message:\n        payload:\n          type: object\n          properties:\n            a: {type: string}`,
  );
  return ['asyncapi: 2.5.0', 'info:', '  title: T', '  version: 1.0.0', 'channels:', ...channels, ''].join('\n');
}

// -- run ----------------------------------------------------------------------------------

const rows = [];
/** One group: a baseline and the inputs timed against it. */
async function group(title, baseline, cases, runs = RUNS) {
  const base = await time(baseline.fn, runs);
  rows.push({ group: title, name: `${baseline.name} (baseline)`, ms: base, ratio: 1 });
  for (const c of cases) {
    const ms = await time(c.fn, runs);
    rows.push({ group: title, name: c.name, ms, ratio: ms / base });
  }
}

try {
  const bundle = path.join(dir, 'src.mjs');
  await build({
    stdin: {
      contents: [
        "export { loadResources } from './src/resource/load';",
        "export { validateResources } from './src/resource/schema';",
        "export { generateAsyncApi } from './src/generate/asyncapi';",
        "export { damagedResources } from './test/helpers/damage';",
        "export { discoverResources } from './src/resource/discover';",
        "export { parseSpecText } from './src/generate/serialize';",
        "export { compareSpecs } from './src/compare/index';",
        "export * from './test/helpers/ref-graphs';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const src = await import(pathToFileURL(bundle).href);

  const loadWs = workspace('load', {
    'book.yaml': BOOK,
    'lol.yaml': laughsResource(),
    ...Object.fromEntries(Object.entries(DEEP).map(([k, t]) => [`deep-${k.replace(' ', '-')}.yaml`, t])),
  });
  await group(
    'loadResources: hostile files are refused (was: < 500 ms)',
    { name: 'a small book resource', fn: () => src.loadResources(loadWs, ['book.yaml']) },
    [
      { name: 'billion laughs', fn: () => src.loadResources(loadWs, ['lol.yaml']) },
      ...Object.keys(DEEP).map((k) => ({
        name: `nesting too deep (${k})`,
        fn: () => src.loadResources(loadWs, [`deep-${k.replace(' ', '-')}.yaml`]),
      })),
    ],
  );

  // test/hardening/loader-fuzz.test.ts: the same damaged resources (its generator and seed), each
  // loaded, validated and generated as the test does; its per-case wall-clock limit lives here now.
  const fuzzSources = ['library/shelves.yaml', 'library/loans.yaml', 'chat/rooms.yaml', 'book/book.yaml'].map((f) =>
    readFileSync(path.join(ROOT, 'test/fixtures/generate', f), 'utf8'),
  );
  const fuzzWs = workspace('fuzz', { 'loans.yaml': fuzzSources[1], 'book.yaml': fuzzSources[3] });
  const loadAndGenerate = (file) => () => {
    const resources = src.loadResources(fuzzWs, [file]);
    src.validateResources(resources);
    src.generateAsyncApi(resources, { title: 'T', description: '', version: '1' });
  };
  const damaged = src.damagedResources(fuzzSources);
  damaged.forEach((text, i) => writeFileSync(path.join(fuzzWs, `d${i}.yaml`), text));
  const fuzzBase = await time(loadAndGenerate('book.yaml'));
  const each = [];
  for (let i = 0; i < damaged.length; i++) each.push(await time(loadAndGenerate(`d${i}.yaml`), 1));
  const fuzzTitle = `loader on ${damaged.length} damaged resource files, one run each (was: < 5 s each)`;
  rows.push({ group: fuzzTitle, name: 'the book resource (baseline)', ms: fuzzBase, ratio: 1 });
  for (const [name, ms] of [
    ['median of the damaged files', median(each)],
    ['slowest damaged file', Math.max(...each)],
  ])
    rows.push({ group: fuzzTitle, name, ms, ratio: ms / fuzzBase });

  const specText = plainSpec(200);
  const lol = laughsSpec();
  await group(
    'parseSpecText: a billion-laughs spec is refused (was: < 10 s)',
    { name: 'a plain spec of 200 channels', fn: () => src.parseSpecText(specText, 'a.yaml') },
    [{ name: 'billion laughs (10^10 values)', fn: () => src.parseSpecText(lol, 'lol.yaml') }],
    // Seconds a run: fewer runs keep the whole script near half a minute.
    3,
  );

  // The block reader (src/util/block-yaml.ts) must stay linear: a search past a line's end made every
  // plain value read the rest of the text (a 200-resource spec took minutes before it was caught).
  const blockSpec = (n, line) =>
    ['asyncapi: 2.5.0', 'info:', '  title: T', '  version: 1.0.0', 'x-items:']
      .concat(
        Array.from({ length: n }, (_, i) => line(i)),
        ['channels: {}', ''],
      )
      .join('\n');
  const [fewItems, manyItems, manyValues] = [
    blockSpec(2_000, (i) => `  - item ${i}`),
    blockSpec(20_000, (i) => `  - item ${i}`),
    blockSpec(20_000, (i) => `  k${i}: value ${i}`).replace('x-items:', 'x-items:\n  k: v'),
  ];
  await group(
    'parseSpecText: block YAML in time linear in its lines (10x the lines: a ratio near 10)',
    { name: 'a list of 2,000 plain items', fn: () => src.parseSpecText(fewItems, 'a.yaml') },
    [
      { name: 'a list of 20,000 plain items', fn: () => src.parseSpecText(manyItems, 'a.yaml') },
      { name: '20,000 plain values', fn: () => src.parseSpecText(manyValues, 'a.yaml') },
    ],
  );

  // test/compare/ref-graphs.test.ts: shared and recursive `$ref`s (each was a hang, an out-of-memory or a stack overflow).
  const compare = (a, b) => () => src.compareSpecs(a, b, { today: '2026-01-01' });
  const string = { type: 'string' };
  const integer = { type: 'integer' };
  await group(
    'compareSpecs: shared and recursive $refs (was: hang, out of memory, stack overflow)',
    {
      name: 'a 2-schema chain, changed at the end',
      fn: compare(src.refChain('schemas', string, { depth: 1 }), src.refChain('schemas', integer, { depth: 1 })),
    },
    [
      {
        name: 'a schema referring to itself 3 times, against itself',
        fn: compare(src.recursiveTree('a'), src.recursiveTree('a')),
      },
      {
        name: 'a channels map referring to itself twice',
        fn: compare(src.plainChannel(), src.selfReferencingChannels()),
      },
      {
        name: '25 schemas each referring twice to the next, itself',
        fn: compare(src.refChain('schemas', string), src.refChain('schemas', string)),
      },
      {
        name: '25 schemas each referring twice to the next, changed',
        fn: compare(src.refChain('schemas', string), src.refChain('schemas', integer)),
      },
      {
        name: '25 message payloads the same way, changed',
        fn: compare(src.refChain('messages', string), src.refChain('messages', integer)),
      },
      {
        name: '25 channel bindings the same way, changed (refused)',
        fn: compare(src.refChain('bindings', { v: 1 }), src.refChain('bindings', { v: 2 })),
      },
    ],
    3,
  );

  // test/resource/discover.test.ts: a messy tree, and 300 resources among 200 other YAML files.
  const messy = workspace('messy', {
    'resources/book.yaml': RESOURCE,
    'resources/Author.yml': RESOURCE,
    'resources/chat.json': JSON.stringify({ kind: 'thing', schema: { type: 'array' } }),
    'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {template: {}}\n',
    'junk/broken.yaml': 'kind: x\nschema: [unclosed\n',
    'junk/deep.yaml': 'kind: x\nschema: ' + '['.repeat(100_000) + '\n',
    'junk/laughs.yaml': laughsResource(),
    'junk/big.yaml': RESOURCE + '# ' + 'x'.repeat(5 * 1024 * 1024) + '\n',
    'node_modules/lib/r.yaml': RESOURCE,
  });
  const many = workspace('many', {
    ...Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`r/${String((i * 7919) % 300).padStart(3, '0')}/res-${i}.yaml`, RESOURCE]),
    ),
    ...Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`data/junk${i}.yaml`, 'key: value\nlist: [1, 2, 3]\n']),
    ),
  });
  const small = workspace('small', { 'resources/book.yaml': RESOURCE });
  await group(
    'discoverResources (was: < 3 s and < 5 s)',
    { name: 'one resource', fn: () => src.discoverResources(small, [], []) },
    [
      {
        name: 'a messy tree (junk, a 5 MB file, a bomb, node_modules)',
        fn: () => src.discoverResources(messy, [], []),
      },
      { name: '300 resources among 200 other YAML files', fn: () => src.discoverResources(many, [], []) },
    ],
  );

  if (existsSync(CLI)) {
    const good = workspace('cli-good', { 'resources/book.yaml': BOOK });
    const bomb = workspace('cli-bomb', { 'resources/bomb.yaml': laughsBook() });
    await group(
      'the built CLI, a whole process (was: < 5 s)',
      {
        name: 'generate a small book resource',
        fn: () => cli(good, ['generate', '--out', 'out.json', 'resources/*.yaml']),
      },
      [
        {
          name: 'generate on a billion-laughs resource',
          fn: () => cli(bomb, ['generate', '--out', 'out.json', 'resources/*.yaml']),
        },
        {
          name: 'update on a billion-laughs resource',
          fn: () => cli(bomb, ['update', '--resources', 'resources/*.yaml']),
        },
      ],
      CLI_RUNS,
    );
  } else {
    console.log(`(${CLI} is missing: run \`npm run build\` for the CLI rows)`);
  }

  console.log(`\nmicro: medians of ${RUNS} runs in-process, ${CLI_RUNS} for the CLI; ratio to the group's baseline\n`);
  let last = '';
  for (const r of rows) {
    if (r.group !== last) console.log(`\n${r.group}`);
    last = r.group;
    console.log(`  ${r.name.padEnd(58)} ${r.ms.toFixed(1).padStart(9)} ms  ${`×${r.ratio.toFixed(1)}`.padStart(8)}`);
  }
} finally {
  if (process.env.BENCH_KEEP === '1') console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
