/**
 * The firestone.* rules (docs/classification.md, "Adopting next to firestone"): each defect form
 * of a document firestone wrote is listed under its own rule, non-breaking in every mode, and only
 * when the old document is firestone's; the same difference from any other document gets the
 * ordinary rule, and a real change made beside the repair keeps its own.
 */
import { describe, expect, it } from 'vitest';
import { compareOpenApi } from '../../src/compare/openapi/index';
import { FIRESTONE_ROWS, type FirestoneRuleId } from '../../src/compare/openapi/firestone-rules';
import { InputError } from '../../src/errors';
import type { Change } from '../../src/types';
import { FIRESTONE_CASES } from './firestone-docs';
import { clone, type Json } from './helpers';

const FIRESTONE = { firestone: { old: true } };
const rules = (changes: Change[]): string[] => changes.map((c) => `${c.type} ${c.rule}`).sort();

/** What the same difference is when the old document is not firestone's: its ordinary rules. */
const ORDINARY: Record<FirestoneRuleId, string[] | 'refused'> = {
  'firestone.model.dangling': 'refused',
  'firestone.model.unused': ['non-breaking component.unused.changed'],
  'firestone.property.unwrapped': [
    'breaking request.type.narrowed',
    'non-breaking request.firestone-keyword.changed',
    'non-breaking request.firestone-keyword.changed',
  ],
  'firestone.subresource.inlined': [
    'breaking request.property.required-added',
    'breaking request.type.narrowed',
    'non-breaking request.doc.changed',
    'non-breaking request.firestone-keyword.changed',
  ],
  'firestone.keyword.removed': [
    'non-breaking request.firestone-keyword.changed',
    'non-breaking response.firestone-keyword.changed',
  ],
  'firestone.path-parameter.key-schema': [
    'breaking parameter.type.narrowed',
    'non-breaking parameter.description.changed',
  ],
  'firestone.path-parameter.spurious': ['warning parameter.dropped'],
  'firestone.query-parameter.null-description': ['non-breaking parameter.description.changed'],
  'firestone.query-parameter.default-moved': [
    'breaking parameter.default.changed',
    'non-breaking parameter.doc.changed',
    'unclassified unclassified',
  ],
  'firestone.default-query-parameter.normalised': ['breaking parameter.serialization.changed'],
  'firestone.default-query-parameter.filtered': ['warning parameter.dropped'],
  'firestone.security.alternatives-added': [
    'non-breaking security.alternative.added',
    'non-breaking security.scheme.added',
  ],
};

