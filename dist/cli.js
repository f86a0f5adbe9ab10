#!/usr/bin/env node
function tuneHeap() {
  process.getBuiltinModule("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
}
const nodeModule = process.getBuiltinModule("node:module");
tuneHeap();
nodeModule.enableCompileCache?.();
nodeModule.createRequire(import.meta.url)("./cli-run.cjs");
