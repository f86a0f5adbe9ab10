/**
 * Node built-ins that only some runs need, loaded on first use instead of at startup. Loading
 * `node:child_process` (with the net, dgram and stream modules it pulls in) and `node:crypto`
 * cost ~15 ms of every start, a twentieth of a `diff` that never runs git or writes a file
 * (docs/architecture.md, "The CLI's startup"). `process.getBuiltinModule` (Node ≥ 20.16) returns
 * the module itself, synchronously, from either bundle.
 */
export const childProcess = (): typeof import('node:child_process') => process.getBuiltinModule('node:child_process');

export const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');
