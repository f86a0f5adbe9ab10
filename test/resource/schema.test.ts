import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../src/resource/load';
import { resourceProblems, validateResources } from '../../src/resource/schema';
import { inputError, lineOf, makeWorkspace } from './workspace';

const FIXTURES = path.resolve(__dirname, '../fixtures/generate');

const problemsOf = (text: string, name = 'r.yaml') =>
  resourceProblems(loadResources(makeWorkspace({ [name]: text }), [name])[0]!);

const MINIMAL =
  'kind: book\nschema:\n  type: array\n  key: {name: book_id}\n  items:\n    type: object\n    properties:\n      title: {type: string}\n';

describe('valid resources', () => {
  it('accepts every fixture', () => {
    const files = [
      'library/shelves.yaml',
      'library/loans.yaml',
      'library/members.yaml',
      'book/book.yaml',
      'chat/rooms.yaml',
    ];
    expect(() => validateResources(loadResources(FIXTURES, files))).not.toThrow();
  });

  it('accepts a minimal resource, and the top-level keys firestone knows but AsyncAPI does not use', () => {
    expect(problemsOf(MINIMAL)).toEqual([]);
    const extra =
      'metadata: {a: 1}\nsecurity: [x]\nmethods: {resource: [get]}\ndescriptions: {resource: {get: x}}\nvalidations: {rules: []}';
    expect(problemsOf(`apiVersion: "2"\nversionInPath: true\n${extra}\n${MINIMAL}`)).toEqual([]);
  });
});

describe('apiVersion', () => {
  it('is required with versionInPath: true, at the top of the file', () => {
    const problems = problemsOf(`versionInPath: true\n${MINIMAL}`);
    expect(problems).toEqual([
      {
        file: 'r.yaml',
        line: 1,
        col: 1,
        pointer: '/apiVersion',
        message: 'apiVersion is required when versionInPath is true',
      },
    ]);
  });

  it('is optional otherwise', () => {
    expect(problemsOf(`versionInPath: false\n${MINIMAL}`)).toEqual([]);
    expect(problemsOf(MINIMAL)).toEqual([]);
  });

  it('must be a string, as firestone requires: a number (YAML reads 1.0 as 1) says to quote it', () => {
    for (const written of ['1.0', '2', '[1]']) {
      expect(problemsOf(`apiVersion: ${written}\n${MINIMAL}`)).toEqual([
        {
          file: 'r.yaml',
          line: 1,
          col: 1,
          pointer: '/apiVersion',
          message: `apiVersion must be a string, not ${written === '1.0' ? '1' : written} (firestone requires a string: write it in quotes, e.g. apiVersion: "1.0")`,
        },
      ]);
    }
  });
});

