/**
 * From raw differences to classified changes (pure): each difference is matched to rules
 * (rules.ts), judged in the direction of every place it is used, grouped so one logical change
 * is one entry, and worded for people.
 */
import { InputError } from '../errors';
import { parsePointer } from '../util/pointer';
import {
  CHANGE_TYPES,
  type Change,
  type ChangeLocation,
  isAsyncApiLocation,
  type ChangeType,
  type ClientDirection,
  type Compatibility,
  type Perspective,
} from '../types';
import { isRecord } from '../util/data';
import { type RawChange, type SkeletonDoc, type Slot, type Split } from './diff';
import type { ChannelEl, Element, MessageEl, Model, SchemaAt } from './model/index';
import { v2Direction, type V2Word } from './model/v2';
import { schemeAsV2 } from './model/v3';
import { canonicalText, childPointer, displayValue, ownValue, valueAtPointer, type NormalizedDoc } from './normalize';
import {
  FAMILIES,
  familyOf,
  familyRuleId,
  PATH_RULES,
  REMOVED_AFTER_SUNSET,
  ruleById,
  SCHEMA_RULES,
  severity,
  verdictOf,
  type Direction,
  type Family,
  type PathRule,
  type RuleId,
} from './rules';
import { childOf, dataEqual } from '../util/data';
import { ELEMENT_FLAGS, isMark, lifecycleOf } from './lifecycle';
import { difference, inDirection, travelsIn, type SchemaDelta, type SchemaDiffer } from './schema-diff';
import { utcToday } from '../util/date';
import { openApiPlace } from './openapi/words';

/** The rule table's column for a direction seen from the client. */
export const ruleDirection = (d: ClientDirection | null): Direction | null =>
  d === null ? null : d === 'client-receives' ? 'receive' : 'send';

/** Words for a direction, in client terms (never 2.x `publish`/`subscribe`). */
export const DIRECTION_WORDS: Readonly<Record<ClientDirection, string>> = {
  'client-receives': 'clients receive',
  'client-sends': 'clients send',
};

/** One place a change matters: who sends the data there, and which operation it is. */
export interface Usage {
  readonly direction: Direction | null;
  readonly location: ChangeLocation | null;
}

/** A change matched to its candidate rules, before the verdict. */
export interface Finding {
  /** Every rule the change matches; per usage the most severe wins. */
  readonly rules: readonly RuleId[];
  readonly path: string;
  /** The element's identity in the model (Change.identity). */
  readonly identity: string;
  /** Lifecycle: the removed element's sunset date (YYYY-MM-DD), or that it was deprecated without one. */
  readonly lifecycle?: { readonly sunset: string | null };
  readonly side: 'old' | 'new';
  readonly usages: Usage[];
  readonly before: unknown;
  readonly after: unknown;
  /** Template values; `{where}` is added from the usages. */
  readonly vars: Readonly<Record<string, string>>;
  readonly family?: Family;
}

export interface ClassifyOptions {
  overrides?: Readonly<Record<string, ChangeType>>;
  compatibility?: Compatibility;
  today?: string;
  locate?: (pointer: string, side: 'old' | 'new') => { file: string; line: number } | null;
}

// ---------------------------------------------------------------------------------------------
// Words

/** A value as a message shows it: short, quoted strings, `(none)` for absent. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return `'${value.length > 80 ? `${value.slice(0, 77)}...` : value}'`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 10).map(formatValue);
    return `[${shown.join(', ')}${value.length > 10 ? `, ... ${value.length - 10} more` : ''}]`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // A reference cycle (an `enum` that is a `$ref` to an ancestor): written up to where it comes back.
    text = cyclicText(value, 80);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** JSON text of a value with `"<cycle>"` where an ancestor comes back; no more is made once past `limit` characters. */
function cyclicText(value: unknown, limit: number): string {
  let out = '';
  const ancestors = new Set<object>();
  const write = (v: unknown): void => {
    if (out.length > limit) return;
    if (typeof v !== 'object' || v === null) {
      out += JSON.stringify(v) ?? 'null';
      return;
    }
    if (ancestors.has(v)) {
      out += '"<cycle>"';
      return;
    }
    ancestors.add(v);
    if (Array.isArray(v)) {
      out += '[';
      v.forEach((item, i) => {
        if (i > 0) out += ',';
        write(item);
      });
      out += ']';
    } else {
      const entries = Object.entries(v).filter(([, item]) => item !== undefined);
      out += '{';
      entries.forEach(([key, item], i) => {
        out += `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`;
        write(item);
      });
      out += '}';
    }
    ancestors.delete(v);
  };
  write(value);
  return out;
}

const formatList = (values: readonly unknown[]): string => values.map(formatValue).join(', ');
const quote = (s: string): string => `'${s}'`;

/**
 * How a schema is named in messages: `'book.owner'` for a component, else where it sits (`the
 * query of '/book' (clients receive)`); a 2.x operation word is read from `perspective`'s side.
 */
