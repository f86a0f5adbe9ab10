/**
 * `firestone-spec diff OLD NEW` through the built CLI, on the fixtures' expected documents and
 * hand-mutated copies: exit codes, the JSON report (file = NEW, source lines in NEW, in OLD for
 * removals), JSON input, and documents that differ only in form (no changes at all).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { type CliResult, cliTestFile, describeRun, fixtureCases, lineOf, runCli, workspace } from './helpers';

cliTestFile();

const cases = Object.fromEntries(fixtureCases().map((c) => [c.name, c]));
const expectedText = (name: string): string => {
  const c = cases[name];
  if (!c) throw new Error(`fixture ${name} missing`);
  return c.expectedText;
};

interface DiffReport {
  version: number;
  context: unknown;
  specs: {
    file: string;
    drift: boolean;
    baseline: { ref: string | null; found: boolean };
    changes: { rule: string; type: string; path: string; source: { file: string; line: number } | null }[];
    summary: Record<string, number>;
  }[];
  summary: Record<string, number | boolean>;
}

const json = (r: CliResult): DiffReport => JSON.parse(r.stdout) as DiffReport;

/** The book document with the instance channel removed and an optional `isbn` property added. */
function mutatedBook(): string {
  const old = expectedText('book');
  const cut = old.indexOf('  /book/{book_id}:');
  if (cut === -1) throw new Error('book fixture changed: no /book/{book_id} channel');
  const withIsbn = old
    .slice(0, cut)
    .replace(
      '        author:\n          type: string\n',
      '        author:\n          type: string\n        isbn:\n          type: string\n',
    );
  if (!withIsbn.includes('isbn')) throw new Error('book fixture changed: no author property');
  return withIsbn;
}

