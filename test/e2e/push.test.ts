/**
 * The built action on push events (commit mode): regenerated specs committed and pushed with the
 * configured author, retried on a race without force, no loop on its own commit; bad input fails
 * the step with one clear error and writes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cloneFull,
  cloneShallow,
  commitFiles,
  head,
  installHook,
  log,
  otherDeveloperPushes,
  sh,
  type RepoWithOrigin,
} from '../helpers/git-repo';
import {
  type ActionRun,
  BOOK_FILE,
  BOOK_PROPERTIES,
  bookResource,
  cliUpdate,
  expectHealthy,
  listTree,
  pushRun,
  repoWithSpec,
  runAction,
  type RunOptions,
  SPEC_FILE,
  useFakeGitHub,
} from './harness';

const BOT = { 'commit-user-name': 'Spec Bot', 'commit-user-email': 'spec-bot@example.test' };

const fake = useFakeGitHub();

/** A new optional property: the spec must be regenerated, nothing breaks. */
const WITH_PAGES = bookResource({ properties: `${BOOK_PROPERTIES}\n      pages:\n        type: integer` });

/** A developer pushes a resource change to main without regenerating the spec. */
function pushWithDrift(): { repo: RepoWithOrigin; before: string; after: string } {
  const repo = repoWithSpec();
  const before = head(repo.work);
  const after = commitFiles(repo.work, { [BOOK_FILE]: WITH_PAGES }, 'feat: pages');
  sh(repo.work, ['push', '--quiet', 'origin', 'main']);
  return { repo, before, after };
}

/** What `firestone-spec update` writes for `rev`, in a clone of its own. */
function expectedSpec(repo: RepoWithOrigin, rev: string, file = SPEC_FILE): string {
  const clone = cloneFull(repo.origin);
  sh(clone, ['checkout', '--quiet', rev]);
  cliUpdate(clone);
  return fs.readFileSync(path.join(clone, file), 'utf8');
}

/** A push run with the bot's identity as the commit author. */
const botPushRun = (cwd: string, before: string, after: string, extra: Partial<RunOptions> = {}): Promise<ActionRun> =>
  pushRun(fake, cwd, { before, after }, { ...extra, inputs: { ...BOT, ...extra.inputs } });

const originHead = (repo: RepoWithOrigin) => head(repo.origin, 'refs/heads/main');
const show = (repo: string, rev: string, file: string) => sh(repo, ['show', `${rev}:${file}`]);
const isAncestor = (repo: string, a: string, b: string) => {
  try {
    sh(repo, ['merge-base', '--is-ancestor', a, b]);
    return true;
  } catch {
    return false;
  }
};

