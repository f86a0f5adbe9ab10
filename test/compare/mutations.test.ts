/**
 * Every kind of edit a firestone document can undergo (a regenerated spec differs from its
 * baseline only in these ways) is classified: random sequences of them, applied to the fixture
 * documents, never produce an `unclassified` change, and the answer is stable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import { clone, FIXTURE_CASES, fixtureDoc } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are edited freely
type Doc = any;
/** Picks: numbers the property chooses, taken modulo whatever list they index. */
type Picks = number[];

const pick = <T>(list: readonly T[], n: number | undefined): T | undefined =>
  list.length === 0 ? undefined : list[(n ?? 0) % list.length];
const keys = (o: unknown): string[] => (o && typeof o === 'object' ? Object.keys(o) : []);

const TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'];
const BOUNDS = ['maxLength', 'minLength', 'minimum', 'maximum', 'maxItems', 'minItems'];

/** All property schemas of all component schemas (nested ones too), with their parent object schema. */
function propertySlots(doc: Doc): { parent: Doc; name: string }[] {
  const out: { parent: Doc; name: string }[] = [];
  const walk = (schema: Doc, depth: number): void => {
    if (!schema || typeof schema !== 'object' || depth > 4) return;
    for (const name of keys(schema.properties)) {
      out.push({ parent: schema, name });
      walk(schema.properties[name], depth + 1);
      walk(schema.properties[name]?.schema?.items, depth + 1);
    }
  };
  for (const name of keys(doc.components?.schemas)) walk(doc.components.schemas[name], 0);
  return out;
}

function operations(doc: Doc): Doc[] {
  return keys(doc.channels).flatMap((c) => ['subscribe', 'publish'].map((o) => doc.channels[c][o]).filter(Boolean));
}

function queries(doc: Doc): Doc[] {
  return operations(doc)
    .map((op) => op.bindings?.ws)
    .filter(Boolean);
}

