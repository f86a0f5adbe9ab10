/**
 * The OpenAPI rows of the rule registry (docs/classification.md, "OpenAPI"), as data: the rules
 * outside schemas that OpenAPI has and AsyncAPI has not. Schema changes use the shared schema
 * rows under the families `parameter.`, `request.`, `response.` and `header.`; rules whose
 * meaning and wording are the same for both kinds (security requirements, servers, `info`,
 * extensions, unused components) are the shared rows of ../rules.ts.
 *
 * Templates use `{placeholders}` filled by the detectors: {operation} (`GET '/pets'`), {path},
 * {parameter}, {status}, {mediaType}, {header}, {name}, {keyword}, {before}, {after}, {values}.
 */
import type { ChangeType } from '../../types';
import type { RuleId, RuleMarks } from '../rules';

/**
 * One verdict, or one per direction where the row is about data that travels: a request's
 * parameters and body are sent by clients, but in a callback or webhook the server sends them and
 * clients receive them (and answer with the response), so the other column applies there.
 */
type Row = (
  | { readonly title: string; readonly type: ChangeType; readonly message: string }
  | { readonly title: string; readonly receive: ChangeType; readonly send: ChangeType; readonly message: string }
) &
  RuleMarks;

export type OpenApiRuleId =
  | 'openapi.version.changed'
  | 'path.added'
  | 'path.removed'
  | 'path.description.changed'
  | 'operation.endpoint.added'
  | 'operation.endpoint.removed'
  | 'operation.endpoint.removed-after-sunset'
  | 'operation.id.added'
  | 'operation.sunset.moved-earlier'
  | 'operation.sunset.dropped'
  | 'operation.sunset.unreadable'
  | 'operation.stability.lowered'
  | 'operation.stability.raised'
  | 'operation.stability.unreadable'
  | 'parameter.required-added'
  | 'parameter.optional-added'
  | 'parameter.became-required'
  | 'parameter.became-optional'
  | 'parameter.dropped'
  | 'parameter.removed-after-sunset'
  | 'parameter.serialization.changed'
  | 'parameter.default.changed'
  | 'parameter.deprecated'
  | 'parameter.sunset.moved-earlier'
  | 'parameter.sunset.dropped'
  | 'parameter.sunset.unreadable'
  | 'parameter.description.changed'
  | 'parameter.media-type.changed'
  | 'request.body.added-required'
  | 'request.body.added-optional'
  | 'request.body.became-required'
  | 'request.body.became-optional'
  | 'request.body.removed'
  | 'request.body.description.changed'
  | 'request.media-type.added'
  | 'request.media-type.removed'
  | 'request.encoding.changed'
  | 'response.success-status.added'
  | 'response.success-status.removed'
  | 'response.status.added'
  | 'response.status.removed'
  | 'response.description.changed'
  | 'response.media-type.added'
  | 'response.media-type.removed'
  | 'response.links.changed'
  | 'header.added'
  | 'header.removed-required'
  | 'header.removed-optional'
  | 'header.removed-after-sunset'
  | 'header.became-required'
  | 'header.became-optional'
  | 'header.deprecated'
  | 'header.sunset.moved-earlier'
  | 'header.sunset.dropped'
  | 'header.sunset.unreadable'
  | 'header.description.changed'
  | 'security.scheme.widened'
  | 'path.removed-after-sunset'
  | 'security.scope.added'
  | 'security.scope.removed'
  | 'webhook.added'
  | 'webhook.removed'
  | 'callback.added'
  | 'callback.removed';

