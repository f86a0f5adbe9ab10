/**
 * The classification rules of docs/classification.md, as data: one entry per rule id, with the verdict
 * (per direction where the direction matters) and the message template. Code elsewhere only finds
 * which rule a change matches; what the rule means is decided here.
 *
 * Templates use `{placeholders}` filled by classify.ts: {name} property, {subject} schema,
 * {keyword}, {before}, {after}, {values}, {where} (who is affected), {channel}, {operation},
 * {message}, {server}, {variable}, {parameter}, {path}, {also} (other names of the element that changed with it).
 */
import type { ChangeType, Compatibility } from '../types';
import { FIRESTONE_ROWS, type FirestoneRuleId } from './openapi/firestone-rules';
import { OPENAPI_REMOVED_AFTER_SUNSET, OPENAPI_ROWS, type OpenApiRuleId } from './openapi/rules';

/** Which way a message or parameter travels, seen from the client. */
export type Direction = 'send' | 'receive';

/** What a row may say beside its verdict and words, in every rule table. */
export interface RuleMarks {
  /**
   * A warning that says the tool cannot tell what the change means (a value that is no level or
   * no date): reports name no one it breaks (report/describe.ts `impact`).
   */
  readonly unknownImpact?: true;
}

/** A verdict per direction (CLASSIFICATION's two columns), or one verdict whatever the direction. */
export type RuleRow = (
  | { readonly title: string; readonly receive: ChangeType; readonly send: ChangeType; readonly message: string }
  | { readonly title: string; readonly type: ChangeType; readonly message: string }
) &
  RuleMarks;

/** A rule whose verdict depends on who sends the data it is about. */
export interface DirectedRule extends RuleMarks {
  readonly id: RuleId;
  readonly title: string;
  readonly receive: ChangeType;
  readonly send: ChangeType;
  readonly message: string;
}

/** A rule with one verdict, whatever the direction. */
export interface FixedRule extends RuleMarks {
  readonly id: RuleId;
  readonly title: string;
  readonly type: ChangeType;
  readonly message: string;
}

export type Rule = DirectedRule | FixedRule;

export const isDirected = (rule: Rule | RuleRow): rule is DirectedRule => 'send' in rule;

/**
 * The verdict of a rule for data travelling in `direction` (null: not known, the worse of both),
 * under a compatibility mode (docs/rules.md): `backward` (and `none`) take the column of the
 * direction, `forward` the other column, `full` the worse of the two. One-verdict rules keep it.
 */
export function verdictOf(rule: Rule, direction: Direction | null, mode: Compatibility = 'backward'): ChangeType {
  if (!isDirected(rule)) return rule.type;
  if (direction === null || mode === 'full') return worse(rule.receive, rule.send);
  if (mode === 'forward') return rule[direction === 'send' ? 'receive' : 'send'];
  return rule[direction];
}

const SEVERITY: Readonly<Record<ChangeType, number>> = { breaking: 3, warning: 2, 'non-breaking': 1, unclassified: 0 };

export const severity = (type: ChangeType): number => SEVERITY[type];
export const worse = (a: ChangeType, b: ChangeType): ChangeType => (SEVERITY[b] > SEVERITY[a] ? b : a);

/**
 * Changes inside a JSON Schema, before a family prefix (`payload.`, `query.` ...) is put in front.
 * Columns are docs/classification.md's "clients receive" and "clients send".
 */
export interface SchemaRule extends RuleMarks {
  readonly kind: SchemaKind;
  readonly title: string;
  readonly receive: ChangeType;
  readonly send: ChangeType;
  readonly message: string;
  /** Only OpenAPI reaches it (readOnly/writeOnly): it exists in the OpenAPI families alone. */
  readonly openapi?: true;
  /** The message in the OpenAPI-only families (request and response bodies), where AsyncAPI's words are wrong. */
  readonly openapiMessage?: string;
}

export type SchemaKind =
  | 'property.added-optional'
  | 'property.required-added'
  | 'property.became-required'
  | 'property.became-optional'
  | 'property.removed-optional'
  | 'property.removed-required'
  | 'property.removed-closed'
  | 'property.deprecated'
  | 'property.removed-after-sunset'
  | 'property.sunset.moved-earlier'
  | 'property.sunset.dropped'
  | 'property.sunset.unreadable'
  | 'property.stability.lowered'
  | 'property.stability.raised'
  | 'property.stability.unreadable'
  | 'property.became-read-only'
  | 'property.became-writable'
  | 'property.required-became-writable'
  | 'property.became-write-only'
  | 'property.required-became-write-only'
  | 'property.became-readable'
  | 'property.access.inapplicable'
  | 'type.changed'
  | 'type.widened'
  | 'type.narrowed'
  | 'null.allowed'
  | 'null.disallowed'
  | 'enum.value-added'
  | 'enum.value-removed'
  | 'enum.added'
  | 'enum.removed'
  | 'bound.tightened'
  | 'bound.loosened'
  | 'bound.changed'
  | 'pattern.added'
  | 'pattern.changed'
  | 'pattern.removed'
  | 'additional-properties.closed'
  | 'additional-properties.opened'
  | 'branch.added'
  | 'branch.removed'
  | 'all-of.added'
  | 'all-of.removed'
  | 'constraint.changed'
  | 'doc.changed'
  | 'keyword.inapplicable'
  | 'keyword.unknown'
  | 'firestone-keyword.changed';

