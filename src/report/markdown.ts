/**
 * The report as GitHub markdown: the sticky PR comment (one spec per comment) and the job summary
 * (every spec). Pure: same report and options, byte-identical text.
 */
import type { Change, Report, SpecReport } from '../types';
import {
  baselineState,
  channelsOf,
  countOf,
  DEFAULT_FIX_COMMAND,
  impact,
  placesCount,
  REPORT_ORDER,
  shortRef,
  TYPE_INFO,
  type ChannelUse,
} from './describe';
import { COMPATIBILITY_MEANING } from '../policy/compatibility';
import { PERSPECTIVE_MEANING } from '../policy/perspective';
import { escapeMarkdown, inlineCode, MARKER_PREFIX, truncateText } from './escape';
import { byResourceLine, MAX_LINE_ROWS, type LineCell, type LineRow } from './by-line';
import { headline } from './headline';
import { vocabularyOf } from '../kinds/vocabulary';
import { lineUrl, type LinkBase } from './links';
import { SUMMARY_KEY, totalSummary } from './summary';

export interface MarkdownOptions {
  /** Spec files whose hidden marker starts the text (PR comments); none for the job summary. */
  marker?: string | readonly string[];
  /** The allow-breaking label when the pull request carries it: breaking changes are approved. */
  approvedLabel?: string | null;
  /** The label that approves breaking changes, for the "how to accept" line. */
  allowBreakingLabel: string;
  /** Default 65,000: GitHub refuses comments over 65,536 characters. */
  maxLength?: number;
  /** The command that fixes drift. */
  fixCommand?: string;
  /** Where the full list is, linked from the truncation note. */
  jobSummaryUrl?: string | null;
  /** Commit mode: drifted specs are being regenerated and committed, so drift is fixed, not a failure. */
  driftFixed?: boolean;
  /** `GITHUB_SERVER_URL`: with the report's repository and head commit, every `file:line` links to its line. */
  serverUrl?: string | null;
}

export const DEFAULT_MAX_LENGTH = 65_000;

// Caps per item, so one hostile description cannot eat the whole comment.
const MAX_MESSAGE = 1_000;
const MAX_NAME = 200;
const MAX_ERROR = 500;
const INLINE_CHANNELS = 3;
const MAX_LISTED_CHANNELS = 50;
/** Groups longer than this (other than breaking changes) are folded into <details>. */
const FOLD_AFTER = 10;

/**
 * The hidden marker that identifies the comment of one set of spec files: their names sorted and
 * comma-joined (one file: just its name). Each name is percent-encoded (with `/` kept for
 * readability), so no `>`, `<`, space or comma can end or extend the HTML comment or the list.
 */
export function commentMarker(specFiles: string | readonly string[]): string {
  const files = typeof specFiles === 'string' ? [specFiles] : [...new Set(specFiles)].sort();
  return `${MARKER_PREFIX}:${files.map((f) => encodeURIComponent(f).replace(/%2F/g, '/')).join(',')} -->`;
}

const code = (text: string): string => inlineCode(truncateText(text, MAX_NAME));
const text = (value: string, max: number): string => escapeMarkdown(truncateText(value, max));

interface Verdict {
  icon: string;
  text: string;
}

/**
 * The one-line verdict for a set of specs: worst state's icon, then what happened. A check that could
 * not run comes first and no claim about breaking changes is made; otherwise "No breaking changes" is
 * said in words whenever none is left (docs/waivers.md: waived ones do not count).
 */
export function verdict(
  specs: readonly SpecReport[],
  opts: Pick<MarkdownOptions, 'approvedLabel' | 'driftFixed'>,
): Verdict {
  const summary = totalSummary(specs);
  const approved = Boolean(opts.approvedLabel) && summary.breaking > 0;
  const counts = REPORT_ORDER.filter((t) => summary[SUMMARY_KEY[t]] > 0).map((t) => {
    const phrase = countOf(summary[SUMMARY_KEY[t]], TYPE_INFO[t].noun);
    return t === 'breaking' && approved ? `${phrase} approved with label ${code(opts.approvedLabel ?? '')}` : phrase;
  });
  const drifted = specs.filter((s) => s.drift);
  // A check that did not run is never shown as a pass.
  const skipped = specs.filter((s) => baselineState(s) === 'skipped');
  const extras: string[] = [];
  if (drifted.length === 1 && drifted[0]) {
    extras.push(
      `${code(drifted[0].file)} ${opts.driftFixed ? 'regenerated from its resources' : 'is out of date with its resources'}`,
    );
  } else if (drifted.length > 1) {
    extras.push(
      `${drifted.length} spec files ${opts.driftFixed ? 'regenerated from their resources' : 'are out of date with their resources'}`,
    );
  }

  const icon =
    summary.breaking > 0 && !approved
      ? '❌'
      : summary.warning > 0 ||
          summary.unclassified > 0 ||
          (drifted.length > 0 && !opts.driftFixed) ||
          skipped.length > 0
        ? '⚠️'
        : '✅';
  const head = headline(specs, summary, counts, (file) => code(file));
  return { icon, text: [head, ...extras].join('; ') };
}

