/**
 * firestone's pre-0.5 resource format, on the team's legacy fixtures (test/fixtures/generate/legacy,
 * README.md there): recognised everywhere, and converted text-exactly as the `migrated/` copies
 * were made by hand. (firestone's own legacy files are migrated by the corpus leg of .ci/run.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { discoverResources } from '../../src/resource/discover';
import { isLegacyResource, migrateText } from '../../src/resource/legacy';
import { inputErrorAsync, makeWorkspace } from './workspace';

const FIXTURES = path.resolve(__dirname, '../fixtures/generate');
const read = (rel: string): string => readFileSync(path.join(FIXTURES, rel), 'utf8');

describe('migrateText', () => {
  it.each(['shelves.yaml', 'loans.yaml'])(
    'legacy/%s: only the legacy keys change, exactly as the migrated copy (comments and blank lines kept)',
    (file) => {
      const original = read(`legacy/original/${file}`);
      const result = migrateText(original, file);
      expect(result).toEqual({ status: 'converted', text: read(`legacy/migrated/${file}`) });
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
    const original = read('legacy/shelves.json');
    const result = migrateText(original, 'shelves.json');
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
    expect(migrateText(read('legacy/migrated/shelves.yaml'), 'a.yaml')).toEqual({
      status: 'current',
    });
    expect(migrateText('name: x\nvalue: 1\n', 'x.yaml')).toEqual({ status: 'not-a-resource' });
  });

  it('recognises the legacy data shape', () => {
    expect(isLegacyResource(YAML.parse(read('legacy/original/shelves.yaml')))).toBe(true);
    expect(isLegacyResource(YAML.parse(read('legacy/migrated/shelves.yaml')))).toBe(false);
  });
});

describe('auto-discovery', () => {
  it('names every legacy file and how to convert it, instead of leaving it out', async () => {
    const ws = makeWorkspace({
      'resources/loans.yaml': read('legacy/original/loans.yaml'),
      'resources/members.yaml': read('library/members.yaml'),
      'resources/shelves.yaml': read('legacy/original/shelves.yaml'),
      'config.yaml': 'name: not a resource\nschema: 1\n',
    });
    const err = await inputErrorAsync(() => discoverResources(ws, [], []));
    expect(err.problems.map((p) => [p.file, p.message])).toEqual(
      ['resources/loans.yaml', 'resources/shelves.yaml'].map((f) => [
        f,
        `is a resource in the pre-0.5 firestone format (top-level \`name\`, no \`kind\`); convert it with \`firestone-spec migrate ${f}\``,
      ]),
    );
  });

  it('finds the migrated files as resources', async () => {
    const ws = makeWorkspace({
      'r/shelves.yaml': read('legacy/migrated/shelves.yaml'),
      'r/loans.yaml': read('legacy/migrated/loans.yaml'),
    });
    expect(await discoverResources(ws, [], [])).toEqual(['r/loans.yaml', 'r/shelves.yaml']);
  });
});
