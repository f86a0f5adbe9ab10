/**
 * The pipeline shared by the action and the CLI:
 * discover → load → validate → generate → drift → baseline compare → report data.
 * I/O happens here and in the stages' edges; generate/compare/render stay pure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { summarize, totalSummary } from './changes';
import { checkOutputPath } from './config';
import { InputError, type Problem } from './errors';
import { peekInfo, readsAs, serializeSpec } from './generate/serialize';
import { BaselineError, readFileAtRevision, type FileAtRevision } from './git/baseline';
import { kindModule, kindOfTarget, locatorForGenerated, readSpec, recognise, type SpecKindModule } from './kinds/index';
import { applyPolicy, DEFAULT_COMPATIBILITY } from './policy/index';
import { perspectiveOf } from './policy/perspective';
import { discoverResources } from './resource/discover';
import { loadResources } from './resource/load';
import { validateResources } from './resource/schema';
import type {
  ChangeType,
  Compatibility,
  Config,
  GeneratedSpec,
  LoadedResource,
  Perspective,
  Report,
  ReportContext,
  SpecInfo,
  SpecKind,
  SpecReport,
  SpecTarget,
  Waiver,
} from './types';
import { dataEqual, isRecord } from './util/data';
import { MAX_SPEC_BYTES, megabytes, normalizeRelative } from './util/paths';
import { utcToday } from './util/date';

/** Where the baseline of the breaking-change check comes from. */
export type BaselineSource =
  | { kind: 'none' }
  /** The spec file as it is in the working tree (local `check` without `--base`). */
  | { kind: 'worktree' }
  /** `named`: the user gave this revision (`--base`, `base-ref`), so one that can't be read is their error. */
  | { kind: 'revision'; ref: string; named?: boolean };

export interface PipelineOptions {
  workspace: string;
  targets: SpecTarget[];
  rules: Record<string, ChangeType>;
  baseline: BaselineSource;
  /** Values that win over the committed spec's `info` but lose to a target's own config. */
  infoOverrides?: Partial<SpecInfo>;
  /** Title used when neither config, inputs nor the committed spec give one. */
  defaultTitle: string;
  /**
   * `update` and commit mode: `info` must never be silently replaced by defaults. When the
   * committed spec exists but its `info` can't be read, the missing fields must be configured.
   */
  keepInfo?: boolean;
  /** AsyncAPI version to write for AsyncAPI targets whose config does not set `asyncapi`. */
  asyncapiVersion?: string;
  context: ReportContext | null;
  /** Mode for targets that set none themselves (`--compatibility`, input `compatibility`). */
  compatibility?: Compatibility;
  /** Perspective for targets that set none themselves (`--perspective`, input `perspective`). */
  perspective?: Perspective;
  /** The run's date, YYYY-MM-DD: waiver expiry and sunset rules. Default: today (UTC). */
  today?: string;
  waivers?: readonly Waiver[];
  /** The config file, where waiver findings point. */
  configFile?: string | null;
}

export interface TargetResult {
  target: SpecTarget;
  /**
   * The regenerated spec, serialized as it would be written (computed on first use: `check` never
   * writes); null when the target has no drift, since the file already holds this document and
   * nothing is written. Only a drifted target keeps its generated document alive for this.
   */
  readonly text: string | null;
  report: SpecReport;
  /** Things the user should know that are not changes (a repaired firestone spec). */
  notices: string[];
  /** Inputs that generate less than they seem to ask for (each names its file). */
  warnings: string[];
}

export interface PipelineResult {
  report: Report;
  targets: TargetResult[];
  /** Every target's notices and warnings, in target order. */
  notices: string[];
  warnings: string[];
}

export const DEFAULT_VERSION = '1.0.0';

export const specFormat = (file: string): 'yaml' | 'json' => (file.toLowerCase().endsWith('.json') ? 'json' : 'yaml');

/**
 * Targets from the config, or the targets described by inputs/flags (`spec-file`, given or found:
 * `autoOutputs`); filtered by `only`.
 */
