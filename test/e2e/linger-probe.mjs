/**
 * Loaded into the action's process by test/e2e/harness.ts (`node --import`). It tells whether the
 * process was kept alive after its last piece of work, without reading a clock: it counts writes
 * (stdout, stderr, the GITHUB_OUTPUT and summary files) and notes every timer that still holds the
 * process open (ref'd, 1 s or more) and fires after the last of them. Such a timer is a wait the
 * runner pays for nothing. At exit the delays of those timers go, as JSON, to the file named by
 * FSA_LINGER_PROBE_OUT.
 */
import { createHook } from 'node:async_hooks';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const out = process.env.FSA_LINGER_PROBE_OUT;
let writes = 0;
/** Long ref'd timers that fired, with the write count when they did. */
const fired = [];
const timers = new Map();

createHook({
  init(id, type, _trigger, resource) {
    if (type === 'Timeout') timers.set(id, resource);
  },
  before(id) {
    const timer = timers.get(id);
    if (timer && timer.hasRef() && timer._idleTimeout >= 1000) fired.push({ delayMs: timer._idleTimeout, writes });
  },
  destroy(id) {
    timers.delete(id);
  },
}).enable();

const counted = (target, name) => {
  const original = target[name];
  target[name] = function (...args) {
    writes++;
    return original.apply(this, args);
  };
};
counted(process.stdout, 'write');
counted(process.stderr, 'write');
for (const name of ['appendFileSync', 'writeFileSync', 'writeSync']) counted(fs, name);
for (const name of ['appendFile', 'writeFile']) counted(fs.promises, name);
syncBuiltinESMExports();

process.on('exit', () => {
  if (!out) return;
  const lingering = fired.filter((t) => t.writes === writes).map((t) => t.delayMs);
  // The original writeFileSync: this last write is the probe's own.
  fs.writeFileSync(out, JSON.stringify(lingering));
});
