/**
 * Real texts damaged by a few random edits, for differential tests of the YAML readers
 * (test/util/block-yaml.test.ts, test/resource/fast-yaml.test.ts): pieces of YAML syntax, escapes
 * and odd characters, or random strings, spliced in with a few characters cut.
 */
import fc from 'fast-check';

/** Syntax that changes what a text means, or whether it reads at all. */
export const YAML_PIECES: readonly string[] = [
  '&a ',
  '*a',
  '!!str ',
  '!',
  '<<: ',
  '? ',
  '[a]',
  '[a]: ',
  '{a: 1}',
  '{a: 1}: ',
  '\t',
  '"',
  "'",
  '#',
  ' #x',
  ': ',
  ':',
  '- ',
  '-',
  '|',
  '|-',
  '|+',
  '|2',
  '|1-',
  '>',
  '%YAML 1.2\n---\n',
  '---\n',
  '...\n',
  '1.0: ',
  '~: ',
  '\ufeff',
  '\r\n',
  '  ',
  ' ',
  '\n',
  '\n\n',
  '\\',
  '\\x4',
  '\\u00e9',
  '\\U0001F600',
  '\\q',
  'null',
  '0x1F',
  '.nan',
  '__proto__: ',
];

/** One of `texts`, with one to three edits. */
export function damagedText(texts: readonly string[], pieces: readonly string[] = YAML_PIECES): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    cut: fc.nat(6),
    text: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })),
  });
  return fc.tuple(fc.nat(texts.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([which, edits]) => {
    let text = texts[which] as string;
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.text + text.slice(at + e.cut);
    }
    return text;
  });
}