export function selectTargets(config: Config, singles: readonly SpecTarget[], only: readonly string[]): SpecTarget[] {
  const all = config.specs.length > 0 ? config.specs : [...singles];
  if (only.length === 0) return all;
  const wanted = new Set(only.map(normalizeRelative));
  const unknown = [...wanted].filter((o) => !all.some((t) => normalizeRelative(t.output) === o));
  if (unknown.length > 0) {
    throw new InputError({
      file: config.file ?? undefined,
      message: `--only names ${unknown.map((u) => `'${u}'`).join(', ')}, which is not a spec output (known: ${all.map((t) => t.output).join(', ')})`,
    });
  }
  return all.filter((t) => wanted.has(normalizeRelative(t.output)));
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  // One date for the whole run: sunset rules and waiver expiry never straddle midnight.
  const today = options.today ?? utcToday();
  const opts = { ...options, today };
  for (const target of opts.targets) checkOutputPath(opts.workspace, target.output);
  const outputs = opts.targets.map((t) => t.output);
  const kinds = opts.targets.map((t) => ({ ...t, kind: kindOfTarget(opts.workspace, t) }));
  // Every baseline before any resource or spec is read: each git call forks the process (see fetchBaseline).
  const fetched: (FetchedBaseline | undefined)[] = [];
  for (const target of kinds) fetched.push(await fetchBaseline(opts, target.output));
  const pool = resourcePool(opts.workspace, outputs);
  const targets: TargetResult[] = [];
  for (const [i, target] of kinds.entries()) {
    targets.push(await runTarget(opts, target, fetched[i] as FetchedBaseline, pool));
    // Its text (a spec of megabytes) is not needed again.
    fetched[i] = undefined;
  }
  const specs = applyPolicy(
    targets.map((t) => t.report),
    {
      waivers: opts.waivers ?? [],
      today,
      configFile: opts.configFile ?? null,
      overrides: opts.rules,
    },
  );
  targets.forEach((t, i) => (t.report = specs[i] ?? t.report));
  return {
    report: { version: 1, context: opts.context, specs, summary: totalSummary(specs) },
    targets,
    notices: targets.flatMap((t) => t.notices),
    warnings: targets.flatMap((t) => t.warnings),
  };
}

/** Discover, load and validate one set of resources; finding none is the user's error (`none`). */
export async function loadResourceSet(
  workspace: string,
  globs: string[],
  exclude: string[],
  none: Problem,
): Promise<LoadedResource[]> {
  return resourcePool(workspace, exclude)(globs, none);
}

type ResourcePool = (globs: string[], none: Problem) => Promise<LoadedResource[]>;

/**
 * The resources of a run: every target asks for its globs, and each file is discovered, loaded and
 * validated once however many targets (of whatever kind) use it.
 */
function resourcePool(workspace: string, exclude: string[]): ResourcePool {
  const found = new Map<string, Promise<string[]>>();
  const loaded = new Map<string, LoadedResource>();
  return async (globs, none) => {
    const key = JSON.stringify(globs);
    let discovery = found.get(key);
    if (discovery === undefined) found.set(key, (discovery = discoverResources(workspace, globs, exclude)));
    const files = await discovery;
    if (files.length === 0) throw new InputError(none);
    const fresh = loadResources(
      workspace,
      files.filter((f) => !loaded.has(f)),
    );
    validateResources(fresh);
    for (const r of fresh) loaded.set(r.file, r);
    return files.map((f) => loaded.get(f) as LoadedResource);
  };
}

