/**
 * The JSON line finder must agree with the `yaml` parser (which the locator used for JSON before)
 * on every node: documents in several layouts, and the text a scan can trip on (escapes, brackets
 * and quotes inside strings, empty containers, duplicate keys).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { jsonLineFinder } from '../../src/util/json-lines';
import { locatorForText } from '../../src/compare/index';
import { parserLines } from '../helpers/text';

const fixtures = path.resolve(__dirname, '../fixtures/generate');

const TRICKY = [
  '{',
  '  "a\\"b": {"x": "}", "y": "[", "z\\\\": "ends in a backslash\\\\"},',
  '  "\\u0041": [[], {}, [1, [2, {"deep": true}]], null],',
  '  "list": [',
  '    "a, b",',
  '    -1.5e3,',
  '    {"k": false, "s": "\\"quoted\\" {x}"}',
  '  ],',
  '  "empty": {}',
  '}',
  '',
].join('\n');

describe('jsonLineFinder', () => {
  const book = parseDocument(readFileSync(path.join(fixtures, 'book', 'expected.asyncapi.yaml'), 'utf8')).toJS();
  const layouts: [string, string][] = [
    ['two-space indented', JSON.stringify(book, null, 2)],
    ['one line', JSON.stringify(book)],
    ['tabs and CRLF', JSON.stringify(book, null, '\t').replaceAll('\n', '\r\n')],
    ['written by hand', TRICKY],
  ];
  for (const [name, text] of layouts) {
    it(`agrees with the yaml parser on every node (${name})`, () => {
      const find = jsonLineFinder(text);
      const expected = parserLines(text);
      expect(expected.length).toBeGreaterThan(15);
      const wrong = expected.filter(([segs, line]) => find(segs) !== line);
      expect(wrong.slice(0, 5)).toEqual([]);
    });
  }

  it('gives the nearest ancestor for a missing node, and the root for none', () => {
    const find = jsonLineFinder(TRICKY);
    expect(find(['A', '2', '1', '1', 'nope'])).toBe(3);
    expect(find(['list', '9'])).toBe(4);
    expect(find(['empty', 'x'])).toBe(9);
    expect(find(['a"b', 'x', 'y'])).toBe(2);
    expect(find([])).toBe(1);
  });

  it('takes the first of duplicate keys, as the locator did with the parser', () => {
    const text = '{\n  "dup": 1,\n  "dup": {"later": 2}\n}\n';
    expect(jsonLineFinder(text)(['dup', 'later'])).toBe(2);
    expect(locatorForText(text.replace('{', '# c\n{'), 'a.yaml')('/dup/later')?.line).toBe(3);
  });

  it('gives the locator the lines of JSON; flow YAML, which starts the same way, gets them from the parser', () => {
    expect(locatorForText(TRICKY, 'a.json')('/list/2/s')).toEqual({ file: 'a.json', line: 7 });
    const flow = '{asyncapi: 2.5.0,\n channels: {\n  /a: {description: x}}}\n';
    expect(locatorForText(flow, 'a.yaml')('/channels/~1a/description')).toEqual({ file: 'a.yaml', line: 3 });
  });
});
