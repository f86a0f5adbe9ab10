/**
 * firestone's resource format before 0.5: top-level `name`, `description`, `version` and
 * `version_in_path`, no `kind`. Recognised everywhere a resource is read (so the user is told how
 * to convert it, instead of "`kind` is required"), and converted in place by `firestone-spec
 * migrate` (docs/generation.md, "Old firestone files").
 *
 * The conversion edits the parsed YAML document (comments, key order, quoting and layout stay as
 * written) and renames keys where they are, so a diff of the migration shows only what changed.
 */
import type { Document, Pair, YAMLMap } from 'yaml';
import { yaml } from '../util/packages';
import { InputError, type Problem } from '../errors';
import { isRecord } from '../util/data';
import { parseSource } from './yaml-source';

/** A legacy file: a mapping with `name` and `schema` at the top level and no `kind`. */
export function isLegacyResource(data: unknown): boolean {
  return isRecord(data) && Object.hasOwn(data, 'name') && Object.hasOwn(data, 'schema') && !Object.hasOwn(data, 'kind');
}

export function legacyMessage(file: string): string {
  return (
    'is a resource in the pre-0.5 firestone format (top-level `name`, no `kind`); ' +
    `convert it with \`firestone-spec migrate ${file}\``
  );
}

export function legacyProblem(file: string): Problem {
  return { file, line: 1, col: 1, message: legacyMessage(file) };
}

export type MigrateResult =
  | { status: 'current' }
  | { status: 'converted'; text: string }
  | { status: 'not-a-resource' };

const keyName = (pair: Pair): string | null => (yaml().isScalar(pair.key) ? String(pair.key.value) : null);

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyName(p) === key);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where a node's text starts and ends (its value, not trailing comments). */
function span(node: unknown): [number, number] | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : null;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** `version: 1.0` as written ("1.0"), never YAML's reading of it (1). */
function writtenScalar(text: string, node: unknown): string | null {
  if (!yaml().isScalar(node)) return null;
  if (typeof node.value === 'string') return node.value;
  const at = span(node);
  return at ? text.slice(at[0], at[1]).trim() : String(node.value);
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/**
 * The migrated text of one file: the legacy keys renamed where they are written, and nothing else
 * touched (comments, order, quoting, blank lines). A file already in the current format is
 * reported as such, anything else as not a resource.
 */
export function migrateText(text: string, file: string): MigrateResult {
  const src = parseSource(text, file);
  const doc: Document.Parsed = src.doc;
  const top = doc.contents;
  if (!yaml().isMap(top)) return { status: 'not-a-resource' };
  const has = (k: string): boolean => findPair(top, k) !== undefined;
  if (has('kind') && has('schema')) return { status: 'current' };
  if (!(has('name') && has('schema'))) return { status: 'not-a-resource' };
  const edits: Edit[] = [];
  // A key keeps its quotes: a JSON file stays JSON.
  const keyText = (pair: Pair, to: string): string => {
    const type = yaml().isScalar(pair.key) ? pair.key.type : undefined;
    return type === 'QUOTE_DOUBLE' ? `"${to}"` : type === 'QUOTE_SINGLE' ? `'${to}'` : to;
  };
  const rename = (key: string, to: string): Pair | undefined => {
    const pair = findPair(top, key);
    const at = pair ? span(pair.key) : null;
    if (pair && at) edits.push({ start: at[0], end: at[1], text: keyText(pair, to) });
    return pair;
  };
  rename('name', 'kind');
  rename('version_in_path', 'versionInPath');

  const version = rename('version', 'apiVersion');
  const written = version ? writtenScalar(text, version.value) : null;
  const valueAt = version ? span(version.value) : null;
  if (
    version &&
    written !== null &&
    valueAt &&
    !(yaml().isScalar(version.value) && typeof version.value.value === 'string')
  ) {
    edits.push({ start: valueAt[0], end: valueAt[1], text: JSON.stringify(written) });
  }

  const description = findPair(top, 'description');
  if (description) {
    if (has('metadata')) {
      throw new InputError({
        file,
        message: 'has both a legacy top-level `description` and `metadata`; move the description into metadata by hand',
      });
    }
    const keyAt = span(description.key);
    const valueAt = span(description.value);
    const end = valueAt?.[1] ?? keyAt?.[1];
    if (top.flow && keyAt && valueAt) {
      // `"description": X` → `"metadata": {"description": X}` in a JSON or flow mapping.
      const inner = keyText(description, 'description');
      edits.push({ start: keyAt[0], end: keyAt[1], text: keyText(description, 'metadata') });
      edits.push({ start: valueAt[0], end: valueAt[0], text: `{${inner}: ` });
      edits.push({ start: valueAt[1], end: valueAt[1], text: '}' });
    } else if (keyAt && end !== undefined) {
      // `description: X` (however many lines X takes) → `metadata:` + the same lines indented by two.
      const from = lineStart(text, keyAt[0]);
      const indent = text.slice(from, keyAt[0]);
      const block = text.slice(keyAt[0], end);
      const nested = block.replace(/\n(?=[^\n])/g, '\n  ');
      edits.push({ start: keyAt[0], end, text: `metadata:\n${indent}  ${nested}` });
    }
  }
  return { status: 'converted', text: applyEdits(text, edits) };
}
