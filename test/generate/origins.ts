/** Checks that a generated spec's origins point at real nodes of the resources that made them. */
import { expect } from 'vitest';
import type { GeneratedSpec, JsonPath } from '../../src/types';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The node at `path`, or `missing` when some segment is not an own property. */
function nodeAt(root: unknown, path: JsonPath): { found: boolean; value: unknown } {
  let cur = root;
  for (const seg of path) {
    if (!isObj(cur) || !Object.hasOwn(cur, seg)) return { found: false, value: undefined };
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return { found: true, value: cur };
}

const parsePointer = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** A copy without property-level `references` (newer firestone's; never in the document). */
function withoutReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReferences);
  if (!isObj(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      k === 'properties' && isObj(v)
        ? Object.fromEntries(
            Object.entries(v).map(([name, p]) => {
              if (!isObj(p)) return [name, p];
              const { references: _dropped, ...rest } = p;
              return [name, withoutReferences(rest)];
            }),
          )
        : withoutReferences(v);
  }
  return out;
}

/**
 * Every origin resolves in its resource's data and in the document; a component schema is its
 * origin node (less `descriptions` for a resource), and a query-parameter keyword is the
 * keyword it was copied from, so longest-prefix lookups of deeper nodes land exactly. (`toEqual`:
 * inputs may be null-prototype objects, the output is plain.)
 */
export function expectOriginsResolve(spec: GeneratedSpec, resources: readonly { file: string; data: unknown }[]): void {
  for (const [pointer, origin] of spec.origins) {
    const resource = resources.find((r) => r.file === origin.file);
    expect(resource, `${pointer} → ${origin.file}`).toBeDefined();
    const source = nodeAt(resource?.data, origin.path);
    expect(source.found, `${pointer} → ${origin.file}#${origin.path.join('/')}`).toBe(true);
    const segments = parsePointer(pointer);
    const target = nodeAt(spec.document, segments);
    expect(target.found, `${pointer} is in the document`).toBe(true);

    if (segments[0] === 'components' && segments.length === 3) {
      const written = source.value as Record<string, unknown>;
      const made = target.value as Record<string, unknown>;
      for (const k of Object.keys(written)) {
        if (Object.hasOwn(made, k))
          expect(made[k], `${pointer}/${k}`).toEqual(
            (withoutReferences({ [k]: written[k] }) as Record<string, unknown>)[k],
          );
        else expect(k, `${pointer} drops only descriptions`).toBe('descriptions');
      }
      expect(Object.keys(made).every((k) => Object.hasOwn(written, k))).toBe(true);
    }
    const queryKeyword = segments.length === 9 && segments[5] === 'query' && segments[6] === 'properties';
    if (queryKeyword) expect(target.value, pointer).toEqual(source.value);
  }
}
