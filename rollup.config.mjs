// Plain JavaScript, so that loading the config needs no TypeScript compilation of its own.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// tsconfig.json's compiler options, for emitting JavaScript.
const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.json', ts.sys.readFile).config, ts.sys, '.');
const compilerOptions = { ...parsed.options, noEmit: false, sourceMap: false };

/**
 * TypeScript to JavaScript file by file (tsconfig sets isolatedModules: no file needs the others).
 * Types are checked once, by `npm run lint` (tsc --noEmit over src, test and bench), not per bundle.
 * @returns {import('rollup').Plugin}
 */
function transpileTypeScript() {
  return {
    name: 'transpile-typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !importer.endsWith('.ts')) return null;
      const base = path.resolve(path.dirname(importer), source);
      return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f)) ?? null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes(`${path.sep}node_modules${path.sep}`)) return null;
      return { code: ts.transpileModule(code, { compilerOptions, fileName: id }).outputText, map: null };
    },
  };
}

/**
 * Two self-contained bundles: the runner executes dist/index.js with no node_modules,
 * and `npx firestone-spec` runs dist/cli.js the same way.
 * @returns {import('rollup').RollupOptions}
 */
const bundle = (input, file, banner) => ({
  input,
  output: { file, format: 'es', banner, inlineDynamicImports: true, sourcemap: false, indent: '    ' },
  plugins: [
    transpileTypeScript(),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    // Dependencies (@actions/*, undici) use `this` at module top level and circular imports; both are harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [bundle('src/index.ts', 'dist/index.js'), bundle('src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node')];
