/**
 * danglingRef (src/compare/openapi/model.ts): the first `$ref` to nothing in document order, with
 * its pointer, on a document where many places share a few references (each resolved once).
 */
import { describe, expect, it } from 'vitest';
import { danglingRef } from '../../src/compare/openapi/model';

const ok = { $ref: '#/components/schemas/a~1b' };
const missing = { $ref: '#/components/schemas/gone' };
const doc = (items: unknown[]): Record<string, unknown> => ({
  components: { schemas: { 'a/b': { type: 'string' } } },
  paths: { '/x/{id}': { get: { parameters: items } } },
});

describe('danglingRef', () => {
  it('names the first reference to nothing in document order, escaped, behind many that resolve', () => {
    const items = [...Array.from({ length: 50 }, () => ({ schema: { ...ok } })), { schema: missing }, { ...missing }];
    expect(danglingRef(doc(items))).toEqual({
      pointer: '/paths/~1x~1{id}/get/parameters/50/schema/$ref',
      ref: '#/components/schemas/gone',
    });
  });

  it('null when every reference resolves; a tolerated reference is passed over', () => {
    expect(danglingRef(doc([{ schema: ok }, ok, 'text', null]))).toBeNull();
    const tolerated = (ref: string) => ref.endsWith('/gone');
    expect(danglingRef(doc([{ schema: missing }, ok]), tolerated)).toBeNull();
    // Tolerating one reference does not tolerate another.
    const other = { $ref: '#/components/schemas/other' };
    expect(danglingRef(doc([missing, { deep: [other] }]), tolerated)).toEqual({
      pointer: '/paths/~1x~1{id}/get/parameters/1/deep/0/$ref',
      ref: '#/components/schemas/other',
    });
  });
});
