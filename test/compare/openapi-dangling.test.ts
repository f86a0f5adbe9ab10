import { describe, expect, it } from 'vitest';
import { danglingRef } from '../../src/compare/openapi/model';

describe('danglingRef', () => {
  const doc = {
    paths: {
      '/a/{id}': {
        get: { responses: { '200': { $ref: '#/components/responses/Ok' } } },
        post: {
          parameters: [{ $ref: '#/components/parameters/Id' }, { $ref: '#/components/parameters/Gone' }],
          requestBody: { $ref: '#/components/requestBodies/AlsoGone' },
        },
      },
    },
    components: {
      responses: { Ok: { description: 'ok', content: { 'a/b': { schema: { $ref: '#/components/schemas/Alias' } } } } },
      parameters: { Id: { name: 'id', in: 'path' } },
      schemas: { Alias: { $ref: '#/components/schemas/Real' }, Real: { type: 'string' } },
    },
  };

  it('names the first reference to nothing in document order, with its escaped pointer', () => {
    expect(danglingRef(doc)).toEqual({
      pointer: '/paths/~1a~1{id}/post/parameters/1/$ref',
      ref: '#/components/parameters/Gone',
    });
  });

  it('skips tolerated references, and answers each repeated reference the same way', () => {
    const tolerated = (ref: string) => ref.endsWith('/Gone');
    const twice = { ...doc, 'x-again': [{ $ref: '#/components/parameters/Gone' }] };
    expect(danglingRef(twice, tolerated)).toEqual({
      pointer: '/paths/~1a~1{id}/post/requestBody/$ref',
      ref: '#/components/requestBodies/AlsoGone',
    });
    expect(danglingRef({ ...twice, paths: {} }, tolerated)).toBeNull();
    expect(danglingRef({ ...twice, paths: {} })).toEqual({
      pointer: '/x-again/0/$ref',
      ref: '#/components/parameters/Gone',
    });
  });

  it('follows references on the way to a target', () => {
    expect(danglingRef({ a: { $ref: '#/components/schemas/Alias/type' }, components: doc.components })).toBeNull();
    expect(danglingRef({ a: { $ref: '#/components/schemas/Alias/format' }, components: doc.components })).toEqual({
      pointer: '/a/$ref',
      ref: '#/components/schemas/Alias/format',
    });
  });
});
