/**
 * Release notes (`firestone-spec changelog`) as markdown, text or JSON: one section per pair of
 * revisions, newest first, then per spec the same headline and groups as the check report.
 */
import type { Change, Changelog, ChangelogSpec } from '../types';
import { channelsOf, countOf, impact, placesCount, REPORT_ORDER, TYPE_INFO } from './describe';
import { vocabularyOf, type Vocabulary } from '../kinds/vocabulary';
import { escapeMarkdown, inlineCode, toSingleLine, truncateText } from './escape';
import { headline } from './headline';
import { PERSPECTIVE_MEANING } from '../policy/perspective';
import { SUMMARY_KEY } from './summary';

const MAX = 1_000;
const md = (s: string): string => escapeMarkdown(truncateText(s, MAX));
const code = (s: string): string => inlineCode(truncateText(s, 200));
const plain = (s: string): string => toSingleLine(s);

const STATUS: Readonly<Record<ChangelogSpec['status'], string>> = {
  added: 'new API: everything is an addition',
  removed: 'removed: the spec file is gone',
  changed: '',
  unchanged: 'no API changes',
};

function versions(spec: ChangelogSpec): string {
  return `${spec.fromVersion ?? '(none)'} → ${spec.toVersion ?? '(none)'}`;
}

function specHeadline(spec: ChangelogSpec, name: (file: string) => string): string {
  const counts = REPORT_ORDER.filter((t) => spec.summary[SUMMARY_KEY[t]] > 0).map((t) =>
    countOf(spec.summary[SUMMARY_KEY[t]], TYPE_INFO[t].noun),
  );
  // A changelog compares two committed specs that both exist or are new/removed: always "compared".
  const asReport = {
    file: spec.file,
    drift: false,
    baseline: { ref: null, found: true },
    changes: spec.changes,
  };
  return headline([{ ...asReport, summary: spec.summary }], spec.summary, counts, name);
}

function markdownChange(change: Change, words: Vocabulary): string {
  const uses = channelsOf(change.locations, words);
  const fields = [md(change.message)];
  if (uses.length > 0 && uses.length <= 3) fields.push(`on ${uses.map((u) => code(u.channel)).join(', ')}`);
  if (uses.length > 3) fields.push(`on ${placesCount(uses.length, words)}`);
  const who = impact(change, words);
  if (who !== null) fields.push(who);
  fields.push(`rule ${code(change.rule)}`);
  return `- ${fields.join(' — ')}\n`;
}

export function renderChangelogMarkdown(log: Changelog): string {
  const out: string[] = ['# API changes\n'];
  if (log.sections.length === 0) out.push('\nNo revisions to compare.\n');
  for (const section of log.sections) {
    out.push(`\n## ${code(section.from)} → ${code(section.to)}\n`);
    if (section.specs.length === 0) out.push('\nNo spec file at either revision.\n');
    for (const spec of section.specs) {
      out.push(`\n### ${code(spec.file)} ${md(versions(spec))}\n\n`);
      out.push(`${specHeadline(spec, code)}${STATUS[spec.status] ? ` (${STATUS[spec.status]})` : ''}. `);
      out.push(`Compatibility ${code(spec.compatibility)}.\n`);
      // The specification's reading goes without saying; the other one is stated.
      if (spec.perspective === 'client') out.push(`\nPerspective \`client\`: ${PERSPECTIVE_MEANING.client}\n`);
      for (const type of REPORT_ORDER) {
        const changes = spec.changes.filter((c) => c.type === type);
        if (changes.length === 0) continue;
        out.push(`\n**${TYPE_INFO[type].icon} ${TYPE_INFO[type].title} (${changes.length})**\n\n`);
        out.push(...changes.map((c) => markdownChange(c, vocabularyOf(spec.kind))));
      }
    }
  }
  return out.join('');
}

export function renderChangelogText(log: Changelog): string {
  const lines: string[] = [];
  if (log.sections.length === 0) lines.push('no revisions to compare');
  for (const section of log.sections) {
    lines.push(`${plain(section.from)}..${plain(section.to)}`);
    if (section.specs.length === 0) lines.push('  no spec file at either revision');
    for (const spec of section.specs) {
      const status = STATUS[spec.status] ? ` (${STATUS[spec.status]})` : '';
      lines.push(`  ${plain(spec.file)} ${plain(versions(spec))}: ${specHeadline(spec, plain)}${status}`);
      if (spec.perspective === 'client') lines.push(`    perspective client: ${PERSPECTIVE_MEANING.client}`);
      for (const type of REPORT_ORDER) {
        for (const c of spec.changes.filter((x) => x.type === type)) {
          lines.push(`    ${type}: ${plain(c.message)} (${plain(c.rule)})`);
        }
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderChangelogJson(log: Changelog): string {
  const sections = log.sections.map((s) => ({
    from: s.from,
    to: s.to,
    specs: s.specs.map((spec) => ({
      file: spec.file,
      compatibility: spec.compatibility,
      ...(spec.perspective !== undefined ? { perspective: spec.perspective } : {}),
      status: spec.status,
      fromVersion: spec.fromVersion,
      toVersion: spec.toVersion,
      changes: spec.changes.map((c) => ({
        rule: c.rule,
        type: c.type,
        fingerprint: c.fingerprint,
        message: c.message,
        path: c.path,
        locations: c.locations,
        before: c.before ?? null,
        after: c.after ?? null,
      })),
      summary: spec.summary,
    })),
  }));
  return `${JSON.stringify({ version: 1, sections }, null, 2)}\n`;
}
