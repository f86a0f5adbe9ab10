/**
 * firestone's pre-0.5 resource format, on the real files of firestone's history
 * (test/fixtures/firestone-real/sets/firestone-legacy-*, see PROVENANCE.md there): recognised
 * everywhere, and converted text-exactly as the fixtures' `migrated/` copies were made by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { discoverResources } from '../../src/resource/discover';
import { isLegacyResource, migrateText } from '../../src/resource/legacy';
import { inputErrorAsync, makeWorkspace } from './workspace';

const SETS = path.resolve(__dirname, '../fixtures/firestone-real/sets');
const LEGACY = ['firestone-legacy-d700b66', 'firestone-legacy-ed9981d', 'firestone-legacy-1bb8707'];
const read = (rel: string): string => readFileSync(path.join(SETS, rel), 'utf8');

describe('migrateText', () => {
  it.each(LEGACY.flatMap((set) => ['addressbook.yaml', 'person.yaml'].map((f) => [set, f])))(
    '%s/%s: only the legacy keys change, exactly as the migrated copy',
    (set, file) => {
      const original = read(`${set}/original/${file}`);
      const result = migrateText(original, file);
      expect(result).toEqual({ status: 'converted', text: read(`${set}/migrated/${file}`) });
    },
  );

  it('keeps comments, order, quoting and blank lines; version becomes a string as written', () => {
    const text = [
      '# the book resource',
      'name: book   # its kind',
      '',
      "description: 'Books: all of them'",
      'version: 1.10 # as written',
      'version_in_path: true',
      'schema:',
      '  type: array',
      '  key: {name: id}',
      '  items: {type: object}',
      '',
    ].join('\n');
    const result = migrateText(text, 'book.yaml');
    expect(result.status).toBe('converted');
    const out = (result as { text: string }).text;
    expect(out).toBe(
      [
        '# the book resource',
        'kind: book   # its kind',
        '',
        'metadata:',
        "  description: 'Books: all of them'",
        'apiVersion: "1.10" # as written',
        'versionInPath: true',
        'schema:',
        '  type: array',
        '  key: {name: id}',
        '  items: {type: object}',
        '',
      ].join('\n'),
    );
    expect(YAML.parse(out)).toMatchObject({
      kind: 'book',
      metadata: { description: 'Books: all of them' },
      apiVersion: '1.10',
      versionInPath: true,
    });
  });

  it('moves a multi-line description under metadata, indented', () => {
    const text = 'name: a\ndescription: >\n  two\n  lines\nschema:\n  type: array\n  key: {name: id}\n  items: {}\n';
    const out = (migrateText(text, 'a.yaml') as { text: string }).text;
    expect(out).toBe(
      'kind: a\nmetadata:\n  description: >\n    two\n    lines\nschema:\n  type: array\n  key: {name: id}\n  items: {}\n',
    );
    expect(YAML.parse(out).metadata).toEqual({ description: 'two lines\n' });
  });

  it('a JSON file stays JSON: quoted keys keep their quotes, the description moves into a metadata object', () => {
    const original = read('firestone-legacy-json-9d747a0/addressbook.json');
    const result = migrateText(original, 'addressbook.json');
    expect(result.status).toBe('converted');
    const out = (result as { text: string }).text;
    const data = JSON.parse(out) as Record<string, unknown>;
    const before = JSON.parse(original) as Record<string, unknown>;
    const { name, description, version: _version, ...rest } = before;
    expect(data).toEqual({ kind: name, metadata: { description }, apiVersion: '1.0', ...rest });
    expect(out).toContain('"apiVersion": "1.0"');
    expect(Object.keys(data).slice(0, 3)).toEqual(['kind', 'metadata', 'apiVersion']);
    // Only those lines changed.
    const changed = out.split('\n').filter((l, i) => l !== original.split('\n')[i]);
    expect(changed).toHaveLength(3);
  });

  it('leaves current files and other YAML alone', () => {
    expect(migrateText(read('firestone-legacy-ed9981d/migrated/addressbook.yaml'), 'a.yaml')).toEqual({
      status: 'current',
    });
    expect(migrateText('name: x\nvalue: 1\n', 'x.yaml')).toEqual({ status: 'not-a-resource' });
  });

  it('recognises the legacy data shape', () => {
    expect(isLegacyResource(YAML.parse(read('firestone-legacy-ed9981d/original/addressbook.yaml')))).toBe(true);
    expect(isLegacyResource(YAML.parse(read('firestone-legacy-ed9981d/migrated/addressbook.yaml')))).toBe(false);
  });
});

describe('auto-discovery', () => {
  it('names every legacy file and how to convert it, instead of leaving it out', async () => {
    const ws = makeWorkspace({
      'resources/addressbook.yaml': read('firestone-legacy-ed9981d/original/addressbook.yaml'),
      'resources/person.yaml': read('firestone-legacy-ed9981d/original/person.yaml'),
      'resources/postal_codes.yaml': read('firestone-f5d94a9-addressbook/addressbook/postal_codes.yaml'),
      'config.yaml': 'name: not a resource\nschema: 1\n',
    });
    const err = await inputErrorAsync(() => discoverResources(ws, [], []));
    expect(err.problems.map((p) => [p.file, p.message])).toEqual(
      ['resources/addressbook.yaml', 'resources/person.yaml'].map((f) => [
        f,
        `is a resource in the pre-0.5 firestone format (top-level \`name\`, no \`kind\`); convert it with \`firestone-spec migrate ${f}\``,
      ]),
    );
  });

  it('finds the migrated files as resources', async () => {
    const ws = makeWorkspace({
      'r/addressbook.yaml': read('firestone-legacy-ed9981d/migrated/addressbook.yaml'),
      'r/person.yaml': read('firestone-legacy-ed9981d/migrated/person.yaml'),
    });
    expect(await discoverResources(ws, [], [])).toEqual(['r/addressbook.yaml', 'r/person.yaml']);
  });
});
