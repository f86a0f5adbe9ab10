/**
 * The built action on pull_request events: gate, sticky comment, summary, annotations, outputs,
 * JSON report; reruns, approval label, fixes, forged markers, read-only tokens, shallow clones,
 * hostile text, several spec targets.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneShallow, commitFiles, hasObject, head, isShallow, otherDeveloperPushes, sh } from '../helpers/git-repo';
import {
  type ActionRun,
  BOOK_FILE,
  BOOK_PROPERTIES,
  bookResource,
  BREAKING_LINE,
  BREAKING_RESOURCE,
  breakingPullRequest,
  cliUpdate,
  expectHealthy,
  outsideCodeSpans,
  OWNER,
  parseJsonFile,
  pullRequestRun,
  pushBranch,
  REPO,
  repoWithSpec,
  SPEC_FILE,
  TOKEN,
  useFakeGitHub,
} from './harness';
import { authorYaml } from '../helpers/book';

const MARKER = '<!-- firestone-spec-action:asyncapi.yaml -->';
const PR = 7;

interface JsonReport {
  version: number;
  context: { event: string; pullRequest: number | null; headSha: string | null; baseSha: string | null } | null;
  specs: {
    file: string;
    drift: boolean;
    baseline: { ref: string | null; found: boolean; error?: string };
    changes: { rule: string; type: string; message: string; source: { file: string; line: number } | null }[];
    summary: Record<string, number>;
  }[];
  summary: { breaking: number; warning: number; nonBreaking: number; unclassified: number; drift: boolean };
}

const fake = useFakeGitHub();

const comments = (issue = PR) => fake.commentsOn(OWNER, REPO, issue);
const report = (run: ActionRun) => parseJsonFile<JsonReport>(run.outputs['report-file'] ?? '');
const breakingAnnotations = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error' && a.props.file);

describe('pull request with a breaking change', () => {
  it('fails, posts one sticky comment, writes the summary, annotations, outputs and the JSON report', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const run = await pullRequestRun(fake, repo.work, pr);
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(1);

    // The comment: exactly one, created with the hidden marker, naming the change and its source line.
    const posted = comments();
    expect(posted).toHaveLength(1);
    expect(fake.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    const body = posted[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.split(MARKER)).toHaveLength(2);
    expect(body).toMatch(/published/);
    expect(body).toMatch(/breaking/i);
    expect(body).toContain(`${BOOK_FILE}:${BREAKING_LINE}`);
    // Drift: the PR did not regenerate the spec; the comment says how to fix it, and how to accept.
    expect(body).toContain('firestone-spec update');
    expect(body).toContain('breaking-change-approved');
    // Every request carried the token.
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // Job summary: the full report, same change and source.
    expect(run.summary).toMatch(/published/);
    expect(run.summary).toContain(`${BOOK_FILE}:${BREAKING_LINE}`);
    expect(run.summary).not.toContain(MARKER);

    // Annotation on the property's line of the resource file.
    const errors = breakingAnnotations(run);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]!.props.file).toBe(BOOK_FILE);
    expect(errors[0]!.props.line).toBe(String(BREAKING_LINE));
    expect(errors[0]!.message).toMatch(/published/);
    expect(run.stdout).toMatch(new RegExp(`^::error file=resources/book\\.yaml,line=${BREAKING_LINE}[,:]`, 'm'));

    // Outputs and the JSON report agree.
    const json = report(run);
    expect(json.version).toBe(1);
    expect(json.context).toMatchObject({
      event: 'pull_request',
      pullRequest: PR,
      headSha: pr.headSha,
      baseSha: pr.baseSha,
    });
    expect(json.specs).toHaveLength(1);
    expect(json.specs[0]!.file).toBe(SPEC_FILE);
    expect(json.specs[0]!.baseline).toEqual({ ref: pr.baseSha, found: true, file: 'asyncapi.yaml' });
    const breaking = json.specs[0]!.changes.filter((c) => c.type === 'breaking');
    expect(breaking.length).toBeGreaterThanOrEqual(1);
    expect(breaking.some((c) => c.source?.file === BOOK_FILE && c.source.line === BREAKING_LINE)).toBe(true);
    expect(run.outputs.breaking).toBe(String(json.summary.breaking));
    expect(json.summary.breaking).toBe(breaking.length);
    expect(run.outputs.warning).toBe(String(json.summary.warning));
    expect(run.outputs['non-breaking']).toBe(String(json.summary.nonBreaking));
    expect(run.outputs.unclassified).toBe('0');
    expect(run.outputs.drift).toBe('true');
    expect(JSON.parse(run.outputs['changed-files'] ?? '')).toEqual([SPEC_FILE]);
    expect(run.outputs['commit-sha']).toBe('');
    expect(run.outputs['comment-url']).toBe(posted[0]!.html_url);
    expect(path.dirname(run.outputs['report-file'] ?? '')).toBe(run.runnerTemp);

    // Check mode writes nothing into the checkout.
    expect(sh(repo.work, ['status', '--porcelain'])).toBe('');
    // The failure message names the reasons.
    expect(run.stdout).toMatch(/^::error::.*breaking/im);
  });

  it('a rerun updates the same comment in place and never duplicates it', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const first = await pullRequestRun(fake, repo.work, pr);
    expect(first.code).toBe(1);
    const [original] = comments();
    expect(original).toBeDefined();

    const second = await pullRequestRun(fake, repo.work, pr);
    expectHealthy(second);
    expect(second.code).toBe(1);
    const after = comments();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(original!.id);
    expect(after[0]!.body).toBe(original!.body);
    expect(fake.requestsTo('POST', /\/comments$/)).toHaveLength(1);
    // Either left alone (same text) or edited in place: never a second comment.
    for (const patch of fake.requestsTo('PATCH'))
      expect(patch.path).toBe(`/repos/${OWNER}/${REPO}/issues/comments/${original!.id}`);
    expect(second.outputs['comment-url']).toBe(original!.html_url);
  });

  it('finds its own comment again on a later page of a long conversation', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    for (let i = 0; i < 120; i++) fake.addComment(OWNER, REPO, PR, { login: `reviewer${i % 7}`, body: `comment ${i}` });
    const first = await pullRequestRun(fake, repo.work, pr);
    expect(first.code).toBe(1);
    const ours = comments().filter((c) => c.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    for (let i = 0; i < 100; i++) fake.addComment(OWNER, REPO, PR, { login: 'reviewer', body: `later ${i}` });

    const fixed = pushBranch(repo.work, 'feature', { [BOOK_FILE]: bookResource() }, 'revert');
    const second = await pullRequestRun(fake, repo.work, { ...pr, headSha: fixed });
    expectHealthy(second);
    expect(second.code).toBe(0);
    expect(comments().filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
    expect(comments()).toHaveLength(221);
    expect(fake.requestsTo('POST', /\/comments$/)).toHaveLength(1);
    expect(fake.requestsTo('PATCH').map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${ours[0]!.id}`,
    ]);
    expect(comments().find((c) => c.id === ours[0]!.id)!.body).toMatch(/No breaking changes; no API changes/);
    // It read every page to find it.
    expect(fake.requestsTo('GET', /\/issues\/7\/comments$/).some((r) => r.query.page === '3')).toBe(true);
  });

  it('passes with the approval label, read from the API on a rerun or from the payload, and says so', async () => {
    // The spec is regenerated on the branch: only the breaking change could fail the check.
    const { repo, pr } = breakingPullRequest(PR, { regenerate: true });
    // Labelled after the event: the payload is stale, the API knows.
    fake.setLabels(OWNER, REPO, PR, ['documentation', 'breaking-change-approved']);
    const run = await pullRequestRun(fake, repo.work, { ...pr, labels: [] });
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(0);
    expect(fake.requestsTo('GET', /\/issues\/7\/labels$/).length).toBeGreaterThanOrEqual(1);
    expect(run.outputs.breaking).not.toBe('0');
    const [comment] = comments();
    expect(comment!.body).toMatch(/approved with label `breaking-change-approved`/);
    expect(comment!.body).toMatch(/accepted: the pull request has the label `breaking-change-approved`/);
    // The headline verdict is no longer a failure.
    expect(comment!.body.split('\n')[1]).toMatch(/^### ✅ /);
    expect(run.summary).toMatch(/approved with label `breaking-change-approved`/);
    expect(run.outputs.drift).toBe('false');
    expect(run.annotations.some((a) => a.level === 'error' && !a.props.file)).toBe(false);

    // The label only in the payload (the labels API does not answer): still approved.
    fake.reset();
    const fromPayload = await pullRequestRun(fake, repo.work, { ...pr, labels: ['breaking-change-approved'] });
    expectHealthy(fromPayload);
    expect(fromPayload.code, fromPayload.stdout).toBe(0);
    expect(comments()[0]!.body).toMatch(/approved with label `breaking-change-approved`/);

    // A custom approval label: the default one no longer approves.
    fake.reset();
    fake.setLabels(OWNER, REPO, PR, ['breaking-change-approved']);
    const custom = await pullRequestRun(fake, repo.work, pr, { 'allow-breaking-label': 'api-break-ok' });
    expectHealthy(custom);
    expect(custom.code).toBe(1);
    expect(comments()[0]!.body).toContain('api-break-ok');
  });

  it('when a fix is pushed, the comment is updated to say there are no changes and the check passes', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const first = await pullRequestRun(fake, repo.work, pr);
    expect(first.code).toBe(1);
    const [before] = comments();

    const fixed = pushBranch(repo.work, 'feature', { [BOOK_FILE]: bookResource() }, 'revert: published optional again');
    const second = await pullRequestRun(fake, repo.work, { ...pr, headSha: fixed });
    expectHealthy(second);
    expect(second.code, second.stdout).toBe(0);
    const after = comments();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before!.id);
    expect(fake.requestsTo('PATCH', new RegExp(`/issues/comments/${before!.id}$`))).toHaveLength(1);
    expect(after[0]!.body.startsWith(MARKER)).toBe(true);
    expect(after[0]!.body).toMatch(/No breaking changes; no API changes/);
    expect(after[0]!.body).not.toMatch(/published/);
    expect(after[0]!.body).not.toContain('❌');
    expect(second.outputs).toMatchObject({ breaking: '0', drift: 'false', 'changed-files': '[]' });
    expect(second.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('leaves a forged marker comment by someone else untouched and creates its own', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const forged = fake.addComment(OWNER, REPO, PR, {
      login: 'mallory',
      body: `${MARKER}\n### ✅ No API changes, merge away`,
    });
    const run = await pullRequestRun(fake, repo.work, pr);
    expectHealthy(run);
    expect(run.code).toBe(1);
    const all = comments();
    expect(all).toHaveLength(2);
    const mine = all.find((c) => c.id !== forged.id)!;
    expect(all.find((c) => c.id === forged.id)).toEqual(forged);
    expect(mine.user.login).toBe('octo-user');
    expect(mine.body).toMatch(/published/);
    expect(fake.requestsTo('PATCH')).toEqual([]);
    expect(run.outputs['comment-url']).toBe(mine.html_url);

    // The next run edits its own comment, still not mallory's.
    const fixed = pushBranch(repo.work, 'feature', { [BOOK_FILE]: bookResource() }, 'revert');
    const rerun = await pullRequestRun(fake, repo.work, { ...pr, headSha: fixed });
    expect(rerun.code).toBe(0);
    expect(comments()).toHaveLength(2);
    expect(comments().find((c) => c.id === forged.id)).toEqual(forged);
    expect(fake.requestsTo('PATCH').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${mine.id}`]);
  });

  it('as the Actions bot (GET /user refused), finds its own comment again by login', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    fake.setIdentity({ login: 'github-actions[bot]', bot: true });
    // Someone pasted the marker as a human: not ours.
    fake.addComment(OWNER, REPO, PR, { login: 'octo-user', body: MARKER });
    const first = await pullRequestRun(fake, repo.work, pr);
    expectHealthy(first);
    const second = await pullRequestRun(fake, repo.work, pr);
    expectHealthy(second);
    const all = comments();
    expect(all).toHaveLength(2);
    expect(all.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(all.find((c) => c.user.login === 'octo-user')!.body).toBe(MARKER);
  });
});

describe('fork pull request with a read-only token', () => {
  it('warns when the comment is refused, still reports everything, and keeps the gate result', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const refused = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    };
    fake.fail({ method: 'POST', path: /\/comments$/, status: 403, body: refused, times: 100 });
    const run = await pullRequestRun(fake, repo.work, { ...pr, fork: true });
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(1);
    expect(comments()).toEqual([]);
    const warnings = run.annotations.filter((a) => a.level === 'warning' && /comment/i.test(a.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/403/);
    expect(run.summary).toMatch(/published/);
    expect(breakingAnnotations(run)[0]!.props).toMatchObject({ file: BOOK_FILE, line: String(BREAKING_LINE) });
    expect(run.outputs.breaking).not.toBe('0');
    expect(run.outputs['comment-url']).toBe('');
    expect(report(run).context?.pullRequest).toBe(PR);

    // Nothing breaking (a new optional property, spec regenerated): the refused comment does not fail the step.
    const additive = bookResource({ properties: `${BOOK_PROPERTIES}\n      pages:\n        type: integer` });
    commitFiles(repo.work, { [BOOK_FILE]: additive }, 'add pages');
    cliUpdate(repo.work);
    const okSha = commitFiles(
      repo.work,
      { [SPEC_FILE]: fs.readFileSync(path.join(repo.work, SPEC_FILE), 'utf8') },
      'regen',
    );
    // The branch's tip replaces the whole resource: against the base, only `pages` was added.
    const ok = await pullRequestRun(fake, repo.work, { ...pr, headSha: okSha, fork: true });
    expectHealthy(ok);
    expect(ok.outputs).toMatchObject({ breaking: '0', drift: 'false' });
    expect(Number(ok.outputs['non-breaking'])).toBeGreaterThan(0);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.annotations.filter((a) => a.level === 'warning' && /comment/i.test(a.message))).toHaveLength(1);
  });

  it('without any token: a warning, no request, the same result', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const run = await pullRequestRun(fake, repo.work, { ...pr, fork: true }, { 'github-token': '' });
    expectHealthy(run);
    expect(run.code).toBe(1);
    expect(fake.requests).toEqual([]);
    expect(run.annotations.some((a) => a.level === 'warning' && /comment/i.test(a.message))).toBe(true);
    expect(run.outputs.breaking).not.toBe('0');
    expect(run.summary).toMatch(/published/);
  });
});

describe('shallow checkout', () => {
  it('fetches the missing base commits on demand and finds the merge base and the baseline', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    // main moves on after the branch was made: the merge base is no longer the base tip.
    const mainTip = otherDeveloperPushes(repo.origin, { 'README.md': 'moved on\n' }, { message: 'docs: readme' });
    const checkout = cloneShallow(repo.originUrl, { branch: 'feature' });
    expect(isShallow(checkout)).toBe(true);
    expect(hasObject(checkout, pr.baseSha)).toBe(false);
    expect(hasObject(checkout, mainTip)).toBe(false);

    const run = await pullRequestRun(fake, checkout, { ...pr, baseSha: mainTip });
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(1);
    const json = report(run);
    expect(json.specs[0]!.baseline).toEqual({ ref: pr.baseSha, found: true, file: 'asyncapi.yaml' });
    expect(json.context?.baseSha).toBe(pr.baseSha);
    expect(json.summary.breaking).toBeGreaterThanOrEqual(1);
    expect(run.outputs.breaking).toBe(String(json.summary.breaking));
    expect(hasObject(checkout, pr.baseSha)).toBe(true);
    expect(run.annotations.filter((a) => a.level === 'warning' && /baseline/i.test(a.message))).toEqual([]);
  });
});

describe('hostile text from the repository', () => {
  const HOSTILE = ['@octo-org/admins please merge', '<img src=x onerror=alert(1)>', MARKER, 'a | b | c'];
  /** A line break followed by a workflow command, and a literal escape sequence. */
  const COMMAND_INJECTION = 'x\n::error::pwned %0A';
  const resource = (extra: { description: string; enum: string[]; property: string | null }) =>
    [
      'kind: books',
      'schema:',
      '  type: array',
      '  key:',
      '    name: book_id',
      '  items:',
      '    type: object',
      '    properties:',
      '      title:',
      '        type: string',
      `        description: ${JSON.stringify(extra.description)}`,
      '      genre:',
      '        type: string',
      `        enum: ${JSON.stringify(extra.enum)}`,
      ...(extra.property === null
        ? []
        : [`      ${JSON.stringify(extra.property)}:`, '        type: string', '        expose: false']),
      ...(extra.property === null ? [] : ['    required:', `      - ${JSON.stringify(extra.property)}`]),
      'asyncapi:',
      '  channels:',
      '    resources: true',
      '    instances: true',
      '    instance_attrs: true',
      '',
    ].join('\n');

  it('is escaped in the comment, the summary and the annotations', async () => {
    const repo = repoWithSpec({ [BOOK_FILE]: resource({ description: 'plain', enum: ['fiction'], property: null }) });
    const baseSha = head(repo.work);
    const hostileResource = resource({
      description: [...HOSTILE, COMMAND_INJECTION].join(' '),
      enum: ['fiction', ...HOSTILE, COMMAND_INJECTION],
      property: `${HOSTILE[0]} ${HOSTILE[1]} ${HOSTILE[3]} ${MARKER}`,
    });
    const headSha = pushBranch(repo.work, 'feature', { [BOOK_FILE]: hostileResource }, 'hostile');
    const run = await pullRequestRun(fake, repo.work, { number: PR, baseSha, headSha });
    expectHealthy(run);
    expect(run.code).toBe(1);
    const [comment] = comments();
    const body = comment!.body;
    // The hostile text is there (so escaping was exercised), but never live.
    expect(body).toContain('onerror=alert(1)');
    expect(body).toContain('octo-org/admins');
    expect(body).toContain('payload.enum.value-added');
    assertSafeMarkdown(body, { marker: MARKER, hostile: HOSTILE });
    expect(run.summary).toContain('onerror=alert(1)');
    assertSafeMarkdown(run.summary, { marker: null, hostile: HOSTILE });

    // Annotations: one workflow command per line, properties and data escaped per the runner's rules.
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^::error::pwned/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.includes('pwned') && !/^::(error|warning|notice) /.test(l))).toEqual([]);
    const withHostile = run.annotations.filter((a) => a.message.includes('onerror'));
    expect(withHostile.length).toBeGreaterThan(0);
    expect(run.annotations.some((a) => a.message.includes('%250A'))).toBe(true);
    for (const a of run.annotations) {
      expect(a.message).not.toMatch(/[\r\n]/);
      // `%` only as the start of an escape.
      expect(a.message).not.toMatch(/%(?!25|0A|0D)/);
    }
    for (const raw of lines.filter((l) => /^::(error|warning|notice) /.test(l))) {
      const props = raw.slice(raw.indexOf(' ') + 1, raw.indexOf('::', 2));
      for (const pair of props.split(',')) expect(pair).toMatch(/^(file|line|col|endLine|endColumn|title)=[^:,]*$/);
    }
  });
});

