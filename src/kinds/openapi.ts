/**
 * OpenAPI, as a kind: the generator of src/generate/openapi.ts and the comparison of
 * src/compare/openapi/ behind the entry points every kind has.
 */
import { describeRule, RULE_IDS } from '../compare/index';
import { compareOpenApi, openApiVersion } from '../compare/openapi/index';
import { generateOpenApi } from '../generate/openapi';
import type { SpecKindModule } from './kind';
import { VOCABULARY } from './vocabulary';

/** The line firestone writes after `info` in every OpenAPI file (docs/generation.md, "Specs firestone wrote"). */
export const FIRESTONE_OPENAPI_COMMENT = '# https://www.jvt.me/posts/2022/05/29/openapi-json-patch/';

/** `text` as a regular expression that matches it literally. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const FIRESTONE_COMMENT_LINE = {
  literal: FIRESTONE_OPENAPI_COMMENT,
  line: new RegExp(`[ \\t]*${literally(FIRESTONE_OPENAPI_COMMENT)}[ \\t]*\\r?(?=\\n|$)`, 'y'),
};
/** A response code written as an integer key (`200:`); this tool, like the spec says, writes strings. */
const INTEGER_CODE = { literal: 'responses:', line: /[ \t]+responses:[ \t]*\r?\n[ \t]+[1-5][0-9][0-9][ \t]*:/y };

/**
 * The 1-based line of the first line `sign.line` matches from its start, trying only the lines that
 * hold `sign.literal`: a plain search of a spec of megabytes is far cheaper than a regex at every line.
 */
const lineOfMatch = (text: string, sign: { literal: string; line: RegExp }): number | null => {
  for (let at = text.indexOf(sign.literal); at >= 0; at = text.indexOf(sign.literal, at + 1)) {
    sign.line.lastIndex = text.lastIndexOf('\n', at) + 1;
    if (!sign.line.test(text)) continue;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    return line;
  }
  return null;
};

export const openapiKind: SpecKindModule = {
  kind: 'openapi',
  generate: (resources, info, target, warn) =>
    generateOpenApi(resources, info, {
      ...(target.openapi !== undefined ? { openapi: target.openapi } : {}),
      ...(target.prefix !== undefined ? { prefix: target.prefix } : {}),
      warn,
    }),
  checkVersion: (doc, file) => void openApiVersion(doc, file),
  compare: compareOpenApi,
  emptyLike(doc) {
    const empty: Record<string, unknown> = { openapi: doc.openapi, info: doc.info, paths: {} };
    if (Object.hasOwn(doc, 'webhooks')) empty.webhooks = {};
    empty.components = { schemas: {} };
    return empty;
  },
  recognise(text, file) {
    const comment = lineOfMatch(text, FIRESTONE_COMMENT_LINE);
    const codes = lineOfMatch(text, INTEGER_CODE);
    if (comment === null && codes === null) return null;
    const signs = [
      ...(comment !== null ? [`its comment line at line ${comment}`] : []),
      ...(codes !== null ? [`response codes written as integers (line ${codes + 1})`] : []),
    ];
    return (
      `${file}: written by firestone (${signs.join(', ')}); this tool writes the same API with ` +
      "firestone's known defects fixed, so the first regeneration may differ from it (docs/generation.md)"
    );
  },
  // firestone writes every response code as an integer (OA-20); this tool, and a spec repaired by hand, do not.
  firestoneOutput: (text) => lineOfMatch(text, INTEGER_CODE) !== null,
  ruleIds: RULE_IDS,
  describeRule,
  retiredRules: {},
  vocabulary: VOCABULARY.openapi,
};
