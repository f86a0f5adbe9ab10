/**
 * Coming from firestone, through the built CLI in real temp directories and git repositories, on
 * the team's firestone-style fixtures (test/fixtures/generate/library and legacy, README.md there):
 * firestone's command line, a committed spec with firestone's glued line, pre-0.5 resource files,
 * and the way from there to a PR check. (firestone's own files: the corpus leg of .ci/run.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { commitFiles, createRepoWithOrigin, head, sh } from '../helpers/git-repo';
import { ageFile, cliTestFile, describeRun, ROOT, runCli, snapshotTree, workspace } from './helpers';

cliTestFile();

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'generate');
const read = (rel: string): string => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
const LIB = 'library';
const EXPECTED = YAML.parse(read(`${LIB}/expected.asyncapi.yaml`));
const CASE = JSON.parse(read(`${LIB}/case.json`)) as {
  title: string;
  description: string;
  version: string;
};
const GLUED = read(`${LIB}/asyncapi.committed.yaml`);
const NOTICE =
  'notice: asyncapi.yaml:139: read as firestone meant it: a line break is missing after `type: object` (a known firestone defect)';

/** The library's three resource files. */
const libraryFiles = (): Record<string, string> => ({
  'shelves.yaml': read(`${LIB}/shelves.yaml`),
  'loans.yaml': read(`${LIB}/loans.yaml`),
  'members.yaml': read(`${LIB}/members.yaml`),
});
const ALL = 'shelves.yaml,loans.yaml,members.yaml';

