/**
 * AsyncAPI, as a kind: today's generator (src/generate/asyncapi.ts) and comparison
 * (src/compare/index.ts) behind the entry points every kind has.
 */
import { compareSpecs, describeRule, majorVersion, RETIRED_RULES, RULE_IDS } from '../compare/index';
import { generateAsyncApi } from '../generate/asyncapi';
import type { SpecKindModule } from './kind';
import { VOCABULARY } from './vocabulary';

export const asyncapiKind: SpecKindModule = {
  kind: 'asyncapi',
  generate: (resources, info, target, warn) => generateAsyncApi(resources, info, { asyncapi: target.asyncapi, warn }),
  checkVersion: (doc, file) => void majorVersion(doc, file),
  compare: compareSpecs,
  emptyLike(doc) {
    const empty: Record<string, unknown> = {
      asyncapi: doc.asyncapi,
      defaultContentType: doc.defaultContentType,
      info: doc.info,
      servers: {},
      components: { schemas: {} },
      channels: {},
    };
    if (Object.hasOwn(doc, 'operations')) empty.operations = {};
    return empty;
  },
  ruleIds: RULE_IDS,
  describeRule,
  retiredRules: RETIRED_RULES,
  vocabulary: VOCABULARY.asyncapi,
};
