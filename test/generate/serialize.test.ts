import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InputError } from '../../src/errors';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { parseSpecText, peekInfo, readsAs, serializeSpec } from '../../src/generate/serialize';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { syntheticResources } from './synthetic';
import { inputError } from '../helpers/errors';

const INFO = { title: 'Chat', description: 'Events', version: '1.0' };

/** A resource with every kind of channel, a sub-resource, query params and a server. */
const chat = {
  kind: 'rooms',
  apiVersion: '2',
  versionInPath: true,
  default_query_params: [{ name: 'limit', description: 'Page size', schema: { type: 'integer' } }],
  asyncapi: {
    servers: { dev: { url: 'ws://localhost', protocol: 'ws' } },
    channels: { resources: true, instances: true, instance_attrs: true },
  },
  schema: {
    type: 'array',
    key: { name: 'room_id', description: 'Room', schema: { type: 'string' } },
    query_params: [{ name: 'q', description: 'Search', required: true, methods: ['get'] }],
    items: {
      type: 'object',
      properties: {
        topic: { type: 'string' },
        messages: {
          schema: {
            type: 'array',
            key: { name: 'message_id' },
            items: { type: 'object', properties: { body: { type: 'string' } } },
          },
        },
      },
    },
  },
};

const generated = () => generateAsyncApi([{ file: 'rooms.yaml', data: chat }], INFO).document;

function expectInputError(
  f: () => unknown,
  match: Partial<{ file: string; line: number; col: number }>,
  message?: RegExp,
): InputError {
  const err = inputError(f);
  expect(err.problems[0]).toMatchObject(match);
  if (message) expect(err.message).toMatch(message);
  return err;
}

