/**
 * The AsyncAPI 3 document describes the same API as the 2.5.0 one: comparing the two finds
 * exactly one change, the version itself, non-breaking at /asyncapi. Needs the cross-version
 * comparison of src/compare (AsyncAPI 3.x model); every generation case, to 3.0.0 and to 3.1.0.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { generationCases } from './cases';

const CASES = generationCases();

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const resources = c.load();
  const v2 = generateAsyncApi(resources, c.info).document;

  it.each(['3.0.0', '3.1.0'])('2.5.0 → %s: one non-breaking change at /asyncapi', (version) => {
    const v3 = generateAsyncApi(resources, c.info, { asyncapi: version }).document;
    const changes = compareSpecs(v2, v3);
    expect(changes.map((ch) => ({ path: ch.path, type: ch.type }))).toEqual([
      { path: '/asyncapi', type: 'non-breaking' },
    ]);
  });
});
