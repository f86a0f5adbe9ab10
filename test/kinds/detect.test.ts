/**
 * A target's kind (docs/architecture.md, "Spec kinds"): configured, else the committed file's
 * top-level key, else `openapi` in the name, else AsyncAPI; and the targets of a workspace
 * without a config.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { autoOutputs, kindOfName, kindOfOutput, kindOfText } from '../../src/kinds/detect';
import { firestoneSides, kindOfPair, recognise } from '../../src/kinds/index';
import { inputError, lineOf, makeWorkspace } from '../resource/workspace';

describe('kind of a spec text', () => {
  it('reads the top-level key of YAML, plain or quoted, wherever it is among the keys', () => {
    expect(kindOfText('openapi: 3.0.0\ninfo:\n  title: T\n')).toBe('openapi');
    expect(kindOfText('# comment\ninfo:\n  title: T\n"asyncapi": 2.5.0\n')).toBe('asyncapi');
    expect(kindOfText("'openapi': '3.1.0'\n")).toBe('openapi');
  });

  it('does not take a nested key or a value for the top-level one', () => {
    expect(kindOfText('info:\n  openapi: 3.0.0\n')).toBeNull();
    expect(kindOfText('title: openapi\n')).toBeNull();
  });

  it('parses JSON', () => {
    expect(kindOfText('{\n  "info": {"asyncapi": 1},\n  "openapi": "3.0.3"\n}\n')).toBe('openapi');
    expect(kindOfText('{"asyncapi": "3.0.0"}')).toBe('asyncapi');
    expect(kindOfText('{"swagger": "2.0"}')).toBeNull();
    expect(kindOfText('{ not json')).toBeNull();
  });
});

describe('kind of a target', () => {
  it('is openapi when the file name contains openapi, else asyncapi', () => {
    expect(kindOfName('openapi.yaml')).toBe('openapi');
    expect(kindOfName('docs/rest-OpenAPI.json')).toBe('openapi');
    expect(kindOfName('openapi/events.yaml')).toBe('asyncapi');
    expect(kindOfName('asyncapi.yaml')).toBe('asyncapi');
    expect(kindOfName('spec.yaml')).toBe('asyncapi');
  });

  it('is what the committed file says, whatever its name', () => {
    const ws = makeWorkspace({ 'api.yaml': 'openapi: 3.0.0\n', 'openapi.yaml': 'asyncapi: 2.5.0\n' });
    expect(kindOfOutput(ws, 'api.yaml')).toBe('openapi');
    expect(kindOfOutput(ws, 'openapi.yaml')).toBe('asyncapi');
    // No file, or one that names no kind: the name decides.
    expect(kindOfOutput(ws, 'missing-openapi.yaml')).toBe('openapi');
    expect(kindOfOutput(makeWorkspace({ 'spec.yaml': ': broken [\n' }), 'spec.yaml')).toBe('asyncapi');
  });

  it('is found in a large file, near its top or far below it, YAML or JSON', () => {
    const filler = `x-filler:\n${'  - padding line of a large spec\n'.repeat(5000)}`;
    const ws = makeWorkspace({
      'top.yaml': `openapi: 3.0.0\n${filler}`,
      'openapi-below.yaml': `${filler}asyncapi: 2.5.0\n`,
      'big.json': JSON.stringify({ info: { title: 'x'.repeat(100_000) }, openapi: '3.1.0' }),
    });
    expect(kindOfOutput(ws, 'top.yaml')).toBe('openapi');
    expect(kindOfOutput(ws, 'openapi-below.yaml')).toBe('asyncapi');
    expect(kindOfOutput(ws, 'big.json')).toBe('openapi');
  });
});

describe('targets without a config', () => {
  it('are the spec files committed at the root, in a fixed order', () => {
    const ws = makeWorkspace({ 'openapi.yaml': 'openapi: 3.0.0\n', 'asyncapi.json': '{}', 'sub/asyncapi.yaml': '' });
    expect(autoOutputs(ws)).toEqual(['asyncapi.json', 'openapi.yaml']);
    expect(autoOutputs(makeWorkspace({ 'openapi.json': '{}' }))).toEqual(['openapi.json']);
  });

  it('are asyncapi.yaml when none is committed', () => {
    expect(autoOutputs(makeWorkspace({ 'README.md': '' }))).toEqual(['asyncapi.yaml']);
  });
});

describe('config keys of a kind', () => {
  const CONFIG = '.github/firestone-spec.yml';
  const load = (ws: string) => loadConfig(ws, null);

  it('kind, openapi and prefix on an OpenAPI target; the kind found when not given', () => {
    const text = [
      'specs:',
      '  - output: rest/openapi.yaml',
      '    openapi: 3.1.0',
      '    prefix: https://api.example.test/v1',
      '  - output: api.yaml',
      '    kind: openapi',
      '  - output: committed.yaml',
      '  - output: events.yaml',
      '    asyncapi: 3.0.0',
      '',
    ].join('\n');
    const ws = makeWorkspace({ [CONFIG]: text, 'committed.yaml': 'openapi: 3.0.0\ninfo: {}\n' });
    expect(load(ws).specs).toEqual([
      {
        output: 'rest/openapi.yaml',
        resources: [],
        kind: 'openapi',
        openapi: '3.1.0',
        prefix: 'https://api.example.test/v1',
      },
      { output: 'api.yaml', resources: [], kind: 'openapi' },
      { output: 'committed.yaml', resources: [], kind: 'openapi' },
      { output: 'events.yaml', resources: [], kind: 'asyncapi', asyncapi: '3.0.0' },
    ]);
  });

  it('asyncapi on an OpenAPI target, openapi or prefix on an AsyncAPI one: an error at its line', () => {
    const text = [
      'specs:',
      '  - output: openapi.yaml',
      '    asyncapi: 3.0.0',
      '  - output: events.yaml',
      '    prefix: https://x.test',
      '  - output: rest.yaml',
      '    kind: asyncapi',
      '    openapi: 3.0.3',
      '',
    ].join('\n');
    const problems = inputError(() => load(makeWorkspace({ [CONFIG]: text }))).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: CONFIG,
        line: lineOf(text, '    asyncapi: 3.0.0'),
        message: expect.stringMatching(
          /'asyncapi' is a key of AsyncAPI targets.*'openapi\.yaml' an OpenAPI target.*kind: asyncapi/,
        ),
      }),
      expect.objectContaining({
        line: lineOf(text, '    prefix: https://x.test'),
        message: expect.stringMatching(/'prefix' is a key of OpenAPI targets.*'events\.yaml' an AsyncAPI target/),
      }),
      expect.objectContaining({
        line: lineOf(text, '    openapi: 3.0.3'),
        message: expect.stringMatching(/'openapi' is a key of OpenAPI targets, and its kind makes 'rest\.yaml'/),
      }),
    ]);
  });

  it('refuses an unknown kind and an OpenAPI version other than 3.0.x or 3.1.x, at their lines', () => {
    const text = 'specs:\n  - output: a.yaml\n    kind: graphql\n  - output: openapi.yaml\n    openapi: 2.0\n';
    const problems = inputError(() => load(makeWorkspace({ [CONFIG]: text }))).problems;
    expect(problems.map((p) => p.line)).toEqual([3, 5]);
    expect(problems[0]?.message).toMatch(/asyncapi.*openapi/);
  });
});

describe('diff: the kind two documents share', () => {
  const files = { old: 'old.yaml', new: 'new.yaml' };
  it('is the kind both name', () => {
    expect(kindOfPair({ openapi: '3.0.0' }, { openapi: '3.1.0' }, files)).toBe('openapi');
    expect(kindOfPair({ asyncapi: '2.5.0' }, { asyncapi: '3.0.0' }, files)).toBe('asyncapi');
  });

  it('refuses two kinds and Swagger 2.0, naming the file', () => {
    expect(inputError(() => kindOfPair({ asyncapi: '2.5.0' }, { openapi: '3.0.0' }, files)).problems).toEqual([
      { file: 'new.yaml', message: expect.stringMatching(/is OpenAPI but old\.yaml is AsyncAPI/) },
    ]);
    expect(inputError(() => kindOfPair({ swagger: '2.0' }, { openapi: '3.0.0' }, files)).problems).toEqual([
      { file: 'old.yaml', message: expect.stringMatching(/Swagger "2\.0".*convert it to OpenAPI 3/) },
    ]);
  });
});

describe('a spec firestone wrote (OpenAPI)', () => {
  const text = (eol: string): string =>
    [
      'openapi: 3.1.0',
      'info:',
      '  title: T',
      "  description: 'not # https://www.jvt.me/posts/2022/05/29/openapi-json-patch/'",
      '# https://www.jvt.me/posts/2022/05/29/openapi-json-patch/',
      'paths:',
      '  /a:',
      '    get:',
      '      summary: has responses: in it',
      '      responses:',
      "        '200':",
      '          description: ok',
      '  /b:',
      '    get:',
      '      responses:',
      '        404:',
      '          description: gone',
      '',
    ].join(eol);

  it('is told by its comment line and integer response codes, with their lines, in LF and CRLF text', () => {
    for (const eol of ['\n', '\r\n']) {
      expect(recognise('openapi', text(eol), 'o.yaml')).toContain(
        'its comment line at line 5, response codes written as integers (line 16)',
      );
      expect(firestoneSides('openapi', text(eol), text(eol))).toEqual({ old: true, new: true });
    }
  });

  it('is not told by lookalikes: the comment inside a value, string codes, `responses:` inside a value', () => {
    const ours = text('\n').replace('\n# https', '\n# elsewhere').replace('        404:', "        '404':");
    expect(recognise('openapi', ours, 'o.yaml')).toBeNull();
    expect(firestoneSides('openapi', ours, ours)).toEqual({ old: false, new: false });
  });
});
