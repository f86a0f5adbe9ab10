/**
 * The GitHub Action shell: inputs → one typed options object → the shared pipeline →
 * every GitHub side effect (summary, annotations, comment, outputs, commit) as its own small step.
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkRuleIds, loadConfig } from './config';
import { formatProblem, InputError } from './errors';
import { writeFileAtomic } from './fs-atomic';
import { commitAndPush } from './git/commit';
import { mergeBase } from './git/baseline';
import { findPullRequestForCommit, getPullRequestLabels, upsertStickyComment } from './github/comment';
import { loadEventPayload, parseModeInput, resolveContext, type ModeInput, type RunContext } from './github/context';
import { createOctokit } from './github/octokit';
import { formatAnnotationCommand, toAnnotations } from './report/annotations';
import { parseReport, renderJson } from './report/json';
import { commentMarker, renderMarkdown } from './report/markdown';
import { parseAsyncApiVersion } from './generate/asyncapi';
import { autoOutputs, KNOWN_RULE_IDS, RETIRED_RULE_IDS } from './kinds/index';
import { renderSarif } from './report/sarif';
import { repoPrefix, specLineReader } from './report/sarif-places';
import { DEFAULT_FAIL_ON, failures, parseFailOn } from './report/summary';
import { parseCompatibility, parsePerspective, runDate, WAIVER_RULE_IDS } from './policy/index';
import { VERSION } from './version';
import { runPipeline, selectTargets, type BaselineSource, type PipelineResult } from './run';
import type { Compatibility, FailOn, Perspective, Report, ReportContext, SpecTarget } from './types';

export interface ActionInputs {
  mode: ModeInput;
  report: string;
  config: string;
  only: string[];
  resources: string[];
  /** `spec-file` lines; empty: the spec files committed at the workspace root (`autoOutputs`). */
  specFiles: string[];
  title: string;
  description: string;
  specVersion: string;
  baseRef: string;
  failOn: Set<FailOn> | 'never';
  /** `fail-on` lists `baseline-unreadable`. */
  /** `asyncapi-version` of the single target; empty = the config's, else 2.5.0. */
  asyncapiVersion: string;
  allowBreakingLabel: string;
  comment: boolean;
  token: string;
  commitMessage: string;
  commitUserName: string;
  commitUserEmail: string;
  /** `false`: no annotations at all. */
  annotations: boolean;
  /** Mode for targets that set none in the config; undefined: `backward`. */
  compatibility?: Compatibility;
  /** Perspective for targets that set none in the config; undefined: `application`. */
  perspective?: Perspective;
}

const list = (v: string): string[] =>
  v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export const DEFAULT_COMMIT_MESSAGE = 'chore: regenerate API specs';

