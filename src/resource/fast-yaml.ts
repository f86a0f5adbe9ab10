/**
 * The fast way to read a resource file: the block reader (util/block-yaml.ts) for plain block
 * YAML, which most resource files are; else js-yaml, which builds plain data about 8× faster than
 * `yaml` builds its syntax tree (docs/architecture.md, "Decisions worth knowing"). `yaml` stays the
 * reference: scalars are resolved by `yaml`'s own YAML 1.2 core tags, and every text this path
 * cannot vouch for gives NOT_FAST, so the caller reads it with `yaml`: then errors, limits and
 * positions are exactly those of the careful path. Only the data is taken from here; positions
 * are parsed with `yaml` when a message needs one.
 *
 * What sends a text to `yaml`: any js-yaml error, anchors and aliases (`yaml` limits their
 * expansion), merge keys, explicit tags (a bare `!` too: `a: !` is "" in `yaml`, null in js-yaml),
 * directives, collection or explicit (`?`) keys, quoted scalars and flow collections over several
 * lines or with a comment glued to their end (js-yaml is laxer there), keys that a scalar type
 * could have rewritten (`1.0:` is "1.0" in `yaml` with string keys, "1" in
 * js-yaml), `__proto__`, an empty document, and nesting near the limit.
 */
import type jsyaml from 'js-yaml';
import { NOT_BLOCK, readBlockYaml } from '../util/block-yaml';
import { jsYaml, once } from '../util/packages';
import { coreSchema, resolveCore } from '../util/yaml-core';

export const NOT_FAST: unique symbol = Symbol('not fast');

const schema = once(() => coreSchema());

/** Texts with constructs this path leaves to `yaml` (see the module comment); false positives only cost speed. */
const NEEDS_YAML = /(?:^|[\s[{,])(?:[&*]\S|!)|<<|^%|(?:^|[\s[{,])\?(?:\s|$)|[\]}][ \t]*:(?:\s|$)/m;

/** Keys a non-string scalar turns into in js-yaml: `yaml` keeps their source text instead. */
const SCALAR_LOOKING_KEY = /^(?:[-+]?[0-9.]|true$|false$|null$|NaN$|-?Infinity$|__proto__$)/;

class Bail extends Error {}

const QUOTE_OR_FLOW = new Set([0x22, 0x27, 0x5b, 0x7b]); // " ' [ {

/**
 * The line where the node js-yaml is about to read starts, when it is a quoted scalar or a flow
 * collection; -1 otherwise. Such a node spread over several lines is left to `yaml`: js-yaml accepts
 * continuation lines that `yaml` rightly refuses as not indented enough.
 */
function quotedOrFlowStart(state: jsyaml.State): number {
  const { input } = state;
  let line = state.line;
  let p = state.position;
  for (;;) {
    const c = input.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0d) p++;
    else if (c === 0x0a) {
      p++;
      line++;
    } else if (c === 0x23) {
      while (p < input.length && input.charCodeAt(p) !== 0x0a) p++;
    } else return QUOTE_OR_FLOW.has(c) ? line : -1;
  }
}

/** Plain data of a YAML/JSON text, or NOT_FAST when `yaml` must read it. `maxDepth`: bail out well before this. */
export function fastPlainData(text: string, maxDepth: number): unknown {
  // Plain block YAML, which most resource files are, is read fastest by the block reader; its keys are their source text.
  // Its depth counts collections only: two less keeps its scalars within `maxDepth` too.
  const block = readBlockYaml(text, resolveCore, { maxDepth: maxDepth - 2, maxNodes: Number.MAX_SAFE_INTEGER });
  if (block !== NOT_BLOCK) return block;
  if (NEEDS_YAML.test(text)) return NOT_FAST;
  const starts: number[] = [];
  // Nodes nest in js-yaml's recursion one call per level: bailing at the limit keeps the stack shallow.
  const listener = (event: jsyaml.EventType, state: jsyaml.State): void => {
    if (event === 'open') {
      if (starts.length >= maxDepth) throw new Bail();
      starts.push(quotedOrFlowStart(state));
    } else {
      const line = starts.pop();
      // `}#`, `"x"#`: `yaml` refuses a comment glued to a quoted or flow node, js-yaml reads one.
      if (line !== -1 && (line !== state.line || state.input.charCodeAt(state.position) === 0x23)) throw new Bail();
    }
  };
  let data: unknown;
  try {
    data = jsYaml().load(text, { schema: schema(), listener });
  } catch {
    return NOT_FAST;
  }
  // A bare scalar is no resource; js-yaml also reads a top-level `|` block of empty lines as "\n".
  if (typeof data !== 'object' || data === null || !keysAreVerbatim(data)) return NOT_FAST;
  return data;
}

/** Whether every key in the data is sure to be the key's source text. Iterative: depth is bounded, but cheaply so. */
function keysAreVerbatim(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (SCALAR_LOOKING_KEY.test(key)) return false;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return true;
}
