/**
 * The fixture cases of test/fixtures/generate (README.md there), loaded by the real loader from
 * the files: the generated document equals the expected one as data, survives serialization
 * in both formats, is valid AsyncAPI, and its origins point at what made each node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { toPointer } from '../../src/util/pointer';
import { parseSpecText, serializeSpec } from '../../src/generate/serialize';
import { loadResources } from '../../src/resource/load';
import type { GeneratedSpec, LoadedResource } from '../../src/types';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { expectOriginsResolve } from './origins';

const FIXTURES = path.resolve(__dirname, '../fixtures/generate');

interface Case {
  title: string;
  description: string;
  version: string;
  resources: string[];
}

function runCase(name: string): { spec: GeneratedSpec; expected: unknown; resources: LoadedResource[] } {
  const dir = path.join(FIXTURES, name);
  const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
  const resources = loadResources(dir, c.resources);
  const spec = generateAsyncApi(resources, { title: c.title, description: c.description, version: c.version });
  // PyYAML wrote anchors for shared objects; resolving them is fine for a fixture we trust.
  const expected: unknown = YAML.parse(readFileSync(path.join(dir, 'expected.asyncapi.yaml'), 'utf8'), {
    maxAliasCount: -1,
  });
  return { spec, expected, resources };
}

describe.each(['book', 'chat', 'library'])('fixture %s', (name) => {
  const { spec, expected, resources } = runCase(name);

  it('generates the expected document', () => {
    expect(spec.document).toStrictEqual(expected);
  });

  it('round-trips through YAML and JSON text', () => {
    for (const format of ['yaml', 'json'] as const) {
      const text = serializeSpec(spec.document, format);
      expect(parseSpecText(text, `spec.${format}`)).toStrictEqual(expected);
      expect(YAML.parse(text)).toStrictEqual(expected);
    }
  });

  it('is valid AsyncAPI 2.5', async () => {
    await expectValidAsyncApi(spec.document);
  });

  it('records an origin for every component and channel, each resolving in its resource', () => {
    const doc = spec.document as { components: { schemas: object }; channels: object };
    for (const n of Object.keys(doc.components.schemas))
      expect(spec.origins.has(toPointer(['components', 'schemas', n])), n).toBe(true);
    for (const c of Object.keys(doc.channels)) expect(spec.origins.has(toPointer(['channels', c])), c).toBe(true);
    expectOriginsResolve(spec, resources);
  });
});

describe('fixture origins in detail', () => {
  it('maps a $ref-embedded sub-resource to the embedding file, and locate follows it into loans.yaml', () => {
    const { spec, resources } = runCase('library');
    const component = spec.origins.get('/components/schemas/loan');
    expect(component).toEqual({
      file: 'shelves.yaml',
      path: ['schema', 'items', 'properties', 'loan', 'schema', 'items'],
    });
    const shelves = resources.find((r) => r.file === 'shelves.yaml');
    const pos = shelves?.locate([...(component?.path ?? []), 'properties', 'renewals']);
    expect(pos?.file).toBe('loans.yaml');
    expect(
      readFileSync(path.join(FIXTURES, 'library', 'loans.yaml'), 'utf8').split('\n')[(pos?.line ?? 0) - 1],
    ).toMatch(/^\s+renewals:/);
  });

  it('maps channels, parameters, descriptions and query properties to their sources', () => {
    const { spec } = runCase('chat');
    const o = spec.origins;
    expect(o.get('/components/schemas/rooms')).toEqual({ file: 'rooms.yaml', path: ['schema', 'items'] });
    expect(o.get('/channels/~1v2~1rooms')?.path).toEqual(['schema']);
    expect(o.get('/channels/~1v2~1rooms~1{room_id}')?.path).toEqual(['schema', 'items']);
    expect(o.get('/channels/~1v2~1rooms~1{room_id}~1topic')?.path).toEqual(['schema', 'items', 'properties', 'topic']);
    expect(o.get('/channels/~1v2~1rooms~1{room_id}~1messages~1{message_id}/parameters/message_id')?.path).toEqual([
      'schema',
      'items',
      'properties',
      'messages',
      'schema',
      'key',
    ]);
    expect(o.get('/channels/~1v2~1rooms/subscribe/description')?.path).toEqual(['schema', 'descriptions', 'get']);
    // `post` of the instance channel falls back to the generated text: nothing to point at.
    expect(o.get('/channels/~1v2~1rooms~1{room_id}~1messages~1{message_id}/publish/description')).toBeUndefined();
    const q = '/channels/~1v2~1rooms/subscribe/bindings/ws/query';
    expect(o.get(`${q}/properties/visibility`)?.path).toEqual(['schema', 'query_params', 0]);
    expect(o.get(`${q}/properties/visibility/enum`)?.path).toEqual(['schema', 'query_params', 0, 'schema', 'enum']);
    expect(o.get(`${q}/properties/limit`)?.path).toEqual(['default_query_params', 0]);
    expect(o.get(`${q}/required/0`)?.path).toEqual(['schema', 'query_params', 0, 'required']);
    expect(o.get('/channels/~1v2~1rooms/subscribe/message/payload')?.path).toEqual(['schema']);
    expect(o.get('/channels/~1v2~1rooms/publish/message/payload')?.path).toEqual(['schema', 'items']);
    expect(o.get('/servers/staging')?.path).toEqual(['asyncapi', 'servers', 'staging']);
  });
});
