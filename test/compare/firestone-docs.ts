/**
 * Small OpenAPI documents for the firestone.* rules, written for them: `ours()` is a document as
 * this tool generates it, and each case puts one of firestone's defect forms into a copy of it
 * (the old side), keeping the new side ours unless the fixed form needs more.
 */
import type { FirestoneRuleId } from '../../src/compare/openapi/firestone-rules';
import { clone, type Json } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const str = { type: 'string' };
const json = (schema: unknown) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const key = {
  name: 'note_id',
  in: 'path',
  required: true,
  description: "The note's id",
  schema: { ...str, format: 'uuid' },
};
const pageSize = {
  name: 'page_size',
  in: 'query',
  required: false,
  description: 'Notes per page',
  schema: { type: 'integer', default: 20 },
};

/** A notes API as this tool writes it. */
export function ours(): Json {
  return {
    openapi: '3.0.0',
    info: { title: 'Notes', version: '1.0' },
    components: {
      schemas: {
        note: {
          type: 'object',
          properties: { note_id: { description: "The note's id", ...str }, title: { description: 'Title', ...str } },
        },
        CreateNote: { allOf: [ref('note'), { type: 'object', required: ['title'] }] },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      },
    },
    paths: {
      '/notes': {
        get: {
          operationId: 'notes_get',
          parameters: [pageSize],
          responses: {
            '200': { description: 'Response for OK', content: json({ type: 'array', items: ref('note') }) },
          },
          security: [{ bearer: [] }, { key: [] }],
        },
        post: {
          operationId: 'notes_post',
          parameters: [],
          requestBody: { required: true, description: 'The request body for /notes', content: json(ref('CreateNote')) },
          responses: { '201': { description: 'Response for CREATED', content: json(ref('CreateNote')) } },
        },
      },
      '/notes/{note_id}': {
        get: {
          operationId: 'notes_note_id_get',
          parameters: [key],
          responses: { '200': { description: 'Response for OK', content: json(ref('note')) } },
        },
      },
      '/notes/{note_id}/title': {
        get: {
          operationId: 'notes_note_id_title_get',
          parameters: [key],
          responses: { '200': { description: 'Response for OK', content: json({ description: 'Title', ...str }) } },
        },
      },
    },
  };
}

const edited = (edit: (d: Doc) => void, base: Json = ours()): Json => {
  const d = clone(base) as Doc;
  edit(d);
  return d;
};
const notes = (d: Doc): Doc => d.paths['/notes'];
const note = (d: Doc): Doc => d.components.schemas.note;

/** firestone.* rule → [firestone's document (old), ours (new)] showing that one defect. */
export const FIRESTONE_CASES: Record<FirestoneRuleId, [Json, Json]> = {
  'firestone.model.dangling': [edited((d) => delete d.components.schemas.CreateNote), ours()],
  'firestone.model.unused': [
    edited((d) => (d.components.schemas.UpdateNote = { allOf: [ref('note'), { type: 'object' }] })),
    ours(),
  ],
  'firestone.property.unwrapped': [
    edited((d) => (note(d).properties.note_id = { description: "The note's id", expose: false, schema: str })),
    ours(),
  ],
  'firestone.subresource.inlined': [
    edited(
      (d) =>
        (note(d).properties.tags = {
          description: 'Tags of the note',
          schema: {
            type: 'array',
            key: { name: 'tag_id' },
            methods: { resource: ['get'] },
            items: { type: 'object', required: ['label'], properties: { label: str } },
          },
        }),
    ),
    edited((d) => {
      note(d).properties.tags = ref('tags');
      d.components.schemas.tags = { type: 'object', required: ['label'], properties: { label: str } };
    }),
  ],
  'firestone.keyword.removed': [
    edited((d) => {
      note(d).properties.title.methods = ['get'];
      d.paths['/notes/{note_id}/title'].get.responses['200'].content['application/json'].schema.methods = ['get'];
    }),
    ours(),
  ],
  'firestone.path-parameter.key-schema': [
    edited((d) => {
      d.paths['/notes/{note_id}'].get.parameters = [{ name: 'note_id', in: 'path', required: true, schema: str }];
    }),
    ours(),
  ],
  'firestone.path-parameter.spurious': [
    edited((d) => notes(d).get.parameters.push({ name: 'note', in: 'path', required: true, schema: str })),
    ours(),
  ],
  'firestone.query-parameter.null-description': [
    edited((d) => (notes(d).get.parameters = [{ ...pageSize, description: null }])),
    edited((d) => {
      const { description: _, ...rest } = pageSize;
      notes(d).get.parameters = [rest];
    }),
  ],
  'firestone.query-parameter.default-moved': [
    edited((d) => (notes(d).get.parameters = [{ ...pageSize, default: 20, schema: { type: 'integer' } }])),
    ours(),
  ],
  'firestone.default-query-parameter.normalised': [
    edited(
      (d) =>
        (notes(d).get.parameters = [
          { name: 'page_size', in: 'params', description: 'Notes per page', schema: { type: 'integer' }, default: 20 },
        ]),
    ),
    ours(),
  ],
  'firestone.default-query-parameter.filtered': [
    edited(
      (d) =>
        (notes(d).post.parameters = [
          { name: 'page_size', in: 'query', description: 'Notes per page', schema: pageSize.schema, methods: ['get'] },
        ]),
    ),
    ours(),
  ],
  'firestone.security.alternatives-added': [
    edited((d) => {
      notes(d).get.security = [{ bearer: [] }];
      delete d.components.securitySchemes.key;
    }),
    ours(),
  ],
};