export const OPENAPI_ROWS: Readonly<Record<OpenApiRuleId, Row>> = {
  'openapi.version.changed': {
    title: 'openapi version changed (3.0.x ↔ 3.1.x, or a patch)',
    type: 'non-breaking',
    message: 'The OpenAPI version changed from {before} to {after} (the API itself is compared element by element)',
  },
  'path.added': { title: 'path added', type: 'non-breaking', message: 'Path {path} was added' },
  'path.removed': { title: 'path removed', type: 'breaking', message: 'Path {path} was removed' },
  'path.description.changed': {
    title: 'path summary or description changed',
    type: 'non-breaking',
    message: 'The {keyword} of path {path} changed',
  },
  'operation.endpoint.added': {
    title: 'operation (method) added to a path',
    type: 'non-breaking',
    message: 'Operation {operation} was added',
  },
  'operation.endpoint.removed': {
    title: 'operation (method) removed from a path',
    type: 'breaking',
    message: 'Operation {operation} was removed',
  },
  'operation.endpoint.removed-after-sunset': {
    title: 'operation removed after its sunset date',
    type: 'non-breaking',
    message: 'Operation {operation} was removed after its sunset date {sunset}',
  },
  'operation.id.added': {
    title: 'operationId added',
    type: 'non-breaking',
    message: 'Operation {operation} now has the operationId {after}',
  },
  'operation.sunset.moved-earlier': {
    title: 'sunset date of an operation moved earlier',
    type: 'breaking',
    message: 'The sunset date of operation {operation} moved earlier, from {before} to {after}',
  },
  'operation.sunset.dropped': {
    title: 'sunset date of a deprecated operation deleted',
    type: 'breaking',
    message: 'Operation {operation} is still deprecated but lost its sunset date {before}',
  },
  'operation.sunset.unreadable': {
    title: 'x-sunset of an operation set or changed to a value that is no date',
    type: 'warning',
    message:
      'The x-sunset of operation {operation} went from {before} to {after}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it',
    unknownImpact: true,
  },
  'operation.stability.lowered': {
    title: 'x-stability-level lowered',
    type: 'breaking',
    message: 'The stability level of operation {operation} went down from {before} to {after}',
  },
  'operation.stability.raised': {
    title: 'x-stability-level raised or set',
    type: 'non-breaking',
    message: 'The stability level of operation {operation} went from {before} to {after}',
  },
  // A level that is none of the four cannot be ranked: say so rather than guess which way it moved.
  'operation.stability.unreadable': {
    title: 'x-stability-level changed to or from a value that is no level',
    type: 'warning',
    message:
      'The stability level of operation {operation} went from {before} to {after}, which is not one of {levels}: whether its promise changed cannot be told',
    unknownImpact: true,
  },
  'parameter.required-added': {
    title: 'required parameter added',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Operation {operation} has a new required {in} parameter {parameter}',
  },
  'parameter.optional-added': {
    title: 'optional parameter added',
    type: 'non-breaking',
    message: 'Operation {operation} has a new optional {in} parameter {parameter}',
  },
  'parameter.became-required': {
    title: 'parameter became required',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The {in} parameter {parameter} of {operation} is now required',
  },
  'parameter.became-optional': {
    title: 'parameter became optional',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'The {in} parameter {parameter} of {operation} is now optional',
  },
  'parameter.dropped': {
    title: 'parameter removed (query, header, cookie)',
    type: 'warning',
    message:
      'The {in} parameter {parameter} was removed from {operation} (requests still succeed, but what it did is gone)',
  },
  'parameter.removed-after-sunset': {
    title: 'deprecated parameter removed after its sunset date',
    type: 'non-breaking',
    message: 'The {in} parameter {parameter} was removed from {operation} after its sunset date {sunset}',
  },
  'parameter.serialization.changed': {
    title: 'parameter in, style, explode or allowReserved changed',
    type: 'breaking',
    message: 'The {keyword} of the {in} parameter {parameter} of {operation} changed from {before} to {after}',
  },
  'parameter.default.changed': {
    title: 'parameter default added, removed or changed',
    type: 'breaking',
    message:
      'The default of the {in} parameter {parameter} of {operation} changed from {before} to {after} (clients that leave it out get other behaviour)',
  },
  'parameter.deprecated': {
    title: 'parameter marked deprecated, or given a sunset date',
    type: 'non-breaking',
    message: 'The {in} parameter {parameter} of {operation}: {keyword} set to {after}',
  },
  'parameter.sunset.moved-earlier': {
    title: 'sunset date of a parameter moved earlier',
    type: 'breaking',
    message: 'The sunset date of the {in} parameter {parameter} of {operation} moved earlier, from {before} to {after}',
  },
  'parameter.sunset.dropped': {
    title: 'sunset date of a deprecated parameter deleted',
    type: 'breaking',
    message: 'The {in} parameter {parameter} of {operation} is still deprecated but lost its sunset date {before}',
  },
  'parameter.sunset.unreadable': {
    title: 'x-sunset of a parameter set or changed to a value that is no date',
    type: 'warning',
    message:
      'The x-sunset of the {in} parameter {parameter} of {operation} went from {before} to {after}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it',
    unknownImpact: true,
  },
  'parameter.description.changed': {
    title: 'parameter description or examples changed',
    type: 'non-breaking',
    message: 'The {keyword} of the {in} parameter {parameter} of {operation} changed',
  },
  'parameter.media-type.changed': {
    title: 'media type of a parameter written with content changed (or schema moved to or from content)',
    type: 'breaking',
    message: 'The media type of the {in} parameter {parameter} of {operation} changed from {before} to {after}',
  },
  'request.body.added-required': {
    title: 'required request body added',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Operation {operation} now requires a request body',
  },
  'request.body.added-optional': {
    title: 'optional request body added',
    type: 'non-breaking',
    message: 'Operation {operation} now accepts an optional request body',
  },
  'request.body.became-required': {
    title: 'request body became required',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The request body of {operation} is now required',
  },
  'request.body.became-optional': {
    title: 'request body became optional',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'The request body of {operation} is now optional',
  },
  'request.body.removed': {
    title: 'request body removed',
    type: 'breaking',
    message: 'Operation {operation} no longer takes a request body',
  },
  'request.body.description.changed': {
    title: 'request body description changed',
    type: 'non-breaking',
    message: 'The {keyword} of the request body of {operation} changed',
  },
  'request.media-type.added': {
    title: 'request media type added',
    type: 'non-breaking',
    message: 'Operation {operation} now also accepts {mediaType}',
  },
  'request.media-type.removed': {
    title: 'request media type removed',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'Operation {operation} no longer accepts {mediaType}',
  },
  'request.encoding.changed': {
    title: 'encoding of a request media type changed',
    type: 'breaking',
    message: 'The encoding of {mediaType} in the request body of {operation} changed',
  },
  'response.success-status.added': {
    title: 'success status (2xx) added',
    receive: 'warning',
    send: 'non-breaking',
    message: 'Operation {operation} may now answer {status} (clients may not handle it)',
  },
  'response.success-status.removed': {
    title: 'success status (2xx) removed',
    type: 'breaking',
    message: 'Operation {operation} no longer answers {status}',
  },
  'response.status.added': {
    title: 'non-success status or default response added',
    type: 'non-breaking',
    message: 'Operation {operation} documents a new response {status}',
  },
  'response.status.removed': {
    title: 'non-success status or default response removed',
    type: 'non-breaking',
    message: 'Operation {operation} no longer documents the response {status}',
  },
  'response.description.changed': {
    title: 'response description changed',
    type: 'non-breaking',
    message: 'The {keyword} of the response {status} of {operation} changed',
  },
  'response.media-type.added': {
    title: 'response media type added',
    type: 'non-breaking',
    message: 'The response {status} of {operation} may now be {mediaType}',
  },
  'response.media-type.removed': {
    title: 'response media type removed',
    type: 'breaking',
    message: 'The response {status} of {operation} is no longer {mediaType}',
  },
  'response.links.changed': {
    title: 'response links changed',
    type: 'non-breaking',
    message: 'The links of the response {status} of {operation} changed',
  },
  'header.added': {
    title: 'response header added',
    type: 'non-breaking',
    message: 'The response {status} of {operation} has a new header {header}',
  },
  'header.removed-required': {
    title: 'required response header removed',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'The required header {header} was removed from the response {status} of {operation}',
  },
  'header.removed-optional': {
    title: 'optional response header removed',
    receive: 'warning',
    send: 'non-breaking',
    message: 'The optional header {header} was removed from the response {status} of {operation}',
  },
  'header.removed-after-sunset': {
    title: 'deprecated response header removed after its sunset date',
    type: 'non-breaking',
    message: 'The header {header} was removed from the response {status} of {operation} after its sunset date {sunset}',
  },
  'header.became-required': {
    title: 'response header became required',
    receive: 'non-breaking',
    send: 'breaking',
    message: 'The header {header} of the response {status} of {operation} is now always sent',
  },
  'header.became-optional': {
    title: 'response header became optional',
    receive: 'breaking',
    send: 'non-breaking',
    message: 'The header {header} of the response {status} of {operation} is no longer always sent',
  },
  'header.deprecated': {
    title: 'response header marked deprecated, or given a sunset date',
    type: 'non-breaking',
    message: 'The header {header} of the response {status} of {operation}: {keyword} set to {after}',
  },
  'header.sunset.moved-earlier': {
    title: 'sunset date of a response header moved earlier',
    type: 'breaking',
    message:
      'The sunset date of the header {header} of the response {status} of {operation} moved earlier, from {before} to {after}',
  },
  'header.sunset.dropped': {
    title: 'sunset date of a deprecated response header deleted',
    type: 'breaking',
    message:
      'The header {header} of the response {status} of {operation} is still deprecated but lost its sunset date {before}',
  },
  'header.sunset.unreadable': {
    title: 'x-sunset of a response header set or changed to a value that is no date',
    type: 'warning',
    message:
      'The x-sunset of the header {header} of the response {status} of {operation} went from {before} to {after}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it',
    unknownImpact: true,
  },
  'header.description.changed': {
    title: 'response header description changed',
    type: 'non-breaking',
    message: 'The {keyword} of the header {header} of the response {status} of {operation} changed',
  },
  'security.scheme.widened': {
    title: 'security scheme offers more (a flow or scope added)',
    type: 'non-breaking',
    message: 'Security scheme {name} now offers more flows or scopes',
  },
  'path.removed-after-sunset': {
    title: 'path removed after the sunset date of every operation it had',
    type: 'non-breaking',
    message: 'Path {path} was removed after its sunset date {sunset}',
  },
  'security.scope.added': {
    title: 'scope added to a security requirement',
    type: 'breaking',
    message: '{target} now requires the scopes {values} of {name}',
  },
  'security.scope.removed': {
    title: 'scope removed from a security requirement',
    type: 'non-breaking',
    message: '{target} no longer requires the scopes {values} of {name}',
  },
  'webhook.added': { title: 'webhook added', type: 'non-breaking', message: 'Webhook {path} was added' },
  'webhook.removed': { title: 'webhook removed', type: 'breaking', message: 'Webhook {path} was removed' },
  'callback.added': {
    title: 'callback added',
    type: 'non-breaking',
    message: 'Operation {operation} has a new callback {name}',
  },
  'callback.removed': {
    title: 'callback removed',
    type: 'breaking',
    message: 'The callback {name} was removed from operation {operation}',
  },
};

