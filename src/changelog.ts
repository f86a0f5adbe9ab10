/**
 * Release notes of API changes: the committed spec of each target at one revision compared with
 * the next (`firestone-spec changelog FROM..TO`, or every consecutive pair of `--tags PATTERN`).
 * A spec absent at a revision is a new API (everything added) or a removed one (everything removed).
 */
import { InputError } from './errors';
import { BaselineError, isValidRevision, readFileAtRevision } from './git/baseline';
import { GitError } from './git/exec';
import { listTags } from './git/tags';
import { assignFingerprints } from './policy/fingerprint';
import { DEFAULT_COMPATIBILITY } from './policy/compatibility';
import { perspectiveOf } from './policy/perspective';
import { summarize } from './changes';
import { firestoneSides, kindModule, kindOfDocument, kindOfName, readSpec } from './kinds/index';
import type {
  Changelog,
  ChangelogSection,
  ChangelogSpec,
  ChangeType,
  Compatibility,
  Perspective,
  SpecStatus,
  SpecTarget,
} from './types';
import { isRecord } from './util/data';

export interface ChangelogOptions {
  cwd: string;
  targets: readonly SpecTarget[];
  rules: Readonly<Record<string, ChangeType>>;
  compatibility?: Compatibility;
  perspective?: Perspective;
  today?: string;
}

/** `FROM..TO` as two revisions; anything else is the user's mistake. */
export function parseRange(range: string): [string, string] {
  const parts = range.split('..');
  const [from, to] = parts;
  if (parts.length !== 2 || from === undefined || to === undefined || range.includes('...')) {
    throw new InputError({ message: `changelog needs a range FROM..TO (got ${JSON.stringify(range)})` });
  }
  for (const rev of [from, to]) {
    if (!isValidRevision(rev))
      throw new InputError({ message: `changelog: ${JSON.stringify(rev)} is not a valid git revision` });
  }
  return [from, to];
}

/** Consecutive pairs of the tags matching `pattern`, newest pair first. */
export async function tagPairs(cwd: string, pattern: string): Promise<[string, string][]> {
  let tags: string[];
  try {
    tags = await listTags(cwd, pattern);
  } catch (e) {
    if (e instanceof GitError) throw new InputError({ message: `--tags: ${e.message}` });
    throw e;
  }
  if (tags.length < 2) {
    throw new InputError({
      message: `--tags ${pattern}: release notes need at least two matching tags (found ${tags.length}${tags.length === 1 ? `: ${tags[0]}` : ''})`,
    });
  }
  return tags
    .slice(1)
    .map((to, i): [string, string] => [tags[i] as string, to])
    .reverse();
}

type Doc = Record<string, unknown> | null;
/** A spec at a revision, with its text (to tell whether firestone wrote it). */
type Read = { document: Record<string, unknown>; text: string } | null;

/** Reads each (revision, file) once: consecutive sections share a revision. */
function specReader(cwd: string): (rev: string, file: string) => Promise<Read> {
  const cache = new Map<string, Promise<Read>>();
  const read = async (rev: string, file: string): Promise<Read> => {
    let result;
    try {
      result = await readFileAtRevision(cwd, rev, file);
    } catch (e) {
      if (e instanceof BaselineError || e instanceof GitError)
        throw new InputError({ message: `changelog: ${e.message}` });
      throw e;
    }
    return result.found ? { document: readSpec(result.text, `${file}@${rev}`).document, text: result.text } : null;
  };
  return (rev, file) => {
    const key = `${rev}\u0000${file}`;
    let hit = cache.get(key);
    if (hit === undefined) cache.set(key, (hit = read(rev, file)));
    return hit;
  };
}

const versionOf = (doc: Doc): string | null => {
  const info = doc !== null && isRecord(doc.info) ? doc.info : null;
  const v = info?.version;
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
};

export async function buildChangelog(pairs: readonly [string, string][], opts: ChangelogOptions): Promise<Changelog> {
  const read = specReader(opts.cwd);
  const sections: ChangelogSection[] = [];
  for (const [from, to] of pairs) {
    const specs: ChangelogSpec[] = [];
    for (const target of opts.targets) {
      const [beforeRead, afterRead] = await Promise.all([read(from, target.output), read(to, target.output)]);
      const [before, after] = [beforeRead?.document ?? null, afterRead?.document ?? null];
      if (before === null && after === null) continue;
      const compatibility = target.compatibility ?? opts.compatibility ?? DEFAULT_COMPATIBILITY;
      const kind = kindModule(
        target.kind ?? kindOfDocument(after) ?? kindOfDocument(before) ?? kindOfName(target.output),
      );
      const perspective = perspectiveOf(kind.kind, target.perspective ?? opts.perspective);
      const oldDoc = before ?? kind.emptyLike(after ?? {});
      const newDoc = after ?? kind.emptyLike(before ?? {});
      const changes = assignFingerprints(
        kind.compare(oldDoc, newDoc, {
          overrides: opts.rules,
          compatibility,
          ...(perspective !== undefined ? { perspective } : {}),
          ...(opts.today !== undefined ? { today: opts.today } : {}),
          ...(beforeRead !== null && afterRead !== null
            ? { firestone: firestoneSides(kind.kind, beforeRead.text, afterRead.text) }
            : {}),
        }),
      );
      const status: SpecStatus =
        before === null ? 'added' : after === null ? 'removed' : changes.length > 0 ? 'changed' : 'unchanged';
      specs.push({
        file: target.output,
        kind: kind.kind,
        compatibility,
        ...(perspective !== undefined ? { perspective } : {}),
        status,
        fromVersion: versionOf(before),
        toVersion: versionOf(after),
        changes,
        summary: summarize(changes),
      });
    }
    sections.push({ from, to, specs });
  }
  return { version: 1, sections };
}