const SCHEMA_ROWS: Readonly<Record<SchemaKind, Omit<SchemaRule, 'kind'>>> = {
  'property.added-optional': {
    title: 'optional property added',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'Optional property {name} was added to {subject} {where}',
  },
  'property.required-added': {
    title: 'required property added',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Property {name} of {subject} is now required {where}',
  },
  'property.became-required': {
    title: 'property became required',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Property {name} of {subject} changed from optional to required {where}',
  },
  'property.became-optional': {
    title: 'property became optional',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'Property {name} of {subject} changed from required to optional {where}',
  },
  'property.removed-optional': {
    title: 'optional property removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'Optional property {name} was removed from {subject} {where}',
  },
  // Receivers see an optional property go (the mildest removal); senders that still send it are refused.
  'property.removed-closed': {
    title: 'property removed from an object that accepts no undeclared properties (additionalProperties: false)',
    receive: 'warning',
    send: 'breaking',
    message: 'Property {name} was removed from {subject}, which accepts no undeclared properties {where}',
  },
  'property.deprecated': {
    title: 'marked deprecated, or given a sunset date',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: '{subject}: {keyword} set to {after} {where}',
  },
  'property.removed-after-sunset': {
    title: 'deprecated property removed after its sunset date',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'Property {name} was removed from {subject} after its sunset date {sunset} {where}',
  },
  'property.sunset.moved-earlier': {
    title: 'sunset date moved earlier',
    receive: 'breaking',
    send: 'breaking',
    message: 'The sunset date of {subject} moved earlier, from {before} to {after} {where}',
  },
  'property.sunset.dropped': {
    title: 'sunset date of a deprecated schema deleted',
    receive: 'breaking',
    send: 'breaking',
    message: '{subject} is still deprecated but lost its sunset date {before} {where}',
  },
  'property.sunset.unreadable': {
    title: 'x-sunset set or changed to a value that is no date',
    receive: 'warning',
    send: 'warning',
    message:
      'The x-sunset of {subject} went from {before} to {after} {where}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it',
    unknownImpact: true,
  },
  // x-stability-level (oasdiff's extension) is read in OpenAPI documents only.
  'property.stability.lowered': {
    title: 'x-stability-level lowered',
    receive: 'breaking',
    send: 'breaking',
    message: 'The stability level of {subject} went down from {before} to {after} {where}',
    openapi: true,
  },
  'property.stability.raised': {
    title: 'x-stability-level raised or set',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'The stability level of {subject} went from {before} to {after} {where}',
    openapi: true,
  },
  'property.stability.unreadable': {
    title: 'x-stability-level changed to or from a value that is no level',
    receive: 'warning',
    send: 'warning',
    message:
      'The stability level of {subject} went from {before} to {after} {where}; one of them is not draft, alpha, beta or stable, so whether its promise changed cannot be told',
    openapi: true,
    unknownImpact: true,
  },
  'property.removed-required': {
    title: 'required property removed',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'Required property {name} was removed from {subject} {where}',
  },
  // readOnly/writeOnly (OpenAPI, docs/classification.md): a property that stops travelling one way
  // is judged like one removed on that side, one that starts like one added.
  'property.became-read-only': {
    title: 'property became readOnly (clients no longer send it: like a removed property there)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'Property {name} of {subject} became read-only; clients no longer send it {where}',
    openapi: true,
  },
  'property.became-writable': {
    title: 'optional property no longer readOnly (clients may now send it)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'Property {name} of {subject} is no longer read-only; clients may send it {where}',
    openapi: true,
  },
  'property.required-became-writable': {
    title: 'required property no longer readOnly (clients must now send it)',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Required property {name} of {subject} is no longer read-only; clients must send it {where}',
    openapi: true,
  },
  'property.became-write-only': {
    title: 'optional property became writeOnly (clients no longer receive it)',
    receive: 'warning',
    send: 'non-breaking',
    message: 'Property {name} of {subject} became write-only; clients no longer receive it {where}',
    openapi: true,
  },
  'property.required-became-write-only': {
    title: 'required property became writeOnly (clients no longer receive it)',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'Required property {name} of {subject} became write-only; clients no longer receive it {where}',
    openapi: true,
  },
  'property.became-readable': {
    title: 'property no longer writeOnly (clients now receive it)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'Property {name} of {subject} is no longer write-only; clients receive it {where}',
    openapi: true,
  },
  'property.access.inapplicable': {
    title:
      'change to a property that does not travel this way (readOnly where clients send, writeOnly where they receive)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message:
      'The {keyword} of {subject} changed at {path}; the property does not travel this way (readOnly properties only reach clients, writeOnly ones only come from them) {where}',
    openapi: true,
  },
  'type.changed': {
    title: 'type changed to an unrelated type',
    receive: 'breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} changed from {before} to {after} {where}',
  },
  'type.widened': {
    title: 'type widened',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} was widened from {before} to {after} {where}',
  },
  'type.narrowed': {
    title: 'type narrowed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} was narrowed from {before} to {after} {where}',
  },
  'null.allowed': {
    title: 'null allowed',
    receive: 'breaking',
    send: 'non-breaking',
    message: '{subject} now allows null {where}',
  },
  'null.disallowed': {
    title: 'null no longer allowed',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} no longer allows null {where}',
  },
  'enum.value-added': {
    title: 'enum value added',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The enum of {subject} gained {values} {where}',
  },
  'enum.value-removed': {
    title: 'enum value removed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The enum of {subject} lost {values} {where}',
  },
  'enum.added': {
    title: 'enum introduced',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} is now limited to {values} {where}',
  },
  'enum.removed': {
    title: 'enum dropped',
    receive: 'warning',
    send: 'non-breaking',
    message: '{subject} is no longer limited to {values} {where}',
  },
  'bound.tightened': {
    title: 'bound tightened',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} was tightened from {before} to {after} {where}',
  },
  'bound.loosened': {
    title: 'bound loosened',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} was loosened from {before} to {after} {where}',
  },
  // Neither tighter nor looser (multipleOf 2 → 3, const 'a' → 'b'): the worse of both rows.
  'bound.changed': {
    title: 'bound changed',
    receive: 'warning',
    send: 'breaking',
    message: 'The {keyword} of {subject} changed from {before} to {after} {where}',
  },
  'pattern.added': {
    title: 'pattern added',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} must now match the pattern {after} {where}',
  },
  'pattern.changed': {
    title: 'pattern changed',
    receive: 'warning',
    send: 'breaking',
    message: 'The pattern of {subject} changed from {before} to {after} {where}',
  },
  'pattern.removed': {
    title: 'pattern removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The pattern {before} of {subject} was removed {where}',
  },
  'additional-properties.closed': {
    title: 'additionalProperties true→false',
    receive: 'non-breaking',
    send: 'breaking',
    message: '{subject} no longer accepts undeclared properties {where}',
  },
  'additional-properties.opened': {
    title: 'additionalProperties false→true',
    receive: 'warning',
    send: 'non-breaking',
    message: '{subject} now accepts undeclared properties {where}',
  },
  'branch.added': {
    title: 'oneOf/anyOf branch added',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} gained a branch {where}',
  },
  'branch.removed': {
    title: 'oneOf/anyOf branch removed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {keyword} of {subject} lost a branch {where}',
  },
  // allOf is the opposite of oneOf: one more branch is one more constraint.
  'all-of.added': {
    title: 'allOf branch added',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The allOf of {subject} gained a constraint {where}',
  },
  'all-of.removed': {
    title: 'allOf branch removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The allOf of {subject} lost a constraint {where}',
  },
  // `if`, a changed `not`, `dependencies`, an unresolved `$ref` ...: no cheap way to tell tighter from looser.
  'constraint.changed': {
    title: 'other validation keyword changed',
    receive: 'breaking',
    send: 'breaking',
    message: 'The {keyword} constraint of {subject} changed {where}',
  },
  'doc.changed': {
    title: 'description, title, examples or x-* changed',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} changed {where}',
  },
  'keyword.inapplicable': {
    title: 'keyword that does not apply to the schema type (constrains nothing)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'The {keyword} of {subject} changed; it does not apply to its type, so it constrains nothing {where}',
  },
  'keyword.unknown': {
    title: 'keyword JSON Schema does not define (ignored by validators)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message: 'The unknown keyword {keyword} of {subject} changed; validators ignore it {where}',
  },
  'firestone-keyword.changed': {
    title: 'firestone keyword changed (not message content)',
    receive: 'non-breaking',
    send: 'non-breaking',
    message:
      'The firestone keyword {keyword} of {subject} changed; it is not message content (its effect shows as channel, parameter or binding changes)',
    openapiMessage:
      'The firestone keyword {keyword} of {subject} changed; it is a resource keyword, not body content (its effect shows as path, operation or parameter changes)',
  },
};