export function subjectOf(pointer: string, spread?: number, perspective: Perspective = 'application'): string {
  const segs = parsePointer(pointer) ?? [];
  const at = (i: number): string => segs[i] ?? '';
  let base: string | null = null;
  let start: number;
  if (at(0) === 'components' && segs.length >= 3) {
    const messagePart = at(1) === 'messages' && (at(3) === 'payload' || at(3) === 'headers');
    if (messagePart) {
      base = `the ${at(3)} of message ${quote(at(2))}`;
      start = 4;
    } else {
      return quote(at(2) + chainOf(segs.slice(3)));
    }
  } else if (at(0) === 'channels' && segs.length >= 3) {
    const op = V2_WORDS.has(at(2)) ? DIRECTION_WORDS[v2Direction(at(2) as V2Word, perspective)] : null;
    // One place, or (for copies grouped across places) how many.
    const where =
      spread === undefined
        ? `${quote(at(1))}${op === null ? '' : ` (${op})`}`
        : `${spread} ${op === null ? 'channels' : 'operations'}`;
    const rest = op === null ? 2 : 3;
    if (op === null && at(2) === 'messages' && segs.length >= 5) {
      base = `the ${at(4)} of message ${quote(at(3))} of channel ${where}`;
      start = 5;
    } else if (op !== null && at(3) === 'message') {
      const payloadAt = segs.findIndex((s, i) => i > 3 && (s === 'payload' || s === 'headers'));
      base = payloadAt < 0 ? `the message of ${where}` : `the ${at(payloadAt)} of ${where}`;
      start = payloadAt < 0 ? segs.length : payloadAt + 1;
    } else if (at(rest) === 'bindings' && at(rest + 1) === 'ws') {
      const what = at(rest + 2) === 'query' ? 'query' : 'connection headers';
      base = `the ${what} of ${where}`;
      start = rest + 3;
    } else if (at(2) === 'parameters') {
      base = `parameter ${quote(at(3))} of ${spread === undefined ? `channel ${where}` : where}`;
      start = at(4) === 'schema' ? 5 : 4;
    } else {
      return quote(pointer);
    }
  } else if (openApiPlace(segs) !== null) {
    ({ base, start } = openApiPlace(segs) as { base: string; start: number });
  } else if (at(0) === 'operations' && segs.length >= 2) {
    const payloadAt = segs.findIndex((s) => s === 'payload' || s === 'headers');
    if (payloadAt < 0) return quote(pointer);
    base = `the ${at(payloadAt)} of operation ${quote(at(1))}`;
    start = payloadAt + 1;
  } else {
    return quote(pointer);
  }
  const chain = chainOf(segs.slice(start)).replace(/^\./, '');
  return chain === '' ? base : `${quote(chain)} in ${base}`;
}

const V2_WORDS: ReadonlySet<string> = new Set<V2Word>(['subscribe', 'publish']);

/** `properties/owner/properties/id` → `.owner.id`; `items` → `[]`; an `allOf` member is the schema itself. */
function chainOf(rest: readonly string[]): string {
  let out = '';
  for (let i = 0; i < rest.length; i++) {
    const seg = rest[i] as string;
    const next = rest[i + 1];
    if ((seg === 'properties' || seg === 'patternProperties') && next !== undefined) {
      out += `.${next}`;
      i++;
    } else if (seg === 'items') {
      out += '[]';
    } else if (seg === 'additionalProperties') {
      out += '{}';
    } else if (seg === 'allOf' && next !== undefined) {
      // A member of allOf adds to the schema itself: its properties are the schema's properties.
      i++;
    } else if (['oneOf', 'anyOf', 'prefixItems'].includes(seg) && next !== undefined) {
      out += `.${seg}[${next}]`;
      i++;
    } else {
      out += `.${seg}`;
    }
  }
  return out;
}

function wherePhrase(family: Family | undefined, usages: readonly Usage[]): string {
  if (family === undefined) return '';
  const info = FAMILIES[family];
  const dirs = new Set(usages.map((u) => info.fixed ?? u.direction).filter((d) => d !== null));
  if (dirs.size === 2 && info.bothWays !== undefined) return `in ${info.bothWays}`;
  const verb = dirs.size === 2 ? 'send and receive' : dirs.has('receive') ? 'receive' : 'send';
  return `in ${info.noun} clients ${verb}`;
}

function fill(template: string, vars: Readonly<Record<string, string>>): string {
  const text = template
    .replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/ ([,;.)])/g, '$1')
    .trim();
  // A sentence that starts with a value ('the payload of ...') gets a capital; one that starts with a keyword keeps its spelling.
  return template.startsWith('{') ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Schema slots

function deltaVars(d: SchemaDelta, perspective: Perspective): Record<string, string> {
  const vars: Record<string, string> = {
    name: quote(d.name),
    keyword: d.name,
    subject: subjectOf(d.schemaPath, undefined, perspective),
    before: formatValue(d.before),
    after: formatValue(d.after),
    path: d.path,
  };
  if (d.values !== undefined) vars.values = formatList(d.values);
  return vars;
}

const deltaRules = (family: Family, d: SchemaDelta): RuleId[] =>
  d.kinds.map((k) => (k === 'unclassified' ? 'unclassified' : familyRuleId(family, k)));

/** Identity of a delta across walks: the same change found through two routes has the same key. */
export const deltaKey = (d: SchemaDelta): string => `${d.kinds.join('|')}\u0000${d.path}`;

/**
 * The grouping key of a query or channel-parameter delta written inline in a channel (not
 * reached through a `$ref`), or null. firestone copies key parameters and query parameters into
 * every channel and operation, so one
 * edit of a resource shows up once per copy: copies group by their place inside the slot, their
 * values and the parameter they belong to, and become one finding with every location.
 */
function inlineKey(slot: Slot, d: SchemaDelta, rules: readonly string[]): string | null {
  // Payloads written inline are the author's own, one per place; query and key parameters are firestone's copies.
  if (slot.family !== 'query' && slot.family !== 'parameter') return null;
  const base = d.side === 'old' ? slot.oldPointer : slot.newPointer;
  if (!base.startsWith('/channels/') || (d.path !== base && !d.path.startsWith(`${base}/`))) return null;
  // `.../parameters/<name>/schema`: a different parameter is a different thing.
  const parameter = slot.family === 'parameter' ? (parsePointer(base)?.at(-2) ?? '') : '';
  const rest = d.path.slice(base.length);
  return [rules.join('|'), slot.family, parameter, d.side, rest, canonicalText(d.before), canonicalText(d.after)].join(
    '\u0000',
  );
}

