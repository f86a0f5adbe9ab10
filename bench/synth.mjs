/**
 * Deterministic synthetic firestone resources for the benchmark, and realistic edits to them.
 *
 * Everything is drawn from a seeded PRNG so two runs (and two machines) benchmark the same
 * input; the shapes follow GENERATION.md so every generator path is exercised: all channel
 * flags and their combinations, versioned paths, query params with and without `methods`,
 * `default_query_params`, `expose: false`, sub-resources (one nested two deep), post-only
 * resources (no channels) and resources without an `asyncapi` block (component only).
 */
import { stringify } from 'yaml';

/** mulberry32: tiny, fast, and good enough to pick shapes; the point is reproducibility. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const sample = (arr, n) => {
    const copy = [...arr];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, chance, sample };
}

const ADJECTIVES = [
  'billing',
  'catalog',
  'customer',
  'device',
  'fleet',
  'inventory',
  'ledger',
  'media',
  'network',
  'order',
  'partner',
  'payment',
  'report',
  'sensor',
  'shipping',
  'support',
  'tenant',
  'user',
  'warehouse',
  'workflow',
];
const NOUNS = [
  'accounts',
  'alerts',
  'batches',
  'events',
  'groups',
  'invoices',
  'items',
  'jobs',
  'notes',
  'plans',
  'policies',
  'records',
  'rules',
  'sessions',
  'snapshots',
  'tasks',
  'tickets',
  'tokens',
  'uploads',
  'zones',
];
const SUB_NOUNS = ['comments', 'attachments', 'revisions', 'members', 'readings', 'lines', 'steps', 'labels'];

const FIELD_WORDS = [
  'name',
  'title',
  'label',
  'status',
  'state',
  'owner',
  'email',
  'url',
  'region',
  'priority',
  'score',
  'count',
  'total',
  'weight',
  'quantity',
  'active',
  'archived',
  'verified',
  'created_at',
  'updated_at',
  'settings',
  'address',
  'limits',
  'tags',
  'scopes',
  'notes',
  'reference',
  'currency',
  'channel',
  'level',
  'ratio',
  'version',
  'locale',
  'timezone',
  'contact',
  'metadata',
  'flags',
  'color',
  'code',
  'summary',
];
const ENUM_POOLS = [
  ['draft', 'active', 'suspended', 'closed', 'archived'],
  ['low', 'medium', 'high', 'critical'],
  ['eur', 'usd', 'gbp', 'jpy', 'chf'],
  ['email', 'sms', 'push', 'webhook'],
  ['north', 'south', 'east', 'west'],
];
const FORMATS = ['date-time', 'email', 'uri', 'uuid', 'date', 'hostname'];
const PATTERNS = ['^[A-Z]{2}-[0-9]{4}$', '^[a-z0-9-]{3,32}$', '^#[0-9a-fA-F]{6}$', '^[A-Z]{3}$'];
const SERVERS = {
  dev: { url: 'ws://localhost:8080', protocol: 'ws', description: 'Local development gateway' },
  staging: { url: 'wss://staging.example.com/ws', protocol: 'wss', description: 'Staging gateway: pre-release builds' },
  production: { url: 'wss://api.example.com/ws', protocol: 'wss', description: 'Production gateway' },
  eu: {
    url: 'wss://{region}.eu.example.com/ws',
    protocol: 'wss',
    description: 'Regional gateway',
    variables: { region: { description: 'Deployment region', enum: ['west', 'central'], default: 'west' } },
  },
};

/** A property of the payload; `kindHint` lets mutations find what they need later. */
function property(r, word, depth = 0) {
  const description = r.chance(0.15) ? `The ${word} (e.g. "${word}: value" # as shown)` : `The ${word} of this record`;
  switch (r.pick(['string', 'string', 'integer', 'number', 'enum', 'enum', 'boolean', 'object', 'array'])) {
    case 'string': {
      const p = { description, type: 'string' };
      const flavour = r.int(0, 3);
      if (flavour === 0) p.format = r.pick(FORMATS);
      else if (flavour === 1) p.pattern = r.pick(PATTERNS);
      else if (flavour === 2) Object.assign(p, { minLength: 1, maxLength: r.pick([32, 64, 255, 1024]) });
      return p;
    }
    case 'integer':
      return { description, type: 'integer', minimum: r.pick([0, 1]), maximum: r.pick([10, 100, 1000, 65535]) };
    case 'number':
      return r.chance(0.5)
        ? { description, type: 'number', minimum: 0, exclusiveMaximum: r.pick([1, 100]) }
        : { description, type: 'number', multipleOf: 0.01 };
    case 'enum': {
      const pool = r.pick(ENUM_POOLS);
      return { description, type: 'string', enum: pool.slice(0, r.int(2, pool.length)) };
    }
    case 'boolean':
      return r.chance(0.5) ? { description, type: 'boolean', default: false } : { description, type: 'boolean' };
    case 'object': {
      if (depth > 0) return { description, type: 'string', maxLength: 64 };
      const names = r.sample(FIELD_WORDS, r.int(2, 4));
      const properties = Object.fromEntries(names.map((n) => [n, property(r, n, depth + 1)]));
      const p = { description, type: 'object', properties, required: [names[0]] };
      if (r.chance(0.4)) p.additionalProperties = false;
      return p;
    }
    default: {
      const items = r.pick([
        { type: 'string', maxLength: 64 },
        { type: 'integer', minimum: 0 },
        {
          type: 'object',
          properties: { id: { type: 'string', format: 'uuid' }, weight: { type: 'number' } },
          required: ['id'],
        },
      ]);
      const p = { description, type: 'array', items };
      if (r.chance(0.5)) p.maxItems = r.pick([10, 50, 100]);
      if (r.chance(0.3)) p.uniqueItems = true;
      return p;
    }
  }
}

