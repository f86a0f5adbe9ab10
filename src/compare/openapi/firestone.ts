/**
 * A spec firestone wrote, repaired before it is compared (docs/classification.md, "Adopting next
 * to firestone"). Pure: the old document is copied, never changed.
 *
 * firestone writes some elements in a defect form whatever the resource says (a path parameter
 * is always `{type: string}`; a key property keeps its `{expose, schema}` wrapper; a POST refers to
 * a `Create…` schema it may not write ...: OA-1 to OA-8 of docs/openapi-generation.md). Each such
 * form found in the old document is replaced by the form this tool generates and listed as one
 * `firestone.*` finding (firestone-rules.ts); the repaired document is then compared as usual, so
 * a change the team made in the same pull request still gets its ordinary rule. A repair is made
 * only where the element is in firestone's defect form and differs from the new document's; where
 * the old document carries the information (a wrapped property's schema), the repair keeps it, and
 * only where it carries none (a path parameter's schema, a model it never wrote) is the new
 * document's element taken.
 */
import type { OpenApiLocation } from '../../types';
import { dataEqual, isRecord } from '../../util/data';
import { escapeSegment } from '../../util/pointer';
import type { Finding } from '../classify';
import { formatValue } from '../classify';
import { METHODS, templateKey } from './model';
import type { FirestoneRuleId } from './firestone-rules';

type Rec = Record<string, unknown>;

/** Keys of a resource that are not JSON Schema (docs/openapi-generation.md, "Cleaning"). */
const FIRESTONE_KEYWORDS = ['descriptions', 'expose', 'key', 'methods', 'query_params'] as const;
const SCHEMAS = '#/components/schemas/';
const MODEL = /^(Create|Update)(.+)$/;

/** A reference to a `Create…`/`Update…` model, which firestone may not have written (OA-1). */
export const isFirestoneModelRef = (ref: string): boolean =>
  ref.startsWith(SCHEMAS) && MODEL.test(ref.slice(SCHEMAS.length));

const child = (pointer: string, key: string | number): string => `${pointer}/${escapeSegment(key)}`;
const recordOf = (v: unknown): Rec => (isRecord(v) ? v : {});
const quote = (s: string): string => `'${s}'`;
const list = (names: readonly string[]): string => names.map(quote).join(', ');

/** A tree copy: YAML aliases (firestone's anchors) become separate nodes, so a repair changes one place. */
function treeCopy(value: unknown, ancestors: Set<object> = new Set()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // A cycle (an alias inside its own anchor) is kept as the node itself: nothing below it is repaired twice.
  if (ancestors.has(value)) return value;
  ancestors.add(value);
  const out = Array.isArray(value)
    ? value.map((v) => treeCopy(v, ancestors))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, treeCopy(v, ancestors)]));
  ancestors.delete(value);
  return out;
}

/** One repair, before findings of the same rule and subject are merged (one entry, every operation). */
interface Repair {
  rule: FirestoneRuleId;
  /** Pointer in the old document. */
  pointer: string;
  /** What the entry is about, for merging and Change.identity. */
  subject: string;
  location: OpenApiLocation | null;
  before: unknown;
  after: unknown;
  vars: Record<string, string>;
}

export interface FirestoneRepair {
  /** The old document with firestone's defect forms replaced. */
  doc: Record<string, unknown>;
  findings: Finding[];
}

const opLocation = (path: string, method: string, op: Rec, extra: Partial<OpenApiLocation>): OpenApiLocation => ({
  path,
  method,
  operation: typeof op.operationId === 'string' ? op.operationId : null,
  direction: null,
  in: null,
  status: null,
  mediaType: null,
  ...extra,
});

