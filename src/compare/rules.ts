/**
 * The classification rules of CLASSIFICATION.md, as data: one entry per rule id, with the verdict
 * (per direction where the direction matters) and the message template. Code elsewhere only finds
 * which rule a change matches; what the rule means is decided here.
 *
 * Templates use `{placeholders}` filled by classify.ts: {name} property, {subject} schema,
 * {keyword}, {before}, {after}, {values}, {where} (who is affected), {channel}, {operation},
 * {message}, {server}, {variable}, {parameter}, {path}.
 */
import type { ChangeType, Compatibility } from '../types';

/** Which way a message or parameter travels, seen from the client. */
export type Direction = 'send' | 'receive';

/** A rule whose verdict depends on who sends the data it is about. */
export interface DirectedRule {
  readonly id: string;
  readonly title: string;
  readonly receive: ChangeType;
  readonly send: ChangeType;
  readonly message: string;
}

/** A rule with one verdict, whatever the direction. */
export interface FixedRule {
  readonly id: string;
  readonly title: string;
  readonly type: ChangeType;
  readonly message: string;
  /** Data that only ever travels one way (query, channel parameters): both columns, for the modes. */
  readonly columns?: { readonly receive: ChangeType; readonly send: ChangeType; readonly fixed: Direction };
}

export type Rule = DirectedRule | FixedRule;

export const isDirected = (rule: Rule): rule is DirectedRule => 'send' in rule;

const OTHER: Readonly<Record<Direction, Direction>> = { send: 'receive', receive: 'send' };

/**
 * The verdict of a rule for data travelling in `direction` (null: not known, the worse of both).
 * The compatibility mode picks the column: `forward` the other direction's, `full` the worse.
 */
export function verdictOf(rule: Rule, direction: Direction | null, mode: Compatibility = 'backward'): ChangeType {
  if (!isDirected(rule)) {
    if (rule.columns === undefined || mode === 'backward' || mode === 'none') return rule.type;
    return verdictOf({ ...rule, ...rule.columns }, rule.columns.fixed, mode);
  }
  if (direction === null || mode === 'full') return worse(rule.receive, rule.send);
  return rule[mode === 'forward' ? OTHER[direction] : direction];
}

const SEVERITY: Readonly<Record<ChangeType, number>> = { breaking: 3, warning: 2, 'non-breaking': 1, unclassified: 0 };

export const severity = (type: ChangeType): number => SEVERITY[type];
export const worse = (a: ChangeType, b: ChangeType): ChangeType => (SEVERITY[b] > SEVERITY[a] ? b : a);

/**
 * Changes inside a JSON Schema, before a family prefix (`payload.`, `query.` ...) is put in front.
 * Columns are CLASSIFICATION.md's "client receives" and "client sends".
 */
export interface SchemaRule {
  readonly kind: string;
  readonly title: string;
  readonly receive: ChangeType;
  readonly send: ChangeType;
  readonly message: string;
}