export const SCHEMA_RULES: readonly SchemaRule[] = (Object.keys(SCHEMA_ROWS) as SchemaKind[]).map((kind) => ({
  kind,
  ...SCHEMA_ROWS[kind],
}));

/**
 * Where a schema is used, which decides the rule id prefix and who is affected. AsyncAPI:
 * `payload`, `header` (message headers, ws `headers`), `query` (ws `query`), `parameter` (channel
 * parameters). OpenAPI: `parameter` (path, query, header, cookie), `request` (request bodies),
 * `response` (response bodies), `header` (response headers). docs/classification.md, "Direction".
 */
export type Family = 'payload' | 'header' | 'query' | 'parameter' | 'request' | 'response';

interface FamilyInfo {
  /** What the schema describes, for messages: "messages clients send". */
  readonly noun: string;
  /**
   * ws query parameters only ever travel from the client. Every other family takes the direction
   * of the place it is used (OpenAPI callbacks and webhooks turn requests and parameters round).
   */
  readonly fixed: Direction | null;
  /**
   * OpenAPI: a schema in both a request and a response is one change listed under the family of its
   * worst verdict; its places are then named by what they are, not as "request bodies clients receive".
   */
  readonly bothWays?: string;
}

export const FAMILIES: Readonly<Record<Family, FamilyInfo>> = {
  payload: { noun: 'messages', fixed: null },
  header: { noun: 'headers', fixed: null },
  query: { noun: 'query parameters', fixed: 'send' },
  parameter: { noun: 'parameters', fixed: null },
  request: { noun: 'request bodies', fixed: null, bothWays: 'request and response bodies' },
  response: { noun: 'responses', fixed: null, bothWays: 'request and response bodies' },
};

