/**
 * firestone resources → AsyncAPI 2.5.0 document (docs/generation.md), with firestone's defects fixed.
 *
 * Pure: no I/O, the input is never mutated, and every object of the output is freshly made,
 * so nothing is shared with the input or within the output (no YAML anchors, later stages
 * may mutate freely). Resource data is treated as hostile: names are checked before they
 * become channel paths or `$ref`s, dynamic keys are written so `__proto__` stays data,
 * cyclic or exploding data is refused.
 */
import { InputError, type Problem } from '../errors';
import { childPointer } from '../util/pointer';
import type { GeneratedSpec, Origin, SpecInfo } from '../types';
import { dataEqual, isRecord, ownValue, setOwn } from '../util/data';
import { toAsyncApi3 } from './asyncapi3';
import { asyncapiAllowsGet } from '../resource/methods';
import {
  at,
  checkSegment,
  cloneData,
  describePlace,
  fail,
  keySchema,
  keysInPath,
  operationId,
  optionalArray,
  optionalRecord,
  optionalString,
  origin,
  parentPlace,
  problemAt,
  readDefaults,
  readKey,
  recordAt,
  refFragment,
  versionPrefix,
  withoutReferences,
  type Budget,
  type KeyInfo,
  type Place,
  type QueryParamEntry,
  type ResourceInput,
} from './shared';

export type { ResourceInput } from './shared';

/** What firestone writes, and the default. */
export const DEFAULT_ASYNCAPI_VERSION = '2.5.0';
/** The versions a target may ask for (docs/generation.md, "AsyncAPI 3"). */
export const ASYNCAPI_VERSIONS = ['2.5.0', '3.0.0', '3.1.0'] as const;
export type AsyncApiVersion = (typeof ASYNCAPI_VERSIONS)[number];

export const isAsyncApiVersion = (v: unknown): v is AsyncApiVersion =>
  typeof v === 'string' && (ASYNCAPI_VERSIONS as readonly string[]).includes(v);

/** A version the user asked for by `option` (an action input, a CLI flag); else bad input naming the versions. */
export function parseAsyncApiVersion(value: string, option: string): AsyncApiVersion {
  const v = value.trim();
  if (isAsyncApiVersion(v)) return v;
  throw new InputError({ message: `${option} must be one of ${ASYNCAPI_VERSIONS.join(', ')} (got '${v}')` });
}

export interface GenerateOptions {
  /** Default `2.5.0`. */
  asyncapi?: string;
  /** Told about inputs that generate less than they seem to ask for (one line each, naming the file). */
  warn?: (message: string) => void;
}
const CONTENT_TYPE = 'application/json';

/** The two operations of every channel, in output order. */
const OPERATIONS = [
  { op: 'subscribe', method: 'get', fallback: 'Subscribe from' },
  { op: 'publish', method: 'post', fallback: 'Publish to' },
] as const;
type OperationDef = (typeof OPERATIONS)[number];

// ---------------------------------------------------------------------------------------------
// Small data helpers

const own = ownValue;
const put = setOwn;

interface ComponentOwner {
  role: 'resource' | 'sub-resource';
  /** Where the name was written: `kind`, or the sub-resource property. */
  place: Place;
  /** What becomes the component, as written; compares repeated sub-resources. */
  content: unknown;
}

interface State {
  readonly servers: Record<string, unknown>;
  readonly schemas: Record<string, unknown>;
  readonly channels: Record<string, unknown>;
  readonly origins: Map<string, Origin>;
  readonly components: Map<string, ComponentOwner>;
  readonly channelOwners: Map<string, Place>;
  readonly operationIds: Map<string, { path: string; place: Place }>;
  readonly warn: (message: string) => void;
  /** Naming conflicts; all are reported together at the end. */
  readonly problems: Problem[];
  readonly budget: Budget;
}

interface Flags {
  resources: boolean;
  instances: boolean;
  instanceAttrs: boolean;
}

/** One resource or sub-resource being turned into channels. */
interface ResourceWalk {
  /** Component, message and tag name. */
  name: string;
  /** The `schema` block (type, key, methods, descriptions, query_params, items). */
  schema: Record<string, unknown>;
  schemaPlace: Place;
  items: Record<string, unknown>;
  /** Collection channel path. */
  base: string;
  /** Keys of the enclosing resources, outermost first. */
  keys: readonly KeyInfo[];
  /** Channel flags of the root resource, which sub-resources inherit. */
  flags: Flags;
  /** The root resource's `default_query_params`. */
  defaults: readonly QueryParamEntry[];
}

