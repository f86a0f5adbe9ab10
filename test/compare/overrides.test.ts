/** Rule overrides apply to one call only; @asyncapi/diff's module-level state cannot reach us. */
import { createRequire } from 'node:module';
import { diff } from '@asyncapi/diff';
import { afterEach, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors';
import { compareSpecs, RULE_IDS, RULES } from '../../src/compare/index';
import type { ChangeType } from '../../src/types';
import { clone, fixtureDoc, schemaChanges, single, type Json } from './helpers';

const enumGrows = (): [Json, Json] => [
  { type: 'object', properties: { e: { type: 'string', enum: ['a'] } } },
  { type: 'object', properties: { e: { type: 'string', enum: ['a', 'b'] } } },
];

describe('overrides', () => {
  it('replace the type of one rule for one call', () => {
    const [before, after] = enumGrows();
    single(
      schemaChanges(before, after, 'subscribe', { overrides: { 'payload.enum.value-added': 'breaking' } }),
      'payload.enum.value-added',
      'breaking',
    );
  });

  it('do not leak into later calls, and two calls with different overrides are independent', () => {
    const [before, after] = enumGrows();
    const typeWith = (overrides: Record<string, ChangeType> | undefined) =>
      schemaChanges(before, after, 'subscribe', overrides ? { overrides } : {})[0]?.type;
    expect(typeWith({ 'payload.enum.value-added': 'breaking' })).toBe('breaking');
    expect(typeWith({ 'payload.enum.value-added': 'non-breaking' })).toBe('non-breaking');
    expect(typeWith(undefined)).toBe('warning');
    expect(typeWith({ 'payload.enum.value-removed': 'non-breaking' })).toBe('warning');
  });

  it('an override with a type that does not exist is bad input', () => {
    const [before, after] = enumGrows();
    let error: unknown;
    try {
      schemaChanges(before, after, 'subscribe', { overrides: { 'payload.enum.value-added': 'fatal' as ChangeType } });
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toContain('payload.enum.value-added');
  });
});

describe('rule ids', () => {
  it('are unique, and every listed rule has a title, a verdict and a message', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.message.length).toBeGreaterThan(0);
      const types = 'type' in rule ? [rule.type] : [rule.send, rule.receive];
      for (const t of types) expect(['breaking', 'warning', 'non-breaking', 'unclassified']).toContain(t);
    }
  });

  it('include the ids named by the README and docs/rules.md', () => {
    for (const id of [
      'payload.property.required-added',
      'payload.enum.value-added',
      'query.property.required-added',
      'parameter.pattern.added',
      'channel.removed',
      'binding.ws.method.changed',
      'server.variable.enum-narrowed',
      'default-content-type.changed',
      'component.unused.changed',
      'asyncapi.version.downgraded',
      'unclassified',
    ]) {
      expect(RULE_IDS).toContain(id);
    }
  });
});

describe('@asyncapi/diff module state', () => {
  // The standard object its override mechanism mutates (Object.assign on the module's export).
  const v2 = (
    createRequire(import.meta.url)('@asyncapi/diff/lib/standards/v2') as { standard: Record<string, unknown> }
  ).standard;
  const saved = { ...v2 };
  afterEach(() => {
    for (const key of Object.keys(v2)) if (!(key in saved)) delete v2[key];
    Object.assign(v2, saved);
  });

  const versions = (): [Json, Json] => {
    const before = fixtureDoc('book');
    const after = clone(before) as Json & { info: Json };
    after.info.version = '2.0.0';
    return [before, after];
  };

  it('leaks an override into every later call (the defect our wrapper must not inherit)', () => {
    const [before, after] = versions();
    const plain = diff(before, after).breaking();
    expect(plain).toHaveLength(1);
    diff(before, after, {
      override: { '/info/version': { add: 'non-breaking', remove: 'non-breaking', edit: 'non-breaking' } },
    });
    // A later call without any override still sees the first caller's override.
    expect(diff(before, after).breaking()).toHaveLength(0);
  });

  it('cannot change what compareSpecs reports', () => {
    const [before, after] = versions();
    const edited = clone(after) as Json & { channels: Record<string, Json> };
    delete edited.channels['/book/{book_id}'];
    const reference = compareSpecs(before, edited);
    expect(reference.map((c) => [c.rule, c.type])).toEqual([
      ['channel.removed', 'breaking'],
      ['info.changed', 'non-breaking'],
    ]);
    // Pollute the module state the way a careless caller (or an older version of this project) would.
    diff(before, edited, {
      override: {
        '/channels/*': { add: 'non-breaking', remove: 'non-breaking', edit: 'non-breaking' },
        '/info/version': { add: 'breaking', remove: 'breaking', edit: 'breaking' },
      },
    });
    expect(compareSpecs(before, edited)).toEqual(reference);
  });
});