async function runTarget(
  opts: PipelineOptions,
  target: SpecTarget & { kind: SpecKind },
  fetched: FetchedBaseline,
  pool: ResourcePool,
): Promise<TargetResult> {
  const kind = kindModule(target.kind);
  const where =
    target.resources.length > 0 ? `matching ${target.resources.join(', ')}` : 'with top-level `kind` and `schema`';
  const resources = await pool(target.resources, {
    file: target.output,
    message: `no firestone resource files found ${where}`,
  });

  const notices: string[] = [];
  // The baseline's blob is the working tree's file: its text was read once, for both.
  const known =
    fetched.kind === 'revision' && fetched.file.found && fetched.file.fromKnown ? fetched.file.text : undefined;
  const source = readCommittedText(opts.workspace, target.output, known);
  const asyncapi = target.asyncapi ?? opts.asyncapiVersion;
  const generate = (info: SpecInfo): Generation => {
    const warnings: string[] = [];
    const options = { ...target, ...(asyncapi !== undefined ? { asyncapi } : {}) };
    return { info, generated: kind.generate(resources, info, options, (w) => warnings.push(w)), warnings };
  };
  const clean = cleanShortcut(target, opts, source, generate);
  let committed: CommittedSpec;
  let generation: Generation;
  if (clean.committed !== undefined) {
    committed = clean.committed;
    generation = clean.generation;
  } else {
    committed = parseCommitted(source, target.output);
    if (committed.notice) notices.push(committed.notice);
    if (isResourceDocument(committed.document)) {
      throw new InputError({
        file: target.output,
        message:
          'is a firestone resource file (top-level kind and schema), not a spec: refusing to use it as a spec output',
      });
    }
    const info = resolveInfo(target, opts, committed);
    // Generation is deterministic: the shortcut's document, when made with this info, is this one.
    generation =
      clean.generation !== undefined && sameInfo(clean.generation.info, info) ? clean.generation : generate(info);
  }
  const { generated, warnings } = generation;
  // A document is equal to itself: the shortcut's committed document is the generated one.
  const drift =
    committed.document === null ||
    (committed.document !== generated.document && !dataEqual(committed.document, generated.document));

  const locate = locatorForGenerated(generated, resources);
  const label = baselineLabel(opts.baseline, target.output);
  const base = supportedBaseline(kind, baselineDocument(fetched, label, committed), target.output);
  if (base.notice && base.notice !== committed.notice) notices.push(base.notice);
  const firestone = writtenByFirestone(target, fetched, committed);
  if (firestone !== null) notices.push(firestone);
  const old = base.newApi ? kind.emptyLike(generated.document) : base.document;
  const compatibility = target.compatibility ?? opts.compatibility ?? DEFAULT_COMPATIBILITY;
  const perspective = perspectiveOf(kind.kind, target.perspective ?? opts.perspective);
  // The drift walk already found the generated document equal to the committed one, and equal
  // documents have no changes (the corpus test compares every document with itself).
  const sameAsCommitted = !drift && old === committed.document;
  const changes =
    old === null || sameAsCommitted
      ? []
      : kind.compare(old, generated.document, {
          files: { old: label, new: target.output },
          overrides: opts.rules,
          locate: (pointer) => locate(pointer),
          compatibility,
          ...(perspective !== undefined ? { perspective } : {}),
          ...(opts.today !== undefined ? { today: opts.today } : {}),
          firestone: { old: oldWrittenByFirestone(target, fetched, committed, base.newApi === true), new: false },
        });

  const report: SpecReport = {
    file: target.output,
    kind: target.kind,
    drift,
    baseline: { ...base.baseline, file: target.output },
    compatibility,
    ...(perspective !== undefined ? { perspective } : {}),
    changes,
    summary: summarize(changes),
  };
  if (!drift) return { target, text: null, report, notices, warnings };
  const document = generated.document;
  let text: string | undefined;
  return {
    target,
    get text() {
      return (text ??= serializeSpec(document, specFormat(target.output)));
    },
    report,
    notices,
    warnings,
  };
}

interface CommittedSpec {
  exists: boolean;
  document: Record<string, unknown> | null;
  error?: string;
  /** Set when firestone's missing line break was repaired to read it. */
  notice?: string;
  /** The text as read: a baseline with the same text is this document, not parsed again. */
  text?: string;
}

/** The spec file in the working tree, read but not parsed: its text, or why there is none. */
type CommittedText = Omit<CommittedSpec, 'document' | 'notice'>;

/**
 * The spec file's text. A file that can't be read counts as drift, never as a crash (parseCommitted).
 * `known`: its text, already read (the baseline's text when that was the same blob).
 */