export const SCHEMA_RULES: readonly SchemaRule[] = [
  {
    kind: 'property.added-optional',
    title: 'optional property added',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'Optional property {name} was added to {subject} {where}',
  },
  {
    kind: 'property.required-added',
    title: 'required property added',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Property {name} of {subject} is now required {where}',
  },
  {
    kind: 'property.became-required',
    title: 'property became required',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Property {name} of {subject} changed from optional to required {where}',
  },
  {
    kind: 'property.became-optional',
    title: 'property became optional',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'Property {name} of {subject} changed from required to optional {where}',
  },
  {
    kind: 'property.removed-optional',
    title: 'optional property removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'Optional property {name} was removed from {subject} {where}',
  },
  {
    kind: 'property.removed-required',
    title: 'required property removed',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'Required property {name} was removed from {subject} {where}',
  },
  {
    kind: 'type.changed',
    title: 'type changed to an unrelated type',
    receive: 'breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} changed from {before} to {after} {where}',
  },
  {
    kind: 'type.widened',
    title: 'type widened',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} was widened from {before} to {after} {where}',
  },
  {
    kind: 'type.narrowed',
    title: 'type narrowed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} was narrowed from {before} to {after} {where}',
  },
  {
    kind: 'null.allowed',
    title: 'null allowed',
    receive: 'breaking',
    send: 'non-breaking',
    message: '{subject} now allows null {where}',
  },
  {
    kind: 'null.disallowed',
    title: 'null no longer allowed',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} no longer allows null {where}',
  },
  {
    kind: 'enum.value-added',
    title: 'enum value added',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The enum of {subject} gained {values} {where}',
  },
  {
    kind: 'enum.value-removed',
    title: 'enum value removed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The enum of {subject} lost {values} {where}',
  },
  {
    kind: 'enum.added',
    title: 'enum introduced',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} is now limited to {values} {where}',
  },
  {
    kind: 'enum.removed',
    title: 'enum dropped',
    receive: 'warning',
    send: 'non-breaking',
    message: '{subject} is no longer limited to {values} {where}',
  },
  {
    kind: 'bound.tightened',
    title: 'bound tightened',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} was tightened from {before} to {after} {where}',
  },
  {
    kind: 'bound.loosened',
    title: 'bound loosened',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} was loosened from {before} to {after} {where}',
  },
  // Neither tighter nor looser (multipleOf 2 → 3, const 'a' → 'b'): the worse of both rows.
  {
    kind: 'bound.changed',
    title: 'bound changed',
    receive: 'warning',
    send: 'breaking',
    message: 'The {keyword} of {subject} changed from {before} to {after} {where}',
  },
  {
    kind: 'pattern.added',
    title: 'pattern added',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} must now match the pattern {after} {where}',
  },
  {
    kind: 'pattern.changed',
    title: 'pattern changed',
    receive: 'warning',
    send: 'breaking',
    message: 'The pattern of {subject} changed from {before} to {after} {where}',
  },
  {
    kind: 'pattern.removed',
    title: 'pattern removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The pattern {before} of {subject} was removed {where}',
  },
  {
    kind: 'additional-properties.closed',
    title: 'additionalProperties true→false',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} no longer accepts undeclared properties {where}',
  },
  {
    kind: 'additional-properties.opened',
    title: 'additionalProperties false→true',
    receive: 'warning',
    send: 'non-breaking',
    message: '{subject} now accepts undeclared properties {where}',
  },
  {
    kind: 'branch.added',
    title: 'oneOf/anyOf branch added',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} gained a branch {where}',
  },
  {
    kind: 'branch.removed',
    title: 'oneOf/anyOf branch removed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} lost a branch {where}',
  },
  // allOf is the opposite of oneOf: one more branch is one more constraint.
  {
    kind: 'all-of.added',
    title: 'allOf branch added',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The allOf of {subject} gained a constraint {where}',
  },
  {
    kind: 'all-of.removed',
    title: 'allOf branch removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The allOf of {subject} lost a constraint {where}',
  },
  // not, if/then/else, contains, patternProperties, ...: no cheap way to tell tighter from looser.
  {
    kind: 'constraint.changed',
    title: 'other validation keyword changed',
    receive: 'breaking',
    send: 'breaking',
    message: 'The {keyword} constraint of {subject} changed {where}',
  },
  {
    kind: 'doc.changed',
    title: 'description, title, examples or x-* changed',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} changed {where}',
  },
  {
    kind: 'firestone-keyword.changed',
    title: 'firestone keyword changed (not message content)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message:
      'The firestone keyword {keyword} of {subject} changed; it is not message content (its effect shows as channel, parameter or binding changes)',
  },
];

/** Where a schema is used, which decides the rule id prefix and who is affected. */
export type Family = 'payload' | 'header' | 'query' | 'parameter';

interface FamilyInfo {
  /** What the schema describes, for messages: "messages clients send". */
  readonly noun: string;
  /** Query and channel parameters only ever travel from the client. */
  readonly fixed: Direction | null;
}

export const FAMILIES: Readonly<Record<Family, FamilyInfo>> = {
  payload: { noun: 'messages', fixed: null },
  header: { noun: 'message headers', fixed: null },
  query: { noun: 'query parameters', fixed: 'send' },
  parameter: { noun: 'channel parameters', fixed: 'send' },
};

export const familyRuleId = (family: Family, kind: string): string => `${family}.${kind}`;

function familyRules(family: Family): Rule[] {
  const fixed = FAMILIES[family].fixed;
  return SCHEMA_RULES.map((r) => {
    const id = familyRuleId(family, r.kind);
    const title = `${FAMILIES[family].noun}: ${r.title}`;
    return fixed === null
      ? { id, title, receive: r.receive, send: r.send, message: r.message }
      : { id, title, type: r[fixed], message: r.message, columns: { receive: r.receive, send: r.send, fixed } };
  });
}

