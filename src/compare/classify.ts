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
  type ChangeType,
  type Compatibility,
  type Operation,
} from '../types';
import { isRecord } from '../util/data';
import { directionOf, OPERATIONS, type RawChange, type SkeletonDoc, type Slot, type Split } from './diff';
import { canonicalText, childPointer, displayValue, ownValue, valueAtPointer, type NormalizedDoc } from './normalize';
import {
  FAMILIES,
  familyOf,
  familyRuleId,
  PATH_RULES,
  ruleById,
  SCHEMA_RULES,
  severity,
  verdictOf,
  type Direction,
  type Family,
  type PathRule,
} from './rules';
import { dataEqual } from '../util/data';
import { type SchemaDelta, type SchemaDiffer } from './schema-diff';

/** One place a change matters: who sends the data there, and which operation it is. */
export interface Usage {
  readonly direction: Direction | null;
  readonly location: ChangeLocation | null;
}

/** A change matched to its candidate rules, before the verdict. */
export interface Finding {
  /** Every rule the change matches; per usage the most severe wins. */
  readonly rules: readonly string[];
  readonly path: string;
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
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const formatList = (values: readonly unknown[]): string => values.map(formatValue).join(', ');
const quote = (s: string): string => `'${s}'`;

/** How a schema is named in messages: `'book.owner'` for a component, else where it sits (`the query of '/book' (subscribe)`). */
export function subjectOf(pointer: string, spread?: number): string {
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
    const op = OPERATIONS.includes(at(2) as Operation) ? at(2) : null;
    // One place, or (for copies grouped across places) how many.
    const where =
      spread === undefined
        ? `${quote(at(1))}${op === null ? '' : ` (${op})`}`
        : `${spread} ${op === null ? 'channels' : 'operations'}`;
    const rest = op === null ? 2 : 3;
    if (op !== null && at(3) === 'message') {
      const payloadAt = segs.findIndex((s, i) => i > 3 && (s === 'payload' || s === 'headers'));
      base = payloadAt < 0 ? `the message of ${where}` : `the ${at(payloadAt)} of ${where}`;
      start = payloadAt < 0 ? segs.length : payloadAt + 1;
    } else if (at(rest) === 'bindings' && at(rest + 1) === 'ws') {
      const what = at(rest + 2) === 'query' ? 'query' : 'connection headers';
      base = `the ${what} of ${where}`;
      start = rest + 3;
    } else if (at(2) === 'parameters') {
      base = `parameter ${quote(at(3))} of ${spread === undefined ? `channel ${where}` : where}`;
      start = 5;
    } else {
      return quote(pointer);
    }
  } else {
    return quote(pointer);
  }
  const chain = chainOf(segs.slice(start)).replace(/^\./, '');
  return chain === '' ? base : `${quote(chain)} in ${base}`;
}

/** `properties/owner/properties/id` → `.owner.id`; `items` → `[]`. */
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
    } else if (['oneOf', 'anyOf', 'allOf', 'prefixItems'].includes(seg) && next !== undefined) {
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

function deltaVars(d: SchemaDelta): Record<string, string> {
  const vars: Record<string, string> = {
    name: quote(d.name),
    keyword: d.name,
    subject: subjectOf(d.schemaPath),
    before: formatValue(d.before),
    after: formatValue(d.after),
    path: d.path,
  };
  if (d.values !== undefined) vars.values = formatList(d.values);
  return vars;
}

const deltaRules = (family: Family, d: SchemaDelta): string[] =>
  d.kinds.map((k) => (k === 'unclassified' ? 'unclassified' : familyRuleId(family, k)));

/** Identity of a delta across walks: the same change found through two routes has the same key. */
const deltaKey = (d: SchemaDelta): string => `${d.kinds.join('|')}\u0000${d.path}`;

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
): { findings: Finding[]; claimed: Set<string> } {
  const claimed = new Set<string>();
  const grouped = new Map<string, { finding: Finding; delta: SchemaDelta; inline: boolean }>();
  for (const slot of slots) {
    const usage: Usage = { direction: slot.direction, location: slot.location };
    for (const d of differ.compare(slot.old, slot.new, slot.oldPointer, slot.newPointer)) {
      claimed.add(deltaKey(d));
      const rules = deltaRules(slot.family, d);
      const inline = inlineKey(slot, d, rules);
      const key = inline ?? `${rules.join('|')}\u0000${d.path}`;
      const found = grouped.get(key);
      if (found === undefined) {
        const finding: Finding = {
          rules,
          path: d.path,
          side: d.side,
          usages: [usage],
          before: d.before,
          after: d.after,
          vars: deltaVars(d),
          family: slot.family,
        };
        grouped.set(key, { finding, delta: d, inline: inline !== null });
      } else {
        found.finding.usages.push(usage);
        // The group is shown at its first place, whatever order the slots came in.
        if (d.path < found.finding.path)
          grouped.set(key, { ...found, finding: { ...found.finding, path: d.path, vars: deltaVars(d) }, delta: d });
      }
    }
  }
  return { findings: [...grouped.values()].map(spreadOut), claimed };
}