/** The edits firestone output can show, each a function of the document and some picks. */
const MUTATIONS: Record<string, (doc: Doc, p: Picks) => void> = {
  'property added': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    slot.parent.properties[`added_${p[1] ?? 0}`] = { type: pick(TYPES, p[2]), description: 'new' };
    if ((p[3] ?? 0) % 2 === 1) slot.parent.required = [...(slot.parent.required ?? []), `added_${p[1] ?? 0}`];
  },
  'property removed': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    delete slot.parent.properties[slot.name];
    if (Array.isArray(slot.parent.required))
      slot.parent.required = slot.parent.required.filter((r: string) => r !== slot.name);
  },
  'required toggled': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    const req: string[] = slot.parent.required ?? [];
    slot.parent.required = req.includes(slot.name) ? req.filter((r) => r !== slot.name) : [...req, slot.name];
  },
  'type changed': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (slot) slot.parent.properties[slot.name].type = pick(TYPES, p[1]);
  },
  'description changed': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (slot) slot.parent.properties[slot.name].description = `changed ${p[1] ?? 0}`;
  },
  'enum edited': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    const prop = slot.parent.properties[slot.name];
    const values = ['a', 'b', 'c', 'd'].slice(0, (p[1] ?? 0) % 5);
    if (values.length === 0) delete prop.enum;
    else prop.enum = values;
  },
  'bound set or dropped': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    const bound = pick(BOUNDS, p[1]) as string;
    if ((p[2] ?? 0) % 4 === 0) delete slot.parent.properties[slot.name][bound];
    else slot.parent.properties[slot.name][bound] = (p[2] ?? 0) % 50;
  },
  'pattern, format or default': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    const prop = slot.parent.properties[slot.name];
    const which = pick(['pattern', 'format', 'default'], p[1]) as string;
    if ((p[2] ?? 0) % 3 === 0) delete prop[which];
    else
      prop[which] =
        which === 'pattern'
          ? `^[a-z]{${p[2]}}$`
          : which === 'format'
            ? pick(['date-time', 'uuid', 'email'], p[2])
            : `v${p[2]}`;
  },
  'expose false': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (slot) slot.parent.properties[slot.name].expose = false;
  },
  'additionalProperties toggled': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (!slot) return;
    const prop = slot.parent.properties[slot.name];
    prop.additionalProperties = prop.additionalProperties === false ? { type: 'integer' } : false;
  },
  'items changed': (d, p) => {
    const slot = pick(propertySlots(d), p[0]);
    if (slot) slot.parent.properties[slot.name].items = { type: pick(TYPES, p[1]) };
  },
  'sub-resource copy edited': (d, p) => {
    const subs = propertySlots(d).filter((s) => s.parent.properties[s.name]?.schema?.items?.properties);
    const slot = pick(subs, p[0]);
    if (slot) slot.parent.properties[slot.name].schema.items.properties[`sub_${p[1] ?? 0}`] = { type: 'string' };
  },
  'component added or removed': (d, p) => {
    const names = keys(d.components.schemas);
    if ((p[0] ?? 0) % 2 === 0)
      d.components.schemas[`extra_${p[1] ?? 0}`] = { type: 'object', properties: { x: { type: 'string' } } };
    else {
      const name = pick(names, p[1]);
      // Removing a used component would leave dangling $refs, which firestone never writes: only unused ones go.
      if (
        name &&
        !JSON.stringify(d.channels).includes(`/schemas/${name}'`) &&
        !JSON.stringify(d.channels).includes(`/schemas/${name}"`)
      )
        delete d.components.schemas[name];
    }
  },
  'channel removed': (d, p) => {
    const name = pick(keys(d.channels), p[0]);
    if (name) delete d.channels[name];
  },
  'channel added': (d, p) => {
    const name = pick(keys(d.channels), p[0]);
    if (name) d.channels[`${name}/copy${p[1] ?? 0}`] = clone(d.channels[name]);
  },
  'channel description changed': (d, p) => {
    const name = pick(keys(d.channels), p[0]);
    if (name) d.channels[name].description = `Channel ${p[1] ?? 0}`;
  },
  'channel parameter edited': (d, p) => {
    const channels = keys(d.channels).filter((c) => keys(d.channels[c].parameters).length > 0);
    const c = pick(channels, p[0]);
    if (!c) return;
    const param = d.channels[c].parameters[pick(keys(d.channels[c].parameters), p[1]) as string];
    if ((p[2] ?? 0) % 3 === 0) param.description = `param ${p[2]}`;
    else if ((p[2] ?? 0) % 3 === 1) param.schema = { type: 'string', pattern: '^[0-9]+$' };
    else param.schema = { type: pick(TYPES, p[3]), format: 'uuid' };
  },
  'operation removed or re-added': (d, p) => {
    const c = pick(keys(d.channels), p[0]);
    if (!c) return;
    const op = (p[1] ?? 0) % 2 === 0 ? 'subscribe' : 'publish';
    const other = op === 'subscribe' ? 'publish' : 'subscribe';
    if (d.channels[c][op] && d.channels[c][other]) delete d.channels[c][op];
    else if (d.channels[c][other]) d.channels[c][op] = clone(d.channels[c][other]);
  },
  'operation fields edited': (d, p) => {
    const op = pick(operations(d), p[0]);
    if (!op) return;
    switch ((p[1] ?? 0) % 6) {
      case 0:
        op.operationId = `${op.operationId}_v${p[2]}`;
        break;
      case 1:
        op.description = `described ${p[2]}`;
        break;
      case 2:
        op.message.name = `msg${p[2]}`;
        break;
      case 3:
        op.message.contentType = pick(['application/json', 'application/xml', 'text/plain'], p[2]);
        break;
      case 4:
        op.tags = [{ name: `tag${p[2]}` }];
        break;
      default:
        op.bindings.ws.method = pick(['get', 'post', 'put'], p[2]);
    }
  },
  'query edited': (d, p) => {
    const ws = pick(queries(d), p[0]);
    if (!ws) return;
    const q =
      ws.query && Object.keys(ws.query).length > 0
        ? ws.query
        : (ws.query = { type: 'object', properties: {}, required: [] });
    const names = keys(q.properties);
    switch ((p[1] ?? 0) % 5) {
      case 0:
        q.properties[`q${p[2]}`] = { description: 'q', type: pick(TYPES, p[2]) };
        break;
      case 1: {
        const n = pick(names, p[2]);
        if (n) {
          delete q.properties[n];
          q.required = (q.required ?? []).filter((r: string) => r !== n);
        }
        break;
      }
      case 2: {
        const n = pick(names, p[2]);
        if (n)
          q.required = (q.required ?? []).includes(n)
            ? q.required.filter((r: string) => r !== n)
            : [...(q.required ?? []), n];
        break;
      }
      case 3: {
        const n = pick(names, p[2]);
        if (n) q.properties[n].type = pick(TYPES, p[3]);
        break;
      }
      default:
        ws.query = {};
    }
  },
  'servers edited': (d, p) => {
    const names = keys(d.servers);
    const name = pick(names, p[0]);
    switch ((p[1] ?? 0) % 7) {
      case 0:
        d.servers[`srv${p[2]}`] = { url: `ws://srv${p[2]}`, protocol: 'ws' };
        break;
      case 1:
        if (name) delete d.servers[name];
        break;
      case 2:
        if (name) d.servers[name].url = `ws://moved${p[2]}`;
        break;
      case 3:
        if (name) d.servers[name].protocol = 'wss';
        break;
      case 4:
        if (name) d.servers[name].description = `server ${p[2]}`;
        break;
      case 5:
        if (name)
          d.servers[name].variables = {
            region: { enum: ['eu', 'us', 'ap'].slice(0, 1 + ((p[2] ?? 0) % 3)), default: 'eu', description: 'r' },
          };
        break;
      default:
        if (name) delete d.servers[name].variables;
    }
  },
  'info edited': (d, p) => {
    const which = pick(['title', 'description', 'version'], p[0]) as string;
    d.info[which] = `${which} ${p[1] ?? 0}`;
  },
  'asyncapi version bumped': (d) => {
    d.asyncapi = '2.6.0';
  },
  'defaultContentType changed': (d, p) => {
    d.defaultContentType = pick(['application/json', 'application/xml'], p[0]);
  },
};

/** A template placeholder left in a message, or a value that never got one. */
const UNFILLED =
  /\{(name|subject|keyword|before|after|values|where|channel|operation|message|server|variable|parameter|path|target|detail)\}|undefined/;

const mutation = fc.record({
  kind: fc.constantFrom(...Object.keys(MUTATIONS)),
  picks: fc.array(fc.nat({ max: 1000 }), { minLength: 4, maxLength: 4 }),
});

describe.each(FIXTURE_CASES)('%s', (name) => {
  it('no sequence of firestone edits yields an unclassified change, in either direction; answers are stable', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (edits) => {
        const before = fixtureDoc(name);
        const after = clone(before);
        for (const { kind, picks } of edits) (MUTATIONS[kind] as (d: Doc, p: Picks) => void)(after, picks);
        const forward = compareSpecs(before, after);
        const backward = compareSpecs(after, before);
        for (const change of [...forward, ...backward]) {
          expect(change.type, `${change.rule} at ${change.path}: ${change.message}`).not.toBe('unclassified');
          expect(change.message).not.toMatch(UNFILLED);
        }
        expect(compareSpecs(before, after)).toEqual(forward);
        expect(compareSpecs(after, clone(after))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
