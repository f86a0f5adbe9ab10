/**
 * The registry of spec kinds (docs/architecture.md, "Spec kinds"): kind → its module. The
 * pipeline, `diff` and the changelog reach either format only through here.
 */
import { InputError } from '../errors';
import { readSpecText, type ReadSpec } from '../generate/firestone-text';
import type { ParseLimits } from '../generate/serialize';
import type { SpecKind, SpecTarget } from '../types';
import { asyncapiKind } from './asyncapi';
import { kindOfDocument, kindOfOutput } from './detect';
import { openapiKind } from './openapi';
import type { SpecKindModule } from './kind';

export { autoOutputs, kindOfDocument, kindOfName, kindOfOutput, kindOfText } from './detect';
export type { KindCompareOptions, SpecKindModule } from './kind';
export { locatorForGenerated, locatorForText } from '../compare/index';

export const KINDS: Readonly<Record<SpecKind, SpecKindModule>> = {
  asyncapi: asyncapiKind,
  openapi: openapiKind,
};

export const kindModule = (kind: SpecKind): SpecKindModule => KINDS[kind];

/** The target's kind: configured, else from the committed file, else from the output's name. */
export const kindOfTarget = (workspace: string, target: SpecTarget): SpecKind =>
  target.kind ?? kindOfOutput(workspace, target.output);

/** Every rule id a config may override, and the retired ones with why. */
export const KNOWN_RULE_IDS: readonly string[] = [...new Set(Object.values(KINDS).flatMap((k) => k.ruleIds))];
export const RETIRED_RULE_IDS: Readonly<Record<string, string>> = Object.assign(
  {},
  ...Object.values(KINDS).map((k) => k.retiredRules),
);

export interface ReadKindSpec extends ReadSpec {
  /** The kind the document names by its top-level key; null when it names none. */
  kind: SpecKind | null;
}

/**
 * Reads a committed or baseline spec of any kind (firestone's AsyncAPI glitch repaired, with its
 * notice). The document's kind is the one its top-level key names.
 */
export function readSpec(text: string, file: string, limits: ParseLimits = {}): ReadKindSpec {
  const read = readSpecText(text, file, limits);
  return { ...read, kind: kindOfDocument(read.document) };
}

/** A notice when `text` is a spec firestone wrote (one notice per target), else null. */
export const recognise = (kind: SpecKind, text: string, file: string): string | null =>
  KINDS[kind].recognise?.(text, file) ?? null;

/**
 * Which of two compared texts firestone wrote (CompareOptions.firestone): the old one when it is
 * recognised, the new one only when it is firestone's output itself, defects and all.
 */
export const firestoneSides = (kind: SpecKind, oldText: string, newText: string): { old: boolean; new: boolean } => ({
  old: recognise(kind, oldText, '') !== null,
  new: KINDS[kind].firestoneOutput?.(newText) ?? false,
});

/**
 * The one kind two documents compared by `diff` share. Swagger 2.0, two kinds, or no kind key:
 * an InputError naming the file and what it found.
 */
export function kindOfPair(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  files: { old: string; new: string },
): SpecKind {
  const kinds = (
    [
      ['old', oldDoc],
      ['new', newDoc],
    ] as const
  ).map(([side, doc]) => {
    if (Object.hasOwn(doc, 'swagger') && !Object.hasOwn(doc, 'openapi')) {
      throw new InputError({
        file: files[side],
        message: `is a Swagger ${JSON.stringify(doc.swagger)} document; convert it to OpenAPI 3 first`,
      });
    }
    // A document naming no kind is read as AsyncAPI, whose version check names what it found.
    return kindOfDocument(doc) ?? 'asyncapi';
  });
  const [a, b] = kinds as [SpecKind, SpecKind];
  if (a !== b) {
    throw new InputError({
      file: files.new,
      message: `is ${KINDS[b].vocabulary.name} but ${files.old} is ${KINDS[a].vocabulary.name}: diff compares two documents of one kind`,
    });
  }
  return a;
}