function queryParams(r, scope) {
  const params = [];
  const n = r.int(0, 3);
  for (let i = 0; i < n; i++) {
    const param = {
      name: `${scope}_${['filter', 'sort', 'include', 'dry_run', 'since'][i % 5]}`,
      description: `Query parameter ${i} for ${scope}`,
    };
    if (r.chance(0.3)) param.required = true;
    const schema = r.pick([
      null,
      { type: 'string' },
      { type: 'boolean' },
      { type: 'string', format: 'date-time' },
      { type: 'string', enum: ['asc', 'desc'] },
    ]);
    if (schema) param.schema = schema;
    const methods = r.pick([null, null, ['get'], ['post'], ['get', 'post']]);
    if (methods) param.methods = methods;
    params.push(param);
  }
  return params;
}

function key(r, name) {
  const k = { name };
  if (r.chance(0.8)) k.description = `Unique identifier (${name})`;
  const schema = r.pick([
    { type: 'string' },
    { type: 'string', format: 'uuid' },
    { type: 'integer', minimum: 1 },
    null,
  ]);
  if (schema) k.schema = schema;
  return k;
}

/** The `schema` block (collection) of a resource or a sub-resource. */
function collection(r, name, { subDepth, propCount }) {
  const keyName = `${name}_id`;
  const properties = {
    [keyName]: { expose: false, description: 'The key, repeated in the payload', schema: { type: 'string' } },
  };
  for (const word of r.sample(FIELD_WORDS, propCount)) properties[word] = property(r, word);
  const words = Object.keys(properties).slice(1);
  // A second hidden field so `expose: false` is not only ever the key.
  if (r.chance(0.3)) properties[words[words.length - 1]].expose = false;
  if (subDepth > 0 && r.chance(subDepth > 1 ? 0.25 : 0.1)) {
    const sub = `${name}_${r.pick(SUB_NOUNS)}`;
    properties[sub] = {
      description: `The ${sub} of one ${name}`,
      schema: collection(r, sub, { subDepth: subDepth - 1, propCount: r.int(3, 5) }),
    };
  }
  const items = { type: 'object' };
  if (r.chance(0.5)) items.descriptions = { get: `Follow one ${name}`, post: `Update one ${name}` };
  items.properties = properties;
  const required = r.sample(words, r.int(1, Math.min(4, words.length)));
  items.required = required;

  const schema = { type: 'array', key: key(r, keyName) };
  const methods = r.pick([null, null, null, ['get', 'post'], ['get'], ['get', 'post', 'put', 'delete']]);
  if (methods) schema.methods = methods;
  if (r.chance(0.5)) schema.descriptions = { get: `Stream ${name} as they change`, post: `Create a ${name}` };
  const qp = queryParams(r, name.replace(/[^a-z]/g, '').slice(0, 8));
  if (qp.length > 0) schema.query_params = qp;
  schema.items = items;
  return schema;
}

/** Methods firestone's OpenAPI generator knows at each level (docs/openapi-generation.md, "Paths"). */
const LEVEL_METHODS = {
  resource: ['get', 'post', 'patch', 'delete', 'head'],
  instance: ['get', 'put', 'patch', 'delete', 'head'],
  instance_attrs: ['get', 'put', 'delete'],
};

/** Does OpenAPI walk into this sub-resource (an exposed property with its own `schema`)? Then its `methods` must be a mapping. */
const walked = (schema) =>
  Object.values(schema.items.properties)
    .filter((p) => p.schema && p.expose !== false)
    .map((p) => p.schema);

