/**
 * Loads resource files: parse with positions, resolve `$ref`s (files inside the workspace
 * only, never the network), and keep the way back from any path of the resolved data to
 * the file, line and column where it was written.
 *
 * `$ref` semantics follow firestone (Python jsonref): an object whose `$ref` is a string is
 * replaced by the target, and any sibling keys are ignored. Only a string `$ref` is a
 * reference, so a property *named* `$ref` with an object value stays data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError, type Problem } from '../errors';
import type { JsonPath, LoadedResource, SourcePosition } from '../types';
import { isArrayIndex, parsePointer, toPointer } from '../util/pointer';
import { MAX_DEPTH, positionOf, readSource, readUserFile, type SourceDoc } from './yaml-source';
import { isRecord, setOwn } from '../util/data';
import { isInside, toPosix } from '../util/paths';

/** Values one resource may expand to through `$ref`s; real resources hold a few thousand. */
export const MAX_RESOLVED_VALUES = 200_000;

interface SourceFile {
  /** Real path (symlinks resolved). */
  abs: string;
  src: SourceDoc;
  data: unknown;
}

interface Origin {
  file: SourceFile;
  path: JsonPath;
}

/** Where a value is being read: a file and a path in that file's own (unresolved) data. */
interface Place {
  file: SourceFile;
  path: (string | number)[];
}

type PlainObject = Record<string, unknown>;

const isRef = (v: unknown): v is PlainObject & { $ref: string } =>
  isRecord(v) && Object.hasOwn(v, '$ref') && typeof v.$ref === 'string';

type Containment = { real: string } | { error: 'outside' | 'missing' | 'escapes' };

/** Where `candidate` really is, if it exists and stays inside `root` (symbolic links count). */
function containedRealPath(root: string, candidate: string): Containment {
  if (!isInside(root, candidate)) return { error: 'outside' };
  let real: string;
  try {
    // The system's realpath: one call, where the JavaScript one lstats every directory on the path,
    // for every file. Discovery resolves paths the same way (fs.promises.realpath is the native one).
    real = fs.realpathSync.native(candidate);
  } catch {
    return { error: 'missing' };
  }
  return isInside(root, real) ? { real } : { error: 'escapes' };
}

const CONTAINMENT_WORDS = {
  outside: 'is outside the workspace',
  missing: 'does not exist',
  escapes: 'resolves through a symbolic link to a place outside the workspace',
} as const;

/** Parses each file once per load, however many `$ref`s point at it. */
class SourceCache {
  private readonly files = new Map<string, SourceFile>();

  constructor(readonly workspace: string) {}

  open(real: string, from?: Problem): SourceFile {
    const cached = this.files.get(real);
    if (cached) return cached;
    const name = toPosix(path.relative(this.workspace, real));
    const { src, data } = readSource(readUserFile(real, name, from), name);
    const file: SourceFile = { abs: real, src, data };
    this.files.set(real, file);
    return file;
  }
}

function placeProblem(place: Place, message: string): Problem {
  return { ...positionOf(place.file.src, place.path), pointer: toPointer(place.path), message };
}

/** A `$ref` as quoted in messages: the file may hold a megabyte-long one. */
const quoted = (ref: string): string => `'${ref.length > 120 ? `${ref.slice(0, 117)}...` : ref}'`;

interface ParsedRef {
  file: string;
  pointer: string[];
}

