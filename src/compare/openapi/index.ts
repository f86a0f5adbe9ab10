/**
 * Compare two OpenAPI 3.0/3.1 documents and classify every change (docs/classification.md,
 * "OpenAPI"). Pure, like compareSpecs: plain data in, plain data out.
 *
 * document → normalize.ts (the AsyncAPI side's: `$ref` → shared node, sets sorted, expansion
 * limits) → model.ts (paths, operations, parameters, bodies, responses, security) → detect.ts
 * (everything outside schemas) and the shared SchemaDiffer for every schema slot, in the family
 * and direction of its place → verdicts and policy (classify.ts toChanges).
 */
import { InputError } from '../../errors';
import type { Change, Compatibility, OpenApiLocation } from '../../types';
import { dataEqual, isRecord } from '../../util/data';
import { deltaKey, plainFinding, schemaFindings, toChanges, unusedSchemaFinding, type Finding } from '../classify';
import type { CompareOptions } from '../index';
import { childPointer, ExpansionError, normalizeDocument, ownValue } from '../normalize';
import { FAMILIES, ruleById, severity, verdictOf, type Direction, type Family, type RuleId } from '../rules';
import { SchemaDiffer } from '../schema-diff';
import type { Slot } from '../diff';
import { detect } from './detect';
import { isDraft } from '../lifecycle';
import { isFirestoneModelRef, repairFirestone } from './firestone';
import { buildOpenApiModel, danglingRef, openApiVersion, type OpenApiModel } from './model';
import { withoutUnchangedPaths } from './unchanged';

const FAMILY_ORDER: readonly Family[] = ['request', 'response', 'header', 'parameter'];
/** Parameters travel from the client whatever the usage says (rules.ts FAMILIES). */
const fixedOr = (f: Finding, d: Direction | null): Direction | null =>
  (f.family === undefined ? null : FAMILIES[f.family].fixed) ?? d;

export { openApiVersion } from './model';
export { OPENAPI_ROWS, type OpenApiRuleId } from './rules';

/**
 * Every change from `oldDoc` to `newDoc`, sorted like compareSpecs. The same document as 3.0 and
 * as 3.1 gives one entry (the version). A document that is not OpenAPI 3.0.x/3.1.x is an
 * InputError naming its file.
 */
export const compareOpenApi = (
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  options: CompareOptions = {},
): Change[] => compare(oldDoc, newDoc, options, true);

/** compareOpenApi without setting unchanged paths aside: the reference that shortcut is tested against. */
export const compareOpenApiInFull = (
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  options: CompareOptions = {},
): Change[] => compare(oldDoc, newDoc, options, false);

function compare(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  options: CompareOptions,
  shortcut: boolean,
): Change[] {
  const oldVersion = openApiVersion(oldDoc, options.files?.old);
  const newVersion = openApiVersion(newDoc, options.files?.new);
  // A spec firestone wrote is compared with its defect forms repaired, each repair listed (firestone.ts).
  const firestone =
    options.firestone?.old === true && options.firestone.new !== true ? repairFirestone(oldDoc, newDoc) : null;
  const old = firestone?.doc ?? oldDoc;
  // Paths that cannot change the result go first: a comparison costs what changed (unchanged.ts).
  // What goes makes no reference to nothing, so what stays is all there is to refuse; when that step
  // saw every reference reach something, there is nothing to refuse.
  const { docs, unchanged, refsResolve } = shortcut
    ? withoutUnchangedPaths(old, newDoc)
    : { docs: [old, newDoc], unchanged: () => false, refsResolve: false };
  const [a, b] = docs;
  // firestone's dangling models, left where no repair applied: the same defect on both sides, or an
  // element the new document no longer has. A new document firestone wrote, read against another
  // one, is not its baseline: its dangling models are refused like any other.
  if (!refsResolve) {
    refuseDangling(a, 'old', options, options.firestone?.old === true);
    refuseDangling(b, 'new', options, options.firestone?.new === true && options.firestone.old === true);
  }
  try {
    return compareModels(a, b, oldVersion, newVersion, options, firestone?.findings ?? [], unchanged);
  } catch (e) {
    if (!(e instanceof ExpansionError) || e.side === null || options.files?.[e.side] === undefined) throw e;
    throw new ExpansionError(e.side, options.files[e.side]);
  }
}

function compareModels(
  oldDoc: Record<string, unknown>,
  newDoc: Record<string, unknown>,
  oldVersion: string,
  newVersion: string,
  options: CompareOptions,
  repaired: readonly Finding[],
  unchanged: (pointer: string) => boolean,
): Change[] {
  const a = modelOf(oldDoc, oldVersion, 'old', options);
  const b = modelOf(newDoc, newVersion, 'new', options);
  const detected = detect(a, b, unchanged);
  const differ = new SchemaDiffer(a.doc, b.doc, {
    readWriteOnly: true,
    stabilityLevels: true,
    unchanged,
  });
  const schema = schemaChanges(detected.slots, differ, options.compatibility ?? 'backward');
  const findings = [
    ...repaired,
    ...detected.findings,
    ...schema.findings,
    ...componentChanges(a, b, differ, schema.claimed, unchanged),
  ];
  return relaxUnstable(toChanges(findings, options), a, b);
}