/** The families an OpenAPI comparison uses (docs/classification.md, "Direction"). */
export const OPENAPI_FAMILIES: ReadonlySet<Family> = new Set<Family>(['parameter', 'request', 'response', 'header']);

export type FamilyRuleId = `${Family}.${SchemaKind}`;

/** Every rule id: a typo does not compile. */
export type RuleId = FamilyRuleId | DocumentRuleId | OpenApiRuleId | FirestoneRuleId;

export const familyRuleId = (family: Family, kind: SchemaKind): FamilyRuleId => `${family}.${kind}`;

/**
 * Every family keeps both columns, even query and channel parameters whose data only travels from
 * the client: `forward` and `full` judge them by the other column (docs/rules.md, "Compatibility modes").
 */
function familyRules(family: Family): Rule[] {
  return SCHEMA_RULES.filter((r) => r.openapi !== true || OPENAPI_FAMILIES.has(family)).map((r) => ({
    id: familyRuleId(family, r.kind),
    title: `${FAMILIES[family].noun}: ${r.title}`,
    receive: r.receive,
    send: r.send,
    message: (family === 'request' || family === 'response' ? r.openapiMessage : undefined) ?? r.message,
    ...(r.unknownImpact ? { unknownImpact: true as const } : {}),
  }));
}

/** Rules outside schemas (docs/classification.md), and this project's additions. */
export type DocumentRuleId =
  | 'security.scheme.added'
  | 'security.scheme.removed'
  | 'security.scheme.doc.changed'
  | 'security.alternative.removed'
  | 'security.alternative.added'
  | 'message.renamed'
  | 'message.unused.changed'
  | 'operation.reply.address.changed'
  | 'operation.reply.removed'
  | 'operation.reply.added'
  | 'operation.removed-after-sunset'
  | 'operation.deprecated'
  | 'operation.renamed'
  | 'channel.removed-after-sunset'
  | 'channel.deprecated'
  | 'channel.renamed'
  | 'channel.added'
  | 'channel.removed'
  | 'channel.description.changed'
  | 'channel.servers.added'
  | 'channel.servers.removed'
  | 'operation.added'
  | 'operation.removed'
  | 'operation.id.changed'
  | 'operation.tags.changed'
  | 'operation.description.changed'
  | 'message.added'
  | 'message.removed'
  | 'message.deprecated'
  | 'message.removed-after-sunset'
  | 'message.name.changed'
  | 'message.id.changed'
  | 'message.content-type.changed'
  | 'message.tags.changed'
  | 'message.description.changed'
  | 'message.schema-format.changed'
  | 'message.correlation-id.changed'
  | 'parameter.added'
  | 'parameter.removed'
  | 'parameter.location.changed'
  | 'binding.ws.method.changed'
  | 'binding.added'
  | 'binding.removed'
  | 'binding.changed'
  | 'binding.doc.changed'
  | 'server.added'
  | 'server.removed'
  | 'server.deprecated'
  | 'server.removed-after-sunset'
  | 'server.url.changed'
  | 'server.protocol.changed'
  | 'server.description.changed'
  | 'server.variable.added'
  | 'server.variable.removed'
  | 'server.variable.enum-narrowed'
  | 'server.variable.enum-widened'
  | 'server.variable.default-changed'
  | 'security.added'
  | 'security.removed'
  | 'security.scheme.changed'
  | 'info.changed'
  | 'default-content-type.changed'
  | 'default-content-type.changed-unused'
  | 'component.unused.changed'
  | 'asyncapi.version.bumped'
  | 'asyncapi.version.downgraded'
  | 'asyncapi.version.changed'
  | 'extension.changed'
  | 'unclassified';

