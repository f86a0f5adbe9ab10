/**
 * Escaping of repository-derived text for the three places it is shown: GitHub markdown
 * (PR comment, job summary), workflow commands (annotations) and terminals.
 * Everything here treats its input as hostile: it comes from files in a pull request.
 */

/** The prefix of the hidden marker that finds our PR comment again; repository text must never produce it. */
export const MARKER_PREFIX = '<!-- firestone-spec-action';

// A zero-width space after `@` and `#` stops GitHub's mention and issue-reference filters, which run on
// the rendered text (so an HTML entity for `@` would not help, the inserted character does).
const ZWSP = '\u200B';

// Line breaks of every kind, other C0/C1 controls (ANSI escapes, NUL) and DEL become spaces: a newline
// would end a list item or table row, a control character can hide or rewrite what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /\r\n|[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidirectional overrides can make text read differently from what it is ("Trojan source").
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** One line of plain text: no line breaks, no control characters, no bidi overrides. */
export function toSingleLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(BIDI, '\uFFFD');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// ASCII punctuation that can start formatting, links, images, tables, code or a heading inline.
// `$` starts GitHub math.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|#!$]/g;

/**
 * Text safe to place inline (inside a paragraph, list item or table cell) in GitHub markdown:
 * renders as the same characters, with no HTML, formatting, links, mentions, issue references,
 * table-cell breaks or line breaks coming from it.
 */
export function escapeMarkdown(text: string): string {
  return (
    toSingleLine(text)
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
      // After the `\#` escape: GitHub still links `#123` in the rendered text, so break it there too.
      .replace(/@/g, `@${ZWSP}`)
      .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
      // GFM autolinks bare `https://…` and `www.…`; break the scheme and the prefix it looks for.
      .replace(/([A-Za-z]):(?=\/\/)/g, `$1${ZWSP}:`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
  );
}

/**
 * A code span showing `text` literally. The fence is longer than any run of backticks inside;
 * `<!--` is broken with a zero-width space because code spans keep it verbatim in the comment body,
 * where a forged marker would be found by a plain string search. Not for table cells (`|`).
 */
export function inlineCode(text: string): string {
  const content = toSingleLine(text).replace(/<!--/g, `<${ZWSP}!--`);
  if (content === '') return '` `';
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A leading or trailing backtick would join the fence, and CommonMark strips one space from each
  // side when both sides have one (unless it is all spaces): pad in those cases, and the padding is
  // what gets stripped.
  const edgeSpaces = content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '';
  const pad = content.startsWith('`') || content.endsWith('`') || edgeSpaces ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** At most `max` characters (UTF-16 units), cut on a code point boundary, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The message part of a workflow command, as @actions/core escapes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (`file=`, `title=`); `:` and `,` would end it early. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Text safe for a terminal: one line, no escape sequences (a hostile description could otherwise
 * move the cursor, rewrite earlier lines or change the terminal title).
 */
export function sanitizeTerminal(text: string): string {
  return toSingleLine(text);
}
