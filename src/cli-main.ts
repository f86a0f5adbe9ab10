/**
 * `firestone-spec`: the same pipeline as the action, for terminals and pre-commit hooks.
 * Exit codes: 0 nothing in --fail-on happened, 1 something did, 2 bad input or usage.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkRuleIds, loadConfig } from './config';
import { formatProblem, InputError } from './errors';
import { writeFileAtomic } from './fs-atomic';
import { readAsJson, serializeSpec } from './generate/serialize';
import { generateAsyncApi, parseAsyncApiVersion } from './generate/asyncapi';
import { generateOpenApi, parseOpenApiVersion } from './generate/openapi';
import { migrateText } from './resource/legacy';
import { globFiles, mayBeResource } from './resource/discover';
import { readUserFile } from './resource/yaml-source';
import { buildChangelog, parseRange, tagPairs } from './changelog';
import {
  applyPolicy,
  DEFAULT_COMPATIBILITY,
  parseCompatibility,
  parsePerspective,
  perspectiveOf,
  perspectiveRefused,
  runDate,
  WAIVER_RULE_IDS,
} from './policy/index';
import { renderChangelogJson, renderChangelogMarkdown, renderChangelogText } from './report/changelog';
import { renderJson } from './report/json';
import { renderSarif } from './report/sarif';
import { repoPrefix, specLineReader } from './report/sarif-places';
import { renderMarkdown } from './report/markdown';
import {
  DEFAULT_FAIL_ON,
  DIFF_DEFAULT_FAIL_ON,
  failures,
  parseFailOn,
  summarize,
  totalSummary,
} from './report/summary';
import { renderText } from './report/text';
import {
  autoOutputs,
  kindModule,
  firestoneSides,
  recognise,
  kindOfPair,
  KNOWN_RULE_IDS,
  locatorForText,
  readSpec,
  RETIRED_RULE_IDS,
} from './kinds/index';
import { DEFAULT_VERSION, loadResourceSet, runPipeline, selectTargets, specFormat, type BaselineSource } from './run';
import type { Compatibility, Config, Perspective, Report, SpecTarget } from './types';
import { VERSION } from './version';
import { isInside, MAX_SPEC_BYTES, megabytes } from './util/paths';

const USAGE = `Usage:
  firestone-spec generate [-t|--title T] [-d|--description D] [-v|--version|--spec-version V]
                          [--asyncapi-version 2.5.0|3.0.0|3.1.0] [--format yaml|json]
                          [-o|-O|--output|--out FILE] [-r|--resources LIST] [RESOURCE...] [asyncapi]
  firestone-spec generate [-t T] [-d D] [-v V] [-s|--summary S] [-r LIST] [RESOURCE...]
                          openapi [--version 3.0.x|3.1.x] [--prefix URL] [-O|-o|--out FILE]
  firestone-spec migrate [--check] FILE_OR_GLOB_OR_DIR...
  firestone-spec diff OLD NEW [--format text|markdown|json] [--fail-on LIST]
  firestone-spec check  [--config FILE] [--only OUTPUTS] [--base REF]
                        [--format text|markdown|json] [--fail-on LIST]
  firestone-spec update [--config FILE] [--only OUTPUTS]
  firestone-spec changelog FROM..TO | --tags PATTERN [--config FILE] [--only OUTPUTS]
                           [--format markdown|text|json] [--fail-on LIST]
  firestone-spec --version

diff, check and changelog take --compatibility backward|forward|full|none and
--perspective application|client (documents written from the client's side: operations read the
other way round); a target's own compatibility and perspective in the config win. They take --today YYYY-MM-DD (the run's date, for waiver expiry;
also FIRESTONE_SPEC_TODAY). diff and check take --format sarif (SARIF 2.1.0, for code scanning).

check, update and generate take --asyncapi-version. generate writes AsyncAPI unless the word
openapi is given (or --openapi-version V, accepted anywhere): after that word, --version is the
OpenAPI version (default 3.0.0), as in firestone; before it, -v/--version is the spec version.
RESOURCE: a file, a glob, a comma list, a directory (every resource file below it) or \`.\`.
Without a config file, check and update use the targets --spec-file names (repeatable; each
file's kind from its top-level key, else openapi when its name contains openapi, else asyncapi),
else the spec files committed at the root among asyncapi.yaml, asyncapi.json, openapi.yaml and
openapi.json, else asyncapi.yaml; made from --resources globs (default: auto-discovery of files
with top-level kind and schema).
check without --base compares against the spec file in the working tree.

--fail-on: comma list of breaking, warning, unclassified, non-breaking, drift,
baseline-unreadable, or never.
Default ${DEFAULT_FAIL_ON} (diff: ${DIFF_DEFAULT_FAIL_ON}; changelog: never).
Exit codes: 0 nothing in --fail-on happened, 1 something did, 2 bad input or usage.`;

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

class UsageError extends Error {}

const common = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  only: { type: 'string' },
  base: { type: 'string' },
  'spec-file': { type: 'string', multiple: true },
  resources: { type: 'string', multiple: true, short: 'r' },
  title: { type: 'string', short: 't' },
  description: { type: 'string', short: 'd' },
  'spec-version': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  // firestone's spelling (docs: README "Moving from firestone's CLI"): `-v` is the spec version.
  version: { type: 'string', short: 'v' },
  output: { type: 'string', short: 'o' },
  'asyncapi-version': { type: 'string' },
  'openapi-version': { type: 'string' },
  prefix: { type: 'string' },
  summary: { type: 'string', short: 's' },
  check: { type: 'boolean' },
  compatibility: { type: 'string' },
  perspective: { type: 'string' },
  today: { type: 'string' },
  tags: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type Flags = {
  [K in keyof typeof common]?: (typeof common)[K] extends { multiple: true }
    ? string[]
    : (typeof common)[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/** Which flags each command takes, so a misplaced flag is a usage error instead of being ignored. */
