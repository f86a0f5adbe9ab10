import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { loadResources } from '../../src/resource/load';
import { lineOf, makeWorkspace } from './workspace';

const FIXTURES = path.resolve(__dirname, '../fixtures/generate');
const fixtureText = (rel: string): string => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');

describe('loading the generation fixtures', () => {
  const [shelves, loans] = loadResources(FIXTURES, ['library/shelves.yaml', 'library/loans.yaml']);
  const items = (r: typeof shelves) =>
    (r!.data.schema as { items: { properties: Record<string, { schema?: unknown }> } }).items;

  it('replaces loans.yaml#/schema by the schema of loans.yaml', () => {
    expect(shelves!.file).toBe('library/shelves.yaml');
    expect(items(shelves).properties.loan!.schema).toEqual(loans!.data.schema);
    expect(items(shelves).properties.loan!.schema).toEqual(parse(fixtureText('library/loans.yaml')).schema);
  });

  it('keeps everything else as written', () => {
    const raw = parse(fixtureText('library/shelves.yaml'));
    raw.schema.items.properties.loan.schema = loans!.data.schema;
    expect(shelves!.data).toEqual(raw);
  });

  it('gives a fresh copy: changing the resolved data leaves the referenced file alone', () => {
    const copy = items(shelves).properties.loan!.schema as { type: string };
    expect(copy).not.toBe(loans!.data.schema);
    const again = loadResources(FIXTURES, ['library/shelves.yaml'])[0]!;
    copy.type = 'changed';
    expect((items(again).properties.loan!.schema as { type: string }).type).toBe('array');
  });

  it('locates a property of the referenced file in that file', () => {
    const pos = shelves!.locate(['schema', 'items', 'properties', 'loan', 'schema', 'items', 'properties', 'renewals']);
    expect(pos).toEqual({
      file: 'library/loans.yaml',
      line: lineOf(fixtureText('library/loans.yaml'), /^ {6}renewals:/),
      col: 7,
    });
  });

  it('locates a property of the main file in the main file', () => {
    const text = fixtureText('library/shelves.yaml');
    expect(shelves!.locate(['schema', 'items', 'properties', 'label'])).toEqual({
      file: 'library/shelves.yaml',
      line: lineOf(text, /^ {6}label:/),
      col: 7,
    });
    // The property holding the $ref is in the main file; its replaced value comes from loans.yaml.
    expect(shelves!.locate(['schema', 'items', 'properties', 'loan'])).toMatchObject({
      line: lineOf(text, /^ {6}loan:/),
    });
    expect(shelves!.locate(['schema', 'items', 'properties', 'loan', 'schema'])).toMatchObject({
      file: 'library/loans.yaml',
      line: lineOf(fixtureText('library/loans.yaml'), /^schema:/),
    });
  });

  it('locates array items by index, and a missing path at its nearest existing ancestor', () => {
    const text = fixtureText('library/shelves.yaml');
    expect(shelves!.locate(['default_query_params', 1, 'name'])).toMatchObject({
      line: lineOf(text, /name: page$/m),
    });
    expect(shelves!.locate(['default_query_params', '1'])).toMatchObject({ line: lineOf(text, /name: page$/m) });
    expect(shelves!.locate(['schema', 'key', 'no', 'such', 'path'])).toMatchObject({
      line: lineOf(text, /^ {2}key:/),
      col: 3,
    });
    expect(shelves!.locate(['default_query_params', 7])).toMatchObject({
      line: lineOf(text, /^default_query_params:/),
    });
  });

  it('loads every fixture case', () => {
    for (const dir of ['library', 'book', 'chat']) {
      const { resources } = JSON.parse(fixtureText(`${dir}/case.json`)) as { resources: string[] };
      const loaded = loadResources(
        FIXTURES,
        resources.map((r) => `${dir}/${r}`),
      );
      expect(loaded.map((r) => r.data.kind)).toEqual(resources.map((r) => parse(fixtureText(`${dir}/${r}`)).kind));
    }
  });
});