/** The model of one side; a document the model refuses is an InputError naming its file and line. */
function modelOf(
  doc: Record<string, unknown>,
  version: string,
  side: 'old' | 'new',
  options: CompareOptions,
): OpenApiModel {
  const normalized = normalizeDocument(doc);
  try {
    return buildOpenApiModel(normalized, version);
  } catch (e) {
    const file = options.files?.[side];
    if (!(e instanceof InputError) || file === undefined) throw e;
    throw new InputError(
      e.problems.map((p) => {
        const at = p.pointer === undefined ? null : options.locate?.(p.pointer, side);
        return { ...p, file, ...(at?.file === file ? { line: at.line } : {}) };
      }),
    );
  }
}

/**
 * A `$ref` to nothing is refused, naming the file, line and pointer: read as a constraint it
 * would be a guess. In an old spec firestone wrote, its missing `Create…`/`Update…` models (OA-1)
 * are repaired before this when the new side is this tool's; between two of firestone's files they
 * are compared as written, as the same defect on both sides.
 */
function refuseDangling(
  doc: Record<string, unknown>,
  side: 'old' | 'new',
  options: CompareOptions,
  byFirestone: boolean,
): void {
  const found = danglingRef(doc, (ref) => byFirestone && isFirestoneModelRef(ref));
  if (found === null) return;
  const file = options.files?.[side];
  const at = options.locate?.(found.pointer, side) ?? null;
  throw new InputError({
    ...(file !== undefined ? { file } : {}),
    ...(at !== null && at.file === file ? { line: at.line } : {}),
    pointer: found.pointer,
    message: `$ref '${found.ref}' points to nothing in this document; a reference to nothing cannot be compared`,
  });
}

/**
 * Schema slots through the shared comparison, one family at a time so each part's rule ids carry
 * the family of its places. The differ judges `readOnly`/`writeOnly` per slot: a change below such
 * a property counts only where the property travels (docs/classification.md, "Direction").
 */
function schemaChanges(
  slots: readonly Slot[],
  differ: SchemaDiffer,
  mode: Compatibility,
): { findings: Finding[]; claimed: Set<string> } {
  const claimed = new Set<string>();
  const parts: Finding[] = [];
  for (const family of FAMILY_ORDER) {
    const part = schemaFindings(
      slots.filter((s) => s.family === family),
      differ,
    );
    for (const key of part.claimed) claimed.add(key);
    parts.push(...part.findings);
  }
  // One change is one entry wherever it is reached (a schema in a request and a response): the
  // rule id of the family where its verdict is worst, and every place.
  const merged = new Map<string, { finding: Finding; worst: number }>();
  for (const f of parts) {
    const key = `${f.rules.map((r) => r.slice(r.indexOf('.') + 1)).join('|')}\u0000${f.path}`;
    const worst = Math.max(
      ...f.usages.flatMap((u) => f.rules.map((r) => severity(verdictOf(ruleById(r), fixedOr(f, u.direction), mode)))),
    );
    const found = merged.get(key);
    if (found === undefined) merged.set(key, { finding: { ...f, usages: [...f.usages] }, worst });
    else {
      const usages = [...found.finding.usages, ...f.usages];
      merged.set(
        key,
        worst > found.worst
          ? { finding: { ...f, usages }, worst }
          : { ...found, finding: { ...found.finding, usages } },
      );
    }
  }
  return { findings: [...merged.values()].map((m) => m.finding), claimed };
}

/**
 * Components no operation reached: schema changes nobody reached, and components added, removed
 * or changed that nothing uses, are non-breaking; a security scheme is judged apart.
 */
