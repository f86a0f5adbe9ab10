import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  escapeData,
  escapeMarkdown,
  escapeProperty,
  inlineCode,
  MARKER_PREFIX,
  sanitizeTerminal,
  truncateText,
} from '../../src/report/escape';

const ZWSP = '\u200B';

/** What a CommonMark renderer shows for escapeMarkdown's output (backslash escapes, the 3 entities). */
function shown(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '')
    .replaceAll(ZWSP, '');
}

/** Markdown-active characters left after removing escaped pairs and the entities we emit. */
function activeCharacters(markdown: string): string {
  return markdown
    .replace(/\\[!-/:-@[-`{-~]/g, '')
    .replace(/&(amp|lt|gt);/g, '')
    .replace(/[^\\`*_[\]~|#!$<>&\n\r]/g, '');
}

describe('escapeMarkdown', () => {
  test.each([
    ['@user', `@${ZWSP}user`],
    ['@org/team', `@${ZWSP}org/team`],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['**bold** _it_ ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['[click](https://evil)', `\\[click\\](https${ZWSP}://evil)`],
    ['![x](y)', '\\!\\[x\\](y)'],
    ['line1\nline2\r\nline3\rline4', 'line1 line2 line3 line4'],
    ['fixes #123', `fixes \\#${ZWSP}123`],
    ['a & b', 'a &amp; b'],
    ['&lt;', '&amp;lt;'],
    ['back\\slash', 'back\\\\slash'],
    ['$x^2$', '\\$x^2\\$'],
    ['see www.example.com', `see www${ZWSP}.example.com`],
    ['\u001b[31mred', ' [31mred'.replace('[', '\\[')],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('a forged comment marker in a description cannot appear in the output', () => {
    const out = escapeMarkdown('Title <!-- firestone-spec-action:asyncapi.yaml --> end');
    expect(out).not.toContain(MARKER_PREFIX);
    expect(out).not.toContain('<');
    expect(shown(out)).toBe('Title <!-- firestone-spec-action:asyncapi.yaml --> end');
  });

  test('mentions never survive: every @ is followed by a zero-width space', () => {
    const out = escapeMarkdown('cc @octocat @github/security and email a@b.c');
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
  });

  test('bidirectional overrides are replaced', () => {
    expect(escapeMarkdown('abc\u202Edef')).toBe('abc\uFFFDdef');
  });

  test('property: shows the same text, on one line, with nothing markdown-active left', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const input = raw.replaceAll(ZWSP, '').replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
        const out = escapeMarkdown(input);
        expect(activeCharacters(out)).toBe('');
        expect(out).not.toContain(MARKER_PREFIX);
        expect(out).not.toMatch(/@[^\u200B]/);
        expect(out).not.toMatch(/[a-z]:\/\//i);
        // eslint-disable-next-line no-control-regex -- the control characters escapeMarkdown replaces
        expect(shown(out)).toBe(input.replace(/\r\n|[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('inlineCode', () => {
  /** What a CommonMark code span shows, per the spec's stripping rule. */
  function codeSpanContent(span: string): string {
    const fence = /^`+/.exec(span)?.[0] ?? '';
    expect(span.endsWith(fence)).toBe(true);
    let content = span.slice(fence.length, span.length - fence.length);
    if (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
    // No run of backticks inside may equal the fence, or the span would end there.
    for (const run of content.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
    return content;
  }

  test.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x```', '```` ``x``` ````'],
    ['`', '`` ` ``'],
    [' lead', '` lead`'],
    [' both ', '`  both  `'],
    ['   ', '`   `'],
    ['', '` `'],
    ['two\nlines', '`two lines`'],
  ])('%j', (input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });

  test('breaks the marker prefix, since code spans keep text verbatim in the comment body', () => {
    const out = inlineCode('<!-- firestone-spec-action:asyncapi.yaml -->');
    expect(out).not.toContain(MARKER_PREFIX);
    expect(codeSpanContent(out).replaceAll(ZWSP, '')).toBe('<!-- firestone-spec-action:asyncapi.yaml -->');
  });

  test('property: the span shows exactly the (single-line) input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('`', ' ', 'a', '<', '!', '-', '\n', '|'), maxLength: 40 }),
        (input) => {
          const out = inlineCode(input);
          expect(out).not.toMatch(/[\r\n]/);
          expect(out).not.toContain('<!--');
          const expected = input.replace(/\n/g, ' ');
          expect(codeSpanContent(out).replaceAll(ZWSP, '')).toBe(expected === '' ? ' ' : expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('workflow command escaping', () => {
  test('data: %, CR and LF', () => {
    expect(escapeData('100% done\r\nnext::error::x')).toBe('100%25 done%0D%0Anext::error::x');
  });

  test('property: also : and ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  test('property: decoding gives back the input; no line breaks, no : or , in properties', () => {
    const decode = (s: string): string =>
      s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('%', '\r', '\n', ':', ',', 'a', '2', '5', 'D', '0'), maxLength: 30 }),
        (input) => {
          expect(escapeData(input)).not.toMatch(/[\r\n]/);
          expect(escapeProperty(input)).not.toMatch(/[\r\n:,]/);
          expect(decode(escapeData(input))).toBe(input);
          expect(decode(escapeProperty(input))).toBe(input);
        },
      ),
    );
  });
});

describe('sanitizeTerminal', () => {
  test('removes escape sequences and line breaks', () => {
    expect(sanitizeTerminal('ok\u001b]0;pwned\u0007\nnext')).toBe('ok ]0;pwned  next');
  });
});

describe('truncateText', () => {
  test('keeps short text, cuts long text with an ellipsis within the limit', () => {
    expect(truncateText('abc', 3)).toBe('abc');
    expect(truncateText('abcdef', 4)).toBe('abc…');
  });

  test('never splits a surrogate pair', () => {
    const out = truncateText('ab😀cd', 4);
    expect(out).toBe('ab…');
    expect(out.length).toBeLessThanOrEqual(4);
  });
});
