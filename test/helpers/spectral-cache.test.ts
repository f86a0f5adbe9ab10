/**
 * The parser with shared AsyncAPI schema validators (test/helpers/spectral-cache.ts) still finds
 * every error, in every version, whatever was parsed before: a cached validator holds no result.
 */
import { describe, expect, it } from 'vitest';
import { asyncApiErrors } from './asyncapi-valid';

const info = { title: 'T', version: '1' };
const v2 = { asyncapi: '2.5.0', info, channels: { a: { subscribe: { message: { payload: { type: 'string' } } } } } };
const v3 = {
  asyncapi: '3.0.0',
  info,
  channels: { a: { address: 'a', messages: { m: { payload: { type: 'string' } } } } },
  operations: {
    o: { action: 'send', channel: { $ref: '#/channels/a' }, messages: [{ $ref: '#/channels/a/messages/m' }] },
  },
};
const versions = [
  ['2.5.0', v2],
  ['3.0.0', v3],
  ['3.1.0', { ...v3, asyncapi: '3.1.0' }],
] as const;

/** The same document with a number where the spec wants a string, and an unknown top-level key. */
const broken = (doc: object) => ({ ...doc, info: { ...info, version: 3 }, unknownKey: true });

describe('validation with shared schema validators', () => {
  it.each(versions)('AsyncAPI %s: valid, broken, valid again, broken again', async (_version, doc) => {
    for (let round = 0; round < 2; round++) {
      expect(await asyncApiErrors(doc)).toEqual([]);
      const paths = (await asyncApiErrors(broken(doc))).map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['info/version']));
      expect(paths.some((p) => p.includes('unknownKey'))).toBe(true);
    }
  });

  it("a document's payload schema is not reused for another document (2.x message examples)", async () => {
    const withPayload = (payload: unknown) => ({
      ...v2,
      channels: { a: { subscribe: { message: { payload, examples: [{ payload: 'text' }] } } } },
    });
    for (let round = 0; round < 2; round++) {
      expect(await asyncApiErrors(withPayload({ type: 'string' }))).toEqual([]);
      const errors = await asyncApiErrors(withPayload({ type: 'integer' }));
      expect(errors.map((e) => e.path)).toEqual(['channels/a/subscribe/message/examples/0/payload']);
    }
  });
});