/** Splits a `$ref` into a relative file path and pointer segments, refusing anything that is not a local file. */
function parseRef(ref: string): ParsedRef | string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref)) {
    return `$ref ${quoted(ref)} is a URL or absolute path; only relative files inside the workspace and '#/…' pointers are allowed`;
  }
  if (ref.startsWith('/') || ref.startsWith('\\')) {
    return `$ref ${quoted(ref)} is an absolute path; only relative files inside the workspace and '#/…' pointers are allowed`;
  }
  const hash = ref.indexOf('#');
  const rawFile = hash === -1 ? ref : ref.slice(0, hash);
  const rawFragment = hash === -1 ? '' : ref.slice(hash + 1);
  let file: string;
  let fragment: string;
  try {
    file = decodeURIComponent(rawFile);
    fragment = decodeURIComponent(rawFragment);
  } catch {
    return `$ref ${quoted(ref)} has malformed percent-encoding`;
  }
  if (file.includes('\0')) return `$ref ${quoted(ref)} contains a NUL character`;
  if (path.isAbsolute(file) || path.win32.isAbsolute(file))
    return `$ref ${quoted(ref)} is an absolute path; only relative files inside the workspace are allowed`;
  const pointer = parsePointer(fragment);
  if (pointer === null) return `$ref ${quoted(ref)} has a fragment that is not a JSON pointer (expected '#/a/b')`;
  return { file, pointer };
}

interface ResolveState {
  cache: SourceCache;
  /** Targets being expanded right now (`realpath#pointer`): meeting one again is a cycle. */
  active: Set<string>;
  origins: Map<string, Origin>;
  budget: number;
  /** `$ref`s being followed inside one another; bounds the recursion of long ref chains. */
  chain: number;
  main: SourceFile;
}

/** Longest chain of `$ref`s (ref to ref to …) followed before giving up. */
export const MAX_REF_CHAIN = 64;

function enterRef(state: ResolveState, refPlace: Place): void {
  if (++state.chain > MAX_REF_CHAIN) {
    throw new InputError(placeProblem(refPlace, `more than ${MAX_REF_CHAIN} $refs lead from one to the next here`));
  }
}

interface Target {
  file: SourceFile;
  path: (string | number)[];
  value: unknown;
}

/** Finds what a `$ref` written at `place` points to, following refs met on the way down the pointer. */
function resolveTarget(state: ResolveState, place: Place, ref: string): Target {
  const refPlace: Place = { file: place.file, path: [...place.path, '$ref'] };
  enterRef(state, refPlace);
  try {
    return followRef(state, refPlace, ref);
  } finally {
    state.chain -= 1;
  }
}

function followRef(state: ResolveState, refPlace: Place, ref: string): Target {
  const parsed = parseRef(ref);
  if (typeof parsed === 'string') throw new InputError(placeProblem(refPlace, parsed));
  let file = refPlace.file;
  if (parsed.file !== '') {
    const found = containedRealPath(state.cache.workspace, path.resolve(path.dirname(refPlace.file.abs), parsed.file));
    if ('error' in found)
      throw new InputError(placeProblem(refPlace, `$ref ${quoted(ref)}: the file ${CONTAINMENT_WORDS[found.error]}`));
    file = state.cache.open(found.real, placeProblem(refPlace, ''));
  }
  let value: unknown = file.data;
  const at: (string | number)[] = [];
  const seen = new Set<string>();
  for (const segment of parsed.pointer) {
    // A ref in the middle of the pointer: continue from its target (jsonref does the same).
    while (isRef(value)) {
      const key = `${file.abs}#${toPointer(at)}`;
      if (seen.has(key)) throw new InputError(placeProblem(refPlace, `$ref ${quoted(ref)} is circular`));
      seen.add(key);
      const hop = resolveTarget(state, { file, path: at }, value.$ref);
      file = hop.file;
      at.splice(0, at.length, ...hop.path);
      value = hop.value;
    }
    if (Array.isArray(value) && isArrayIndex(segment) && Number(segment) < value.length) {
      value = value[Number(segment)];
      at.push(Number(segment));
    } else if (isRecord(value) && Object.hasOwn(value, segment)) {
      value = value[segment];
      at.push(segment);
    } else {
      throw new InputError(
        placeProblem(
          refPlace,
          `$ref ${quoted(ref)} points to '${toPointer([...at, segment])}', which does not exist in ${file.src.file}`,
        ),
      );
    }
  }
  return { file, path: at, value };
}

