/** Small AsyncAPI documents for the compare tests, and the generation fixtures' expected documents. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { expect } from 'vitest';
import { compareSpecs, type CompareOptions } from '../../src/compare/index';
import type { Change, ChangeType } from '../../src/types';

export type Json = Record<string, unknown>;
export type Usage = 'subscribe' | 'publish' | 'both';

export const FIXTURES = path.resolve(__dirname, '../fixtures/generate');
export const FIXTURE_CASES = ['library', 'book', 'chat'] as const;

/** The expected AsyncAPI document of a generation fixture, parsed fresh (callers mutate it). */
export function fixtureDoc(name: (typeof FIXTURE_CASES)[number]): Json {
  return jsyaml.load(readFileSync(path.join(FIXTURES, name, 'expected.asyncapi.yaml'), 'utf8')) as Json;
}

export const clone = <T>(v: T): T => structuredClone(v);

/** A firestone-shaped operation: message with a payload, ws binding, operationId and tags. */
export function operation(op: 'subscribe' | 'publish', payload: unknown, extra: Json = {}): Json {
  return {
    operationId: `things_${op}`,
    description: `${op} things`,
    bindings: { ws: { method: op === 'subscribe' ? 'get' : 'post', query: {} } },
    message: { name: 'thing', contentType: 'application/json', payload },
    tags: [{ name: 'thing' }],
    ...extra,
  };
}

/** A document whose component `thing` is the payload of `/things`, under the given operations. */
export function docWithSchema(schema: unknown, usage: Usage, extra: Json = {}): Json {
  const ref = { $ref: '#/components/schemas/thing' };
  const channel: Json = { description: 'Channel for /things' };
  if (usage !== 'publish') channel.subscribe = operation('subscribe', ref);
  if (usage !== 'subscribe') channel.publish = operation('publish', ref);
  return {
    asyncapi: '2.5.0',
    defaultContentType: 'application/json',
    info: { title: 'Things', description: 'desc', version: '1.0.0' },
    servers: { dev: { url: 'ws://localhost', protocol: 'ws' } },
    components: { schemas: { thing: schema } },
    channels: { '/things': channel },
    ...extra,
  };
}

/** A minimal document with the given channels (and optional components). */
export function docWithChannels(channels: Json, components: Json = {}, extra: Json = {}): Json {
  return {
    asyncapi: '2.5.0',
    defaultContentType: 'application/json',
    info: { title: 'Things', description: 'desc', version: '1.0.0' },
    servers: { dev: { url: 'ws://localhost', protocol: 'ws' } },
    components: { schemas: components },
    channels,
    ...extra,
  };
}

/** The changes when component `thing` goes from `before` to `after` under `usage`. */
export function schemaChanges(before: unknown, after: unknown, usage: Usage, options?: CompareOptions): Change[] {
  return compareSpecs(docWithSchema(before, usage), docWithSchema(after, usage), options);
}

/** Asserts exactly one change, with this rule and type, and returns it. */
export function single(changes: readonly Change[], rule: string, type: ChangeType): Change {
  expect(changes.map((c) => [c.rule, c.type])).toEqual([[rule, type]]);
  return changes[0] as Change;
}

export const summary = (changes: readonly Change[]): [string, ChangeType, string][] =>
  changes.map((c) => [c.rule, c.type, c.path]);
