/**
 * The harness checks itself against the real @actions/core: the runner's input variables, the
 * GITHUB_OUTPUT file format, annotations, the token mask, and the lingering-process detector.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import {
  actionDefaults,
  type ActionRun,
  expectHealthy,
  inputVariable,
  parseOutputFile,
  ROOT,
  runAction,
  TOKEN,
  tokenLeaks,
  useFakeGitHub,
} from './harness';

const CORE = pathToFileURL(path.join(ROOT, 'node_modules/@actions/core/lib/core.js')).href;

const fake = useFakeGitHub();

function script(body: string): string {
  const file = path.join(tempDir('harness-script-'), 'main.mjs');
  fs.writeFileSync(file, `import * as core from ${JSON.stringify(CORE)};\n${body}\n`);
  return file;
}

const run = (entry: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({ cwd: path.dirname(entry), fake, event: 'push', payload: { ref: 'refs/heads/main' }, inputs, entry });

describe('e2e harness', () => {
  it('passes inputs the way the runner does: INPUT_ + upper case, dashes kept, action.yml defaults', async () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('github-token')).toBe('INPUT_GITHUB-TOKEN');
    const defaults = actionDefaults();
    expect(defaults).toMatchObject({
      mode: 'auto',
      'fail-on': 'breaking,drift',
      'github-token': TOKEN,
      comment: 'true',
    });
    const result = await run(
      script(`
        core.setSecret(core.getInput('github-token'));
        core.setOutput('fail-on', core.getInput('fail-on'));
        core.setOutput('spec-file', core.getInput('spec-file'));
        core.setOutput('multi', 'line one\\nline two');
        core.setOutput('json', JSON.stringify(['a.yaml']));
        core.setOutput('empty', '');
        core.error('bad, really: 100%', { file: 'a,b:c.yaml', startLine: 3 });
        await core.summary.addRaw('# hello', true).write();
      `),
      { 'spec-file': 'docs/api.yaml' },
    );
    expectHealthy(result);
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      'fail-on': 'breaking,drift',
      'spec-file': 'docs/api.yaml',
      multi: 'line one\nline two',
      json: '["a.yaml"]',
      empty: '',
    });
    expect(result.summary).toBe('# hello\n');
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        props: { file: 'a,b:c.yaml', line: '3' },
        message: 'bad, really: 100%25',
      }),
    ]);
  });

  it('sees a process that lingers after its work, a crash, and a printed token', async () => {
    const lingering = await run(script(`core.setOutput('done', 'yes');\nsetTimeout(() => {}, 3500);`));
    expect(lingering.outputs.done).toBe('yes');
    expect(lingering.lingeringTimersMs).toEqual([3500]);
    expect(() => expectHealthy(lingering)).toThrow(/lingered/);

    const crash = await run(script(`throw new TypeError('boom');`));
    expect(crash.code).toBe(1);
    expect(() => expectHealthy(crash)).toThrow();

    const leak = await run(
      script(`core.setSecret(${JSON.stringify(TOKEN)});\nconsole.log('token is ' + ${JSON.stringify(TOKEN)});`),
    );
    expect(tokenLeaks(leak)).toEqual([`token is ${TOKEN}`]);
    expect(() => expectHealthy(leak)).toThrow();
  });

  it('parses both GITHUB_OUTPUT forms and rejects a truncated record', () => {
    expect(parseOutputFile('a=1\nb<<EOF_x\nl1\nl2\nEOF_x\nc<<D\n\nD\n')).toEqual({ a: '1', b: 'l1\nl2', c: '' });
    expect(() => parseOutputFile('b<<EOF\nno end\n')).toThrow(/closing delimiter/);
  });
});
