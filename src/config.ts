/**
 * The config file (`.github/firestone-spec.yml`): spec targets and rule overrides,
 * validated with positions so every mistake is reported at its line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError, type Problem } from './errors';
import { ajvProblems } from './resource/ajv-messages';
import { validateConfig } from './generated/validators';
import { globProblem } from './resource/discover';
import { toPointer } from './util/pointer';
import { editDistance } from './util/suggest';
import { setOwn } from './util/data';
import { yaml } from './util/packages';
import {
  findInSource,
  parseSource,
  positionAt,
  readUserFile,
  toPlainData,
  type SourceDoc,
} from './resource/yaml-source';
import {
  type ChangeType,
  type Compatibility,
  type Config,
  type JsonPath,
  type Perspective,
  type SourcePosition,
  type SpecKind,
  type SpecTarget,
  type Waiver,
} from './types';
import { kindOfName, kindOfOutput } from './kinds/detect';
import { VOCABULARY } from './kinds/vocabulary';
import { validDay } from './util/date';
import { isInside, normalizeRelative, toPosix } from './util/paths';

export const DEFAULT_CONFIG_FILES = ['.github/firestone-spec.yml', '.github/firestone-spec.yaml'] as const;

const OUTPUT_EXTENSIONS = ['.yaml', '.yml', '.json'];

interface RawSpec {
  output: string;
  resources?: string[];
  title?: string;
  description?: string;
  version?: string | number;
  kind?: SpecKind;
  asyncapi?: string;
  openapi?: string;
  prefix?: string;
  compatibility?: Compatibility;
  perspective?: Perspective;
}
interface RawWaiver {
  fingerprint?: string | number;
  rule?: string;
  path?: string;
  reason: string;
  expires?: string;
  owner?: string;
  spec?: string;
}
interface RawConfig {
  specs?: RawSpec[];
  rules?: Record<string, ChangeType>;
  waivers?: RawWaiver[];
}

function locator(src: SourceDoc): (p: JsonPath) => SourcePosition {
  return (p) => positionAt(src, findInSource(src, p).offset);
}

/** The deepest existing ancestor of `abs`, symlinks resolved: where a write to `abs` would really land. */
function realAncestor(abs: string): string {
  let current = abs;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), path.relative(current, abs));
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return abs;
      current = parent;
    }
  }
}

/** Problems with an output path that the schema can't see: place, extension, symlinks. */
function outputProblem(workspaceReal: string, output: string): string | null {
  if (path.isAbsolute(output) || path.win32.isAbsolute(output))
    return `output '${output}' must be a path relative to the workspace`;
  const normalized = path.posix.normalize(output.replace(/\\/g, '/'));
  if (normalized === '..' || normalized.startsWith('../')) return `output '${output}' is outside the workspace`;
  if (!OUTPUT_EXTENSIONS.includes(path.posix.extname(normalized).toLowerCase())) {
    return `output '${output}' must end in .yaml, .yml or .json`;
  }
  if (!isInside(workspaceReal, realAncestor(path.join(workspaceReal, normalized)))) {
    return `output '${output}' leads through a symbolic link outside the workspace`;
  }
  return null;
}

/**
 * Holds any target's output (also the single target's `spec-file` input / `--spec-file` flag, which
 * no config file validated) to the rules of a config `output`: relative, inside the workspace, .yaml/.yml/.json.
 */
export function checkOutputPath(workspace: string, output: string): void {
  const bad = outputProblem(fs.realpathSync(workspace), output);
  if (bad) throw new InputError({ file: output, message: bad });
}

/** The version as written: YAML reads `1.10` as the number 1.1, the user meant "1.10". */
function versionText(src: SourceDoc, at: JsonPath, value: string | number): string {
  if (typeof value === 'string') return value;
  const node = findInSource(src, at).node;
  if (yaml().isScalar(node) && node.range) return src.text.slice(node.range[0], node.range[1]).trim();
  return String(value);
}

/** The target keys that belong to one kind of spec. */
const KIND_KEYS: Readonly<Record<'asyncapi' | 'openapi' | 'prefix', SpecKind>> = {
  asyncapi: 'asyncapi',
  openapi: 'openapi',
  prefix: 'openapi',
};

