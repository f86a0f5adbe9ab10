/**
 * firestone resources → OpenAPI 3.0.x / 3.1.x document (docs/openapi-generation.md): the document
 * `firestone generate … openapi` writes, with its defects fixed (the table OA-1…OA-21 there).
 *
 * Pure, like the AsyncAPI generator: no I/O, the input is never mutated, every node of the output
 * is a fresh copy (no YAML anchors), and each path, operation, parameter and component remembers
 * the resource place that made it (`origins`).
 */
import { InputError, type Problem } from '../errors';
import type { GeneratedSpec, Origin, SpecInfo } from '../types';
import { dataEqual, isRecord, ownValue, setOwn } from '../util/data';
import { childPointer } from '../util/pointer';
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

/** What firestone writes, and the default. */
export const DEFAULT_OPENAPI_VERSION = '3.0.0';
/** The versions this tool writes, 3.0.x and 3.1.x (OA-19); the config schema checks the same pattern. */
export const OPENAPI_VERSION_PATTERN = '^3\\.[01]\\.(0|[1-9][0-9]*)$';
const OPENAPI_VERSION = new RegExp(OPENAPI_VERSION_PATTERN);

export const isOpenApiVersion = (v: unknown): v is string => typeof v === 'string' && OPENAPI_VERSION.test(v);

/** A version the user asked for by `option` (a CLI flag, a config key); else bad input (OA-19). */
export function parseOpenApiVersion(value: string, option: string): string {
  const v = value.trim();
  if (isOpenApiVersion(v)) return v;
  throw new InputError({ message: `${option} ${v}: OpenAPI 3.0.x or 3.1.x only` });
}

export interface OpenApiOptions {
  /** The `openapi` field; default `3.0.0`; `3.0.<n>` or `3.1.<n>`. */
  openapi?: string;
  /** firestone's `--prefix`: `servers: [{url: prefix}]`. */
  prefix?: string;
  /** `info.summary`, written for 3.1.x only (OpenAPI 3.0 has no such field). */
  summary?: string;
  /** Told about inputs that generate less than they seem to ask for (one line each, naming the file). */
  warn?: (message: string) => void;
}

const CONTENT_TYPE = 'application/json';

type Level = 'resource' | 'instance' | 'instance_attrs';
const LEVELS: readonly Level[] = ['resource', 'instance', 'instance_attrs'];

/** The methods each level knows, in output order; anything else listed is ignored (never `options`). */
const LEVEL_METHODS: Record<Level, readonly string[]> = {
  resource: ['delete', 'get', 'head', 'patch', 'post'],
  instance: ['delete', 'get', 'head', 'patch', 'put'],
  instance_attrs: ['delete', 'get', 'head', 'put'],
};

/** Keys firestone reads itself; they are not JSON Schema and never reach a component (OA-2). */
const FIRESTONE_KEYWORDS = new Set(['descriptions', 'expose', 'key', 'methods', 'query_params', 'references']);

const own = ownValue;
const put = setOwn;

/** `boxes` → `boxe`: one trailing `s` off, as firestone does it. */
export const singular = (name: string): string => (name.endsWith('s') ? name.slice(0, -1) : name);
/** First character upper-cased, the rest lower-cased (`postal_code` → `Postal_code`), as firestone. */
export const cap = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();

const schemaRef = (name: string): Record<string, unknown> => ({ $ref: refFragment(['components', 'schemas', name]) });

// ---------------------------------------------------------------------------------------------
// Generation state

interface State {
  readonly schemas: Record<string, unknown>;
  readonly schemaOwners: Map<string, Place>;
  readonly schemes: Record<string, unknown>;
  readonly schemeOwners: Map<string, Place>;
  readonly paths: Record<string, unknown>;
  readonly pathOwners: Map<string, Place>;
  readonly operationIds: Map<string, { path: string; place: Place }>;
  readonly origins: Map<string, Origin>;
  /** Clashes between files; all are reported together at the end. */
  readonly problems: Problem[];
  readonly budget: Budget;
  readonly warn: (message: string) => void;
}

function noteOrigin(state: State, pointer: string, place: Place): void {
  state.origins.set(pointer, origin(place));
}

/** The top-level resource: what its sub-resources inherit. */
interface Root {
  kind: string;
  defaults: readonly QueryParamEntry[];
  /** Whether the whole parameter list of an operation is de-duplicated by name (firestone does it then). */
  dedupe: boolean;
  security: Security | null;
}

