/**
 * Generation rules that come from firestone's newer versions and its real files: `references`
 * left out, lifecycle keywords kept, clear errors and warnings. (That every real firestone set
 * regenerates as firestone's own output is the corpus leg of .ci/run: test/corpus/firestone.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { generateAsyncApi, type ResourceInput } from '../../src/generate/asyncapi';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { inputError } from '../helpers/errors';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const INFO = { title: 'T', description: 'D', version: '1.0' };

const resource = (data: Obj, file = 'r.yaml'): ResourceInput => ({ file, data });

function book(properties: Obj, channels: Obj = { resources: true, instances: true, instance_attrs: true }): Obj {
  return {
    kind: 'book',
    asyncapi: { channels },
    schema: { type: 'array', key: { name: 'book_id' }, items: { type: 'object', properties } },
  };
}

describe('two channels with one operationId', () => {
  it('firestone writes an invalid document; we refuse, naming both resource places', () => {
    // `/shelves/{shelf_id}/loan/{loan_id}` (a sub-resource) and `/shelves/{shelf_id}/loan_loan_id`
    // (an attribute) both make the id shelves_shelf_id_loan_loan_id_subscribe (firestone 1bb8707 did this).
    const loans = { type: 'array', key: { name: 'loan_id' }, items: { type: 'object', properties: {} } };
    const data = book({ loan: { schema: loans }, loan_loan_id: { type: 'string' } });
    data.kind = 'shelves';
    data.schema.key.name = 'shelf_id';
    const err = inputError(() => generateAsyncApi([resource(data, 'shelves.yaml')], INFO));
    expect(err.problems).toHaveLength(1);
    expect(err.message).toBe(
      'shelves.yaml: channel /shelves/{shelf_id}/loan_loan_id (made by shelves.yaml (at /schema/items/properties/loan_loan_id)) ' +
        'gets operationId shelves_shelf_id_loan_loan_id_subscribe, which channel /shelves/{shelf_id}/loan/{loan_id} ' +
        '(made by shelves.yaml (at /schema/items/properties/loan/schema/items)) already has; rename one of them ' +
        '(at /schema/items/properties/loan_loan_id)',
    );
  });
});

describe('newer firestone input', () => {
  it('property-level references (also in sub-resources and nested objects) never reach the document', async () => {
    const data = book({
      author: { type: 'string', references: { kind: 'persons', key: 'id' } },
      meta: { type: 'object', properties: { owner: { type: 'string', references: { kind: 'x' } } } },
      references: { type: 'string', description: 'a property named references stays' },
    });
    const spec = generateAsyncApi([resource({ ...data, validations: { rules: [] } })], INFO);
    await expectValidAsyncApi(spec.document);
    const text = JSON.stringify(spec.document);
    expect(text).not.toContain('persons');
    expect(text).not.toContain('validations');
    const props = (spec.document as Obj).components.schemas.book.properties;
    expect(props.author).toEqual({ type: 'string' });
    expect(props.meta.properties.owner).toEqual({ type: 'string' });
    expect(props.references).toEqual({ type: 'string', description: 'a property named references stays' });
  });
});

describe('lifecycle keywords', () => {
  it.each(['2.5.0', '3.0.0', '3.1.0'])(
    'deprecated: true and x-sunset reach the payload schema (AsyncAPI %s)',
    async (asyncapi) => {
      const spec = generateAsyncApi(
        [
          resource(
            book({ isbn: { type: 'string', deprecated: true, 'x-sunset': '2027-03-01' }, title: { type: 'string' } }),
          ),
        ],
        INFO,
        { asyncapi },
      );
      await expectValidAsyncApi(spec.document);
      const doc = spec.document as Obj;
      expect(doc.components.schemas.book.properties.isbn).toEqual({
        type: 'string',
        deprecated: true,
        'x-sunset': '2027-03-01',
      });
    },
  );
});

describe('warnings', () => {
  it('instance_attrs with items that have no properties: a warning naming the file, no attribute channels', () => {
    const warnings: string[] = [];
    const data = {
      kind: 'employees',
      asyncapi: { channels: { instance_attrs: true } },
      schema: {
        type: 'array',
        key: { name: 'employee_id' },
        items: { allOf: [{ type: 'object', properties: { name: { type: 'string' } } }] },
      },
    };
    const spec = generateAsyncApi([resource(data, 'res/employees.yaml')], INFO, { warn: (w) => warnings.push(w) });
    expect((spec.document as Obj).channels).toEqual({});
    expect(warnings).toEqual([
      'res/employees.yaml (at /schema/items): `instance_attrs: true` makes no attribute channels for "employees": its `items` has no `properties` (firestone makes none either)',
    ]);
  });

  it('no warning when properties are there', () => {
    const warnings: string[] = [];
    generateAsyncApi([resource(book({ a: { type: 'string' } }))], INFO, { warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
  });
});

describe('origins', () => {
  it('a query parameter is located at its query_params entry, the query at the query_params list', () => {
    const data = book({ a: { type: 'string' } }, { resources: true });
    data.schema.query_params = [{ name: 'limit', schema: { type: 'integer' } }];
    const spec = generateAsyncApi([resource(data)], INFO);
    expect(spec.origins.get('/channels/~1book/subscribe/bindings/ws/query')).toEqual({
      file: 'r.yaml',
      path: ['schema', 'query_params'],
    });
    expect(spec.origins.get('/channels/~1book/subscribe/bindings/ws/query/properties/limit')).toEqual({
      file: 'r.yaml',
      path: ['schema', 'query_params', 0],
    });
  });
});
