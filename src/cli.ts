/**
 * The CLI's entry: asks Node to keep the compiled code of the rest (Node ≥ 22.1; older versions
 * have no compile cache and skip it), then loads it. The entry must stay this small: only modules
 * loaded after enableCompileCache are cached, and compiling the bundle was most of a short run's
 * startup. The rest is a CommonJS bundle, required rather than imported, so that Node's built-ins
 * reach it without the ES-module facades that load far more of Node than a run uses
 * (docs/architecture.md, "The CLI's startup").
 */
import { tuneHeap } from './heap';

// getBuiltinModule rather than an import, for the reason src/heap.ts gives.
const nodeModule = process.getBuiltinModule('node:module');
tuneHeap();
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
nodeModule.createRequire(import.meta.url)('./cli-run.cjs');
