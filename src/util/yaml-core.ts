/**
 * Plain YAML scalars by the YAML 1.2 core schema, as `yaml` resolves them: one reading for every
 * YAML text this tool reads, resources and specs alike (docs/architecture.md, "Decisions worth
 * knowing"). js-yaml builds plain data faster than `yaml`, but its own types follow YAML 1.1 in
 * places (`14_030` is the integer 14030 there, the string "14_030" in YAML 1.2); here its plain
 * scalars are resolved by `yaml`'s own core tags instead.
 */
import type jsyaml from 'js-yaml';
import { mayBeCoreTyped } from './block-yaml';
import { jsYaml, once, yaml } from './packages';

interface CoreTag {
  test: RegExp;
  resolve: (text: string, onError: () => void, options: object) => unknown;
}

/** `yaml`'s core schema scalar tags that can match a plain scalar, in `yaml`'s order. */
const coreTags = once((): readonly CoreTag[] =>
  new (yaml().Schema)({ schema: 'core' }).tags.flatMap((tag) =>
    'test' in tag && tag.test && tag.default && 'resolve' in tag ? [tag as unknown as CoreTag] : [],
  ),
);

/** The first core tag matching a plain scalar, as `yaml` picks it; undefined for a string. */
function coreTagOf(text: string): CoreTag | undefined {
  if (!mayBeCoreTyped(text)) return undefined;
  return coreTags().find((tag) => tag.test.test(text));
}

const noop = (): void => {};
const CORE_OPTIONS = { intAsBigInt: false };

/** A plain scalar as `yaml` resolves it with its core schema. */
export function resolveCore(text: string): unknown {
  const tag = coreTagOf(text);
  if (tag === undefined) return text;
  const value = tag.resolve(text, noop, CORE_OPTIONS);
  // Some of `yaml`'s tags wrap the value in a Scalar (to remember how it was written).
  return yaml().isScalar(value) ? value.value : value;
}

/**
 * One js-yaml type that resolves plain scalars with `yaml`'s core schema tags, so `0o17`, `1_000`,
 * `.5`, `+1`, `True`, `~` mean here what they mean there. One type rather than one per tag: js-yaml
 * tries every implicit type on every plain scalar (keys included).
 */
export const coreType = once(
  (): jsyaml.Type =>
    new (jsYaml().Type)('tag:yaml.org,2002:core', {
      kind: 'scalar',
      resolve: (text: string) => coreTagOf(text) !== undefined,
      construct: resolveCore,
    }),
);

/** js-yaml reading plain scalars as YAML 1.2 core, plus `extra` implicit types. */
export const coreSchema = (extra: jsyaml.Type[] = []): jsyaml.Schema =>
  jsYaml().FAILSAFE_SCHEMA.extend({ implicit: [coreType(), ...extra] });