/**
 * `pointer` is built up a string at a time (childPointer) rather than from a path: a channel's
 * path needs escaping, and escaping it once per channel instead of once per origin was a good part
 * of the generator's time.
 */
function noteOrigin(state: State, pointer: string, place: Place): void {
  state.origins.set(pointer, origin(place));
}

// ---------------------------------------------------------------------------------------------
// Entry point

export function generateAsyncApi(
  resources: readonly ResourceInput[],
  info: SpecInfo,
  options: GenerateOptions = {},
): GeneratedSpec {
  const version = options.asyncapi ?? DEFAULT_ASYNCAPI_VERSION;
  if (!isAsyncApiVersion(version)) {
    throw new InputError({
      message: `asyncapi version ${JSON.stringify(version)} cannot be generated; choose one of ${ASYNCAPI_VERSIONS.join(', ')}`,
    });
  }
  const state: State = {
    servers: {},
    schemas: {},
    channels: {},
    origins: new Map(),
    components: new Map(),
    channelOwners: new Map(),
    operationIds: new Map(),
    problems: [],
    budget: { nodes: 0 },
    warn: options.warn ?? (() => undefined),
  };
  for (const source of resources) addResource(state, source);
  if (state.problems.length > 0) throw new InputError(state.problems);

  const document: Record<string, unknown> = {
    asyncapi: DEFAULT_ASYNCAPI_VERSION,
    defaultContentType: CONTENT_TYPE,
    info: { title: String(info.title), description: String(info.description), version: String(info.version) },
    servers: state.servers,
    components: { schemas: state.schemas },
    channels: state.channels,
  };
  const spec = { document, origins: state.origins };
  return version === DEFAULT_ASYNCAPI_VERSION ? spec : toAsyncApi3(spec, version);
}

function addResource(state: State, source: ResourceInput): void {
  const root: Place = { source, path: [] };
  const data = recordAt(root, source.data, 'a resource');
  const name = own(data, 'kind');
  if (typeof name !== 'string' || name === '')
    return fail(at(root, 'kind'), 'a resource needs a `kind`: a non-empty string');
  const schemaPlace = at(root, 'schema');
  const schema = recordAt(schemaPlace, own(data, 'schema'), '`schema`');
  const itemsPlace = at(schemaPlace, 'items');
  const items = recordAt(itemsPlace, own(schema, 'items'), '`schema.items`');

  const registered = registerComponent(
    state,
    name,
    { role: 'resource', place: at(root, 'kind'), content: items },
    itemsPlace,
    () => withoutDescriptions(items, itemsPlace, state.budget),
  );
  if (!registered) return;

  const asyncapiPlace = at(root, 'asyncapi');
  const asyncapi = optionalRecord(asyncapiPlace, own(data, 'asyncapi'), '`asyncapi`') ?? {};
  mergeServers(state, asyncapi, asyncapiPlace);
  const flags = readFlags(asyncapi, asyncapiPlace);
  const prefix = versionPrefix(data, root);
  if (!flags.resources && !flags.instances && !flags.instanceAttrs) return;

  walkResource(state, {
    name,
    schema,
    schemaPlace,
    items,
    base: `${prefix}/${checkSegment(at(root, 'kind'), name, 'kind')}`,
    keys: [],
    flags,
    defaults: readDefaults(data, root),
  });
}

/** The resource component: `items` as written, minus `descriptions` (they feed channel texts). */
function withoutDescriptions(items: Record<string, unknown>, place: Place, budget: Budget): Record<string, unknown> {
  // Clone whole, then drop: a cycle through `items` itself is caught at its first repetition.
  const copy = cloneData(items, place, budget) as Record<string, unknown>;
  delete copy.descriptions;
  return withoutReferences(copy);
}

/**
 * Adds `components.schemas.<name>` unless the name is taken. A sub-resource used again with the
 * same content (one schema embedded under two parents) shares the first one's component; any
 * other reuse of a name would overwrite a schema (firestone defect 10) and is a problem.
 * Returns whether the caller should go on with this (sub-)resource.
 */
function registerComponent(
  state: State,
  name: string,
  owner: ComponentOwner,
  itemsPlace: Place,
  build: () => unknown,
): boolean {
  const prior = state.components.get(name);
  if (prior) {
    if (prior.role === 'sub-resource' && owner.role === 'sub-resource' && dataEqual(prior.content, owner.content))
      return true;
    state.problems.push(problemAt(owner.place, conflictMessage(name, prior, owner)));
    return false;
  }
  state.components.set(name, owner);
  put(state.schemas, name, build());
  noteOrigin(state, childPointer('/components/schemas', name), itemsPlace);
  return true;
}

