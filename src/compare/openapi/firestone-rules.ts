/**
 * The `firestone.*` rows of the rule registry (docs/classification.md, "Adopting next to
 * firestone"), as data: each names a defect of firestone's OpenAPI generator (the OA-n of
 * docs/openapi-generation.md) whose repair shows as a difference between a spec firestone wrote
 * and the one this tool generates. They apply only when the old document was written by firestone
 * (src/kinds/openapi.ts `recognise`) and are non-breaking in every compatibility mode: nobody
 * changed the API. The detectors are in firestone.ts.
 *
 * Templates use the placeholders of ../rules.ts plus {name}, {parameter}, {keywords}, {detail}.
 */
import type { ChangeType } from '../../types';

export type FirestoneRuleId =
  | 'firestone.model.dangling'
  | 'firestone.model.unused'
  | 'firestone.property.unwrapped'
  | 'firestone.subresource.inlined'
  | 'firestone.keyword.removed'
  | 'firestone.path-parameter.key-schema'
  | 'firestone.path-parameter.spurious'
  | 'firestone.query-parameter.null-description'
  | 'firestone.query-parameter.default-moved'
  | 'firestone.default-query-parameter.normalised'
  | 'firestone.default-query-parameter.filtered'
  | 'firestone.security.alternatives-added';

export interface FirestoneRow {
  /** The defect of docs/openapi-generation.md, "firestone's defects and what we do instead". */
  readonly defect: `OA-${number}`;
  readonly title: string;
  readonly type: ChangeType;
  readonly message: string;
}

const NOT_A_CHANGE = 'not a change to the API';

export const FIRESTONE_ROWS: Readonly<Record<FirestoneRuleId, FirestoneRow>> = {
  'firestone.model.dangling': {
    defect: 'OA-1',
    title: 'firestone referred to a Create…/Update… schema it did not write; the generated spec defines it',
    type: 'non-breaking',
    message: `firestone referred to schema {name} without writing it; the generated spec defines it{detail} (firestone defect OA-1, ${NOT_A_CHANGE})`,
  },
  'firestone.model.unused': {
    defect: 'OA-1',
    title: 'firestone wrote a Create…/Update… schema no operation uses; the generated spec leaves it out',
    type: 'non-breaking',
    message: `firestone wrote schema {name}, which no operation uses; the generated spec leaves it out (firestone defect OA-1, ${NOT_A_CHANGE})`,
  },
  'firestone.property.unwrapped': {
    defect: 'OA-2',
    title:
      "firestone wrote a property as its resource entry ({expose, schema}); the generated spec writes the entry's schema",
    type: 'non-breaking',
    message: `firestone wrote property {name} as its resource entry ({keywords}); the generated spec writes the schema itself (firestone defect OA-2, ${NOT_A_CHANGE})`,
  },
  'firestone.subresource.inlined': {
    defect: 'OA-2',
    title: 'firestone copied a whole sub-resource into a schema; the generated spec refers to its items schema',
    type: 'non-breaking',
    message: `firestone copied sub-resource {name} whole into the schema; the generated spec refers to the schema of its items (firestone defect OA-2, ${NOT_A_CHANGE})`,
  },
  'firestone.keyword.removed': {
    defect: 'OA-2',
    title:
      'firestone copied resource keywords (expose, methods, key, …) into a schema; the generated spec leaves them out',
    type: 'non-breaking',
    message: `firestone copied the resource keywords {keywords} into {name}; the generated spec leaves them out (firestone defect OA-2, ${NOT_A_CHANGE})`,
  },
  'firestone.path-parameter.key-schema': {
    defect: 'OA-3',
    title:
      "firestone wrote a path parameter as a plain string; the generated spec uses the key's schema and description",
    type: 'non-breaking',
    message: `firestone wrote path parameter {parameter} as a plain string; the generated spec uses the key's {detail} (firestone defect OA-3, ${NOT_A_CHANGE})`,
  },
  'firestone.path-parameter.spurious': {
    defect: 'OA-4',
    title: 'firestone added a path parameter the path does not have; the generated spec leaves it out',
    type: 'non-breaking',
    message: `firestone added path parameter {parameter}, which is not in the path (its name only occurs in the path's text); the generated spec leaves it out (firestone defect OA-4, ${NOT_A_CHANGE})`,
  },
  'firestone.query-parameter.null-description': {
    defect: 'OA-5',
    title: 'firestone wrote description: null on a query parameter; the generated spec writes no description',
    type: 'non-breaking',
    message: `firestone wrote 'description: null' on query parameter {parameter}; the generated spec writes no description (firestone defect OA-5, ${NOT_A_CHANGE})`,
  },
  'firestone.query-parameter.default-moved': {
    defect: 'OA-6',
    title:
      "firestone wrote a query parameter's default on the Parameter object; the generated spec puts it in its schema",
    type: 'non-breaking',
    message: `firestone wrote the default {after} of query parameter {parameter} on the parameter, where OpenAPI ignores it; the generated spec puts it in its schema (firestone defect OA-6, ${NOT_A_CHANGE})`,
  },
  'firestone.default-query-parameter.normalised': {
    defect: 'OA-7',
    title:
      'firestone copied a default query parameter as written; the generated spec writes it like any query parameter',
    type: 'non-breaking',
    message: `firestone copied default query parameter {parameter} as written in the resource ({detail}); the generated spec writes it like any query parameter (firestone defect OA-7, ${NOT_A_CHANGE})`,
  },
  'firestone.default-query-parameter.filtered': {
    defect: 'OA-7',
    title:
      'firestone added a default query parameter its methods filter or a same-named parameter excludes; the generated spec leaves it out',
    type: 'non-breaking',
    message: `firestone added default query parameter {parameter} although {detail}; the generated spec leaves it out (firestone defect OA-7, ${NOT_A_CHANGE})`,
  },
  'firestone.security.alternatives-added': {
    defect: 'OA-8',
    title: "firestone required only a resource's first security scheme; the generated spec accepts each of them",
    type: 'non-breaking',
    message: `firestone required only the security scheme {name}; the generated spec accepts each scheme of the resource ({values}) (firestone defect OA-8, ${NOT_A_CHANGE})`,
  },
};