/**
 * The OpenAPI side of a resource, at the top level where only the OpenAPI generator reads it
 * (AsyncAPI reads `schema.methods`): `methods` by level, `descriptions` by level and method, and
 * sometimes `security`. Attribute paths only where no walked sub-resource has a list of methods
 * (the AsyncAPI form, which OpenAPI refuses there).
 */
function openapiParts(o, data) {
  const methods = { resource: o.sample(LEVEL_METHODS.resource, o.int(2, 5)).sort() };
  if (o.chance(0.8)) methods.instance = o.sample(LEVEL_METHODS.instance, o.int(2, 5)).sort();
  if (methods.instance && o.chance(0.5) && walked(data.schema).every((s) => !Array.isArray(s.methods)))
    methods.instance_attrs = o.sample(LEVEL_METHODS.instance_attrs, o.int(1, 3)).sort();
  const parts = { methods };
  if (o.chance(0.5)) {
    parts.descriptions = Object.fromEntries(
      ['resource', 'instance']
        .filter((level) => methods[level])
        .map((level) => [level, Object.fromEntries(methods[level].map((m) => [m, `${m} ${level} of ${data.kind}`]))]),
    );
  }
  if (o.chance(0.3)) {
    parts.security = {
      scheme: { bearer_auth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      resource: methods.resource.filter((m) => m !== 'get'),
      ...(methods.instance ? { instance: methods.instance.filter((m) => m !== 'get' && m !== 'head') } : {}),
    };
  }
  return parts;
}

/**
 * `count` resource files as `{ file, data }`, the same for the same seed. Each makes both an
 * AsyncAPI and an OpenAPI spec; the OpenAPI parts come from a PRNG of their own, so the AsyncAPI
 * side is the same as before they existed.
 */
export function synthesize(count = 200, seed = 20240611) {
  const r = prng(seed);
  const o = prng(seed + 1);
  const kinds = new Set();
  const resources = [];
  for (let i = 0; i < count; i++) {
    let kind = `${ADJECTIVES[i % ADJECTIVES.length]}_${NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length]}`;
    if (kinds.has(kind)) kind = `${kind}${i}`;
    kinds.add(kind);

    const data = { kind };
    const versioned = r.chance(0.25);
    if (versioned || r.chance(0.5)) data.apiVersion = r.pick(['1', '2', '3']);
    if (versioned) data.versionInPath = true;
    else if (r.chance(0.3)) data.versionInPath = false;
    data.metadata = { description: `Synthetic resource ${kind}` };
    if (r.chance(0.75)) {
      data.default_query_params = [
        {
          name: 'limit',
          description: 'Maximum number of items to stream',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 500 },
        },
        { name: 'offset', description: 'Items to skip', in: 'query', schema: { type: 'integer', minimum: 0 } },
      ];
    }
    const shape = r.next();
    if (shape >= 0.07) {
      const asyncapi = {};
      if (r.chance(0.3)) {
        const name = r.pick(Object.keys(SERVERS));
        asyncapi.servers = { [name]: SERVERS[name] };
      }
      if (shape >= 0.1) {
        // Mostly everything on (firestone's default template); the rest covers each combination.
        asyncapi.channels = r.chance(0.55)
          ? { resources: true, instances: true, instance_attrs: true }
          : { resources: r.chance(0.6), instances: r.chance(0.6), instance_attrs: r.chance(0.5) };
      }
      data.asyncapi = asyncapi;
    }
    data.schema = collection(r, kind, { subDepth: 2, propCount: r.int(7, 11) });
    resources.push({ file: `resources/${kind}.yaml`, data: { ...data, ...openapiParts(o, data) } });
  }
  return resources;
}

export const toYaml = (data) => stringify(data, { lineWidth: 0 });

// Resource data is plain JSON (no dates, no cycles), so a JSON round trip is a full copy.
const clone = (v) => JSON.parse(JSON.stringify(v));

const allowsGet = (schema) => !schema.methods || schema.methods.includes('get');

/** Does an edit to this resource reach a message? Component-only resources would only exercise the "unused component" rule. */
function hasChannels(data) {
  const ch = data.asyncapi?.channels;
  return Boolean(ch && (ch.resources || ch.instances || ch.instance_attrs) && allowsGet(data.schema));
}

/**
 * Payload objects a mutation may touch: the resource's items, and its sub-resources' items where
 * they get channels (only through `instance_attrs`, GENERATION.md).
 */
function payloads(schema, attrs, out = []) {
  out.push(schema.items);
  if (!attrs || !allowsGet(schema)) return out;
  for (const p of Object.values(schema.items.properties))
    if (p.schema && p.expose !== false) payloads(p.schema, attrs, out);
  return out;
}