function readCommittedText(workspace: string, output: string, known?: string): CommittedText {
  if (known !== undefined) return { exists: true, text: known };
  const file = path.join(workspace, output);
  if (!existsSync(file)) return { exists: false };
  if (statSync(file).size > MAX_SPEC_BYTES)
    return { exists: true, error: `${output} is larger than ${megabytes(MAX_SPEC_BYTES)}` };
  try {
    return { exists: true, text: readFileSync(file, 'utf8') };
  } catch (e) {
    return { exists: true, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The committed spec's document. A file that does not parse counts as drift, never as a crash. */
function parseCommitted(source: CommittedText, output: string): CommittedSpec {
  if (source.text === undefined) return { ...source, document: null };
  try {
    const read = readSpec(source.text, output);
    return { exists: true, document: read.document, notice: read.notice, text: source.text };
  } catch (e) {
    return { exists: true, document: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A generated document and what made it: the info it was given, the warnings generation gave. */
interface Generation {
  info: SpecInfo;
  generated: GeneratedSpec;
  warnings: string[];
}

const sameInfo = (a: SpecInfo, b: SpecInfo): boolean =>
  a.title === b.title && a.description === b.description && a.version === b.version;

/**
 * A clean spec without building its document (docs/architecture.md, "A clean spec is not parsed").
 * The full way parses the committed text, takes `info` from it, generates, and compares the two
 * documents. Here `info` is guessed from the text's `info` block alone and the document generated
 * with it; the text is then read against that document without building one (readsAs). When it
 * reads as that very document, and the document's own `info` resolves to the guess, the full way
 * would have parsed this document, resolved the same info, generated the same document
 * (generation is deterministic) and found no drift: the generated document stands for the
 * committed one. Anything else (JSON, an info the guess misses, other data, text the block reader
 * leaves to js-yaml, an error) leaves the full way to run, as before; `generation` is then what
 * was generated on the way, for it to reuse when its info is the same.
 */
function cleanShortcut(
  target: SpecTarget,
  opts: PipelineOptions,
  source: CommittedText,
  generate: (info: SpecInfo) => Generation,
): { committed: CommittedSpec; generation: Generation } | { committed?: undefined; generation?: Generation } {
  const { text } = source;
  if (text === undefined || specFormat(target.output) === 'json') return {};
  const info = peekInfo(text);
  if (info === undefined) return {};
  let generation: Generation | undefined;
  try {
    generation = generate(resolveInfo(target, opts, { exists: true, document: { info } }));
    const { document } = generation.generated;
    const fixpoint = sameInfo(resolveInfo(target, opts, { exists: true, document }), generation.info);
    if (fixpoint && readsAs(text, document)) return { committed: { exists: true, document, text }, generation };
  } catch {
    // Whatever failed fails again on the full way, in the order and words it always had.
  }
  return { generation };
}

/** The spec output must never be one of the user's resource files: `update` would overwrite it. */
const isResourceDocument = (doc: Record<string, unknown> | null): boolean =>
  doc !== null && Object.hasOwn(doc, 'kind') && Object.hasOwn(doc, 'schema');

const infoText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** Why the committed spec's `info` can't be read, or null when it can (or there is no spec). */
function unreadableInfo(committed: CommittedSpec): string | null {
  if (!committed.exists) return null;
  if (committed.document === null) return `it does not parse (${committed.error ?? 'unreadable'})`;
  const info = committed.document.info;
  if (!isRecord(info)) return 'it has no `info` mapping';
  if (infoText(info.title) === undefined || infoText(info.version) === undefined)
    return '`info` has no title or version';
  return null;
}

function resolveInfo(target: SpecTarget, opts: PipelineOptions, committed: CommittedSpec): SpecInfo {
  const doc = committed.document;
  const old = doc && isRecord(doc.info) ? doc.info : {};
  const configured = {
    title: target.title ?? opts.infoOverrides?.title,
    description: target.description ?? opts.infoOverrides?.description,
    version: target.version ?? opts.infoOverrides?.version,
  };
  const why = opts.keepInfo ? unreadableInfo(committed) : null;
  if (why !== null) {
    const missing = (['title', 'description', 'version'] as const).filter((k) => configured[k] === undefined);
    if (missing.length > 0) {
      const names = missing.map((k) => (k === 'version' ? 'spec-version' : k));
      throw new InputError({
        file: target.output,
        message:
          `the committed spec's info cannot be read: ${why}; rather than replace it with defaults, ` +
          `give ${names.join(', ')} (config keys title/description/version, or --title/--description/--spec-version)`,
      });
    }
  }
  return {
    title: configured.title ?? infoText(old.title) ?? opts.defaultTitle,
    description: configured.description ?? infoText(old.description) ?? '',
    version: configured.version ?? infoText(old.version) ?? DEFAULT_VERSION,
  };
}

/** A baseline of a version (or kind) the compare stage does not read is an unreadable baseline, not a crash. */
function supportedBaseline(
  kind: SpecKindModule,
  base: ReturnType<typeof baselineDocument>,
  file: string,
): ReturnType<typeof baselineDocument> {
  if (base.document === null) return base;
  try {
    kind.checkVersion(base.document, file);
    return base;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { document: null, baseline: { ...base.baseline, error: `baseline unreadable: ${e.message}` } };
  }
}

/** The baseline as read from git, before it is parsed. */
type FetchedBaseline =
  | { kind: 'none' }
  | { kind: 'worktree' }
  | { kind: 'revision'; file: FileAtRevision }
  | { kind: 'unavailable'; ref: string; error: string };

/**
 * Reads the baseline's text from git. runTarget does this first: each git call forks the process,
 * and a fork costs in proportion to the memory a run holds once its resources and specs are read.
 */
async function fetchBaseline(opts: PipelineOptions, output: string): Promise<FetchedBaseline> {
  const source = opts.baseline;
  if (source.kind === 'none') return { kind: 'none' };
  if (source.kind === 'worktree') return { kind: 'worktree' };
  try {
    const known = worktreeBytes(opts.workspace, output);
    return {
      kind: 'revision',
      file: await readFileAtRevision(opts.workspace, source.ref, output, known ? { known } : {}),
    };
  } catch (e) {
    // A revision from the event (a force-pushed `before`, say) may be gone: skip with a warning.
    // One the user typed is a typo until shown otherwise: `--base origin/mian` must not pass quietly.
    if (source.named && e instanceof BaselineError) throw new InputError({ message: `base revision: ${e.message}` });
    return { kind: 'unavailable', ref: source.ref, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The spec file's bytes in the working tree, when it is a file small enough to read as a spec.
 * Usually it is the committed blob itself, and then git need not send it again (readFileAtRevision).
 */
function worktreeBytes(workspace: string, output: string): Buffer | undefined {
  const file = path.join(workspace, output);
  try {
    return statSync(file).isFile() && statSync(file).size <= MAX_SPEC_BYTES ? readFileSync(file) : undefined;
  } catch {
    // Missing or unreadable: readCommitted says why, in its own words.
    return undefined;
  }
}

/**
 * The document to compare against. A missing file means a new API (everything is an addition);
 * one that does not parse is reported and the breaking check skipped.
 */
function baselineDocument(
  fetched: FetchedBaseline,
  label: string,
  committed: CommittedSpec,
): {
  document: Record<string, unknown> | null;
  baseline: SpecReport['baseline'];
  newApi?: boolean;
  notice?: string;
} {
  if (fetched.kind === 'none') return { document: null, baseline: { ref: null, found: false } };
  if (fetched.kind === 'unavailable')
    return { document: null, baseline: { ref: fetched.ref, found: false, error: fetched.error } };
  if (fetched.kind === 'worktree') {
    if (!committed.exists) return { document: null, baseline: { ref: null, found: false }, newApi: true };
    if (committed.document === null) {
      return {
        document: null,
        baseline: { ref: null, found: true, error: `baseline does not parse: ${committed.error ?? ''}` },
      };
    }
    return { document: committed.document, baseline: { ref: null, found: true }, notice: committed.notice };
  }
  const result = fetched.file;
  if (!result.found) return { document: null, baseline: { ref: result.commit, found: false }, newApi: true };
  // Most runs leave the spec as committed: the working tree's document is the baseline's (nothing mutates
  // documents). A repaired text is parsed again, so its notice names the baseline.
  if (committed.document !== null && committed.notice === undefined && committed.text === result.text)
    return { document: committed.document, baseline: { ref: result.commit, found: true } };
  try {
    const read = readSpec(result.text, label);
    return { document: read.document, baseline: { ref: result.commit, found: true }, notice: read.notice };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      document: null,
      baseline: { ref: result.commit, found: true, error: `baseline does not parse: ${message}` },
    };
  }
}

/**
 * The notice that the baseline or the committed spec was written by firestone (the baseline is
 * what the comparison reads, so it is named first); one per target.
 */
function writtenByFirestone(
  target: SpecTarget & { kind: SpecKind },
  fetched: FetchedBaseline,
  committed: CommittedSpec,
): string | null {
  const baseText = fetched.kind === 'revision' && fetched.file.found ? fetched.file.text : undefined;
  // Usually the same text (the baseline blob is the working tree's file): read once.
  const texts = [...new Set([baseText, committed.text])].filter((t): t is string => t !== undefined);
  for (const text of texts) {
    const notice = recognise(target.kind, text, target.output);
    if (notice !== null) return notice;
  }
  return null;
}

/** Whether the document compared as old (the baseline, or the committed spec in a drift check) is one firestone wrote. */
function oldWrittenByFirestone(
  target: SpecTarget & { kind: SpecKind },
  fetched: FetchedBaseline,
  committed: CommittedSpec,
  newApi: boolean,
): boolean {
  if (newApi) return false;
  const text =
    fetched.kind === 'revision'
      ? fetched.file.found
        ? fetched.file.text
        : undefined
      : fetched.kind === 'worktree'
        ? committed.text
        : undefined;
  return text !== undefined && recognise(target.kind, text, target.output) !== null;
}

/** How errors name the baseline: the spec file, at the revision it was read from. */
const baselineLabel = (source: BaselineSource, output: string): string =>
  source.kind === 'revision' ? `${output}@${source.ref.slice(0, 12)}` : output;