const ALLOWED: Record<string, readonly (keyof typeof common)[]> = {
  generate: [
    'title',
    'description',
    'spec-version',
    'format',
    'out',
    'version',
    'output',
    'resources',
    'asyncapi-version',
    'openapi-version',
    'prefix',
    'summary',
  ],
  migrate: ['check'],
  diff: ['format', 'fail-on', 'compatibility', 'perspective', 'today'],
  changelog: ['config', 'only', 'spec-file', 'format', 'fail-on', 'compatibility', 'perspective', 'today', 'tags'],
  check: [
    'compatibility',
    'perspective',
    'today',
    'config',
    'only',
    'base',
    'format',
    'fail-on',
    'spec-file',
    'resources',
    'title',
    'description',
    'spec-version',
    'asyncapi-version',
  ],
  update: ['config', 'only', 'spec-file', 'resources', 'title', 'description', 'spec-version', 'asyncapi-version'],
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const allowed = ALLOWED[command];
    if (!allowed) throw new UsageError(`unknown command '${command}'`);
    // `generate --version` with no value asks for the tool's version, as `--version` does.
    if (command === 'generate' && rest.length === 1 && (rest[0] === '--version' || rest[0] === '-v')) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const prepared = command === 'generate' ? firestoneGenerateArgs(rest) : { args: rest, openapiFlag: '' };
    const { values, positionals } = parseFlags(prepared.args);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const stray = Object.keys(values).filter((k) => !allowed.includes(k as keyof typeof common));
    if (stray.length > 0) throw new UsageError(`${command} does not take --${stray.join(', --')}`);
    switch (command) {
      case 'generate':
        return await generateCommand(values, positionals, io, prepared.openapiFlag);
      case 'diff':
        return await diffCommand(values, positionals, io);
      case 'check':
        return await checkCommand(values, positionals, io);
      case 'migrate':
        return await migrateCommand(values, positionals, io);
      case 'changelog':
        return await changelogCommand(values, positionals, io);
      default:
        return await updateCommand(values, positionals, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`firestone-spec: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`${e.problems.map(formatProblem).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
}

function parseFlags(args: string[]): { values: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: common, allowPositionals: true, strict: true });
    return { values: values as Flags, positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function outputFormat(value: string | undefined, allowed: readonly string[], fallback: string): string {
  const format = value ?? fallback;
  if (!allowed.includes(format))
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got '${format}')`);
  return format;
}

/** The words that select what `generate` writes, as firestone's subcommands (`… openapi`, `… asyncapi`). */
const KIND_WORDS = ['asyncapi', 'openapi'] as const;
type Kind = (typeof KIND_WORDS)[number];

const isKindWord = (cwd: string, word: string): word is Kind =>
  (KIND_WORDS as readonly string[]).includes(word) && !existsSync(path.resolve(cwd, word));

/**
 * firestone's `generate … openapi --version V [-O FILE]`: after the word `openapi`, `--version` is
 * the OpenAPI version (it becomes `--openapi-version`); before it, `-v/--version` stays the spec
 * version. `-O` is firestone's `--output`. Arguments that fail to parse are left for parseFlags to refuse.
 */
function firestoneGenerateArgs(args: string[]): { args: string[]; openapiFlag: string } {
  let openapiFlag = '--openapi-version';
  let tokens;
  try {
    ({ tokens } = parseArgs({ args, options: common, allowPositionals: true, strict: false, tokens: true }));
  } catch {
    return { args, openapiFlag };
  }
  const out = [...args];
  const word = tokens.find((t) => t.kind === 'positional' && t.value === 'openapi');
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.rawName === '-O' && t.inlineValue === undefined) out[t.index] = '-o';
    if (word && t.index > word.index && t.rawName === '--version') {
      out[t.index] = t.inlineValue === undefined ? '--openapi-version' : `--openapi-version=${t.value ?? ''}`;
      openapiFlag = '--version';
    }
  }
  return { args: out, openapiFlag };
}

/**
 * Resource arguments: positionals and `-r` lists, comma lists split, firestone's `asyncapi` or
 * `openapi` word dropped (unless a file or directory has that name).
 */
function resourceArgs(cwd: string, flags: Flags, positionals: string[]): string[] {
  const words = positionals.filter((w) => !isKindWord(cwd, w));
  return [...(flags.resources ?? []), ...words]
    .flatMap((a) => a.split(','))
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The kind `generate` writes: the word given, or openapi when only --openapi-version says so. */
function generateKind(cwd: string, flags: Flags, positionals: string[]): Kind {
  const words = [...new Set(positionals.filter((w) => isKindWord(cwd, w)))];
  if (words.length > 1) throw new UsageError('generate writes one kind: give asyncapi or openapi, not both');
  const kind = words[0] ?? (flags['openapi-version'] !== undefined ? 'openapi' : 'asyncapi');
  const misplaced =
    kind === 'openapi'
      ? (['asyncapi-version'] as const).filter((f) => flags[f] !== undefined)
      : (['openapi-version', 'prefix', 'summary'] as const).filter((f) => flags[f] !== undefined);
  if (misplaced.length > 0) {
    const other = kind === 'openapi' ? 'AsyncAPI output' : 'OpenAPI output: add the word openapi';
    throw new UsageError(`--${misplaced.join(', --')} ${misplaced.length > 1 ? 'are' : 'is'} for ${other}`);
  }
  return kind;
}

/** One value given under two names (`--out`/`-o`, `--spec-version`/`-v`): both at once is a usage error. */
function eitherFlag(flags: Flags, a: keyof Flags, b: keyof Flags): string | undefined {
  const x = flags[a] as string | undefined;
  const y = flags[b] as string | undefined;
  if (x !== undefined && y !== undefined) throw new UsageError(`give --${a} or --${b}, not both`);
  return x ?? y;
}

function asyncapiVersionFlag(flags: Flags): string | undefined {
  const v = flags['asyncapi-version'];
  return v === undefined ? undefined : parseAsyncApiVersion(v, '--asyncapi-version');
}

/** `openapiFlag`: how the user spelled the OpenAPI version flag, for its error message. */
async function generateCommand(flags: Flags, positionals: string[], io: CliIO, openapiFlag: string): Promise<number> {
  const kind = generateKind(io.cwd, flags, positionals);
  const args = resourceArgs(io.cwd, flags, positionals);
  if (args.length === 0) throw new UsageError('generate needs at least one resource file, glob or directory');
  const out = eitherFlag(flags, 'out', 'output');
  const specVersion = eitherFlag(flags, 'spec-version', 'version');
  const asyncapi = asyncapiVersionFlag(flags);
  const openapiVersion = flags['openapi-version'];
  // Checked before any file is read: a wrong version is a usage problem, whatever the resources.
  const openapi = openapiVersion === undefined ? undefined : parseOpenApiVersion(openapiVersion, openapiFlag);
  const format = flags.format ?? (out && specFormat(out) === 'json' ? 'json' : 'yaml');
  outputFormat(format, ['yaml', 'json'], 'yaml');
  const workspace = generateWorkspace(io.cwd, args);
  const globs = args.map((a) => toWorkspaceGlob(io.cwd, workspace, a));
  const resources = await loadResourceSet(workspace, globs, [], {
    message: `no resource files match ${args.join(', ')}`,
  });
  const info = {
    title: flags.title ?? 'API',
    description: flags.description ?? '',
    version: specVersion ?? DEFAULT_VERSION,
  };
  const warn = (w: string) => io.stderr(`warning: ${w}\n`);
  const spec =
    kind === 'openapi'
      ? generateOpenApi(resources, info, { openapi, prefix: flags.prefix, summary: flags.summary, warn })
      : generateAsyncApi(resources, info, { asyncapi, warn });
  const text = serializeSpec(spec.document, format as 'yaml' | 'json');
  if (out) {
    mkdirSync(path.dirname(path.resolve(io.cwd, out)), { recursive: true });
    await writeFileAtomic(path.resolve(io.cwd, out), text);
  } else io.stdout(text);
  return 0;
}

/**
 * `$ref`s must stay inside the workspace. For `generate` that is the current directory, or,
 * when the named files lie elsewhere, their deepest common directory: the user chose those files.
 */
function generateWorkspace(cwd: string, args: string[]): string {
  const dirs = args.map((a) => path.resolve(cwd, globBase(a)));
  if (dirs.every((d) => isInside(cwd, d))) return cwd;
  return dirs.reduce(commonDir);
}

/** The directory part of a glob before its first magic segment (or the file's directory). */
function globBase(arg: string): string {
  const parts = arg.split(/[\\/]/);
  const magic = parts.findIndex((p) => /[*?[\]{}]/.test(p));
  const fixed = magic === -1 ? parts.slice(0, -1) : parts.slice(0, magic);
  return fixed.join('/') || '.';
}

function commonDir(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

function toWorkspaceGlob(cwd: string, workspace: string, arg: string): string {
  return path.relative(workspace, path.resolve(cwd, arg)).split(path.sep).join('/') || '.';
}

function readSpecFile(cwd: string, file: string, io: CliIO): { text: string; document: Record<string, unknown> } {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new InputError({ file, message: 'file not found' });
  if (statSync(full).size > MAX_SPEC_BYTES)
    throw new InputError({ file, message: `file is larger than ${megabytes(MAX_SPEC_BYTES)}` });
  const read = readSpec(readFileSync(full, 'utf8'), file);
  if (read.notice) io.stderr(`notice: ${read.notice}\n`);
  return { text: read.text, document: read.document };
}

async function diffCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length !== 2) throw new UsageError('diff needs exactly two files: OLD NEW');
  const format = outputFormat(flags.format, REPORT_FORMATS, 'text');
  const compatibility = compatibilityFlag(flags) ?? DEFAULT_COMPATIBILITY;
  const asked = perspectiveFlag(flags);
  const today = runDate(flags.today, io.env);
  const failOn = parseFailOn(flags['fail-on'] ?? DIFF_DEFAULT_FAIL_ON);
  const [oldFile, newFile] = args as [string, string];
  const before = readSpecFile(io.cwd, oldFile, io);
  const after = readSpecFile(io.cwd, newFile, io);
  const locateNew = locatorForText(after.text, newFile, { json: readAsJson(after.document) });
  const locateOld = locatorForText(before.text, oldFile, { json: readAsJson(before.document) });
  const kind = kindModule(kindOfPair(before.document, after.document, { old: oldFile, new: newFile }));
  // Asked for explicitly, a perspective that cannot apply is refused rather than silently ignored.
  if (asked !== undefined && kind.kind !== 'asyncapi')
    throw new InputError({ message: perspectiveRefused([oldFile, newFile]) });
  const perspective = perspectiveOf(kind.kind, asked);
  const files = { old: oldFile, new: newFile };
  kind.checkVersion(before.document, oldFile);
  kind.checkVersion(after.document, newFile);
  const notice = recognise(kind.kind, before.text, oldFile);
  if (notice !== null) io.stderr(`notice: ${notice}\n`);
  const changes = kind.compare(before.document, after.document, {
    locate: (pointer, side) => (side === 'old' ? locateOld(pointer) : locateNew(pointer)),
    compatibility,
    ...(perspective !== undefined ? { perspective } : {}),
    today,
    files,
    firestone: firestoneSides(kind.kind, before.text, after.text),
  });
  const specs = applyPolicy(
    [
      {
        file: newFile,
        kind: kind.kind,
        drift: false,
        baseline: { ref: null, found: true, file: oldFile },
        compatibility,
        ...(perspective !== undefined ? { perspective } : {}),
        changes,
        summary: summarize(changes),
      },
    ],
    { waivers: [], today, configFile: null },
  );
  const report: Report = { version: 1, context: null, specs, summary: totalSummary(specs) };
  io.stdout(await render(report, format, io));
  return failures(report, failOn, {}).length > 0 ? 1 : 0;
}

/** The targets a command works on: the config's (or the single one of the flags), narrowed by `--only`. */
function cliTargets(config: Config, flags: Flags, cwd: string): SpecTarget[] {
  const only = (flags.only ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return selectTargets(config, singleTargets(flags, cwd), only);
}

/** The targets of a run without a config: each `--spec-file`, else the spec files committed at the root. */
function singleTargets(flags: Flags, cwd: string): SpecTarget[] {
  const resources = resourceArgs('', { resources: flags.resources }, [])
    .flatMap((r) => r.split(/[\n,]/))
    .map((r) => r.trim())
    .filter(Boolean);
  const outputs = flags['spec-file'] ?? autoOutputs(cwd);
  return [...new Set(outputs)].map((output) => ({ output, resources: [...resources] }));
}

async function pipeline(flags: Flags, io: CliIO, baseline: BaselineSource, keepInfo = false) {
  const config = loadConfig(io.cwd, flags.config ?? null);
  for (const w of checkRuleIds(config, [...KNOWN_RULE_IDS, ...WAIVER_RULE_IDS], RETIRED_RULE_IDS))
    io.stderr(`warning: ${w}\n`);
  const compatibility = compatibilityFlag(flags);
  const perspective = perspectiveFlag(flags);
  const today = runDate(flags.today, io.env);
  const targets = cliTargets(config, flags, io.cwd);
  const result = await runPipeline({
    workspace: io.cwd,
    targets,
    rules: config.rules,
    baseline,
    infoOverrides: { title: flags.title, description: flags.description, version: flags['spec-version'] },
    defaultTitle: path.basename(io.cwd),
    context: null,
    keepInfo,
    asyncapiVersion: asyncapiVersionFlag(flags),
    ...(compatibility !== undefined ? { compatibility } : {}),
    ...(perspective !== undefined ? { perspective } : {}),
    today,
    waivers: config.waivers ?? [],
    configFile: config.file,
  });
  for (const notice of result.notices) io.stderr(`notice: ${notice}\n`);
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  return result;
}

async function checkCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length > 0) throw new UsageError(`check takes no positional arguments (got ${args.join(' ')})`);
  const format = outputFormat(flags.format, REPORT_FORMATS, 'text');
  const failOn = parseFailOn(flags['fail-on'] ?? DEFAULT_FAIL_ON);
  const baseline: BaselineSource = flags.base
    ? { kind: 'revision', ref: flags.base, named: true }
    : { kind: 'worktree' };
  const { report } = await pipeline(flags, io, baseline);
  io.stdout(await render(report, format, io));
  const reasons = failures(report, failOn, {});
  if (reasons.length > 0 && format === 'text') io.stderr(`${reasons.join('\n')}\n`);
  return reasons.length > 0 ? 1 : 0;
}

async function updateCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length > 0) throw new UsageError(`update takes no positional arguments (got ${args.join(' ')})`);
  const { targets } = await pipeline(flags, io, { kind: 'none' }, true);
  for (const t of targets) {
    // A target without drift has no text: the file already holds its document.
    if (t.text !== null) {
      mkdirSync(path.dirname(path.join(io.cwd, t.target.output)), { recursive: true });
      await writeFileAtomic(path.join(io.cwd, t.target.output), t.text);
      io.stdout(`updated ${t.target.output}\n`);
    } else {
      io.stdout(`${t.target.output} is up to date\n`);
    }
  }
  return 0;
}

/**
 * `migrate [--check]`: converts pre-0.5 firestone resources in place (src/resource/legacy.ts),
 * atomically; `--check` writes nothing and exits 1 when a file needs converting.
 */
async function migrateCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length === 0) throw new UsageError('migrate needs at least one file, glob or directory');
  const globs = args
    .flatMap((a) => a.split(','))
    .map((a) => a.trim())
    .filter(Boolean);
  const files = await migrationCandidates(io.cwd, globs);
  if (files.length === 0) throw new InputError({ message: `no files match ${args.join(', ')}` });
  const pending: { file: string; text: string }[] = [];
  for (const file of files) {
    const abs = path.resolve(io.cwd, file);
    const text = readUserFile(abs, file);
    // Files that can't be resources (other YAML below a directory) are not even parsed.
    const result = mayBeResource(text) ? migrateText(text, file) : { status: 'not-a-resource' as const };
    if (result.status === 'converted') pending.push({ file, text: result.text });
    else if (result.status === 'current') io.stdout(`${file} is already in the current format\n`);
    else io.stdout(`${file} is not a firestone resource file; left alone\n`);
  }
  if (flags.check) {
    for (const p of pending) io.stdout(`${p.file} is in the pre-0.5 firestone format and needs converting\n`);
    return pending.length > 0 ? 1 : 0;
  }
  // Every file converted in memory first: a bad file stops the run before anything is written.
  for (const p of pending) {
    await writeFileAtomic(path.resolve(io.cwd, p.file), p.text);
    io.stdout(`converted ${p.file}\n`);
  }
  if (pending.length === 0 && files.length > 0) io.stdout('nothing to convert\n');
  return 0;
}

/** Files named, globbed, or below a directory (YAML and JSON files); sorted. */
async function migrationCandidates(cwd: string, globs: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const g of globs) {
    const abs = path.resolve(cwd, g);
    const stat = existsSync(abs) ? statSync(abs) : null;
    if (stat?.isFile()) out.add(path.relative(cwd, abs).split(path.sep).join('/'));
    else {
      const patterns = stat?.isDirectory() ? ['**/*.yaml', '**/*.yml', '**/*.json'].map((p) => `${g}/${p}`) : [g];
      // The discovery walker: a linked directory is never entered, so a link can't widen what is rewritten.
      for (const f of await globFiles(cwd, patterns)) out.add(f);
    }
  }
  return [...out].sort();
}

const REPORT_FORMATS = ['text', 'markdown', 'json', 'sarif'];

function compatibilityFlag(flags: Flags): Compatibility | undefined {
  return flags.compatibility === undefined ? undefined : parseCompatibility(flags.compatibility, '--compatibility');
}

function perspectiveFlag(flags: Flags): Perspective | undefined {
  return flags.perspective === undefined ? undefined : parsePerspective(flags.perspective, '--perspective');
}

/** `changelog FROM..TO` or `changelog --tags PATTERN`: release notes of the committed specs. */
async function changelogCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (flags.tags !== undefined && args.length > 0) throw new UsageError('changelog takes FROM..TO or --tags, not both');
  if (flags.tags === undefined && args.length !== 1) throw new UsageError('changelog needs FROM..TO or --tags PATTERN');
  const format = outputFormat(flags.format, ['markdown', 'text', 'json'], 'markdown');
  const failOn = parseFailOn(flags['fail-on'] ?? 'never');
  const config = loadConfig(io.cwd, flags.config ?? null);
  for (const w of checkRuleIds(config, [...KNOWN_RULE_IDS, ...WAIVER_RULE_IDS], RETIRED_RULE_IDS))
    io.stderr(`warning: ${w}\n`);
  const targets = cliTargets(config, flags, io.cwd);
  const compatibility = compatibilityFlag(flags);
  const perspective = perspectiveFlag(flags);
  const pairs = flags.tags !== undefined ? await tagPairs(io.cwd, flags.tags) : [parseRange(args[0] as string)];
  const log = await buildChangelog(pairs, {
    cwd: io.cwd,
    targets,
    rules: config.rules,
    today: runDate(flags.today, io.env),
    ...(compatibility !== undefined ? { compatibility } : {}),
    ...(perspective !== undefined ? { perspective } : {}),
  });
  io.stdout(
    format === 'json'
      ? renderChangelogJson(log)
      : format === 'text'
        ? renderChangelogText(log)
        : renderChangelogMarkdown(log),
  );
  const specs = log.sections.flatMap((s) =>
    s.specs.map((spec) => ({
      file: `${spec.file} (${s.from}..${s.to})`,
      drift: false,
      baseline: { ref: s.from, found: true },
      compatibility: spec.compatibility,
      ...(spec.perspective !== undefined ? { perspective: spec.perspective } : {}),
      changes: spec.changes,
      summary: spec.summary,
    })),
  );
  const report: Report = { version: 1, context: null, specs, summary: totalSummary(specs) };
  return failures(report, failOn, {}).length > 0 ? 1 : 0;
}

async function render(report: Report, format: string, io: CliIO): Promise<string> {
  if (format === 'sarif') {
    return renderSarif(report, {
      version: VERSION,
      rootPrefix: await repoPrefix(io.cwd),
      specLine: specLineReader(io.cwd),
    });
  }
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report, { allowBreakingLabel: 'breaking-change-approved' });
  const color = io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  return renderText(report, { color });
}