/** Compares every slot; the keys of the deltas found are returned too, so components can tell which changes some message reached. */
export function schemaFindings(
  slots: readonly Slot[],
  differ: SchemaDiffer,
  perspective: Perspective = 'application',
): { findings: Finding[]; claimed: Set<string> } {
  const claimed = new Set<string>();
  const grouped = new Map<string, { finding: Finding; delta: SchemaDelta; inline: boolean }>();
  const compared = slots.map((slot) => ({
    slot,
    deltas: differ.compare(slot.old, slot.new, slot.oldPointer, slot.newPointer),
  }));
  // readOnly/writeOnly (OpenAPI): a change is judged where its property travels; only one that
  // travels nowhere it is used is listed, as `property.access.inapplicable` (docs/classification.md).
  const travelled = new Set(
    compared.flatMap(({ slot, deltas }) =>
      deltas.filter((d) => travelsIn(d, ruleDirection(slot.direction))).map(deltaKey),
    ),
  );
  for (const { slot, deltas } of compared) {
    const usage: Usage = { direction: ruleDirection(slot.direction), location: slot.location };
    for (const raw of deltas) {
      claimed.add(deltaKey(raw));
      if (!travelsIn(raw, usage.direction) && travelled.has(deltaKey(raw))) continue;
      const d = inDirection(raw, usage.direction);
      const rules = deltaRules(slot.family, d);
      const inline = inlineKey(slot, d, rules);
      const key = inline ?? `${rules.join('|')}\u0000${d.path}`;
      const found = grouped.get(key);
      if (found === undefined) {
        const finding: Finding = {
          rules,
          path: d.path,
          identity: d.path,
          ...(d.lifecycle === undefined ? {} : { lifecycle: d.lifecycle }),
          side: d.side,
          usages: [usage],
          before: d.before,
          after: d.after,
          vars: deltaVars(d, perspective),
          family: slot.family,
        };
        grouped.set(key, { finding, delta: d, inline: inline !== null });
      } else {
        found.finding.usages.push(usage);
        // The group is shown at its first place, whatever order the slots came in.
        if (d.path < found.finding.path)
          grouped.set(key, {
            ...found,
            finding: { ...found.finding, path: d.path, vars: deltaVars(d, perspective) },
            delta: d,
          });
      }
    }
  }
  return { findings: [...grouped.values()].map((g) => spreadOut(g, perspective)), claimed };
}

/** A group of inline copies across several places names how many, not one of them. */
function spreadOut(
  { finding, delta, inline }: { finding: Finding; delta: SchemaDelta; inline: boolean },
  perspective: Perspective,
): Finding {
  const places = new Set(finding.usages.map((u) => locationKey(u.location))).size;
  if (!inline || places < 2) return finding;
  return { ...finding, vars: { ...finding.vars, subject: subjectOf(delta.schemaPath, places, perspective) } };
}

// ---------------------------------------------------------------------------------------------
// Components

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/**
 * Changes inside `components` that no compared message reached. Used schemas were already judged
 * through their messages; what is left changes no message (docs/classification.md: non-breaking).
 */
export function componentFindings(
  oldModel: Model,
  newModel: Model,
  differ: SchemaDiffer,
  claimed: ReadonlySet<string>,
): Finding[] {
  const oldDoc = oldModel.doc;
  const newDoc = newModel.doc;
  const out: Finding[] = [];
  const usedOld = oldDoc.usedComponents;
  const usedNew = newDoc.usedComponents;
  const schemesOld = oldModel.schemesInUse;
  const schemesNew = newModel.schemesInUse;
  const compA = recordOf(ownValue(oldDoc.root, 'components'));
  const compB = recordOf(ownValue(newDoc.root, 'components'));
  const cross = oldModel.major !== newModel.major;
  for (const section of union(compA, compB)) {
    // Across major versions schemas, security schemes and messages keep their shape (but for what
    // `neutralComponent` evens out); every other component changed form with the version and is
    // compared where it is used.
    if (cross && !CROSS_SECTIONS.has(section)) continue;
    const asV2 = (model: Model, v: unknown): unknown =>
      cross && isRecord(v)
        ? Object.fromEntries(Object.entries(v).map(([k, c]) => [k, neutralComponent(section, model.major, c)]))
        : v;
    const a = asV2(oldModel, ownValue(compA, section));
    const b = asV2(newModel, ownValue(compB, section));
    const sectionPointer = childPointer('/components', section);
    if (section.startsWith('x-') || !(isRecord(a) || a === undefined) || !(isRecord(b) || b === undefined)) {
      if (dataEqual(a, b)) continue;
      const rule = section.startsWith('x-') ? 'extension.changed' : 'unclassified';
      out.push(
        plainFinding(rule, sectionPointer, b === undefined ? 'old' : 'new', oldDoc, newDoc, { keyword: section }),
      );
      continue;
    }
    for (const name of union(recordOf(a), recordOf(b))) {
      const x = ownValue(recordOf(a), name);
      const y = ownValue(recordOf(b), name);
      const pointer = childPointer(sectionPointer, name);
      if (x === y || dataEqual(x, y)) continue;
      const side = y === undefined ? 'old' : 'new';
      const inUse = side === 'old' ? usedOld.has(pointer) : usedNew.has(pointer);
      if (section === 'schemas' && x !== undefined && y !== undefined) {
        // A recursive schema yields the same delta once per pass through its cycle: report it once.
        const seen = new Set<string>();
        let retargeted = false;
        for (const d of differ.compare(x, y, pointer, pointer)) {
          const key = deltaKey(d);
          if (claimed.has(key) || seen.has(key)) continue;
          seen.add(key);
          // A reference that now points at another component shows up as the differences between the two
          // targets, at their places: for an unused component, one entry at the component says it.
          if (d.path !== pointer && !d.path.startsWith(`${pointer}/`)) retargeted = true;
          else out.push(unusedSchemaFinding(d));
        }
        if (retargeted)
          out.push(
            plainFinding('component.unused.changed', pointer, 'new', oldDoc, newDoc, {
              detail: `Component ${quote(name)} (${section}) now refers to other components`,
            }),
          );
      } else if (section === 'securitySchemes' && (side === 'old' ? schemesOld : schemesNew).has(name)) {
        // A scheme is referenced by name (2.x) or `$ref` (3.x): a change to one in use changes how clients authenticate,
        // unless only its documentation moved.
        // A scheme added or removed changes nobody by itself: the requirements naming it carry the verdict.
        const rule: RuleId =
          x === undefined
            ? 'security.scheme.added'
            : y === undefined
              ? 'security.scheme.removed'
              : onlyDocumentation(x, y)
                ? 'security.scheme.doc.changed'
                : 'security.scheme.changed';
        out.push(plainFinding(rule, pointer, side, oldDoc, newDoc, { name: quote(name), keyword: 'description' }));
      } else if (!inUse && !sameButForSchemas(x, y, oldDoc, newDoc)) {
        const what = x === undefined ? 'was added' : y === undefined ? 'was removed' : 'changed';
        out.push(
          plainFinding('component.unused.changed', pointer, side, oldDoc, newDoc, {
            detail: `Component ${quote(name)} (${section}) ${what}`,
          }),
        );
      }
    }
  }
  return out;
}

