/**
 * `firestone-spec update` through the built CLI: writes the spec file(s), is idempotent
 * (a second run touches nothing), follows the config's outputs (.json included) and `--only`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { expectValidAsyncApi } from '../helpers/asyncapi-valid';
import { ageFile, cliTestFile, describeRun, fixtureCases, runCli, snapshotTree, workspace } from './helpers';

cliTestFile();

const cases = Object.fromEntries(fixtureCases().map((c) => [c.name, c]));
const fixture = (name: string) => {
  const c = cases[name];
  if (!c) throw new Error(`fixture ${name} missing`);
  return c;
};
const read = (file: string): string => fs.readFileSync(file, 'utf8');

describe('update', () => {
  it('auto-discovers the resources, writes asyncapi.yaml, and a second run changes nothing', async () => {
    const book = fixture('book');
    const ws = workspace('update-auto-', {
      'resources/book.yaml': read(book.resources[0] as string),
      // Not resources: skipped by auto-discovery.
      'docs/notes.yaml': 'just: notes\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    });
    const spec = path.join(ws, 'asyncapi.yaml');

    const first = await runCli(['update'], { cwd: ws });
    expect(first.code, describeRun(first)).toBe(0);
    expect(first.stdout).toBe('updated asyncapi.yaml\n');
    const text = read(spec);
    expect(text.endsWith('\n')).toBe(true);
    const doc = parseYaml(text) as Record<string, unknown>;
    // Without a committed spec or flags: the directory name as title, version 1.0.0.
    expect(doc.info).toEqual({ title: path.basename(ws), description: '', version: '1.0.0' });
    expect({ ...doc, info: null }).toEqual({ ...(parseYaml(book.expectedText) as object), info: null });
    await expectValidAsyncApi(doc);

    const mtime = ageFile(spec);
    const before = snapshotTree(ws);
    const second = await runCli(['update'], { cwd: ws });
    expect(second.code, describeRun(second)).toBe(0);
    expect(second.stdout).toBe('asyncapi.yaml is up to date\n');
    expect(fs.statSync(spec).mtimeMs).toBe(mtime);
    expect(read(spec)).toBe(text);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it("keeps the committed spec's info, and counts a reformatted but equal spec as up to date", async () => {
    const book = fixture('book');
    const ws = workspace('update-info-', { 'resources/book.yaml': read(book.resources[0] as string) });
    const spec = path.join(ws, 'asyncapi.yaml');
    // The expected document is written in another style: other key order and quoting, same data.
    fs.writeFileSync(spec, book.expectedText);
    const mtime = ageFile(spec);

    const r = await runCli(['update'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toBe('asyncapi.yaml is up to date\n');
    expect(fs.statSync(spec).mtimeMs).toBe(mtime);
    expect(read(spec)).toBe(book.expectedText);

    // A resource edit: regenerated, with the title/description/version taken from the old file.
    const edited = read(path.join(ws, 'resources/book.yaml')).replace(
      '      author:\n',
      '      year:\n        type: integer\n      author:\n',
    );
    fs.writeFileSync(path.join(ws, 'resources/book.yaml'), edited);
    const again = await runCli(['update'], { cwd: ws });
    expect(again.code, describeRun(again)).toBe(0);
    expect(again.stdout).toBe('updated asyncapi.yaml\n');
    const doc = parseYaml(read(spec)) as { info: unknown; components: { schemas: { book: { properties: object } } } };
    expect(doc.info).toEqual({ title: 'Books', description: 'Book store events', version: '1.0.0' });
    expect(Object.keys(doc.components.schemas.book.properties).sort()).toEqual(['author', 'title', 'year']);
  });

  it("writes the config's outputs (YAML and JSON), and --only picks one target of two", async () => {
    const book = fixture('book');
    const chat = fixture('chat');
    const ws = workspace('update-config-', {
      'api/books/book.yaml': read(book.resources[0] as string),
      'api/chat/rooms.yaml': read(chat.resources[0] as string),
      '.github/firestone-spec.yml': [
        'specs:',
        '  - output: docs/books.yaml',
        '    resources: ["api/books/*.yaml"]',
        `    title: ${book.title}`,
        `    description: ${book.description}`,
        `    version: ${book.version}`,
        '  - output: docs/chat.json',
        '    resources: ["api/chat/**/*.yaml"]',
        `    title: ${chat.title}`,
        `    description: ${chat.description}`,
        `    version: ${chat.version}`,
        '',
      ].join('\n'),
    });
    const books = path.join(ws, 'docs/books.yaml');
    const chatJson = path.join(ws, 'docs/chat.json');

    const onlyChat = await runCli(['update', '--only', 'docs/chat.json'], { cwd: ws });
    expect(onlyChat.code, describeRun(onlyChat)).toBe(0);
    expect(onlyChat.stdout).toBe('updated docs/chat.json\n');
    expect(fs.existsSync(books)).toBe(false);
    const chatText = read(chatJson);
    expect(chatText.endsWith('\n')).toBe(true);
    expect(JSON.parse(chatText)).toEqual(parseYaml(chat.expectedText));

    const chatMtime = ageFile(chatJson);
    const all = await runCli(['update'], { cwd: ws });
    expect(all.code, describeRun(all)).toBe(0);
    expect(all.stdout).toBe('updated docs/books.yaml\ndocs/chat.json is up to date\n');
    expect(fs.statSync(chatJson).mtimeMs).toBe(chatMtime);
    expect(parseYaml(read(books))).toEqual(parseYaml(book.expectedText));

    // --only with a path spelled differently still names the same target; an unknown one is an error.
    const booksMtime = ageFile(books);
    const dotted = await runCli(['update', '--only', './docs/books.yaml'], { cwd: ws });
    expect(dotted.code, describeRun(dotted)).toBe(0);
    expect(dotted.stdout).toBe('docs/books.yaml is up to date\n');
    expect(fs.statSync(books).mtimeMs).toBe(booksMtime);

    const unknown = await runCli(['update', '--only', 'docs/nope.yaml'], { cwd: ws });
    expect(unknown.code, describeRun(unknown)).toBe(2);
    expect(unknown.stderr).toMatch(/docs\/nope\.yaml.*not a spec output/);
    expect(unknown.stderr).not.toContain('    at ');
  });

  it('--spec-file and --resources make the single target without a config', async () => {
    const book = fixture('book');
    const ws = workspace('update-flags-', {
      'one/book.yaml': read(book.resources[0] as string),
      // Also a resource, but outside the --resources glob.
      'two/other.yaml': read(book.resources[0] as string).replace('kind: book', 'kind: other'),
    });
    const r = await runCli(
      [
        'update',
        '--spec-file',
        'out/spec.json',
        '--resources',
        'one/*.yaml',
        '--title',
        'Books',
        '--spec-version',
        '2.0.0',
      ],
      { cwd: ws },
    );
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toBe('updated out/spec.json\n');
    const doc = JSON.parse(read(path.join(ws, 'out/spec.json'))) as { info: unknown; components: { schemas: object } };
    expect(doc.info).toEqual({ title: 'Books', description: '', version: '2.0.0' });
    expect(Object.keys(doc.components.schemas)).toEqual(['book']);
    expect(fs.existsSync(path.join(ws, 'asyncapi.yaml'))).toBe(false);
  });
});
