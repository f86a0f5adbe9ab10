/**
 * ajv errors in plain words, placed at a file, line and column. Shared by the resource
 * and config validators.
 */
import type { ErrorObject } from 'ajv';
import type { Problem } from '../errors';
import type { JsonPath, SourcePosition } from '../types';
import { dottedPath, parsePointer, toPointer } from '../util/pointer';
import { closest } from '../util/suggest';
import { NAME_PATTERN } from './resource-schema';

export interface MessageOptions {
  /** How to call the document itself: "the resource", "the config file". */
  rootName: string;
  /** Extra words for an error, keyed by ajv's schemaPath (e.g. why a field is required here). */
  notes?: Readonly<Record<string, string>>;
}

const PATTERN_WORDS: Readonly<Record<string, string>> = {
  [NAME_PATTERN]: "may contain only letters, digits, '.', '_' and '-'",
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describe(
  error: ErrorObject,
  where: string,
  options: MessageOptions,
): { message: string; at: JsonPath } | null {
  const path = parsePointer(error.instancePath) ?? [];
  const params = error.params as Record<string, unknown>;
  const note = options.notes?.[error.schemaPath] ?? '';
  switch (error.keyword) {
    case 'if':
      // Only says "must match then"; the failing `then` keyword has its own error.
      return null;
    case 'required': {
      const missing = String(params.missingProperty);
      return { message: `${dottedPath([...path, missing])} is required${note}`, at: [...path, missing] };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const props = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const known = props ? Object.keys(props) : [];
      const near = closest(key, known);
      const hint = near === null ? '' : ` — did you mean '${near}'?`;
      const allowed = props ? ` (allowed: ${known.join(', ')})` : '';
      return { message: `unknown key '${key}' in ${where}${hint}${allowed}${note}`, at: [...path, key] };
    }
    case 'type': {
      const types = String(params.type).split(',');
      const words = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      return { message: `${where} must be ${words}, not ${shown(error.data)}${note}`, at: path };
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      const rule = PATTERN_WORDS[pattern] ?? `must match the pattern ${pattern}`;
      return { message: `${where} ${shown(error.data)} ${rule}${note}`, at: path };
    }
    case 'enum':
      return {
        message: `${where} must be one of ${(params.allowedValues as unknown[]).map(shown).join(', ')}, not ${shown(error.data)}${note}`,
        at: path,
      };
    case 'const':
      return { message: `${where} must be ${shown(params.allowedValue)}, not ${shown(error.data)}${note}`, at: path };
    case 'minLength':
      return params.limit === 1
        ? { message: `${where} must not be empty${note}`, at: path }
        : { message: `${where} ${error.message ?? 'is invalid'}${note}`, at: path };
    default:
      return { message: `${where} ${error.message ?? 'is invalid'}${note}`, at: path };
  }
}

/**
 * Problems for ajv's errors (made with `verbose: true`, so values and parent schemas are
 * there), in file order, duplicates dropped.
 */
export function ajvProblems(
  errors: readonly ErrorObject[],
  locate: (path: JsonPath) => SourcePosition,
  options: MessageOptions,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const path = parsePointer(error.instancePath) ?? [];
    const where = path.length === 0 ? options.rootName : dottedPath(path);
    const described = describe(error, where, options);
    if (!described) continue;
    const pointer = toPointer(described.at);
    const key = `${pointer}\0${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ ...locate(described.at), pointer, message: described.message });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