function conflictMessage(name: string, prior: ComponentOwner, owner: ComponentOwner): string {
  const where = describePlace(prior.place);
  const quoted = JSON.stringify(name);
  if (prior.role === 'resource' && owner.role === 'resource') {
    return `kind ${quoted} is already used by the resource at ${where}; two resources of one spec cannot share a kind`;
  }
  if (prior.role === 'resource') {
    return `sub-resource ${quoted} has the same name as the kind of the resource at ${where}; its component schema would overwrite that resource's`;
  }
  if (owner.role === 'resource') {
    return `kind ${quoted} has the same name as the sub-resource at ${where}; their component schemas would overwrite each other`;
  }
  return `sub-resource ${quoted} has a different schema from the sub-resource of the same name at ${where}; their component schemas would overwrite each other`;
}

/** All resources' servers in one map; a later file's server of the same name wins. */
function mergeServers(state: State, asyncapi: Record<string, unknown>, asyncapiPlace: Place): void {
  const place = at(asyncapiPlace, 'servers');
  const servers = optionalRecord(place, own(asyncapi, 'servers'), '`asyncapi.servers`');
  if (!servers) return;
  for (const name of Object.keys(servers)) {
    put(state.servers, name, cloneData(servers[name], at(place, name), state.budget));
    noteOrigin(state, childPointer('/servers', name), at(place, name));
  }
}

function readFlags(asyncapi: Record<string, unknown>, asyncapiPlace: Place): Flags {
  const place = at(asyncapiPlace, 'channels');
  const channels = optionalRecord(place, own(asyncapi, 'channels'), '`asyncapi.channels`') ?? {};
  return {
    resources: own(channels, 'resources') === true,
    instances: own(channels, 'instances') === true,
    instanceAttrs: own(channels, 'instance_attrs') === true,
  };
}

// ---------------------------------------------------------------------------------------------
// Channels

/**
 * firestone's rule, kept: channels only when `methods` is absent, empty, or lists `get` (an empty
 * list means "no restriction" throughout firestone). A mapping (the OpenAPI form) never lists `get`
 * for firestone's test: a non-empty one makes no channels, with a warning (src/resource/methods.ts).
 */
function allowsGet(state: State, methods: unknown, place: Place): boolean {
  if (isRecord(methods)) {
    const allowed = asyncapiAllowsGet(methods);
    if (!allowed) {
      state.warn(
        `${describePlace(place)}: \`methods\` is a mapping of levels (the OpenAPI form); firestone's AsyncAPI generator finds no \`get\` in it and makes no channels here: write a list such as [get, post] for channels`,
      );
    }
    return allowed;
  }
  const list = optionalArray(place, methods, '`methods`');
  return list === undefined || asyncapiAllowsGet(list);
}

function walkResource(state: State, res: ResourceWalk): void {
  if (!allowsGet(state, own(res.schema, 'methods'), at(res.schemaPlace, 'methods'))) return;
  const { flags } = res;
  const itemsPlace = at(res.schemaPlace, 'items');
  const itemsDescriptions = { owner: res.items, place: itemsPlace };

  if (flags.resources) {
    addChannel(state, res, {
      path: res.base,
      keys: res.keys,
      place: res.schemaPlace,
      descriptions: { owner: res.schema, place: res.schemaPlace },
      query: { owner: res.schema, place: res.schemaPlace },
      payload: { ref: [res.name], place: itemsPlace, list: true },
    });
  }
  if (!flags.instances && !flags.instanceAttrs) return;

  const key = readKey(res.schema, res.schemaPlace, res.keys, 'channel');
  const keys = [...res.keys, key];
  const instanceBase = `${res.base}/{${key.name}}`;
  if (flags.instances) {
    addChannel(state, res, {
      path: instanceBase,
      keys,
      place: itemsPlace,
      descriptions: itemsDescriptions,
      query: { owner: res.schema, place: res.schemaPlace },
      payload: { ref: [res.name], place: itemsPlace, list: false },
    });
  }
  if (flags.instanceAttrs) walkAttributes(state, res, keys, instanceBase);
}

