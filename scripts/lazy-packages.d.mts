/** Types of scripts/lazy-packages.mjs for the TypeScript tests that import it. */
import type { Plugin } from 'rollup';

export function lazyPackageTable(source: string): Map<string, string>;
export function lazyReading(source: string): string;
export function lazyPackages(file: string): Plugin;
export function lazyChunkFileName(chunk: { isEntry: boolean; name: string }): string;