/** A piece of the document: fixed text always shown, or a list whose items may be cut. */
type Part = { kind: 'fixed'; text: string } | { kind: 'list'; open: string; items: string[]; close: string };

const fixed = (t: string): Part => ({ kind: 'fixed', text: t });

export function renderMarkdown(report: Report, opts: MarkdownOptions): string {
  const overall = verdict(report.specs, opts);
  const head =
    (opts.marker !== undefined ? `${commentMarker(opts.marker)}\n` : '') + `### ${overall.icon} ${overall.text}\n\n`;
  const multi = report.specs.length > 1;
  const links = linkBase(opts.serverUrl, report.context);
  const parts: Part[] = multi ? [fixed(byLineTable(report.specs, links))] : [];
  parts.push(...report.specs.flatMap((spec) => specParts(spec, multi, { ...opts, context: report.context })));
  parts.push(...footerParts(report, opts));
  return assemble(head, parts, opts.maxLength ?? DEFAULT_MAX_LENGTH, (n) =>
    truncationNote(n, opts.jobSummaryUrl ?? null),
  );
}

function specParts(spec: SpecReport, multi: boolean, opts: MarkdownOptions & { context: Report['context'] }): Part[] {
  const parts: Part[] = [];
  if (multi) {
    const v = verdict([spec], opts);
    parts.push(fixed(`#### ${code(spec.file)}\n\n${v.icon} ${v.text}\n\n`));
  }
  parts.push(fixed(`${baselineLine(spec)}\n\n`));
  const mode = compatibilityLine(spec);
  if (mode !== null) parts.push(fixed(`${mode}\n\n`));
  const perspective = perspectiveLine(spec);
  if (perspective !== null) parts.push(fixed(`${perspective}\n\n`));
  if (spec.drift) parts.push(fixed(`${driftLine(spec, opts)}\n\n`));
  const links = linkBase(opts.serverUrl, opts.context);
  const item = (c: Change): string => changeItem(c, spec, links);
  for (const type of REPORT_ORDER) {
    const changes = spec.changes.filter((c) => c.type === type && c.waived === undefined);
    if (changes.length === 0) continue;
    const info = TYPE_INFO[type];
    const heading = `${info.icon} ${info.title} (${changes.length})`;
    const fold = type !== 'breaking' && changes.length > FOLD_AFTER;
    parts.push({
      kind: 'list',
      // Only our own words and numbers go into <summary>: repository text stays in escaped list items.
      open: fold
        ? `<details><summary>${heading}</summary>\n\n_${info.meaning}_\n\n`
        : `**${heading}**: ${info.meaning}\n\n`,
      items: changes.map(item),
      close: fold ? '\n</details>\n\n' : '\n',
    });
  }
  const waived = spec.changes.filter((c) => c.waived !== undefined);
  if (waived.length > 0) {
    parts.push({
      kind: 'list',
      open: `**🔕 Waived (${waived.length})**: accepted by a waiver in the config; listed, but they do not count.\n\n`,
      items: waived.map(item),
      close: '\n',
    });
  }
  return parts;
}

/**
 * The "By resource line" table: a row per resource line that caused changes, a column per spec,
 * each cell the most severe type there and how many changes (empty where the spec did not change).
 * Table cells take escaped text, never code spans (a `|` inside one would still split the cell).
 */
