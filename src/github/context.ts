import { readFileSync } from 'node:fs';
import { InputError } from '../errors';

/**
 * What the run is about, derived once from the Actions environment and the event payload:
 * the mode after resolving `auto`, where the pull request is, and which revision holds the
 * baseline spec. Pure: the environment and payload come in as values.
 */

export type Mode = 'check' | 'commit' | 'comment';
export type ModeInput = Mode | 'auto';
export const MODE_INPUTS: readonly ModeInput[] = ['auto', 'check', 'commit', 'comment'];

export interface RunContext {
  /** GITHUB_EVENT_NAME (`unknown` when not set). */
  event: string;
  mode: Mode;
  /** From GITHUB_REPOSITORY, else the payload; null outside GitHub. */
  repository: { owner: string; repo: string } | null;
  pullRequest: number | null;
  /** Label names as the payload saw them; may be stale on a re-run (see getPullRequestLabels). */
  labels: string[];
  /** The revision under test: the PR head, the pushed commit, or GITHUB_SHA. */
  headSha: string | null;
  /**
   * The revision whose spec is the baseline, or null for none. On pull requests this is the base
   * branch tip until the caller replaces it by the merge base of `needsMergeBase` (its fallback).
   */
  baseSha: string | null;
  /** Set when the baseline is the merge base of these two commits, computed with git. */
  needsMergeBase: { base: string; head: string } | null;
  /** GITHUB_REF. */
  ref: string | null;
  /** `owner:branch` of the pull request's head, to find a fork PR from a `workflow_run` event. */
  headLabel: string | null;
}

/** Events where `auto` means check (reporting on proposed changes) rather than commit. */
const CHECK_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group']);
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const ZERO_SHA = /^0+$/;
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

export function resolveContext(
  env: Readonly<Record<string, string | undefined>>,
  event: unknown,
  inputs: { mode: ModeInput; baseRef: string },
): RunContext {
  const name = env.GITHUB_EVENT_NAME?.trim() || 'unknown';
  const payload = asRecord(event);
  const ref = env.GITHUB_REF?.trim() || stringAt(payload, 'ref');
  const baseline = explicitBaseline(inputs.baseRef) ?? eventBaseline(name, payload);
  return {
    event: name,
    mode: resolveMode(inputs.mode, name),
    repository: repositoryOf(env, payload),
    pullRequest: pullRequestNumber(name, payload),
    labels: labelsOf(payload),
    headSha: headShaOf(name, payload) ?? sha(env.GITHUB_SHA),
    baseSha: baseline.baseSha,
    needsMergeBase: baseline.needsMergeBase,
    ref,
    headLabel: headLabelOf(name, payload),
  };
}

/** The `mode` input: empty means `auto`; anything else unknown is the user's error. */
export function parseModeInput(mode: string): ModeInput {
  const value = mode.trim() || 'auto';
  if (!(MODE_INPUTS as readonly string[]).includes(value)) {
    throw new InputError({
      message: `input 'mode' must be one of ${MODE_INPUTS.join(', ')} (got '${value.slice(0, 50)}')`,
    });
  }
  return value as ModeInput;
}

export function resolveMode(mode: ModeInput, event: string): Mode {
  return mode === 'auto' ? (CHECK_EVENTS.has(event) ? 'check' : 'commit') : mode;
}

/**
 * Reads GITHUB_EVENT_PATH. No path or no file (a local run) is an empty payload; a file that is
 * not a JSON object is a broken runner, reported as an input error rather than a stack trace.
 */
export function loadEventPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError({ file, message: `cannot read the event payload: ${(error as Error).message}` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError({ file, message: `the event payload is not valid JSON: ${(error as Error).message}` });
  }
  return asRecord(data);
}

interface Baseline {
  baseSha: string | null;
  needsMergeBase: { base: string; head: string } | null;
}