/** Component sections compared across major versions (componentFindings). */
const CROSS_SECTIONS = new Set(['schemas', 'securitySchemes', 'messages']);

/**
 * A component as both major versions can say it, for comparing across them: a 3.x security
 * scheme with 2.x scope names; a message without the 2.x `messageId` (3.x names a message by its
 * key, here the component's own name) and with its payload's schema format beside the payload, as
 * 2.x writes it (3.x wraps the payload in `{schemaFormat, schema}`). A new object: inputs stay as they are.
 */
function neutralComponent(section: string, major: 2 | 3, component: unknown): unknown {
  if (section === 'securitySchemes') return major === 3 ? schemeAsV2(component) : component;
  if (section !== 'messages' || !isRecord(component)) return component;
  const { messageId: _, ...rest } = component;
  if (major === 2) return rest;
  const payload = ownValue(rest, 'payload');
  if (!isRecord(payload) || !Object.hasOwn(payload, 'schemaFormat')) return rest;
  return { ...rest, schemaFormat: ownValue(payload, 'schemaFormat'), payload: ownValue(payload, 'schema') };
}

/**
 * Two versions of a component that differ only inside the component schemas they refer to: those
 * changes are listed at the schemas themselves, so the component has no change of its own (an
 * unused message whose payload schema gained a property is one change, not two). A referenced
 * schema counts as the same when it is the same component on both sides.
 */
function sameButForSchemas(x: unknown, y: unknown, oldDoc: NormalizedDoc, newDoc: NormalizedDoc): boolean {
  const seen = new Set<unknown>();
  const schemaOf = (doc: NormalizedDoc, v: unknown): string | undefined => {
    if (typeof v !== 'object' || v === null || !doc.targets.has(v)) return undefined;
    const at = doc.origins.get(v);
    return at !== undefined && /^\/components\/schemas\/[^/]+$/.test(at) ? at : undefined;
  };
  const same = (a: unknown, b: unknown): boolean => {
    const [sa, sb] = [schemaOf(oldDoc, a), schemaOf(newDoc, b)];
    if (sa !== undefined || sb !== undefined) return sa === sb;
    const container = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
    if (!container(a) || !container(b) || Array.isArray(a) !== Array.isArray(b)) return dataEqual(a, b);
    // A cycle that reaches no schema component compares as data.
    if (seen.has(a)) return dataEqual(a, b);
    seen.add(a);
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  };
  return x !== undefined && y !== undefined && same(x, y);
}

/**
 * 3.x channel messages no operation lists (docs/classification.md, "Direction"): no client sends
 * or receives them, so like an unused component every change to one is listed, non-breaking;
 * schema changes one by one. Channels pair by key, else by address; messages by key. A message
 * unused on one side only is judged where operations list it. Deltas some message already judged
 * are left out; the ones found here are claimed, so components do not list them again.
 */
export function unusedMessageFindings(
  oldModel: Model,
  newModel: Model,
  differ: SchemaDiffer,
  claimed: Set<string>,
): Finding[] {
  const out: Finding[] = [];
  for (const [a, b] of channelPairs(oldModel.channels, newModel.channels)) {
    const address = quote((b ?? a)?.address ?? '');
    const keysOf = (c: ChannelEl | undefined): Map<string, MessageEl> =>
      new Map((c?.unused ?? []).map((m) => [m.key ?? '', m]));
    const [xs, ys] = [keysOf(a), keysOf(b)];
    const listed = (c: ChannelEl | undefined, key: string): boolean =>
      c !== undefined &&
      Object.hasOwn(
        recordOf(ownValue(recordOf(valueAtPointer(c === a ? oldModel.doc : newModel.doc, c.pointer)), 'messages')),
        key,
      );
    for (const key of [...new Set([...xs.keys(), ...ys.keys()])].sort()) {
      const x = xs.get(key);
      const y = ys.get(key);
      const detail = (what: string): Record<string, string> => ({
        detail: `Message ${quote(key)} of channel ${address} ${what}`,
      });
      if (x === undefined || y === undefined) {
        // Listed by an operation on the other side: that side's operations report it.
        if (listed(x === undefined ? a : b, key)) continue;
        const [side, el] = x === undefined ? (['new', y] as const) : (['old', x] as const);
        const what = side === 'new' ? 'was added' : 'was removed';
        out.push(
          plainFinding(
            'message.unused.changed',
            (el as MessageEl).pointer,
            side,
            oldModel.doc,
            newModel.doc,
            detail(what),
          ),
        );
        continue;
      }
      for (const part of ['payload', 'headers'] as const) {
        const [p, q] = [x[part], y[part]];
        if (p === null && q === null) continue;
        if (dataEqual(p?.schema, q?.schema)) continue;
        const at = (m: MessageEl, s: SchemaAt | null): string => s?.pointer ?? childPointer(m.pointer, part);
        for (const d of differ.compare(p?.schema ?? {}, q?.schema ?? {}, at(x, p), at(y, q))) {
          if (claimed.has(deltaKey(d))) continue;
          claimed.add(deltaKey(d));
          out.push(unusedSchemaFinding(d, 'message.unused.changed'));
        }
      }
      if (!dataEqual(definedFields(x), definedFields(y)))
        out.push(
          plainFinding('message.unused.changed', y.pointer, 'new', oldModel.doc, newModel.doc, detail('changed')),
        );
    }
  }
  return out;
}