function byLineTable(specs: readonly SpecReport[], links: LinkBase | null): string {
  const { columns, rows } = byResourceLine(specs);
  const head = '**By resource line**';
  if (rows.length === 0) return `${head}: no change traced to a resource line.\n\n`;
  const cellText = (c: LineCell | null): string =>
    c === null ? '' : `${TYPE_INFO[c.worst].icon} ${c.worst} (${c.count})`;
  const lineText = (r: LineRow): string => {
    const shown = text(`${r.file}:${r.line}`, MAX_NAME);
    const url = links !== null ? lineUrl(links, r.file, r.line) : null;
    return url !== null ? `[${shown}](${url})` : shown;
  };
  const lines = [
    `| Resource line | ${columns.map((c) => text(c, MAX_NAME)).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...rows.slice(0, MAX_LINE_ROWS).map((r) => `| ${lineText(r)} | ${r.cells.map(cellText).join(' | ')} |`),
  ];
  const more = rows.length > MAX_LINE_ROWS ? `\n… and ${rows.length - MAX_LINE_ROWS} more lines, listed below.\n` : '';
  return (
    `${head}: the most severe change each resource line caused in each spec, and how many.\n\n` +
    `${lines.join('\n')}\n${more}\n`
  );
}

/** What the compatibility mode means for who upgrades first; only where a comparison was made. */
function compatibilityLine(spec: SpecReport): string | null {
  if (spec.compatibility === undefined) return null;
  const state = baselineState(spec);
  if (state !== 'compared' && state !== 'new-api') return null;
  return `Compatibility ${code(spec.compatibility)}: ${COMPATIBILITY_MEANING[spec.compatibility]}`;
}

/** A document read from the client's side says so (the specification's reading goes without saying). */
function perspectiveLine(spec: SpecReport): string | null {
  if (spec.perspective !== 'client') return null;
  const state = baselineState(spec);
  if (state !== 'compared' && state !== 'new-api') return null;
  return `Perspective ${code('client')}: ${PERSPECTIVE_MEANING.client}`;
}

function linkBase(serverUrl: string | null | undefined, context: Report['context'] | undefined): LinkBase | null {
  if (!serverUrl || !context?.repository || !context.headSha) return null;
  return { server: serverUrl, repository: context.repository, sha: context.headSha };
}

function baselineLine(spec: SpecReport): string {
  const at = spec.baseline.ref !== null ? ` at ${code(shortRef(spec.baseline.ref))}` : '';
  switch (baselineState(spec)) {
    case 'compared':
      if (spec.baseline.ref !== null)
        return `${code(spec.file)} regenerated from its resources and compared with the baseline${at}.`;
      // `diff OLD NEW`: two files of any origin, nothing regenerated.
      if (spec.baseline.file !== undefined && spec.baseline.file !== spec.file)
        return `${code(spec.baseline.file)} (old) compared with ${code(spec.file)} (new).`;
      return `${code(spec.file)} regenerated from its resources and compared with the file as it is in the working tree.`;
    case 'new-api':
      return `🆕 New API: there is no ${code(spec.file)}${at}, so every change is an addition.`;
    case 'none':
      return `ℹ️ No base revision to compare ${code(spec.file)} with; the breaking-change check did not run.`;
    case 'skipped':
      return (
        `⚠️ The baseline ${code(spec.file)}${at} could not be read or parsed, so the breaking-change check was skipped: ` +
        text(spec.baseline.error ?? '', MAX_ERROR)
      );
  }
}

function driftLine(spec: SpecReport, opts: MarkdownOptions): string {
  if (opts.driftFixed) return `🔄 ${code(spec.file)} was out of date with its resources and has been regenerated.`;
  return (
    `⚠️ **Out of date:** ${code(spec.file)} differs from what its resource files generate. ` +
    `Run ${inlineCode(opts.fixCommand ?? DEFAULT_FIX_COMMAND)} and commit the result.`
  );
}

const useText = (use: ChannelUse): string =>
  use.directions.length > 0 ? `${code(use.channel)} (${use.directions.join(', ')})` : code(use.channel);

/** `file:line` as code, linked to that line at the PR head when the link can be made safely. */
function placeText(file: string, line: number, links: LinkBase | null): string {
  const shown = code(`${file}:${line}`);
  const url = links !== null ? lineUrl(links, file, line) : null;
  return url !== null ? `[${shown}](${url})` : shown;
}

/** One change: what, where, whom it breaks, which resource line, which rule (and how to waive it). */
function changeItem(change: Change, spec: SpecReport, links: LinkBase | null): string {
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const fields = [text(change.message, MAX_MESSAGE)];
  if (uses.length > 0 && uses.length <= INLINE_CHANNELS) fields.push(`on ${uses.map(useText).join(', ')}`);
  if (uses.length > INLINE_CHANNELS) fields.push(`on ${placesCount(uses.length, words)}`);
  const who = impact(change, words);
  if (who !== null && change.waived === undefined) fields.push(who);
  if (change.source !== null) fields.push(placeText(change.source.file, change.source.line, links));
  fields.push(`rule ${code(change.rule)}`);
  if (change.waived !== undefined) fields.push(waivedText(change));
  const line = `- ${fields.join(' — ')}\n`;
  const snippet = change.type === 'breaking' && change.waived === undefined ? waiverSnippet(change, spec) : '';
  if (uses.length <= INLINE_CHANNELS) return snippet === '' ? line : `${line}${snippet}`;
  // Indented by two spaces so the HTML block and its list stay inside the list item.
  const listed = uses.slice(0, MAX_LISTED_CHANNELS).map((u) => `  - ${useText(u)}\n`);
  const more = uses.length > MAX_LISTED_CHANNELS ? `  - … and ${uses.length - MAX_LISTED_CHANNELS} more\n` : '';
  return `${line}\n  <details><summary>${placesCount(uses.length, words)}</summary>\n\n${listed.join('')}${more}\n  </details>\n\n${snippet}`;
}

function waivedText(change: Change): string {
  const w = change.waived;
  if (w === undefined) return '';
  const until = w.expires !== null ? ` until ${w.expires}` : '';
  const owner = w.owner !== null ? `, owner ${text(w.owner, MAX_NAME)}` : '';
  return `**waived** ${TYPE_INFO[change.type].noun[0]}${until}${owner}: ${text(w.reason, MAX_MESSAGE)}`;
}

/**
 * A YAML double-quoted string that cannot end the code block or the comment: backticks, `<`, `>`,
 * `&` and `@` are written as escapes, which YAML reads back as the same characters.
 */
const yamlString = (value: string): string =>
  JSON.stringify(value).replace(/[`<>&@]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The ready-to-paste waiver for one breaking change, folded, indented to stay in its list item. */
function waiverSnippet(change: Change, spec: SpecReport): string {
  if (change.fingerprint === undefined || !/^[0-9a-f]+$/.test(change.fingerprint)) return '';
  const yaml = [
    'waivers:',
    `  - fingerprint: "${change.fingerprint}"`,
    '    reason: "TODO: why clients are not affected"',
    '    # expires: YYYY-MM-DD   # optional: the waiver holds through that day (UTC)',
    '    # owner: team-name      # optional',
    `    spec: ${yamlString(spec.file)}`,
  ];
  const body = ['```yaml', ...yaml, '```'].map((l) => `  ${l}`).join('\n');
  return `\n  <details><summary>Waive this change</summary>\n\n${body}\n\n  </details>\n\n`;
}

function footerParts(report: Report, opts: MarkdownOptions): Part[] {
  const summary = totalSummary(report.specs);
  if (summary.breaking === 0) return [];
  if (opts.approvedLabel) {
    return [fixed(`Breaking changes are accepted: the pull request has the label ${code(opts.approvedLabel)}.\n`)];
  }
  // A push has no pull request to label.
  if (report.context !== null && report.context.pullRequest === null) return [];
  return [
    fixed(
      `To accept the breaking changes, add the label ${code(opts.allowBreakingLabel)} to the pull request, ` +
        'or accept one at a time with the waiver under it, added to the config file.\n',
    ),
  ];
}

const SAFE_URL = /^https?:\/\/[^\s<>()[\]`"'\\]+$/;

function truncationNote(omitted: number, jobSummaryUrl: string | null): string {
  const where =
    jobSummaryUrl !== null && SAFE_URL.test(jobSummaryUrl) ? `[job summary](${jobSummaryUrl})` : 'job summary';
  return `\n… ${countOf(omitted, ['more change', 'more changes'])} not shown — see the ${where}.\n`;
}

/**
 * Join head and parts within `max` characters. When everything does not fit, whole list items are
 * dropped from the end (breaking changes come first, so they are the last to go) and a note says
 * how many. Fixed parts stay; if even they do not fit, only the head and the note remain.
 */
function assemble(head: string, parts: readonly Part[], max: number, note: (omitted: number) => string): string {
  const render = (p: Part): string => (p.kind === 'fixed' ? p.text : p.open + p.items.join('') + p.close);
  const full = head + parts.map(render).join('');
  if (full.length <= max) return full;

  const total = parts.reduce((n, p) => n + (p.kind === 'list' ? p.items.length : 0), 0);
  const fixedLength = parts.reduce((n, p) => n + (p.kind === 'fixed' ? p.text.length : 0), 0);
  // Reserve room for the note with the largest count it can show.
  let budget = max - head.length - note(total).length - fixedLength;
  if (budget < 0) return fitHard(head + note(total), max);

  let out = head;
  let shown = 0;
  let stopped = false;
  for (const part of parts) {
    if (part.kind === 'fixed') {
      out += part.text;
      continue;
    }
    if (stopped) continue;
    let taken = '';
    let cost = part.open.length + part.close.length;
    for (const item of part.items) {
      if (cost + item.length > budget) {
        stopped = true;
        break;
      }
      cost += item.length;
      taken += item;
      shown += 1;
    }
    if (taken !== '') {
      out += part.open + taken + part.close;
      budget -= cost;
    }
  }
  return out + note(total - shown);
}

/** Last resort for an absurdly small limit: cut at a line end, never inside a UTF-16 pair. */
function fitHard(textValue: string, max: number): string {
  if (textValue.length <= max) return textValue;
  const cut = truncateText(textValue, max);
  const lineEnd = cut.lastIndexOf('\n');
  return lineEnd > 0 ? cut.slice(0, lineEnd + 1) : cut;
}