function walkAttributes(state: State, res: ResourceWalk, keys: readonly KeyInfo[], instanceBase: string): void {
  const itemsPlace = at(res.schemaPlace, 'items');
  const propsPlace = at(itemsPlace, 'properties');
  const props = optionalRecord(propsPlace, own(res.items, 'properties'), '`properties`');
  if (!props) {
    const pos = describePlace(itemsPlace);
    state.warn(
      `${pos}: \`instance_attrs: true\` makes no attribute channels for ${JSON.stringify(res.name)}: its \`items\` has no \`properties\` (firestone makes none either)`,
    );
    return;
  }
  for (const prop of Object.keys(props)) {
    const propPlace = at(propsPlace, prop);
    const value = props[prop];
    if (isRecord(value) && Object.hasOwn(value, 'expose') && !value.expose) continue;
    const path = `${instanceBase}/${checkSegment(propPlace, prop, 'property')}`;
    if (isRecord(value) && Object.hasOwn(value, 'schema')) {
      addSubResource(state, res, keys, prop, value, propPlace, path);
      continue;
    }
    addChannel(state, res, {
      path,
      keys,
      place: propPlace,
      descriptions: { owner: res.items, place: itemsPlace },
      query: { owner: value, place: propPlace },
      payload: { ref: [res.name, 'properties', prop], place: propPlace, list: false },
    });
  }
}

/** A property with its own `schema`: a component `<prop>` (items as written) and its channels below `path`. */
function addSubResource(
  state: State,
  parent: ResourceWalk,
  keys: readonly KeyInfo[],
  prop: string,
  value: Record<string, unknown>,
  propPlace: Place,
  path: string,
): void {
  const schemaPlace = at(propPlace, 'schema');
  const schema = recordAt(schemaPlace, own(value, 'schema'), 'a sub-resource `schema`');
  const itemsPlace = at(schemaPlace, 'items');
  const items = recordAt(itemsPlace, own(schema, 'items'), 'a sub-resource `schema.items`');
  const owner: ComponentOwner = { role: 'sub-resource', place: propPlace, content: items };
  const build = (): unknown => withoutReferences(cloneData(items, itemsPlace, state.budget));
  if (!registerComponent(state, prop, owner, itemsPlace, build)) return;
  walkResource(state, { ...parent, name: prop, schema, schemaPlace, items, base: path, keys });
}

interface ChannelSpec {
  path: string;
  keys: readonly KeyInfo[];
  /** The schema that makes the channel: its origin. */
  place: Place;
  /** The object whose `descriptions` give the operation descriptions. */
  descriptions: { owner: Record<string, unknown>; place: Place };
  /** The schema whose `query_params` (if any) make the query. */
  query: { owner: unknown; place: Place };
  /** Payload `$ref` target (pointer segments below components/schemas) and the schema it is. */
  payload: { ref: readonly string[]; place: Place; list: boolean };
}

function addChannel(state: State, res: ResourceWalk, spec: ChannelSpec): void {
  const prior = state.channelOwners.get(spec.path);
  if (prior) {
    state.problems.push(problemAt(spec.place, `channel ${spec.path} is also made by ${describePlace(prior)}`));
    return;
  }
  const operationIds = operationIdsOf(spec.path);
  const clash = operationIds.find((id) => state.operationIds.has(id));
  if (clash !== undefined) {
    const other = state.operationIds.get(clash) as { path: string; place: Place };
    state.problems.push(
      problemAt(
        spec.place,
        `channel ${spec.path} (made by ${describePlace(spec.place)}) gets operationId ${clash}, which channel ` +
          `${other.path} (made by ${describePlace(other.place)}) already has; rename one of them`,
      ),
    );
    return;
  }
  state.channelOwners.set(spec.path, spec.place);
  for (const id of operationIds) state.operationIds.set(id, { path: spec.path, place: spec.place });

  const pointer = childPointer('/channels', spec.path);
  const channel: Record<string, unknown> = {
    description: `Channel for ${spec.path}`,
    parameters: buildParameters(state, spec, pointer),
  };
  OPERATIONS.forEach((def, i) => {
    channel[def.op] = buildOperation(state, res, spec, def, operationIds[i] as string, `${pointer}/${def.op}`);
  });
  state.channels[spec.path] = channel;
  noteOrigin(state, pointer, spec.place);
}

/** firestone's operationId (shared with OpenAPI), for each operation in order. */
function operationIdsOf(path: string): string[] {
  return OPERATIONS.map((def) => operationId(path, def.op));
}

/** Keys whose `{name}` placeholder is in the path (defect 6: not a substring match). */
function buildParameters(state: State, spec: ChannelSpec, pointer: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of keysInPath(spec.keys, spec.path)) {
    const param: Record<string, unknown> = {};
    if (key.description !== undefined) param.description = key.description;
    param.schema = keySchema(key, state.budget);
    put(params, key.name, param);
    noteOrigin(state, childPointer(`${pointer}/parameters`, key.name), key.place);
  }
  return params;
}