/** A `base-ref` input wins over the event: the user said which revision holds the baseline. */
function explicitBaseline(baseRef: string): Baseline | null {
  const value = baseRef.trim();
  return value ? { baseSha: value, needsMergeBase: null } : null;
}

function eventBaseline(event: string, payload: Record<string, unknown>): Baseline {
  if (PULL_REQUEST_EVENTS.has(event)) {
    const base = sha(stringAt(payload, 'pull_request', 'base', 'sha'));
    const head = sha(stringAt(payload, 'pull_request', 'head', 'sha'));
    return { baseSha: base, needsMergeBase: base && head ? { base, head } : null };
  }
  if (event === 'merge_group') {
    // The group's head is built on base_sha, so base_sha is already the merge base.
    return { baseSha: sha(stringAt(payload, 'merge_group', 'base_sha')), needsMergeBase: null };
  }
  if (event === 'push') {
    // All-zero `before`: the branch was just created; there is no earlier state to compare with.
    const before = sha(stringAt(payload, 'before'));
    return { baseSha: before && !ZERO_SHA.test(before) ? before : null, needsMergeBase: null };
  }
  return { baseSha: null, needsMergeBase: null };
}

function headShaOf(event: string, payload: Record<string, unknown>): string | null {
  if (PULL_REQUEST_EVENTS.has(event)) return sha(stringAt(payload, 'pull_request', 'head', 'sha'));
  if (event === 'merge_group') return sha(stringAt(payload, 'merge_group', 'head_sha'));
  if (event === 'workflow_run') return sha(stringAt(payload, 'workflow_run', 'head_sha'));
  if (event === 'push') {
    const after = sha(stringAt(payload, 'after'));
    return after && !ZERO_SHA.test(after) ? after : null;
  }
  return null;
}

function pullRequestNumber(event: string, payload: Record<string, unknown>): number | null {
  const candidates: unknown[] = [
    at(payload, 'pull_request', 'number'),
    // issue_comment on a pull request
    at(payload, 'issue', 'pull_request') !== undefined ? at(payload, 'issue', 'number') : undefined,
  ];
  if (event === 'workflow_run') {
    // Only same-repository PRs are listed; fork PRs come with an empty list (see headLabel).
    const list = at(payload, 'workflow_run', 'pull_requests');
    if (Array.isArray(list)) candidates.push(at(list[0], 'number'));
  }
  const found = candidates.find((n) => typeof n === 'number' && Number.isSafeInteger(n) && n > 0);
  return typeof found === 'number' ? found : null;
}

function labelsOf(payload: Record<string, unknown>): string[] {
  const labels = at(payload, 'pull_request', 'labels');
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => at(l, 'name')).filter((n): n is string => typeof n === 'string');
}

function headLabelOf(event: string, payload: Record<string, unknown>): string | null {
  if (PULL_REQUEST_EVENTS.has(event)) return stringAt(payload, 'pull_request', 'head', 'label');
  if (event === 'workflow_run') {
    const owner = stringAt(payload, 'workflow_run', 'head_repository', 'owner', 'login');
    const branch = stringAt(payload, 'workflow_run', 'head_branch');
    return owner && branch ? `${owner}:${branch}` : null;
  }
  return null;
}

function repositoryOf(
  env: Readonly<Record<string, string | undefined>>,
  payload: Record<string, unknown>,
): RunContext['repository'] {
  const full = env.GITHUB_REPOSITORY?.trim() || stringAt(payload, 'repository', 'full_name');
  const match = full ? REPOSITORY.exec(full) : null;
  return match ? { owner: match[1]!, repo: match[2]! } : null;
}

function sha(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v && SHA.test(v) ? v.toLowerCase() : null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Own properties only: a payload key named `__proto__` or `constructor` must not reach prototypes. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stringAt(value: unknown, ...keys: string[]): string | null {
  const found = at(value, ...keys);
  return typeof found === 'string' && found !== '' ? found : null;
}