const DOCUMENT_ROWS: Readonly<Record<DocumentRuleId, RuleRow>> = {
  'channel.added': { title: 'channel added', type: 'non-breaking', message: 'Channel {channel} was added' },
  'channel.removed': {
    title: 'channel removed or its address changed',
    type: 'breaking',
    message: 'Channel {channel} was removed',
  },
  'channel.description.changed': {
    title: 'channel description changed',
    type: 'non-breaking',
    message: 'The {keyword} of channel {channel} changed',
  },
  'channel.servers.added': {
    title: 'channel offered on more servers',
    type: 'non-breaking',
    message: 'Channel {channel} is now offered on more servers ({values})',
  },
  'channel.servers.removed': {
    title: 'channel no longer offered on a server',
    type: 'breaking',
    message: 'Channel {channel} is no longer offered on {values}',
  },
  'operation.added': {
    title: 'operation added',
    type: 'non-breaking',
    message: 'Operation {operation} was added to channel {channel}',
  },
  'operation.removed': {
    title: 'operation removed',
    type: 'breaking',
    message: 'Operation {operation} was removed from channel {channel}',
  },
  'operation.id.changed': {
    title: 'operationId changed',
    type: 'warning',
    message: 'The operationId of {operation} on {channel} changed from {before} to {after}',
  },
  'operation.tags.changed': {
    title: 'operation tags changed',
    type: 'warning',
    message: 'The tags of {operation} on {channel} changed from {before} to {after}',
  },
  'operation.description.changed': {
    title: 'operation description changed',
    type: 'non-breaking',
    message: 'The {keyword} of {operation} on {channel} changed',
  },
  'message.added': {
    title: 'message added to an operation',
    receive: 'warning',
    send: 'non-breaking',
    message: 'Message {message} was added to {operation} on {channel} {where}',
  },
  'message.removed': {
    title: 'message removed from an operation',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Message {message} was removed from {operation} on {channel} {where}',
  },
  'message.deprecated': {
    title: 'message marked deprecated or given a sunset date',
    type: 'non-breaking',
    message: 'Message {message} of the operation {operation} on {channel}: {keyword} set to {after}',
  },
  'message.removed-after-sunset': {
    title: 'message removed after its sunset date',
    type: 'non-breaking',
    message: 'Message {message} was removed from the operation {operation} on {channel} after its sunset date {sunset}',
  },
  'message.name.changed': {
    title: 'message name changed',
    type: 'warning',
    message: 'The name of the message of {operation} on {channel} changed from {before} to {after}',
  },
  'message.id.changed': {
    title: 'messageId changed, with its name or not',
    type: 'warning',
    message: 'The messageId of {message} on {channel} ({operation}) changed from {before} to {after}{also}',
  },
  'message.content-type.changed': {
    title: 'message contentType changed',
    type: 'breaking',
    message: 'The content type of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  'message.tags.changed': {
    title: 'message tags changed',
    type: 'warning',
    message: 'The tags of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  'message.description.changed': {
    title: 'message description changed',
    type: 'non-breaking',
    message: 'The {keyword} of {message} on {channel} ({operation}) changed',
  },
  'message.schema-format.changed': {
    title: 'message schemaFormat changed',
    type: 'breaking',
    message: 'The schemaFormat of {message} on {channel} ({operation}) changed from {before} to {after}',
  },
  'message.correlation-id.changed': {
    title: 'message correlationId changed',
    type: 'warning',
    message: 'The correlationId of {message} on {channel} ({operation}) changed',
  },
  'parameter.added': {
    title: 'channel parameter added',
    type: 'breaking',
    message: 'Channel {channel} has a new parameter {parameter} clients must fill in',
  },
  'parameter.removed': {
    title: 'channel parameter removed',
    type: 'non-breaking',
    message: 'Parameter {parameter} was removed from channel {channel}',
  },
  'parameter.location.changed': {
    title: 'channel parameter location changed',
    type: 'breaking',
    message: 'The location of parameter {parameter} of channel {channel} changed from {before} to {after}',
  },
  'binding.ws.method.changed': {
    title: 'ws binding method changed',
    type: 'breaking',
    message: 'The WebSocket method of {target} changed from {before} to {after}',
  },
  'binding.added': {
    title: 'binding added',
    type: 'non-breaking',
    message: 'The {keyword} binding of {target} was added',
  },
  'binding.removed': {
    title: 'binding removed',
    type: 'warning',
    message: 'The {keyword} binding of {target} was removed',
  },
  'binding.changed': {
    title: 'binding changed',
    type: 'warning',
    message: 'The {keyword} binding of {target} changed',
  },
  'binding.doc.changed': {
    title: 'binding documentation changed (description, examples, x-*)',
    type: 'non-breaking',
    message: 'The documentation of the {keyword} binding of {target} changed',
  },
  'server.added': { title: 'server added', type: 'non-breaking', message: 'Server {server} was added' },
  'server.removed': { title: 'server removed', type: 'breaking', message: 'Server {server} was removed' },
  'server.deprecated': {
    title: 'server marked deprecated or given a sunset date',
    type: 'non-breaking',
    message: 'Server {server}: {keyword} set to {after}',
  },
  'server.removed-after-sunset': {
    title: 'server removed after its sunset date',
    type: 'non-breaking',
    message: 'Server {server} was removed after its sunset date {sunset}',
  },
  'server.url.changed': {
    title: 'server url changed',
    type: 'breaking',
    message: 'The url of server {server} changed from {before} to {after}',
  },
  'server.protocol.changed': {
    title: 'server protocol changed',
    type: 'breaking',
    message: 'The {keyword} of server {server} changed from {before} to {after}',
  },
  'server.description.changed': {
    title: 'server description changed',
    type: 'non-breaking',
    message: 'The {keyword} of server {server} changed',
  },
  'server.variable.added': {
    title: 'server variable added',
    type: 'non-breaking',
    message: 'Server {server} has a new variable {variable}',
  },
  'server.variable.removed': {
    title: 'server variable removed',
    type: 'breaking',
    message: 'Variable {variable} of server {server} was removed',
  },
  'server.variable.enum-narrowed': {
    title: 'server variable enum narrowed',
    type: 'breaking',
    message: 'Variable {variable} of server {server} no longer allows {values}',
  },
  'server.variable.enum-widened': {
    title: 'server variable enum widened',
    type: 'non-breaking',
    message: 'Variable {variable} of server {server} now also allows {values}',
  },
  'server.variable.default-changed': {
    title: 'server variable default changed',
    type: 'warning',
    message: 'The default of variable {variable} of server {server} changed from {before} to {after}',
  },
  'security.added': {
    title: 'security requirement added',
    type: 'breaking',
    message: '{target} now requires {values}',
  },
  'security.removed': {
    title: 'security requirement removed',
    type: 'non-breaking',
    message: '{target} no longer requires {values}',
  },
  'security.scheme.changed': {
    title: 'security scheme changed',
    type: 'breaking',
    message: 'Security scheme {name} changed',
  },
  'channel.renamed': {
    title: 'channel key changed, same address (3.x)',
    type: 'warning',
    message: 'Channel {channel} was renamed from {before} to {after} (generated code names move)',
  },
  'channel.deprecated': {
    title: 'channel marked deprecated or given a sunset date',
    type: 'non-breaking',
    message: 'Channel {channel}: {keyword} set to {after}',
  },
  'channel.removed-after-sunset': {
    title: 'channel removed after its sunset date',
    type: 'non-breaking',
    message: 'Channel {channel} was removed after its sunset date {sunset}',
  },
  'operation.renamed': {
    title: 'operation key changed, same channel, action and messages (3.x)',
    type: 'warning',
    message: 'The operation {operation} on {channel} was renamed from {before} to {after} (generated code names move)',
  },
  'operation.deprecated': {
    title: 'operation marked deprecated or given a sunset date',
    type: 'non-breaking',
    message: 'The operation {operation} on {channel}: {keyword} set to {after}',
  },
  'operation.removed-after-sunset': {
    title: 'operation removed after its sunset date',
    type: 'non-breaking',
    message: 'The operation {operation} was removed from channel {channel} after its sunset date {sunset}',
  },
  'operation.reply.added': {
    title: 'reply added to an operation',
    type: 'non-breaking',
    message: 'The operation {operation} on {channel} now has a reply',
  },
  'operation.reply.removed': {
    title: 'reply removed from an operation',
    type: 'breaking',
    message: 'The operation {operation} on {channel} no longer has a reply',
  },
  'operation.reply.address.changed': {
    title: 'reply address or channel changed',
    type: 'breaking',
    message: 'The reply address of the operation {operation} on {channel} changed from {before} to {after}',
  },
  'message.renamed': {
    title: 'message key changed (3.x), with its name or not',
    type: 'warning',
    message: 'The key of {message} on {channel} ({operation}) changed from {before} to {after}{also}',
  },
  'security.alternative.added': {
    title: 'security alternative added to a non-empty list',
    type: 'non-breaking',
    message: '{target} now also accepts {values}',
  },
  'security.alternative.removed': {
    title: 'security alternative removed',
    type: 'breaking',
    message: '{target} no longer accepts {values}',
  },
  'security.scheme.added': {
    title: 'security scheme added (its use is judged where a requirement names it)',
    type: 'non-breaking',
    message: 'Security scheme {name} was added',
  },
  'security.scheme.removed': {
    title: 'security scheme removed (its use is judged where a requirement named it)',
    type: 'non-breaking',
    message: 'Security scheme {name} was removed',
  },
  'security.scheme.doc.changed': {
    title: 'security scheme description changed',
    type: 'non-breaking',
    message: 'The {keyword} of security scheme {name} changed',
  },
  'info.changed': { title: 'info changed', type: 'non-breaking', message: 'The {keyword} of the document changed' },
  'default-content-type.changed': {
    title: 'defaultContentType changed for messages without their own',
    type: 'breaking',
    message:
      'defaultContentType changed from {before} to {after}, which changes the content type of messages that have none of their own',
  },
  'default-content-type.changed-unused': {
    title: 'defaultContentType changed, no message relies on it',
    type: 'non-breaking',
    message: 'defaultContentType changed from {before} to {after}; every message sets its own contentType',
  },
  'message.unused.changed': {
    title: 'channel message no operation uses changed (3.x)',
    type: 'non-breaking',
    message: '{detail} (no operation uses this message)',
  },
  'component.unused.changed': {
    title: 'component nothing uses changed',
    type: 'non-breaking',
    message: '{detail} (nothing in the spec uses it)',
  },
  'asyncapi.version.bumped': {
    title: 'asyncapi version bumped',
    type: 'non-breaking',
    message: 'The AsyncAPI version went from {before} to {after}',
  },
  'asyncapi.version.downgraded': {
    title: 'asyncapi version downgraded',
    type: 'breaking',
    message: 'The AsyncAPI version went down from {before} to {after}',
  },
  'asyncapi.version.changed': {
    title: 'asyncapi major version changed (2.x ↔ 3.x)',
    type: 'non-breaking',
    message:
      'The AsyncAPI version changed from {before} to {after}, another major version (the API itself is compared element by element)',
  },
  'extension.changed': {
    title: 'x-* extension changed',
    type: 'non-breaking',
    message: 'Extension {keyword} at {path} changed',
  },
  unclassified: { title: 'no rule matched', type: 'unclassified', message: 'A change at {path} matches no rule' },
};