/** Repairs the defect forms of `oldDoc`, a document firestone wrote, against `newDoc`. */
export function repairFirestone(oldDoc: Record<string, unknown>, newDoc: Record<string, unknown>): FirestoneRepair {
  const doc = treeCopy(oldDoc) as Rec;
  const repairs: Repair[] = [];
  const schemas = recordOf(recordOf(doc.components).schemas);
  const newSchemas = recordOf(recordOf(newDoc.components).schemas);
  const usedRefs = refsIn(doc.paths);
  for (const name of Object.keys(schemas)) {
    const at = child('/components/schemas', name);
    if (unusedModel(name, schemas[name], newSchemas, usedRefs)) {
      repairs.push({
        rule: 'firestone.model.unused',
        pointer: at,
        subject: name,
        location: null,
        before: schemas[name],
        after: undefined,
        vars: { name: quote(name) },
      });
      delete schemas[name];
      continue;
    }
    if (dataEqual(schemas[name], newSchemas[name])) continue;
    schemas[name] = cleanComponent(schemas[name], at, name, repairs);
  }
  const paths = recordOf(doc.paths);
  const newOps = operationsByKey(newDoc);
  for (const path of Object.keys(paths)) {
    const item = recordOf(paths[path]);
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const at = child(child('/paths', path), method);
      const theirs = newOps.get(`${templateKey(path)} ${method}`) ?? null;
      repairParameters(path, method, op, at, theirs, repairs);
      repairBodies(path, method, op, at, schemas, newSchemas, repairs);
      repairSecurity(path, method, op, at, theirs, doc, newDoc, repairs);
    }
  }
  return { doc, findings: merged(repairs) };
}

// -------------------------------------------------------------------------------------------------
// OA-1: models

/** Every `$ref` string below `value`. */
function refsIn(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (typeof value !== 'object' || value === null || depth > 200) return out;
  if (!Array.isArray(value) && typeof (value as Rec).$ref === 'string') out.add((value as Rec).$ref as string);
  for (const v of Object.values(value)) refsIn(v, out, depth + 1);
  return out;
}

/** The shape of firestone's (and this tool's) `Create…`/`Update…`: `allOf: [{$ref: S}, {type: object, required?}]`. */
function modelBase(value: unknown): string | null {
  const all = recordOf(value).allOf;
  if (!Array.isArray(all) || all.length !== 2 || Object.keys(recordOf(value)).length !== 1) return null;
  const [ref, rest] = all as [unknown, unknown];
  const target = recordOf(ref).$ref;
  if (typeof target !== 'string' || !target.startsWith(SCHEMAS) || Object.keys(recordOf(ref)).length !== 1) return null;
  const r = recordOf(rest);
  if (r.type !== 'object' || Object.keys(r).some((k) => k !== 'type' && k !== 'required')) return null;
  return target.slice(SCHEMAS.length);
}

/** A `Create…`/`Update…` model no operation refers to, which the new document does not have. */
const unusedModel = (name: string, value: unknown, newSchemas: Rec, used: ReadonlySet<string>): boolean =>
  MODEL.test(name) && modelBase(value) !== null && !Object.hasOwn(newSchemas, name) && !used.has(SCHEMAS + name);

/** Request and response bodies referring to a `Create…`/`Update…` model firestone did not write. */
function repairBodies(
  path: string,
  method: string,
  op: Rec,
  at: string,
  schemas: Rec,
  newSchemas: Rec,
  repairs: Repair[],
): void {
  const places: [string, Rec, Partial<OpenApiLocation>][] = [];
  const body = recordOf(op.requestBody);
  places.push([child(at, 'requestBody'), body, { in: 'body', direction: 'client-sends' }]);
  const responses = recordOf(op.responses);
  for (const status of Object.keys(responses))
    places.push([
      child(child(at, 'responses'), status),
      recordOf(responses[status]),
      { in: 'response', direction: 'client-receives', status },
    ]);
  for (const [where, node, extra] of places) {
    const content = recordOf(node.content);
    for (const type of Object.keys(content)) {
      const media = recordOf(content[type]);
      const schemaAt = child(child(child(where, 'content'), type), 'schema');
      const location = opLocation(path, method, op, { ...extra, mediaType: type });
      const ref = recordOf(media.schema).$ref;
      if (typeof ref === 'string') {
        repairDangling(ref, schemaAt, location, schemas, newSchemas, repairs);
        continue;
      }
      // An attribute operation's body is the property as firestone copied it (OA-2).
      if (isRecord(media.schema)) {
        const subject = `${path} ${type}`;
        media.schema = cleanProperty(media.schema, schemaAt, subject, `the body of '${path}'`, repairs, location);
      }
    }
  }
}