function targetsOf(raw: RawConfig, src: SourceDoc, workspaceReal: string, problems: Problem[]): SpecTarget[] {
  const locate = locator(src);
  const seen = new Map<string, number>();
  return (raw.specs ?? []).map((spec, i) => {
    const at = (...rest: (string | number)[]): JsonPath => ['specs', i, ...rest];
    const problem = (p: JsonPath, message: string): void => {
      problems.push({ ...locate(p), pointer: toPointer(p), message });
    };
    const bad = outputProblem(workspaceReal, spec.output);
    if (bad) problem(at('output'), bad);
    const output = normalizeRelative(spec.output);
    const first = seen.get(output);
    if (first !== undefined) {
      problem(
        at('output'),
        `output '${output}' is already the output of specs[${first}]; each spec needs its own file`,
      );
    } else {
      seen.set(output, i);
    }
    (spec.resources ?? []).forEach((pattern, j) => {
      const message = globProblem(pattern);
      if (message) problem(at('resources', j), message);
    });
    const target: SpecTarget = { output, resources: [...(spec.resources ?? [])] };
    if (spec.title !== undefined) target.title = spec.title;
    if (spec.description !== undefined) target.description = spec.description;
    if (spec.version !== undefined) target.version = versionText(src, at('version'), spec.version);
    const kind = spec.kind ?? (bad ? kindOfName(output) : kindOfOutput(workspaceReal, output));
    target.kind = kind;
    for (const key of ['asyncapi', 'openapi', 'prefix'] as const) {
      const value = spec[key];
      if (value === undefined) continue;
      const owner = KIND_KEYS[key];
      if (owner !== kind) {
        const why = spec.kind !== undefined ? 'its kind' : 'its committed file or its name';
        problem(
          at(key),
          `'${key}' is a key of ${VOCABULARY[owner].name} targets, and ${why} makes '${output}' an ${VOCABULARY[kind].name} target (set kind: ${owner} if it is not)`,
        );
      }
      target[key] = value;
    }
    if (spec.compatibility !== undefined) target.compatibility = spec.compatibility;
    if (spec.perspective !== undefined) {
      // REST's direction is fixed by HTTP: a perspective on an OpenAPI target would say nothing (docs/classification.md).
      if (kind !== 'asyncapi')
        problem(
          at('perspective'),
          `'perspective' is a key of AsyncAPI targets (an OpenAPI document is read one way: clients send requests), and ${spec.kind !== undefined ? 'its kind' : 'its committed file or its name'} makes '${output}' an ${VOCABULARY[kind].name} target`,
        );
      target.perspective = spec.perspective;
    }
    return target;
  });
}

/** The `waivers:` entries (docs/waivers.md), each checked beyond what the schema can say. */
function waiversOf(raw: RawConfig, src: SourceDoc, specs: SpecTarget[], problems: Problem[]): Waiver[] {
  const locate = locator(src);
  return (raw.waivers ?? []).map((w, i) => {
    const at = (...rest: (string | number)[]): JsonPath => ['waivers', i, ...rest];
    const problem = (p: JsonPath, message: string): void => {
      problems.push({ ...locate(p), pointer: toPointer(p), message });
    };
    const waiver: Waiver = { reason: w.reason, line: locate(at()).line };
    if (w.fingerprint !== undefined) {
      const fingerprint = versionText(src, at('fingerprint'), w.fingerprint);
      if (!/^[0-9a-f]{8,64}$/.test(fingerprint)) {
        problem(
          at('fingerprint'),
          `fingerprint '${fingerprint}' must be 8 or more lowercase hex characters, as the report shows it`,
        );
      }
      waiver.fingerprint = fingerprint;
    }
    if (w.rule !== undefined) waiver.rule = w.rule;
    if (w.path !== undefined) {
      if (w.path !== '' && !w.path.startsWith('/'))
        problem(at('path'), `path '${w.path}' must be a JSON pointer (starting with /)`);
      waiver.path = w.path;
    }
    const byFingerprint = w.fingerprint !== undefined && w.rule === undefined && w.path === undefined;
    const byRule = w.fingerprint === undefined && w.rule !== undefined && w.path !== undefined;
    if (!byFingerprint && !byRule) problem(at(), 'a waiver names either a fingerprint, or a rule and a path');
    if (w.expires !== undefined) {
      if (validDay(w.expires) === null)
        problem(at('expires'), `expires '${w.expires}' must be a date written YYYY-MM-DD`);
      waiver.expires = w.expires;
    }
    if (w.owner !== undefined) waiver.owner = w.owner;
    if (w.spec !== undefined) {
      const spec = normalizeRelative(w.spec);
      if (specs.length > 0 && !specs.some((t) => t.output === spec)) {
        problem(
          at('spec'),
          `spec '${w.spec}' is not the output of any spec target (${specs.map((t) => t.output).join(', ')})`,
        );
      }
      waiver.spec = spec;
    }
    return waiver;
  });
}