export function readInputs(): ActionInputs {
  const mode = parseModeInput(core.getInput('mode'));
  const comment = (core.getInput('comment') || 'true').toLowerCase();
  if (!['true', 'false'].includes(comment))
    throw new InputError({ message: `input 'comment' must be true or false (got '${comment}')` });
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const annotations = (core.getInput('annotations') || 'true').toLowerCase();
  if (!['true', 'false'].includes(annotations))
    throw new InputError({ message: `input 'annotations' must be true or false (got '${annotations}')` });
  const compatibility = core.getInput('compatibility');
  const perspective = core.getInput('perspective');
  const asyncapiVersion = core.getInput('asyncapi-version');
  return {
    annotations: annotations === 'true',
    ...(compatibility ? { compatibility: parseCompatibility(compatibility, "input 'compatibility'") } : {}),
    ...(perspective ? { perspective: parsePerspective(perspective, "input 'perspective'") } : {}),
    mode,
    report: core.getInput('report'),
    config: core.getInput('config'),
    only: list(core.getInput('only')),
    resources: list(core.getInput('resources')),
    specFiles: [...new Set(list(core.getInput('spec-file')))],
    title: core.getInput('title'),
    description: core.getInput('description'),
    specVersion: core.getInput('spec-version'),
    baseRef: core.getInput('base-ref'),
    failOn: parseFailOn(core.getInput('fail-on') || DEFAULT_FAIL_ON),
    asyncapiVersion: asyncapiVersion.trim() ? parseAsyncApiVersion(asyncapiVersion, "input 'asyncapi-version'") : '',
    allowBreakingLabel: core.getInput('allow-breaking-label') || 'breaking-change-approved',
    comment: comment === 'true',
    token,
    commitMessage: core.getInput('commit-message') || DEFAULT_COMMIT_MESSAGE,
    commitUserName: core.getInput('commit-user-name') || 'github-actions[bot]',
    commitUserEmail: core.getInput('commit-user-email') || '41898282+github-actions[bot]@users.noreply.github.com',
  };
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const event = loadEventPayload(env.GITHUB_EVENT_PATH);
    const ctx = resolveContext(env, event, { mode: inputs.mode, baseRef: inputs.baseRef });
    if (ctx.mode === 'comment') await commentMode(inputs, ctx, env);
    else await checkOrCommit(inputs, ctx, env);
  } catch (e) {
    if (e instanceof InputError) {
      // One error per problem, placed on its file and line; core.setFailed would repeat each one as a
      // second, unplaced error annotation, so the step is failed through the exit code instead.
      for (const p of e.problems) {
        core.error(formatProblem(p), { file: p.file, startLine: p.line, startColumn: p.col });
      }
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.setFailed(
        `firestone-spec-action: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
  }
}

async function checkOrCommit(inputs: ActionInputs, ctx: RunContext, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const config = loadConfig(workspace, inputs.config || null);
  for (const w of checkRuleIds(config, [...KNOWN_RULE_IDS, ...WAIVER_RULE_IDS], RETIRED_RULE_IDS)) core.warning(w);
  const today = runDate(undefined, env);
  const outputs = inputs.specFiles.length > 0 ? inputs.specFiles : autoOutputs(workspace);
  const singles = outputs.map((output): SpecTarget => ({ output, resources: [...inputs.resources] }));
  const targets = selectTargets(config, singles, inputs.only);
  const baseline = await baselineSource(workspace, ctx, inputs.baseRef.trim() !== '');
  const reportContext = toReportContext(ctx, baseline);
  const pipelineOptions = {
    workspace,
    targets,
    rules: config.rules,
    baseline,
    infoOverrides: {
      title: inputs.title || undefined,
      description: inputs.description || undefined,
      version: inputs.specVersion || undefined,
    },
    defaultTitle: ctx.repository?.repo || path.basename(workspace),
    context: reportContext,
    // Commit mode writes the spec: its `info` must not be silently replaced by defaults.
    keepInfo: ctx.mode === 'commit',
    // The input is the single targets' version: a config target says its own.
    ...(inputs.asyncapiVersion && config.specs.length === 0 ? { asyncapiVersion: inputs.asyncapiVersion } : {}),
    ...(inputs.compatibility !== undefined ? { compatibility: inputs.compatibility } : {}),
    ...(inputs.perspective !== undefined ? { perspective: inputs.perspective } : {}),
    today,
    waivers: config.waivers ?? [],
    configFile: config.file,
  };
  const result = await runPipeline(pipelineOptions);
  const { report } = result;
  for (const notice of result.notices) core.notice(notice);
  for (const warning of result.warnings) core.warning(warning);

  const octokit = inputs.token ? createOctokit(inputs.token) : null;
  const approvedLabel = await approvalLabel(octokit, ctx, inputs.allowBreakingLabel);

  let commitSha = '';
  if (ctx.mode === 'commit') {
    commitSha = await commitSpecs(
      inputs,
      ctx,
      workspace,
      result,
      async () => (await runPipeline(pipelineOptions)).targets,
    );
  }

  const reportFile = await writeReportFile(report, env);
  const sarifFile = await writeSarifFile(report, reportFile, workspace);
  // In commit mode drift is being fixed by the commit: say so, rather than asking for a manual update.
  const driftFixed = ctx.mode === 'commit';
  await writeSummary(report, inputs, approvedLabel, driftFixed, env);
  if (inputs.annotations) emitAnnotations(report, driftFixed);
  let commentUrl = '';
  if (ctx.pullRequest !== null && inputs.comment) {
    commentUrl = await postComments(octokit, ctx, report, inputs, approvedLabel, env);
  }
  setOutputs(report, { commitSha, reportFile, commentUrl, sarifFile });

  const reasons = failures(report, inputs.failOn, { approvedBreaking: approvedLabel !== null, driftFixed });
  if (reasons.length > 0) core.setFailed(reasons.join('\n'));
}

async function baselineSource(workspace: string, ctx: RunContext, named: boolean): Promise<BaselineSource> {
  if (ctx.needsMergeBase) {
    const base = await mergeBase(workspace, ctx.needsMergeBase.base, ctx.needsMergeBase.head);
    if (!base.exact) core.warning(`Baseline: ${base.note ?? 'no merge base found'}`);
    return { kind: 'revision', ref: base.sha };
  }
  return ctx.baseSha ? { kind: 'revision', ref: ctx.baseSha, named } : { kind: 'none' };
}

function toReportContext(ctx: RunContext, baseline: BaselineSource): ReportContext {
  return {
    event: ctx.event,
    pullRequest: ctx.pullRequest,
    headSha: ctx.headSha,
    baseSha: baseline.kind === 'revision' ? baseline.ref : null,
    repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined,
  };
}

async function currentLabels(octokit: ReturnType<typeof createOctokit> | null, ctx: RunContext): Promise<string[]> {
  if (ctx.pullRequest === null) return [];
  if (!octokit || !ctx.repository) return ctx.labels;
  return getPullRequestLabels(octokit, ctx.repository.owner, ctx.repository.repo, ctx.pullRequest, ctx.labels);
}

/** The approval label when the pull request carries it now (labels in the payload may be stale), else null. */
async function approvalLabel(
  octokit: ReturnType<typeof createOctokit> | null,
  ctx: RunContext,
  label: string,
): Promise<string | null> {
  return (await currentLabels(octokit, ctx)).includes(label) ? label : null;
}

async function commitSpecs(
  inputs: ActionInputs,
  ctx: RunContext,
  workspace: string,
  result: PipelineResult,
  regenerate: () => Promise<PipelineResult['targets']>,
): Promise<string> {
  const drifted = (targets: PipelineResult['targets']) =>
    targets.flatMap((t) => (t.text !== null ? [{ path: t.target.output, content: t.text }] : []));
  const files = drifted(result.targets);
  if (files.length === 0) {
    core.info('Specs are up to date: nothing to commit.');
    return '';
  }
  const { sha } = await commitAndPush({
    cwd: workspace,
    files,
    message: inputs.commitMessage,
    author: { name: inputs.commitUserName, email: inputs.commitUserEmail },
    branch: ctx.ref,
    log: (line) => core.info(line),
    regenerate: async () => drifted(await regenerate()),
  });
  if (sha) core.info(`Committed ${files.map((f) => f.path).join(', ')} as ${sha}`);
  return sha ?? '';
}

async function writeReportFile(report: Report, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = env.RUNNER_TEMP || path.join(env.GITHUB_WORKSPACE || process.cwd(), '.firestone-spec');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'firestone-spec-report.json');
  await writeFileAtomic(file, renderJson(report));
  return file;
}

/** `firestone-spec.sarif` next to the JSON report, for github/codeql-action/upload-sarif. */
async function writeSarifFile(report: Report, reportFile: string, workspace: string): Promise<string> {
  const file = path.join(path.dirname(reportFile), 'firestone-spec.sarif');
  const places = { rootPrefix: await repoPrefix(workspace), specLine: specLineReader(workspace) };
  await writeFileAtomic(file, renderSarif(report, { version: VERSION, ...places }));
  return file;
}

async function writeSummary(
  report: Report,
  inputs: ActionInputs,
  approvedLabel: string | null,
  driftFixed: boolean,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  // The summary carries the full list: no length cap beyond GitHub's 1 MiB per step.
  const markdown = renderMarkdown(report, {
    allowBreakingLabel: inputs.allowBreakingLabel,
    approvedLabel,
    maxLength: 1_000_000,
    driftFixed,
    serverUrl: env.GITHUB_SERVER_URL ?? null,
  });
  await core.summary.addRaw(markdown, true).write();
}

function emitAnnotations(report: Report, driftFixed: boolean): void {
  for (const a of toAnnotations(report, { driftFixed })) process.stdout.write(`${formatAnnotationCommand(a)}\n`);
}

async function postComments(
  octokit: ReturnType<typeof createOctokit> | null,
  ctx: RunContext,
  report: Report,
  inputs: ActionInputs,
  approvedLabel: string | null,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (!octokit || !ctx.repository || ctx.pullRequest === null) {
    core.warning('No github-token or pull request: the PR comment was skipped.');
    return '';
  }
  // One sticky comment for the specs this run processed (docs/architecture.md, "One comment").
  const outputs = report.specs.map((s) => s.file);
  const result = await upsertStickyComment(octokit, {
    owner: ctx.repository.owner,
    repo: ctx.repository.repo,
    issueNumber: ctx.pullRequest,
    marker: commentMarker(outputs),
    body: renderMarkdown(report, {
      marker: outputs,
      allowBreakingLabel: inputs.allowBreakingLabel,
      approvedLabel,
      jobSummaryUrl: jobSummaryUrl(env),
      serverUrl: env.GITHUB_SERVER_URL ?? null,
    }),
  });
  if ('skipped' in result) {
    core.warning(`PR comment for ${outputs.join(', ')} skipped: ${result.reason}`);
    return '';
  }
  return result.url;
}

function jobSummaryUrl(env: NodeJS.ProcessEnv): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

function setOutputs(
  report: Report,
  extra: { commitSha: string; reportFile: string; commentUrl: string; sarifFile: string },
): void {
  core.setOutput('breaking', report.summary.breaking);
  core.setOutput('warning', report.summary.warning);
  core.setOutput('non-breaking', report.summary.nonBreaking);
  core.setOutput('unclassified', report.summary.unclassified);
  core.setOutput('drift', report.summary.drift ? 'true' : 'false');
  core.setOutput('changed-files', JSON.stringify(report.specs.filter((s) => s.drift).map((s) => s.file)));
  core.setOutput('commit-sha', extra.commitSha);
  core.setOutput('report-file', extra.reportFile);
  core.setOutput('comment-url', extra.commentUrl);
  core.setOutput('waived', report.summary.waived ?? 0);
  core.setOutput('sarif-file', extra.sarifFile);
}

/** `mode: comment`: post a report made by an earlier run; no checkout, no code from the PR runs. */
async function commentMode(inputs: ActionInputs, ctx: RunContext, env: NodeJS.ProcessEnv): Promise<void> {
  if (!inputs.report)
    throw new InputError({ message: "mode 'comment' needs the 'report' input (path of a JSON report)" });
  if (!existsSync(inputs.report)) throw new InputError({ file: inputs.report, message: 'report file not found' });
  const report = parseReport(readFileSync(inputs.report, 'utf8'), inputs.report);
  const octokit = inputs.token ? createOctokit(inputs.token) : null;
  const pr = await trustedPullRequest(octokit, ctx, report, inputs.report);
  const withPr: RunContext = { ...ctx, pullRequest: pr };
  const approvedLabel = await approvalLabel(octokit, withPr, inputs.allowBreakingLabel);
  const commentUrl = inputs.comment ? await postComments(octokit, withPr, report, inputs, approvedLabel, env) : '';
  setOutputs(report, { commitSha: '', reportFile: inputs.report, commentUrl, sarifFile: '' });
}

/**
 * The report was written by a workflow that ran the PR's code, so its PR number is a claim, not a
 * fact: a fork could aim our write token at another PR. In a `workflow_run` we trust GitHub's
 * payload (head SHA, head branch) and require the report to agree with it.
 */
async function trustedPullRequest(
  octokit: ReturnType<typeof createOctokit> | null,
  ctx: RunContext,
  report: Report,
  file: string,
): Promise<number> {
  const claimed = report.context?.pullRequest ?? null;
  if (ctx.event !== 'workflow_run') {
    const pr = ctx.pullRequest ?? claimed;
    if (pr === null) throw new InputError({ file, message: 'the report names no pull request (context.pullRequest)' });
    return pr;
  }
  if (ctx.headSha && report.context?.headSha && report.context.headSha !== ctx.headSha) {
    throw new InputError({
      file,
      message: `the report was made for commit ${report.context.headSha}, not for this workflow run's head ${ctx.headSha}`,
    });
  }
  const found =
    ctx.pullRequest ??
    (octokit && ctx.repository && ctx.headSha
      ? await findPullRequestForCommit(octokit, { ...ctx.repository, headSha: ctx.headSha, headLabel: ctx.headLabel })
      : null);
  if (found !== null && claimed !== null && found !== claimed) {
    throw new InputError({
      file,
      message: `the report claims pull request #${claimed}, but this run belongs to #${found}`,
    });
  }
  const pr = found ?? claimed;
  if (pr === null) throw new InputError({ file, message: 'no pull request found for this workflow run' });
  return pr;
}

/** `@github/local-action` looks for a `run` export in the logic file (see README, Development). */
export { runAction as run };