describe('$ref resolution', () => {
  it('resolves in-file pointers with ~0, ~1 and percent escapes', () => {
    const ws = makeWorkspace({
      'r.yaml': [
        'kind: r',
        'definitions:',
        '  a/b: {type: string}',
        '  m~n: {type: integer}',
        '  with space: {type: boolean}',
        '  list: [{type: number}, {type: "null"}]',
        'schema:',
        '  one: {$ref: "#/definitions/a~1b"}',
        '  two: {$ref: "#/definitions/m~0n"}',
        '  three: {$ref: "#/definitions/with%20space"}',
        "  four: {$ref: '#/definitions/list/1'}",
        '',
      ].join('\n'),
    });
    const [r] = loadResources(ws, ['r.yaml']);
    expect(r!.data.schema).toEqual({
      one: { type: 'string' },
      two: { type: 'integer' },
      three: { type: 'boolean' },
      four: { type: 'null' },
    });
    expect(r!.locate(['schema', 'two', 'type'])).toEqual({ file: 'r.yaml', line: 4, col: 9 });
  });

  it('resolves file refs relative to the referring file, through several files', () => {
    const ws = makeWorkspace({
      'resources/order.yaml': 'kind: order\nschema:\n  customer:\n    $ref: ../defs/customer.yaml#/schema\n',
      'defs/customer.yaml': 'schema:\n  type: object\n  properties:\n    address: {$ref: "common.yaml#/address"}\n',
      'defs/common.yaml': '# shared\naddress:\n  type: object\n  properties:\n    street: {type: string}\n',
    });
    const [order] = loadResources(ws, ['resources/order.yaml']);
    expect(order!.data.schema).toEqual({
      customer: {
        type: 'object',
        properties: { address: { type: 'object', properties: { street: { type: 'string' } } } },
      },
    });
    expect(order!.locate(['schema', 'customer', 'properties', 'address', 'properties', 'street'])).toEqual({
      file: 'defs/common.yaml',
      line: 5,
      col: 5,
    });
    expect(order!.locate(['schema', 'customer', 'type'])).toEqual({ file: 'defs/customer.yaml', line: 2, col: 3 });
  });

  it('takes a whole file when the ref has no fragment, and follows refs met along a pointer', () => {
    const ws = makeWorkspace({
      'r.yaml':
        'kind: r\nschema:\n  whole: {$ref: "part.yaml"}\n  deep: {$ref: "#/alias/inner"}\nalias: {$ref: "part.yaml#/nested"}\n',
      'part.yaml': 'nested:\n  inner: {x: 1}\n',
    });
    const [r] = loadResources(ws, ['r.yaml']);
    expect(r!.data.schema).toEqual({ whole: { nested: { inner: { x: 1 } } }, deep: { x: 1 } });
    expect(r!.locate(['schema', 'deep', 'x'])).toEqual({ file: 'part.yaml', line: 2, col: 11 });
  });

  it('ignores keys next to $ref, as firestone (jsonref) does', () => {
    const ws = makeWorkspace({ 'r.yaml': 'kind: r\nt: {type: string}\nschema: {$ref: "#/t", description: dropped}\n' });
    expect(loadResources(ws, ['r.yaml'])[0]!.data.schema).toEqual({ type: 'string' });
  });

  it('keeps a property named $ref whose value is not a string', () => {
    const ws = makeWorkspace({ 'r.yaml': 'kind: r\nschema:\n  properties:\n    $ref: {type: string}\n' });
    expect(loadResources(ws, ['r.yaml'])[0]!.data.schema).toEqual({ properties: { $ref: { type: 'string' } } });
  });

  it('gives two places that reference the same target two separate copies', () => {
    const ws = makeWorkspace({
      'r.yaml': 'kind: r\nt: {type: string}\nschema:\n  a: {$ref: "#/t"}\n  b: {$ref: "#/t"}\n',
    });
    const schema = loadResources(ws, ['r.yaml'])[0]!.data.schema as Record<string, object>;
    expect(schema.a).toEqual(schema.b);
    expect(schema.a).not.toBe(schema.b);
    expect(schema.a).not.toBe(loadResources(ws, ['r.yaml'])[0]!.data.t);
  });

  it('reads and parses a file once however many refs point into it', () => {
    const refs = Array.from({ length: 40 }, (_, i) => `  p${i}: {$ref: "shared.yaml#/t"}`).join('\n');
    const ws = makeWorkspace({
      'a.yaml': `kind: a\nschema:\n${refs}\n`,
      'b.yaml': `kind: b\nschema:\n${refs}\n`,
      'shared.yaml': 't: {type: string}\n',
    });
    const spy = vi.spyOn(fs, 'readFileSync');
    try {
      const loaded = loadResources(ws, ['a.yaml', 'b.yaml']);
      expect(Object.keys(loaded[1]!.data.schema as object)).toHaveLength(40);
      const reads = spy.mock.calls.filter(([p]) => String(p).endsWith('shared.yaml'));
      expect(reads).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('YAML and JSON details', () => {
  it('loads JSON with positions', () => {
    const json = JSON.stringify(
      { kind: 'j', schema: { type: 'array', items: { properties: { title: { type: 'string' } } } } },
      null,
      2,
    );
    const ws = makeWorkspace({ 'j.json': json });
    const [r] = loadResources(ws, ['j.json']);
    expect(r!.data).toEqual(JSON.parse(json));
    expect(r!.locate(['schema', 'items', 'properties', 'title'])).toEqual({
      file: 'j.json',
      line: lineOf(json, /"title"/),
      col: 9,
    });
  });

  it('follows anchors, aliases and merge keys', () => {
    const ws = makeWorkspace({
      'r.yaml':
        'kind: r\nbase: &base\n  type: string\n  maxLength: 5\nschema:\n  a: *base\n  b:\n    <<: *base\n    maxLength: 9\n',
    });
    const [r] = loadResources(ws, ['r.yaml']);
    expect(r!.data.schema).toEqual({ a: { type: 'string', maxLength: 5 }, b: { type: 'string', maxLength: 9 } });
    expect(r!.locate(['schema', 'a', 'type'])).toMatchObject({ line: 3 });
    expect(r!.locate(['schema', 'b', 'type'])).toMatchObject({ line: 3 });
    expect(r!.locate(['schema', 'b', 'maxLength'])).toMatchObject({ line: 9 });
  });

  it('keeps keys as written and YAML 1.1 tags as plain values', () => {
    const ws = makeWorkspace({
      'r.yaml': 'kind: r\nschema:\n  1.0: a\n  null: b\n  bin: !!binary aGVsbG8=\n  when: !!timestamp 2001-12-14\n',
    });
    expect(loadResources(ws, ['r.yaml'])[0]!.data.schema).toEqual({
      '1.0': 'a',
      null: 'b',
      bin: 'aGVsbG8=',
      when: '2001-12-14',
    });
  });

  it('keeps __proto__, constructor and prototype as own data and never touches Object.prototype', () => {
    const ws = makeWorkspace({
      'r.yaml': [
        'kind: r',
        '__proto__: {polluted: yes}',
        'constructor: {prototype: {polluted: yes}}',
        'prototype: {polluted: yes}',
        'schema:',
        '  items:',
        '    properties:',
        '      __proto__: {$ref: "#/__proto__"}',
        '      constructor: {type: string}',
        '',
      ].join('\n'),
    });
    const [r] = loadResources(ws, ['r.yaml']);
    const data = r!.data;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['kind', '__proto__', 'constructor', 'prototype', 'schema']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    const props = (data.schema as { items: { properties: object } }).items.properties;
    expect(Object.keys(props)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(props, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(JSON.parse(JSON.stringify(data)).prototype).toEqual({ polluted: 'yes' });
  });

  it('does not read inherited members through a pointer', () => {
    const ws = makeWorkspace({ 'r.yaml': 'kind: r\nschema: {$ref: "#/constructor"}\n' });
    expect(() => loadResources(ws, ['r.yaml'])).toThrow(/'\/constructor', which does not exist/);
  });
});