interface Security {
  /** Scheme names, in the scheme map's order: each operation requirement lists them as alternatives. */
  names: readonly string[];
  levels: Record<Level, { methods: readonly unknown[]; place: Place }>;
}

/** Which methods a level generates: null = no path at all. */
type LevelMethods = { methods: string[]; place: Place; listed: readonly unknown[] | undefined } | null;

/** One resource or sub-resource being turned into paths. */
interface Node {
  root: Root;
  /** The kind, or the sub-resource's property name: `singular(name)` names its component. */
  name: string;
  top: boolean;
  data: Record<string, unknown>;
  rootPlace: Place;
  schema: Record<string, unknown>;
  schemaPlace: Place;
  items: Record<string, unknown>;
  itemsPlace: Place;
  /** Collection path. */
  base: string;
  /** Where the collection path was made (the schema, or the sub-resource's property). */
  basePlace: Place;
  /** Keys of the enclosing resources, outermost first. */
  keys: readonly KeyInfo[];
  levels: Record<Level, LevelMethods>;
}

// ---------------------------------------------------------------------------------------------
// Entry point

export function generateOpenApi(
  resources: readonly ResourceInput[],
  info: SpecInfo,
  options: OpenApiOptions = {},
): GeneratedSpec {
  // Callers check the version where the user wrote it (a CLI flag, a config key) and name that.
  const version = parseOpenApiVersion(options.openapi ?? DEFAULT_OPENAPI_VERSION, 'openapi');
  const warn = options.warn ?? (() => undefined);
  const state: State = {
    schemas: {},
    schemaOwners: new Map(),
    schemes: {},
    schemeOwners: new Map(),
    paths: {},
    pathOwners: new Map(),
    operationIds: new Map(),
    origins: new Map(),
    problems: [],
    budget: { nodes: 0 },
    warn,
  };
  for (const source of resources) addResource(state, source);
  if (state.problems.length > 0) throw new InputError(state.problems);

  const docInfo: Record<string, unknown> = { title: String(info.title) };
  // OA-19: firestone drops `-s`; 3.1 has `info.summary`, 3.0 has no place for it.
  if (options.summary !== undefined) {
    if (version.startsWith('3.1.')) docInfo.summary = String(options.summary);
    else warn(`--summary is written for OpenAPI 3.1.x only; OpenAPI ${version} has no info.summary`);
  }
  docInfo.description = String(info.description);
  docInfo.version = String(info.version);

  const document: Record<string, unknown> = { openapi: version, info: docInfo };
  if (options.prefix !== undefined) document.servers = [{ url: options.prefix }];
  const components: Record<string, unknown> = { schemas: state.schemas };
  if (Object.keys(state.schemes).length > 0) components.securitySchemes = state.schemes;
  document.components = components;
  document.paths = state.paths;
  return { document, origins: state.origins };
}

function addResource(state: State, source: ResourceInput): void {
  const rootPlace: Place = { source, path: [] };
  const data = recordAt(rootPlace, source.data, 'a resource');
  const kind = own(data, 'kind');
  if (typeof kind !== 'string' || kind === '')
    return fail(at(rootPlace, 'kind'), 'a resource needs a `kind`: a non-empty string');
  const schemaPlace = at(rootPlace, 'schema');
  const schema = recordAt(schemaPlace, own(data, 'schema'), '`schema`');
  const itemsPlace = at(schemaPlace, 'items');
  const items = recordAt(itemsPlace, own(schema, 'items'), '`schema.items`');
  const prefix = versionPrefix(data, rootPlace);
  const defaults = readDefaults(data, rootPlace);
  const root: Root = {
    kind,
    defaults,
    dedupe: defaults.length > 0,
    security: readSecurity(state, data, rootPlace),
  };
  const methodsPlace = at(rootPlace, 'methods');
  const methods = optionalRecord(
    methodsPlace,
    own(data, 'methods'),
    '`methods` (resource/instance/instance_attrs to method lists)',
  );
  walk(state, {
    root,
    name: kind,
    top: true,
    data,
    rootPlace,
    schema,
    schemaPlace,
    items,
    itemsPlace,
    base: `${prefix}/${checkSegment(at(rootPlace, 'kind'), kind, 'kind')}`,
    basePlace: schemaPlace,
    keys: [],
    levels: readLevels(methods, methodsPlace),
  });
}