/** The fields an element still has (schemas taken out are cleared, not deleted). */
const definedFields = (el: Element): Record<string, unknown> =>
  Object.fromEntries(Object.entries(el.fields).filter(([, v]) => v !== undefined));

/** Channels of the two models side by side: by key, else by address; unmatched ones alone. */
function channelPairs(
  xs: readonly ChannelEl[],
  ys: readonly ChannelEl[],
): [ChannelEl | undefined, ChannelEl | undefined][] {
  const left = new Set(xs.filter((c) => c.unused.length > 0));
  const out: [ChannelEl | undefined, ChannelEl | undefined][] = [];
  for (const y of ys) {
    const x = xs.find((c) => c.key === y.key) ?? xs.find((c) => c.address === y.address);
    if (x !== undefined) left.delete(x);
    if (y.unused.length > 0 || (x?.unused.length ?? 0) > 0) out.push([x, y]);
  }
  for (const x of left) out.push([x, undefined]);
  return out;
}

/** Keys of a security scheme that only document it. */
const SCHEME_DOCS = new Set(['description', 'summary', 'title', 'externalDocs']);

function onlyDocumentation(x: unknown, y: unknown): boolean {
  const a = recordOf(x);
  const b = recordOf(y);
  return union(a, b).every(
    (k) => SCHEME_DOCS.has(k) || k.startsWith('x-') || dataEqual(ownValue(a, k), ownValue(b, k)),
  );
}

export function unusedSchemaFinding(d: SchemaDelta, rule: RuleId = 'component.unused.changed'): Finding {
  const kind = d.kinds[0] ?? 'unclassified';
  const template = SCHEMA_RULES.find((r) => r.kind === kind)?.message ?? 'A change at {path}';
  // A component's path has no operation word in it: the perspective changes nothing here.
  const vars = deltaVars(d, 'application');
  return {
    rules: [rule],
    path: d.path,
    identity: d.path,
    side: d.side,
    usages: [],
    before: d.before,
    after: d.after,
    vars: { ...vars, detail: fill(template, vars) },
  };
}

export function plainFinding(
  rule: RuleId,
  pointer: string,
  side: 'old' | 'new',
  oldDoc: NormalizedDoc,
  newDoc: NormalizedDoc,
  vars: Record<string, string>,
): Finding {
  const before = displayAt(oldDoc, pointer);
  const after = displayAt(newDoc, pointer);
  return {
    rules: [rule],
    path: pointer,
    identity: pointer,
    side,
    usages: [],
    before,
    after,
    vars: { path: pointer, before: formatValue(before), after: formatValue(after), ...vars },
  };
}

const displayAt = (doc: NormalizedDoc, pointer: string): unknown =>
  displayValue(doc, valueAtPointer(doc, pointer), pointer);

const union = (a: Record<string, unknown>, b: Record<string, unknown>): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

// ---------------------------------------------------------------------------------------------
// The asyncapi version

const parseVersion = (v: unknown): number[] | null => {
  const m = typeof v === 'string' ? /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v) : null;
  return m === null ? null : [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
};

export function versionFindings(oldDoc: NormalizedDoc, newDoc: NormalizedDoc): Finding[] {
  const a = ownValue(oldDoc.root, 'asyncapi');
  const b = ownValue(newDoc.root, 'asyncapi');
  if (dataEqual(a, b)) return [];
  const va = parseVersion(a);
  const vb = parseVersion(b);
  let rule: RuleId = 'asyncapi.version.changed';
  if (va !== null && vb !== null && va[0] === vb[0]) {
    const cmp = (vb[1] as number) - (va[1] as number) || (vb[2] as number) - (va[2] as number);
    rule = cmp >= 0 ? 'asyncapi.version.bumped' : 'asyncapi.version.downgraded';
  }
  return [plainFinding(rule, '/asyncapi', b === undefined ? 'old' : 'new', oldDoc, newDoc, {})];
}

// ---------------------------------------------------------------------------------------------
// The skeleton (everything outside schemas)

interface CompiledRule {
  readonly rule: PathRule;
  readonly segments: readonly string[];
}

const COMPILED: readonly CompiledRule[] = PATH_RULES.map((rule) => ({
  rule,
  segments: rule.pattern.split('/').slice(1),
}));

const segmentMatches = (pattern: string, seg: string): boolean =>
  pattern === '*' || (pattern === 'x-*' ? seg.startsWith('x-') : pattern.split('|').includes(seg));

/** The longest path rule matching a prefix of the path. */
function matchRule(segs: readonly string[]): CompiledRule | null {
  let best: CompiledRule | null = null;
  for (const c of COMPILED) {
    if (c.segments.length > segs.length || (best !== null && c.segments.length <= best.segments.length)) continue;
    if (c.segments.every((p, i) => segmentMatches(p, segs[i] as string))) best = c;
  }
  return best;
}

const valueAt = (root: unknown, segs: readonly string[]): unknown => segs.reduce<unknown>(childOf, root);

/**
 * A skeleton path as a pointer of the real document: the pointer of the deepest element (or
 * `$ref` target) on the way, plus the rest.
 */
function realPointer(skeleton: SkeletonDoc, segs: readonly string[]): string {
  let node: unknown = skeleton.root;
  let base = '';
  let rest: string[] = [];
  for (const seg of segs) {
    const fields = typeof node === 'object' && node !== null ? skeleton.fieldPointers.get(node) : undefined;
    node = valueAt(node, [seg]);
    const own = typeof node === 'object' && node !== null ? skeleton.pointers.get(node) : undefined;
    const origin =
      own ??
      (fields !== undefined && Object.hasOwn(fields, seg) ? fields[seg] : undefined) ??
      (typeof node === 'object' && node !== null ? skeleton.model.doc.origins.get(node) : undefined);
    if (origin !== undefined) {
      base = origin;
      rest = [];
    } else rest.push(seg);
  }
  return rest.reduce(childPointer, base);
}

