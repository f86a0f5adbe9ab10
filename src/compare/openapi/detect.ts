/**
 * Detectors for OpenAPI elements outside schemas (pure): one function per element kind, each
 * pairing the two models' elements by identity and emitting findings with their candidate rules
 * (./rules.ts, ../rules.ts). Schemas are not compared here: each pair of schemas becomes a slot
 * with the family and direction of the place it sits in, for the shared JSON Schema comparison.
 */
import type { ClientDirection, OpenApiLocation } from '../../types';
import { dataEqual, isRecord, memoizedEqual } from '../../util/data';
import { formatValue, ruleDirection, type Finding, type Usage } from '../classify';
import type { Slot } from '../diff';
import { canonicalText, childPointer, displayValue, ownValue, type NormalizedDoc } from '../normalize';
import type { Family, RuleId } from '../rules';
import { lifecycleOf, STABILITY, stabilityChange, sunsetChange } from '../lifecycle';
import { METHODS } from './model';
import type {
  HeaderEl,
  MediaEl,
  OpenApiModel,
  OperationEl,
  ParameterEl,
  RequestBodyEl,
  ResponseEl,
  SchemaPlace,
} from './model';

type Rec = Record<string, unknown>;
type Side = 'old' | 'new';
const recordOf = (v: unknown): Rec => (isRecord(v) ? v : {});
const quote = (s: string): string => `'${s}'`;
const union = <T>(a: Iterable<T>, b: Iterable<T>): T[] => [...new Set([...a, ...b])];

/** What the detectors produce: findings outside schemas, and the schemas to compare. */
export interface Detected {
  readonly findings: Finding[];
  readonly slots: Slot[];
}

/** A server url with each `{variable}` replaced by its default (left as written when it has none). */
function withDefaults(url: string, server: Rec): string {
  const variables = recordOf(ownValue(server, 'variables'));
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = ownValue(recordOf(ownValue(variables, name)), 'default');
    return typeof value === 'string' ? value : whole;
  });
}

const opLabel = (op: OperationEl): string =>
  op.key.startsWith('webhook:')
    ? `${op.method.toUpperCase()} of webhook ${quote(op.path)}`
    : op.key.includes(' callback ')
      ? `${op.method.toUpperCase()} ${quote(op.path)} (a callback)`
      : `${op.method.toUpperCase()} ${quote(op.path)}`;

/** The client's side of data an operation's client sends (`sends`) or receives. */
const directionOf = (op: OperationEl, sends: boolean): ClientDirection =>
  sends !== op.reversed ? 'client-sends' : 'client-receives';

function location(op: OperationEl, extra: Partial<OpenApiLocation> = {}): OpenApiLocation {
  return {
    path: op.path,
    method: op.method,
    operation: op.operationId,
    direction: null,
    in: null,
    status: null,
    mediaType: null,
    ...extra,
  };
}

const usage = (l: OpenApiLocation): Usage => ({ direction: ruleDirection(l.direction), location: l });

class Detector {
  readonly findings: Finding[] = [];
  readonly slots: Slot[] = [];

  constructor(
    readonly a: OpenApiModel,
    readonly b: OpenApiModel,
    /** What setting aside found the same on both sides (../unchanged.ts `SetAside.unchanged`). */
    private readonly known: (pointer: string) => boolean,
  ) {}

  private docOf(side: Side): NormalizedDoc {
    return side === 'old' ? this.a.doc : this.b.doc;
  }

  private shown(side: Side, value: unknown, pointer: string): unknown {
    return value === undefined ? undefined : displayValue(this.docOf(side), value, pointer);
  }

  /** One finding; `pointer` is in the new document (the old one when `side` is old). */
  emit(
    rule: RuleId,
    f: {
      pointer: string;
      side: Side;
      identity: string;
      usages?: Usage[];
      before?: unknown;
      after?: unknown;
      oldPointer?: string;
      vars?: Record<string, string>;
      lifecycle?: { sunset: string | null };
    },
  ): void {
    const before = this.shown('old', f.before, f.oldPointer ?? f.pointer);
    const after = this.shown('new', f.after, f.pointer);
    this.findings.push({
      rules: [rule],
      path: f.pointer,
      identity: f.identity,
      side: f.side,
      usages: f.usages ?? [],
      before,
      after,
      vars: { path: f.pointer, before: formatValue(before), after: formatValue(after), ...(f.vars ?? {}) },
      ...(f.lifecycle === undefined ? {} : { lifecycle: f.lifecycle }),
    });
  }

  /**
   * The fields of one element not compared elsewhere: each changed key is judged by `rules`
   * (its rule, or a lifecycle key), `x-*` are extensions, anything else matches no rule.
   */
  fields(
    x: Rec,
    y: Rec,
    at: { old: string; new: string },
    identity: string,
    skip: ReadonlySet<string>,
    rules: Readonly<Record<string, RuleId>>,
    context: { usages: Usage[]; vars: Record<string, string> },
  ): void {
    for (const key of union(Object.keys(x), Object.keys(y))) {
      if (skip.has(key)) continue;
      const before = ownValue(x, key);
      const after = ownValue(y, key);
      if (before === after || dataEqual(before, after)) continue;
      const rule: RuleId = Object.hasOwn(rules, key)
        ? (rules[key] as RuleId)
        : key.startsWith('x-')
          ? 'extension.changed'
          : 'unclassified';
      this.keyword(rule, key, before, after, at, identity, context);
    }
  }