/**
 * `methods.resource` absent or empty: all five; `instance`/`instance_attrs` absent or empty: none.
 * A listed method the level does not know is ignored.
 */
function readLevels(methods: Record<string, unknown> | undefined, place: Place): Record<Level, LevelMethods> {
  const out = {} as Record<Level, LevelMethods>;
  for (const level of LEVELS) {
    const levelPlace = at(place, level);
    const listed = methods ? optionalArray(levelPlace, own(methods, level), `\`methods.${level}\``) : undefined;
    if (listed === undefined || listed.length === 0) {
      out[level] = level === 'resource' ? { methods: [...LEVEL_METHODS.resource], place, listed: undefined } : null;
    } else {
      out[level] = { methods: LEVEL_METHODS[level].filter((m) => listed.includes(m)), place: levelPlace, listed };
    }
  }
  return out;
}

/** `security.scheme` and the level lists (section "Security" of docs/openapi-generation.md). */
function readSecurity(state: State, data: Record<string, unknown>, rootPlace: Place): Security | null {
  const place = at(rootPlace, 'security');
  const security = optionalRecord(place, own(data, 'security'), '`security`');
  if (!security) return null;
  const schemePlace = at(place, 'scheme');
  const scheme = optionalRecord(schemePlace, own(security, 'scheme'), '`security.scheme`') ?? {};
  const names = Object.keys(scheme);
  const levels = {} as Security['levels'];
  for (const level of LEVELS) {
    const levelPlace = at(place, level);
    const methods = optionalArray(levelPlace, own(security, level), `\`security.${level}\``) ?? [];
    // OA-8: firestone crashes on level lists without a scheme; nothing could secure them.
    if (methods.length > 0 && names.length === 0)
      fail(levelPlace, `security lists methods for '${level}' but declares no scheme`);
    levels[level] = { methods, place: levelPlace };
  }
  if (names.length > 0 && LEVELS.every((l) => levels[l].methods.length === 0)) {
    state.warn(
      `${describePlace(schemePlace)}: security.scheme declares ${names.join(', ')} but no level (resource, instance, instance_attrs) lists a method: no operation is secured (as in firestone)`,
    );
  }
  for (const name of names) {
    const at_ = at(schemePlace, name);
    const definition = cloneData(scheme[name], at_, state.budget);
    const prior = state.schemeOwners.get(name);
    if (prior) {
      // Equal definitions in several files are one scheme; different ones would replace each other (OA-8).
      if (!dataEqual(state.schemes[name], definition)) {
        state.problems.push(
          problemAt(
            at_,
            `${describePlace(prior)} and ${describePlace(at_)} define security scheme '${name}' differently`,
          ),
        );
      }
      continue;
    }
    state.schemeOwners.set(name, at_);
    put(state.schemes, name, definition);
    noteOrigin(state, childPointer('/components/securitySchemes', name), at_);
  }
  return { names, levels };
}

// ---------------------------------------------------------------------------------------------
// Components

/**
 * Adds `components.schemas.<name>`; the same name again is fine only with an equal definition
 * (then it is one component), anything else is a clash naming both places (OA-15).
 */
function registerSchema(state: State, name: string, content: unknown, place: Place, extra?: () => void): void {
  const prior = state.schemaOwners.get(name);
  if (prior) {
    if (!dataEqual(state.schemas[name], content)) {
      state.problems.push(
        problemAt(
          place,
          `${describePlace(prior)} and ${describePlace(place)} both produce OpenAPI schema '${name}' with different definitions`,
        ),
      );
    }
    return;
  }
  state.schemaOwners.set(name, place);
  put(state.schemas, name, content);
  noteOrigin(state, childPointer('/components/schemas', name), place);
  extra?.();
}

const isSubResource = (value: unknown): value is Record<string, unknown> & { schema: Record<string, unknown> } =>
  isRecord(value) && isRecord(own(value, 'schema')) && Object.hasOwn(value.schema as object, 'items');

/**
 * An items schema without firestone's keywords (OA-2): each property cleaned, `required` kept or
 * not. Sub-resource properties become `$ref`s to their own components, which this registers.
 */