/** Plain (non-key, non-sub-resource) properties of a payload. */
const plainProps = (items) => Object.entries(items.properties).filter(([, p]) => !p.schema);

const BOUND_LOOSENERS = [
  ['maxLength', (v) => v * 2],
  ['maximum', (v) => v * 10],
  ['maxItems', (v) => v * 2],
  ['exclusiveMaximum', (v) => v * 10],
  ['minimum', (v) => v - 1],
  ['minLength', () => 0],
];

/** Each edit returns a description when it applied, or null when the payload has nothing it fits. */
const EDITS = {
  'remove-property'(r, items) {
    const cands = plainProps(items).filter(([, p]) => p.expose !== false);
    if (cands.length < 3) return null;
    const [name] = r.pick(cands);
    delete items.properties[name];
    items.required = (items.required ?? []).filter((n) => n !== name);
    return `removed property '${name}'`;
  },
  'add-required-property'(r, items) {
    let name = 'external_ref';
    for (let i = 2; items.properties[name]; i++) name = `external_ref${i}`;
    items.properties[name] = { description: 'Reference in the partner system', type: 'string', maxLength: 64 };
    items.required = [...(items.required ?? []), name];
    return `added required property '${name}'`;
  },
  'narrow-enum'(r, items) {
    const cands = plainProps(items).filter(([, p]) => Array.isArray(p.enum) && p.enum.length >= 3);
    if (cands.length === 0) return null;
    const [name, p] = r.pick(cands);
    const dropped = p.enum.pop();
    return `dropped enum value '${dropped}' from '${name}'`;
  },
  'add-enum-value'(r, items) {
    const cands = plainProps(items).filter(([, p]) => Array.isArray(p.enum));
    if (cands.length === 0) return null;
    const [name, p] = r.pick(cands);
    p.enum.push('other');
    return `added enum value 'other' to '${name}'`;
  },
  'loosen-bound'(r, items) {
    const cands = plainProps(items).flatMap(([name, p]) =>
      BOUND_LOOSENERS.filter(([kw]) => typeof p[kw] === 'number').map(([kw, f]) => ({ name, p, kw, f })),
    );
    if (cands.length === 0) return null;
    const { name, p, kw, f } = r.pick(cands);
    const before = p[kw];
    p[kw] = f(before);
    return `loosened ${kw} of '${name}' from ${before} to ${p[kw]}`;
  },
  'change-type'(r, items) {
    const cands = plainProps(items).filter(
      ([, p]) => ['integer', 'boolean', 'number', 'string'].includes(p.type) && !p.enum,
    );
    if (cands.length === 0) return null;
    const [name, p] = r.pick(cands);
    const from = p.type;
    // A number or flag becoming free text (or text becoming a count) is the classic "harmless" edit that breaks clients.
    for (const kw of [
      'minimum',
      'maximum',
      'exclusiveMaximum',
      'multipleOf',
      'default',
      'format',
      'pattern',
      'minLength',
      'maxLength',
    ])
      delete p[kw];
    p.type = from === 'string' ? 'integer' : 'string';
    return `changed type of '${name}' from ${from} to ${p.type}`;
  },
};

export const MUTATION_KINDS = Object.keys(EDITS);

/**
 * Edits about `fraction` of the resources (chosen among those with channels), one realistic edit
 * each, cycling through the kinds so every kind occurs; a kind that fits nothing in the chosen
 * resource falls through to the next.
 * Returns new resources (the input is left untouched) and what was done, per file.
 */
export function mutate(resources, { fraction = 0.05, seed = 7 } = {}) {
  const r = prng(seed);
  const out = resources.map((res) => ({ file: res.file, data: clone(res.data) }));
  const count = Math.max(1, Math.round(resources.length * fraction));
  const candidates = out.map((_, i) => i).filter((i) => hasChannels(out[i].data));
  const chosen = r.sample(candidates, count).sort((a, b) => a - b);
  const mutations = [];
  chosen.forEach((index, n) => {
    const res = out[index];
    const targets = payloads(res.data.schema, Boolean(res.data.asyncapi.channels.instance_attrs));
    // Mostly the top-level payload, sometimes a sub-resource's, as in real edits.
    const items = targets.length > 1 && r.chance(0.3) ? r.pick(targets.slice(1)) : targets[0];
    for (let k = 0; k < MUTATION_KINDS.length; k++) {
      const kind = MUTATION_KINDS[(n + k) % MUTATION_KINDS.length];
      const what = EDITS[kind](r, items);
      if (what) {
        mutations.push({ file: res.file, kind, what });
        break;
      }
    }
  });
  return { resources: out, mutations };
}