function configFromSource(src: SourceDoc, name: string, workspaceReal: string): Config {
  const data = toPlainData(src) ?? {};
  if (!validateConfig(data)) {
    throw new InputError(ajvProblems(validateConfig.errors ?? [], locator(src), { rootName: 'the config file' }));
  }
  const raw = data as RawConfig;
  const problems: Problem[] = [];
  const specs = targetsOf(raw, src, workspaceReal, problems);
  const waivers = waiversOf(raw, src, specs, problems);
  if (problems.length > 0) throw new InputError(problems);
  const rules: Record<string, ChangeType> = {};
  const rulePositions: Record<string, { line: number; col: number }> = {};
  for (const [id, type] of Object.entries(raw.rules ?? {})) {
    setOwn(rules, id, type);
    const { line, col } = positionAt(src, findInSource(src, ['rules', id]).offset);
    setOwn(rulePositions, id, { line, col });
  }
  return { file: name, specs, rules, rulePositions, ...(raw.waivers !== undefined ? { waivers } : {}) };
}

function existingDefault(workspaceReal: string): string | null {
  for (const candidate of DEFAULT_CONFIG_FILES) {
    if (fs.existsSync(path.join(workspaceReal, candidate))) return candidate;
  }
  return null;
}

/**
 * Reads the config file: `file` (relative to the workspace, or absolute) when given, else
 * `.github/firestone-spec.yml` (or `.yaml`) when present, else an empty config.
 */
export function loadConfig(workspace: string, file: string | null): Config {
  let workspaceReal: string;
  try {
    workspaceReal = fs.realpathSync(workspace);
  } catch {
    throw new InputError({ file: workspace, message: 'workspace directory does not exist' });
  }
  const chosen = file ?? existingDefault(workspaceReal);
  if (chosen === null) return { file: null, specs: [], rules: {} };
  const abs = path.resolve(workspaceReal, chosen);
  const name = isInside(workspaceReal, abs) ? toPosix(path.relative(workspaceReal, abs)) : chosen;
  if (!fs.existsSync(abs)) throw new InputError({ file: name, message: 'config file does not exist' });
  // A config in the repository is repository content: it must not lead to a file elsewhere
  // (its keys would show up in error messages). A path the caller chose outside is theirs.
  if (isInside(workspaceReal, abs) && !isInside(workspaceReal, fs.realpathSync(abs))) {
    throw new InputError({
      file: name,
      message: 'config file resolves through a symbolic link to a place outside the workspace',
    });
  }
  return configFromSource(parseSource(readUserFile(abs, name), name), name, workspaceReal);
}

/**
 * Throws an InputError at each rule override whose id is not one of `known`. An override of a
 * `retired` id (id → why it no longer applies) is not an error: it is dropped from the config
 * and returned as a warning naming its line, so an old config keeps working.
 */
export function checkRuleIds(
  config: Config,
  known: readonly string[],
  retired: Readonly<Record<string, string>> = {},
): string[] {
  const knownSet = new Set(known);
  const where = (id: string) =>
    Object.hasOwn(config.rulePositions ?? {}, id) ? config.rulePositions?.[id] : undefined;
  const warnings: string[] = [];
  for (const id of Object.keys(config.rules)) {
    if (knownSet.has(id) || !Object.hasOwn(retired, id)) continue;
    const at = where(id);
    const place = `${config.file ?? 'config'}${at ? `:${at.line}:${at.col}` : ''}`;
    warnings.push(`${place}: rule id '${id}' is retired and its override no longer applies: ${retired[id]}`);
    delete config.rules[id];
  }
  const problems: Problem[] = Object.keys(config.rules)
    .filter((id) => !knownSet.has(id))
    .map((id) => {
      const near = known.filter((k) => editDistance(k, id) <= Math.max(2, Math.floor(id.length / 5))).slice(0, 3);
      const hint = near.length > 0 ? `; did you mean ${near.map((k) => `'${k}'`).join(' or ')}?` : '';
      return {
        ...(config.file !== null ? { file: config.file } : {}),
        ...(where(id) ?? {}),
        pointer: toPointer(['rules', id]),
        message: `unknown rule id '${id}'${hint}`,
      };
    });
  if (problems.length > 0) throw new InputError(problems);
  return warnings;
}