function repairDangling(
  ref: string,
  pointer: string,
  location: OpenApiLocation,
  schemas: Rec,
  newSchemas: Rec,
  repairs: Repair[],
): void {
  const name = ref.startsWith(SCHEMAS) ? ref.slice(SCHEMAS.length) : '';
  const before = repairs.find((r) => r.rule === 'firestone.model.dangling' && r.subject === name);
  if (!MODEL.test(name) || (Object.hasOwn(schemas, name) && before === undefined)) return;
  // Only the new document's own model, in the shape both tools write, over a schema the old one has.
  const theirs = newSchemas[name];
  const base = modelBase(theirs);
  if (base === null || !Object.hasOwn(schemas, base)) return;
  schemas[name] ??= treeCopy(theirs);
  const required = recordOf((recordOf(theirs).allOf as unknown[])[1]).required;
  const names = Array.isArray(required) ? required.map(String) : [];
  const detail = names.length > 0 ? ` as '${base}' with ${list(names)} required` : ` as '${base}'`;
  repairs.push({
    rule: 'firestone.model.dangling',
    pointer,
    subject: name,
    location,
    before: undefined,
    after: theirs,
    vars: { name: quote(name), detail },
  });
}

// -------------------------------------------------------------------------------------------------
// OA-2: resource keywords, wrappers and sub-resources in schemas

const firestoneKeys = (node: Rec): string[] => FIRESTONE_KEYWORDS.filter((k) => Object.hasOwn(node, k));

/** A component firestone wrote from a resource's items: its own keywords and each property cleaned. */
function cleanComponent(value: unknown, at: string, name: string, repairs: Repair[]): unknown {
  if (!isRecord(value)) return value;
  const out = withoutKeys(value, firestoneKeys(value));
  const removed = firestoneKeys(value);
  if (removed.length > 0)
    repairs.push({
      rule: 'firestone.keyword.removed',
      pointer: at,
      subject: name,
      location: null,
      before: pick(value, removed),
      after: undefined,
      vars: { name: `schema ${quote(name)}`, keywords: list(removed) },
    });
  const props = out.properties;
  if (!isRecord(props)) return out;
  const cleaned: Rec = {};
  for (const [p, v] of Object.entries(props))
    cleaned[p] = cleanProperty(
      v,
      child(child(at, 'properties'), p),
      `${name}.${p}`,
      quote(`${name}.${p}`),
      repairs,
      null,
    );
  return { ...out, properties: cleaned };
}

/**
 * A property as firestone copied it from the resource: a sub-resource (its `schema` has `items`)
 * becomes its items' schema, cleaned like a component; any other `schema` wrapper is unwrapped
 * (the property's own keys win); firestone keywords are dropped.
 */
function cleanProperty(
  value: unknown,
  at: string,
  subject: string,
  label: string,
  repairs: Repair[],
  location: OpenApiLocation | null,
): unknown {
  if (!isRecord(value)) return value;
  const wrapped = value.schema;
  if (isRecord(wrapped) && Object.hasOwn(wrapped, 'items')) {
    repairs.push({
      rule: 'firestone.subresource.inlined',
      pointer: at,
      subject,
      location,
      before: value,
      after: undefined,
      vars: { name: label },
    });
    // What firestone copied with it (its keywords, its properties' wrappers) is part of this one repair.
    return cleanComponent(wrapped.items, child(child(at, 'schema'), 'items'), subject, []);
  }
  const removed = firestoneKeys(value);
  if (isRecord(wrapped)) {
    const keywords = [...removed, 'schema'];
    const inner = withoutKeys(wrapped, firestoneKeys(wrapped));
    const out = { ...inner, ...withoutKeys(value, keywords) };
    repairs.push({
      rule: 'firestone.property.unwrapped',
      pointer: at,
      subject,
      location,
      before: value,
      after: out,
      vars: { name: label, keywords: list(keywords) },
    });
    return out;
  }
  if (removed.length === 0) return value;
  repairs.push({
    rule: 'firestone.keyword.removed',
    pointer: at,
    subject,
    location,
    before: pick(value, removed),
    after: undefined,
    vars: { name: label, keywords: list(removed) },
  });
  return withoutKeys(value, removed);
}

const withoutKeys = (node: Rec, keys: readonly string[]): Rec =>
  Object.fromEntries(Object.entries(node).filter(([k]) => !keys.includes(k)));
const pick = (node: Rec, keys: readonly string[]): Rec => Object.fromEntries(keys.map((k) => [k, node[k]]));

// -------------------------------------------------------------------------------------------------
// OA-3 to OA-7: parameters