function componentChanges(
  a: OpenApiModel,
  b: OpenApiModel,
  differ: SchemaDiffer,
  claimed: ReadonlySet<string>,
  unchanged: (pointer: string) => boolean,
): Finding[] {
  const out: Finding[] = [];
  const ca = recordOf(ownValue(a.doc.root, 'components'));
  const cb = recordOf(ownValue(b.doc.root, 'components'));
  for (const section of union(Object.keys(ca), Object.keys(cb))) {
    const sa = recordOf(ownValue(ca, section));
    const sb = recordOf(ownValue(cb, section));
    const sectionPointer = childPointer('/components', section);
    if (section.startsWith('x-')) {
      if (!same(ownValue(ca, section), ownValue(cb, section)))
        out.push(plainFinding('extension.changed', sectionPointer, 'new', a.doc, b.doc, { keyword: section }));
      continue;
    }
    for (const name of union(Object.keys(sa), Object.keys(sb))) {
      const x = ownValue(sa, name);
      const y = ownValue(sb, name);
      const pointer = childPointer(sectionPointer, name);
      if (x === y || unchanged(pointer) || same(x, y)) continue;
      const side = y === undefined ? 'old' : 'new';
      if (section === 'securitySchemes') {
        const rule: RuleId =
          x === undefined ? 'security.scheme.added' : y === undefined ? 'security.scheme.removed' : schemeRule(x, y);
        out.push(plainFinding(rule, pointer, side, a.doc, b.doc, { name: `'${name}'`, keyword: 'description' }));
      } else if (section === 'schemas' && x !== undefined && y !== undefined) {
        const seen = new Set<string>();
        for (const d of differ.compare(x, y, pointer, pointer)) {
          const key = deltaKey(d);
          if (claimed.has(key) || seen.has(key)) continue;
          seen.add(key);
          out.push(unusedSchemaFinding(d));
        }
      } else if (!(side === 'old' ? a : b).doc.usedComponents.has(pointer)) {
        const what = x === undefined ? 'was added' : y === undefined ? 'was removed' : 'changed';
        out.push(
          plainFinding('component.unused.changed', pointer, side, a.doc, b.doc, {
            detail: `Component '${name}' (${section}) ${what}`,
          }),
        );
      }
    }
  }
  return out;
}

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])].sort();

const same = (x: unknown, y: unknown): boolean => dataEqual(x, y);

const SCHEME_DOCS = new Set(['description', 'summary', 'title', 'externalDocs', 'bearerFormat']);

/**
 * How a security scheme changed (docs/classification.md): its `type`, `in`, `name`, `scheme`, a
 * URL, a flow or a scope taken away narrows what clients can use (breaking); a flow or scope added
 * offers more (non-breaking); descriptions are documentation.
 */
function schemeRule(x: unknown, y: unknown): RuleId {
  const a = recordOf(x);
  const b = recordOf(y);
  let widened = false;
  for (const k of union(Object.keys(a), Object.keys(b))) {
    const [p, q] = [ownValue(a, k), ownValue(b, k)];
    if (SCHEME_DOCS.has(k) || k.startsWith('x-') || dataEqual(p, q)) continue;
    if (k !== 'flows') return 'security.scheme.changed';
    const [fa, fb] = [recordOf(p), recordOf(q)];
    for (const flow of union(Object.keys(fa), Object.keys(fb))) {
      const [f, g] = [recordOf(ownValue(fa, flow)), recordOf(ownValue(fb, flow))];
      if (!Object.hasOwn(fb, flow)) return 'security.scheme.changed';
      if (!Object.hasOwn(fa, flow)) {
        widened = true;
        continue;
      }
      for (const key of union(Object.keys(f), Object.keys(g))) {
        if (key.startsWith('x-') || dataEqual(ownValue(f, key), ownValue(g, key))) continue;
        if (key !== 'scopes') return 'security.scheme.changed';
        const [sa, sb] = [Object.keys(recordOf(ownValue(f, key))), Object.keys(recordOf(ownValue(g, key)))];
        if (sa.some((scope) => !sb.includes(scope))) return 'security.scheme.changed';
        if (sb.some((scope) => !sa.includes(scope))) widened = true;
      }
    }
  }
  return widened ? 'security.scheme.widened' : 'security.scheme.doc.changed';
}

/**
 * Changes that reach only operations that are `draft` or `alpha` on both sides promise nothing
 * yet: listed as non-breaking (docs/classification.md, "Lifecycle").
 */
function relaxUnstable(changes: Change[], a: OpenApiModel, b: OpenApiModel): Change[] {
  const unstable = new Set<string>();
  for (const [key, y] of b.operations) {
    const x = a.operations.get(key);
    if (x !== undefined && isDraft(x.node) && isDraft(y.node)) unstable.add(`${y.path}\u0000${y.method}`);
  }
  if (unstable.size === 0) return changes;
  const relaxed = changes.map((c): Change => {
    const locations = c.locations as OpenApiLocation[];
    if (
      c.type === 'non-breaking' ||
      c.type === 'unclassified' ||
      c.rule.startsWith('operation.stability.') ||
      locations.length === 0 ||
      !locations.every((l) => unstable.has(`${l.path}\u0000${l.method}`))
    )
      return c;
    return {
      ...c,
      type: 'non-breaking',
      message: `${c.message} (the operation is draft or alpha: it promises nothing yet)`,
    };
  });
  const order = { breaking: 0, warning: 1, 'non-breaking': 2, unclassified: 3 } as const;
  const text = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return relaxed.sort(
    (x, y) =>
      order[x.type] - order[y.type] || text(x.path, y.path) || text(x.rule, y.rule) || text(x.message, y.message),
  );
}
