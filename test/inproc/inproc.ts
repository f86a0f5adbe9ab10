/**
 * The action's `run` and the CLI's `main` called in this process, set up the way the runner and a
 * terminal set them up: the in-process twins of test/e2e/harness.ts (runAction) and
 * test/cli/helpers.ts (runCli). No build, no spawn: fast feedback, and coverage of src/action.ts
 * and src/cli-main.ts themselves.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/action';
import { main } from '../../src/cli-main';
import { parseAnnotations, parseOutputFile, runnerEnvironment, type Annotation, type RunOptions } from '../e2e/harness';
import { isolateGit, tempDir } from '../helpers/git-repo';

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `firestone-spec ARGV` in `cwd`, as src/cli-run.ts calls main (not a TTY). */
export async function runMain(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<MainResult> {
  isolateGit();
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env: { ...process.env, ...env },
  });
  return { code, stdout, stderr };
}

export interface InProcessRun {
  /** What the runner would see as the step's exit code (process.exitCode after `run`). */
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  runnerTemp: string;
}

/** The e2e harness's options, less what only a subprocess has (its timeout, another entry script). */
export type InProcessOptions = Omit<RunOptions, 'timeoutMs' | 'entry'>;

/**
 * @actions/core keeps the job summary's path from its first use, as a runner process would have
 * one: every run of a test file writes the same summary file, emptied before each run.
 */
let summaryFile: string | null = null;

/** Variables a real runner (or the developer's shell) may have set: none of them reaches `run`. */
const RUNNER_VARIABLE = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/;

/** `run()` of src/action.ts with the runner's environment on process.env, restored afterwards. */
export async function runActionInProcess(opts: InProcessOptions): Promise<InProcessRun> {
  isolateGit();
  summaryFile ??= path.join(tempDir('summary-'), 'step_summary.md');
  fs.writeFileSync(summaryFile, '');
  const runnerTemp = tempDir('runner-temp-');
  const eventPath = path.join(runnerTemp, 'event.json');
  const outputFile = path.join(runnerTemp, 'github_output');
  fs.writeFileSync(eventPath, JSON.stringify(opts.payload, null, 2));
  fs.writeFileSync(outputFile, '');

  for (const name of Object.keys(process.env)) if (RUNNER_VARIABLE.test(name)) vi.stubEnv(name, undefined);
  const env = { ...runnerEnvironment(opts, { eventPath, outputFile, summaryFile, runnerTemp }), ...opts.env };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);

  // Workflow commands (annotations, masks, log lines) go to stdout, as the runner reads them.
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const previousExitCode = process.exitCode;
  process.exitCode = undefined;
  let code: number;
  try {
    await run(process.env);
    code = Number(process.exitCode ?? 0);
  } finally {
    process.exitCode = previousExitCode;
    write.mockRestore();
    vi.unstubAllEnvs();
  }
  return {
    code,
    stdout,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    runnerTemp,
  };
}
