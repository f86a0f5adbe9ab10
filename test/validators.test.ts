/**
 * The tool validates its own inputs (config file, resource files, JSON report read back) with code
 * Ajv generated ahead of time (src/generated/validators.ts, written by scripts/validators.ts).
 * This test fails when that file is stale, checks the schemas against the JSON Schema meta-schema
 * (no run does), and checks that the generated code gives the same verdicts and the same errors as
 * validators Ajv compiles from the same schemas. `npm run validators` rewrites the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as generated from '../src/generated/validators';
import { renderJson } from '../src/report/json';
import { GENERATED_FILE, VALIDATORS, validatorsModule } from '../scripts/validators';
import { change, mixed, report, spec } from './report/helpers';

const root = path.resolve(__dirname, '..');
const update = process.env.UPDATE_VALIDATORS === '1';

describe('generated validators', () => {
  it(`${GENERATED_FILE} is what scripts/validators.ts generates (npm run validators)`, () => {
    const file = path.join(root, GENERATED_FILE);
    const expected = validatorsModule();
    if (update) writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8') === expected, `${GENERATED_FILE} is stale: run npm run validators`).toBe(true);
  });

  it('one generated validator per schema', () => {
    expect(Object.keys(generated).sort()).toEqual(Object.keys(VALIDATORS).sort());
  });
});

describe('the schemas the tool ships', () => {
  const meta = new Ajv({ allErrors: true, strict: false });

  it.each(Object.entries(VALIDATORS))('%s: the schema is a valid JSON Schema', (_name, { schema }) => {
    expect(meta.validateSchema(schema), meta.errorsText(meta.errors)).toBe(true);
  });

  it('the check would catch a broken schema', () => {
    expect(meta.validateSchema({ type: 'objekt', required: 'name' })).toBe(false);
  });
});

const fixture = (file: string): unknown => parse(readFileSync(path.join(root, 'test/fixtures/generate', file), 'utf8'));

/** Documents each schema accepts, edited below into ones it refuses. */
const VALID: Record<keyof typeof VALIDATORS, unknown[]> = {
  validateConfig: [
    {
      specs: [
        { output: 'a.yaml', resources: ['r/*.yaml'], title: 'T', version: 1.1, asyncapi: '3.0.0' },
        { output: 'b.json', description: 'd', version: '2', compatibility: 'backward' },
      ],
      rules: { 'message-removed': 'warning' },
      waivers: [
        { fingerprint: 'abc', rule: 'x', path: '/p', reason: 'why', expires: '2030-01-01', owner: 'me', spec: 'a' },
      ],
    },
  ],
  validateResource: [
    fixture('library/loans.yaml'),
    fixture('library/members.yaml'),
    // A versioned path and a sub-resource: the schema's `if`/`then` and its recursion.
    {
      kind: 'book',
      apiVersion: '1.0',
      versionInPath: true,
      asyncapi: { channels: { resources: true, instance_attrs: true } },
      schema: {
        type: 'array',
        key: { name: 'id', schema: { type: 'string' } },
        items: {
          type: 'object',
          properties: {
            title: { type: 'string' },
            id: { expose: false, schema: { type: 'string' } },
            pages: {
              schema: { type: 'array', key: { name: 'page' }, items: { properties: { text: { type: 'string' } } } },
            },
          },
        },
      },
    },
  ],
  validateReport: [
    JSON.parse(renderJson(mixed())),
    JSON.parse(
      renderJson(
        report(
          [spec([change('breaking', { waived: { reason: 'r', expires: null, owner: 'o' }, fingerprint: 'abcdef12' })])],
          null,
        ),
      ),
    ),
  ],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object and array in a document, with its path. */
function containers(value: Json, at: (string | number)[] = []): { at: (string | number)[]; node: Json }[] {
  if (value === null || typeof value !== 'object') return [];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [{ at, node: value }, ...children.flatMap(([k, v]) => containers(v, [...at, k]))];
}

/** The document with one edit: a member replaced by any JSON value, removed, or a key added. */
function edited(doc: Json, pick: number, key: number, kind: 'replace' | 'remove' | 'add', value: Json): Json {
  const copy = structuredClone(doc);
  const all = containers(copy);
  const { node } = all[pick % all.length] as { node: Json[] | Record<string, Json> };
  const keys = Object.keys(node);
  const member = keys[key % Math.max(keys.length, 1)];
  if (kind === 'add' || member === undefined) (node as Record<string, Json>)[`extra${key}`] = value;
  else if (kind === 'replace') (node as Record<string, Json>)[member] = value;
  else if (Array.isArray(node)) node.splice(Number(member), 1);
  else delete node[member];
  return copy;
}

describe.each(Object.entries(VALIDATORS))('%s gives what Ajv compiles from its schema', (name, { schema, options }) => {
  const compiled = new Ajv(options).compile(schema);
  const validate = generated[name as keyof typeof generated];
  const verdict = (v: typeof validate, data: unknown) => ({ valid: v(data), errors: v.errors ?? null });
  const samples = VALID[name as keyof typeof VALID] as Json[];

  it('accepts the valid samples', () => {
    for (const sample of samples) expect(verdict(validate, sample)).toEqual({ valid: true, errors: null });
  });

  it('same verdict and same errors on edited samples and on any JSON', () => {
    const edit = fc
      .tuple(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('replace', 'remove', 'add') as fc.Arbitrary<'replace' | 'remove' | 'add'>,
        // Edge values of the schemas' keywords (empty strings, code points, integers), then anything.
        fc.oneof(
          fc.constantFrom<Json>('', '😀', 'x', 0, -1, 1.5, 1e10, true, null, [], {}),
          fc.jsonValue() as fc.Arbitrary<Json>,
        ),
      )
      .map(([doc, pick, key, kind, value]) => edited(doc, pick, key, kind, value));
    fc.assert(
      fc.property(fc.oneof({ arbitrary: edit, weight: 9 }, { arbitrary: fc.jsonValue(), weight: 1 }), (data) => {
        expect(verdict(validate, data)).toEqual(verdict(compiled, data));
      }),
      { numRuns: 500 },
    );
  });
});

describe('report schema', () => {
  it('has no `notCompared` (every kind is compared): a spec entry carrying it is refused', () => {
    const data = JSON.parse(renderJson(mixed())) as { specs: Record<string, unknown>[] };
    expect(generated.validateReport(data)).toBe(true);
    (data.specs[0] as Record<string, unknown>).notCompared = 'OpenAPI verdicts not available yet';
    expect(generated.validateReport(data)).toBe(false);
  });
});
