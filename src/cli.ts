/**
 * The CLI's entry: asks Node to keep the compiled code of the rest (Node ≥ 22.1; older versions
 * have no compile cache and skip it), then loads it. The entry must stay this small: only modules
 * loaded after enableCompileCache are cached, and compiling the bundle was most of a short run's
 * startup (docs/architecture.md, "The CLI's startup").
 */
import nodeModule from 'node:module';
import { tuneHeap } from './heap';

tuneHeap();
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./cli-run');