/** Rules outside schemas (CLASSIFICATION.md "change outside payloads"), and this project's additions. */
const DOCUMENT_RULES: readonly Rule[] = [
  { id: 'channel.added', title: 'channel added', type: 'non-breaking', message: 'Channel {channel} was added' },
  {
    id: 'channel.removed',
    title: 'channel removed or its address changed',
    type: 'breaking',
    message: 'Channel {channel} was removed',
  },
  {
    id: 'channel.description.changed',
    title: 'channel description changed',
    type: 'non-breaking',
    message: 'The {keyword} of channel {channel} changed',
  },
  {
    id: 'channel.servers.added',
    title: 'channel offered on more servers',
    type: 'non-breaking',
    message: 'Channel {channel} is now offered on more servers ({values})',
  },
  {
    id: 'channel.servers.removed',
    title: 'channel no longer offered on a server',
    type: 'breaking',
    message: 'Channel {channel} is no longer offered on {values}',
  },
  {
    id: 'operation.added',
    title: 'operation added',
    type: 'non-breaking',
    message: 'Operation {operation} was added to channel {channel}',
  },
  {
    id: 'operation.removed',
    title: 'operation removed',
    type: 'breaking',
    message: 'Operation {operation} was removed from channel {channel}',
  },
  {
    id: 'operation.id.changed',
    title: 'operationId changed',
    type: 'warning',
    message: 'The operationId of {operation} on {channel} changed from {before} to {after}',
  },
  {
    id: 'operation.tags.changed',
    title: 'operation tags changed',
    type: 'warning',
    message: 'The tags of {operation} on {channel} changed from {before} to {after}',
  },
  {
    id: 'operation.description.changed',
    title: 'operation description changed',
    type: 'non-breaking',
    message: 'The {keyword} of {operation} on {channel} changed',
  },
  {
    id: 'operation.traits.changed',
    title: 'operation traits changed',
    type: 'warning',
    message: 'The traits of {operation} on {channel} changed',
  },
  {
    id: 'message.added',
    title: 'message added to an operation',
    receive: 'warning',
    send: 'non-breaking',
    message: 'Message {message} was added to {operation} on {channel} {where}',
  },
  {
    id: 'message.removed',
    title: 'message removed from an operation',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Message {message} was removed from {operation} on {channel} {where}',
  },
  {
    id: 'message.name.changed',
    title: 'message name changed',
    type: 'warning',
    message: 'The name of the message of {operation} on {channel} changed from {before} to {after}',
  },
  {
    id: 'message.id.changed',
    title: 'messageId changed',
    type: 'warning',
    message: 'The messageId of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  {
    id: 'message.content-type.changed',
    title: 'message contentType changed',
    type: 'breaking',
    message: 'The content type of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  {
    id: 'message.tags.changed',
    title: 'message tags changed',
    type: 'warning',
    message: 'The tags of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  {
    id: 'message.description.changed',
    title: 'message description changed',
    type: 'non-breaking',
    message: 'The {keyword} of {message} on {channel} ({operation}) changed',
  },
  {
    id: 'message.schema-format.changed',
    title: 'message schemaFormat changed',
    type: 'breaking',
    message: 'The schemaFormat of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  {
    id: 'message.correlation-id.changed',
    title: 'message correlationId changed',
    type: 'warning',
    message: 'The correlationId of {message} on {channel} ({operation}) changed',
  },
  {
    id: 'message.traits.changed',
    title: 'message traits changed',
    type: 'warning',
    message: 'The traits of {message} on {channel} ({operation}) changed',
  },
  {
    id: 'parameter.added',
    title: 'channel parameter added',
    type: 'breaking',
    message: 'Channel {channel} has a new parameter {parameter} clients must fill in',
  },
  {
    id: 'parameter.removed',
    title: 'channel parameter removed',
    type: 'non-breaking',
    message: 'Parameter {parameter} was removed from channel {channel}',
  },
  {
    id: 'parameter.location.changed',
    title: 'channel parameter location changed',
    type: 'breaking',
    message: 'The location of parameter {parameter} of channel {channel} changed from {before} to {after}',
  },
  {
    id: 'binding.ws.method.changed',
    title: 'ws binding method changed',
    type: 'breaking',
    message: 'The WebSocket method of {target} changed from {before} to {after}',
  },
  {
    id: 'binding.added',
    title: 'binding added',
    type: 'non-breaking',
    message: 'The {keyword} binding of {target} was added',
  },
  {
    id: 'binding.removed',
    title: 'binding removed',
    type: 'warning',
    message: 'The {keyword} binding of {target} was removed',
  },
  {
    id: 'binding.changed',
    title: 'binding changed',
    type: 'warning',
    message: 'The {keyword} binding of {target} changed',
  },
  { id: 'server.added', title: 'server added', type: 'non-breaking', message: 'Server {server} was added' },
  { id: 'server.removed', title: 'server removed', type: 'breaking', message: 'Server {server} was removed' },
  {
    id: 'server.url.changed',
    title: 'server url changed',
    type: 'breaking',
    message: 'The url of server {server} changed from {before} to {after}',
  },
  {
    id: 'server.protocol.changed',
    title: 'server protocol changed',
    type: 'breaking',
    message: 'The {keyword} of server {server} changed from {before} to {after}',
  },
  {
    id: 'server.description.changed',
    title: 'server description changed',
    type: 'non-breaking',
    message: 'The {keyword} of server {server} changed',
  },
  {
    id: 'server.variable.added',
    title: 'server variable added',
    type: 'non-breaking',
    message: 'Server {server} has a new variable {variable}',
  },
  {
    id: 'server.variable.removed',
    title: 'server variable removed',
    type: 'breaking',
    message: 'Variable {variable} of server {server} was removed',
  },
  {
    id: 'server.variable.enum-narrowed',
    title: 'server variable enum narrowed',
    type: 'breaking',
    message: 'Variable {variable} of server {server} no longer allows {values}',
  },
  {
    id: 'server.variable.enum-widened',
    title: 'server variable enum widened',
    type: 'non-breaking',
    message: 'Variable {variable} of server {server} now also allows {values}',
  },
  {
    id: 'server.variable.default-changed',
    title: 'server variable default changed',
    type: 'warning',
    message: 'The default of variable {variable} of server {server} changed from {before} to {after}',
  },
  {
    id: 'security.added',
    title: 'security requirement added',
    type: 'breaking',
    message: '{target} now requires {values}',
  },
  {
    id: 'security.removed',
    title: 'security requirement removed',
    type: 'non-breaking',
    message: '{target} no longer requires {values}',
  },
  {
    id: 'security.scheme.changed',
    title: 'security scheme changed',
    type: 'breaking',
    message: 'Security scheme {name} changed',
  },
  { id: 'info.changed', title: 'info changed', type: 'non-breaking', message: 'The {keyword} of the document changed' },
  {
    id: 'default-content-type.changed',
    title: 'defaultContentType changed for messages without their own',
    type: 'breaking',
    message:
      'defaultContentType changed from {before} to {after}, which changes the content type of messages that have none of their own',
  },
  {
    id: 'default-content-type.changed-unused',
    title: 'defaultContentType changed, no message relies on it',
    type: 'non-breaking',
    message: 'defaultContentType changed from {before} to {after}; every message sets its own contentType',
  },
  {
    id: 'component.unused.changed',
    title: 'component no message uses changed',
    type: 'non-breaking',
    message: '{detail} (no message uses it)',
  },
  {
    id: 'asyncapi.version.bumped',
    title: 'asyncapi version bumped',
    type: 'non-breaking',
    message: 'The AsyncAPI version went from {before} to {after}',
  },
  {
    id: 'asyncapi.version.downgraded',
    title: 'asyncapi version downgraded',
    type: 'breaking',
    message: 'The AsyncAPI version went down from {before} to {after}',
  },
  {
    id: 'asyncapi.version.changed',
    title: 'asyncapi major version changed',
    type: 'breaking',
    message: 'The AsyncAPI version changed from {before} to {after}, a different major version',
  },
  {
    id: 'extension.changed',
    title: 'x-* extension changed',
    type: 'non-breaking',
    message: 'Extension {keyword} at {path} changed',
  },
  { id: 'unclassified', title: 'no rule matched', type: 'unclassified', message: 'A change at {path} matches no rule' },
];