function cleanItems(
  state: State,
  items: Record<string, unknown>,
  place: Place,
  keepRequired: boolean,
  pointer: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(items)) {
    if (FIRESTONE_KEYWORDS.has(key)) continue;
    const value = items[key];
    if (key === 'required' && !keepRequired && Array.isArray(value) && value.length > 0) continue;
    if (key === 'properties' && isRecord(value)) {
      const props: Record<string, unknown> = {};
      for (const prop of Object.keys(value)) {
        const propPlace = at(place, 'properties', prop);
        const propPointer = childPointer(`${pointer}/properties`, prop);
        put(props, prop, cleanProperty(state, prop, value[prop], propPlace, propPointer));
      }
      out.properties = props;
      continue;
    }
    put(out, key, withoutReferences(cloneData(value, at(place, key), state.budget)));
  }
  return out;
}

/**
 * One property of an items schema: a sub-resource is `$ref`'d (its component `<prop>` holds its
 * items, `required` kept); a `schema` wrapper without `items` is unwrapped into the property, the
 * property's own keys winning; firestone's keywords are dropped.
 */
function cleanProperty(state: State, prop: string, value: unknown, place: Place, pointer?: string): unknown {
  if (!isRecord(value)) return cloneData(value, place, state.budget);
  if (isSubResource(value)) {
    addSubResourceComponent(state, prop, value, place);
    if (pointer) noteOrigin(state, pointer, place);
    return schemaRef(prop);
  }
  const out: Record<string, unknown> = {};
  const wrapped = own(value, 'schema');
  if (isRecord(wrapped)) {
    for (const key of Object.keys(wrapped)) {
      if (FIRESTONE_KEYWORDS.has(key) || Object.hasOwn(value, key)) continue;
      put(out, key, withoutReferences(cloneData(wrapped[key], at(place, 'schema', key), state.budget)));
      if (pointer) noteOrigin(state, childPointer(pointer, key), at(place, 'schema', key));
    }
  }
  for (const key of Object.keys(value)) {
    if (FIRESTONE_KEYWORDS.has(key) || (key === 'schema' && isRecord(wrapped))) continue;
    put(out, key, withoutReferences(cloneData(value[key], at(place, key), state.budget)));
  }
  if (pointer) noteOrigin(state, pointer, place);
  return out;
}

/** `components.schemas.<prop>` of a sub-resource: its items, cleaned, `required` kept; always made. */
function addSubResourceComponent(state: State, prop: string, value: Record<string, unknown>, propPlace: Place): void {
  const schemaPlace = at(propPlace, 'schema');
  const itemsPlace = at(schemaPlace, 'items');
  const items = recordAt(
    itemsPlace,
    own(value.schema as Record<string, unknown>, 'items'),
    'a sub-resource `schema.items`',
  );
  const pointer = childPointer('/components/schemas', prop);
  // Built before registering, as the components of nested sub-resources are registered on the way.
  const content = cleanItems(state, items, itemsPlace, true, pointer);
  registerSchema(state, prop, content, itemsPlace);
}

/** `singular(name)`, and the `Create…`/`Update…` models an operation refers to (OA-1). */
function addNodeComponents(state: State, node: Node): void {
  const S = singular(node.name);
  const sPointer = childPointer('/components/schemas', S);
  // A sub-resource whose name has no trailing `s` shares its `<name>` component (required kept).
  const keepRequired = !node.top && S === node.name;
  registerSchema(state, S, cleanItems(state, node.items, node.itemsPlace, keepRequired, sPointer), node.itemsPlace);

  const collection = node.levels.resource;
  if (collection?.methods.includes('post')) {
    const required = own(node.items, 'required');
    const extra: Record<string, unknown> = { type: 'object' };
    if (Array.isArray(required) && required.length > 0)
      extra.required = cloneData(required, at(node.itemsPlace, 'required'), state.budget);
    const name = `Create${cap(S)}`;
    registerSchema(state, name, { allOf: [schemaRef(S), extra] }, node.itemsPlace, () => {
      // The second member stands for the items schema: a change to one of its properties (one
      // that became required) is traced to that property's line, as AsyncAPI traces it.
      noteOrigin(state, `${childPointer('/components/schemas', name)}/allOf/1`, node.itemsPlace);
      if (extra.required)
        noteOrigin(
          state,
          `${childPointer('/components/schemas', name)}/allOf/1/required`,
          at(node.itemsPlace, 'required'),
        );
    });
  }
  if (node.levels.instance?.methods.includes('put')) {
    registerSchema(state, `Update${cap(S)}`, { allOf: [schemaRef(S), { type: 'object' }] }, node.itemsPlace);
  }
}

// ---------------------------------------------------------------------------------------------
// Paths