/** The value a report shows for a skeleton path: the document's own node (schemas as `$ref`s) where there is one. */
function shownValue(skeleton: SkeletonDoc, segs: readonly string[]): unknown {
  const value = valueAt(skeleton.root, segs);
  if (typeof value !== 'object' || value === null || skeleton.pointers.has(value)) return value;
  const pointer = realPointer(skeleton, segs);
  const node = valueAtPointer(skeleton.model.doc, pointer);
  return node === undefined || !dataEqual(node, value) ? value : displayValue(skeleton.model.doc, node, pointer);
}

/** The operation a skeleton path is in (its node on the new side, else the old), and the direction there. */
function operationAt(
  split: Split,
  segs: readonly string[],
): { word: string; direction: ClientDirection; key: string | null } | null {
  if (segs[0] !== 'channels' || (segs[2] !== 'client-receives' && segs[2] !== 'client-sends') || segs[3] === undefined)
    return null;
  const opSegs = segs.slice(0, 4);
  const inReply = segs[4] === 'reply';
  for (const sk of [split.new, split.old]) {
    const node = valueAt(sk.root, opSegs);
    if (!isRecord(node)) continue;
    const meta = sk.operations.get(node);
    if (meta === undefined) continue;
    const reply = inReply ? ownValue(node, 'reply') : undefined;
    const replyMeta = isRecord(reply) ? sk.operations.get(reply) : undefined;
    const key = ownValue(node, 'key') ?? ownValue(node, 'operationId');
    return {
      word: meta.word,
      direction: (replyMeta ?? meta).direction,
      key: typeof key === 'string' ? key : null,
    };
  }
  return null;
}

/** "the operation 'onBook' (clients receive)": an operation in client terms. */
const operationPhrase = (op: { direction: ClientDirection; key: string | null }): string =>
  `${op.key === null ? '' : `${quote(op.key)} `}(${DIRECTION_WORDS[op.direction]})`;

/** Template values read from a skeleton path: which channel, operation, message, server... */
function pathVars(split: Split, segs: readonly string[], before: unknown, after: unknown): Record<string, string> {
  const vars: Record<string, string> = {
    before: formatValue(before),
    after: formatValue(after),
    keyword: segs[segs.length - 1] ?? '',
  };
  const op = operationAt(split, segs);
  if (segs[0] === 'servers' && segs[1] !== undefined) {
    vars.server = quote(segs[1]);
    vars.target = `server ${vars.server}`;
    if (segs[2] === 'variables' && segs[3] !== undefined) vars.variable = quote(segs[3]);
  } else if (segs[0] === 'channels' && segs[1] !== undefined) {
    vars.channel = quote(split.addressOf.get(segs[1]) ?? segs[1]);
    vars.target =
      op === null ? `channel ${vars.channel}` : `the operation ${operationPhrase(op)} on channel ${vars.channel}`;
    if (op !== null) vars.operation = operationPhrase(op);
    if (segs[2] === 'parameters' && segs[3] !== undefined) {
      vars.parameter = quote(segs[3]);
      vars.subject = `parameter ${vars.parameter} of channel ${vars.channel}`;
    }
    const messagesAt = segs.indexOf('messages');
    if (op !== null && messagesAt > 0 && segs[messagesAt + 1] !== undefined) {
      const msgSegs = segs.slice(0, messagesAt + 2);
      const message = [split.new, split.old].map((v) => valueAt(v.root, msgSegs)).find(isRecord);
      const name =
        message === undefined
          ? undefined
          : (ownValue(message, 'name') ?? ownValue(message, 'messageId') ?? ownValue(message, 'key'));
      vars.message = typeof name === 'string' ? quote(name) : 'the message';
      vars.target = `message ${vars.message} of the operation ${vars.operation} on channel ${vars.channel}`;
    }
  } else {
    vars.target = 'the document';
  }
  const bindingsAt = segs.lastIndexOf('bindings');
  if (bindingsAt >= 0) {
    const protocols = segs[bindingsAt + 1] ?? Object.keys(recordOf(after ?? before)).join(', ');
    vars.keyword = protocols;
  }
  return vars;
}

const requirementText = (r: unknown): string =>
  isRecord(r) && Object.keys(r).length > 0 ? Object.keys(r).map(quote).join(' and ') : 'no authentication';

type Judged = [RuleId, string | undefined][];

/** Rules whose judgement needs the values: [rule, values text] pairs, or none. */
function special(
  kind: NonNullable<PathRule['special']>,
  before: unknown,
  after: unknown,
  ctx: { split: Split; segs: readonly string[] },
): Judged {
  switch (kind) {
    case 'default-content-type':
      return [
        [
          ctx.split.implicitMessages.length > 0
            ? 'default-content-type.changed'
            : 'default-content-type.changed-unused',
          undefined,
        ],
      ];
    case 'content-type': {
      const msgSegs = ctx.segs.slice(0, -1);
      const a = valueAt(ctx.split.old.root, msgSegs);
      const b = valueAt(ctx.split.new.root, msgSegs);
      // Both messages follow defaultContentType: that change is reported once, for the document.
      const implicit =
        isRecord(a) &&
        isRecord(b) &&
        ctx.split.old.implicitContentType.has(a) &&
        ctx.split.new.implicitContentType.has(b);
      return implicit ? [] : [['message.content-type.changed', undefined]];
    }
    case 'security': {
      const listBefore = Array.isArray(before) ? before : [];
      const listAfter = Array.isArray(after) ? after : [];
      const added = difference(listAfter, listBefore);
      const removed = difference(listBefore, listAfter);
      const text = (list: unknown[]): string => list.map(requirementText).join(' or ');
      // The list is "any one of these": from none to some is a new demand; one more choice breaks nobody.
      if (listBefore.length === 0) return added.length > 0 ? [['security.added', text(added)]] : [];
      if (listAfter.length === 0) return [['security.removed', text(removed)]];
      // `{}` in the list means "or no authentication at all".
      const open = listAfter.some((r) => isRecord(r) && Object.keys(r).length === 0);
      const out: Judged = [];
      if (added.length > 0) out.push(['security.alternative.added', text(added)]);
      if (removed.length > 0) out.push([open ? 'security.removed' : 'security.alternative.removed', text(removed)]);
      return out;
    }
    case 'variable-enum':
      return allowedList(
        before,
        after,
        ['server.variable.enum-narrowed', 'values other than'],
        ['server.variable.enum-widened', 'any value'],
      );
    case 'binding':
      // Only what a binding tells clients to do counts; its documentation changes nobody.
      if (before === undefined) return [['binding.added', undefined]];
      if (after === undefined) return [['binding.removed', undefined]];
      return [
        [dataEqual(withoutDocs(before), withoutDocs(after)) ? 'binding.doc.changed' : 'binding.changed', undefined],
      ];
    case 'channel-servers':
      // No list means every server.
      return allowedList(
        before,
        after,
        ['channel.servers.removed', 'servers other than'],
        ['channel.servers.added', 'every server'],
      );
  }
}

