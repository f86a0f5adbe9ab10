/**
 * The schema layer as an OpenAPI comparison uses it (docs/architecture.md, "Compare"): a
 * component schema `thing` in two OpenAPI documents, judged at one place of a family (`request`,
 * `response`, `parameter`, `header`) in one direction, through the same calls the OpenAPI
 * detectors make: normalizeDocument, a SchemaDiffer with `readWriteOnly`, schemaFindings, toChanges.
 */
import { schemaFindings, toChanges } from '../../src/compare/classify';
import type { Slot } from '../../src/compare/diff';
import { normalizeDocument } from '../../src/compare/normalize';
import type { Family } from '../../src/compare/rules';
import { SchemaDiffer } from '../../src/compare/schema-diff';
import type { Change, ClientDirection, Compatibility } from '../../src/types';
import type { Json } from './helpers';

export type OpenApiVersion = '3.0.3' | '3.1.0';

export function openapiDoc(schema: unknown, version: OpenApiVersion = '3.1.0', schemas: Json = {}): Json {
  return {
    openapi: version,
    info: { title: 'Things', version: '1.0.0' },
    paths: {},
    components: { schemas: { ...schemas, thing: schema } },
  };
}

export interface PlaceOptions {
  family?: Family;
  direction?: ClientDirection;
  versions?: [OpenApiVersion, OpenApiVersion];
  /** Other component schemas (on both sides, unless `schemasAfter` gives the new ones). */
  schemas?: Json;
  schemasAfter?: Json;
  compatibility?: Compatibility;
}

/** The changes when component `thing` goes from `before` to `after`, used at one place. */
export function openapiSchemaChanges(before: unknown, after: unknown, options: PlaceOptions = {}): Change[] {
  return openapiSchemaChangesAt(before, after, [options], options);
}

/** The same, with `thing` used at several places (each a family and direction), as one comparison. */
export function openapiSchemaChangesAt(
  before: unknown,
  after: unknown,
  places: readonly Pick<PlaceOptions, 'family' | 'direction'>[],
  options: PlaceOptions = {},
): Change[] {
  const [v1, v2] = options.versions ?? ['3.1.0', '3.1.0'];
  const oldDoc = normalizeDocument(openapiDoc(before, v1, options.schemas));
  const newDoc = normalizeDocument(openapiDoc(after, v2, options.schemasAfter ?? options.schemas));
  const pointer = '/components/schemas/thing';
  const at = (root: Json): unknown => ((root.components as Json).schemas as Json).thing;
  const slots = places.map((place): Slot => {
    const family = place.family ?? 'request';
    const direction =
      place.direction ?? (family === 'response' || family === 'header' ? 'client-receives' : 'client-sends');
    return {
      family,
      direction,
      // The schema layer only carries the location through; an AsyncAPI-shaped one is enough here.
      location: { channel: `/things (${family})`, direction, operation: 'post' },
      old: at(oldDoc.root),
      new: at(newDoc.root),
      oldPointer: pointer,
      newPointer: pointer,
    };
  });
  const differ = new SchemaDiffer(oldDoc, newDoc, { readWriteOnly: true, stabilityLevels: true });
  const { findings } = schemaFindings(slots, differ);
  return toChanges(findings, { today: '2024-01-01', compatibility: options.compatibility ?? 'backward' });
}

/** The changes of `thing` when the components go from `before` to `after` (null: compare `before` with itself). */
export function openapiPair(before: Json, after: Json | null, options: PlaceOptions = {}): Change[] {
  const { thing: a, ...restA } = before;
  const { thing: b, ...restB } = after ?? before;
  return openapiSchemaChanges(a, b, { ...options, schemas: restA, schemasAfter: after === null ? restA : restB });
}
