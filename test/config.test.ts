import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleIds, loadConfig } from '../src/config';
import { RETIRED_RULES, RULE_IDS } from '../src/compare/index';
import { inputError, makeWorkspace } from './resource/workspace';
import { tempDir } from './helpers/temp';

const withConfig = (text: string, name = '.github/firestone-spec.yml') => makeWorkspace({ [name]: text });

const problemsOf = (text: string) => inputError(() => loadConfig(withConfig(text), null)).problems;

describe('finding the config file', () => {
  it('is an empty config when there is none', () => {
    expect(loadConfig(makeWorkspace({ 'asyncapi.yaml': 'x: 1\n' }), null)).toEqual({
      file: null,
      specs: [],
      rules: {},
    });
  });

  it('reads .github/firestone-spec.yml, or .yaml', () => {
    expect(loadConfig(withConfig('specs: [{output: a.yaml}]\n'), null)).toMatchObject({
      file: '.github/firestone-spec.yml',
      specs: [{ output: 'a.yaml', resources: [] }],
    });
    expect(loadConfig(withConfig('specs: [{output: b.yaml}]\n', '.github/firestone-spec.yaml'), null)).toMatchObject({
      file: '.github/firestone-spec.yaml',
      specs: [{ output: 'b.yaml' }],
    });
  });

  it('reads an explicit file, relative to the workspace', () => {
    const ws = makeWorkspace({
      'conf/spec.yml': 'rules: {a.b: warning}\n',
      '.github/firestone-spec.yml': 'specs: [{output: x.yaml}]\n',
    });
    expect(loadConfig(ws, 'conf/spec.yml')).toEqual({
      file: 'conf/spec.yml',
      specs: [],
      rules: { 'a.b': 'warning' },
      rulePositions: { 'a.b': { line: 1, col: 9 } },
    });
  });

  it('fails when an explicit file is missing', () => {
    const err = inputError(() => loadConfig(makeWorkspace(), 'conf/missing.yml'));
    expect(err.problems).toEqual([{ file: 'conf/missing.yml', message: 'config file does not exist' }]);
  });

  it('refuses a config in the workspace that links to a file outside it, but reads an outside path given explicitly', () => {
    const outside = tempDir('outside-');
    try {
      fs.writeFileSync(path.join(outside, 'secret.yml'), 'TOKEN: abc\n');
      fs.writeFileSync(path.join(outside, 'shared.yml'), 'rules: {a.b: warning}\n');
      const ws = makeWorkspace();
      fs.mkdirSync(path.join(ws, '.github'));
      fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(ws, '.github/firestone-spec.yml'));
      const err = inputError(() => loadConfig(ws, null));
      expect(err.problems).toEqual([
        { file: '.github/firestone-spec.yml', message: expect.stringMatching(/outside the workspace/) },
      ]);
      expect(err.message).not.toMatch(/TOKEN/);
      expect(loadConfig(ws, path.join(outside, 'shared.yml')).rules).toEqual({ 'a.b': 'warning' });
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('treats an empty file as an empty config', () => {
    expect(loadConfig(withConfig('# nothing yet\n'), null)).toMatchObject({ specs: [], rules: {} });
  });
});

describe('a full config', () => {
  const text = [
    'specs:',
    '  - output: docs/asyncapi.yaml',
    '    resources: ["resources/**/*.yaml", "!resources/drafts/**"]',
    '    title: Address book',
    '    description: "Address book: events"',
    '    version: 1.10',
    '  - output: ./chat/asyncapi.json',
    '    version: 2',
    '  - output: third.yml',
    '    version: "1.0.0"',
    'rules:',
    '  payload.enum.value-added: breaking',
    '  info.version.changed: non-breaking',
    '',
  ].join('\n');

  it('gives the targets with versions as written', () => {
    const config = loadConfig(withConfig(text), null);
    expect(config.specs).toEqual([
      {
        output: 'docs/asyncapi.yaml',
        resources: ['resources/**/*.yaml', '!resources/drafts/**'],
        title: 'Address book',
        description: 'Address book: events',
        version: '1.10',
        kind: 'asyncapi',
      },
      { output: 'chat/asyncapi.json', resources: [], version: '2', kind: 'asyncapi' },
      { output: 'third.yml', resources: [], version: '1.0.0', kind: 'asyncapi' },
    ]);
    expect(config.rules).toEqual({ 'payload.enum.value-added': 'breaking', 'info.version.changed': 'non-breaking' });
    expect(config.rulePositions).toEqual({
      'payload.enum.value-added': { line: 12, col: 3 },
      'info.version.changed': { line: 13, col: 3 },
    });
  });

  it('keeps 1.0 as "1.0" and a version given through an alias as written at the anchor', () => {
    const config = loadConfig(
      withConfig('specs:\n  - {output: a.yaml, version: &v 1.0}\n  - {output: b.yaml, version: *v}\n'),
      null,
    );
    expect(config.specs.map((s) => s.version)).toEqual(['1.0', '1.0']);
  });
});

describe('mistakes, each at its line', () => {
  it('unknown keys at the top and in a spec', () => {
    expect(problemsOf('specs:\n  - output: a.yaml\n    titel: x\nrule: {}\n')).toEqual([
      {
        file: '.github/firestone-spec.yml',
        line: 3,
        col: 5,
        pointer: '/specs/0/titel',
        message:
          "unknown key 'titel' in specs[0] — did you mean 'title'? (allowed: output, resources, title, description, version, kind, asyncapi, openapi, prefix, compatibility, perspective)",
      },
      {
        file: '.github/firestone-spec.yml',
        line: 4,
        col: 1,
        pointer: '/rule',
        message: "unknown key 'rule' in the config file — did you mean 'rules'? (allowed: specs, rules, waivers)",
      },
    ]);
  });

  it('wrong types and values', () => {
    expect(
      problemsOf(
        'specs:\n  - output: a.yaml\n    resources: "r/*.yaml"\n    title: 12\n  - resources: []\nrules:\n  x.y: fatal\n',
      ),
    ).toEqual([
      {
        file: '.github/firestone-spec.yml',
        line: 3,
        col: 5,
        pointer: '/specs/0/resources',
        message: 'specs[0].resources must be a list, not "r/*.yaml"',
      },
      {
        file: '.github/firestone-spec.yml',
        line: 4,
        col: 5,
        pointer: '/specs/0/title',
        message: 'specs[0].title must be a string, not 12',
      },
      {
        file: '.github/firestone-spec.yml',
        line: 5,
        col: 5,
        pointer: '/specs/1/output',
        message: 'specs[1].output is required',
      },
      {
        file: '.github/firestone-spec.yml',
        line: 7,
        col: 3,
        pointer: '/rules/x.y',
        message: 'rules["x.y"] must be one of "breaking", "warning", "non-breaking", "unclassified", not "fatal"',
      },
    ]);
    expect(problemsOf('- output: a.yaml\n')).toEqual([
      {
        file: '.github/firestone-spec.yml',
        line: 1,
        col: 1,
        pointer: '',
        message: 'the config file must be a mapping, not [{"output":"a.yaml"}]',
      },
    ]);
  });

  it('two specs writing the same file, however it is spelled', () => {
    expect(problemsOf('specs:\n  - output: docs/api.yaml\n  - output: ./docs/../docs/api.yaml\n')).toEqual([
      {
        file: '.github/firestone-spec.yml',
        line: 3,
        col: 5,
        pointer: '/specs/1/output',
        message: "output 'docs/api.yaml' is already the output of specs[0]; each spec needs its own file",
      },
    ]);
  });

  it.each([
    ['/abs/api.yaml', /must be a path relative to the workspace/],
    ['../api.yaml', /outside the workspace/],
    ['docs/../../api.yaml', /outside the workspace/],
    ['docs/api.txt', /must end in \.yaml, \.yml or \.json/],
    ['docs/', /must end in/],
  ])('output %j', (output, message) => {
    const problems = problemsOf(`specs:\n  - output: ${JSON.stringify(output)}\n`);
    expect(problems).toEqual([
      {
        file: '.github/firestone-spec.yml',
        line: 2,
        col: 5,
        pointer: '/specs/0/output',
        message: expect.stringMatching(message),
      },
    ]);
  });

  it('an output that leads through a symbolic link outside the workspace', () => {
    const outside = tempDir('outside-');
    try {
      const ws = withConfig('specs:\n  - output: out/new/api.yaml\n');
      fs.symlinkSync(outside, path.join(ws, 'out'));
      expect(inputError(() => loadConfig(ws, null)).problems).toEqual([
        expect.objectContaining({ line: 2, message: expect.stringMatching(/symbolic link outside the workspace/) }),
      ]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('resource globs that are absolute or climb out', () => {
    expect(
      problemsOf('specs:\n  - output: a.yaml\n    resources:\n      - ok/*.yaml\n      - ../other/*.yaml\n'),
    ).toEqual([
      expect.objectContaining({
        line: 5,
        col: 9,
        pointer: '/specs/0/resources/1',
        message: expect.stringMatching(/climbs out/),
      }),
    ]);
  });

  it('invalid YAML and alias bombs', () => {
    expect(problemsOf('specs:\n  - output: a.yaml\n   title: x\n')[0]).toMatchObject({
      file: '.github/firestone-spec.yml',
      line: 3,
      message: expect.stringMatching(/^invalid YAML/),
    });
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    let previous = 'a';
    for (const name of 'bcdefgh') {
      bomb += `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]\n`;
      previous = name;
    }
    expect(problemsOf(bomb)[0]!.message).toMatch(/aliases expand too much/);
  });
});

describe('rule ids', () => {
  const known = ['payload.enum.value-added', 'payload.property.required-added', 'info.version.changed'];

  it('accepts known ids and an empty config', () => {
    expect(() =>
      checkRuleIds(loadConfig(withConfig('rules: {payload.enum.value-added: warning}\n'), null), known),
    ).not.toThrow();
    expect(() => checkRuleIds({ file: null, specs: [], rules: {} }, known)).not.toThrow();
  });

  it('a retired id is dropped with a warning naming its line and why, not refused as unknown', () => {
    const config = loadConfig(
      withConfig('rules:\n  payload.enum.value-added: warning\n  operation.traits.changed: breaking\n'),
      null,
    );
    const warnings = checkRuleIds(config, known, RETIRED_RULES);
    expect(warnings).toEqual([
      `.github/firestone-spec.yml:3:3: rule id 'operation.traits.changed' is retired and its override no longer applies: ${RETIRED_RULES['operation.traits.changed']}`,
    ]);
    expect(warnings[0]).toMatch(/traits are now applied/);
    expect(config.rules).toEqual({ 'payload.enum.value-added': 'warning' });
    // Without the retired list the same id is an unknown id, as before.
    const again = loadConfig(withConfig('rules:\n  message.traits.changed: breaking\n'), null);
    expect(inputError(() => checkRuleIds(again, known)).problems[0]?.message).toMatch(
      /unknown rule id 'message.traits.changed'/,
    );
  });

  it('the retired ids are no live rule ids', () => {
    expect(Object.keys(RETIRED_RULES).sort()).toEqual(['message.traits.changed', 'operation.traits.changed']);
    for (const id of Object.keys(RETIRED_RULES)) expect(RULE_IDS).not.toContain(id);
  });

  it('names each unknown id at its line, with a suggestion when one is close', () => {
    const config = loadConfig(
      withConfig(
        'rules:\n  payload.enum.value-added: warning\n  payload.enum.value-aded: breaking\n  something.else: breaking\n',
      ),
      null,
    );
    expect(inputError(() => checkRuleIds(config, known)).problems).toEqual([
      {
        file: '.github/firestone-spec.yml',
        line: 3,
        col: 3,
        pointer: '/rules/payload.enum.value-aded',
        message: "unknown rule id 'payload.enum.value-aded'; did you mean 'payload.enum.value-added'?",
      },
      {
        file: '.github/firestone-spec.yml',
        line: 4,
        col: 3,
        pointer: '/rules/something.else',
        message: "unknown rule id 'something.else'",
      },
    ]);
  });

  it('keeps ids like __proto__ and constructor as plain data, then rejects them', () => {
    const config = loadConfig(withConfig('rules:\n  __proto__: breaking\n  constructor: warning\n'), null);
    expect(Object.keys(config.rules)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(config.rules)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).breaking).toBeUndefined();
    expect(inputError(() => checkRuleIds(config, known)).problems.map((p) => [p.line, p.message])).toEqual([
      [2, "unknown rule id '__proto__'"],
      [3, "unknown rule id 'constructor'"],
    ]);
  });
});

describe('the asyncapi key of a target', () => {
  it('takes 2.5.0, 3.0.0 and 3.1.0, and nothing else', () => {
    const ws = makeWorkspace({
      'c.yml':
        'specs:\n  - output: a.yaml\n    asyncapi: "3.0.0"\n  - output: b.yaml\n    asyncapi: 3.1.0\n  - output: c.yaml\n',
    });
    expect(loadConfig(ws, 'c.yml').specs.map((s) => s.asyncapi)).toEqual(['3.0.0', '3.1.0', undefined]);
    const bad = makeWorkspace({ 'c.yml': 'specs:\n  - output: a.yaml\n    asyncapi: "2.6.0"\n' });
    const err = inputError(() => loadConfig(bad, 'c.yml'));
    expect(err.problems[0]).toMatchObject({ file: 'c.yml', line: 3 });
    expect(err.problems[0]?.message).toMatch(/"2\.5\.0", "3\.0\.0", "3\.1\.0"/);
  });
});