/**
 * A list of what is allowed, where no list allows everything (a server variable's enum, a
 * channel's servers): values it lost are `narrowed`, values it gained `widened`. Each pair is the
 * rule and how the text says "everything but" (narrowed) or "everything" (widened).
 */
function allowedList(
  before: unknown,
  after: unknown,
  [narrowed, allBut]: [RuleId, string],
  [widened, everything]: [RuleId, string],
): Judged {
  if (before === undefined) return [[narrowed, `${allBut} ${formatList(asArray(after))}`]];
  if (after === undefined) return [[widened, everything]];
  const removed = difference(asArray(before), asArray(after));
  const added = difference(asArray(after), asArray(before));
  const out: Judged = [];
  if (removed.length > 0) out.push([narrowed, formatList(removed)]);
  if (added.length > 0) out.push([widened, formatList(added)]);
  return out;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Keys that only document a binding (or a schema inside one), at any depth. */
const BINDING_DOCS = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', '$comment']);

/**
 * A binding without its documentation. Under `properties` (and `patternProperties`) the keys are
 * names, never documentation. The skeleton copy is finite (cycles are written back as `$ref`s).
 */
function withoutDocs(value: unknown, names = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutDocs(v));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    if (names || !(BINDING_DOCS.has(key) || key.startsWith('x-')))
      out[key] = withoutDocs(v, !names && (key === 'properties' || key === 'patternProperties'));
  return out;
}

/** The path itself, or, for a whole map of named entries added or removed, the paths of its entries. */
function entryPaths(split: Split, segs: readonly string[]): (readonly string[])[] {
  if (matchRule(segs)?.rule.each !== true) return [segs];
  const before = valueAt(split.old.root, segs);
  const after = valueAt(split.new.root, segs);
  const entries =
    isRecord(after) && before === undefined ? after : isRecord(before) && after === undefined ? before : null;
  if (entries === null) return [segs];
  return Object.keys(entries).flatMap((key) => entryPaths(split, [...segs, key]));
}

/** Findings for the raw skeleton changes of @asyncapi/diff. */
export function documentFindings(split: Split, raw: readonly RawChange[]): Finding[] {
  const out = new Map<string, Finding>();
  const done = new Set<string>();
  for (const segs of raw.flatMap((c) => entryPaths(split, parsePointer(c.path) ?? []))) {
    const matched = matchRule(segs);
    const prefix = matched === null ? segs : segs.slice(0, matched.segments.length);
    const before = valueAt(split.old.root, prefix);
    const after = valueAt(split.new.root, prefix);
    const action = before === undefined ? 'add' : after === undefined ? 'remove' : 'edit';
    const rule = matched?.rule;
    let judged: Judged;
    // Only setting (or moving) a mark is the lifecycle; dropping one is plain documentation.
    if (rule?.mark !== undefined && isMark(after)) judged = [[rule.mark, undefined]];
    else if (rule?.special !== undefined) judged = special(rule.special, before, after, { split, segs: prefix });
    else {
      const id = rule?.any ?? rule?.[action];
      judged = [[id ?? 'unclassified', undefined]];
    }
    for (const [id, values] of judged) {
      // A rule that does not cover this action (an unknown key inside a known object) is reported where it happened.
      const at = id === 'unclassified' ? segs : prefix;
      const seen = `${id}\u0000${at.join('/')}`;
      if (done.has(seen)) continue;
      done.add(seen);
      const finding = skeletonFinding(split, id, at, values);
      // Every message that relies on the default is where this change lands.
      if (id === 'default-content-type.changed')
        finding.usages.push(
          ...split.implicitMessages.map((location) => ({ direction: ruleDirection(location.direction), location })),
        );
      // A node shared through a $ref (a message in components) changes in every channel using it: one finding at its real path.
      const key = `${id}\u0000${finding.path}\u0000${finding.vars.values ?? ''}`;
      const found = out.get(key);
      if (found === undefined) out.set(key, finding);
      else found.usages.push(...finding.usages);
    }
  }
  return oneRenamePerMessage([...out.values()]);
}

/** The names of a message, in the order a rename is reported by: 3.x key, 2.x messageId, name. */
const MESSAGE_NAMES: readonly RuleId[] = ['message.renamed', 'message.id.changed', 'message.name.changed'];

/**
 * A message whose key, messageId and name changed together was renamed once (docs/classification.md,
 * "Identity"): one finding, under the first of MESSAGE_NAMES, that names the other changes too.
 */
function oneRenamePerMessage(findings: readonly Finding[]): Finding[] {
  const byMessage = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.rules.length !== 1 || !MESSAGE_NAMES.includes(f.rules[0] as RuleId)) continue;
    const message = f.identity.slice(0, f.identity.lastIndexOf('/'));
    byMessage.set(message, [...(byMessage.get(message) ?? []), f]);
  }
  const folded = new Set<Finding>();
  const replaced = new Map<Finding, Finding>();
  for (const group of byMessage.values()) {
    if (group.length < 2) continue;
    const rank = (f: Finding): number => MESSAGE_NAMES.indexOf(f.rules[0] as RuleId);
    const [first, ...rest] = [...group].sort((a, b) => rank(a) - rank(b)) as [Finding, ...Finding[]];
    const also = rest.map((f) => `; its ${f.vars.keyword} changed from ${f.vars.before} to ${f.vars.after}`).join('');
    for (const f of rest) folded.add(f);
    replaced.set(first, { ...first, vars: { ...first.vars, also } });
  }
  return findings.filter((f) => !folded.has(f)).map((f) => replaced.get(f) ?? f);
}

