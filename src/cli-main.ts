/**
 * `firestone-spec`: the same pipeline as the action, for terminals and pre-commit hooks.
 * Exit codes: 0 nothing in --fail-on happened, 1 something did, 2 bad input or usage.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { compareSpecs, locatorForText, RULE_IDS } from './compare/index';
import { checkRuleIds, loadConfig } from './config';
import { formatProblem, InputError } from './errors';
import { writeFileAtomic } from './fs-atomic';
import { generateAsyncApi } from './generate/asyncapi';
import { parseSpecText, serializeSpec } from './generate/serialize';
import { renderJson } from './report/json';
import { renderMarkdown } from './report/markdown';
import { failures, parseFailOn, summarize, totalSummary } from './report/summary';
import { renderText } from './report/text';
import { DEFAULT_VERSION, loadResourceSet, runPipeline, selectTargets, specFormat, type BaselineSource } from './run';
import type { Report, SpecTarget } from './types';
import { VERSION } from './version';
import { isInside, MAX_FILE_BYTES } from './util/paths';

const USAGE = `Usage:
  firestone-spec generate [--title T] [--description D] [--spec-version V]
                          [--format yaml|json] [--out FILE] RESOURCE_OR_GLOB...
  firestone-spec diff OLD NEW [--format text|markdown|json] [--fail-on LIST]
  firestone-spec check  [--config FILE] [--only OUTPUTS] [--base REF]
                        [--format text|markdown|json] [--fail-on LIST]
  firestone-spec update [--config FILE] [--only OUTPUTS]

Without a config file, check and update use one target: --spec-file (default asyncapi.yaml)
made from --resources globs (default: auto-discovery of files with top-level kind and schema).
check without --base compares against the spec file in the working tree.

--fail-on: comma list of breaking, warning, unclassified, non-breaking, drift, or never.
Default breaking,drift (diff: breaking).
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
  'spec-file': { type: 'string' },
  resources: { type: 'string', multiple: true },
  title: { type: 'string' },
  description: { type: 'string' },
  'spec-version': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
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
  generate: ['title', 'description', 'spec-version', 'format', 'out'],
  diff: ['format', 'fail-on'],
  check: [
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
  ],
  update: ['config', 'only', 'spec-file', 'resources', 'title', 'description', 'spec-version'],
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
    const { values, positionals } = parseFlags(rest);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const stray = Object.keys(values).filter((k) => !allowed.includes(k as keyof typeof common));
    if (stray.length > 0) throw new UsageError(`${command} does not take --${stray.join(', --')}`);
    switch (command) {
      case 'generate':
        return await generateCommand(values, positionals, io);
      case 'diff':
        return diffCommand(values, positionals, io);
      case 'check':
        return await checkCommand(values, positionals, io);
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

async function generateCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length === 0) throw new UsageError('generate needs at least one resource file or glob');
  const format = flags.format ?? (flags.out && specFormat(flags.out) === 'json' ? 'json' : 'yaml');
  outputFormat(format, ['yaml', 'json'], 'yaml');
  const workspace = generateWorkspace(io.cwd, args);
  const globs = args.map((a) => toWorkspaceGlob(io.cwd, workspace, a));
  const resources = await loadResourceSet(workspace, globs, [], {
    message: `no resource files match ${args.join(', ')}`,
  });
  const spec = generateAsyncApi(resources, {
    title: flags.title ?? 'API',
    description: flags.description ?? '',
    version: flags['spec-version'] ?? DEFAULT_VERSION,
  });
  const text = serializeSpec(spec.document, format as 'yaml' | 'json');
  if (flags.out) {
    mkdirSync(path.dirname(path.resolve(io.cwd, flags.out)), { recursive: true });
    await writeFileAtomic(path.resolve(io.cwd, flags.out), text);
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
  return path.relative(workspace, path.resolve(cwd, arg)).split(path.sep).join('/');
}

function readSpecFile(cwd: string, file: string): { text: string; document: Record<string, unknown> } {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new InputError({ file, message: 'file not found' });
  if (statSync(full).size > MAX_FILE_BYTES) throw new InputError({ file, message: 'file is larger than 5 MB' });
  const text = readFileSync(full, 'utf8');
  return { text, document: parseSpecText(text, file) };
}

function diffCommand(flags: Flags, args: string[], io: CliIO): number {
  if (args.length !== 2) throw new UsageError('diff needs exactly two files: OLD NEW');
  const format = outputFormat(flags.format, ['text', 'markdown', 'json'], 'text');
  const failOn = parseFailOn(flags['fail-on'] ?? 'breaking');
  const [oldFile, newFile] = args as [string, string];
  const before = readSpecFile(io.cwd, oldFile);
  const after = readSpecFile(io.cwd, newFile);
  const locateNew = locatorForText(after.text, newFile);
  const locateOld = locatorForText(before.text, oldFile);
  const changes = compareSpecs(before.document, after.document, {
    locate: (pointer, side) => (side === 'old' ? locateOld(pointer) : locateNew(pointer)),
    files: { old: oldFile, new: newFile },
  });
  const specs = [
    { file: newFile, drift: false, baseline: { ref: null, found: true }, changes, summary: summarize(changes) },
  ];
  const report: Report = { version: 1, context: null, specs, summary: totalSummary(specs) };
  io.stdout(render(report, format, io));
  return failures(report, failOn, {}).length > 0 ? 1 : 0;
}

function singleTarget(flags: Flags): SpecTarget {
  const resources = (flags.resources ?? [])
    .flatMap((r) => r.split(/[\n,]/))
    .map((r) => r.trim())
    .filter(Boolean);
  return { output: flags['spec-file'] ?? 'asyncapi.yaml', resources };
}

async function pipeline(flags: Flags, io: CliIO, baseline: BaselineSource) {
  const config = loadConfig(io.cwd, flags.config ?? null);
  checkRuleIds(config, RULE_IDS);
  const only = (flags.only ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const targets = selectTargets(config, singleTarget(flags), only);
  return runPipeline({
    workspace: io.cwd,
    targets,
    rules: config.rules,
    baseline,
    infoOverrides: { title: flags.title, description: flags.description, version: flags['spec-version'] },
    defaultTitle: path.basename(io.cwd),
    context: null,
  });
}

async function checkCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length > 0) throw new UsageError(`check takes no positional arguments (got ${args.join(' ')})`);
  const format = outputFormat(flags.format, ['text', 'markdown', 'json'], 'text');
  const failOn = parseFailOn(flags['fail-on'] ?? 'breaking,drift');
  const baseline: BaselineSource = flags.base
    ? { kind: 'revision', ref: flags.base, named: true }
    : { kind: 'worktree' };
  const { report } = await pipeline(flags, io, baseline);
  io.stdout(render(report, format, io));
  const reasons = failures(report, failOn, {});
  if (reasons.length > 0 && format === 'text') io.stderr(`${reasons.join('\n')}\n`);
  return reasons.length > 0 ? 1 : 0;
}

async function updateCommand(flags: Flags, args: string[], io: CliIO): Promise<number> {
  if (args.length > 0) throw new UsageError(`update takes no positional arguments (got ${args.join(' ')})`);
  const { targets } = await pipeline(flags, io, { kind: 'none' });
  for (const t of targets) {
    if (t.report.drift) {
      mkdirSync(path.dirname(path.join(io.cwd, t.target.output)), { recursive: true });
      await writeFileAtomic(path.join(io.cwd, t.target.output), t.text);
      io.stdout(`updated ${t.target.output}\n`);
    } else {
      io.stdout(`${t.target.output} is up to date\n`);
    }
  }
  return 0;
}

function render(report: Report, format: string, io: CliIO): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report, { allowBreakingLabel: 'breaking-change-approved' });
  const color = io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  return renderText(report, { color });
}
