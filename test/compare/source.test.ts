/** Where a change was written: pointers of plain AsyncAPI text, and of generated documents back into resource files. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSpecs, locatorForGenerated, locatorForText } from '../../src/compare/index';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { parseSpecText, readAsJson } from '../../src/generate/serialize';
import { loadResources } from '../../src/resource/load';
import { lineOf } from '../helpers/text';
import { FIXTURES } from './helpers';
import { tempDir } from '../helpers/temp';

describe('locatorForText', () => {
  const yamlText = [
    'asyncapi: 2.5.0', // 1
    'components:', // 2
    '  schemas:', // 3
    '    book:', // 4
    '      type: object', // 5
    '      properties:', // 6
    '        title:', // 7
    '          type: string', // 8
    '        tags:', // 9
    '          type: array', // 10
    '          enum:', // 11
    '            - a', // 12
    '            - b', // 13
    'channels:', // 14
    '  /book/{id}:', // 15
    '    parameters:', // 16
    '      id:', // 17
    '        schema: &idschema', // 18
    '          type: string', // 19
    '  /book/{id}/title:', // 20
    '    parameters:', // 21
    '      id:', // 22
    '        schema: *idschema', // 23
    '',
  ].join('\n');
  const locate = locatorForText(yamlText, 'docs/asyncapi.yaml');

  it('finds the line of the key at a pointer, with ~1 escapes and array indexes', () => {
    expect(locate('/components/schemas/book/properties/title')).toEqual({ file: 'docs/asyncapi.yaml', line: 7 });
    expect(locate('/components/schemas/book/properties/tags/enum/1')).toEqual({ file: 'docs/asyncapi.yaml', line: 13 });
    expect(locate('/channels/~1book~1{id}/parameters/id')).toEqual({ file: 'docs/asyncapi.yaml', line: 17 });
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(locate('/components/schemas/book/properties/isbn')?.line).toBe(6);
    expect(locate('/components/schemas/book/required/0')?.line).toBe(4);
  });

  it('stops at an alias: its own place is nearer than the anchor', () => {
    expect(locate('/channels/~1book~1{id}~1title/parameters/id/schema/type')?.line).toBe(23);
  });

  it('reads JSON too', () => {
    const json = JSON.stringify(
      { asyncapi: '2.5.0', channels: { '/a': { description: 'x', subscribe: { operationId: 'a' } } } },
      null,
      2,
    );
    expect(locatorForText(json, 'a.json')('/channels/~1a/subscribe/operationId')).toEqual({
      file: 'a.json',
      line: lineOf(json, /"operationId"/),
    });
  });

  it("takes the reader's word that a text is JSON, and gives the same lines", () => {
    const text = JSON.stringify({ openapi: '3.1.0', paths: { '/a': { get: { operationId: 'a' } } } }, null, 2);
    const flowYaml = "{openapi: '3.1.0', paths: {'/a': {get: {operationId: a}}}}";
    expect(readAsJson(parseSpecText(text, 'a.json'))).toBe(true);
    expect(readAsJson(parseSpecText(flowYaml, 'a.yaml'))).toBe(false);
    expect(readAsJson(parseSpecText('openapi: 3.1.0\n', 'a.yaml'))).toBe(false);
    const pointer = '/paths/~1a/get/operationId';
    expect(locatorForText(text, 'a.json', { json: true })(pointer)).toEqual(locatorForText(text, 'a.json')(pointer));
    expect(locatorForText(text, 'a.json', { json: true })(pointer)?.line).toBe(lineOf(text, /"operationId"/));
  });

  it("gives the file's own lines in a spec with firestone's glued `channels:` (the repair adds a line)", () => {
    const glued = [
      'asyncapi: 2.5.0', // 1
      'components:', // 2
      '  schemas:', // 3
      '    book:', // 4
      '      type: objectchannels:', // 5
      '  /books:', // 6
      '    subscribe:', // 7
      '      operationId: onBooks', // 8
      '',
    ].join('\n');
    const at = locatorForText(glued, 'g.yaml');
    expect(at('/components/schemas/book/type')?.line).toBe(5);
    expect(at('/channels')?.line).toBe(5);
    expect(at('/channels/~1books')?.line).toBe(6);
    expect(at('/channels/~1books/subscribe/operationId')?.line).toBe(8);
    // A line ending in `channels:` that is no firestone defect (the text parses) moves nothing.
    const plain = 'asyncapi: 2.5.0\ninfo:\n  description: |\n    see the channels:\nchannels:\n  /a: {}\n';
    expect(locatorForText(plain, 'p.yaml')('/channels/~1a')?.line).toBe(6);
  });

  it('gives null for JSON or flow text that does not parse, and for a malformed pointer', () => {
    const broken = locatorForText('{ "a": [1, 2', 'bad.json');
    expect(broken('/a')).toBeNull();
    expect(locate('no-leading-slash')).toBeNull();
  });
});

describe('locatorForGenerated (with the real loader and generator)', () => {
  const workspace = tempDir('compare-source-');
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  const files = ['shelves.yaml', 'loans.yaml', 'members.yaml'];
  const info = { title: 'Example', description: 'desc', version: '1.0' };

  const generate = () => {
    const resources = loadResources(workspace, files);
    const spec = generateAsyncApi(resources, info);
    return { spec, locate: locatorForGenerated(spec, resources) };
  };

  it('maps component schema pointers to the resource file and line that wrote them', () => {
    cpSync(path.join(FIXTURES, 'library'), workspace, { recursive: true });
    const { locate } = generate();
    const shelves = readFileSync(path.join(workspace, 'shelves.yaml'), 'utf8');
    const loans = readFileSync(path.join(workspace, 'loans.yaml'), 'utf8');
    const section = lineOf(shelves, /^\s+section:/);
    expect(locate('/components/schemas/shelves/properties/section')).toEqual({
      file: 'shelves.yaml',
      line: section,
    });
    expect(locate('/components/schemas/shelves/properties/section/enum')).toEqual({
      file: 'shelves.yaml',
      line: lineOf(shelves, /^\s+enum:/, section),
    });
    // loans.yaml is reached through the shelves' `$ref: loans.yaml#/schema` and as its own resource.
    expect(locate('/components/schemas/loan/properties/renewals')?.file).toBe('loans.yaml');
    expect(locate('/components/schemas/loan/properties/renewals')?.line).toBe(lineOf(loans, /^\s+renewals:/));
  });

  it('maps a channel pointer into the resource, and a pointer no resource wrote to null', () => {
    const { locate } = generate();
    expect(locate('/channels/~1shelves~1{shelf_id}/subscribe/message/payload')?.file).toBe('shelves.yaml');
    expect(locate('/info/title')).toBeNull();
  });

  it('end to end: an edited resource, regenerated, gives changes that point at the edited lines', () => {
    const before = generate();
    const original = readFileSync(path.join(workspace, 'shelves.yaml'), 'utf8');
    const edited = original
      .replace('      full:\n        description: No room left on the shelf\n        type: boolean\n', '')
      .replace('      label:\n', '      aisle:\n        description: The aisle\n        type: string\n      label:\n')
      .replace('      - floor\n', '      - floor\n      - aisle\n');
    expect(edited.split('\n').length).toBe(original.split('\n').length + 1);
    writeFileSync(path.join(workspace, 'shelves.yaml'), edited);
    const after = generate();
    const changes = compareSpecs(before.spec.document, after.spec.document, {
      locate: (pointer, side) => (side === 'old' ? before.locate(pointer) : after.locate(pointer)),
    });
    const byRule = new Map(changes.map((c) => [c.rule, c]));
    expect([...byRule.keys()].sort()).toEqual([
      'channel.added',
      'channel.removed',
      'payload.property.removed-optional',
      'payload.property.required-added',
    ]);
    expect(byRule.get('payload.property.required-added')?.source).toEqual({
      file: 'shelves.yaml',
      line: lineOf(edited, /^\s+aisle:/),
    });
    expect(byRule.get('payload.property.removed-optional')?.source).toEqual({
      file: 'shelves.yaml',
      line: lineOf(original, /^\s+full:/),
    });
  });
});