/**
 * Nothing from the repository is live markdown: outside code spans there is no HTML other than our
 * own, no `@mention`, no marker other than ours, and no table pipe breaks a row.
 */
function assertSafeMarkdown(markdown: string, opts: { marker: string | null; hostile: string[] }): void {
  const live = outsideCodeSpans(markdown);
  expect(markdown.split('<!-- firestone-spec-action').length - 1).toBe(opts.marker === null ? 0 : 1);
  if (opts.marker !== null) expect(markdown.startsWith(opts.marker)).toBe(true);
  const withoutMarker = opts.marker === null ? live : live.replace(opts.marker, '');
  const tags = withoutMarker.match(/<\/?[A-Za-z!][^>]*>?/g) ?? [];
  expect(tags.filter((t) => !/^<\/?(details|summary)>$/.test(t))).toEqual([]);
  expect(withoutMarker).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(withoutMarker).not.toMatch(/<img/i);
  const withoutOurMarker = opts.marker === null ? markdown : markdown.replace(opts.marker, '');
  for (const h of opts.hostile) expect(withoutOurMarker).not.toContain(h);
  // A raw `|` would split a table cell; every pipe outside code spans is escaped.
  expect(withoutMarker).not.toMatch(/(^|[^\\])\|/m);
}

describe('the token', () => {
  it('is masked with ::add-mask:: before anything else and never printed raw, even when the API fails', async () => {
    const { repo, pr } = breakingPullRequest(PR);
    const bad = { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' };
    fake.fail({ path: /\/comments$/, status: 401, body: bad, times: 100 });
    const run = await pullRequestRun(fake, repo.work, pr);
    expectHealthy(run);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${TOKEN}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(lines.findIndex((l) => l.includes(TOKEN))).toBe(mask);
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.summary).not.toContain(TOKEN);
    expect(fs.readFileSync(run.outputs['report-file'] ?? '', 'utf8')).not.toContain(TOKEN);
    expect(fs.readFileSync(run.outputFile, 'utf8')).not.toContain(TOKEN);
    // It was used, though.
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });
});

