/**
 * OpenAPI's part of setting unchanged parts aside (../unchanged.ts; docs/architecture.md,
 * "Comparing only what changed"): path items and webhooks go, one at a time.
 *
 * What an operation is judged by outside its path item must be equal on both sides: the `openapi`
 * version (3.0 and 3.1 read schemas differently), the document's `servers` and `security` (its
 * default requirements), the security schemes (named without a `$ref`) and `jsonSchemaDialect`.
 * A path pairs with the other document's by its template with parameter names blanked
 * (model.ts `templateKey`), so it can go only when no other path of either document has that
 * template. A path item that is itself a `$ref` stays, and so do `x-` entries.
 */
import { isRecord } from '../../util/data';
import { escapeSegment } from '../../util/pointer';
import { setAside, type SetAside, type Shape } from '../unchanged';
import { METHODS, resolves, templateKey } from './model';

type Doc = Record<string, unknown>;

const SHAPE: Shape = {
  applies: (docs) =>
    docs.every(
      (d) => typeof d.openapi === 'string' && isRecord(d.paths) && (d.webhooks === undefined || isRecord(d.webhooks)),
    ),
  mustBeEqual: [['openapi'], ['servers'], ['security'], ['components', 'securitySchemes'], ['jsonSchemaDialect']],
  entryMaps: new Set(['paths', 'webhooks']),
  prunable: new Set(['paths', 'webhooks']),
  // An unchanged operation of a changed path goes too, unless the path's own parameters changed.
  parts: { maps: new Set(['paths', 'webhooks']), prunable: new Set(METHODS), shared: ['parameters'] },
  // A reference to nothing is refused (index.ts), after this step: the unit making it must stay.
  resolves: (doc, ref) => resolves(doc, ref),
  groups: (docs) =>
    [...candidates(docs, 'paths', templateKey), ...candidates(docs, 'webhooks', (name) => name)].map((u) => [u]),
};

/**
 * Unit keys of the entries of `map` that could go: plain path items (not `$ref`s, not `x-`),
 * whose identity (`identify`) no other entry of either document shares.
 */
function candidates(docs: readonly [Doc, Doc], map: string, identify: (key: string) => string): string[] {
  const owners = new Map<string, Set<string>>();
  const refused = new Set<string>();
  for (const doc of docs) {
    const entries = isRecord(doc[map]) ? doc[map] : {};
    for (const key in entries) {
      const item = entries[key];
      if (key.startsWith('x-') || !isRecord(item) || Object.hasOwn(item, '$ref')) refused.add(key);
      const id = identify(key);
      let keys = owners.get(id);
      if (keys === undefined) owners.set(id, (keys = new Set()));
      keys.add(key);
    }
  }
  const out: string[] = [];
  for (const keys of owners.values()) {
    if (keys.size !== 1) continue;
    const key = [...keys][0] as string;
    if (!refused.has(key)) out.push(`/${map}/${escapeSegment(key)}`);
  }
  return out;
}

/** The two OpenAPI documents without the path items, webhooks and components that cannot change the result. */
export const withoutUnchangedPaths = (oldDoc: Doc, newDoc: Doc): SetAside => setAside(oldDoc, newDoc, SHAPE);