export const RULES: readonly Rule[] = [
  ...familyRules('payload'),
  ...familyRules('header'),
  ...familyRules('query'),
  ...familyRules('parameter'),
  ...DOCUMENT_RULES,
];

/** Every rule id, for validating rule overrides in config files. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Which schema family a rule belongs to (`query.enum.value-added` → query); the messages' own directed rules count as payload. */
const FAMILY_OF = new Map<string, Family>([
  ...(Object.keys(FAMILIES) as Family[]).flatMap((family) =>
    SCHEMA_RULES.map((r): [string, Family] => [familyRuleId(family, r.kind), family]),
  ),
  ...DOCUMENT_RULES.filter(isDirected).map((r): [string, Family] => [r.id, 'payload']),
]);

export const familyOf = (id: string): Family | undefined => FAMILY_OF.get(id);

export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
}

/**
 * How changes found by the raw document diff map to rules. `pattern` segments: a literal,
 * alternatives `a|b`, `*` (any one segment), or `x-*` (any extension key). A raw change is
 * judged by the longest pattern matching a prefix of its path, and reported at that prefix,
 * so a tags array edited at three indexes is one change. `any` is the rule for add, remove and
 * edit alike; `special` names a judgement that needs the values (classify.ts).
 */
export interface PathRule {
  readonly pattern: string;
  readonly add?: string;
  readonly remove?: string;
  readonly edit?: string;
  readonly any?: string;
  readonly special?: 'default-content-type' | 'content-type' | 'security' | 'variable-enum' | 'channel-servers';
  /** A map of named entries: added or removed as a whole, it is judged entry by entry (by the `<pattern>/*` rule). */
  readonly each?: true;
}