function walk(state: State, node: Node): void {
  addNodeComponents(state, node);
  const S = singular(node.name);

  const collection = node.levels.resource;
  if (collection) {
    addPath(state, node, {
      level: 'resource',
      path: node.base,
      place: node.basePlace,
      keys: node.keys,
      methods: collection,
      body: (method) => collectionBody(S, method),
      bodyPlace: node.itemsPlace,
    });
  }
  const instance = node.levels.instance;
  const attrs = node.levels.instance_attrs;
  if (!instance && !attrs) return;

  const key = readKey(node.schema, node.schemaPlace, node.keys, 'path');
  const keys = [...node.keys, key];
  const instanceBase = `${node.base}/{${key.name}}`;
  if (instance) {
    addPath(state, node, {
      level: 'instance',
      path: instanceBase,
      place: key.place,
      keys,
      methods: instance,
      body: (method) => instanceBody(S, method),
      bodyPlace: node.itemsPlace,
    });
  }
  if (attrs) walkAttributes(state, node, keys, instanceBase, attrs);
}

function walkAttributes(
  state: State,
  node: Node,
  keys: readonly KeyInfo[],
  instanceBase: string,
  attrs: NonNullable<LevelMethods>,
): void {
  const propsPlace = at(node.itemsPlace, 'properties');
  const props = optionalRecord(propsPlace, own(node.items, 'properties'), '`properties`');
  if (!props) {
    state.warn(
      `${describePlace(node.itemsPlace)}: \`instance_attrs\` makes no attribute paths for ${JSON.stringify(node.name)}: its \`items\` has no \`properties\` (firestone makes none either)`,
    );
    return;
  }
  // A sub-resource is walked when its parent generates at least one attribute method.
  const walks = attrs.methods.length > 0;
  for (const prop of Object.keys(props)) {
    const propPlace = at(propsPlace, prop);
    const value = props[prop];
    if (isRecord(value) && Object.hasOwn(value, 'expose') && !value.expose) continue;
    const path = `${instanceBase}/${checkSegment(propPlace, prop, 'property')}`;
    if (isSubResource(value) && walks) {
      walkSubResource(state, node, keys, prop, value, propPlace, path);
      continue;
    }
    const attrSchema = (): unknown => attributeSchema(state, prop, value, propPlace);
    addPath(state, node, {
      level: 'instance_attrs',
      path,
      place: propPlace,
      keys,
      methods: attrs,
      body: (method) => attributeBody(attrSchema, method),
      bodyPlace: propPlace,
    });
  }
}

/** An attribute's schema: the property cleaned; `items` instead when it has a non-array `type`. */
function attributeSchema(state: State, prop: string, value: unknown, place: Place): unknown {
  const cleaned = cleanProperty(state, prop, value, place);
  if (!isRecord(cleaned)) return cleaned;
  const type = own(cleaned, 'type');
  if (Object.hasOwn(cleaned, 'items') && type !== undefined && type !== 'array') return cleaned.items;
  return cleaned;
}

function walkSubResource(
  state: State,
  parent: Node,
  keys: readonly KeyInfo[],
  prop: string,
  value: Record<string, unknown> & { schema: Record<string, unknown> },
  propPlace: Place,
  path: string,
): void {
  const schemaPlace = at(propPlace, 'schema');
  const schema = value.schema;
  const itemsPlace = at(schemaPlace, 'items');
  const items = recordAt(itemsPlace, own(schema, 'items'), 'a sub-resource `schema.items`');
  const methodsPlace = at(schemaPlace, 'methods');
  const methods = own(schema, 'methods');
  if (methods !== undefined && !isRecord(methods)) {
    // OA-10: the list form is AsyncAPI's; OpenAPI needs to know the level of each method.
    fail(
      methodsPlace,
      `sub-resource '${prop}': schema.methods must map resource/instance/instance_attrs to method lists for OpenAPI`,
    );
  }
  walk(state, {
    root: parent.root,
    name: prop,
    top: false,
    data: parent.data,
    rootPlace: parent.rootPlace,
    schema,
    schemaPlace,
    items,
    itemsPlace,
    base: path,
    basePlace: propPlace,
    keys,
    levels: readLevels(methods as Record<string, unknown> | undefined, methodsPlace),
  });
}

// ---------------------------------------------------------------------------------------------
// Operations

interface Body {
  request?: unknown;
  status: '200' | '201';
  response: unknown;
}