/** The new document's operations by path template and method. */
function operationsByKey(doc: Rec): Map<string, { path: string; op: Rec }> {
  const out = new Map<string, { path: string; op: Rec }>();
  const paths = recordOf(doc.paths);
  for (const path of Object.keys(paths))
    for (const method of METHODS) {
      const op = recordOf(paths[path])[method];
      if (isRecord(op)) out.set(`${templateKey(path)} ${method}`, { path, op });
    }
  return out;
}

const templateNames = (path: string): string[] => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] as string);
const PLAIN_STRING = { type: 'string' };

function repairParameters(
  path: string,
  method: string,
  op: Rec,
  at: string,
  theirs: { path: string; op: Rec } | null,
  repairs: Repair[],
): void {
  if (!Array.isArray(op.parameters)) return;
  const names = templateNames(path);
  const theirNames = theirs === null ? [] : templateNames(theirs.path);
  const theirParams = theirs === null || !Array.isArray(theirs.op.parameters) ? [] : theirs.op.parameters.map(recordOf);
  const kept: unknown[] = [];
  (op.parameters as unknown[]).forEach((raw, i) => {
    const p = recordOf(raw);
    const pointer = child(child(at, 'parameters'), i);
    const name = typeof p.name === 'string' ? p.name : null;
    if (name === null) return void kept.push(raw);
    const location = (where: OpenApiLocation['in']): OpenApiLocation =>
      opLocation(path, method, op, { in: where, direction: 'client-sends' });
    const record = (
      rule: FirestoneRuleId,
      where: OpenApiLocation['in'],
      after: unknown,
      vars: Record<string, string>,
    ) =>
      repairs.push({
        rule,
        pointer,
        subject: `${where}:${name}`,
        location: location(where),
        before: raw,
        after,
        vars: { parameter: quote(name), ...vars },
      });
    if (p.in === 'path') {
      const index = names.indexOf(name);
      // OA-4: a key whose name is only a substring of the path.
      if (index < 0 && !theirParams.some((q) => q.in === 'path' && q.name === name)) {
        record('firestone.path-parameter.spurious', 'path', undefined, {});
        return;
      }
      // OA-3: always `{type: string}`, never a description; the key's schema is only in the new document.
      const mine = theirParams.find((q) => q.in === 'path' && theirNames.indexOf(String(q.name)) === index);
      const plain = dataEqual(p.schema, PLAIN_STRING) && !Object.hasOwn(p, 'description');
      if (index >= 0 && plain && mine !== undefined && mine.name === name && !dataEqual(p, mine)) {
        const fixed: Rec = { ...p, schema: mine.schema };
        if (Object.hasOwn(mine, 'description')) fixed.description = mine.description;
        const what = [
          ...(dataEqual(mine.schema, PLAIN_STRING) ? [] : [`schema ${JSON.stringify(mine.schema)}`]),
          ...(Object.hasOwn(mine, 'description') ? ['description'] : []),
        ];
        record('firestone.path-parameter.key-schema', 'path', fixed, { detail: what.join(' and ') });
        kept.push(fixed);
        return;
      }
      return void kept.push(raw);
    }
    // OA-7: firestone builds every parameter with `required`, but copies default_query_params as written.
    if (!Object.hasOwn(p, 'required')) {
      const filter = Array.isArray(p.methods) && p.methods.length > 0 ? p.methods : null;
      if (filter !== null && !filter.includes(method)) {
        record('firestone.default-query-parameter.filtered', 'query', undefined, {
          detail: `its methods (${filter.map(String).join(', ')}) do not include ${method}`,
        });
        return;
      }
      const fixed = queryParameter(p);
      const earlier = kept.some((q) => recordOf(q).name === name && recordOf(q).in === 'query');
      if (earlier) {
        record('firestone.default-query-parameter.filtered', 'query', undefined, {
          detail: 'a query parameter of the same name comes first',
        });
        return;
      }
      const extra = Object.keys(p).filter((k) => !['name', 'in', 'description', 'schema'].includes(k));
      const detail = [
        p.in === undefined ? 'no in' : p.in !== 'query' ? `in: ${String(p.in)}` : null,
        'no required',
        ...extra.map((k) => `${k}: ${formatValue(p[k])}`),
      ].filter((s): s is string => s !== null);
      // Only `required` left out, which means false: the same parameter, nothing to list.
      if (detail.length > 1)
        record('firestone.default-query-parameter.normalised', 'query', fixed, { detail: detail.join(', ') });
      kept.push(fixed);
      return;
    }
    let fixed = p;
    // OA-5: `description: null` where the resource has none.
    if (p.in === 'query' && Object.hasOwn(p, 'description') && p.description === null) {
      fixed = withoutKeys(fixed, ['description']);
      record('firestone.query-parameter.null-description', 'query', fixed, {});
    }
    // OA-6: the default on the Parameter object, where OpenAPI has no such field.
    if (p.in === 'query' && Object.hasOwn(p, 'default') && !Object.hasOwn(recordOf(p.schema), 'default')) {
      const moved: Rec = withoutKeys(fixed, ['default']);
      if (p.default !== null) moved.schema = { ...recordOf(p.schema ?? PLAIN_STRING), default: p.default };
      record('firestone.query-parameter.default-moved', 'query', moved, { after: formatValue(p.default) });
      fixed = moved;
    }
    kept.push(fixed === p ? raw : fixed);
  });
  op.parameters = kept;
}

