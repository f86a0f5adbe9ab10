/**
 * The plain data passed between pipeline stages. One place for each shape:
 * stages import from here, never from each other's internals.
 */

export type JsonPath = readonly (string | number)[];

/** A place in a user's file. `file` is workspace-relative, POSIX separators. */
export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

/** A firestone resource file after parsing, `$ref` resolution and validation. */
export interface LoadedResource {
  /** Workspace-relative path of the resource file. */
  file: string;
  /** The document with every `$ref` replaced by its target (plain JSON data, no prototypes). */
  data: Record<string, unknown>;
  /**
   * Where the node at `path` (a path in `data`) was written. Follows resolved `$ref`s into
   * the file that holds the text; for a path that does not exist, the nearest existing ancestor.
   */
  locate(path: JsonPath): SourcePosition;
}

/** Where a node of a generated document came from: a resource file and a path in its resolved data. */
export interface Origin {
  file: string;
  path: JsonPath;
}

export interface SpecInfo {
  title: string;
  description: string;
  version: string;
}

export interface GeneratedSpec {
  document: Record<string, unknown>;
  /**
   * JSON pointer in `document` (e.g. `/components/schemas/book`, `/channels/~1book`) → origin.
   * Covers component schemas and channels; deeper nodes are found by longest-prefix match
   * and appending the remaining segments to `origin.path`.
   */
  origins: ReadonlyMap<string, Origin>;
}

export type ChangeType = 'breaking' | 'warning' | 'non-breaking' | 'unclassified';
export const CHANGE_TYPES: readonly ChangeType[] = ['breaking', 'warning', 'non-breaking', 'unclassified'];

/** Which way a message travels, seen from the client (AsyncAPI 2.x `subscribe` / 3.x `send` = clients receive). */
export type ClientDirection = 'client-receives' | 'client-sends';

/** Which side must keep working (docs/rules.md, "Compatibility modes"). */
export type Compatibility = 'backward' | 'forward' | 'full' | 'none';
export const COMPATIBILITIES: readonly Compatibility[] = ['backward', 'forward', 'full', 'none'];

/**
 * Whose side a document's operations are written from (docs/classification.md, "Perspective"):
 * `application` as the AsyncAPI specification says (2.x `subscribe`, 3.x `send`: clients receive),
 * or `client`, the other way round.
 */
export type Perspective = 'application' | 'client';
export const PERSPECTIVES: readonly Perspective[] = ['application', 'client'];

/** Why a change does not count: the config waiver that accepted it. */
export interface Waived {
  reason: string;
  expires: string | null;
  owner: string | null;
}

/** The kinds of spec a target can be (docs/architecture.md, "Spec kinds"). */
export type SpecKind = 'asyncapi' | 'openapi';
export const SPEC_KINDS: readonly SpecKind[] = ['asyncapi', 'openapi'];

/** Where an AsyncAPI change is used. */
export interface AsyncApiLocation {
  /** The channel's address. */
  channel: string;
  /** null: the change is about the channel itself (its parameters, bindings...). */
  direction: ClientDirection | null;
  /** How the document names the operation: `publish`/`subscribe` in 2.x, the operation key in 3.x. */
  operation: string | null;
}

/** Where an OpenAPI change is used. Webhooks use the webhook's name as `path`. */
export interface OpenApiLocation {
  path: string;
  /** Lower-case HTTP method; null: the change is about the path item itself. */
  method: string | null;
  /** The operation's `operationId`, or null. */
  operation: string | null;
  direction: ClientDirection | null;
  in: 'path' | 'query' | 'header' | 'cookie' | 'body' | 'response' | null;
  /** The response status as written (`"200"`, `"default"`), where it applies. */
  status: string | null;
  mediaType: string | null;
}

export type ChangeLocation = AsyncApiLocation | OpenApiLocation;

export const isAsyncApiLocation = (l: ChangeLocation): l is AsyncApiLocation => 'channel' in l;