describe('diff', () => {
  it('breaking change: exit 1; --fail-on never: 0; JSON report with file = NEW and source lines in NEW and OLD', async () => {
    const oldText = expectedText('book');
    const newText = mutatedBook();
    const ws = workspace('diff-book-', { 'old/asyncapi.yaml': oldText, 'new/asyncapi.yaml': newText });

    const text = await runCli(['diff', 'old/asyncapi.yaml', 'new/asyncapi.yaml'], { cwd: ws });
    expect(text.code, describeRun(text)).toBe(1);
    expect(text.stdout).toMatch(/channel\.removed/);
    expect(text.stdout).toMatch(/payload\.property\.added-optional/);

    const never = await runCli(['diff', 'old/asyncapi.yaml', 'new/asyncapi.yaml', '--fail-on', 'never'], { cwd: ws });
    expect(never.code, describeRun(never)).toBe(0);
    expect(never.stdout).toBe(text.stdout);

    const r = await runCli(['diff', '--format', 'json', 'old/asyncapi.yaml', 'new/asyncapi.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(1);
    const report = json(r);
    expect(report.version).toBe(1);
    expect(report.context).toBeNull();
    expect(report.specs).toHaveLength(1);
    const spec = report.specs[0];
    expect(spec?.file).toBe('new/asyncapi.yaml');
    expect(spec?.drift).toBe(false);
    const byRule = Object.fromEntries((spec?.changes ?? []).map((c) => [c.rule, c]));
    expect(Object.keys(byRule).sort()).toEqual(['channel.removed', 'payload.property.added-optional']);
    // A removal is located in OLD, an addition in NEW.
    expect(byRule['channel.removed']).toMatchObject({
      type: 'breaking',
      path: '/channels/~1book~1{book_id}',
      source: { file: 'old/asyncapi.yaml', line: lineOf(oldText, /^ {2}\/book\/\{book_id\}:/) },
    });
    expect(byRule['payload.property.added-optional']).toMatchObject({
      type: 'non-breaking',
      path: '/components/schemas/book/properties/isbn',
      source: { file: 'new/asyncapi.yaml', line: lineOf(newText, /^ {8}isbn:/) },
    });
    expect(spec?.summary).toEqual({ breaking: 1, warning: 0, nonBreaking: 1, unclassified: 0, waived: 0 });
    expect(report.summary).toEqual({
      breaking: 1,
      warning: 0,
      nonBreaking: 1,
      unclassified: 0,
      waived: 0,
      drift: false,
    });

    // Nothing here is a warning; the added property is non-breaking.
    const onlyWarning = await runCli(['diff', '--fail-on', 'warning', 'old/asyncapi.yaml', 'new/asyncapi.yaml'], {
      cwd: ws,
    });
    expect(onlyWarning.code, describeRun(onlyWarning)).toBe(0);
    const nonBreaking = await runCli(['diff', '--fail-on', 'non-breaking', 'old/asyncapi.yaml', 'new/asyncapi.yaml'], {
      cwd: ws,
    });
    expect(nonBreaking.code, describeRun(nonBreaking)).toBe(1);
  });

  it('reversed: the channel is an addition (exit 0), the property a removal located in OLD', async () => {
    const big = expectedText('book');
    const small = mutatedBook();
    const ws = workspace('diff-rev-', { 'a.yaml': small, 'b.yaml': big });
    const r = await runCli(['diff', '--format', 'json', 'a.yaml', 'b.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    const changes = json(r).specs[0]?.changes ?? [];
    expect(changes.map((c) => c.rule).sort()).toEqual(['channel.added', 'payload.property.removed-optional']);
    const removed = changes.find((c) => c.rule === 'payload.property.removed-optional');
    // Optional property removed: a warning for clients that receive it (subscribe).
    expect(removed?.type).toBe('warning');
    expect(removed?.source).toEqual({ file: 'a.yaml', line: lineOf(small, /^ {8}isbn:/) });
    const added = changes.find((c) => c.rule === 'channel.added');
    expect(added?.source).toEqual({ file: 'b.yaml', line: lineOf(big, /^ {2}\/book\/\{book_id\}:/) });
    const failWarning = await runCli(['diff', '--fail-on', 'warning', 'a.yaml', 'b.yaml'], { cwd: ws });
    expect(failWarning.code, describeRun(failWarning)).toBe(1);
  });

  it('every report says which two files it compared, never "the working tree"', async () => {
    const ws = workspace('diff-files-', { 'old.yaml': expectedText('book'), 'new.yaml': mutatedBook() });
    const text = await runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: ws });
    expect(text.stdout).toContain('compared old.yaml (old) with new.yaml (new)');
    const markdown = await runCli(['diff', '--format', 'markdown', 'old.yaml', 'new.yaml'], { cwd: ws });
    expect(markdown.stdout).toContain('`old.yaml` (old) compared with `new.yaml` (new).');
    const data = json(await runCli(['diff', '--format', 'json', 'old.yaml', 'new.yaml'], { cwd: ws }));
    expect(data.specs[0]?.file).toBe('new.yaml');
    expect(data.specs[0]?.baseline).toEqual({ ref: null, found: true, file: 'old.yaml' });
    for (const out of [text.stdout, markdown.stdout]) expect(out).not.toMatch(/working tree|regenerated/);
  });

  it('reads JSON input files, with source lines in the JSON text', async () => {
    const oldText = expectedText('book');
    const newJson = `${JSON.stringify(parseYaml(mutatedBook()), null, 2)}\n`;
    const ws = workspace('diff-json-', { 'old.yaml': oldText, 'new.json': newJson });
    const r = await runCli(['diff', '--format', 'json', 'old.yaml', 'new.json'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(1);
    const spec = json(r).specs[0];
    expect(spec?.file).toBe('new.json');
    const added = spec?.changes.find((c) => c.rule === 'payload.property.added-optional');
    expect(added?.source).toEqual({ file: 'new.json', line: lineOf(newJson, /^\s*"isbn": \{/) });

    // Both sides JSON, identical data: nothing.
    fs.writeFileSync(path.join(ws, 'same.json'), JSON.stringify(parseYaml(oldText)));
    const same = await runCli(['diff', '--format', 'json', 'old.yaml', 'same.json'], { cwd: ws });
    expect(same.code, describeRun(same)).toBe(0);
    expect(json(same).specs[0]?.changes).toEqual([]);
  });

  it('documents that differ only in key order, anchors and required/enum order: zero changes', async () => {
    for (const name of ['library', 'chat']) {
      const original = expectedText(name);
      const data = parseYaml(original) as Record<string, unknown>;
      const reshaped = reshape(data);
      // Share one object between every operation's `bindings` where they are equal, so YAML writes anchors.
      const text = stringifyYaml(shareEqualObjects(reshaped), { aliasDuplicateObjects: true });
      expect(text).toMatch(/&\w+/);
      expect(text).toMatch(/\*\w+/);
      expect(parseYaml(text, { maxAliasCount: -1 })).toEqual(reshaped);
      const ws = workspace(`diff-same-${name}-`, { 'a.yaml': original, 'b.yaml': text });

      const r = await runCli(
        ['diff', '--format', 'json', '--fail-on', 'breaking,warning,non-breaking,unclassified', 'a.yaml', 'b.yaml'],
        { cwd: ws },
      );
      expect(r.code, `${name}: ${describeRun(r)}`).toBe(0);
      const report = json(r);
      expect(report.specs[0]?.changes, name).toEqual([]);
      expect(report.summary).toEqual({
        breaking: 0,
        warning: 0,
        nonBreaking: 0,
        unclassified: 0,
        waived: 0,
        drift: false,
      });
    }
  });

  it('markdown: verdict and escaped hostile text from the documents', async () => {
    const hostile = '<img src=x onerror=alert(1)> @someone';
    const oldDoc = parseYaml(expectedText('book')) as {
      components: { schemas: { book: { properties: Record<string, unknown> } } };
    };
    const newDoc = structuredClone(oldDoc);
    newDoc.components.schemas.book.properties.title = { type: 'string', enum: ['a', hostile], description: hostile };
    const ws = workspace('diff-md-', { 'old.yaml': stringifyYaml(oldDoc), 'new.yaml': stringifyYaml(newDoc) });
    const r = await runCli(['diff', '--format', 'markdown', 'old.yaml', 'new.yaml'], { cwd: ws });
    // An enum introduced on a property clients send: breaking.
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^### ❌ 1 breaking change/);
    expect(r.stdout).toMatch(/payload\.enum\.added/);
    expect(r.stdout).toContain('new.yaml:');
    expect(r.stdout).not.toMatch(/<img/i);
    expect(r.stdout).toContain('&lt;img');
    expect(r.stdout).not.toMatch(/@someone/);
  });

  it('bad input: a missing file, invalid YAML in NEW (file:line:col), no stack trace', async () => {
    const ws = workspace('diff-bad-', {
      'old.yaml': expectedText('book'),
      'new.yaml': 'asyncapi: 2.5.0\ninfo: {title: [x\n',
    });
    const missing = await runCli(['diff', 'old.yaml', 'gone.yaml'], { cwd: ws });
    expect(missing.code, describeRun(missing)).toBe(2);
    expect(missing.stderr).toMatch(/gone\.yaml/);
    expect(missing.stderr).not.toContain('    at ');
    const invalid = await runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: ws });
    expect(invalid.code, describeRun(invalid)).toBe(2);
    expect(invalid.stderr).toMatch(/new\.yaml:\d+:\d+/);
    expect(invalid.stderr).not.toContain('    at ');
    expect(invalid.stdout).toBe('');
  });

  it('an AsyncAPI version it does not read (1.x, 4.x, none): exit 2 naming the file and the version', async () => {
    const ws = workspace('diff-version-', {
      'old.yaml': expectedText('book'),
      'v1.yaml': expectedText('book').replace('asyncapi: 2.5.0', 'asyncapi: 1.2.0'),
      'v4.yaml': expectedText('book').replace('asyncapi: 2.5.0', "asyncapi: '4.0.0'"),
      'none.yaml': expectedText('book').replace('asyncapi: 2.5.0\n', ''),
    });
    for (const [file, shown] of [
      ['v1.yaml', /AsyncAPI version "1\.2\.0" is not supported/],
      ['v4.yaml', /AsyncAPI version "4\.0\.0" is not supported/],
      ['none.yaml', /no `asyncapi` version is not supported/],
    ] as const) {
      const r = await runCli(['diff', 'old.yaml', file, '--format', 'json'], { cwd: ws });
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(shown);
      expect(r.stderr).not.toContain('    at ');
      expect(r.stdout).toBe('');
    }
    const reversed = await runCli(['diff', 'v1.yaml', 'old.yaml'], { cwd: ws });
    expect(reversed.code, describeRun(reversed)).toBe(2);
    expect(reversed.stderr).toContain('v1.yaml');
  });

  it('a 2.x baseline against a 3.0 head: a server that moved is one url change, at the host line in NEW', async () => {
    const oldText = [
      'asyncapi: 2.6.0',
      'info: { title: Feed, version: 1.0.0 }',
      'servers:',
      '  live: { url: "wss://{stage}.example.com", protocol: wss, variables: { stage: { default: eu } } }',
      'channels:',
      '  feed:',
      '    subscribe:',
      '      operationId: onFeed',
      '      message: { name: item, messageId: item, payload: { type: string } }',
      '',
    ].join('\n');
    const newText = [
      'asyncapi: 3.0.0',
      'info: { title: Feed, version: 1.0.0 }',
      'servers:',
      '  live:',
      '    protocol: wss',
      "    host: '{stage}.feeds.example.com'",
      '    pathname: /v2',
      '    variables: { stage: { default: eu } }',
      'channels:',
      '  feed:',
      '    address: feed',
      '    messages:',
      '      item: { name: item, payload: { type: string } }',
      'operations:',
      '  onFeed:',
      '    action: send',
      "    channel: { $ref: '#/channels/feed' }",
      '',
    ].join('\n');
    const ws = workspace('diff-cross-', { 'old.yaml': oldText, 'new.yaml': newText });
    const r = await runCli(['diff', '--format', 'json', 'old.yaml', 'new.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(1);
    const changes = json(r).specs[0]?.changes.filter((c) => c.rule !== 'asyncapi.version.changed');
    expect(changes).toMatchObject([
      {
        rule: 'server.url.changed',
        type: 'breaking',
        path: '/servers/live/host',
        source: { file: 'new.yaml', line: lineOf(newText, /^ {4}host:/) },
      },
    ]);
    const text = await runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: ws });
    expect(text.stdout).toContain("changed from '{stage}.example.com' to '{stage}.feeds.example.com/v2'");
  });

  it('an OpenAPI parameter whose content has two media types: exit 2 naming the file, line and pointer', async () => {
    const doc = (types: string[]) =>
      [
        'openapi: 3.1.0',
        'info: {title: T, version: 1.0.0}',
        'paths:',
        '  /orders:',
        '    get:',
        '      parameters:',
        '        - name: filter',
        '          in: query',
        '          content:',
        ...types.flatMap((t) => [`            ${t}:`, '              schema: {type: string}']),
        '      responses:',
        "        '200': {description: ok}",
        '',
      ].join('\n');
    const ws = workspace('diff-content-', {
      'old.yaml': doc(['application/json']),
      'new.yaml': doc(['application/json', 'text/plain']),
    });
    const r = await runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "new.yaml:9: the parameter's content has 2 media types (application/json, text/plain); the OpenAPI specification allows exactly one (at /paths/~1orders/get/parameters/0/content)\n",
    );
  });
});

/** A deep copy with every mapping's keys reversed and every `required`/`enum` list reversed. */
function reshape(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => reshape(v));
    return key === 'required' || key === 'enum' ? items.reverse() : items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).reverse()) out[k] = reshape((value as Record<string, unknown>)[k], k);
    return out;
  }
  return value;
}

/** Replaces structurally equal objects by one shared instance (the first seen), so YAML aliases them. */
function shareEqualObjects(root: unknown): unknown {
  const seen = new Map<string, object>();
  const walk = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const canonical = JSON.stringify(value);
    const prior = seen.get(canonical);
    if (prior) return prior;
    const copy: unknown = Array.isArray(value)
      ? value.map(walk)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    // Only non-trivial objects, so the text still looks like a real document.
    if (canonical.length > 40) seen.set(canonical, copy as object);
    return copy;
  };
  return walk(root);
}
