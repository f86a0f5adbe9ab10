import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverResources, globProblem } from '../../src/resource/discover';
import { inputErrorAsync, makeWorkspace, writeFile } from './workspace';
import { tempDir } from '../helpers/temp';

const RESOURCE = 'kind: thing\nschema:\n  type: array\n  key: {name: id}\n  items: {type: object}\n';
const RESOURCE_JSON = JSON.stringify({ kind: 'thing', schema: { type: 'array' } });

describe('with globs', () => {
  it('expands them, sorted in code-unit order, without duplicates', async () => {
    const ws = makeWorkspace({
      'resources/b.yaml': 'x: 1\n',
      'resources/a.yaml': 'x: 1\n',
      'resources/B.yaml': 'x: 1\n',
      'resources/sub/c.yml': 'x: 1\n',
      'resources/readme.md': 'no',
      'other/d.yaml': 'x: 1\n',
    });
    expect(
      await discoverResources(ws, ['resources/**/*.{yaml,yml}', 'resources/a.yaml', './resources/b.yaml'], []),
    ).toEqual(['resources/B.yaml', 'resources/a.yaml', 'resources/b.yaml', 'resources/sub/c.yml']);
  });

  it('matches dot files only when the pattern names them', async () => {
    const ws = makeWorkspace({ '.hidden/a.yaml': RESOURCE, 'visible/b.yaml': RESOURCE, 'visible/.c.yaml': RESOURCE });
    expect(await discoverResources(ws, ['**/*.yaml'], [])).toEqual(['visible/b.yaml']);
    expect(await discoverResources(ws, ['.hidden/*.yaml', 'visible/.c.yaml'], [])).toEqual([
      '.hidden/a.yaml',
      'visible/.c.yaml',
    ]);
  });

  it('skips node_modules, .git, the excluded outputs and negated patterns', async () => {
    const ws = makeWorkspace({
      'a.yaml': RESOURCE,
      'asyncapi.yaml': 'asyncapi: 2.5.0\n',
      'docs/spec.yaml': 'asyncapi: 2.5.0\n',
      'node_modules/pkg/r.yaml': RESOURCE,
      '.git/r.yaml': RESOURCE,
      'drafts/x.yaml': RESOURCE,
    });
    expect(
      await discoverResources(ws, ['**/*.yaml', '.git/*.yaml', '!drafts/**'], ['asyncapi.yaml', './docs/spec.yaml']),
    ).toEqual(['a.yaml']);
  });

  it.each([
    ['/etc/*.yaml', /absolute/],
    ['C:/x/*.yaml', /absolute/],
    ['../*.yaml', /climbs out/],
    ['resources/../../*.yaml', /climbs out/],
    ['!../x.yaml', /climbs out/],
    ['', /empty/],
  ])('refuses the pattern %j', async (pattern, message) => {
    expect(globProblem(pattern)).toMatch(message);
    const err = await inputErrorAsync(() => discoverResources(makeWorkspace(), ['ok/*.yaml', pattern], []));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]!.message).toMatch(message);
  });

  it('refuses a match that leads outside the workspace through a symbolic link', async () => {
    const outside = tempDir('outside-');
    try {
      fs.writeFileSync(path.join(outside, 'o.yaml'), RESOURCE);
      const ws = makeWorkspace({ 'res/a.yaml': RESOURCE });
      fs.symlinkSync(outside, path.join(ws, 'linked'));
      const err = await inputErrorAsync(() => discoverResources(ws, ['linked/*.yaml'], []));
      expect(err.problems).toEqual([
        { file: 'linked/o.yaml', message: expect.stringMatching(/outside the workspace/) },
      ]);
      // With a wider crawl the linked directory is not entered at all.
      expect(await discoverResources(ws, ['res/*.yaml', 'linked/*.yaml'], [])).toEqual(['res/a.yaml']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('does not walk into linked directories for ** patterns', async () => {
    const ws = makeWorkspace({ 'res/a.yaml': RESOURCE });
    fs.symlinkSync('/', path.join(ws, 'res', 'root'));
    expect(await discoverResources(ws, ['**/*.yaml'], [])).toEqual(['res/a.yaml']);
  });
});

describe('auto-discovery', () => {
  it('finds YAML and JSON files whose top level has kind and schema, and nothing else', async () => {
    let laughs = 'kind: x\nschema: &a ["lol","lol","lol"]\n';
    for (const n of 'bcdefghi') laughs += `${n}: &${n} [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n`;
    const ws = makeWorkspace({
      'resources/book.yaml': RESOURCE,
      'resources/Author.yml': RESOURCE,
      'resources/chat.json': RESOURCE_JSON,
      'resources/quoted.yaml': '"kind": x\n\'schema\': {}\n',
      'resources/flow.yaml': '# flow style\n\n{kind: x, schema: {}}\n',
      'openapi.yaml':
        'openapi: 3.0.0\npaths:\n  /x:\n    get:\n      description: some kind of thing\n      parameters:\n        - schema: {}\n',
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {template: {}}\n',
      'k8s/multi.yaml': RESOURCE + '---\n' + RESOURCE,
      'nested/only.yaml': 'outer:\n  kind: x\n  schema: {}\n',
      'junk/broken.yaml': 'kind: x\nschema: [unclosed\n',
      'junk/tabs.yaml': 'kind: x\n\tschema: {}\n',
      'junk/list.json': '[{"kind": "x", "schema": {}}]',
      'junk/scalar.yaml': 'kind and schema\n',
      'junk/deep.yaml': 'kind: x\nschema: ' + '['.repeat(100_000) + '\n',
      'junk/laughs.yaml': laughs,
      'junk/big.yaml': RESOURCE + '# ' + 'x'.repeat(5 * 1024 * 1024) + '\n',
      'junk/binary.yaml': Buffer.from([0, 255, 254, 0x6b, 0x69, 0x6e, 0x64]).toString('latin1'),
      'notes.txt': RESOURCE,
      'node_modules/lib/r.yaml': RESOURCE,
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      '.hidden/r.yaml': RESOURCE,
      'asyncapi.yaml': RESOURCE,
    });
    fs.mkdirSync(path.join(ws, '.git'));
    writeFile(ws, '.git/r.yaml', RESOURCE);
    const found = await discoverResources(ws, [], ['asyncapi.yaml']);
    // Files that look like resources but do not parse are kept, so the loader reports them.
    expect(found).toEqual([
      'junk/broken.yaml',
      'junk/deep.yaml',
      'junk/laughs.yaml',
      'k8s/multi.yaml',
      'resources/Author.yml',
      'resources/book.yaml',
      'resources/chat.json',
      'resources/flow.yaml',
      'resources/quoted.yaml',
    ]);
  });

  it('lists a linked file like a file: used when it stays inside, refused when a glob reaches outside', async () => {
    const outside = tempDir('outside-');
    try {
      fs.writeFileSync(path.join(outside, 'o.yaml'), RESOURCE);
      const ws = makeWorkspace({ 'shared/book.yaml': RESOURCE });
      fs.mkdirSync(path.join(ws, 'res'));
      fs.symlinkSync(path.join(ws, 'shared', 'book.yaml'), path.join(ws, 'res', 'book.yaml'));
      expect(await discoverResources(ws, ['res/*.yaml'], [])).toEqual(['res/book.yaml']);
      // Reached both directly and through the link: listed once (first in sorted order).
      expect(await discoverResources(ws, [], [])).toEqual(['res/book.yaml']);
      fs.symlinkSync(path.join(outside, 'o.yaml'), path.join(ws, 'res', 'o.yaml'));
      const err = await inputErrorAsync(() => discoverResources(ws, ['res/*.yaml'], []));
      expect(err.problems).toEqual([{ file: 'res/o.yaml', message: expect.stringMatching(/outside the workspace/) }]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('skips files that are symbolic links to outside the workspace', async () => {
    const outside = tempDir('outside-');
    try {
      fs.writeFileSync(path.join(outside, 'o.yaml'), RESOURCE);
      const ws = makeWorkspace({ 'a.yaml': RESOURCE });
      fs.symlinkSync(path.join(outside, 'o.yaml'), path.join(ws, 'b.yaml'));
      fs.symlinkSync(outside, path.join(ws, 'dir'));
      expect(await discoverResources(ws, [], [])).toEqual(['a.yaml']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('gives the same sorted list for many files, whatever order they were written in', async () => {
    const names = Array.from(
      { length: 300 },
      (_, i) => `r/${String((i * 7919) % 300).padStart(3, '0')}/res-${i % 3 === 0 ? 'A' : 'a'}${i}.yaml`,
    );
    const ws = makeWorkspace(Object.fromEntries(names.map((n) => [n, RESOURCE])));
    for (let i = 0; i < 200; i++) writeFile(ws, `data/junk${i}.yaml`, 'key: value\nlist: [1, 2, 3]\n');
    const found = await discoverResources(ws, [], []);
    expect(found).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await discoverResources(ws, [], [])).toEqual(found);
  });

  it('returns nothing for an empty workspace and fails for a missing one', async () => {
    const ws = makeWorkspace();
    expect(await discoverResources(ws, [], [])).toEqual([]);
    await inputErrorAsync(() => discoverResources(path.join(ws, 'missing'), [], []));
  });
});

describe('directories as arguments', () => {
  it('a directory stands for every resource file below it, sorted; `.` for the whole workspace', async () => {
    const ws = makeWorkspace({
      'res/b.yaml': RESOURCE,
      'res/sub/a.yml': RESOURCE,
      'res/notes.yaml': 'title: not a resource\n',
      'other/c.json': RESOURCE_JSON,
      'asyncapi.yaml': 'asyncapi: 2.5.0\n',
    });
    expect(await discoverResources(ws, ['res'], [])).toEqual(['res/b.yaml', 'res/sub/a.yml']);
    expect(await discoverResources(ws, ['res/'], [])).toEqual(['res/b.yaml', 'res/sub/a.yml']);
    expect(await discoverResources(ws, ['.'], ['asyncapi.yaml'])).toEqual([
      'other/c.json',
      'res/b.yaml',
      'res/sub/a.yml',
    ]);
  });

  it('mixes with files and globs, and negations apply below directories too', async () => {
    const ws = makeWorkspace({ 'res/b.yaml': RESOURCE, 'res/a.yaml': RESOURCE, 'x/named.yaml': 'x: 1\n' });
    expect(await discoverResources(ws, ['res', 'x/named.yaml', '!res/a.yaml'], [])).toEqual([
      'res/b.yaml',
      'x/named.yaml',
    ]);
  });
});