/** A fresh copy of `value` with every `$ref` replaced by a fresh copy of its target. */
function resolveValue(state: ResolveState, value: unknown, place: Place, out: (string | number)[]): unknown {
  if (--state.budget < 0) {
    throw new InputError({
      file: state.main.src.file,
      message: `the resource expands to more than ${MAX_RESOLVED_VALUES} values through $ref; refusing to expand it`,
    });
  }
  if (typeof value !== 'object' || value === null) return value;
  if (out.length >= MAX_DEPTH)
    throw new InputError(placeProblem(place, `nesting is deeper than ${MAX_DEPTH} levels (after resolving $ref)`));
  if (isRef(value)) {
    const target = resolveTarget(state, place, value.$ref);
    const key = `${target.file.abs}#${toPointer(target.path)}`;
    if (state.active.has(key)) {
      throw new InputError(
        placeProblem(
          { file: place.file, path: [...place.path, '$ref'] },
          `$ref ${quoted(value.$ref)} is circular: it ends up including itself`,
        ),
      );
    }
    state.active.add(key);
    state.origins.set(toPointer(out), { file: target.file, path: [...target.path] });
    enterRef(state, { file: place.file, path: [...place.path, '$ref'] });
    const resolved = resolveValue(state, target.value, { file: target.file, path: [...target.path] }, out);
    state.chain -= 1;
    state.active.delete(key);
    return resolved;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      place.path.push(i);
      out.push(i);
      copy.push(resolveValue(state, value[i], place, out));
      out.pop();
      place.path.pop();
    }
    return copy;
  }
  const copy: PlainObject = {};
  for (const key of Object.keys(value)) {
    place.path.push(key);
    out.push(key);
    setOwn(copy, key, resolveValue(state, (value as PlainObject)[key], place, out));
    out.pop();
    place.path.pop();
  }
  return copy;
}

function makeLocate(origins: Map<string, Origin>): (path: JsonPath) => SourcePosition {
  return (target) => {
    let origin = origins.get('') as Origin;
    let from = 0;
    let pointer = '';
    for (let i = 0; i < target.length; i++) {
      pointer += toPointer([target[i] as string | number]);
      const o = origins.get(pointer);
      if (o) {
        origin = o;
        from = i + 1;
      }
    }
    const full = [...origin.path, ...target.slice(from)];
    return positionOf(origin.file.src, full);
  };
}

function loadOne(cache: SourceCache, file: string): LoadedResource {
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
    throw new InputError({ file, message: 'resource paths must be relative to the workspace' });
  }
  const found = containedRealPath(cache.workspace, path.resolve(cache.workspace, file));
  if ('error' in found) throw new InputError({ file, message: `${file} ${CONTAINMENT_WORDS[found.error]}` });
  const main = cache.open(found.real);
  const origins = new Map<string, Origin>([['', { file: main, path: [] }]]);
  const state: ResolveState = {
    cache,
    active: new Set([`${main.abs}#`]),
    origins,
    budget: MAX_RESOLVED_VALUES,
    chain: 0,
    main,
  };
  const data = resolveValue(state, main.data, { file: main, path: [] }, []);
  if (!isRecord(data)) {
    throw new InputError({
      file,
      line: 1,
      col: 1,
      message: 'a resource file must be a mapping (kind, schema, …) at the top level',
    });
  }
  return { file, data, locate: makeLocate(origins) };
}

/**
 * Loads resource files (workspace-relative paths) with every `$ref` resolved.
 * A file referenced from many places is read and parsed once.
 */
export function loadResources(workspace: string, files: string[]): LoadedResource[] {
  let root: string;
  try {
    root = fs.realpathSync.native(workspace);
  } catch {
    throw new InputError({ file: workspace, message: 'workspace directory does not exist' });
  }
  const cache = new SourceCache(root);
  return files.map((file) => loadOne(cache, file));
}
