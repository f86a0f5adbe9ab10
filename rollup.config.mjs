// Plain JavaScript, so that loading the config needs no TypeScript compilation of its own.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { lazyChunkFileName, lazyPackages } from './scripts/lazy-packages.mjs';
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
 * fdir (under tinyglobby) tries at load time to `require('picomatch')` from the disk for its own
 * glob builder, which tinyglobby never uses: in a checkout or an npm install every run loaded and
 * compiled a second copy of picomatch for nothing (about 10 % of the CLI's startup), and without
 * node_modules (the action) it quietly failed. The build drops that attempt, and fails when fdir's
 * code no longer has it, so that an upgrade is looked at.
 * @returns {import('rollup').Plugin}
 */
function noRuntimePicomatch() {
  const attempt = /\t__require\.resolve\("picomatch"\);\n\tpm = __require\("picomatch"\);\n/;
  return {
    name: 'no-runtime-picomatch',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      if (!attempt.test(code))
        this.error(`${id}: fdir no longer loads picomatch as expected; review noRuntimePicomatch`);
      return { code: code.replace(attempt, ''), map: null };
    },
  };
}

/**
 * Writes a bundle in ASCII only, every other character as an escape (esbuild's `charset: 'ascii'`:
 * it knows where an escape means the same character, which a text substitution would not). Node
 * reads a source holding one non-ASCII character as a two-byte string, which took ~8 ms more of
 * every CLI start for the 1.4 MB bundle (docs/architecture.md, "The CLI's startup").
 * @returns {import('rollup').Plugin}
 */
function asciiOnly() {
  return {
    name: 'ascii-only',
    async renderChunk(code) {
      const out = await transform(code, { charset: 'ascii', legalComments: 'inline', target: 'node20' });
      // What esbuild leaves as it was is in the comments it keeps, where an escape is as good.
      const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      return { code: out.code.replace(/[^\0-\x7f]/g, escape), map: null };
    },
  };
}

/**
 * Self-contained bundles: the runner executes dist/index.js with no node_modules, and
 * `npx firestone-spec` runs dist/cli.js and the dist/cli-run.cjs it loads the same way.
 * @returns {import('rollup').RollupOptions}
 */
const bundle = (input, file, { banner, format = 'es', lazy = false } = {}) => ({
  input,
  output: {
    ...(lazy
      ? {
          dir: path.dirname(file),
          entryFileNames: path.basename(file),
          chunkFileNames: lazyChunkFileName,
          exports: 'named',
        }
      : { file, inlineDynamicImports: true }),
    format,
    banner,
    sourcemap: false,
    indent: '    ',
  },
  plugins: [
    // Before TypeScript is transpiled: it rewrites the TypeScript text of src/util/packages.ts.
    ...(lazy ? [lazyPackages('src/util/packages.ts')] : []),
    transpileTypeScript(),
    noRuntimePicomatch(),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs(),
    json(),
    asciiOnly(),
  ],
  onwarn(warning, warn) {
    // Dependencies (@actions/*, undici) use `this` at module top level and circular imports; both are harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [
  bundle('src/index.ts', 'dist/index.js'),
  // The CLI's entry turns the compile cache on and then requires the rest, which is CommonJS:
  // Node hands an ES module each built-in it imports as a facade that reads every export, and
  // those reads load parts of Node no run uses (~25 ms per start); `require` loads only the
  // module itself (docs/architecture.md, "The CLI's startup").
  bundle('src/cli.ts', 'dist/cli.js', { banner: '#!/usr/bin/env node' }),
  // Its packages are loaded on first use, each from a chunk of its own (src/util/packages.ts).
  bundle('src/cli-run.ts', 'dist/cli-run.cjs', { format: 'cjs', lazy: true }),
];
