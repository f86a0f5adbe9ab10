/**
 * A sub-resource's `schema.methods` in both of firestone's forms (docs/openapi-generation.md,
 * "Resource format"): a list (AsyncAPI examples) or a level mapping (OpenAPI examples). The
 * resource schema accepts both; each generator reads the form it uses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { generateOpenApi } from '../../src/generate/openapi';
import { loadResources } from '../../src/resource/load';
import { resourceProblems } from '../../src/resource/schema';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { openApiErrors } from '../helpers/openapi-valid';
import { cleanupTempDirs, workspace } from '../helpers/temp';

afterAll(cleanupTempDirs);

const INFO = { title: 'T', description: 'D', version: '1' };

/** Rooms with a `members` sub-resource whose `schema.methods` is `methods` (a YAML flow value). */
const rooms = (methods: string | null): string =>
  [
    'kind: rooms',
    'asyncapi: {channels: {resources: true, instance_attrs: true}}',
    'methods: {resource: [get], instance_attrs: [get]}',
    'schema:',
    '  type: array',
    '  key: {name: room_id}',
    '  items:',
    '    type: object',
    '    properties:',
    '      members:',
    '        schema:',
    '          type: array',
    ...(methods === null ? [] : [`          methods: ${methods}`]),
    '          key: {name: member_id}',
    '          items:',
    '            type: object',
    '            properties:',
    '              bad name: {type: string}',
    '',
  ].join('\n');

const loaded = (text: string) => loadResources(workspace('methods-', { 'rooms.yaml': text }), ['rooms.yaml']);

describe('the resource schema', () => {
  it('accepts a list and a level mapping', () => {
    const problems = (m: string) => resourceProblems(loaded(rooms(m))[0]!).filter((p) => !/bad name/.test(p.message));
    expect(problems('[get, post]')).toEqual([]);
    expect(problems('{resource: [get, post], instance: [get], instance_attrs: []}')).toEqual([]);
  });

  it('refuses an unknown level or method in the mapping, at its line', () => {
    const [r] = loaded(rooms('{resources: [get], instance: [GET]}'));
    const messages = resourceProblems(r!).map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^13: .*resources.*did you mean 'resource'/),
        expect.stringMatching(/^13: .*instance\[0\] must be one of/),
      ]),
    );
  });

  it('checks channel segment names only where AsyncAPI makes channels: not below a non-empty mapping', () => {
    const segment = (m: string | null) =>
      resourceProblems(loaded(rooms(m))[0]!).filter((p) => /bad name/.test(p.message)).length;
    expect(segment(null)).toBe(1);
    expect(segment('[get]')).toBe(1);
    expect(segment('[]')).toBe(1);
    expect(segment('{}')).toBe(1);
    expect(segment('{resource: [get]}')).toBe(0);
  });
});

describe('AsyncAPI reads the list form, as firestone', () => {
  const channels = async (methods: string | null) => {
    const warnings: string[] = [];
    const text = rooms(methods).replace('bad name', 'name');
    const spec = generateAsyncApi(loaded(text), INFO, { warn: (w) => warnings.push(w) });
    await expectValidAsyncApi(spec.document);
    return { names: Object.keys(spec.document.channels as object), warnings };
  };

  it('a non-empty mapping has no `get` for firestone: no channels below it, and a warning says why', async () => {
    const { names, warnings } = await channels('{resource: [get, post]}');
    expect(names).toEqual(['/rooms']);
    expect(warnings).toEqual([
      expect.stringMatching(/^rooms\.yaml:13:11: `methods` is a mapping of levels \(the OpenAPI form\)/),
    ]);
  });

  it('an empty mapping restricts nothing, like an empty list', async () => {
    expect((await channels('{}')).names).toEqual((await channels('[]')).names);
    expect((await channels('{}')).names).toContain('/rooms/{room_id}/members/{member_id}/name');
  });
});

describe('OpenAPI reads the mapping form', () => {
  it('the mapping decides the sub-resource paths', async () => {
    const text = rooms('{resource: [get], instance: [delete]}').replace('bad name', 'name');
    const spec = generateOpenApi(loaded(text), INFO);
    expect(await openApiErrors(spec.document)).toEqual([]);
    const paths = spec.document.paths as Record<string, object>;
    expect(Object.keys(paths['/rooms/{room_id}/members'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/rooms/{room_id}/members/{member_id}'] ?? {})).toEqual(['delete']);
  });
});