/** A group of inline copies across several places names how many, not one of them. */
function spreadOut({ finding, delta, inline }: { finding: Finding; delta: SchemaDelta; inline: boolean }): Finding {
  const places = new Set(finding.usages.map((u) => `${u.location?.channel}\u0000${u.location?.operation}`)).size;
  if (!inline || places < 2) return finding;
  return { ...finding, vars: { ...finding.vars, subject: subjectOf(delta.schemaPath, places) } };
}

// ---------------------------------------------------------------------------------------------
// Components

/** Names of security schemes that some security requirement (server or operation) names. */
function securitySchemesInUse(doc: NormalizedDoc): Set<string> {
  const used = new Set<string>();
  const collect = (requirements: unknown): void => {
    if (Array.isArray(requirements))
      for (const r of requirements) if (isRecord(r)) Object.keys(r).forEach((k) => used.add(k));
  };
  for (const server of Object.values(recordOf(ownValue(doc.root, 'servers'))))
    collect(ownValue(recordOf(server), 'security'));
  for (const channel of Object.values(recordOf(ownValue(doc.root, 'channels')))) {
    for (const op of OPERATIONS) collect(ownValue(recordOf(ownValue(recordOf(channel), op)), 'security'));
  }
  return used;
}

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/**
 * Changes inside `components` that no compared message reached. Used schemas were already judged
 * through their messages; what is left changes no message (CLASSIFICATION.md: non-breaking).
 */