describe('two spec targets from .github/firestone-spec.yml', () => {
  it('posts one comment for the set of spec files, a section per spec and the By resource line table', async () => {
    const author = authorYaml({ kind: 'authors', channels: ['resources', 'instances'] });
    const config = [
      'specs:',
      '  - output: docs/books.yaml',
      '    resources: ["resources/book.yaml"]',
      '    title: Books',
      '  - output: docs/authors.yaml',
      '    resources: ["resources/author.yaml"]',
      '    title: Authors',
      '',
    ].join('\n');
    const repo = repoWithSpec({
      [BOOK_FILE]: bookResource(),
      'resources/author.yaml': author,
      '.github/firestone-spec.yml': config,
    });
    expect(fs.existsSync(path.join(repo.work, 'docs/books.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(repo.work, 'docs/authors.yaml'))).toBe(true);
    const baseSha = head(repo.work);
    sh(repo.work, ['checkout', '--quiet', '-b', 'feature']);
    commitFiles(repo.work, { [BOOK_FILE]: BREAKING_RESOURCE }, 'books: require published');
    cliUpdate(repo.work);
    const headSha = commitFiles(
      repo.work,
      { 'docs/books.yaml': fs.readFileSync(path.join(repo.work, 'docs/books.yaml'), 'utf8') },
      'regen',
    );
    sh(repo.work, ['push', '--quiet', 'origin', 'feature']);

    const run = await pullRequestRun(fake, repo.work, { number: PR, baseSha, headSha });
    expectHealthy(run);
    expect(run.code, run.stdout).toBe(1);
    // One comment for the set of outputs: sorted, comma-joined in its marker; a section per spec.
    const all = comments();
    expect(all).toHaveLength(1);
    const body = all[0]!.body;
    expect(body.startsWith('<!-- firestone-spec-action:docs/authors.yaml,docs/books.yaml -->\n')).toBe(true);
    expect(body.split('<!-- firestone-spec-action').length - 1).toBe(1);
    const books = body.indexOf('#### `docs/books.yaml`');
    const authors = body.indexOf('#### `docs/authors.yaml`');
    expect(books).toBeGreaterThan(0);
    expect(authors).toBeGreaterThan(books);
    expect(body.slice(books, authors)).toMatch(/published/);
    expect(body.slice(books, authors)).toContain(`${BOOK_FILE}:${BREAKING_LINE}`);
    expect(body.slice(authors)).toMatch(/No breaking changes; no API changes/);
    // The table opens the comment, before the sections: the breaking line, under the books column only.
    const table = body.indexOf('**By resource line**');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(books);
    expect(body).toContain('| Resource line | docs/books.yaml | docs/authors.yaml |');
    expect(body).toMatch(
      new RegExp(
        `^\\| \\[resources/book\\.yaml:${BREAKING_LINE}\\]\\([^)]+\\) \\| ❌ breaking \\(\\d+\\) \\|  \\|$`,
        'm',
      ),
    );
    expect(run.summary).toContain('**By resource line**');
    expect(run.outputs['comment-url']).toBe(all[0]!.html_url);
    expect(run.outputs.drift).toBe('false');
    const json = report(run);
    expect(json.specs.map((s) => s.file)).toEqual(['docs/books.yaml', 'docs/authors.yaml']);

    // `only` narrows the run to one target: another set of outputs, so its own comment (with
    // the one-spec marker and no table); the comment of both is left alone.
    const before = { ...all[0]! };
    const only = await pullRequestRun(fake, repo.work, { number: PR, baseSha, headSha }, { only: 'docs/books.yaml' });
    expectHealthy(only);
    expect(comments()).toHaveLength(2);
    expect(comments().find((c) => c.id === before.id)).toEqual(before);
    const single = comments().find((c) => c.id !== before.id)!;
    expect(single.body.startsWith('<!-- firestone-spec-action:docs/books.yaml -->\n')).toBe(true);
    expect(single.body).not.toContain('By resource line');
    expect(report(only).specs.map((s) => s.file)).toEqual(['docs/books.yaml']);
  });
});