describe('all problems of all files at once', () => {
  it('lists each with file, line, column, pointer and a plain message', () => {
    const a = [
      'kind: my book',
      'asyncapi:',
      '  servers:',
      '    dev: {url: ws://x}',
      '  channels:',
      '    resources: yes',
      '    instance_attr: true',
      'schema:',
      '  type: array',
      '  key:',
      '    name: 42',
      '  items: {type: object}',
      '',
    ].join('\n');
    const b = [
      'kind: b',
      'default_query_params:',
      '  - description: no name',
      'schema:',
      '  type: object',
      '  methods: [GET, post]',
      '  key: {name: id}',
      '',
    ].join('\n');
    const ws = makeWorkspace({ 'res/a.yaml': a, 'res/b.yaml': b });
    const err = inputError(() => validateResources(loadResources(ws, ['res/a.yaml', 'res/b.yaml'])));
    expect(err.problems).toEqual([
      {
        file: 'res/a.yaml',
        line: 1,
        col: 1,
        pointer: '/kind',
        message: `kind "my book" may contain only letters, digits, '.', '_' and '-'`,
      },
      {
        file: 'res/a.yaml',
        line: 4,
        col: 5,
        pointer: '/asyncapi/servers/dev/protocol',
        message: 'asyncapi.servers.dev.protocol is required',
      },
      {
        file: 'res/a.yaml',
        line: 6,
        col: 5,
        pointer: '/asyncapi/channels/resources',
        message: 'asyncapi.channels.resources must be true or false, not "yes"',
      },
      {
        file: 'res/a.yaml',
        line: 7,
        col: 5,
        pointer: '/asyncapi/channels/instance_attr',
        message:
          "unknown key 'instance_attr' in asyncapi.channels — did you mean 'instance_attrs'? (allowed: resources, instances, instance_attrs)",
      },
      {
        file: 'res/a.yaml',
        line: 11,
        col: 5,
        pointer: '/schema/key/name',
        message: 'schema.key.name must be a string, not 42',
      },
      {
        file: 'res/b.yaml',
        line: 3,
        col: 5,
        pointer: '/default_query_params/0/name',
        message: 'default_query_params[0].name is required',
      },
      { file: 'res/b.yaml', line: 4, col: 1, pointer: '/schema/items', message: 'schema.items is required' },
      {
        file: 'res/b.yaml',
        line: 5,
        col: 3,
        pointer: '/schema/type',
        message: 'schema.type must be "array", not "object"',
      },
      {
        file: 'res/b.yaml',
        line: 6,
        col: 13,
        pointer: '/schema/methods/0',
        message:
          'schema.methods[0] must be one of "get", "post", "put", "patch", "delete", "head", "options", "trace", not "GET"',
      },
    ]);
    expect(err.message.split('\n')[0]).toBe(
      `res/a.yaml:1:1: kind "my book" may contain only letters, digits, '.', '_' and '-' (at /kind)`,
    );
    expect(err.message).not.toMatch(/must match "then"|instancePath|schemaPath/);
  });

  it('places problems inside a referenced file in that file', () => {
    const ws = makeWorkspace({
      'r.yaml':
        'kind: r\nschema:\n  type: array\n  key: {name: id}\n  items:\n    properties:\n      sub: {schema: {$ref: "sub.yaml#/schema"}}\n',
      'sub.yaml': '# a sub-resource\nschema:\n  type: array\n  items: {}\n',
    });
    expect(resourceProblems(loadResources(ws, ['r.yaml'])[0]!)).toEqual([
      {
        file: 'sub.yaml',
        line: 2,
        col: 1,
        pointer: '/schema/items/properties/sub/schema/key',
        message: 'schema.items.properties.sub.schema.key is required',
      },
    ]);
  });
});

describe('sub-resources', () => {
  const withProperty = (property: string) =>
    `kind: r\nasyncapi: {channels: {instance_attrs: true}}\nschema:\n  type: array\n  key: {name: id}\n  items:\n    properties:\n${property}`;

  it('an exposed property with its own schema must be a whole resource schema', () => {
    const text = withProperty('      notes:\n        schema: {type: string}\n');
    expect(problemsOf(text)).toEqual([
      {
        file: 'r.yaml',
        line: lineOf(text, /schema: \{type: string\}/),
        col: 9,
        pointer: '/schema/items/properties/notes/schema/key',
        message: expect.stringMatching(/key is required/),
      },
      {
        file: 'r.yaml',
        line: lineOf(text, /schema: \{type: string\}/),
        col: 9,
        pointer: '/schema/items/properties/notes/schema/items',
        message: expect.stringMatching(/items is required/),
      },
      {
        file: 'r.yaml',
        line: lineOf(text, /schema: \{type: string\}/),
        col: 18,
        pointer: '/schema/items/properties/notes/schema/type',
        message: expect.stringMatching(/must be "array", not "string"/),
      },
    ]);
  });

  it('an expose: false property may keep a plain schema', () => {
    expect(problemsOf(withProperty('      id:\n        expose: false\n        schema: {type: string}\n'))).toEqual([]);
  });

  it('expose must be a boolean', () => {
    expect(problemsOf(withProperty('      id: {expose: "no", type: string}\n'))).toEqual([
      expect.objectContaining({
        pointer: '/schema/items/properties/id/expose',
        message: 'schema.items.properties.id.expose must be true or false, not "no"',
      }),
    ]);
  });
});