describe('firestone.* rules', () => {
  it.each(Object.keys(FIRESTONE_CASES) as FirestoneRuleId[])(
    '%s: listed alone, non-breaking in every compatibility mode, naming the defect',
    (rule) => {
      const [before, after] = FIRESTONE_CASES[rule];
      for (const compatibility of ['backward', 'forward', 'full', 'none'] as const) {
        const changes = compareOpenApi(before, after, { ...FIRESTONE, compatibility });
        expect(changes.length).toBeGreaterThan(0);
        expect(changes.map((c) => c.rule)).toEqual(changes.map(() => rule));
        expect(changes.every((c) => c.type === 'non-breaking')).toBe(true);
        for (const c of changes)
          expect(c.message).toContain(`(firestone defect ${FIRESTONE_ROWS[rule].defect}, not a change to the API)`);
      }
    },
  );

  it.each(Object.keys(FIRESTONE_CASES) as FirestoneRuleId[])(
    '%s: the same difference from a document firestone did not write gets its ordinary rule',
    (rule) => {
      const [before, after] = FIRESTONE_CASES[rule];
      const expected = ORDINARY[rule];
      for (const options of [{}, { firestone: { old: false } }, { firestone: { old: true, new: true } }]) {
        if (expected !== 'refused') expect(rules(compareOpenApi(before, after, options))).toEqual(expected);
        // Between two of firestone's files its dangling models are let through (the next test).
        else if (options.firestone?.new !== true)
          expect(() => compareOpenApi(before, after, options)).toThrow(InputError);
      }
    },
  );

  it('messages say what firestone wrote and what is written instead', () => {
    const message = (rule: FirestoneRuleId): string => {
      const [before, after] = FIRESTONE_CASES[rule];
      return compareOpenApi(before, after, FIRESTONE)[0]!.message;
    };
    expect(message('firestone.path-parameter.key-schema')).toBe(
      `firestone wrote path parameter 'note_id' as a plain string; the generated spec uses the key's schema {"type":"string","format":"uuid"} and description (firestone defect OA-3, not a change to the API)`,
    );
    expect(message('firestone.model.dangling')).toBe(
      "firestone referred to schema 'CreateNote' without writing it; the generated spec defines it as 'note' with 'title' required (firestone defect OA-1, not a change to the API)",
    );
    expect(message('firestone.property.unwrapped')).toContain(
      "property 'note.note_id' as its resource entry ('expose', 'schema')",
    );
    expect(message('firestone.default-query-parameter.normalised')).toContain('(in: params, no required, default: 20)');
  });

  it('one entry per defect and element, with every operation it was found in', () => {
    const [before, after] = FIRESTONE_CASES['firestone.path-parameter.key-schema'];
    const both = clone(before) as Json & { paths: Record<string, { get: { parameters: unknown } }> };
    both.paths['/notes/{note_id}/title']!.get.parameters = both.paths['/notes/{note_id}']!.get.parameters;
    const changes = compareOpenApi(both, after, FIRESTONE);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.locations.map((l) => ('path' in l ? l.path : ''))).toEqual([
      '/notes/{note_id}',
      '/notes/{note_id}/title',
    ]);
  });

  it('a real change beside the repair keeps its ordinary rule and verdict', () => {
    const [before, after] = FIRESTONE_CASES['firestone.property.unwrapped'];
    // The team also made the key a number: firestone's wrapper says string, so that is a real change.
    const changed = clone(after) as { components: { schemas: { note: { properties: { note_id: object } } } } };
    changed.components.schemas.note.properties.note_id = { description: "The note's id", type: 'integer' };
    expect(rules(compareOpenApi(before, changed, FIRESTONE))).toEqual([
      'breaking request.type.changed',
      'non-breaking firestone.property.unwrapped',
    ]);
    // And a path parameter the team removed in the same pull request is still a removal.
    const [b2, a2] = FIRESTONE_CASES['firestone.path-parameter.key-schema'];
    const gone = clone(a2) as { paths: Record<string, unknown> };
    delete gone.paths['/notes/{note_id}'];
    expect(rules(compareOpenApi(b2, gone, FIRESTONE))).toEqual(['breaking path.removed']);
  });

  it("the old document is not changed by the repair (firestone's anchors: one node in several places)", () => {
    const [before, after] = FIRESTONE_CASES['firestone.path-parameter.key-schema'];
    const shared = clone(before) as { paths: Record<string, { get: { parameters: unknown[] } }> };
    const param = shared.paths['/notes/{note_id}']!.get.parameters[0];
    shared.paths['/notes/{note_id}/title']!.get.parameters = [param];
    const copy = clone(shared);
    compareOpenApi(shared, after, FIRESTONE);
    expect(shared).toEqual(copy);
    expect(shared.paths['/notes/{note_id}/title']!.get.parameters[0]).toBe(param);
  });

  it("between two of firestone's documents nothing is repaired and its dangling models are compared as written", () => {
    const [before] = FIRESTONE_CASES['firestone.model.dangling'];
    const after = clone(before) as { components: { schemas: { note: { properties: { title: object } } } } };
    after.components.schemas.note.properties.title = { description: 'Title', type: 'integer' };
    const changes = compareOpenApi(before, after, { firestone: { old: true, new: true } });
    expect(changes.map((c) => c.rule)).toEqual(['response.type.changed']);
    // Only firestone's own kind of dangling reference is let through.
    const other = clone(before) as { paths: Record<string, { get: { responses: Record<string, Json> } }> };
    other.paths['/notes/{note_id}']!.get.responses['200'] = {
      description: 'x',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } },
    };
    expect(() => compareOpenApi(other, other, { firestone: { old: true, new: true } })).toThrow(
      /\$ref '#\/components\/schemas\/Missing' points to nothing/,
    );
  });

  it('a $ref to nothing in a document firestone did not write is refused, naming the file, line and pointer', () => {
    const [before, after] = FIRESTONE_CASES['firestone.model.dangling'];
    let error: unknown;
    try {
      compareOpenApi(before, after, {
        files: { old: 'base.yaml', new: 'openapi.yaml' },
        locate: (pointer, side) => (side === 'old' ? { file: 'base.yaml', line: pointer.length } : null),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const pointer = '/paths/~1notes/post/requestBody/content/application~1json/schema/$ref';
    expect((error as InputError).problems).toEqual([
      {
        file: 'base.yaml',
        line: pointer.length,
        pointer,
        message:
          "$ref '#/components/schemas/CreateNote' points to nothing in this document; a reference to nothing cannot be compared",
      },
    ]);
    // On the new side too.
    expect(() => compareOpenApi(after, before, { files: { old: 'a.yaml', new: 'b.yaml' } })).toThrow(
      /^b\.yaml: \$ref '#\/components\/schemas\/CreateNote' points to nothing/,
    );
  });
});