function skeletonFinding(split: Split, id: RuleId, segs: readonly string[], values: string | undefined): Finding {
  const before = shownValue(split.old, segs);
  const after = shownValue(split.new, segs);
  const side = after === undefined ? 'old' : 'new';
  const path = realPointer(side === 'old' ? split.old : split.new, segs);
  const vars = pathVars(split, segs, before, after);
  vars.path = path;
  if (values !== undefined) vars.values = values;
  const op = operationAt(split, segs);
  const usages: Usage[] =
    segs[0] === 'channels' && segs[1] !== undefined
      ? [
          {
            direction: ruleDirection(op?.direction ?? null),
            location: {
              channel: split.addressOf.get(segs[1]) ?? segs[1],
              direction: op?.direction ?? null,
              operation: op?.word ?? null,
            },
          },
        ]
      : [];
  const family = familyOf(id);
  const identity = segs.join('/');
  const lifecycle = Object.hasOwn(REMOVED_AFTER_SUNSET, id)
    ? lifecycleOf(valueAt(split.old.root, segs), ELEMENT_FLAGS)
    : undefined;
  return {
    rules: [id],
    path,
    identity,
    side,
    usages,
    before,
    after,
    vars,
    ...(family === undefined ? {} : { family }),
    ...(lifecycle === undefined ? {} : { lifecycle }),
  };
}

// ---------------------------------------------------------------------------------------------
// Verdicts and the final list

const TYPE_ORDER: Readonly<Record<ChangeType, number>> = {
  breaking: 0,
  warning: 1,
  'non-breaking': 2,
  unclassified: 3,
};

function checkOverrides(overrides: Readonly<Record<string, ChangeType>>): void {
  for (const [id, type] of Object.entries(overrides)) {
    if (!CHANGE_TYPES.includes(type)) {
      throw new InputError({
        message: `rule override for ${id} must be one of ${CHANGE_TYPES.join(', ')} (got ${JSON.stringify(type)})`,
      });
    }
  }
}

/** The rule and verdict of a finding: per usage the most severe candidate, then the most severe usage. */
function judge(f: Finding, mode: Compatibility): { rule: RuleId; type: ChangeType } {
  // Query and channel parameters travel from the client whatever the operation they sit on.
  const fixed = f.family === undefined ? null : FAMILIES[f.family].fixed;
  const directions = fixed !== null ? [fixed] : f.usages.length > 0 ? f.usages.map((u) => u.direction) : [null];
  let best: { rule: RuleId; type: ChangeType } | null = null;
  for (const direction of directions) {
    for (const id of f.rules) {
      const type = verdictOf(ruleById(id), direction, mode);
      if (best === null || severity(type) > severity(best.type)) best = { rule: id, type };
    }
  }
  return best ?? { rule: 'unclassified', type: 'unclassified' };
}

/** The same removal after the element's sunset date: its own rule, non-breaking (docs/rules.md, "Deprecation and sunset"). */
function afterSunset(rule: RuleId): RuleId | undefined {
  const element = REMOVED_AFTER_SUNSET[rule];
  if (element !== undefined) return element;
  const family = familyOf(rule);
  if (
    family !== undefined &&
    (rule.endsWith('.property.removed-optional') ||
      rule.endsWith('.property.removed-required') ||
      rule.endsWith('.property.removed-closed'))
  )
    return familyRuleId(family, 'property.removed-after-sunset');
  return undefined;
}

/** A location's identity: its fields in a fixed order (AsyncAPI and OpenAPI locations alike). */
const locationKey = (l: ChangeLocation | null): string =>
  l === null
    ? ''
    : isAsyncApiLocation(l)
      ? `${l.channel}\u0000${l.operation ?? ''}\u0000${l.direction ?? ''}`
      : [l.path, l.method, l.in, l.status, l.mediaType, l.direction, l.operation].map(String).join('\u0000');

function locationsOf(usages: readonly Usage[]): ChangeLocation[] {
  const seen = new Map<string, ChangeLocation>();
  for (const u of usages) if (u.location !== null) seen.set(locationKey(u.location), u.location);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, l]) => ({ ...l }));
}

export function toChanges(findings: readonly Finding[], options: ClassifyOptions = {}): Change[] {
  const overrides = options.overrides ?? {};
  checkOverrides(overrides);
  const mode = options.compatibility ?? 'backward';
  const today = options.today ?? utcToday();
  const changes = findings.map((f): Change => {
    let { rule, type } = judge(f, mode);
    let message = fill(ruleById(rule).message, { ...f.vars, where: wherePhrase(f.family, f.usages) });
    if (f.lifecycle !== undefined) {
      const sunset = f.lifecycle.sunset;
      const after = afterSunset(rule);
      if (sunset !== null && sunset <= today && after !== undefined) {
        rule = after;
        type = verdictOf(ruleById(after), null, mode);
        message = fill(ruleById(after).message, { ...f.vars, sunset, where: wherePhrase(f.family, f.usages) });
      } else if (sunset !== null) message = `${message} (deprecated, but before its sunset date ${sunset})`;
      else message = `${message} (it was deprecated, with no sunset date)`;
    }
    const override = Object.hasOwn(overrides, rule) ? overrides[rule] : undefined;
    return {
      rule,
      type: override ?? type,
      message,
      path: f.path,
      identity: f.identity,
      locations: locationsOf(f.usages),
      source: options.locate ? options.locate(f.path, f.side) : null,
      before: f.before === undefined ? null : f.before,
      after: f.after === undefined ? null : f.after,
    };
  });
  return changes.sort(
    (a, b) =>
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      compareText(a.path, b.path) ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
