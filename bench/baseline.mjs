/**
 * The pipeline a user would wire without this project: parse both documents with the official
 * AsyncAPI parser (which validates and dereferences, as @asyncapi/diff requires), then
 * `@asyncapi/diff`. Prints the raw change counts as JSON so the bench can show what the
 * un-classified output looks like next to ours.
 *
 * Usage: node bench/baseline.mjs OLD NEW
 */
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { diff } from '@asyncapi/diff';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  process.stderr.write('usage: node bench/baseline.mjs OLD NEW\n');
  process.exit(2);
}

const parser = new Parser();

async function parse(file) {
  const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'), { source: file });
  if (!document) {
    // severity 0 is "error" in Spectral's scale; those are what made the parse fail.
    const errors = diagnostics.filter((d) => d.severity === 0).slice(0, 5);
    process.stderr.write(
      `${file}: not a valid AsyncAPI document\n${errors.map((e) => `  ${e.path.join('/')}: ${e.message}`).join('\n')}\n`,
    );
    process.exit(2);
  }
  return document.json();
}

const before = await parse(oldFile);
const after = await parse(newFile);
const output = diff(before, after);
process.stdout.write(
  JSON.stringify({
    breaking: output.breaking().length,
    nonBreaking: output.nonBreaking().length,
    unclassified: output.unclassified().length,
  }) + '\n',
);