function collectionBody(S: string, method: string): Body {
  if (method === 'get') return { status: '200', response: { type: 'array', items: schemaRef(S) } };
  if (method === 'post') {
    const create = `Create${cap(S)}`;
    return { status: '201', request: schemaRef(create), response: schemaRef(create) };
  }
  return { status: '200', response: schemaRef(S) };
}

function instanceBody(S: string, method: string): Body {
  if (method === 'put') {
    const update = `Update${cap(S)}`;
    return { status: '200', request: schemaRef(update), response: schemaRef(update) };
  }
  return { status: '200', response: schemaRef(S) };
}

function attributeBody(schema: () => unknown, method: string): Body {
  if (method === 'put') return { status: '200', request: schema(), response: schema() };
  return { status: '200', response: schema() };
}

interface PathSpec {
  level: Level;
  path: string;
  /** The resource place that makes the path. */
  place: Place;
  /** Keys in scope, outermost first; those with a `{name}` in the path become path parameters. */
  keys: readonly KeyInfo[];
  methods: NonNullable<LevelMethods>;
  /** Request and response of a (non-head) method. */
  body: (method: string) => Body;
  bodyPlace: Place;
}

const STATUS_TEXT = { '200': 'Response for OK', '201': 'Response for CREATED' } as const;

function addPath(state: State, node: Node, spec: PathSpec): void {
  const prior = state.pathOwners.get(spec.path);
  if (prior) {
    state.problems.push(
      problemAt(spec.place, `${describePlace(prior)} and ${describePlace(spec.place)} both produce path ${spec.path}`),
    );
    return;
  }
  state.pathOwners.set(spec.path, spec.place);
  const pointer = childPointer('/paths', spec.path);
  const item: Record<string, unknown> = {};
  state.paths[spec.path] = item;
  noteOrigin(state, pointer, spec.place);

  for (const method of spec.methods.methods) {
    const id = operationId(spec.path, method);
    const clash = state.operationIds.get(id);
    if (clash) {
      // OA-17: `/v1_pets` and `/v1/pets` give one operationId.
      state.problems.push(
        problemAt(
          spec.place,
          `${describePlace(clash.place)} and ${describePlace(spec.place)} both produce operationId '${id}' (${clash.path}, ${spec.path})`,
        ),
      );
      continue;
    }
    state.operationIds.set(id, { path: spec.path, place: spec.place });
    item[method] = buildOperation(state, node, spec, method, id, `${pointer}/${method}`);
  }
}

function buildOperation(
  state: State,
  node: Node,
  spec: PathSpec,
  method: string,
  id: string,
  pointer: string,
): Record<string, unknown> {
  const listedAt = spec.methods.listed?.indexOf(method) ?? -1;
  noteOrigin(state, pointer, listedAt >= 0 ? at(spec.methods.place, listedAt) : spec.place);

  const written = writtenDescription(node, spec.level, method);
  if (written) noteOrigin(state, `${pointer}/description`, written.place);
  const op: Record<string, unknown> = {
    description: written?.text ?? `${method} operation for ${spec.path}`,
    operationId: id,
    parameters: buildParameters(state, node, spec, method, `${pointer}/parameters`),
  };
  if (method === 'head') {
    op.responses = { default: { description: 'Default HEAD response' } };
  } else {
    const body = spec.body(method);
    if (body.request !== undefined) {
      op.requestBody = {
        content: { [CONTENT_TYPE]: { schema: body.request } },
        description: `The request body for ${spec.path}`,
        required: true,
      };
      noteOrigin(state, `${pointer}/requestBody`, spec.bodyPlace);
    }
    op.responses = {
      [body.status]: { content: { [CONTENT_TYPE]: { schema: body.response } }, description: STATUS_TEXT[body.status] },
    };
    noteOrigin(state, `${pointer}/responses`, spec.bodyPlace);
  }
  const security = node.root.security;
  if (security && security.levels[spec.level].methods.includes(method)) {
    op.security = security.names.map((name) => ({ [name]: [] }));
    noteOrigin(state, `${pointer}/security`, security.levels[spec.level].place);
  }
  op.tags = [node.root.kind];
  return op;
}

/**
 * A top-level resource's `descriptions.resource.<method>` / `descriptions.instance.<method>`;
 * sub-resources and attributes use the default text. Only a string can be a description (OA-18).
 */
