/**
 * What every kind of spec provides (docs/architecture.md, "Spec kinds"): the pipeline, the
 * changelog and `diff` call these entry points and know nothing else about either format.
 */
import type { CompareOptions, RuleDescription } from '../compare/index';
import type { Change, GeneratedSpec, SpecInfo, SpecKind, SpecTarget } from '../types';
import type { JsonPath, SourcePosition } from '../types';
import type { Vocabulary } from './vocabulary';

/** A resource as the generators take it; a `LoadedResource` is one. */
export interface KindResource {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly locate?: (path: JsonPath) => SourcePosition;
}

/** The options of every kind's compare: the AsyncAPI ones (`perspective` means nothing to OpenAPI). */
export type KindCompareOptions = CompareOptions;

export interface SpecKindModule {
  kind: SpecKind;
  /** Generate the document a target describes (`target` carries the kind's own keys). */
  generate(
    resources: readonly KindResource[],
    info: SpecInfo,
    target: SpecTarget,
    warn: (message: string) => void,
  ): GeneratedSpec;
  /** An InputError naming `file` when this tool cannot read the document's version of the kind. */
  checkVersion(doc: Record<string, unknown>, file?: string): void;
  /** Every change between two documents, classified. */
  compare(oldDoc: Record<string, unknown>, newDoc: Record<string, unknown>, options: KindCompareOptions): Change[];
  /** The baseline of a new API: the document's header with nothing in it, so everything is an addition. */
  emptyLike(doc: Record<string, unknown>): Record<string, unknown>;
  /** A notice naming `file` when the text was written by firestone (read, then said once), else null. */
  recognise?(text: string, file: string): string | null;
  /**
   * Whether the text is firestone's own output, defects and all (not merely carrying its comment
   * line): a comparison against it repairs nothing (docs/classification.md, "Adopting next to firestone").
   */
  firestoneOutput?(text: string): boolean;
  /** Rule ids of the kind (config overrides are checked against them) and retired ids with why. */
  ruleIds: readonly string[];
  /** A rule's title and verdicts in words (SARIF's rule descriptions); undefined for an id the kind has not. */
  describeRule(id: string): RuleDescription | undefined;
  retiredRules: Readonly<Record<string, string>>;
  vocabulary: Vocabulary;
}