function buildOperation(
  state: State,
  res: ResourceWalk,
  spec: ChannelSpec,
  def: OperationDef,
  operationId: string,
  pointer: string,
): Record<string, unknown> {
  const { owner, place } = spec.descriptions;
  const descsPlace = at(place, 'descriptions');
  const descs = optionalRecord(descsPlace, own(owner, 'descriptions'), '`descriptions`') ?? {};
  const writtenPlace = at(descsPlace, def.method);
  const written = optionalString(writtenPlace, own(descs, def.method), `\`descriptions.${def.method}\``);
  if (written !== undefined) noteOrigin(state, `${pointer}/description`, writtenPlace);

  const ref = { $ref: refFragment(['components', 'schemas', ...spec.payload.ref]) };
  const asList = spec.payload.list && def.op === 'subscribe';
  // A list payload maps to the schema block, so `payload/items` lands on `schema/items`.
  noteOrigin(state, `${pointer}/message/payload`, asList ? parentPlace(spec.payload.place) : spec.payload.place);

  return {
    operationId,
    description: written ?? `${def.fallback} ${spec.path}`,
    message: {
      name: res.name,
      contentType: CONTENT_TYPE,
      payload: asList ? { type: 'array', items: ref } : ref,
    },
    bindings: {
      ws: { method: def.method, query: buildQuery(state, res, spec, def, `${pointer}/bindings/ws/query`) },
    },
    tags: [{ name: res.name }],
  };
}

/**
 * `bindings.ws.query`: only when the channel's schema has `query_params`; its own parameters,
 * then the root resource's defaults, each kept only if its `methods` (when non-empty) list this
 * operation's method. Each operation filters on its own (defect 4).
 */
function buildQuery(
  state: State,
  res: ResourceWalk,
  spec: ChannelSpec,
  def: OperationDef,
  pointer: string,
): Record<string, unknown> {
  const { owner, place } = spec.query;
  if (!isRecord(owner) || !Object.hasOwn(owner, 'query_params')) return {};
  const listPlace = at(place, 'query_params');
  const list = optionalArray(listPlace, owner.query_params, '`query_params`') ?? [];
  const entries: QueryParamEntry[] = [...list.map((value, i) => ({ value, place: at(listPlace, i) })), ...res.defaults];
  // A change anywhere in the query is about the query_params list, not the schema that holds it.
  noteOrigin(state, pointer, listPlace);

  const required: string[] = [];
  // A repeated name keeps its first position and takes the last definition, as firestone's dict does.
  const chosen = new Map<string, { param: Record<string, unknown>; entry: QueryParamEntry }>();
  for (const entry of entries) {
    const param = recordAt(entry.place, entry.value, 'a query parameter');
    const name = optionalString(at(entry.place, 'name'), own(param, 'name'), 'a query parameter `name`');
    if (name === undefined) return fail(entry.place, 'a query parameter needs a `name`');
    const methods = optionalArray(at(entry.place, 'methods'), own(param, 'methods'), '`methods`');
    if (methods !== undefined && methods.length > 0 && !methods.includes(def.method)) continue;

    if (own(param, 'required') === true && !required.includes(name)) {
      required.push(name);
      noteOrigin(state, `${pointer}/required/${required.length - 1}`, at(entry.place, 'required'));
    }
    chosen.set(name, { param, entry });
  }
  const properties: Record<string, unknown> = {};
  for (const [name, { param, entry }] of chosen) {
    put(properties, name, queryProperty(state, param, entry, childPointer(`${pointer}/properties`, name)));
  }
  return { type: 'object', required, properties };
}

/** `{description, ...schema}`; the schema defaults to `{type: string}`, and may override the description. */
function queryProperty(
  state: State,
  param: Record<string, unknown>,
  entry: QueryParamEntry,
  pointer: string,
): Record<string, unknown> {
  noteOrigin(state, pointer, entry.place);
  const property: Record<string, unknown> = {};
  const descriptionPlace = at(entry.place, 'description');
  const description = optionalString(descriptionPlace, own(param, 'description'), 'a query parameter `description`');
  if (description !== undefined) {
    property.description = description;
    noteOrigin(state, `${pointer}/description`, descriptionPlace);
  }
  const schemaPlace = at(entry.place, 'schema');
  const schema = optionalRecord(schemaPlace, own(param, 'schema'), 'a query parameter `schema`') ?? { type: 'string' };
  const written = Object.hasOwn(param, 'schema');
  for (const k of Object.keys(schema)) {
    if (!written) {
      put(property, k, schema[k]);
      continue;
    }
    const place = at(schemaPlace, k);
    put(property, k, cloneData(schema[k], place, state.budget));
    // The node sits one level up in the output than in the resource: map it exactly.
    noteOrigin(state, childPointer(pointer, k), place);
  }
  return property;
}
