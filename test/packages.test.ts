/**
 * src/util/packages.ts and the CLI bundle's lazy reading of it (scripts/lazy-packages.mjs): the
 * file keeps the shape that reading relies on, nothing else imports those packages' values (they
 * would be loaded at startup again, from a second copy), and the reading loads each on first use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyPackageTable, lazyReading } from '../scripts/lazy-packages.mjs';
import * as packages from '../src/util/packages';

const root = path.resolve(__dirname, '..');
const source = readFileSync(path.join(root, 'src/util/packages.ts'), 'utf8');
const table = lazyPackageTable(source);

describe('src/util/packages.ts', () => {
  it('names each package once, with an accessor of its own, all of them runtime dependencies', () => {
    const dependencies = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: object })
      .dependencies;
    expect([...table.values()].sort()).toEqual(['@asyncapi/diff', 'js-yaml', 'tinyglobby', 'yaml']);
    for (const [name, pkg] of table) {
      expect(Object.keys(dependencies)).toContain(pkg);
      expect(typeof (packages as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('is the only module of src that imports values from those packages', () => {
    const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== path.join('util', 'packages.ts'))
      .map((f) => path.join('src', f));
    const quoted = [...table.values()].map((p) => p.replace(/[/@.-]/g, '\\$&')).join('|');
    const valueImport = new RegExp(`^(?:import|export)(?! type)[^;]*?from '(?:${quoted})(?:/[^']*)?';`, 'gm');
    const offenders = files.flatMap((f) =>
      [...readFileSync(path.join(root, f), 'utf8').matchAll(valueImport)].map((m) => `${f}: ${m[0]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('reads, for the CLI bundle, as accessors that import their package on first call, with no import at load', () => {
    const lazy = lazyReading(source);
    expect(lazy).not.toMatch(/^import /m);
    for (const [name, pkg] of table)
      expect(lazy).toContain(`export const ${name} = () => (${name}Loaded ??= (import('\u0000lazy-package:${pkg}')`);
    // The rest of the module is as written.
    expect(lazy).toContain('export function once<T>');
  });

  it('stops the build when an import and its accessor no longer match', () => {
    const broken = [
      source.replace(/^export const yaml = .*$/m, ''),
      source.replace(/^import \* as yamlModule from 'yaml';$/m, ''),
      source.replace(
        /^export const yaml = \(\): typeof yamlModule => yamlModule;$/m,
        'export const yaml = () => yamlModule;',
      ),
      source.replace("import * as yamlModule from 'yaml';", "import yamlModule from 'yaml';"),
      '',
    ];
    for (const text of broken) expect(() => lazyPackageTable(text)).toThrow(/src\/util\/packages\.ts/);
  });
});

describe('once', () => {
  it('makes the value on the first call only, even when it is undefined', () => {
    let calls = 0;
    const value = packages.once(() => {
      calls++;
      return undefined;
    });
    expect([value(), value(), value()]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(1);
  });
});