export interface Change {
  /** A rule id of docs/rules.md (or a policy entry's own id, such as a waiver's). */
  rule: string;
  type: ChangeType;
  message: string;
  /** JSON pointer in the new document (old for removals). */
  path: string;
  /**
   * The element's identity in the comparison model (channel address, direction, operation,
   * schema path or component name; the new side's, the old side's for a removal): stable across
   * line moves, file paths and wording, for fingerprints.
   */
  identity: string;
  locations: ChangeLocation[];
  source: { file: string; line: number } | null;
  before: unknown;
  after: unknown;
  /** Stable id from the rule and `identity`, unique within a report (docs/waivers: fingerprints). */
  fingerprint?: string;
  /** Set when a config waiver accepted the change: it is listed but counts for nothing. */
  waived?: Waived;
}

export interface Summary {
  breaking: number;
  warning: number;
  nonBreaking: number;
  unclassified: number;
  /** Changes accepted by a waiver, left out of the four counts above. */
  waived?: number;
}

export interface SpecReport {
  file: string;
  /** What the spec is (absent in reports of earlier versions: AsyncAPI). */
  kind?: SpecKind;
  drift: boolean;
  /** `file`: the spec path at the base; `error`: why a baseline that exists could not be read. */
  baseline: { ref: string | null; found: boolean; file?: string; error?: string };
  /** The compatibility mode the changes were judged in (default `backward`). */
  compatibility?: Compatibility;
  /** Whose side the documents' operations were read from (default `application`). */
  perspective?: Perspective;
  changes: Change[];
  summary: Summary;
}

export interface ReportContext {
  event: string;
  pullRequest: number | null;
  headSha: string | null;
  baseSha: string | null;
  repository?: string;
}

export interface Report {
  version: 1;
  context: ReportContext | null;
  specs: SpecReport[];
  summary: Summary & { drift: boolean };
}

/** One spec target: where the spec goes and which resources make it. */
export interface SpecTarget {
  output: string;
  /** Configured, or found from the committed file or the name (src/kinds/index.ts `kindOfTarget`). */
  kind?: SpecKind;
  /** Globs relative to the workspace; empty = auto-discovery. */
  resources: string[];
  title?: string;
  description?: string;
  version?: string;
  /** AsyncAPI version to generate (`2.5.0`, `3.0.0`, `3.1.0`); default `2.5.0`. */
  asyncapi?: string;
  /** OpenAPI targets: the OpenAPI version to write (`3.0.x`, `3.1.x`); default `3.0.0`. */
  openapi?: string;
  /** OpenAPI targets: firestone's `--prefix`, the server URL. */
  prefix?: string;
  compatibility?: Compatibility;
  perspective?: Perspective;
}

/** One `waivers:` entry of the config file. */
export interface Waiver {
  fingerprint?: string;
  rule?: string;
  path?: string;
  reason: string;
  /** YYYY-MM-DD (UTC); the waiver holds through that day. */
  expires?: string;
  owner?: string;
  spec?: string;
  /** Line of the entry in the config file. */
  line: number;
}

export interface Config {
  /** Path of the config file it came from, if any. */
  file: string | null;
  specs: SpecTarget[];
  /** Rule id → type overrides. */
  rules: Record<string, ChangeType>;
  /** Where each rule override was written in `file`, so a later check can point at it. */
  rulePositions?: Record<string, { line: number; col: number }>;
  waivers?: Waiver[];
}

export type FailOn = 'baseline-unreadable' | 'breaking' | 'warning' | 'unclassified' | 'non-breaking' | 'drift';

export type SpecStatus = 'changed' | 'added' | 'removed' | 'unchanged';

/** One spec of a changelog section (`firestone-spec changelog`, src/changelog.ts). */
export interface ChangelogSpec {
  file: string;
  kind?: SpecKind;
  compatibility: Compatibility;
  /** AsyncAPI specs only (docs/classification.md, "Perspective"). */
  perspective?: Perspective;
  status: SpecStatus;
  /** `info.version` of the spec at FROM and at TO (null: absent, or no version). */
  fromVersion: string | null;
  toVersion: string | null;
  changes: Change[];
  summary: Required<Summary>;
}

export interface ChangelogSection {
  /** The revisions as given (tag names for `--tags`). */
  from: string;
  to: string;
  specs: ChangelogSpec[];
}

export interface Changelog {
  version: 1;
  sections: ChangelogSection[];
}
