/**
 * Finding resource files: expand the configured globs, or, with none, look for every
 * YAML/JSON file in the workspace whose top level has `kind` and `schema`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isRecord } from '../util/data';
import { InputError, type Problem } from '../errors';
import { legacyProblem } from './legacy';
import { readSource } from './yaml-source';
import { isInside, MAX_FILE_BYTES, normalizeRelative } from '../util/paths';
import { tinyglobby } from '../util/packages';

/** Never resources, often huge: not even crawled. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const AUTO_PATTERNS = ['**/*.yaml', '**/*.yml', '**/*.json'];
/** Files read at once during auto-discovery. */
const READ_CONCURRENCY = 16;

/** Why a glob may not be used (absolute, or climbing out with `..`), or null when it is fine. */
export function globProblem(pattern: string): string | null {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'a resource glob must not be empty';
  if (body.startsWith('/') || body.startsWith('\\') || /^[A-Za-z]:/.test(body)) {
    return `resource glob '${pattern}' is absolute; write it relative to the workspace`;
  }
  if (body.split(/[\\/]/).includes('..'))
    return `resource glob '${pattern}' climbs out with '..'; write it relative to the workspace`;
  return null;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function realPathOrNull(p: string): Promise<string | null> {
  try {
    return await fs.promises.realpath(p);
  } catch {
    return null;
  }
}

/**
 * Resource files of a target, as sorted workspace-relative POSIX paths.
 * `globs` empty means auto-discovery. `exclude` are workspace-relative files never to
 * return (the spec outputs). `.git` and `node_modules` are never searched. Dot files match
 * only when a pattern names them. Symbolic links leading outside the workspace are refused
 * (explicit globs) or skipped (auto-discovery).
 */
export async function discoverResources(workspace: string, globs: string[], exclude: string[]): Promise<string[]> {
  const problems = globs.map(globProblem).filter((p): p is string => p !== null);
  if (problems.length > 0) throw new InputError(problems.map((message): Problem => ({ message })));
  const root = await realPathOrNull(workspace);
  if (root === null) throw new InputError({ file: workspace, message: 'workspace directory does not exist' });

  const { dirs, patterns } = await splitDirectories(root, globs);
  // No globs at all is auto-discovery of the whole workspace, as naming `.` is.
  if (globs.length === 0) dirs.push('');
  const negations = patterns.filter((p) => p.startsWith('!'));
  const named = patterns.some((p) => !p.startsWith('!')) ? await globFiles(root, patterns) : [];
  const below = dirs.length > 0 ? await globFiles(root, [...dirs.flatMap(autoPatterns), ...negations]) : [];
  // Files a pattern names are taken as they are; files found below a directory only if they are resources.
  const namedSet = new Set(named.map(normalizeRelative));
  const auto = namedSet.size === 0;
  const excluded = new Set(exclude.map(normalizeRelative));
  const candidates = [...new Set([...named, ...below].map(normalizeRelative))]
    .filter((f) => !excluded.has(f))
    .sort(byCodeUnit);
  const reals = await Promise.all(candidates.map((file) => realPathOrNull(path.join(root, file))));
  const inWorkspace = (i: number): boolean => reals[i] != null && isInside(root, reals[i]);
  if (!auto) {
    const escaping = candidates.filter((f, i) => namedSet.has(f) && !inWorkspace(i));
    if (escaping.length > 0) {
      throw new InputError(
        escaping.map((file) => ({
          file,
          message: 'resolves through a symbolic link to a place outside the workspace',
        })),
      );
    }
  }
  // A file reached twice (itself and through a link) is one resource, not a duplicate `kind`.
  const seen = new Set<string>();
  const unique = candidates.filter((_, i) => {
    const real = reals[i];
    if (real == null || !inWorkspace(i) || seen.has(real)) return false;
    seen.add(real);
    return true;
  });
  const kinds = await mapLimited(unique, READ_CONCURRENCY, (file) =>
    namedSet.has(file) ? Promise.resolve('resource' as const) : resourceKind(path.join(root, file)),
  );
  // Leaving a legacy file out would silently drop its channels: say what it is and how to convert it.
  const legacy = unique.filter((_, i) => kinds[i] === 'legacy');
  if (legacy.length > 0) throw new InputError(legacy.map(legacyProblem));
  return unique.filter((_, i) => kinds[i] === 'resource');
}

/** The auto-discovery patterns below a directory (`''`: the workspace). */
const autoPatterns = (dir: string): string[] =>
  AUTO_PATTERNS.map((p) => (dir === '' ? p : `${tinyglobby().escapePath(dir)}/${p}`));

/**
 * Arguments that name an existing directory (`.`, `resources/`) stand for every resource file
 * below it, as auto-discovery finds them; the rest are globs (or files). Directories come back
 * workspace-relative, `''` for the workspace itself.
 */
async function splitDirectories(root: string, globs: string[]): Promise<{ dirs: string[]; patterns: string[] }> {
  const dirs: string[] = [];
  const patterns: string[] = [];
  for (const g of globs) {
    if (!g.startsWith('!') && !tinyglobby().isDynamicPattern(g)) {
      const stat = await fs.promises.stat(path.join(root, g)).catch(() => null);
      if (stat?.isDirectory()) {
        const rel = normalizeRelative(g);
        dirs.push(rel === '.' ? '' : rel.replace(/\/+$/, ''));
        continue;
      }
    }
    patterns.push(g);
  }
  return { dirs, patterns };
}

/** Files matching `patterns` below `root`, never entering linked directories (see readdirWithLinkedFiles). */
export function globFiles(root: string, patterns: string[]): Promise<string[]> {
  return tinyglobby().glob(patterns, {
    cwd: root,
    ignore: ALWAYS_IGNORED,
    dot: false,
    // Following directory links could crawl the whole disk or loop; file links are checked below.
    followSymbolicLinks: false,
    // The adapter's type is node's overloaded `fs.readdir`; fdir only ever calls it with withFileTypes.
    fs: { readdir: readdirWithLinkedFiles as unknown as typeof fs.readdir },
    expandDirectories: false,
    onlyFiles: true,
  });
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void;

/**
 * The walker under tinyglobby (fdir) either follows every symbolic link or drops them all. We want
 * neither: a link to a file is listed like a file (the containment check above then decides), a
 * link to a directory is never entered, so a link to `/` can't send the walk over the whole disk.
 */
function readdirWithLinkedFiles(dir: string, options: { withFileTypes: true }, callback: ReaddirCallback): void {
  fs.readdir(dir, options, (error, entries) => {
    if (error) return callback(error, []);
    Promise.all(entries.map((entry) => (entry.isSymbolicLink() ? asFileIfLinkToFile(dir, entry) : entry))).then(
      (list) => callback(null, list),
      (e: NodeJS.ErrnoException) => callback(e, []),
    );
  });
}

async function asFileIfLinkToFile(dir: string, entry: fs.Dirent): Promise<fs.Dirent> {
  const target = await fs.promises.stat(path.join(dir, entry.name)).catch(() => null);
  if (!target?.isFile()) return entry;
  const file: fs.Dirent = Object.create(entry);
  return Object.assign(file, { isFile: () => true, isSymbolicLink: () => false, isDirectory: () => false });
}

// A top-level key of a block mapping starts a line; a flow/JSON document starts with `{`.
const BLOCK_KIND = /^\uFEFF?(?:kind|"kind"|'kind')[ \t]*:/m;
const BLOCK_SCHEMA = /^\uFEFF?(?:schema|"schema"|'schema')[ \t]*:/m;
/** firestone before 0.5 named the resource with `name` (src/resource/legacy.ts). */
const BLOCK_NAME = /^\uFEFF?(?:name|"name"|'name')[ \t]*:/m;

/** Cheap test that rules out most files (OpenAPI specs, workflows, fixtures) before parsing. */
export function mayBeResource(text: string): boolean {
  if ((BLOCK_KIND.test(text) || BLOCK_NAME.test(text)) && BLOCK_SCHEMA.test(text)) return true;
  return startsWithBrace(text) && (text.includes('kind') || text.includes('name')) && text.includes('schema');
}

/** Whether the first thing after blanks and `#` comment lines is `{`. */
function startsWithBrace(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (text[i] !== '#') return text[i] === '{';
    const eol = text.indexOf('\n', i);
    if (eol === -1) return false;
    i = eol + 1;
  }
}

/** True when the file's top level is a mapping with `kind` and `schema`; junk of any sort is just false. */
export async function looksLikeResource(abs: string): Promise<boolean> {
  return (await resourceKind(abs)) === 'resource';
}

/**
 * `resource` for a mapping with `kind` and `schema` at the top level, `legacy` for one with `name`
 * and `schema` and no `kind` whose `schema` is a firestone resource schema (`type: array` with
 * `items` or `key`), null for anything else (junk of any sort included).
 */
export async function resourceKind(abs: string): Promise<'resource' | 'legacy' | null> {
  try {
    const stat = await fs.promises.stat(abs);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
    const text = await fs.promises.readFile(abs, 'utf8');
    if (!mayBeResource(text)) return null;
    let data: unknown;
    try {
      data = readSource(text, abs).data;
    } catch {
      // It says `kind:` and `schema:` at top level but does not parse: a broken resource. Skipping it
      // would silently drop its channels from the spec (and commit mode would push that), so keep it
      // and let the loader report the error with its line.
      return BLOCK_KIND.test(text) || (startsWithBrace(text) && text.includes('kind')) ? 'resource' : null;
    }
    if (!isRecord(data)) return null;
    if (Object.hasOwn(data, 'kind') && Object.hasOwn(data, 'schema')) return 'resource';
    if (!Object.hasOwn(data, 'kind') && Object.hasOwn(data, 'name') && isRecord(data.schema)) {
      const { schema } = data;
      if (schema.type === 'array' && (Object.hasOwn(schema, 'items') || Object.hasOwn(schema, 'key'))) return 'legacy';
    }
    return null;
  } catch {
    return null;
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