describe('push with drift (commit mode)', () => {
  it('commits the regenerated spec as the configured author and pushes it', async () => {
    const { repo, before, after } = pushWithDrift();
    const expected = expectedSpec(repo, after);
    const checkout = cloneShallow(repo.originUrl);
    const run = await botPushRun(checkout, before, after);
    expectHealthy(run);
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const sha = run.outputs['commit-sha'] ?? '';
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(originHead(repo)).toBe(sha);
    const [commit] = log(repo.origin, 'main');
    expect(commit).toMatchObject({ sha, parents: [after], author: 'Spec Bot <spec-bot@example.test>' });
    expect(commit!.subject).toBe('chore: regenerate API specs');
    expect(sh(repo.origin, ['log', '-1', '--format=%cn <%ce>', 'main'])).toBe('Spec Bot <spec-bot@example.test>');
    expect(sh(repo.origin, ['show', '--format=', '--name-only', sha])).toBe(SPEC_FILE);
    expect(show(repo.origin, 'main', SPEC_FILE)).toBe(expected.trimEnd());
    expect(show(repo.origin, 'main', SPEC_FILE)).toContain('pages');

    expect(run.outputs).toMatchObject({ drift: 'true', breaking: '0', 'changed-files': JSON.stringify([SPEC_FILE]) });
    expect(run.outputs['comment-url']).toBe('');
    // A push has no pull request: no API call at all.
    expect(fake.requests).toEqual([]);
    expect(run.summary).toContain(SPEC_FILE);
    // Drift is fixed in commit mode, not reported as something to fix by hand.
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(run.summary).not.toMatch(/Out of date|Run `?npx firestone-spec update/);
    expect(run.summary).toMatch(/regenerated/);
  });

  it('a custom commit message is used', async () => {
    const { repo, before, after } = pushWithDrift();
    const checkout = cloneShallow(repo.originUrl);
    const run = await botPushRun(checkout, before, after, {
      inputs: { 'commit-message': 'docs(api): regenerate [skip ci]' },
    });
    expectHealthy(run);
    expect(run.code).toBe(0);
    expect(log(repo.origin, 'main')[0]!.subject).toBe('docs(api): regenerate [skip ci]');
  });
});

describe('push refused or without history', () => {
  it('a protected branch refusing the push is one clear error, not retried, never forced', async () => {
    const { repo, before, after } = pushWithDrift();
    installHook(
      repo.origin,
      'pre-receive',
      'echo "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1',
    );
    const checkout = cloneShallow(repo.originUrl);
    const run = await botPushRun(checkout, before, after);
    expectHealthy(run);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/refused the push to 'main'.*GH006/);
    expect(run.stdout).not.toMatch(/retrying/i);
    expect(originHead(repo)).toBe(after);
  });

  it('a new branch (all-zero before) has no baseline: the spec is committed, nothing is called breaking', async () => {
    const { repo, after } = pushWithDrift();
    const checkout = cloneShallow(repo.originUrl);
    const run = await botPushRun(checkout, '0'.repeat(40), after);
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(0);
    expect(originHead(repo)).toBe(run.outputs['commit-sha']);
    expect(run.outputs).toMatchObject({ breaking: '0', drift: 'true' });
    const report = JSON.parse(fs.readFileSync(run.outputs['report-file'] ?? '', 'utf8')) as {
      specs: { baseline: { ref: string | null; found: boolean } }[];
    };
    expect(report.specs[0]!.baseline).toEqual({ ref: null, found: false, file: 'asyncapi.yaml' });
  });
});

describe('push race', () => {
  it('retries on top of a commit pushed meanwhile: both on origin, linear history, no force', async () => {
    const { repo, before, after } = pushWithDrift();
    const checkout = cloneShallow(repo.originUrl);
    // Someone pushes after the checkout and before the action pushes: its first push is rejected.
    const other = otherDeveloperPushes(repo.origin, { 'README.md': 'unrelated change\n' }, { message: 'docs: readme' });
    const run = await botPushRun(checkout, before, after);
    expectHealthy(run);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/rejected|retry/i);

    const sha = run.outputs['commit-sha'] ?? '';
    expect(originHead(repo)).toBe(sha);
    const history = log(repo.origin, 'main');
    expect(history[0]).toMatchObject({ sha, parents: [other], author: 'Spec Bot <spec-bot@example.test>' });
    expect(history.every((c) => c.parents.length <= 1)).toBe(true);
    expect(isAncestor(repo.origin, other, 'main')).toBe(true);
    expect(isAncestor(repo.origin, after, 'main')).toBe(true);
    expect(show(repo.origin, 'main', 'README.md')).toBe('unrelated change');
    expect(show(repo.origin, 'main', SPEC_FILE)).toBe(expectedSpec(repo, other).trimEnd());
    // The bot's commit is the only one that touches the spec after the developer's.
    expect(history.filter((c) => c.author === 'Spec Bot <spec-bot@example.test>')).toHaveLength(1);
  });

  it('when the commit pushed meanwhile changes the resources too, the spec is regenerated from the new tip', async () => {
    const { repo, before, after } = pushWithDrift();
    const checkout = cloneShallow(repo.originUrl);
    const withGenre = bookResource({
      properties: `${BOOK_PROPERTIES}\n      pages:\n        type: integer\n      genre:\n        type: string`,
    });
    const other = otherDeveloperPushes(repo.origin, { [BOOK_FILE]: withGenre }, { message: 'feat: genre' });
    const run = await botPushRun(checkout, before, after);
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(0);
    expect(log(repo.origin, 'main')[0]).toMatchObject({ sha: run.outputs['commit-sha'], parents: [other] });
    const spec = show(repo.origin, 'main', SPEC_FILE);
    expect(spec).toBe(expectedSpec(repo, other).trimEnd());
    expect(spec).toContain('genre');
  });

  it('when the commit pushed meanwhile already regenerated the spec, commits nothing', async () => {
    const { repo, before, after } = pushWithDrift();
    const checkout = cloneShallow(repo.originUrl);
    const other = otherDeveloperPushes(
      repo.origin,
      { [SPEC_FILE]: expectedSpec(repo, after) },
      { message: 'regen by hand' },
    );
    const run = await botPushRun(checkout, before, after);
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['commit-sha']).toBe('');
    expect(originHead(repo)).toBe(other);
  });
});

describe('rerun on the action’s own commit', () => {
  it('regenerates identically and commits nothing', async () => {
    const { repo, before, after } = pushWithDrift();
    const first = await botPushRun(cloneShallow(repo.originUrl), before, after);
    expect(first.code).toBe(0);
    const botSha = first.outputs['commit-sha'] ?? '';
    expect(botSha).toMatch(/^[0-9a-f]{40}$/);

    const checkout = cloneShallow(repo.originUrl);
    expect(head(checkout)).toBe(botSha);
    const second = await botPushRun(checkout, after, botSha);
    expectHealthy(second);
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['commit-sha']).toBe('');
    expect(second.outputs).toMatchObject({ drift: 'false', 'changed-files': '[]', breaking: '0' });
    expect(originHead(repo)).toBe(botSha);
    expect(sh(checkout, ['status', '--porcelain'])).toBe('');
    expect(head(checkout)).toBe(botSha);
  });
});

describe('bad input', () => {
  /** `author` is indented one column short of `title`: line 9 is the mistake. */
  const INVALID = [
    'kind: books',
    'schema:',
    '  type: array',
    '  items:',
    '    type: object',
    '    properties:',
    '      title:',
    '        type: string',
    '     author: {type: string}',
    '',
  ].join('\n');
  const AUTHOR = bookResource().replace('kind: books', 'kind: authors').replace('book_id', 'author_id');

  /** main with books and authors and their spec; then a push that breaks the YAML of `broken`. */
  function pushBroken(broken: string) {
    const repo = repoWithSpec({ [BOOK_FILE]: bookResource(), 'resources/author.yaml': AUTHOR });
    const before = head(repo.work);
    const specBefore = fs.readFileSync(path.join(repo.work, SPEC_FILE), 'utf8');
    expect(specBefore).toContain('/authors');
    const after = commitFiles(repo.work, { [broken]: INVALID }, 'broken');
    sh(repo.work, ['push', '--quiet', 'origin', 'main']);
    return { repo, before, after, specBefore, checkout: cloneShallow(repo.originUrl) };
  }

  function expectOneErrorAndNothingWritten(
    run: ActionRun,
    broken: string,
    state: { repo: RepoWithOrigin; after: string; specBefore: string; checkout: string; tree: string[] },
  ): void {
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/invalid YAML/i);
    expect(errors[0]).toMatch(new RegExp(`^::error file=${broken.replace(/[./]/g, '\\$&')},line=9[,:]`));
    expect(run.stderr.trim()).toBe('');
    // Nothing written, committed or pushed; no report, no outputs.
    expect(originHead(state.repo)).toBe(state.after);
    expect(head(state.checkout)).toBe(state.after);
    expect(sh(state.checkout, ['status', '--porcelain', '--ignored'])).toBe('');
    expect(listTree(state.checkout)).toEqual(state.tree);
    expect(fs.readFileSync(path.join(state.checkout, SPEC_FILE), 'utf8')).toBe(state.specBefore);
    expect(fs.existsSync(path.join(run.runnerTemp, 'firestone-spec-report.json'))).toBe(false);
    expect(run.outputs['commit-sha'] ?? '').toBe('');
  }

  it('invalid YAML in a listed resource: one clear error naming file and line, nothing written or committed', async () => {
    const state = pushBroken(BOOK_FILE);
    const tree = listTree(state.checkout);
    const run = await botPushRun(state.checkout, state.before, state.after, {
      inputs: { resources: 'resources/*.yaml' },
    });
    expectOneErrorAndNothingWritten(run, BOOK_FILE, { ...state, tree });
  });

  it('invalid YAML in an auto-discovered resource is the same error, not a resource silently dropped from the spec', async () => {
    const state = pushBroken('resources/author.yaml');
    const tree = listTree(state.checkout);
    const run = await botPushRun(state.checkout, state.before, state.after);
    expectOneErrorAndNothingWritten(run, 'resources/author.yaml', { ...state, tree });
  });

  it('on a pull request: the same single error and no comment', async () => {
    const repo = repoWithSpec();
    const baseSha = head(repo.work);
    sh(repo.work, ['checkout', '--quiet', '-b', 'feature']);
    const headSha = commitFiles(repo.work, { [BOOK_FILE]: INVALID }, 'broken');
    sh(repo.work, ['push', '--quiet', 'origin', 'feature']);
    const run = await runAction({
      cwd: repo.work,
      fake,
      event: 'pull_request',
      payload: {
        number: 3,
        pull_request: {
          number: 3,
          labels: [],
          head: { sha: headSha, ref: 'feature', label: 'owner:feature', repo: { full_name: 'owner/repo' } },
          base: { sha: baseSha, ref: 'main', repo: { full_name: 'owner/repo' } },
        },
      },
      ref: 'refs/pull/3/merge',
      sha: headSha,
      inputs: { resources: 'resources/**/*.yaml' },
    });
    expectHealthy(run);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error file=resources\/book\.yaml,line=9[,:]/);
    expect(fake.requestsTo('POST')).toEqual([]);
  });

  it('a tag ref in commit mode is a clear error, not a push', async () => {
    const { repo, before, after } = pushWithDrift();
    const checkout = cloneShallow(repo.originUrl);
    const run = await botPushRun(checkout, before, after, { ref: 'refs/tags/v1' });
    expectHealthy(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error.*refs\/tags\/v1 is not a branch/m);
    expect(originHead(repo)).toBe(after);
  });
});