/** Removals that become their own non-breaking rule on or after the element's sunset date. */
export const OPENAPI_REMOVED_AFTER_SUNSET: Readonly<Partial<Record<OpenApiRuleId, OpenApiRuleId>>> = {
  'path.removed': 'path.removed-after-sunset',
  'operation.endpoint.removed': 'operation.endpoint.removed-after-sunset',
  'parameter.dropped': 'parameter.removed-after-sunset',
  'header.removed-required': 'header.removed-after-sunset',
  'header.removed-optional': 'header.removed-after-sunset',
};

/** Rules of ../rules.ts that OpenAPI comparisons use too, with the same meaning (docs/rules.md, "OpenAPI"). */
export const OPENAPI_SHARED_RULES: readonly RuleId[] = [
  'operation.id.changed',
  'operation.tags.changed',
  'operation.description.changed',
  'operation.deprecated',
  'security.added',
  'security.removed',
  'security.alternative.added',
  'security.alternative.removed',
  'security.scheme.added',
  'security.scheme.removed',
  'security.scheme.changed',
  'security.scheme.doc.changed',
  'server.added',
  'server.removed',
  'server.url.changed',
  'server.description.changed',
  'server.variable.added',
  'server.variable.removed',
  'server.variable.enum-narrowed',
  'server.variable.enum-widened',
  'server.variable.default-changed',
  'info.changed',
  'extension.changed',
  'component.unused.changed',
  'unclassified',
];
