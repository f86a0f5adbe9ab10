/**
 * Which kind of spec a target is (docs/architecture.md, "Spec kinds"): the configured `kind`, else
 * the committed file's top-level key (`openapi` or `asyncapi`), else `openapi` when the output's
 * file name contains `openapi`, else `asyncapi`. Kept apart from the kind modules so the config
 * can ask without loading a generator.
 */
import { Buffer } from 'node:buffer';
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

/** What is read of a committed spec first: YAML names its kind near the top, and a spec of 1,000 resources is 15 MB. */
const HEAD_BYTES = 64 * 1024;

/**
 * The kind a YAML text's first bytes name, or null (JSON, or no key there: the whole text decides).
 * The first top-level key in the head is the first in the text: a match needs its whole line.
 */
function kindOfHead(file: string): SpecKind | null {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = fs.openSync(file, 'r');
  let text: string;
  try {
    text = head.toString('utf8', 0, fs.readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
  const start = text.trimStart();
  if (start === '' || start.startsWith('{')) return null;
  const key = TOP_KEY.exec(text)?.[2];
  return key !== undefined && isKind(key) ? key : null;
}

/** The kind of a target's output in the workspace, when no `kind` is configured. */
export function kindOfOutput(workspace: string, output: string): SpecKind {
  const file = path.join(workspace, output);
  try {
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.size <= MAX_SPEC_BYTES) {
      const found = (stat.size > HEAD_BYTES ? kindOfHead(file) : null) ?? kindOfText(fs.readFileSync(file, 'utf8'));
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