const DOCUMENT_RULES: readonly Rule[] = [
  ...(Object.keys(DOCUMENT_ROWS) as DocumentRuleId[]).map((id): Rule => ({ id, ...DOCUMENT_ROWS[id] })),
  ...(Object.keys(OPENAPI_ROWS) as OpenApiRuleId[]).map((id): Rule => ({ id, ...OPENAPI_ROWS[id] })),
  ...(Object.keys(FIRESTONE_ROWS) as FirestoneRuleId[]).map(
    (id): Rule => ({
      id,
      title: FIRESTONE_ROWS[id].title,
      type: FIRESTONE_ROWS[id].type,
      message: FIRESTONE_ROWS[id].message,
    }),
  ),
];

export const RULES: readonly Rule[] = [
  ...familyRules('payload'),
  ...familyRules('header'),
  ...familyRules('query'),
  ...familyRules('parameter'),
  ...familyRules('request'),
  ...familyRules('response'),
  ...DOCUMENT_RULES,
];

/** Every rule id, for validating rule overrides in config files. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/**
 * Ids that existed once and no longer do, with why. A config that still overrides one keeps
 * working: the override is ignored with a warning instead of failing as an unknown id.
 */
export const RETIRED_RULES: Readonly<Record<string, string>> = {
  'operation.traits.changed':
    'operation traits are now applied to their operations, so a trait edit shows as the changes it makes to those operations',
  'message.traits.changed':
    'message traits are now applied to their messages, so a trait edit shows as the changes it makes to those messages',
};

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