  /** One changed key of an element, at the element's place on the side that has it. */
  private keyword(
    rule: RuleId,
    key: string,
    before: unknown,
    after: unknown,
    at: { old: string; new: string },
    identity: string,
    context: { usages: Usage[]; vars: Record<string, string> },
  ): void {
    const side: Side = after === undefined ? 'old' : 'new';
    this.emit(rule, {
      pointer: childPointer(side === 'old' ? at.old : at.new, key),
      oldPointer: childPointer(at.old, key),
      side,
      identity: `${identity}|${key}`,
      usages: context.usages,
      before,
      after,
      vars: { ...context.vars, keyword: key },
    });
  }

  /**
   * `deprecated` and `x-sunset` of an element: marking is `mark`, moving the date earlier or
   * deleting it while the element stays deprecated is breaking, a value that is no date is said
   * (`unreadable`), the rest is documentation.
   */
  lifecycle(
    x: Rec,
    y: Rec,
    at: { old: string; new: string },
    identity: string,
    rules: { mark: RuleId; earlier: RuleId; dropped: RuleId; unreadable: RuleId; doc: RuleId },
    context: { usages: Usage[]; vars: Record<string, string> },
  ): void {
    const emit = (rule: RuleId, key: string): void =>
      this.keyword(rule, key, ownValue(x, key), ownValue(y, key), at, identity, context);
    const d0 = ownValue(x, 'deprecated');
    const d1 = ownValue(y, 'deprecated');
    if (!dataEqual(d0, d1)) emit(d1 === true ? rules.mark : rules.doc, 'deprecated');
    const s0 = ownValue(x, 'x-sunset');
    const s1 = ownValue(y, 'x-sunset');
    if (dataEqual(s0, s1)) return;
    const change = sunsetChange(s0, s1, d1 === true);
    emit(change === 'extension' ? 'extension.changed' : rules[change], 'x-sunset');
  }

