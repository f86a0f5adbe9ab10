/** JSON Pointer (RFC 6901) helpers. */
import type { JsonPath } from '../types';

/** A pointer segment naming an array element: `0` or a number without leading zeros. */
export const isArrayIndex = (segment: string): boolean => /^(0|[1-9][0-9]*)$/.test(segment);

/** RFC 6901 escaping; the test first, because nearly no segment needs it (pointers are built per node). */
export function escapeSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

export function toPointer(path: JsonPath): string {
  let out = '';
  for (const segment of path) out += '/' + escapeSegment(segment);
  return out;
}

/** The pointer of a child: `pointer` followed by one segment. */
export const childPointer = (pointer: string, key: string | number): string => `${pointer}/${escapeSegment(key)}`;

/** Segments of a pointer, or null when it is not a valid pointer (`~` not followed by 0 or 1). */
export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  const segments = pointer.slice(1).split('/');
  if (!pointer.includes('~')) return segments;
  if (segments.some((s) => /~(?![01])/.test(s))) return null;
  return segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `schema.key.name`, `specs[0].output`, `properties["a b"]`: a path as a reader would write it. */
export function dottedPath(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number' || isArrayIndex(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