function writtenDescription(node: Node, level: Level, method: string): { text: string; place: Place } | undefined {
  if (!node.top || level === 'instance_attrs') return undefined;
  const descsPlace = at(node.rootPlace, 'descriptions');
  const descs = optionalRecord(descsPlace, own(node.data, 'descriptions'), '`descriptions`');
  if (!descs) return undefined;
  const sectionPlace = at(descsPlace, level);
  const section = optionalRecord(sectionPlace, own(descs, level), `\`descriptions.${level}\``);
  if (!section) return undefined;
  const place = at(sectionPlace, method);
  const text = own(section, method);
  if (text === undefined) return undefined;
  if (typeof text !== 'string')
    return fail(place, `descriptions.${level}.${method} must be a string (x-responses is not supported)`);
  // firestone falls back to its default text for an empty description.
  return text === '' ? undefined : { text, place };
}

/**
 * Query parameters of the (sub-)resource, then the path parameters, then, on collection operations,
 * the top-level `default_query_params`; de-duplicated by name (first wins) when the resource has defaults.
 */
function buildParameters(
  state: State,
  node: Node,
  spec: PathSpec,
  method: string,
  pointer: string,
): Record<string, unknown>[] {
  const listPlace = at(node.schemaPlace, 'query_params');
  const list = optionalArray(listPlace, own(node.schema, 'query_params'), '`query_params`') ?? [];
  const entries = list.map((value, i) => ({ value, place: at(listPlace, i) }));
  const made: { param: Record<string, unknown>; place: Place; entry?: QueryParamEntry }[] = [];
  for (const entry of entries) {
    const param = queryParameter(state, entry, method);
    if (param) made.push({ param, place: entry.place, entry });
  }
  for (const key of keysInPath(spec.keys, spec.path)) {
    const param: Record<string, unknown> = { name: key.name, in: 'path', required: true };
    param.schema = keySchema(key, state.budget);
    if (key.description !== undefined) param.description = key.description;
    made.push({ param, place: key.place });
  }
  if (spec.level === 'resource') {
    for (const entry of node.root.defaults) {
      const param = queryParameter(state, entry, method);
      if (param) made.push({ param, place: entry.place, entry });
    }
  }
  const seen = new Set<unknown>();
  const kept = node.root.dedupe
    ? made.filter(({ param }) => (seen.has(param.name) ? false : (seen.add(param.name), true)))
    : made;
  return kept.map(({ param, place, entry }, i) => {
    const at_ = childPointer(pointer, i);
    noteOrigin(state, at_, place);
    if (entry && isRecord(entry.value) && Object.hasOwn(entry.value, 'schema'))
      noteOrigin(state, `${at_}/schema`, at(place, 'schema'));
    return param;
  });
}

/**
 * `{name, in: query, required, schema, description?}` of a `query_params` or `default_query_params`
 * entry, or null when its `methods` filter leaves this method out. The entry's own `in` is ignored
 * and other keys dropped (OA-7); `description` only when written (OA-5); a non-null `default` goes
 * into the schema (OA-6).
 */
function queryParameter(state: State, entry: QueryParamEntry, method: string): Record<string, unknown> | null {
  const fields = recordAt(entry.place, entry.value, 'a query parameter');
  const name = optionalString(at(entry.place, 'name'), own(fields, 'name'), 'a query parameter `name`');
  if (name === undefined) return fail(entry.place, 'a query parameter needs a `name`');
  const methods = optionalArray(at(entry.place, 'methods'), own(fields, 'methods'), '`methods`');
  if (methods !== undefined && methods.length > 0 && !methods.includes(method)) return null;

  const param: Record<string, unknown> = { name, in: 'query', required: own(fields, 'required') === true };
  const schemaPlace = at(entry.place, 'schema');
  const written = optionalRecord(schemaPlace, own(fields, 'schema'), 'a query parameter `schema`');
  const schema = written
    ? (cloneData(written, schemaPlace, state.budget) as Record<string, unknown>)
    : { type: 'string' };
  const fallback = own(fields, 'default');
  if (fallback !== undefined && fallback !== null)
    schema.default = cloneData(fallback, at(entry.place, 'default'), state.budget);
  param.schema = schema;
  const descriptionPlace = at(entry.place, 'description');
  const description = own(fields, 'description');
  if (description !== undefined) {
    if (typeof description !== 'string')
      return fail(descriptionPlace, `query parameter '${name}': description must be a string`);
    param.description = description;
  }
  return param;
}