export function componentFindings(
  oldDoc: NormalizedDoc,
  newDoc: NormalizedDoc,
  differ: SchemaDiffer,
  claimed: ReadonlySet<string>,
): Finding[] {
  const out: Finding[] = [];
  const usedOld = oldDoc.usedComponents;
  const usedNew = newDoc.usedComponents;
  const schemesOld = securitySchemesInUse(oldDoc);
  const schemesNew = securitySchemesInUse(newDoc);
  const compA = recordOf(ownValue(oldDoc.root, 'components'));
  const compB = recordOf(ownValue(newDoc.root, 'components'));
  for (const section of union(compA, compB)) {
    const a = ownValue(compA, section);
    const b = ownValue(compB, section);
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
        for (const d of differ.compare(x, y, pointer, pointer)) {
          const key = deltaKey(d);
          if (claimed.has(key) || seen.has(key)) continue;
          seen.add(key);
          out.push(unusedSchemaFinding(d));
        }
      } else if (section === 'securitySchemes' && (side === 'old' ? schemesOld : schemesNew).has(name)) {
        // A scheme is referenced by name, not $ref: a change to one in use changes how clients authenticate.
        out.push(plainFinding('security.scheme.changed', pointer, side, oldDoc, newDoc, { name: quote(name) }));
      } else if (!inUse) {
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

function unusedSchemaFinding(d: SchemaDelta): Finding {
  const kind = d.kinds[0] ?? 'unclassified';
  const template = SCHEMA_RULES.find((r) => r.kind === kind)?.message ?? 'A change at {path}';
  const vars = deltaVars(d);
  return {
    rules: ['component.unused.changed'],
    path: d.path,
    side: d.side,
    usages: [],
    before: d.before,
    after: d.after,
    vars: { ...vars, detail: fill(template, vars) },
  };
}

function plainFinding(
  rule: string,
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
  let rule = 'asyncapi.version.changed';
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

function valueAt(root: unknown, segs: readonly string[]): unknown {
  let node = root;
  for (const seg of segs) {
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(seg) ? node[Number(seg)] : undefined;
    else if (isRecord(node)) node = ownValue(node, seg);
    else return undefined;
  }
  return node;
}

interface SideView {
  readonly skeleton: SkeletonDoc;
  readonly doc: NormalizedDoc;
}

/**
 * A skeleton path as a pointer of the real document: walked in the skeleton and the normalized
 * document side by side, it is the origin of the deepest normalized node plus the rest.
 */
function realPointer(view: SideView, segs: readonly string[]): string {
  let skel: unknown = view.skeleton.root;
  let norm: unknown = view.doc.root;
  let base = '';
  let rest: string[] = [];
  for (const seg of segs) {
    skel = valueAt(skel, [seg]);
    const mapped = typeof skel === 'object' && skel !== null ? view.skeleton.counterparts.get(skel) : undefined;
    norm = mapped === undefined ? valueAt(norm, [seg]) : mapped.node;
    rest.push(...(mapped === undefined ? [seg] : mapped.segments));
    const origin = typeof norm === 'object' && norm !== null ? view.doc.origins.get(norm) : undefined;
    if (origin !== undefined) {
      base = origin;
      rest = [];
    }
  }
  return rest.reduce(childPointer, base);
}

/** The value a report shows for a skeleton path: the document's own node (schemas as `$ref`s) where there is one. */
function shownValue(view: SideView, segs: readonly string[]): unknown {
  const value = valueAt(view.skeleton.root, segs);
  if (typeof value !== 'object' || value === null) return value;
  const pointer = realPointer(view, segs);
  const node = valueAtPointer(view.doc, pointer);
  return node === undefined ? value : displayValue(view.doc, node, pointer);
}

/** Template values read from a skeleton path: which channel, operation, message, server... */
function pathVars(
  segs: readonly string[],
  views: readonly [SideView, SideView],
  before: unknown,
  after: unknown,
): Record<string, string> {
  const vars: Record<string, string> = {
    before: formatValue(before),
    after: formatValue(after),
    keyword: segs[segs.length - 1] ?? '',
  };
  const op = OPERATIONS.includes(segs[2] as Operation) ? (segs[2] as Operation) : null;
  if (segs[0] === 'servers' && segs[1] !== undefined) {
    vars.server = quote(segs[1]);
    vars.target = `server ${vars.server}`;
    if (segs[2] === 'variables' && segs[3] !== undefined) vars.variable = quote(segs[3]);
  } else if (segs[0] === 'channels' && segs[1] !== undefined) {
    vars.channel = quote(segs[1]);
    vars.target = op === null ? `channel ${vars.channel}` : `${op} on channel ${vars.channel}`;
    if (op !== null) vars.operation = op;
    if (segs[2] === 'parameters' && segs[3] !== undefined) {
      vars.parameter = quote(segs[3]);
      vars.subject = `parameter ${vars.parameter} of channel ${vars.channel}`;
    }
    if (op !== null && segs[3] === 'messages' && segs[4] !== undefined) {
      const msgSegs = segs.slice(0, 5);
      const message = [views[1], views[0]].map((v) => valueAt(v.skeleton.root, msgSegs)).find(isRecord);
      const name = message === undefined ? undefined : (ownValue(message, 'name') ?? ownValue(message, 'messageId'));
      vars.message = typeof name === 'string' ? quote(name) : 'the message';
      vars.target = `message ${vars.message} of ${op} on channel ${vars.channel}`;
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

function difference(a: unknown, b: unknown): unknown[] {
  const bs = Array.isArray(b) ? b : [];
  return (Array.isArray(a) ? a : []).filter((x) => !bs.some((y) => dataEqual(x, y)));
}

/** Rules whose judgement needs the values: [rule, values text] pairs, or none. */
function special(
  kind: NonNullable<PathRule['special']>,
  before: unknown,
  after: unknown,
  ctx: { split: Split; segs: readonly string[] },
): [string, string | undefined][] {
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
      const added = difference(after, before);
      const removed = difference(before, after);
      return [
        ...(added.length > 0 ? [['security.added', added.map(requirementText).join(' or ')] as [string, string]] : []),
        ...(removed.length > 0
          ? [['security.removed', removed.map(requirementText).join(' or ')] as [string, string]]
          : []),
      ];
    }
    case 'variable-enum': {
      if (before === undefined)
        return [['server.variable.enum-narrowed', `values other than ${formatList(asArray(after))}`]];
      if (after === undefined) return [['server.variable.enum-widened', 'any value']];
      const removed = difference(before, after);
      const added = difference(after, before);
      return [
        ...(removed.length > 0 ? [['server.variable.enum-narrowed', formatList(removed)] as [string, string]] : []),
        ...(added.length > 0 ? [['server.variable.enum-widened', formatList(added)] as [string, string]] : []),
      ];
    }
    case 'channel-servers': {
      // No list means every server.
      if (before === undefined)
        return [['channel.servers.removed', `servers other than ${formatList(asArray(after))}`]];
      if (after === undefined) return [['channel.servers.added', 'every server']];
      const removed = difference(before, after);
      const added = difference(after, before);
      return [
        ...(removed.length > 0 ? [['channel.servers.removed', formatList(removed)] as [string, string]] : []),
        ...(added.length > 0 ? [['channel.servers.added', formatList(added)] as [string, string]] : []),
      ];
    }
  }
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

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
export function documentFindings(
  split: Split,
  raw: readonly RawChange[],
  oldDoc: NormalizedDoc,
  newDoc: NormalizedDoc,
): Finding[] {
  const views: readonly [SideView, SideView] = [
    { skeleton: split.old, doc: oldDoc },
    { skeleton: split.new, doc: newDoc },
  ];
  const out = new Map<string, Finding>();
  const done = new Set<string>();
  for (const segs of raw.flatMap((c) => entryPaths(split, parsePointer(c.path) ?? []))) {
    const matched = matchRule(segs);
    const prefix = matched === null ? segs : segs.slice(0, matched.segments.length);
    const before = valueAt(split.old.root, prefix);
    const after = valueAt(split.new.root, prefix);
    const action = before === undefined ? 'add' : after === undefined ? 'remove' : 'edit';
    const rule = matched?.rule;
    let judged: [string, string | undefined][];
    if (rule?.special !== undefined) judged = special(rule.special, before, after, { split, segs: prefix });
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
      const finding = skeletonFinding(id, at, views, values);
      // Every message that relies on the default is where this change lands.
      if (id === 'default-content-type.changed')
        finding.usages.push(...split.implicitMessages.map((location) => ({ direction: null, location })));
      // A node shared through a $ref (a message in components) changes in every channel using it: one finding at its real path.
      const key = `${id}\u0000${finding.path}\u0000${finding.vars.values ?? ''}`;
      const found = out.get(key);
      if (found === undefined) out.set(key, finding);
      else found.usages.push(...finding.usages);
    }
  }
  return [...out.values()];
}

function skeletonFinding(
  id: string,
  segs: readonly string[],
  views: readonly [SideView, SideView],
  values: string | undefined,
): Finding {
  const before = shownValue(views[0], segs);
  const after = shownValue(views[1], segs);
  const side = after === undefined ? 'old' : 'new';
  const path = realPointer(side === 'old' ? views[0] : views[1], segs);
  const vars = pathVars(segs, views, before, after);
  vars.path = path;
  if (values !== undefined) vars.values = values;
  const op = OPERATIONS.includes(segs[2] as Operation) ? (segs[2] as Operation) : null;
  const usages: Usage[] =
    segs[0] === 'channels' && segs[1] !== undefined
      ? [{ direction: op === null ? null : directionOf(op), location: { channel: segs[1], operation: op } }]
      : [];
  const family = familyOf(id);
  return family === undefined
    ? { rules: [id], path, side, usages, before, after, vars }
    : { rules: [id], path, side, usages, before, after, vars, family };
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
function judge(f: Finding, mode: Compatibility | undefined): { rule: string; type: ChangeType } {
  const directions = f.usages.length > 0 ? f.usages.map((u) => u.direction) : [null];
  let best: { rule: string; type: ChangeType } | null = null;
  for (const direction of directions) {
    for (const id of f.rules) {
      const type = verdictOf(ruleById(id), direction, mode);
      if (best === null || severity(type) > severity(best.type)) best = { rule: id, type };
    }
  }
  return best ?? { rule: 'unclassified', type: 'unclassified' };
}

function locationsOf(usages: readonly Usage[]): ChangeLocation[] {
  const seen = new Map<string, ChangeLocation>();
  for (const u of usages)
    if (u.location !== null) seen.set(`${u.location.channel}\u0000${u.location.operation ?? ''}`, u.location);
  return [...seen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, l]) => ({ channel: l.channel, operation: l.operation }));
}

export function toChanges(findings: readonly Finding[], options: ClassifyOptions = {}): Change[] {
  const overrides = options.overrides ?? {};
  checkOverrides(overrides);
  const changes = findings.map((f): Change => {
    const { rule, type } = judge(f, options.compatibility);
    const override = Object.hasOwn(overrides, rule) ? overrides[rule] : undefined;
    const message = fill(ruleById(rule).message, { ...f.vars, where: wherePhrase(f.family, f.usages) });
    return {
      rule,
      type: override ?? type,
      message,
      path: f.path,
      locations: locationsOf(f.usages),
      source: options.locate ? options.locate(f.path, f.side) : null,
      before: f.before === undefined ? null : f.before,
      after: f.after === undefined ? null : f.after,
      identity: identityOf(f),
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

/**
 * The element a finding concerns. Its pointer already names the channel and operation (or the
 * component); the channels that use a component are left out, so a new use changes nothing.
 */
const identityOf = (f: Finding): string => f.path;
