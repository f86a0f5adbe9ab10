/**
 * Compare two AsyncAPI documents and classify every change (CLASSIFICATION.md). Pure: plain data
 * in, plain data out; the inputs are never mutated and nothing is kept between calls.
 */
import type { Change, ChangeType, Compatibility } from '../types';
import { componentFindings, documentFindings, schemaFindings, toChanges, versionFindings } from './classify';
import { rawChanges, splitDocuments } from './diff';
import { normalizeDocument } from './normalize';
import { SchemaDiffer } from './schema-diff';

export { RULE_IDS, RULES } from './rules';
export { locatorForGenerated, locatorForText } from './source';

export interface CompareOptions {
  /** Rule id → type, for this call only. */
  overrides?: Readonly<Record<string, ChangeType>>;
  /** Where a pointer of the old or new document was written, for `Change.source`. */
  locate?: (pointer: string, side: 'old' | 'new') => { file: string; line: number } | null;
  /** Which column of the rule table decides (default `backward`). */
  compatibility?: Compatibility;
  /** The run's date, YYYY-MM-DD (UTC), for sunset rules. */
  today?: string;
}

/**
 * Every change from `oldDoc` to `newDoc`, sorted: breaking, warning, non-breaking, unclassified,
 * then by path. Equal documents (after normalization: key order, set order, `$ref` vs inline,
 * `x-parser-*`) give an empty list.
 */
export function compareSpecs(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  options: CompareOptions = {},
): Change[] {
  const oldNorm = normalizeDocument(oldDoc);
  const newNorm = normalizeDocument(newDoc);
  const split = splitDocuments(oldNorm, newNorm);
  const differ = new SchemaDiffer(oldNorm, newNorm);
  const schema = schemaFindings(split.slots, differ);
  const findings = [
    ...versionFindings(oldNorm, newNorm),
    ...documentFindings(split, rawChanges(split.old, split.new), oldNorm, newNorm),
    ...schema.findings,
    ...componentFindings(oldNorm, newNorm, differ, schema.claimed),
  ];
  return toChanges(findings, options);
}