/** Which schema family a rule belongs to (`query.enum.value-added` → query); the messages' own directed rules count as payload. */
const FAMILY_OF = new Map<string, Family>([
  ...(Object.keys(FAMILIES) as Family[]).flatMap((family) =>
    familyRules(family).map((r): [string, Family] => [r.id, family]),
  ),
  ...DOCUMENT_RULES.filter(isDirected).map((r): [string, Family] => [r.id, 'payload']),
]);

export const familyOf = (id: string): Family | undefined => FAMILY_OF.get(id);

export function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
}

export const isRuleId = (id: string): id is RuleId => BY_ID.has(id);

/** Whether a rule's warning says what cannot be told (`unknownImpact`); false for an id no rule has. */
export const hasUnknownImpact = (id: string): boolean => BY_ID.get(id)?.unknownImpact === true;

/** What code scanning shows of a rule: its title, and its verdicts in words (docs/rules.md). */
export interface RuleDescription {
  readonly title: string;
  readonly help: string;
}

/** The title and verdicts of a rule id; undefined for an id no rule has. */
export function describeRule(id: string): RuleDescription | undefined {
  const rule = BY_ID.get(id);
  if (rule === undefined) return undefined;
  const verdict = !isDirected(rule)
    ? rule.type
    : rule.receive === rule.send
      ? `${rule.receive} whichever way the data travels`
      : `${rule.receive} where clients receive the data, ${rule.send} where they send it`;
  return {
    title: rule.title,
    help: `${rule.title}: ${verdict} (compatibility backward; docs/rules.md lists every rule id and its columns)`,
  };
}

/**
 * How changes found by the raw skeleton diff map to rules. The skeleton is the comparison model's
 * version-neutral tree (diff.ts): `/servers/<name>`, `/channels/<address>/<direction>/<operation>
 * /messages/<message>`, an operation's `reply`. `pattern` segments: a literal, alternatives `a|b`,
 * `*` (any one segment), or `x-*` (any extension key). A raw change is judged by the longest
 * pattern matching a prefix of its path, and reported at that prefix, so a tags array edited at
 * three indexes is one change. `any` is the rule for add, remove and edit alike; `special` names a
 * judgement that needs the values (classify.ts); `mark` is the rule when the new value marks the
 * element deprecated or gives it a sunset date (`true` or a date; any other value takes `any`).
 */
export interface PathRule {
  readonly pattern: string;
  readonly add?: RuleId;
  readonly remove?: RuleId;
  readonly edit?: RuleId;
  readonly any?: RuleId;
  readonly special?:
    | 'default-content-type'
    | 'content-type'
    | 'security'
    | 'variable-enum'
    | 'channel-servers'
    | 'binding';
  readonly mark?: RuleId;
  /** A map of named entries: added or removed as a whole, it is judged entry by entry (by the `<pattern>/*` rule). */
  readonly each?: true;
}

const OP = '/channels/*/client-receives|client-sends/*';
const REPLY = `${OP}/reply`;
const MSG = `${OP}/messages/*`;
const REPLY_MSG = `${REPLY}/messages/*`;

function bindingRules(prefix: string): PathRule[] {
  return [
    { pattern: `${prefix}/bindings`, each: true },
    { pattern: `${prefix}/bindings/*`, special: 'binding' },
    { pattern: `${prefix}/bindings/ws/method`, any: 'binding.ws.method.changed' },
  ];
}

