/**
 * Compare two AsyncAPI documents and classify every change (docs/rules.md). Pure: plain data in,
 * plain data out; the inputs are never mutated and nothing is kept between calls.
 *
 * document (2.0–2.6 | 3.0–3.1) → normalize → model (one adapter per major version) → pair the
 * two models (diff.ts) → detectors (schema-diff.ts for schemas, the skeleton rules for the rest)
 * → verdicts (rules.ts) → policy (compatibility mode, sunset dates, overrides). See
 * docs/architecture.md.
 */
import type { Change, ChangeType, Compatibility, Perspective } from '../types';
import {
  componentFindings,
  documentFindings,
  schemaFindings,
  toChanges,
  unusedMessageFindings,
  versionFindings,
} from './classify';
import { rawChanges, splitModels } from './diff';
import { buildModel, majorVersion } from './model/index';
import { ExpansionError, normalizeDocument } from './normalize';
import { SchemaDiffer } from './schema-diff';
import { withoutUnchanged } from './unchanged';

export { describeRule, RETIRED_RULES, RULE_IDS, RULES, type RuleDescription, type RuleId } from './rules';
export { locatorForGenerated, locatorForText } from './source';
export { majorVersion } from './model/index';

export interface CompareOptions {
  /** Rule id → type, for this call only. */
  overrides?: Readonly<Record<string, ChangeType>>;
  /** Where a pointer of the old or new document was written, for `Change.source`. */
  locate?: (pointer: string, side: 'old' | 'new') => { file: string; line: number } | null;
  /**
   * Which side must keep working (docs/rules.md): `backward` (default, and `none`, where the
   * caller stops failing) judges a change in the direction it is used, `forward` in the other
   * direction, `full` in the worse of the two. One-verdict rules keep their verdict.
   */
  compatibility?: Compatibility;
  /**
   * Whose side the documents' operations are written from: `application` (default, the AsyncAPI
   * specification's meaning) or `client` (read the other way round; docs/classification.md, "Perspective").
   */
  perspective?: Perspective;
  /** The run's date (YYYY-MM-DD, UTC) for sunset dates; default today. */
  today?: string;
  /**
   * Which documents firestone wrote (src/kinds/openapi.ts `recognise`, read from their text). When
   * the old one is and the new one is not, OpenAPI differences that come only from firestone's
   * defects are listed under `firestone.*` rules (docs/classification.md, "Adopting next to firestone").
   */
  firestone?: { old?: boolean; new?: boolean };
  /** File names for errors about the documents themselves (an unsupported version). */
  files?: { old?: string; new?: string };
}

/**
 * Every change from `oldDoc` to `newDoc`, sorted: breaking, warning, non-breaking, unclassified,
 * then by path. Equal documents (after normalization: key order, set order, `$ref` vs inline,
 * `x-parser-*`) give an empty list, and so does a 2.x document against its 3.0 conversion but for
 * the `asyncapi` version. A document of an unsupported version is an InputError naming it.
 */
export function compareSpecs(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  options: CompareOptions = {},
): Change[] {
  const oldMajor = majorVersion(oldDoc, options.files?.old);
  const newMajor = majorVersion(newDoc, options.files?.new);
  // Channels that cannot change the result go first: a comparison costs what changed (unchanged.ts).
  if (oldMajor !== newMajor)
    return namingFiles(() => compareModels(oldDoc, newDoc, oldMajor, newMajor, options, () => false), options);
  const { docs, unchanged } = withoutUnchanged(oldDoc, newDoc, oldMajor);
  return namingFiles(() => compareModels(docs[0], docs[1], oldMajor, newMajor, options, unchanged), options);
}

/** An error about one of the documents names its file, when the caller gave it. */
function namingFiles(compare: () => Change[], options: CompareOptions): Change[] {
  try {
    return compare();
  } catch (e) {
    if (!(e instanceof ExpansionError) || e.side === null || options.files?.[e.side] === undefined) throw e;
    throw new ExpansionError(e.side, options.files[e.side]);
  }
}

/** compareSpecs without setting unchanged channels aside: the reference that shortcut is tested against. */
export function compareSpecsInFull(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  options: CompareOptions = {},
): Change[] {
  const [oldMajor, newMajor] = [majorVersion(oldDoc, options.files?.old), majorVersion(newDoc, options.files?.new)];
  return namingFiles(() => compareModels(oldDoc, newDoc, oldMajor, newMajor, options, () => false), options);
}

function compareModels(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  oldMajor: 2 | 3,
  newMajor: 2 | 3,
  options: CompareOptions,
  /** What setting aside found the same on both sides (unchanged.ts `SetAside.unchanged`). */
  unchanged: (pointer: string) => boolean,
): Change[] {
  const cross = oldMajor !== newMajor;
  const oldNorm = normalizeDocument(oldDoc);
  const newNorm = normalizeDocument(newDoc);
  const perspective = options.perspective ?? 'application';
  const oldModel = buildModel(oldNorm, oldMajor, cross, perspective);
  const newModel = buildModel(newNorm, newMajor, cross, perspective);
  const split = splitModels(oldModel, newModel);
  const differ = new SchemaDiffer(oldNorm, newNorm, { unchanged });
  const schema = schemaFindings(split.slots, differ, perspective);
  const findings = [
    ...versionFindings(oldNorm, newNorm),
    ...documentFindings(split, rawChanges(split.old, split.new)),
    ...schema.findings,
    // Before components: what these find is claimed, so components do not list it again.
    ...unusedMessageFindings(oldModel, newModel, differ, schema.claimed),
    ...componentFindings(oldModel, newModel, differ, schema.claimed),
  ];
  return toChanges(findings, options);
}
