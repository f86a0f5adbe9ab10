#!/usr/bin/env node
// The whole pipeline on examples/demo, in a throw-away git repository, for both specs the
// resources make (.github/firestone-spec.yml: openapi.yaml for REST, asyncapi.yaml for events):
// generate → a clean check → one resource edit that breaks clients → check (drift + breaking,
// grouped by resource line) → update.
// Run with `npm run demo` (it uses the committed dist/; `npm run build` after changing src/).
// Nothing outside a temp directory is touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '..', 'dist', 'cli.js');
const repo = mkdtempSync(path.join(tmpdir(), 'firestone-demo-'));
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

function step(title) {
  console.log(`\n${bold(`━━ ${title}`)}`);
}

/** Runs the CLI; a different exit code than the story expects means the demo (and CI) fails. */
function run(args, expectedCode, { show = true } = {}) {
  console.log(`$ firestone-spec ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8' });
  if (show) process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  console.log(`(exit code ${r.status})`);
  if (r.status !== expectedCode) {
    console.error(`demo: expected exit code ${expectedCode} from firestone-spec ${args.join(' ')}`);
    process.exitCode = 1;
  }
  return r;
}

const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', ...args], {
    cwd: repo,
    stdio: 'pipe',
  });

try {
  // The committed specs are left behind so that step 1 shows generation from scratch.
  const specs = ['openapi.yaml', 'asyncapi.yaml'];
  cpSync(path.join(here, 'demo'), repo, { recursive: true, filter: (src) => !specs.includes(path.basename(src)) });
  git('init', '-q', '-b', 'main');

  step('1. Generate both specs from the same resources and commit them');
  run(['update'], 0);
  for (const [file, what] of [
    ['openapi.yaml', 'paths'],
    ['asyncapi.yaml', 'channels'],
  ]) {
    const spec = readFileSync(path.join(repo, file), 'utf8');
    console.log(`${file}: ${spec.split('\n').length} lines, ${what}:`);
    for (const line of spec.split('\n').filter((l) => /^ {2}\/\S+:$/.test(l)))
      console.log(`  ${line.trim().slice(0, -1)}`);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'initial API');

  step('2. Check: resources and committed spec agree');
  run(['check', '--base', 'HEAD'], 0);

  step('3. Edit resources/orders.yaml: drop `note`, require `currency`, drop the `cancelled` status');
  const file = path.join(repo, 'resources', 'orders.yaml');
  let text = readFileSync(file, 'utf8');
  text = text
    .replace(/ {6}note:\n(?: {8}.*\n)+/, '')
    .replace('enum: [open, paid, shipped, cancelled]', 'enum: [open, paid, shipped]')
    .replace(
      '    required: [customer, status, total]',
      '      currency:\n        description: ISO 4217 code\n        type: string\n    required: [customer, status, total, currency]',
    );
  writeFileSync(file, text);
  console.log(execFileSync('git', ['diff', '--stat'], { cwd: repo, encoding: 'utf8' }));

  step('4. Check again: both specs drifted and clients break; "By resource line" shows each edit once (exit code 1)');
  run(['check', '--base', 'HEAD'], 1);

  step('5. What the pull-request comment says (markdown)');
  run(['check', '--base', 'HEAD', '--format', 'markdown', '--fail-on', 'never'], 0);

  step('6. Regenerate both specs, as the action does on push');
  run(['update'], 0);
  run(['check', '--base', 'HEAD', '--fail-on', 'drift'], 0);
} finally {
  rmSync(repo, { recursive: true, force: true });
}