/**
 * Deprecation marks of an element (docs/classification.md, "Deprecation and sunset"): AsyncAPI's
 * own `deprecated` (on messages and message traits, and 2.x channels), and this project's
 * `x-deprecated` and `x-sunset`. Dropping a mark is documentation.
 */
function lifecycleRules(prefix: string, mark: RuleId, documentation: RuleId): PathRule[] {
  return [
    { pattern: `${prefix}/deprecated`, mark, any: documentation },
    { pattern: `${prefix}/x-deprecated|x-sunset`, mark, any: 'extension.changed' },
  ];
}

/** The removal of an element that has a sunset date, on or after that date: its own (non-breaking) rule. */
export const REMOVED_AFTER_SUNSET: Readonly<Partial<Record<RuleId, RuleId>>> = {
  'channel.removed': 'channel.removed-after-sunset',
  'operation.removed': 'operation.removed-after-sunset',
  'message.removed': 'message.removed-after-sunset',
  'server.removed': 'server.removed-after-sunset',
  ...OPENAPI_REMOVED_AFTER_SUNSET,
};

function messageRules(msg: string): PathRule[] {
  return [
    { pattern: `${msg}`, add: 'message.added', remove: 'message.removed' },
    { pattern: `${msg}/name`, any: 'message.name.changed' },
    { pattern: `${msg}/messageId`, any: 'message.id.changed' },
    { pattern: `${msg}/key`, any: 'message.renamed' },
    { pattern: `${msg}/contentType`, special: 'content-type' },
    { pattern: `${msg}/tags`, any: 'message.tags.changed' },
    { pattern: `${msg}/title|summary|description|examples|externalDocs`, any: 'message.description.changed' },
    { pattern: `${msg}/schemaFormat`, any: 'message.schema-format.changed' },
    { pattern: `${msg}/correlationId`, any: 'message.correlation-id.changed' },
    ...bindingRules(msg),
    // Before `x-*`: of two patterns as long, the first wins.
    ...lifecycleRules(msg, 'message.deprecated', 'message.description.changed'),
    { pattern: `${msg}/x-*`, any: 'extension.changed' },
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
  { pattern: '/servers/*/url|host|pathname', any: 'server.url.changed' },
  { pattern: '/servers/*/protocol|protocolVersion', any: 'server.protocol.changed' },
  { pattern: '/servers/*/description|summary|title|tags|externalDocs', any: 'server.description.changed' },
  { pattern: '/servers/*/variables', each: true },
  { pattern: '/servers/*/variables/*', add: 'server.variable.added', remove: 'server.variable.removed' },
  { pattern: '/servers/*/variables/*/enum', special: 'variable-enum' },
  { pattern: '/servers/*/variables/*/default', any: 'server.variable.default-changed' },
  { pattern: '/servers/*/variables/*/description|examples', any: 'server.description.changed' },
  { pattern: '/servers/*/security', special: 'security' },
  ...lifecycleRules('/servers/*', 'server.deprecated', 'server.description.changed'),
  ...bindingRules('/servers/*'),
  { pattern: '/channels', each: true },
  { pattern: '/channels/*', add: 'channel.added', remove: 'channel.removed' },
  { pattern: '/channels/*/key', any: 'channel.renamed' },
  { pattern: '/channels/*/description|summary|title|tags|externalDocs', any: 'channel.description.changed' },
  ...lifecycleRules('/channels/*', 'channel.deprecated', 'channel.description.changed'),
  { pattern: '/channels/*/servers', special: 'channel-servers' },
  { pattern: '/channels/*/parameters', each: true },
  { pattern: '/channels/*/parameters/*', add: 'parameter.added', remove: 'parameter.removed' },
  { pattern: '/channels/*/parameters/*/description|examples', any: 'parameter.doc.changed' },
  { pattern: '/channels/*/parameters/*/location', any: 'parameter.location.changed' },
  ...bindingRules('/channels/*'),
  { pattern: '/channels/*/client-receives|client-sends', each: true },
  { pattern: OP, add: 'operation.added', remove: 'operation.removed' },
  { pattern: `${OP}/operationId`, any: 'operation.id.changed' },
  { pattern: `${OP}/key`, any: 'operation.renamed' },
  { pattern: `${OP}/tags`, any: 'operation.tags.changed' },
  { pattern: `${OP}/title|summary|description|externalDocs`, any: 'operation.description.changed' },
  ...lifecycleRules(OP, 'operation.deprecated', 'operation.description.changed'),
  { pattern: `${OP}/security`, special: 'security' },
  ...bindingRules(OP),
  { pattern: REPLY, add: 'operation.reply.added', remove: 'operation.reply.removed' },
  { pattern: `${REPLY}/address|channel`, any: 'operation.reply.address.changed' },
  { pattern: `${REPLY}/description|summary|title`, any: 'operation.description.changed' },
  { pattern: `${REPLY}/messages`, each: true },
  ...messageRules(REPLY_MSG),
  { pattern: `${OP}/messages`, each: true },
  ...messageRules(MSG),
  ...['', '/servers/*', '/servers/*/variables/*', '/channels/*', '/channels/*/parameters/*', OP, REPLY].map(
    (p): PathRule => ({ pattern: `${p}/x-*`, any: 'extension.changed' }),
  ),
];
