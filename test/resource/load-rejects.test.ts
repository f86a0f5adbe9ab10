import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources, MAX_RESOLVED_VALUES } from '../../src/resource/load';
import { MAX_FILE_BYTES } from '../../src/util/paths';
import { inputError, makeWorkspace } from './workspace';
import { tempDir } from '../helpers/temp';

/** A resource whose `schema` is `$ref: REF`, written on line 3. */
const withRef = (ref: string): string => `kind: r\nschema:\n  $ref: ${JSON.stringify(ref)}\n`;

function rejectedRef(ref: string, extra: Record<string, string> = {}) {
  const ws = makeWorkspace({ 'r.yaml': withRef(ref), ...extra });
  const err = inputError(() => loadResources(ws, ['r.yaml']));
  expect(err.problems).toHaveLength(1);
  return err.problems[0]!;
}

describe('refs that leave the workspace or the file system are refused at their line', () => {
  it.each([
    ['http://example.com/person.yaml#/schema', /URL or absolute path/],
    ['https://example.com/person.yaml', /URL or absolute path/],
    ['file:///etc/passwd', /URL or absolute path/],
    ['urn:example:thing', /URL or absolute path/],
    ['C:/Windows/win.ini', /URL or absolute path/],
    ['/etc/passwd', /absolute path/],
    ['//server/share/x.yaml', /absolute path/],
    ['%2Fetc%2Fpasswd', /absolute path/],
    ['../../etc/passwd', /outside the workspace/],
    ['sub/../../outside.yaml#/x', /outside the workspace/],
  ])('%s', (ref, message) => {
    const problem = rejectedRef(ref);
    expect(problem).toMatchObject({ file: 'r.yaml', line: 3, col: 3, pointer: '/schema/$ref' });
    expect(problem.message).toMatch(message);
  });

  it('a symbolic link inside the workspace that leads outside', () => {
    const outside = tempDir('outside-');
    try {
      fs.writeFileSync(path.join(outside, 'secret.yaml'), 'schema: {type: string}\n');
      const ws = makeWorkspace({ 'r.yaml': withRef('link.yaml#/schema') });
      fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'link.yaml'));
      fs.symlinkSync(outside, path.join(ws, 'dirlink'));
      const err = inputError(() => loadResources(ws, ['r.yaml']));
      expect(err.problems[0]).toMatchObject({ file: 'r.yaml', line: 3 });
      expect(err.problems[0]!.message).toMatch(/symbolic link .*outside the workspace/);
      // The main file itself through a linked directory.
      expect(inputError(() => loadResources(ws, ['dirlink/secret.yaml'])).message).toMatch(/outside the workspace/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('main files outside the workspace or absolute', () => {
    const ws = makeWorkspace({ 'r.yaml': 'kind: r\n' });
    expect(inputError(() => loadResources(ws, ['../r.yaml'])).message).toMatch(/outside the workspace/);
    expect(inputError(() => loadResources(ws, [path.join(ws, 'r.yaml')])).message).toMatch(/relative to the workspace/);
  });
});

describe('broken refs', () => {
  it('a missing file', () => {
    const problem = rejectedRef('persn.yaml#/schema');
    expect(problem).toMatchObject({ file: 'r.yaml', line: 3 });
    expect(problem.message).toMatch(/persn\.yaml#\/schema.*does not exist/);
  });

  it('a missing fragment, named with the file it was looked for in', () => {
    const problem = rejectedRef('person.yaml#/schema/itemz', { 'person.yaml': 'schema:\n  items: {}\n' });
    expect(problem).toMatchObject({ file: 'r.yaml', line: 3 });
    expect(problem.message).toMatch(/'\/schema\/itemz', which does not exist in person\.yaml/);
  });

  it('a fragment that is not a JSON pointer, and malformed escapes', () => {
    expect(rejectedRef('#definitions').message).toMatch(/not a JSON pointer/);
    expect(rejectedRef('#/a~2b').message).toMatch(/not a JSON pointer/);
    expect(rejectedRef('#/a%E0%A4%A').message).toMatch(/malformed percent-encoding/);
  });

  it('a directory', () => {
    const ws = makeWorkspace({ 'r.yaml': withRef('defs#/x'), 'defs/a.yaml': 'x: 1\n' });
    expect(inputError(() => loadResources(ws, ['r.yaml'])).problems[0]).toMatchObject({
      file: 'r.yaml',
      line: 3,
      message: expect.stringMatching(/not a regular file/),
    });
  });

  it('a cycle inside one file', () => {
    const ws = makeWorkspace({ 'r.yaml': 'kind: r\nschema:\n  a:\n    b:\n      $ref: "#/schema/a"\n' });
    const err = inputError(() => loadResources(ws, ['r.yaml']));
    expect(err.problems[0]).toMatchObject({ file: 'r.yaml', line: 5, col: 7 });
    expect(err.problems[0]!.message).toMatch(/circular/);
  });

  it('a cycle between two files, reported at a $ref of the cycle', () => {
    const ws = makeWorkspace({
      'a.yaml': 'kind: a\nschema:\n  $ref: b.yaml#/node\n',
      'b.yaml': 'node:\n  child:\n    $ref: a.yaml#/schema\n',
    });
    const err = inputError(() => loadResources(ws, ['a.yaml']));
    expect(err.problems[0]).toMatchObject({ file: 'a.yaml', line: 3, col: 3, pointer: '/schema/$ref' });
    expect(err.problems[0]!.message).toMatch(/circular/);
  });

  it('a ref to itself, and refs chasing each other along a pointer', () => {
    expect(rejectedRef('#/schema').message).toMatch(/circular/);
    const ws = makeWorkspace({ 'r.yaml': 'kind: r\na: {$ref: "#/b"}\nb: {$ref: "#/a"}\nschema: {$ref: "#/a/x"}\n' });
    expect(inputError(() => loadResources(ws, ['r.yaml'])).message).toMatch(
      /circular|\$refs lead from one to the next/,
    );
  });

  it('a very long chain of refs stops with an error, not a stack overflow', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `d${i}: {$ref: "#/d${i + 1}"}`).join('\n');
    const ws = makeWorkspace({ 'r.yaml': `kind: r\nschema: {$ref: "#/d0"}\n${chain}\nd5000: {type: string}\n` });
    expect(inputError(() => loadResources(ws, ['r.yaml'])).message).toMatch(/\$refs lead from one to the next/);
  });

  it('refs that multiply into a huge tree are stopped by the value limit', () => {
    const levels = Array.from(
      { length: 8 },
      (_, i) =>
        `l${i}: [${Array(10)
          .fill(`{$ref: "#/l${i + 1}"}`)
          .join(', ')}]`,
    ).join('\n');
    const ws = makeWorkspace({ 'r.yaml': `kind: r\nschema: {$ref: "#/l0"}\n${levels}\nl8: leaf\n` });
    // Stopped by the count limit, not by time: the machine's speed is no part of the contract.
    expect(inputError(() => loadResources(ws, ['r.yaml'])).message).toMatch(
      new RegExp(`more than ${MAX_RESOLVED_VALUES} values`),
    );
  });
});

describe('hostile or broken files', () => {
  it('a billion-laughs file is refused without being expanded', () => {
    let text = 'kind: r\nschema: {}\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    const ws = makeWorkspace({ 'lol.yaml': text });
    const err = inputError(() => loadResources(ws, ['lol.yaml']));
    expect(err.problems[0]).toMatchObject({
      file: 'lol.yaml',
      message: expect.stringMatching(/aliases expand too much/),
    });
  });

  it.each([
    ['flow', 'kind: r\nschema: ' + '['.repeat(200_000) + ']'.repeat(200_000) + '\n'],
    ['flow maps', 'kind: r\nschema: ' + '{a: '.repeat(50_000) + '1' + '}'.repeat(50_000) + '\n'],
    [
      'block',
      'kind: r\nschema:\n' + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + ' 1\n',
    ],
    ['compact sequences', 'kind: r\nschema:\n' + '- '.repeat(5000) + 'x\n'],
  ])('nesting far too deep (%s) is refused at its line', (_, text) => {
    const ws = makeWorkspace({ 'deep.yaml': text });
    const err = inputError(() => loadResources(ws, ['deep.yaml']));
    expect(err.problems[0]).toMatchObject({
      file: 'deep.yaml',
      message: expect.stringMatching(/nesting is deeper than 128 levels/),
    });
    expect(err.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('nesting built up through refs is refused too', () => {
    const ws = makeWorkspace({
      'r.yaml': `kind: r\nschema: {$ref: "#/n"}\nn: ${'['.repeat(100)}{$ref: "#/m"}${']'.repeat(100)}\nm: ${'['.repeat(100)}1${']'.repeat(100)}\n`,
    });
    expect(inputError(() => loadResources(ws, ['r.yaml'])).message).toMatch(
      /deeper than 128 levels \(after resolving \$ref\)/,
    );
  });

  it('files over 5 MB, main or referenced', () => {
    const big = 'kind: r\nschema: {}\npad: "' + 'x'.repeat(MAX_FILE_BYTES) + '"\n';
    const ws = makeWorkspace({ 'big.yaml': big, 'r.yaml': withRef('big.yaml#/schema') });
    expect(inputError(() => loadResources(ws, ['big.yaml'])).problems[0]).toMatchObject({
      file: 'big.yaml',
      message: expect.stringMatching(/larger than 5 MB/),
    });
    expect(inputError(() => loadResources(ws, ['r.yaml'])).problems[0]).toMatchObject({
      file: 'big.yaml',
      message: expect.stringMatching(/larger than 5 MB/),
    });
  });

  it('invalid YAML, with line and column', () => {
    const ws = makeWorkspace({
      'bad.yaml': 'kind: r\nschema:\n  type: array\n  key: [unclosed\n  items: {}\n',
      'dup.yaml': 'kind: a\nkind: b\n',
    });
    const err = inputError(() => loadResources(ws, ['bad.yaml']));
    expect(err.problems[0]).toMatchObject({ file: 'bad.yaml', message: expect.stringMatching(/^invalid YAML/) });
    expect(err.problems[0]!.line).toBeGreaterThanOrEqual(4);
    expect(err.problems[0]!.col).toBeGreaterThanOrEqual(1);
    expect(inputError(() => loadResources(ws, ['dup.yaml'])).problems[0]).toMatchObject({
      file: 'dup.yaml',
      line: 2,
      col: 1,
      message: expect.stringMatching(/unique/),
    });
  });

  it('invalid JSON, with line and column', () => {
    const ws = makeWorkspace({ 'bad.json': '{\n  "kind": "r",\n  "schema": {"type": "array",, "items": {}}\n}\n' });
    const err = inputError(() => loadResources(ws, ['bad.json']));
    expect(err.problems[0]).toMatchObject({ file: 'bad.json', line: 3, col: 30 });
    expect(err.message).toMatch(/^bad\.json:3:30: invalid YAML/);
  });

  it('a referenced file that does not parse is named with its own line', () => {
    const ws = makeWorkspace({ 'r.yaml': withRef('defs.yaml#/x'), 'defs.yaml': 'x: 1\ny: [1, 2\nz: 3\n' });
    expect(inputError(() => loadResources(ws, ['r.yaml'])).problems[0]).toMatchObject({
      file: 'defs.yaml',
      line: 3,
      message: expect.stringMatching(/^invalid YAML/),
    });
  });

  it('a file whose top level is not a mapping', () => {
    const ws = makeWorkspace({ 'list.yaml': '- kind: r\n', 'empty.yaml': '' });
    expect(inputError(() => loadResources(ws, ['list.yaml'])).message).toMatch(/must be a mapping/);
    expect(inputError(() => loadResources(ws, ['empty.yaml'])).message).toMatch(/must be a mapping/);
  });

  it('a missing resource file', () => {
    const ws = makeWorkspace();
    expect(inputError(() => loadResources(ws, ['nope.yaml'])).problems[0]).toMatchObject({
      file: 'nope.yaml',
      message: expect.stringMatching(/does not exist/),
    });
  });
});
