/**
 * Which kind of spec a target is (docs/architecture.md, "Spec kinds"): the configured `kind`, else
 * the committed file's top-level key (`openapi` or `asyncapi`), else `openapi` when the output's
 * file name contains `openapi`, else `asyncapi`. Kept apart from the kind modules so the config
 * can ask without loading a generator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SPEC_KINDS, type SpecKind } from '../types';
import { isRecord } from '../util/data';
import { MAX_SPEC_BYTES } from '../util/paths';

const isKind = (key: string): key is SpecKind => (SPEC_KINDS as readonly string[]).includes(key);

/** The kind a parsed document names by its top-level version key, or null. */
export function kindOfDocument(doc: unknown): SpecKind | null {
  if (!isRecord(doc)) return null;
  return SPEC_KINDS.find((k) => Object.hasOwn(doc, k)) ?? null;
}

/** A top-level key at the start of a line (block YAML), plain or quoted. */
const TOP_KEY = /^(["']?)(asyncapi|openapi)\1[ \t]*:/m;

/**
 * The kind a spec text names, without parsing all of it: JSON is parsed (it is fast), YAML is
 * scanned for a top-level `asyncapi:` or `openapi:` key. Null when neither is found.
 */
export function kindOfText(text: string): SpecKind | null {
  const start = text.trimStart();
  if (start.startsWith('{')) {
    try {
      return kindOfDocument(JSON.parse(start));
    } catch {
      // Not JSON after all (a YAML flow mapping): no cheap answer.
      return null;
    }
  }
  const key = TOP_KEY.exec(text)?.[2];
  return key !== undefined && isKind(key) ? key : null;
}

/** The kind the output's name suggests: `openapi` in the file name, else AsyncAPI (as before kinds existed). */
export const kindOfName = (output: string): SpecKind =>
  path.posix.basename(output.replace(/\\/g, '/')).toLowerCase().includes('openapi') ? 'openapi' : 'asyncapi';

/** The kind of a target's output in the workspace, when no `kind` is configured. */
export function kindOfOutput(workspace: string, output: string): SpecKind {
  const file = path.join(workspace, output);
  try {
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.size <= MAX_SPEC_BYTES) {
      const found = kindOfText(fs.readFileSync(file, 'utf8'));
      if (found !== null) return found;
    }
  } catch {
    // No committed file (or not readable): the name decides.
  }
  return kindOfName(output);
}

/** The spec files a workspace without a config is checked for, when committed at its root. */
export const AUTO_OUTPUTS = ['asyncapi.yaml', 'asyncapi.json', 'openapi.yaml', 'openapi.json'] as const;

/** The outputs of a workspace without a config: the committed root spec files, else `asyncapi.yaml`. */
export function autoOutputs(workspace: string): string[] {
  const found = AUTO_OUTPUTS.filter((f) => {
    try {
      return fs.statSync(path.join(workspace, f)).isFile();
    } catch {
      return false;
    }
  });
  return found.length > 0 ? [...found] : ['asyncapi.yaml'];
}