/** A default query parameter as this tool writes it (docs/openapi-generation.md, "Parameters"). */
function queryParameter(p: Rec): Rec {
  const schema: Rec = { ...recordOf(p.schema ?? PLAIN_STRING) };
  if (Object.hasOwn(p, 'default') && p.default !== null) schema.default = p.default;
  return {
    name: p.name,
    in: 'query',
    required: false,
    schema: isRecord(p.schema) || Object.hasOwn(schema, 'default') ? schema : PLAIN_STRING,
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
  };
}

// -------------------------------------------------------------------------------------------------
// OA-8: security

const schemeOf = (requirement: unknown): string | null => {
  const r = recordOf(requirement);
  const keys = Object.keys(r);
  return keys.length === 1 && Array.isArray(r[keys[0] as string]) && (r[keys[0] as string] as unknown[]).length === 0
    ? (keys[0] as string)
    : null;
};

/** firestone's one requirement (its first scheme) where the new document offers each scheme as an alternative. */
function repairSecurity(
  path: string,
  method: string,
  op: Rec,
  at: string,
  theirs: { path: string; op: Rec } | null,
  doc: Rec,
  newDoc: Rec,
  repairs: Repair[],
): void {
  const mine = op.security;
  const other = theirs?.op.security;
  if (!Array.isArray(mine) || mine.length !== 1 || !Array.isArray(other) || other.length < 2) return;
  const first = schemeOf(mine[0]);
  const all = other.map(schemeOf);
  if (first === null || all[0] !== first || all.some((s) => s === null)) return;
  const schemes = recordOf(recordOf(doc.components).securitySchemes);
  const theirSchemes = recordOf(recordOf(newDoc.components).securitySchemes);
  // A later file's schemes replaced an earlier one's in firestone's document: the new one has them all.
  for (const s of all as string[])
    if (!Object.hasOwn(schemes, s) && Object.hasOwn(theirSchemes, s)) {
      const components = (doc.components = recordOf(doc.components));
      components.securitySchemes = { ...recordOf(components.securitySchemes), [s]: treeCopy(theirSchemes[s]) };
    }
  op.security = treeCopy(other);
  repairs.push({
    rule: 'firestone.security.alternatives-added',
    pointer: child(at, 'security'),
    subject: (all as string[]).join(','),
    location: opLocation(path, method, op, {}),
    before: mine,
    after: other,
    vars: { name: quote(first), values: list(all as string[]) },
  });
}

// -------------------------------------------------------------------------------------------------

/** One finding per rule and subject, with every operation it was found in. */
function merged(repairs: readonly Repair[]): Finding[] {
  const byKey = new Map<string, { repair: Repair; locations: OpenApiLocation[] }>();
  for (const r of repairs) {
    const key = `${r.rule}\u0000${r.subject}\u0000${JSON.stringify(r.vars)}`;
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, { repair: r, locations: r.location === null ? [] : [r.location] });
    else if (r.location !== null) found.locations.push(r.location);
  }
  return [...byKey.values()].map(
    ({ repair: r, locations }): Finding => ({
      rules: [r.rule],
      path: r.pointer,
      identity: `firestone:${r.subject}${r.vars.detail !== undefined ? `:${r.vars.detail}` : ''}`,
      side: 'old',
      usages: locations.map((location) => ({ direction: null, location })),
      before: r.before,
      after: r.after,
      vars: { path: r.pointer, before: formatValue(r.before), after: formatValue(r.after), ...r.vars },
    }),
  );
}
