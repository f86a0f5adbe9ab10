/**
 * Where a change was written: a pointer of an AsyncAPI document → a file and line, for annotations
 * and reports. Two sources: a generated document (through its origins into the resource files),
 * or the text of a plain AsyncAPI file.
 */
import type { Document, LineCounter } from 'yaml';
import { yaml } from '../util/packages';
import { isArrayIndex, parsePointer, toPointer } from '../util/pointer';
import type { GeneratedSpec, JsonPath, LoadedResource } from '../types';
import { firestoneRepair } from '../generate/firestone-text';
import { blockYamlLineFinder } from '../util/yaml-lines';
import { jsonLineFinder } from '../util/json-lines';
import { childOf } from '../util/data';

export type Locator = (pointer: string) => { file: string; line: number } | null;

/**
 * The longest prefix of the pointer that the generator recorded an origin for; the remaining
 * segments continue the path inside the resource's data, and the resource says where that was
 * written (its nearest existing ancestor when the generator made the node up).
 */
export function locatorForGenerated(spec: GeneratedSpec, resources: readonly LoadedResource[]): Locator {
  const byFile = new Map(resources.map((r) => [r.file, r]));
  const find: Locator = (pointer) => {
    const segs = parsePointer(pointer);
    if (segs === null) return null;
    for (let n = segs.length; n >= 0; n--) {
      const prefix = toPointer(segs.slice(0, n));
      const origin = spec.origins.get(prefix);
      if (origin === undefined) continue;
      const resource = byFile.get(origin.file);
      if (resource === undefined) return null;
      const position = resource.locate(extendPath(resource.data, origin.path, segs.slice(n)));
      return { file: position.file, line: position.line };
    }
    return null;
  };
  return (pointer) => find(pointer) ?? nearestChannel(pointer, find);
}

/**
 * A removed channel has no origin in the new document; the channel it hung below does (an
 * attribute channel's instance channel, say), and that resource is where it was removed.
 */
function nearestChannel(pointer: string, find: Locator): ReturnType<Locator> {
  const segs = parsePointer(pointer);
  if (segs?.[0] !== 'channels' || segs[1] === undefined) return null;
  for (let address = segs[1]; address.includes('/'); ) {
    address = address.slice(0, address.lastIndexOf('/'));
    const found = address === '' ? null : find(toPointer(['channels', address]));
    if (found) return found;
  }
  return null;
}

/** `base` followed by `rest`, with array indexes as numbers where the data has arrays. */
function extendPath(data: unknown, base: JsonPath, rest: readonly string[]): JsonPath {
  let node: unknown = data;
  for (const seg of base) node = childOf(node, seg);
  const out: (string | number)[] = [...base];
  for (const seg of rest) {
    const index = Array.isArray(node) && isArrayIndex(seg) ? Number(seg) : null;
    out.push(index ?? seg);
    node = childOf(node, index ?? seg);
  }
  return out;
}

/**
 * Lines of a plain spec file (YAML or JSON). Block YAML is read by indentation (util/yaml-lines.ts),
 * JSON by a scan (util/json-lines.ts); anything else is parsed with positions. Each is made when a
 * location is first asked for, so a big spec with no changes costs nothing. A pointer that does
 * not exist gives its nearest existing ancestor; flow text that does not parse gives null.
 */
export function locatorForText(written: string, file: string, options: { json?: boolean } = {}): Locator {
  // A spec firestone wrote is read with its glued line repaired; lines are still the file's as written.
  const repair = firestoneRepair(written);
  const text = repair === null ? written : repair.text;
  const asWritten = (line: number): number => (repair !== null && line > repair.line ? line - 1 : line);
  let parsed: { doc: Document.Parsed; lines: LineCounter } | null | undefined;
  const load = (): { doc: Document.Parsed; lines: LineCounter } | null => {
    if (parsed !== undefined) return parsed;
    try {
      const lines = new (yaml().LineCounter)();
      const doc = yaml().parseDocument(text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
      parsed = doc.errors.length > 0 ? null : { doc, lines };
    } catch {
      parsed = null;
    }
    return parsed;
  };
  // `json`: the caller parsed the text as JSON already (serialize.ts readAsJson); a repaired text is not the one it parsed.
  const knownJson = options.json === true && repair === null;
  const flow = /^\s*[{[]/.test(text.replace(/^(?:\s*#.*\n)*/, ''));
  // Made at the first lookup; null: none fits (flow YAML, which starts like JSON), the parser answers.
  let fast: ((segs: readonly string[]) => number | null) | null | undefined;
  const finder = () =>
    fast !== undefined
      ? fast
      : (fast = !flow ? blockYamlLineFinder(text) : knownJson || isJson(text) ? jsonLineFinder(text) : null);
  return (pointer) => {
    const segs = parsePointer(pointer);
    const find = segs === null ? null : finder();
    const line = segs === null || find === null ? null : find(segs);
    if (line !== null) return { file, line: asWritten(line) };
    const source = segs === null ? null : load();
    if (source === null || segs === null) return null;
    const offset = offsetOf(source.doc, segs);
    return offset === null ? null : { file, line: asWritten(source.lines.linePos(offset).line) };
  };
}

/** The text is JSON (and so no flow YAML, which the scan does not read). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the deepest node along the path (the key, for a map entry); an alias is not followed: its own place is nearer. */
function offsetOf(doc: Document.Parsed, segs: readonly string[]): number | null {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const seg of segs) {
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => (yaml().isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (pair === undefined) break;
      offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
      node = pair.value;
    } else if (yaml().isSeq(node)) {
      const item: unknown = isArrayIndex(seg) ? node.items[Number(seg)] : undefined;
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
    if (yaml().isAlias(node)) break;
  }
  return offset ?? null;
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node === 'object' && node !== null && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range ? range[0] : undefined;
  }
  return undefined;
}
