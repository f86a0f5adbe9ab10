/**
 * Findings from real AsyncAPI documents (docs/classification.md): each case is a small document
 * written here that reproduces one behaviour seen in the field. Every case is checked with and
 * without the unchanged-channel shortcut (compareSpecs and compareSpecsInFull must agree).
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs, compareSpecsInFull, type CompareOptions } from '../../src/compare/index';
import type { Change } from '../../src/types';
import { summary, type Json } from './helpers';

/** The changes from `a` to `b`, the same with and without setting unchanged channels aside. */
function changes(a: Json, b: Json, options: CompareOptions = {}): Change[] {
  const quick = compareSpecs(a, b, options);
  expect(quick).toEqual(compareSpecsInFull(a, b, options));
  return quick;
}

const rules = (list: readonly Change[]): string[] => list.map((c) => `${c.rule} ${c.type}`);

const INFO = { title: 'Things', version: '1.0.0' };

/** A 2.x document: `/things` under `op` carries a message with this payload; components beside. */
function doc2(op: 'publish' | 'subscribe', payload: unknown, schemas: Json = {}): Json {
  return {
    asyncapi: '2.6.0',
    info: INFO,
    channels: { '/things': { [op]: { message: { name: 'thing', contentType: 'application/json', payload } } } },
    components: { schemas },
  };
}

describe('keywords that do not apply to the type', () => {
  it('additionalProperties on a string that had no type constrains nothing: the type is the change', () => {
    const before = doc2('publish', { type: 'object', properties: { status: {} } });
    const after = doc2('publish', {
      type: 'object',
      properties: { status: { type: 'string', additionalProperties: false } },
    });
    expect(summary(changes(before, after))).toEqual([
      ['payload.type.narrowed', 'breaking', '/channels/~1things/publish/message/payload/properties/status/type'],
      [
        'payload.keyword.inapplicable',
        'non-breaking',
        '/channels/~1things/publish/message/payload/properties/status/additionalProperties',
      ],
    ]);
  });

  it('a keyword that applies on the side that has it is still judged', () => {
    const before = doc2('publish', { type: 'object', properties: { status: {} } });
    const after = doc2('publish', { type: 'object', properties: { status: { maxLength: 3 } } });
    expect(rules(changes(before, after))).toEqual(['payload.bound.tightened breaking']);
  });
});