  slot(family: Family, direction: ClientDirection, l: OpenApiLocation, x: SchemaPlace, y: SchemaPlace): void {
    this.slots.push({
      family,
      direction,
      location: { ...l, direction },
      old: x.schema,
      new: y.schema,
      oldPointer: x.pointer,
      newPointer: y.pointer,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Paths, webhooks and operations

  paths(): void {
    for (const key of union(this.a.paths.keys(), this.b.paths.keys())) {
      const x = this.a.paths.get(key);
      const y = this.b.paths.get(key);
      if (x === undefined || y === undefined) {
        const el = (y ?? x)!;
        const added = y !== undefined;
        const rule: RuleId = el.webhook
          ? added
            ? 'webhook.added'
            : 'webhook.removed'
          : added
            ? 'path.added'
            : 'path.removed';
        this.emit(rule, {
          pointer: el.pointer,
          side: added ? 'new' : 'old',
          identity: key,
          vars: { path: quote(el.path) },
          ...(added ? {} : pathLifecycle(el.node)),
        });
        continue;
      }
      const at = { old: x.pointer, new: y.pointer };
      const vars = { path: quote(y.path) };
      const skip = new Set(['parameters', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
      this.fields(
        x.node,
        y.node,
        at,
        key,
        skip,
        { summary: 'path.description.changed', description: 'path.description.changed' },
        { usages: [], vars },
      );
      this.servers(
        ownValue(x.node, 'servers'),
        ownValue(y.node, 'servers'),
        at,
        `${key}|servers`,
        `path ${quote(y.path)}`,
      );
    }
    this.operations();
  }

  private operations(): void {
    for (const key of union(this.a.operations.keys(), this.b.operations.keys())) {
      const x = this.a.operations.get(key);
      const y = this.b.operations.get(key);
      if (x !== undefined && y !== undefined) {
        this.operation(x, y);
        continue;
      }
      const el = (y ?? x)!;
      const side: Side = y !== undefined ? 'new' : 'old';
      // An operation of a path, webhook or callback that came or went with it is part of that change.
      const other = side === 'new' ? this.a : this.b;
      const pathKey = el.key.startsWith('webhook:') ? el.key.slice(0, el.key.lastIndexOf(' ')) : null;
      const container = el.key.includes(' callback ')
        ? el.key.slice(0, el.key.indexOf(' callback '))
        : (pathKey ?? el.key.slice(0, el.key.lastIndexOf(' ')));
      if (el.key.includes(' callback ')) {
        const parent = other.operations.get(container);
        const [name, expression] = callbackOf(el.key);
        if (parent === undefined || parent.callbacks.get(name)?.has(expression) !== true) continue;
      } else if (!other.paths.has(container)) continue;
      this.emit(side === 'new' ? 'operation.endpoint.added' : 'operation.endpoint.removed', {
        pointer: el.pointer,
        side,
        identity: key,
        usages: [usage(location(el))],
        vars: { operation: opLabel(el) },
        ...(side === 'old' ? lifecycleOrNot(el.node) : {}),
      });
    }
  }

  /** Equality that walks each pair of shared components once however many operations reach it. */
  private readonly same = memoizedEqual();

  /**
   * The same operation as data (everything it reaches through `$ref`s included, and its
   * parameters with the path item's merged in) has nothing to report but what it inherits from
   * the document (its security): a regenerated spec differs from its baseline in a few operations.
   */
  private unchanged(x: OperationEl, y: OperationEl): boolean {
    if (x.path !== y.path || x.parameters.size !== y.parameters.size) return false;
    // Known without a walk: written at the same place, and the same there with all they reach.
    const known = (p: { pointer: string }, q: { pointer: string } | undefined): boolean =>
      q !== undefined && p.pointer === q.pointer && this.known(p.pointer);
    if (known(x, y) && [...x.parameters].every(([key, p]) => known(p, y.parameters.get(key)))) return true;
    if (!this.same(x.node, y.node)) return false;
    for (const [key, p] of x.parameters) {
      const q = y.parameters.get(key);
      if (q === undefined || !this.same(p.node, q.node)) return false;
    }
    return true;
  }

  private operation(x: OperationEl, y: OperationEl): void {
    if (this.unchanged(x, y)) {
      this.security(x, y);
      return;
    }
    const at = { old: x.pointer, new: y.pointer };
    const here = location(y);
    const context = { usages: [usage(here)], vars: { operation: opLabel(y) } };
    const skip = new Set([
      'parameters',
      'requestBody',
      'responses',
      'callbacks',
      'security',
      'servers',
      'deprecated',
      'x-sunset',
      'x-stability-level',
      'operationId',
    ]);
    this.fields(
      x.node,
      y.node,
      at,
      y.key,
      skip,
      {
        tags: 'operation.tags.changed',
        summary: 'operation.description.changed',
        description: 'operation.description.changed',
        externalDocs: 'operation.description.changed',
      },
      { ...context, vars: { ...context.vars, operation: y.method.toUpperCase(), channel: quote(y.path) } },
    );
    if (x.operationId !== y.operationId) {
      const side: Side = y.operationId === null ? 'old' : 'new';
      this.emit(x.operationId === null ? 'operation.id.added' : 'operation.id.changed', {
        pointer: childPointer(side === 'old' ? x.pointer : y.pointer, 'operationId'),
        oldPointer: childPointer(x.pointer, 'operationId'),
        side,
        identity: `${y.key}|operationId`,
        usages: context.usages,
        before: x.operationId ?? undefined,
        after: y.operationId ?? undefined,
        vars: { operation: x.operationId === null ? opLabel(y) : y.method.toUpperCase(), channel: quote(y.path) },
      });
    }
    this.lifecycle(
      x.node,
      y.node,
      at,
      y.key,
      {
        mark: 'operation.deprecated',
        earlier: 'operation.sunset.moved-earlier',
        dropped: 'operation.sunset.dropped',
        unreadable: 'operation.sunset.unreadable',
        doc: 'operation.description.changed',
      },
      { ...context, vars: { ...context.vars, operation: y.method.toUpperCase(), channel: quote(y.path) } },
    );
    if (!dataEqual(ownValue(x.node, 'x-stability-level'), ownValue(y.node, 'x-stability-level'))) {
      const side: Side = ownValue(y.node, 'x-stability-level') === undefined ? 'old' : 'new';
      this.emit(`operation.stability.${stabilityChange(x.node, y.node)}`, {
        pointer: childPointer(side === 'old' ? x.pointer : y.pointer, 'x-stability-level'),
        oldPointer: childPointer(x.pointer, 'x-stability-level'),
        side,
        identity: `${y.key}|x-stability-level`,
        usages: context.usages,
        before: ownValue(x.node, 'x-stability-level'),
        after: ownValue(y.node, 'x-stability-level'),
        vars: { ...context.vars, levels: STABILITY.join(', ') },
      });
    }
    this.parameters(x, y);
    this.requestBody(x, y);
    this.responses(x, y);
    this.security(x, y);
    this.servers(ownValue(x.node, 'servers'), ownValue(y.node, 'servers'), at, `${y.key}|servers`, opLabel(y));
    this.callbacks(x, y);
  }

  private callbacks(x: OperationEl, y: OperationEl): void {
    for (const name of union(x.callbacks.keys(), y.callbacks.keys())) {
      const e0 = x.callbacks.get(name) ?? new Map<string, string>();
      const e1 = y.callbacks.get(name) ?? new Map<string, string>();
      for (const expression of union(e0.keys(), e1.keys())) {
        if (e0.has(expression) && e1.has(expression)) continue;
        const side: Side = e1.has(expression) ? 'new' : 'old';
        this.emit(side === 'new' ? 'callback.added' : 'callback.removed', {
          pointer: (side === 'new' ? e1 : e0).get(expression) as string,
          side,
          identity: `${y.key}|callback|${name}|${expression}`,
          usages: [usage(location(y))],
          vars: { operation: opLabel(y), name: quote(`${name} ${expression}`) },
        });
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Parameters

  private parameters(x: OperationEl, y: OperationEl): void {
    const added = [...y.parameters.keys()].filter((k) => !x.parameters.has(k));
    const removed = [...x.parameters.keys()].filter((k) => !y.parameters.has(k));
    for (const key of union(x.parameters.keys(), y.parameters.keys())) {
      const p = x.parameters.get(key);
      const q = y.parameters.get(key);
      if (p !== undefined && q !== undefined) {
        this.parameter(x, y, p, q);
        continue;
      }
      const el = (q ?? p)!;
      const side: Side = q !== undefined ? 'new' : 'old';
      const op = side === 'new' ? y : x;
      const vars = { operation: opLabel(y), parameter: quote(el.name), in: el.in };
      const l = usage(location(y, { in: el.in as OpenApiLocation['in'], direction: directionOf(op, true) }));
      // The same name in another location: the parameter moved (`in` changed), one breaking change.
      const moved = (side === 'new' ? removed : added)
        .map((k) => (side === 'new' ? x : y).parameters.get(k) as ParameterEl)
        .find((o) => o.name.toLowerCase() === el.name.toLowerCase() && o.in !== el.in);
      if (moved !== undefined) {
        if (side === 'old') continue;
        this.emit('parameter.serialization.changed', {
          pointer: childPointer(el.pointer, 'in'),
          oldPointer: childPointer(moved.pointer, 'in'),
          side,
          identity: `${y.key}|parameter|${key}|in`,
          usages: [l],
          before: moved.in,
          after: el.in,
          vars: { ...vars, keyword: 'in' },
        });
        continue;
      }
      // A path parameter comes and goes with the path template: the path itself changed.
      if (el.in === 'path' && key.startsWith('path:#')) continue;
      const required = ownValue(el.node, 'required') === true;
      const rule: RuleId =
        side === 'new' ? (required ? 'parameter.required-added' : 'parameter.optional-added') : 'parameter.dropped';
      this.emit(rule, {
        pointer: el.pointer,
        side,
        identity: `${y.key}|parameter|${key}`,
        usages: [l],
        vars,
        ...(side === 'old' ? lifecycleOrNot(el.node) : {}),
      });
    }
  }

  private parameter(x: OperationEl, y: OperationEl, p: ParameterEl, q: ParameterEl): void {
    const at = { old: p.pointer, new: q.pointer };
    const identity = `${y.key}|parameter|${q.key}`;
    const direction = directionOf(y, true);
    const here = location(y, { in: q.in as OpenApiLocation['in'], direction });
    const vars = { operation: opLabel(y), parameter: quote(q.name), in: q.in };
    const context = { usages: [usage(here)], vars };
    const r0 = ownValue(p.node, 'required') === true;
    const r1 = ownValue(q.node, 'required') === true;
    if (r0 !== r1)
      this.emit(r1 ? 'parameter.became-required' : 'parameter.became-optional', {
        pointer: childPointer(q.pointer, 'required'),
        side: 'new',
        identity: `${identity}|required`,
        usages: context.usages,
        before: r0,
        after: r1,
        vars,
      });
    // Serialization, with the defaults of the location made explicit (no change when only one side writes them).
    for (const key of ['style', 'explode', 'allowReserved', 'allowEmptyValue'] as const) {
      const a = serialization(p, key);
      const b = serialization(q, key);
      if (a === b) continue;
      this.emit('parameter.serialization.changed', {
        pointer: childPointer(q.pointer, key),
        oldPointer: childPointer(p.pointer, key),
        side: 'new',
        identity: `${identity}|${key}`,
        usages: context.usages,
        before: a,
        after: b,
        vars: { ...vars, keyword: key },
      });
    }
    this.lifecycle(
      p.node,
      q.node,
      at,
      identity,
      {
        mark: 'parameter.deprecated',
        earlier: 'parameter.sunset.moved-earlier',
        dropped: 'parameter.sunset.dropped',
        unreadable: 'parameter.sunset.unreadable',
        doc: 'parameter.description.changed',
      },
      context,
    );
    const skip = new Set([
      'name',
      'in',
      'required',
      'style',
      'explode',
      'allowReserved',
      'allowEmptyValue',
      'schema',
      'content',
      'deprecated',
      'x-sunset',
    ]);
    this.fields(
      p.node,
      q.node,
      at,
      identity,
      skip,
      {
        description: 'parameter.description.changed',
        example: 'parameter.description.changed',
        examples: 'parameter.description.changed',
      },
      context,
    );
    // `schema` ↔ `content` changes how the value is written too (style rules against the media type).
    if (p.mediaType !== q.mediaType)
      this.emit('parameter.media-type.changed', {
        pointer: childPointer(q.pointer, q.mediaType === null ? 'schema' : 'content'),
        side: 'new',
        identity: `${identity}|content`,
        usages: context.usages,
        before: p.mediaType ?? undefined,
        after: q.mediaType ?? undefined,
        vars,
      });
    // The default a server applies when the parameter is left out is behaviour, not documentation.
    const d0 = defaultOf(p.schema);
    const d1 = defaultOf(q.schema);
    if (!dataEqual(d0, d1))
      this.emit('parameter.default.changed', {
        pointer: childPointer((q.schema ?? p.schema)!.pointer, 'default'),
        side: d1 === undefined ? 'old' : 'new',
        identity: `${identity}|default`,
        usages: context.usages,
        before: d0,
        after: d1,
        vars,
      });
    const schemas = pairSchemas(p.schema, q.schema);
    if (schemas !== null) this.slot('parameter', direction, here, schemas[0], schemas[1]);
  }

  // -------------------------------------------------------------------------------------------
  // Request bodies and responses

  private requestBody(x: OperationEl, y: OperationEl): void {
    const p = x.requestBody;
    const q = y.requestBody;
    const direction = directionOf(y, true);
    const here = location(y, { in: 'body', direction });
    const vars = { operation: opLabel(y) };
    if (p === null && q === null) return;
    if (p === null || q === null) {
      const el = (q ?? p)!;
      const rule: RuleId =
        q === null
          ? 'request.body.removed'
          : q.required
            ? 'request.body.added-required'
            : 'request.body.added-optional';
      this.emit(rule, {
        pointer: el.pointer,
        side: q === null ? 'old' : 'new',
        identity: `${y.key}|requestBody`,
        usages: [usage(here)],
        vars,
      });
      return;
    }
    if (p.required !== q.required)
      this.emit(q.required ? 'request.body.became-required' : 'request.body.became-optional', {
        pointer: childPointer(q.pointer, 'required'),
        side: 'new',
        identity: `${y.key}|requestBody|required`,
        usages: [usage(here)],
        before: p.required,
        after: q.required,
        vars,
      });
    this.fields(
      p.node,
      q.node,
      { old: p.pointer, new: q.pointer },
      `${y.key}|requestBody`,
      new Set(['required', 'content']),
      { description: 'request.body.description.changed' },
      { usages: [usage(here)], vars },
    );
    this.content(y, p, q, 'request', direction, here, `${y.key}|requestBody`);
  }

  /** The media types of a request body or response, and their schemas. */
  private content(
    y: OperationEl,
    p: RequestBodyEl | ResponseEl,
    q: RequestBodyEl | ResponseEl,
    family: 'request' | 'response',
    direction: ClientDirection,
    here: OpenApiLocation,
    identity: string,
  ): void {
    const status = 'status' in q ? q.status : null;
    for (const type of union(p.content.keys(), q.content.keys())) {
      const m = p.content.get(type);
      const n = q.content.get(type);
      const vars = { operation: opLabel(y), mediaType: quote((n ?? m)!.type), status: status ?? '' };
      const l = { ...here, mediaType: (n ?? m)!.type };
      if (m === undefined || n === undefined) {
        const side: Side = n !== undefined ? 'new' : 'old';
        this.emit(
          family === 'request'
            ? side === 'new'
              ? 'request.media-type.added'
              : 'request.media-type.removed'
            : side === 'new'
              ? 'response.media-type.added'
              : 'response.media-type.removed',
          { pointer: (n ?? m)!.pointer, side, identity: `${identity}|${type}`, usages: [usage(l)], vars },
        );
        continue;
      }
      this.media(family, m, n, { usages: [usage(l)], vars }, `${identity}|${type}`);
      const schemas = pairSchemas(m.schema, n.schema);
      if (schemas !== null) this.slot(family, direction, l, schemas[0], schemas[1]);
    }
  }

  private media(
    family: 'request' | 'response',
    m: MediaEl,
    n: MediaEl,
    context: { usages: Usage[]; vars: Record<string, string> },
    identity: string,
  ): void {
    const doc: RuleId = family === 'request' ? 'request.body.description.changed' : 'response.description.changed';
    this.fields(
      m.node,
      n.node,
      { old: m.pointer, new: n.pointer },
      identity,
      new Set(['schema']),
      {
        example: doc,
        examples: doc,
        encoding: family === 'request' ? 'request.encoding.changed' : 'response.description.changed',
      },
      context,
    );
  }

  private responses(x: OperationEl, y: OperationEl): void {
    const direction = directionOf(y, false);
    for (const status of union(x.responses.keys(), y.responses.keys())) {
      const p = x.responses.get(status);
      const q = y.responses.get(status);
      const el = (q ?? p)!;
      const here = location(y, { in: 'response', status: el.status, direction });
      const vars = { operation: opLabel(y), status: quote(el.status) };
      const identity = `${y.key}|response|${status}`;
      if (p === undefined || q === undefined) {
        const side: Side = q !== undefined ? 'new' : 'old';
        const success = status.startsWith('2');
        const rule: RuleId = success
          ? side === 'new'
            ? 'response.success-status.added'
            : 'response.success-status.removed'
          : side === 'new'
            ? 'response.status.added'
            : 'response.status.removed';
        this.emit(rule, { pointer: el.pointer, side, identity, usages: [usage(here)], vars });
        continue;
      }
      this.fields(
        p.node,
        q.node,
        { old: p.pointer, new: q.pointer },
        identity,
        new Set(['headers', 'content']),
        { description: 'response.description.changed', links: 'response.links.changed' },
        { usages: [usage(here)], vars },
      );
      this.headers(y, p, q, { ...here, in: 'header' }, identity);
      this.content(y, p, q, 'response', direction, here, identity);
    }
  }

  private headers(y: OperationEl, p: ResponseEl, q: ResponseEl, here: OpenApiLocation, identity: string): void {
    for (const name of union(p.headers.keys(), q.headers.keys())) {
      const g = p.headers.get(name);
      const h = q.headers.get(name);
      const el = (h ?? g)!;
      const vars = { operation: opLabel(y), status: quote(q.status), header: quote(el.name) };
      const id = `${identity}|header|${name}`;
      const context = { usages: [usage(here)], vars };
      if (g === undefined || h === undefined) {
        const side: Side = h !== undefined ? 'new' : 'old';
        const rule: RuleId =
          side === 'new'
            ? 'header.added'
            : ownValue(el.node, 'required') === true
              ? 'header.removed-required'
              : 'header.removed-optional';
        this.emit(rule, {
          pointer: el.pointer,
          side,
          identity: id,
          usages: context.usages,
          vars,
          ...(side === 'old' ? lifecycleOrNot(el.node) : {}),
        });
        continue;
      }
      this.header(g, h, id, here, context);
    }
  }

  private header(
    g: HeaderEl,
    h: HeaderEl,
    identity: string,
    here: OpenApiLocation,
    context: { usages: Usage[]; vars: Record<string, string> },
  ): void {
    const at = { old: g.pointer, new: h.pointer };
    const r0 = ownValue(g.node, 'required') === true;
    const r1 = ownValue(h.node, 'required') === true;
    if (r0 !== r1)
      this.emit(r1 ? 'header.became-required' : 'header.became-optional', {
        pointer: childPointer(h.pointer, 'required'),
        side: 'new',
        identity: `${identity}|required`,
        usages: context.usages,
        before: r0,
        after: r1,
        vars: context.vars,
      });
    this.lifecycle(
      g.node,
      h.node,
      at,
      identity,
      {
        mark: 'header.deprecated',
        earlier: 'header.sunset.moved-earlier',
        dropped: 'header.sunset.dropped',
        unreadable: 'header.sunset.unreadable',
        doc: 'header.description.changed',
      },
      context,
    );
    const doc: RuleId = 'header.description.changed';
    this.fields(
      g.node,
      h.node,
      at,
      identity,
      new Set(['required', 'schema', 'content', 'deprecated', 'x-sunset']),
      { description: doc, example: doc, examples: doc, style: doc, explode: doc },
      context,
    );
    const schemas = pairSchemas(g.schema, h.schema);
    if (schemas !== null) this.slot('header', here.direction ?? 'client-receives', here, schemas[0], schemas[1]);
  }

  // -------------------------------------------------------------------------------------------
  // Security and servers

  /** Operations that take the document's `security` on both sides: one finding there, with all of them. */
  readonly inherited: Usage[] = [];

  private security(x: OperationEl, y: OperationEl): void {
    if (x.security.pointer === '/security' && y.security.pointer === '/security') {
      this.inherited.push(usage(location(y)));
      return;
    }
    this.requirements(x.security.requirements, y.security.requirements, {
      oldPointer: x.security.pointer,
      pointer: y.security.pointer,
      identity: `${y.key}|security`,
      target: `Operation ${opLabel(y)}`,
      usages: [usage(location(y))],
    });
  }

  /** Security requirement lists: any one alternative must be met (docs/classification.md). */
  requirements(
    a: readonly Rec[] | null,
    b: readonly Rec[] | null,
    f: { oldPointer: string; pointer: string; identity: string; target: string; usages: Usage[] },
  ): void {
    const text = (r: Rec): string => Object.keys(r).sort().join(' + ') || '(anonymous)';
    const base = { oldPointer: f.oldPointer, identity: f.identity, usages: f.usages };
    if (a === null && b === null) return;
    if (a === null || b === null) {
      const rule: RuleId = a === null ? 'security.added' : 'security.removed';
      const values = (b ?? a)!.map(text).join(' or ');
      this.emit(rule, {
        ...base,
        pointer: a === null ? f.pointer : f.oldPointer,
        side: a === null ? 'new' : 'old',
        before: a ?? undefined,
        after: b ?? undefined,
        vars: { target: f.target, values },
      });
      return;
    }
    const byKey = (list: readonly Rec[]): Map<string, Rec> => new Map(list.map((r) => [text(r), r]));
    const ka = byKey(a);
    const kb = byKey(b);
    for (const key of union(ka.keys(), kb.keys())) {
      const r0 = ka.get(key);
      const r1 = kb.get(key);
      if (r0 === undefined || r1 === undefined) {
        const added = r1 !== undefined;
        this.emit(added ? 'security.alternative.added' : 'security.alternative.removed', {
          ...base,
          identity: `${f.identity}|${key}`,
          pointer: added ? f.pointer : f.oldPointer,
          side: added ? 'new' : 'old',
          before: r0,
          after: r1,
          vars: { target: f.target, values: key },
        });
        continue;
      }
      for (const scheme of Object.keys(r1)) {
        const s0 = scopes(r0[scheme]);
        const s1 = scopes(r1[scheme]);
        const more = s1.filter((s) => !s0.includes(s));
        const fewer = s0.filter((s) => !s1.includes(s));
        const vars = { target: f.target, name: quote(scheme) };
        if (more.length > 0)
          this.emit('security.scope.added', {
            ...base,
            identity: `${f.identity}|${key}|${scheme}|+`,
            pointer: f.pointer,
            side: 'new',
            before: s0,
            after: s1,
            vars: { ...vars, values: more.map(quote).join(', ') },
          });
        if (fewer.length > 0)
          this.emit('security.scope.removed', {
            ...base,
            identity: `${f.identity}|${key}|${scheme}|-`,
            pointer: f.pointer,
            side: 'new',
            before: s0,
            after: s1,
            vars: { ...vars, values: fewer.map(quote).join(', ') },
          });
      }
    }
  }

  /**
   * The servers of one level (document, path item or operation), matched by the url their
   * variables' defaults give: `http://localhost:6333` and `{scheme}://localhost:6333` with
   * `scheme` defaulting to `http` are one server that gained a variable.
   */
  servers(a: unknown, b: unknown, at: { old: string; new: string }, identity: string, where: string): void {
    type Entry = { node: Rec; pointer: string; url: string };
    const list = (v: unknown, pointer: string): Map<string, Entry> => {
      const out = new Map<string, Entry>();
      if (Array.isArray(v))
        v.forEach((s, i) => {
          const node = recordOf(s);
          const written = ownValue(node, 'url');
          const url = typeof written === 'string' ? written.replace(/\/+$/, '') : canonicalText(node);
          const entry = { node, pointer: childPointer(childPointer(pointer, 'servers'), i), url };
          out.set(typeof written === 'string' ? withDefaults(url, node) : url, entry);
        });
      return out;
    };
    const sa = list(a, at.old);
    const sb = list(b, at.new);
    const gone = [...sa.keys()].filter((k) => !sb.has(k)).map((k) => sa.get(k)!);
    const come = [...sb.keys()].filter((k) => !sa.has(k)).map((k) => sb.get(k)!);
    const server = (url: string): string => `${quote(url)} (${where})`;
    if (gone.length === 1 && come.length === 1) {
      const [g] = gone as [Entry];
      const [c] = come as [Entry];
      this.emit('server.url.changed', {
        pointer: childPointer(c.pointer, 'url'),
        oldPointer: childPointer(g.pointer, 'url'),
        side: 'new',
        identity: `${identity}|${c.url}`,
        before: g.url,
        after: c.url,
        vars: { server: server(c.url) },
      });
      this.server(g, c, `${identity}|${c.url}`, server(c.url));
    } else {
      for (const { pointer, url } of gone)
        this.emit('server.removed', {
          pointer,
          side: 'old',
          identity: `${identity}|${url}`,
          vars: { server: server(url) },
        });
      for (const { pointer, url } of come)
        this.emit('server.added', {
          pointer,
          side: 'new',
          identity: `${identity}|${url}`,
          vars: { server: server(url) },
        });
    }
    for (const [key, x] of sa) {
      const y = sb.get(key);
      if (y) this.server(x, y, `${identity}|${y.url}`, server(y.url));
    }
  }

  private server(
    x: { node: Rec; pointer: string },
    y: { node: Rec; pointer: string },
    identity: string,
    server: string,
  ): void {
    const at = { old: x.pointer, new: y.pointer };
    this.fields(
      x.node,
      y.node,
      at,
      identity,
      new Set(['url', 'variables']),
      { description: 'server.description.changed', name: 'server.description.changed' },
      { usages: [], vars: { server } },
    );
    const v0 = recordOf(ownValue(x.node, 'variables'));
    const v1 = recordOf(ownValue(y.node, 'variables'));
    for (const name of union(Object.keys(v0), Object.keys(v1))) {
      const a = recordOf(v0[name]);
      const b = recordOf(v1[name]);
      const pa = childPointer(childPointer(x.pointer, 'variables'), name);
      const pb = childPointer(childPointer(y.pointer, 'variables'), name);
      const vars = { server, variable: quote(name) };
      if (!Object.hasOwn(v0, name) || !Object.hasOwn(v1, name)) {
        const added = Object.hasOwn(v1, name);
        this.emit(added ? 'server.variable.added' : 'server.variable.removed', {
          pointer: added ? pb : pa,
          side: added ? 'new' : 'old',
          identity: `${identity}|${name}`,
          vars,
        });
        continue;
      }
      const e0 = Array.isArray(a.enum) ? a.enum : null;
      const e1 = Array.isArray(b.enum) ? b.enum : null;
      if (!dataEqual(e0, e1)) {
        const lost = e0 === null ? [] : e1 === null ? [] : e0.filter((v) => !e1.some((w) => dataEqual(v, w)));
        const narrowed = (e0 === null && e1 !== null) || lost.length > 0;
        this.emit(narrowed ? 'server.variable.enum-narrowed' : 'server.variable.enum-widened', {
          pointer: childPointer(pb, 'enum'),
          oldPointer: childPointer(pa, 'enum'),
          side: 'new',
          identity: `${identity}|${name}|enum`,
          before: e0 ?? undefined,
          after: e1 ?? undefined,
          vars: { ...vars, values: (narrowed ? lost : (e1 ?? [])).map((v) => formatValue(v)).join(', ') },
        });
      }
      this.fields(
        a,
        b,
        { old: pa, new: pb },
        `${identity}|${name}`,
        new Set(['enum']),
        { default: 'server.variable.default-changed', description: 'server.description.changed' },
        { usages: [], vars },
      );
    }
  }
}

const scopes = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((s) => (typeof s === 'string' ? s : canonicalText(s))) : [];

const callbackOf = (key: string): [string, string] => {
  const rest = key.slice(key.indexOf(' callback ') + ' callback '.length);
  const name = rest.slice(0, rest.indexOf(' '));
  const expression = rest.slice(name.length + 1, rest.lastIndexOf(' '));
  return [name, expression];
};

const lifecycleOrNot = (node: Rec): { lifecycle?: { sunset: string | null } } => {
  const lifecycle = lifecycleOf(node);
  return lifecycle === undefined ? {} : { lifecycle };
};

/**
 * A removed path's lifecycle: the latest sunset date of its operations when every one has one,
 * deprecated without a date when every one is deprecated, else none.
 */
function pathLifecycle(item: Rec): { lifecycle?: { sunset: string | null } } {
  const ops = METHODS.map((m) => ownValue(item, m)).filter(isRecord);
  const marks = ops.map((op) => lifecycleOf(op));
  if (ops.length === 0 || marks.some((m) => m === undefined)) return {};
  const dates = marks.map((m) => m!.sunset);
  const sunset = dates.every((d) => d !== null) ? (dates as string[]).sort().at(-1)! : null;
  return { lifecycle: { sunset } };
}

/** Serialization of a parameter, with the defaults of its location (OpenAPI 3: form for query/cookie, simple for path/header). */
function serialization(p: ParameterEl, key: 'style' | 'explode' | 'allowReserved' | 'allowEmptyValue'): string {
  const v = ownValue(p.node, key);
  if (v !== undefined) return String(v);
  const style = String(ownValue(p.node, 'style') ?? (p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple'));
  if (key === 'style') return style;
  if (key === 'explode') return String(style === 'form');
  return 'false';
}

function defaultOf(place: SchemaPlace | null): unknown {
  return place !== null && isRecord(place.schema) ? ownValue(place.schema, 'default') : undefined;
}

/** Two schemas to compare; a side without one admits anything. */
function pairSchemas(a: SchemaPlace | null, b: SchemaPlace | null): [SchemaPlace, SchemaPlace] | null {
  if (a === null && b === null) return null;
  return [a ?? { schema: {}, pointer: b!.pointer }, b ?? { schema: {}, pointer: a!.pointer }];
}

/** Every finding outside schemas, and the schema slots, between two models. */
export function detect(a: OpenApiModel, b: OpenApiModel, known: (pointer: string) => boolean): Detected {
  const d = new Detector(a, b, known);
  d.paths();
  const ra = a.doc.root;
  const rb = b.doc.root;
  d.fields(
    ra,
    rb,
    { old: '', new: '' },
    '',
    new Set(['openapi', 'paths', 'webhooks', 'components', 'servers', 'security']),
    {
      info: 'info.changed',
      tags: 'info.changed',
      externalDocs: 'info.changed',
      jsonSchemaDialect: 'info.changed',
    },
    { usages: [], vars: {} },
  );
  const v0 = ownValue(ra, 'openapi');
  const v1 = ownValue(rb, 'openapi');
  if (v0 !== v1)
    d.emit('openapi.version.changed', { pointer: '/openapi', side: 'new', identity: 'openapi', before: v0, after: v1 });
  d.servers(ownValue(ra, 'servers'), ownValue(rb, 'servers'), { old: '', new: '' }, 'servers', 'the document');
  const list = (v: unknown): Rec[] | null => (Array.isArray(v) && v.length > 0 ? v.map(recordOf) : null);
  // The document's requirements matter where operations take them (an operation's own list wins).
  if (d.inherited.length > 0)
    d.requirements(list(ownValue(ra, 'security')), list(ownValue(rb, 'security')), {
      oldPointer: '/security',
      pointer: '/security',
      identity: 'security',
      target: 'The document',
      usages: d.inherited,
    });
  return { findings: d.findings, slots: d.slots };
}