describe("firestone's command line", () => {
  it('`generate -t T -d D -v V -r a,b,c asyncapi` writes the expected document to stdout', async () => {
    const ws = workspace('fs-cmd', libraryFiles());
    const args = ['-t', CASE.title, '-d', CASE.description, '-v', CASE.version];
    const r = await runCli(['generate', ...args, '-r', ALL, 'asyncapi'], {
      cwd: ws,
    });
    expect(r.code, describeRun(r)).toBe(0);
    expect(YAML.parse(r.stdout)).toEqual(EXPECTED);
  });

  it('long names, -o/--output, a directory and `.` give the same document', async () => {
    const ws = workspace('fs-dir', {
      ...Object.fromEntries(Object.entries(libraryFiles()).map(([k, v]) => [`res/${k}`, v])),
    });
    const long = ['--title', CASE.title, '--description', CASE.description, '--version', CASE.version];
    for (const [target, extra] of [
      ['a.yaml', ['-o', 'a.yaml', 'res']],
      ['b.yaml', ['--output', 'b.yaml', '.', 'asyncapi']],
      ['c.yaml', ['--out', 'c.yaml', '--resources', 'res/shelves.yaml,res/loans.yaml', 'res/members.yaml']],
    ] as const) {
      const r = await runCli(['generate', ...long, ...extra], { cwd: ws });
      expect(r.code, describeRun(r)).toBe(0);
      expect(YAML.parse(fs.readFileSync(path.join(ws, target), 'utf8')), target).toEqual(EXPECTED);
    }
  });

  it('--version alone prints the tool version; -v with --spec-version is a usage error', async () => {
    const ws = workspace('fs-ver', libraryFiles());
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['generate', '--version']]) {
      const r = await runCli(args, { cwd: ws });
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
    }
    const both = await runCli(['generate', '-v', '1', '--spec-version', '2', '.'], { cwd: ws });
    expect(both.code, describeRun(both)).toBe(2);
    expect(both.stderr).toContain('give --spec-version or --version, not both');
  });

  it('--asyncapi-version 3.0.0 writes AsyncAPI 3 with the operationIds as operation keys', async () => {
    const ws = workspace('fs-v3', libraryFiles());
    const r = await runCli(['generate', '--asyncapi-version', '3.0.0', '-r', 'shelves.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    const doc = YAML.parse(r.stdout);
    expect(doc.asyncapi).toBe('3.0.0');
    expect(doc.operations.shelves_subscribe.action).toBe('send');
    const bad = await runCli(['generate', '--asyncapi-version', '2.6.0', '.'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--asyncapi-version must be one of 2.5.0, 3.0.0, 3.1.0');
  });

  it('config key asyncapi and --asyncapi-version on update and check choose AsyncAPI 3', async () => {
    const ws = workspace('fs-cfg3', {
      ...libraryFiles(),
      '.github/firestone-spec.yml':
        'specs:\n  - output: v3.yaml\n    resources: [shelves.yaml]\n    asyncapi: "3.1.0"\n',
    });
    const up = await runCli(['update'], { cwd: ws });
    expect(up.code, describeRun(up)).toBe(0);
    expect(YAML.parse(fs.readFileSync(path.join(ws, 'v3.yaml'), 'utf8')).asyncapi).toBe('3.1.0');
    const check = await runCli(['check'], { cwd: ws });
    expect(check.code, describeRun(check)).toBe(0);

    fs.rmSync(path.join(ws, '.github'), { recursive: true });
    const single = ['--spec-file', 'single.yaml', '--resources', 'shelves.yaml', '--asyncapi-version', '3.0.0'];
    const up2 = await runCli(['update', ...single], { cwd: ws });
    expect(up2.code, describeRun(up2)).toBe(0);
    expect(YAML.parse(fs.readFileSync(path.join(ws, 'single.yaml'), 'utf8')).asyncapi).toBe('3.0.0');
    const check2 = await runCli(['check', ...single], { cwd: ws });
    expect(check2.code, describeRun(check2)).toBe(0);
  });

  it('instance_attrs over items without properties: a warning naming the file, as firestone makes no channels', async () => {
    const allOf = [
      'kind: employees',
      'apiVersion: v1',
      'asyncapi:',
      '  channels: {resources: true, instances: true, instance_attrs: true}',
      'schema:',
      '  type: array',
      '  key: {name: employee_id}',
      '  items:',
      '    allOf:',
      '      - {type: object, properties: {name: {type: string}}}',
      '      - {type: object, properties: {desk: {type: integer}}}',
      '',
    ].join('\n');
    const ws = workspace('fs-allof', { 'allof.yaml': allOf });
    const r = await runCli(['generate', 'allof.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: allof\.yaml:\d+:\d+: `instance_attrs: true` makes no attribute channels for "employees"/,
    );
    expect(Object.keys(YAML.parse(r.stdout).channels)).toEqual(['/employees', '/employees/{employee_id}']);
  });

  it('a typo is refused with the key it meant, not turned into a wrong spec', async () => {
    const text = read(`${LIB}/shelves.yaml`).replace(/^asyncapi:/m, 'asyncAPI:');
    expect(text).toContain('\nasyncAPI:');
    const ws = workspace('fs-typo', { ...libraryFiles(), 'shelves.yaml': text });
    const r = await runCli(['generate', 'shelves.yaml'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^shelves\.yaml:\d+:1: unknown key 'asyncAPI' in the resource — did you mean 'asyncapi'\?/,
    );
  });
});

describe("a committed spec with firestone's glued line", () => {
  it('check reads it as meant, with a notice, and compares against it (no "unreadable baseline")', async () => {
    const ws = workspace('fs-glued', { ...libraryFiles(), 'asyncapi.yaml': GLUED });
    const r = await runCli(['check', '--resources', '.', '--format', 'json', '--fail-on', 'baseline-unreadable'], {
      cwd: ws,
    });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toContain(NOTICE);
    const spec = JSON.parse(r.stdout).specs[0];
    expect(spec.baseline.error).toBeUndefined();
    expect(spec.changes.length).toBeGreaterThan(0);
  });

  it('diff reads it too, with the notice, and compares it with a regenerated spec', async () => {
    const ws = workspace('fs-diff', { ...libraryFiles(), 'asyncapi.yaml': GLUED });
    const gen = await runCli(['generate', '-o', 'new.yaml', 'shelves.yaml', 'loans.yaml', 'members.yaml'], {
      cwd: ws,
    });
    expect(gen.code, describeRun(gen)).toBe(0);
    const r = await runCli(['diff', 'asyncapi.yaml', 'new.yaml', '--format', 'json', '--fail-on', 'never'], {
      cwd: ws,
    });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toContain(NOTICE);
    expect(JSON.parse(r.stdout).specs[0].changes.length).toBeGreaterThan(0);
  });

  it('update keeps its title, description and version', async () => {
    const ws = workspace('fs-info', { ...libraryFiles(), 'asyncapi.yaml': GLUED });
    const r = await runCli(['update', '--resources', ALL], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toContain(NOTICE);
    const doc = YAML.parse(fs.readFileSync(path.join(ws, 'asyncapi.yaml'), 'utf8'));
    expect(doc.info).toEqual({
      title: 'Town library API',
      description: 'Events of the town library',
      version: '1.0',
    });
    expect(doc).toEqual({ ...EXPECTED, info: doc.info });
  });

  it('another YAML error is not repaired: update asks for the info instead of writing defaults', async () => {
    const broken = GLUED.replace('  title: Town library API', '  title: [unclosed');
    const ws = workspace('fs-noinfo', { ...libraryFiles(), 'asyncapi.yaml': broken });
    const spec = path.join(ws, 'asyncapi.yaml');
    ageFile(spec);
    const before = snapshotTree(ws);
    const r = await runCli(['update', '--resources', '.'], { cwd: ws });
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stderr).toMatch(/^asyncapi\.yaml: the committed spec's info cannot be read: it does not parse/);
    expect(r.stderr).toContain('give title, description, spec-version');
    expect(snapshotTree(ws)).toEqual(before);

    const ok = await runCli(
      ['update', '--resources', '.', '--title', 'A', '--description', 'B', '--spec-version', '2'],
      { cwd: ws },
    );
    expect(ok.code, describeRun(ok)).toBe(0);
    expect(YAML.parse(fs.readFileSync(spec, 'utf8')).info).toEqual({ title: 'A', description: 'B', version: '2' });
  });

  it('an unreadable baseline sets baseline.error; fail-on baseline-unreadable fails on it', async () => {
    const broken = GLUED.replace('  title: Town library API', '  title: [unclosed');
    const repo = createRepoWithOrigin([{ ...libraryFiles(), 'asyncapi.yaml': broken }]);
    const base = head(repo.work);
    const fixed = await runCli(['update', '--resources', '.', '-t', 'A', '-d', 'B', '--spec-version', '1'], {
      cwd: repo.work,
    });
    expect(fixed.code, describeRun(fixed)).toBe(0);
    commitFiles(repo.work, { 'asyncapi.yaml': fs.readFileSync(path.join(repo.work, 'asyncapi.yaml'), 'utf8') }, 'fix');

    const json = await runCli(['check', '--resources', '.', '--base', base, '--format', 'json'], { cwd: repo.work });
    expect(json.code, describeRun(json)).toBe(0);
    const spec = JSON.parse(json.stdout).specs[0];
    expect(spec.baseline).toMatchObject({ ref: base, found: true });
    expect(spec.baseline.error).toMatch(/does not parse/);
    expect(spec.changes).toEqual([]);

    const gate = await runCli(
      ['check', '--resources', '.', '--base', base, '--fail-on', 'breaking,baseline-unreadable'],
      {
        cwd: repo.work,
      },
    );
    expect(gate.code, describeRun(gate)).toBe(1);
    expect(gate.stderr).toContain(
      'the baseline of asyncapi.yaml could not be read, so the breaking-change check did not run',
    );
  });
});

describe('legacy resource files, migrate, update, and a PR check', () => {
  const LEGACY = 'legacy';

  it('migrate DIR never enters a linked directory: a link cannot widen what is rewritten', async () => {
    const legacy = read(`${LEGACY}/original/loans.yaml`);
    const outside = workspace('migrate-outside-', { 'loans.yaml': legacy });
    const cwd = workspace('migrate-links-', {
      'resources/shelves.yaml': read(`${LEGACY}/original/shelves.yaml`),
    });
    fs.symlinkSync(outside, path.join(cwd, 'resources', 'elsewhere'), 'dir');
    const r = await runCli(['migrate', 'resources'], { cwd });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toBe('converted resources/shelves.yaml\n');
    expect(fs.readFileSync(path.join(outside, 'loans.yaml'), 'utf8')).toBe(legacy);
  });

  it('goes from pre-0.5 files and a glued spec to a check that reports the real breaking change', async () => {
    const repo = createRepoWithOrigin([
      {
        'resources/shelves.yaml': read(`${LEGACY}/original/shelves.yaml`),
        'resources/loans.yaml': read(`${LEGACY}/original/loans.yaml`),
        'asyncapi.yaml': GLUED,
      },
    ]);
    const cwd = repo.work;
    const target = ['--resources', 'resources/shelves.yaml'];

    // Loading or discovering a legacy file says what it is and how to convert it.
    for (const args of [['check', ...target], ['update']]) {
      const r = await runCli(args, { cwd });
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stderr).toContain(
        'resources/shelves.yaml:1:1: is a resource in the pre-0.5 firestone format (top-level `name`, no `kind`); convert it with `firestone-spec migrate resources/shelves.yaml`',
      );
    }

    // migrate --check writes nothing and exits 1; migrate converts, exactly as the hand-migrated copies.
    ageFile(path.join(cwd, 'resources/shelves.yaml'));
    const before = snapshotTree(cwd);
    const check = await runCli(['migrate', '--check', 'resources'], { cwd });
    expect(check.code, describeRun(check)).toBe(1);
    expect(check.stdout).toContain('resources/shelves.yaml is in the pre-0.5 firestone format and needs converting');
    expect(snapshotTree(cwd)).toEqual(before);
    const migrate = await runCli(['migrate', 'resources/*.yaml'], { cwd });
    expect(migrate.code, describeRun(migrate)).toBe(0);
    expect(migrate.stdout).toBe('converted resources/loans.yaml\nconverted resources/shelves.yaml\n');
    for (const f of ['shelves.yaml', 'loans.yaml']) {
      expect(fs.readFileSync(path.join(cwd, 'resources', f), 'utf8')).toBe(read(`${LEGACY}/migrated/${f}`));
    }
    const again = await runCli(['migrate', '--check', 'resources'], { cwd });
    expect(again.code, describeRun(again)).toBe(0);

    // update reads the glued committed spec and keeps its info.
    const update = await runCli(['update', ...target], { cwd });
    expect(update.code, describeRun(update)).toBe(0);
    expect(update.stderr).toContain(NOTICE);
    const written = YAML.parse(fs.readFileSync(path.join(cwd, 'asyncapi.yaml'), 'utf8'));
    expect(written.info).toEqual({
      title: 'Town library API',
      description: 'Events of the town library',
      version: '1.0',
    });
    commitFiles(
      cwd,
      Object.fromEntries(
        ['resources/shelves.yaml', 'resources/loans.yaml', 'asyncapi.yaml'].map((f) => [
          f,
          fs.readFileSync(path.join(cwd, f), 'utf8'),
        ]),
      ),
      'migrate',
    );
    const main = head(cwd);

    // A pull request makes `full` required: clients that send shelves without it now break.
    sh(cwd, ['checkout', '--quiet', '-b', 'pr']);
    const resource = fs.readFileSync(path.join(cwd, 'resources/shelves.yaml'), 'utf8');
    const changed = resource.replace(/^(\s+)required:\n/m, '$1required:\n$1  - full\n');
    expect(changed).not.toBe(resource);
    commitFiles(cwd, { 'resources/shelves.yaml': changed }, 'require full');
    const up = await runCli(['update', ...target], { cwd });
    expect(up.code, describeRun(up)).toBe(0);
    commitFiles(cwd, { 'asyncapi.yaml': fs.readFileSync(path.join(cwd, 'asyncapi.yaml'), 'utf8') }, 'regenerate');

    const pr = await runCli(['check', ...target, '--base', main, '--format', 'json'], { cwd });
    expect(pr.code, describeRun(pr)).toBe(1);
    const spec = JSON.parse(pr.stdout).specs[0];
    expect(spec.drift).toBe(false);
    const breaking = spec.changes.filter((c: { type: string }) => c.type === 'breaking');
    expect(breaking.length).toBeGreaterThan(0);
    expect(breaking[0].message).toMatch(/full/);
    expect(breaking[0].source.file).toBe('resources/shelves.yaml');
  });
});
