/**
 * The CLI bundle's reading of src/util/packages.ts (its comment says why): each accessor there
 * returns an imported package; here it requires the package's own chunk the first time it is
 * called. Used by rollup.config.mjs; test/packages.test.ts checks the file keeps the shape read here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const IMPORT = /^import \* as (\w+)Module from '([^']+)';$/gm;
const ACCESSOR = /^export const (\w+) = \(\): typeof (\w+)Module => (\w+)Module;$/gm;

/**
 * Accessor name → package, as src/util/packages.ts declares them. Throws when an import has no
 * accessor of the same name or the other way round: the lazy reading would then be wrong.
 */
export function lazyPackageTable(source) {
  const imports = new Map([...source.matchAll(IMPORT)].map((m) => [m[1], m[2]]));
  const accessors = [...source.matchAll(ACCESSOR)].map((m) => m.slice(1, 4));
  const stray = accessors.filter(([name, a, b]) => a !== name || b !== name || !imports.has(name));
  const names = new Set(accessors.map(([name]) => name));
  const orphans = [...imports.keys()].filter((name) => !names.has(name));
  if (imports.size === 0 || stray.length > 0 || orphans.length > 0)
    throw new Error(
      'src/util/packages.ts: every package must be `import * as <name>Module` with one accessor ' +
        `\`export const <name> = (): typeof <name>Module => <name>Module;\` (${[...stray.map(([n]) => n), ...orphans].join(', ') || 'none found'})`,
    );
  return imports;
}

/** The text of src/util/packages.ts as the CLI bundle reads it: imports dropped, accessors loading on first call. */
export function lazyReading(source) {
  const table = lazyPackageTable(source);
  return source
    .replace(IMPORT, (_, name) => `let ${name}Loaded: unknown;`)
    .replace(
      ACCESSOR,
      (_, name) =>
        `export const ${name} = () => (${name}Loaded ??= (import('${LAZY}${table.get(name)}') as any).default) as never;`,
    );
}

/**
 * A module of the bundle's own whose default export is a package's namespace. Not `export *`:
 * that cannot name the exports of a CommonJS package (`yaml`, `@asyncapi/diff`), which only
 * a namespace import collects.
 */
const LAZY = '\0lazy-package:';

/**
 * The plugin: reads src/util/packages.ts lazily and renders the imports it makes as `require`,
 * which in CommonJS returns the chunk's exports at once, so the accessors stay synchronous.
 * @param {string} file the absolute path of src/util/packages.ts
 * @returns {import('rollup').Plugin}
 */
export function lazyPackages(file) {
  const target = path.resolve(file);
  return {
    name: 'lazy-packages',
    buildStart() {
      for (const name of lazyPackageTable(readFileSync(target, 'utf8')).values())
        this.emitFile({ type: 'chunk', id: `${LAZY}${name}`, name: name.replace(/^@/, '').replace('/', '-') });
    },
    resolveId(source) {
      return source.startsWith(LAZY) ? source : null;
    },
    load(id) {
      return id.startsWith(LAZY)
        ? `import * as namespace from '${id.slice(LAZY.length)}'; export default namespace;`
        : null;
    },
    transform(code, id) {
      return id === target ? { code: lazyReading(code), map: null } : null;
    },
    renderDynamicImport({ format, moduleId }) {
      if (moduleId !== target) return null;
      if (format !== 'cjs') this.error('lazy packages need a CommonJS bundle, where require is synchronous');
      return { left: 'require(', right: ')' };
    },
  };
}

/** File names of the CLI bundle's chunks: `cli-<package>.cjs`, and `cli-shared-<name>.cjs` for code two of them share. */
export const lazyChunkFileName = (chunk) =>
  chunk.isEntry ? 'cli-[name].cjs' : `cli-shared-${chunk.name.replace(/^_*lazy-package_/, '')}.cjs`;
