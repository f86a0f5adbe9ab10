/**
 * The indentation-based line finder must agree with the `yaml` parser on every node of real
 * documents: firestone's (PyYAML, anchors, sequences at the key's indentation) and ours (js-yaml).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { blockYamlLineFinder, keyOf } from '../../src/util/yaml-lines';
import { serializeSpec } from '../../src/generate/serialize';
import { parserLines } from '../helpers/text';

const fixtures = path.resolve(__dirname, '../fixtures/generate');

describe('blockYamlLineFinder', () => {
  // PyYAML's style: book's and chat's expected documents, and library's committed spec (anchors,
  // sorted keys) with firestone's glued line split as firestone meant it.
  const firestoneText = (name: string) =>
    name === 'library'
      ? readFileSync(path.join(fixtures, name, 'asyncapi.committed.yaml'), 'utf8').replace(
          '      type: objectchannels:\n',
          '      type: object\nchannels:\n',
        )
      : readFileSync(path.join(fixtures, name, 'expected.asyncapi.yaml'), 'utf8');
  for (const name of ['library', 'book', 'chat']) {
    const firestone = firestoneText(name);
    const ours = serializeSpec(parseDocument(firestone).toJS() as Record<string, unknown>, 'yaml');
    for (const [style, text] of [
      ['firestone', firestone],
      ['ours', ours],
    ] as const) {
      it(`agrees with the yaml parser on every node of ${name} (${style} output)`, () => {
        const find = blockYamlLineFinder(text);
        const expected = parserLines(text);
        expect(expected.length).toBeGreaterThan(50);
        const wrong = expected.filter(([segs, line]) => find(segs) !== line);
        expect(wrong.slice(0, 5)).toEqual([]);
      });
    }
  }

  it('gives the nearest ancestor for a missing node, and null for nothing', () => {
    const find = blockYamlLineFinder('a:\n  b:\n    c: 1\n  list:\n  - x: 1\n  - y: 2\n');
    expect(find(['a', 'b', 'zz'])).toBe(2);
    expect(find(['a', 'list', '1', 'y'])).toBe(6);
    expect(find(['a', 'list', '7'])).toBe(4);
    expect(find(['nope'])).toBeNull();
  });

  it('reads quoted keys and ignores lookalikes inside block scalars', () => {
    const text = "x:\n  desc: |\n    k: not a key\n  'it''s': 1\n  \"a\\\"b\": 2\n  k: 3\n";
    const find = blockYamlLineFinder(text);
    expect(find(['x', "it's"])).toBe(4);
    expect(find(['x', 'a"b'])).toBe(5);
    expect(find(['x', 'k'])).toBe(6);
    expect(keyOf('/v1/a/{id}: x')).toBe('/v1/a/{id}');
    expect(keyOf('- a: 1')).toBeNull();
  });

  it('agrees with the yaml parser on a key that starts with a no-break space, which YAML reads as text, not indentation', () => {
    // U+00A0 and the other Unicode spaces are no YAML whitespace: only spaces indent (and tabs separate).
    for (const text of ['a:\n  b: 1\n\u00a0c: 2\nd:\n  \u2003e: 3\n  f: 4\n', '\ufeffa:\n  b: 1\n\u00a0c: 2\n']) {
      const find = blockYamlLineFinder(text);
      const expected = parserLines(text);
      expect(expected.map(([segs]) => segs.join('/'))).toContain('\u00a0c');
      expect(expected.filter(([segs, line]) => find(segs) !== line)).toEqual([]);
    }
  });

  it('agrees with the yaml parser across CRLF lines, comments, blank lines of spaces and a document marker', () => {
    const lines = [
      '---',
      '# top',
      'paths:',
      '  ',
      '  /a:',
      '    # about a',
      '\t',
      '    get:',
      '      summary: first',
      '  /b:',
      '    get: {}',
      'components:',
      '  schemas:',
      '    A:',
      '      type: string',
    ];
    for (const text of [lines.join('\n'), lines.join('\r\n')]) {
      const find = blockYamlLineFinder(text);
      const expected = parserLines(text);
      expect(expected.length).toBeGreaterThan(5);
      expect(expected.filter(([segs, line]) => find(segs) !== line)).toEqual([]);
    }
  });
});
