/**
 * The least a JS user would wire to compare two OpenAPI documents: load each with
 * `@apidevtools/swagger-parser` (`dereference`: parse, resolve and inline every `$ref`), then walk
 * both in step and count what was added, removed or changed. No classification, no lines, no
 * report: the bench measures our `diff` (which does all of that) against this.
 * Prints the counts as JSON.
 *
 * Usage: node bench/baseline-openapi.mjs OLD NEW
 */
import SwaggerParser from '@apidevtools/swagger-parser';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  process.stderr.write('usage: node bench/baseline-openapi.mjs OLD NEW\n');
  process.exit(2);
}

const isObject = (v) => typeof v === 'object' && v !== null;

/**
 * Counts the differences between `a` and `b`. A dereferenced document is a graph (a recursive
 * schema points back at itself), so each pair of objects is walked once.
 */
function compare(a, b) {
  const counts = { added: 0, removed: 0, changed: 0 };
  const seen = new Map();
  const stack = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop();
    if (!isObject(x) || !isObject(y) || Array.isArray(x) !== Array.isArray(y)) {
      if (x !== y) counts.changed++;
      continue;
    }
    let met = seen.get(x);
    if (!met) seen.set(x, (met = new Set()));
    if (met.has(y)) continue;
    met.add(y);
    for (const key of Object.keys(x)) {
      if (key in y) stack.push([x[key], y[key]]);
      else counts.removed++;
    }
    for (const key of Object.keys(y)) if (!(key in x)) counts.added++;
  }
  return counts;
}

const [before, after] = [await SwaggerParser.dereference(oldFile), await SwaggerParser.dereference(newFile)];
process.stdout.write(JSON.stringify(compare(before, after)) + '\n');