describe('property names that become channel segments', () => {
  const resource = (channels: string, properties: string, methods = '') =>
    `kind: r\nasyncapi:\n  channels: {${channels}}\nschema:\n  type: array\n${methods}  key: {name: id}\n  items:\n    properties:\n${properties}`;

  it('must be usable in a URL when instance_attrs makes channels of them', () => {
    const text = resource(
      'instance_attrs: true',
      '      first name: {type: string}\n      ok.name_1-x: {type: string}\n',
    );
    expect(problemsOf(text)).toEqual([
      {
        file: 'r.yaml',
        line: lineOf(text, /first name/),
        col: 7,
        pointer: '/schema/items/properties/first name',
        message: expect.stringMatching(
          /^property name "first name" at schema\.items\.properties\["first name"\] becomes a channel segment/,
        ),
      },
    ]);
  });

  it('are free when no channel is made of them', () => {
    const props = '      first name: {type: string}\n';
    expect(problemsOf(resource('resources: true, instances: true', props))).toEqual([]);
    expect(problemsOf(resource('instance_attrs: true', '      first name: {type: string, expose: false}\n'))).toEqual(
      [],
    );
    expect(problemsOf(resource('instance_attrs: true', props, '  methods: [post]\n'))).toEqual([]);
  });

  it('are checked inside sub-resources too, unless the sub-resource makes no channels', () => {
    const sub = (methods: string) =>
      `      messages:\n        schema:\n          type: array\n${methods}          key: {name: mid}\n          items:\n            properties:\n              sent/at: {type: string}\n`;
    const text = resource('instance_attrs: true', sub(''));
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, /sent\/at/),
        pointer: '/schema/items/properties/messages/schema/items/properties/sent~1at',
      }),
    ]);
    expect(problemsOf(resource('instance_attrs: true', sub('          methods: [post]\n')))).toEqual([]);
  });
});

describe('strict keys, with the closest valid key', () => {
  const cases: [string, string, string, number][] = [
    ['asyncAPI:\n  channels: {resources: true}\n', 'asyncAPI', 'asyncapi', 1],
    ['versionInpath: true\n', 'versionInpath', 'versionInPath', 1],
    ['default_query_param: []\n', 'default_query_param', 'default_query_params', 1],
  ];
  it.each(cases)('a typo at the top level is refused with a suggestion (%#)', (lines, key, meant, line) => {
    const problems = problemsOf(`${lines}${MINIMAL}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'r.yaml', line, col: 1, pointer: `/${key}` });
    expect(problems[0]?.message).toContain(`unknown key '${key}' in the resource — did you mean '${meant}'?`);
  });

  it('the asyncapi block and its channels are strict too', () => {
    const problems = problemsOf(`asyncapi:\n  server: {}\n  channels:\n    instance: true\n${MINIMAL}`);
    expect(problems.map((p) => [p.line, p.message.split(' (allowed')[0]])).toEqual([
      [2, "unknown key 'server' in asyncapi — did you mean 'servers'?"],
      [4, "unknown key 'instance' in asyncapi.channels — did you mean 'instances'?"],
    ]);
  });

  it('a top-level `definitions` (refused by firestone too) has no suggestion but the allowed list', () => {
    const [problem] = problemsOf(`definitions: {}\n${MINIMAL}`);
    expect(problem?.message).toMatch(/^unknown key 'definitions' in the resource \(allowed: kind, apiVersion/);
  });
});

describe('the pre-0.5 firestone format', () => {
  it('is named as such, with the command that converts it, instead of schema errors', () => {
    const legacy =
      'name: book\ndescription: Books\nversion: 1.0\nversion_in_path: false\nschema:\n  type: array\n  key: {name: id}\n  items: {type: object}\n';
    expect(problemsOf(legacy)).toEqual([
      {
        file: 'r.yaml',
        line: 1,
        col: 1,
        message:
          'is a resource in the pre-0.5 firestone format (top-level `name`, no `kind`); convert it with `firestone-spec migrate r.yaml`',
      },
    ]);
  });
});