describe('serializeSpec YAML', () => {
  it('writes keys in the fixed order of docs/generation.md', () => {
    const text = serializeSpec(generated(), 'yaml');
    const doc = YAML.parse(text) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    expect(Object.keys(doc)).toEqual(['asyncapi', 'defaultContentType', 'info', 'servers', 'components', 'channels']);
    expect(Object.keys(doc.info ?? {})).toEqual(['title', 'description', 'version']);
    const channel = doc.channels?.['/v2/rooms'] ?? {};
    expect(Object.keys(channel)).toEqual(['description', 'parameters', 'subscribe', 'publish']);
    const op = channel.subscribe as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(op)).toEqual(['operationId', 'description', 'message', 'bindings', 'tags']);
    expect(Object.keys(op.message ?? {})).toEqual(['name', 'contentType', 'payload']);
    expect(Object.keys(op.bindings?.ws ?? {})).toEqual(['method', 'query']);
    expect(Object.keys((op.bindings?.ws?.query as object) ?? {})).toEqual(['type', 'required', 'properties']);
    expect(Object.keys(doc.channels ?? {})).toEqual([
      '/v2/rooms',
      '/v2/rooms/{room_id}',
      '/v2/rooms/{room_id}/topic',
      '/v2/rooms/{room_id}/messages',
      '/v2/rooms/{room_id}/messages/{message_id}',
      '/v2/rooms/{room_id}/messages/{message_id}/body',
    ]);
  });

  it('is byte-identical across runs, has no anchors or aliases, ends with exactly one newline', () => {
    const a = serializeSpec(generated(), 'yaml');
    const b = serializeSpec(generated(), 'yaml');
    expect(a).toBe(b);
    expect(a.endsWith('\n') && !a.endsWith('\n\n')).toBe(true);
    let nodes = 0;
    YAML.visit(YAML.parseDocument(a), {
      Node(_, node) {
        nodes++;
        expect(YAML.isAlias(node)).toBe(false);
        expect((node as { anchor?: string }).anchor).toBeUndefined();
      },
    });
    expect(nodes).toBeGreaterThan(100);
  });

  it('never writes anchors, even for a document that shares objects', () => {
    const shared = { type: 'string' };
    const text = serializeSpec({ a: shared, b: shared, c: [shared, shared] }, 'yaml');
    expect(text).toBe('a:\n  type: string\nb:\n  type: string\nc:\n  - type: string\n  - type: string\n');
  });

  it('keeps info.version "1.0" a string, and quotes every string a reader could take for something else', () => {
    const tricky = [
      '1.0',
      '2',
      'yes',
      'No',
      'on',
      'off',
      'y',
      'true',
      'null',
      '~',
      '',
      '0x1F',
      '1e3',
      '.inf',
      '012',
      '2001-12-14',
      '12:30:00',
      '1_000',
      '+.5',
      '+.1e3',
      '-.5',
      'Key: value',
      'a # b',
      '# c',
      '*bold*',
      '&anchor',
      '!tag',
      '- item',
      '? q',
      '|',
      '>',
      '@x',
      '`x',
      '%x',
      '{x}',
      '[x]',
      '"q"',
      "'q'",
      'line one\nline two',
      'trailing\n',
      '  leading',
      'trailing ',
      'tab\there',
      '<<',
      '=',
      'x\u2028y',
      'nel\u0085',
      '\ufeffbom',
      'a: b\n# c: d',
    ];
    const doc = {
      asyncapi: '2.5.0',
      info: { title: 'T', description: 'D', version: '1.0' },
      list: tricky,
      map: Object.fromEntries(tricky.map((t, i) => [t, i])),
    };
    const text = serializeSpec(doc, 'yaml');
    expect(text).toContain("version: '1.0'\n");
    expect(parseSpecText(text, 's.yaml')).toStrictEqual(doc);
    expect(YAML.parse(text)).toStrictEqual(doc);
    // A YAML 1.1 reader (PyYAML, firestone's world) sees the same strings.
    expect(YAML.parse(text, { version: '1.1' })).toStrictEqual(doc);
  });

  it('reads back every string shaped like a number, a word or a date as the same string (update then check is clean)', () => {
    const digits = fc.stringMatching(/^[0-9]{0,2}$/);
    const numberish = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        digits,
        fc.constantFrom('', '.'),
        digits,
        fc.constantFrom('', 'e3', 'E-1', '_0', 'inf', 'nan'),
      )
      .map((parts) => parts.join(''))
      .filter((s) => s !== '');
    const radix = fc
      .tuple(fc.constantFrom('', '+', '-'), fc.constantFrom('0x', '0o', '0b'), fc.stringMatching(/^[0-9a-f_]{0,3}$/))
      .map((parts) => parts.join(''));
    const scalarish = fc.oneof(
      numberish,
      radix,
      fc.stringMatching(/^[-+.0-9eEoxXbB_a-fA-F:~ ]{1,8}$/),
      fc.constantFrom('null', 'True', 'FALSE', 'NaN', '.NaN', '+.inf', 'Infinity', 'yes', 'off'),
    );
    fc.assert(
      fc.property(fc.array(scalarish, { maxLength: 6 }), (strings) => {
        const doc = { list: strings, map: Object.fromEntries(strings.map((s) => [s, s])) };
        expect(parseSpecText(serializeSpec(doc, 'yaml'), 's.yaml')).toStrictEqual(doc);
      }),
      { numRuns: 500 },
    );
  });

  it('never folds long lines', () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const text = serializeSpec({ info: { description: long } }, 'yaml');
    expect(text).toBe(`info:\n  description: ${long}\n`);
  });

  it('round-trips a document of a __proto__ key without touching any prototype', () => {
    const doc = JSON.parse('{"components":{"schemas":{"__proto__":{"type":"string"}}}}') as Record<string, unknown>;
    const back = parseSpecText(serializeSpec(doc, 'yaml'), 's.yaml');
    expect(back).toStrictEqual(doc);
    expect(Object.keys((back.components as { schemas: object }).schemas)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('handles a big generated spec: 200 resources round-trip through YAML and JSON, and stay valid', async () => {
    const { document } = generateAsyncApi(syntheticResources(200), INFO);
    const yamlText = serializeSpec(document, 'yaml');
    expect(yamlText.split('\n').length).toBeGreaterThan(100_000);
    expect(parseSpecText(yamlText, 'big.yaml', { maxBytes: 50 * 1024 * 1024 })).toStrictEqual(document);
    expect(parseSpecText(serializeSpec(document, 'json'), 'big.json', { maxBytes: 50 * 1024 * 1024 })).toStrictEqual(
      document,
    );
    await expectValidAsyncApi(generateAsyncApi(syntheticResources(3), INFO).document);
  });
});

describe('serializeSpec JSON', () => {
  it('is 2-space JSON with a trailing newline, in document order', () => {
    const doc = generated();
    const text = serializeSpec(doc, 'json');
    expect(text).toBe(JSON.stringify(doc, null, 2) + '\n');
    expect(text.startsWith('{\n  "asyncapi": "2.5.0",\n  "defaultContentType"')).toBe(true);
  });
});

describe('peekInfo and readsAs (a clean spec, not parsed)', () => {
  it('peekInfo reads the top-level info block alone, as the whole text is read; undefined for what it cannot vouch for', () => {
    const info = { title: 'T: x', description: 'one\n\ntwo\n', version: '1.0' };
    const doc = { asyncapi: '2.6.0', info, channels: { a: { description: 'info:' } } };
    const text = serializeSpec(doc, 'yaml');
    expect(peekInfo(text)).toStrictEqual(info);
    expect(peekInfo(`info:\n  title: T\nother: 1\n`)).toStrictEqual({ title: 'T' });
    expect(peekInfo('asyncapi: 2.6.0\n')).toBeUndefined();
    expect(peekInfo('info: {}\n')).toBeUndefined();
    expect(peekInfo('info:\n  title: &t T\n')).toBeUndefined();
    expect(peekInfo('info:\n  title:\tT\n')).toBeUndefined();
    expect(peekInfo(serializeSpec(doc, 'json'))).toBeUndefined();
  });

  it('readsAs: what parseSpecText would read, without building it; never for JSON or a BOM', () => {
    const doc = generated();
    const text = serializeSpec(doc, 'yaml');
    expect(readsAs(text, doc)).toBe(true);
    expect(readsAs(`# a comment\n${text}`, doc)).toBe(true);
    expect(readsAs(text, { ...doc, extra: 1 })).toBe(false);
    expect(readsAs(serializeSpec(doc, 'json'), doc)).toBe(false);
    expect(readsAs(`\ufeff${text}`, doc)).toBe(false);
  });
});

describe('parseSpecText', () => {
  it('reads YAML and JSON (and flow YAML that starts with `{`), stripping a BOM', () => {
    expect(parseSpecText('asyncapi: 2.5.0\ninfo: {version: "1.0"}\n', 'a.yaml')).toStrictEqual({
      asyncapi: '2.5.0',
      info: { version: '1.0' },
    });
    expect(parseSpecText('{"asyncapi": "2.5.0"}', 'a.json')).toStrictEqual({ asyncapi: '2.5.0' });
    expect(parseSpecText('{asyncapi: 2.5.0, n: 1}', 'a.yaml')).toStrictEqual({ asyncapi: '2.5.0', n: 1 });
    expect(parseSpecText('\ufeffa: 1\n', 'a.yaml')).toStrictEqual({ a: 1 });
  });

  it('keeps dates as strings and applies merge keys', () => {
    expect(parseSpecText('d: 2001-12-14\n', 'a.yaml')).toStrictEqual({ d: '2001-12-14' });
    expect(parseSpecText('base: &b {x: 1}\nobj:\n  <<: *b\n  y: 2\n', 'a.yaml')).toStrictEqual({
      base: { x: 1 },
      obj: { x: 1, y: 2 },
    });
  });

  it('expands aliases into separate nodes; a firestone-style spec full of small aliases reads fine', () => {
    const doc = parseSpecText('a: &x {k: 1}\nb: *x\n', 'a.yaml');
    expect(doc.a).toStrictEqual(doc.b);
    expect(doc.a).not.toBe(doc.b);
    const many = ['s: &id001 {type: string}', ...Array.from({ length: 2000 }, (_, i) => `p${i}: *id001`)].join('\n');
    expect(Object.keys(parseSpecText(many, 'many.yaml'))).toHaveLength(2001);
  });

  it('refuses a billion-laughs document, with an InputError', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    expectInputError(() => parseSpecText(lines.join('\n'), 'lol.yaml'), { file: 'lol.yaml' }, /expands to more than/);
  });

  it('refuses a recursive alias and hostile nesting, with InputErrors', () => {
    expectInputError(() => parseSpecText('a: &a [*a]\n', 'r.yaml'), { file: 'r.yaml' }, /recursive/);
    expectInputError(() => parseSpecText('a: ' + '['.repeat(200_000), 'deep.yaml'), { file: 'deep.yaml' });
    expectInputError(
      () => parseSpecText('{"a":' + '['.repeat(1000) + ']'.repeat(1000) + '}', 'deep.json'),
      { file: 'deep.json' },
      /nested deeper/,
    );
  });

  it('measures YAML without aliases as it reads: the same depth limit as for aliased data, and a size limit', () => {
    const nested = (levels: number): string =>
      Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' leaf\n';
    // maxDepth 256 counts the root mapping as 0: 257 nested mappings are the deepest accepted.
    expect(parseSpecText(nested(257), 'ok.yaml')).toHaveProperty('k0');
    expectInputError(() => parseSpecText(nested(258), 'deep.yaml'), { file: 'deep.yaml' }, /nested deeper than 256/);
    // The same text with an anchor goes through the copy, which must draw the line at the same place.
    const anchored = (levels: number): string => `x: &a 1\ny: *a\n${nested(levels)}`;
    expect(parseSpecText(anchored(257), 'ok.yaml')).toHaveProperty('k0');
    expectInputError(() => parseSpecText(anchored(258), 'deep.yaml'), { file: 'deep.yaml' }, /nested deeper than 256/);
    // The root counts, as in the copy: four objects and arrays here.
    expect(parseSpecText('a: [[], {}]\n', 's.yaml', { maxNodes: 4 })).toStrictEqual({ a: [[], {}] });
    expectInputError(
      () => parseSpecText('a: [[], {}, []]\n', 's.yaml', { maxNodes: 4 }),
      { file: 's.yaml' },
      /more than 4 objects and arrays/,
    );
  });

  it('measures JSON without copying it: the same limits, and the parsed data itself', () => {
    const nested = (levels: number): string =>
      Array.from({ length: levels }, (_, i) => `{"k${i}":`).join('') + '"leaf"' + '}'.repeat(levels);
    expect(parseSpecText(nested(257), 'ok.json')).toHaveProperty('k0');
    expectInputError(() => parseSpecText(nested(258), 'deep.json'), { file: 'deep.json' }, /nested deeper than 256/);
    expect(parseSpecText('{"a": [[], {}]}', 's.json', { maxNodes: 4 })).toStrictEqual({ a: [[], {}] });
    expectInputError(
      () => parseSpecText('{"a": [[], {}, []]}', 's.json', { maxNodes: 4 }),
      { file: 's.json' },
      /more than 4/,
    );
  });

  it('reports syntax errors with file, line and column', () => {
    expectInputError(
      () => parseSpecText('a: 1\nb:\n  - x\n  y: 2\n', 'bad.yaml'),
      { file: 'bad.yaml', line: 4, col: 3 },
      /bad\.yaml:4:3: invalid YAML/,
    );
    expectInputError(() => parseSpecText('{\n  "a": 1,\n  "b": ]\n}', 'bad.json'), { file: 'bad.json', line: 3 });
    expectInputError(() => parseSpecText('a: 1\na: 2\n', 'dup.yaml'), { file: 'dup.yaml', line: 2 }, /duplicated/);
  });

  it('refuses what is not a mapping', () => {
    expectInputError(() => parseSpecText('', 'e.yaml'), { file: 'e.yaml' }, /empty/);
    expectInputError(() => parseSpecText('null\n', 'e.yaml'), { file: 'e.yaml' }, /empty/);
    expectInputError(() => parseSpecText('- a\n- b\n', 'l.yaml'), { file: 'l.yaml' }, /not a mapping/);
    expectInputError(() => parseSpecText('"text"', 's.json'), { file: 's.json' }, /not a mapping/);
  });

  it('refuses text over the size limit, counted in UTF-8 bytes, 64 MB by default (the spec limit)', () => {
    expectInputError(
      () => parseSpecText(`a: "${'é'.repeat(600)}"`, 'big.yaml', { maxBytes: 1000 }),
      { file: 'big.yaml' },
      /1000-byte limit/,
    );
    expect(parseSpecText(`a: "${'e'.repeat(600)}"`, 'ok.yaml', { maxBytes: 1000 })).toHaveProperty('a');
    expectInputError(
      () => parseSpecText(`a: "${'x'.repeat(64 * 1024 * 1024)}"`, 'huge.yaml'),
      { file: 'huge.yaml' },
      /67108864-byte limit/,
    );
  });
});