const OP = '/channels/*/subscribe|publish';
const MSG = `${OP}/messages/*`;

function bindingRules(prefix: string): PathRule[] {
  return [
    { pattern: `${prefix}/bindings`, each: true },
    { pattern: `${prefix}/bindings/*`, add: 'binding.added', remove: 'binding.removed', edit: 'binding.changed' },
    { pattern: `${prefix}/bindings/ws/method`, any: 'binding.ws.method.changed' },
  ];
}

export const PATH_RULES: readonly PathRule[] = [
  { pattern: '/id', any: 'info.changed' },
  { pattern: '/info', any: 'info.changed' },
  { pattern: '/info/*', any: 'info.changed' },
  { pattern: '/tags', any: 'info.changed' },
  { pattern: '/externalDocs', any: 'info.changed' },
  { pattern: '/defaultContentType', special: 'default-content-type' },
  { pattern: '/servers', each: true },
  { pattern: '/servers/*', add: 'server.added', remove: 'server.removed' },
  { pattern: '/servers/*/url', any: 'server.url.changed' },
  { pattern: '/servers/*/protocol|protocolVersion', any: 'server.protocol.changed' },
  { pattern: '/servers/*/description|summary|title|tags|externalDocs', any: 'server.description.changed' },
  { pattern: '/servers/*/variables', each: true },
  { pattern: '/servers/*/variables/*', add: 'server.variable.added', remove: 'server.variable.removed' },
  { pattern: '/servers/*/variables/*/enum', special: 'variable-enum' },
  { pattern: '/servers/*/variables/*/default', any: 'server.variable.default-changed' },
  { pattern: '/servers/*/variables/*/description|examples', any: 'server.description.changed' },
  { pattern: '/servers/*/security', special: 'security' },
  ...bindingRules('/servers/*'),
  { pattern: '/channels', each: true },
  { pattern: '/channels/*', add: 'channel.added', remove: 'channel.removed' },
  { pattern: '/channels/*/description', any: 'channel.description.changed' },
  { pattern: '/channels/*/servers', special: 'channel-servers' },
  { pattern: '/channels/*/parameters', each: true },
  { pattern: '/channels/*/parameters/*', add: 'parameter.added', remove: 'parameter.removed' },
  { pattern: '/channels/*/parameters/*/description', any: 'parameter.doc.changed' },
  { pattern: '/channels/*/parameters/*/location', any: 'parameter.location.changed' },
  ...bindingRules('/channels/*'),
  { pattern: OP, add: 'operation.added', remove: 'operation.removed' },
  { pattern: `${OP}/operationId`, any: 'operation.id.changed' },
  { pattern: `${OP}/tags`, any: 'operation.tags.changed' },
  { pattern: `${OP}/summary|description|externalDocs`, any: 'operation.description.changed' },
  { pattern: `${OP}/security`, special: 'security' },
  { pattern: `${OP}/traits`, any: 'operation.traits.changed' },
  ...bindingRules(OP),
  { pattern: `${OP}/messages`, each: true },
  { pattern: `${MSG}`, add: 'message.added', remove: 'message.removed' },
  { pattern: `${MSG}/name`, any: 'message.name.changed' },
  { pattern: `${MSG}/messageId`, any: 'message.id.changed' },
  { pattern: `${MSG}/contentType`, special: 'content-type' },
  { pattern: `${MSG}/tags`, any: 'message.tags.changed' },
  { pattern: `${MSG}/title|summary|description|examples|externalDocs`, any: 'message.description.changed' },
  { pattern: `${MSG}/schemaFormat`, any: 'message.schema-format.changed' },
  { pattern: `${MSG}/correlationId`, any: 'message.correlation-id.changed' },
  { pattern: `${MSG}/traits`, any: 'message.traits.changed' },
  ...bindingRules(MSG),
  ...['', '/servers/*', '/servers/*/variables/*', '/channels/*', '/channels/*/parameters/*', OP, MSG].map(
    (p): PathRule => ({ pattern: `${p}/x-*`, any: 'extension.changed' }),
  ),
];
