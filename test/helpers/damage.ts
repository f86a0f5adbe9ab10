/**
 * Real texts damaged by a few random edits, for differential tests of the YAML readers
 * (test/util/block-yaml.test.ts, test/resource/fast-yaml.test.ts): pieces of YAML syntax, escapes
 * and odd characters, or random strings, spliced in with a few characters cut. And resource files
 * damaged against the loader's defenses (test/hardening/loader-fuzz.test.ts; bench/micro.mjs times
 * the same inputs).
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

/** Fragments that exercise the resource loader's and resolver's defenses. */
const RESOURCE_SPLICES = [
  '&a [*a, *a]',
  '*undefined_alias',
  '$ref: "http://example.com/x.yaml"',
  '$ref: "../../../etc/passwd"',
  '$ref: "#/schema"',
  '$ref: "person.yaml#/nowhere"',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {polluted: true}}',
  '{{{{[[[[',
  '"unterminated',
  '\t- tab',
  '? complex key',
  '!!binary aGVsbG8=',
  '<<: *base',
  '- ' + '['.repeat(300),
];

type Mutation = { kind: 'cut' | 'splice' | 'bytes'; at: number; length?: number; text?: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(80) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.constantFrom(...RESOURCE_SPLICES) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
);

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'cut') return text.slice(0, at) + text.slice(at + (m.length ?? 0));
  // Splices go at a line start half the time, so they land as YAML keys, not inside scalars.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const where = m.kind === 'splice' && at % 2 === 0 ? lineStart : at;
  return text.slice(0, where) + (m.text ?? '') + (m.kind === 'splice' ? '\n' : '') + text.slice(where);
}

/** One of `texts` (resource files) after one to four cuts, splices of hostile YAML, or random bytes. */
export function damagedResource(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(texts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([which, ms]) => ms.reduce((t, m) => mutate(t, m), texts[which] ?? ''));
}

/** How many damaged resources the loader fuzz test reads, from which seed (the bench times the same ones). */
export const LOADER_FUZZ = { numRuns: 300, seed: 20261125 } as const;

/** The damaged resources of the loader fuzz test's generator and seed, as a list (for bench/micro.mjs). */
export const damagedResources = (texts: readonly string[]): string[] => fc.sample(damagedResource(texts), LOADER_FUZZ);
