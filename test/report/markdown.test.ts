import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MARKER_PREFIX } from '../../src/report/escape';
import { commentMarker, DEFAULT_MAX_LENGTH, renderMarkdown, type MarkdownOptions } from '../../src/report/markdown';
import type { Change, ChangeType, ReportContext } from '../../src/types';
import { change, mixed, report, spec } from './helpers';

const LABEL = 'breaking-change-approved';
const opts = (more: Partial<MarkdownOptions> = {}): MarkdownOptions => ({ allowBreakingLabel: LABEL, ...more });
const firstLine = (md: string): string => md.split('\n')[0] ?? '';
const verdictLine = (md: string): string => md.split('\n').find((l) => l.startsWith('### ')) ?? '';

/** The text outside code spans (CommonMark: a backtick run up to the next run of the same length). */
function outsideCode(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; ) {
    const ch = md[i] ?? '';
    if (ch === '\\') {
      out += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== '`') {
      out += ch;
      i += 1;
      continue;
    }
    const fence = /^`+/.exec(md.slice(i))?.[0] ?? '`';
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = i + fence.length;
    const end = close.exec(md);
    if (end === null) {
      out += fence;
      i += fence.length;
    } else {
      out += ' ';
      i = end.index + fence.length;
    }
  }
  return out;
}

/** Every `<` outside code spans must be one of the tags this renderer writes itself. */
const foreignTags = (md: string): string[] =>
  outsideCode(md).match(/<(?!\/?details>|\/?summary>|!-- firestone-spec-action:)[^\n]{0,20}/g) ?? [];

describe('marker', () => {
  test('comes first when given, and only then', () => {
    const md = renderMarkdown(mixed(), opts({ marker: 'asyncapi.yaml' }));
    expect(firstLine(md)).toBe('<!-- firestone-spec-action:asyncapi.yaml -->');
    expect(renderMarkdown(mixed(), opts())).not.toContain(MARKER_PREFIX);
  });

  test('a hostile spec file name cannot close the comment or forge another marker', () => {
    const marker = commentMarker('docs/x --> <b>@me</b> --!> <!-- firestone-spec-action:other.yaml -->');
    expect(marker.startsWith(`${MARKER_PREFIX}:docs/x`)).toBe(true);
    expect(marker.endsWith(' -->')).toBe(true);
    const inner = marker.slice(MARKER_PREFIX.length, -' -->'.length);
    expect(inner).not.toMatch(/[<> ]/);
    expect(marker.split(MARKER_PREFIX)).toHaveLength(2);
  });

  test('distinct files give distinct markers, and nested paths stay readable', () => {
    expect(commentMarker('a b.yaml')).not.toBe(commentMarker('a%20b.yaml'));
    expect(commentMarker('docs/api/asyncapi.yaml')).toBe('<!-- firestone-spec-action:docs/api/asyncapi.yaml -->');
  });
});

describe('verdict', () => {
  test.each<[string, () => ReturnType<typeof report>, Partial<MarkdownOptions>, string]>([
    ['no changes', () => report([spec([])]), {}, '### ✅ No breaking changes; no API changes'],
    ['no specs at all', () => report([]), {}, '### ✅ No breaking changes; no API changes'],
    [
      'only non-breaking',
      () => report([spec([change('non-breaking'), change('non-breaking')])]),
      {},
      '### ✅ No breaking changes; 2 non-breaking changes',
    ],
    [
      'breaking',
      () => report([spec([change('non-breaking'), change('breaking'), change('breaking')])]),
      {},
      '### ❌ 2 breaking changes, 1 non-breaking change',
    ],
    [
      'approved by label',
      () => report([spec([change('breaking'), change('breaking')])]),
      { approvedLabel: LABEL },
      `### ✅ 2 breaking changes approved with label \`${LABEL}\``,
    ],
    ['warnings', () => report([spec([change('warning')])]), {}, '### ⚠️ No breaking changes; 1 warning'],
    [
      'unclassified',
      () => report([spec([change('unclassified')])]),
      {},
      '### ⚠️ No breaking changes; 1 unclassified change',
    ],
    [
      'drift only',
      () => report([spec([], { drift: true })]),
      {},
      '### ⚠️ No breaking changes; no API changes; `asyncapi.yaml` is out of date with its resources',
    ],
    [
      'drift fixed by commit mode',
      () => report([spec([], { drift: true })]),
      { driftFixed: true },
      '### ✅ No breaking changes; no API changes; `asyncapi.yaml` regenerated from its resources',
    ],
    [
      'drift in two specs',
      () => report([spec([], { drift: true, file: 'a.yaml' }), spec([], { drift: true, file: 'b.yaml' })]),
      {},
      '### ⚠️ No breaking changes; no API changes; 2 spec files are out of date with their resources',
    ],
    [
      'baseline missing (new API)',
      () => report([spec([change('non-breaking')], { baseline: { ref: 'a'.repeat(40), found: false } })]),
      {},
      '### ✅ No breaking changes; 1 non-breaking change',
    ],
    [
      'baseline unparsable',
      () =>
        report([
          spec([], {
            baseline: { ref: 'a'.repeat(40), found: true, error: 'baseline does not parse: bad indentation' },
          }),
        ]),
      {},
      '### ⚠️ Breaking-change check could not run: the baseline of `asyncapi.yaml` is unreadable',
    ],
  ])('%s', (_, make, more, expected) => {
    const md = renderMarkdown(make(), opts(more));
    expect(verdictLine(md)).toBe(expected);
    // The verdict is the first line of text (after the marker, when there is one).
    expect(firstLine(md)).toBe(expected);
    expect(
      firstLine(
        renderMarkdown(make(), opts({ ...more, marker: 'x.yaml' }))
          .split('\n')
          .slice(1)
          .join('\n'),
      ),
    ).toBe(expected);
  });

  test('approved label with breaking changes and drift still warns about drift', () => {
    const md = renderMarkdown(report([spec([change('breaking')], { drift: true })]), opts({ approvedLabel: LABEL }));
    expect(verdictLine(md)).toBe(
      `### ⚠️ 1 breaking change approved with label \`${LABEL}\`; \`asyncapi.yaml\` is out of date with its resources`,
    );
  });
});

describe('notes', () => {
  test('drift names the fix command, default and configured', () => {
    const r = report([spec([], { drift: true })]);
    expect(renderMarkdown(r, opts())).toContain('Run `npx firestone-spec update` and commit the result.');
    expect(renderMarkdown(r, opts({ fixCommand: 'npm run spec:update' }))).toContain(
      'Run `npm run spec:update` and commit the result.',
    );
    expect(renderMarkdown(r, opts({ driftFixed: true }))).toContain('has been regenerated');
  });

  test('new API', () => {
    const md = renderMarkdown(
      report([spec([change('non-breaking')], { baseline: { ref: 'c'.repeat(40), found: false } })]),
      opts(),
    );
    expect(md).toContain('🆕 New API: there is no `asyncapi.yaml` at `cccccccccccc`, so every change is an addition.');
  });

  test('baseline unparsable: a warning with the (escaped) reason', () => {
    const error = 'baseline does not parse: <script>@admin</script>';
    const md = renderMarkdown(report([spec([], { baseline: { ref: 'main', found: true, error } })]), opts());
    expect(md).toContain(
      '⚠️ The baseline `asyncapi.yaml` at `main` could not be read or parsed, so the breaking-change check was skipped:',
    );
    expect(md).toContain('&lt;script&gt;@\u200Badmin&lt;/script&gt;');
    expect(foreignTags(md)).toEqual([]);
  });

  test('no base revision at all', () => {
    const md = renderMarkdown(report([spec([], { baseline: { ref: null, found: false } })]), opts());
    expect(md).toContain('No base revision to compare `asyncapi.yaml` with; the breaking-change check did not run.');
  });

  test('how to accept breaking changes: on pull requests, not on pushes; acknowledged when approved', () => {
    const breaking = [spec([change('breaking')])];
    const accept = `To accept the breaking changes, add the label \`${LABEL}\` to the pull request, or accept one at a time with the waiver under it`;
    expect(renderMarkdown(report(breaking), opts())).toContain(accept);
    const push = { event: 'push', pullRequest: null, headSha: 'b'.repeat(40), baseSha: 'a'.repeat(40) };
    expect(renderMarkdown(report(breaking, push), opts())).not.toContain('To accept');
    const approved = renderMarkdown(report(breaking), opts({ approvedLabel: LABEL }));
    expect(approved).not.toContain('To accept');
    expect(approved).toContain(`Breaking changes are accepted: the pull request has the label \`${LABEL}\`.`);
    expect(renderMarkdown(report([spec([change('non-breaking')])]), opts())).not.toContain('To accept');
  });
});

describe('changes', () => {
  test('grouped breaking, warnings, non-breaking, unclassified, whatever the input order', () => {
    const md = renderMarkdown(mixed(), opts());
    const at = (s: string): number => {
      const i = md.indexOf(s);
      expect(i, s).toBeGreaterThan(-1);
      return i;
    };
    const order = [
      at('**❌ Breaking changes (2)**'),
      at('- Property became required'),
      at('- Channel removed'),
      at('**⚠️ Warnings (1)**'),
      at('- Enum value added'),
      at('**✅ Non-breaking changes (1)**'),
      at('- Optional property added'),
      at('**❔ Unclassified changes (1)**'),
      at('- Something odd'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('a line says what, where, whom it breaks, the resource file:line and the rule', () => {
    const c = change('breaking', {
      rule: 'payload.property.required-added',
      message: "Property 'isbn' of 'book' is now required in messages clients send",
    });
    const md = renderMarkdown(report([spec([c])]), opts());
    expect(md).toContain(
      "- Property 'isbn' of 'book' is now required in messages clients send — on `/books` (clients send) — " +
        'breaks clients that send these messages — `resources/book.yaml:14` — rule `payload.property.required-added`\n',
    );
  });

  test('whom it breaks follows the direction of the locations', () => {
    const receive = change('breaking', {
      locations: [{ channel: '/b', direction: 'client-receives', operation: 'subscribe' }],
    });
    const both = change('breaking', {
      locations: [
        { channel: '/b', direction: 'client-receives', operation: 'subscribe' },
        { channel: '/b', direction: 'client-sends', operation: 'publish' },
      ],
    });
    const md = renderMarkdown(report([spec([receive, both])]), opts());
    expect(md).toContain('on `/b` (clients receive) — breaks clients that receive these messages');
    expect(md).toContain('on `/b` (clients receive, clients send) — breaks existing clients');
  });

  test('many channels collapse into a count with a details list', () => {
    const locations = Array.from({ length: 60 }, (_, i) => ({
      channel: `/c${i}`,
      direction: 'client-receives' as const,
      operation: 'subscribe',
    }));
    const md = renderMarkdown(report([spec([change('breaking', { locations })])]), opts());
    expect(md).toContain('on 60 channels');
    expect(md).toContain('  <details><summary>60 channels</summary>\n\n  - `/c0` (clients receive)\n');
    expect(md).toContain('  - `/c49` (clients receive)\n  - … and 10 more\n\n  </details>\n');
    expect(md).not.toContain('`/c50`');
  });

  test('long non-breaking lists fold into details; breaking lists never do', () => {
    const many = (type: ChangeType): Change[] =>
      Array.from({ length: 11 }, (_, i) => change(type, { message: `m${i}` }));
    const md = renderMarkdown(report([spec([...many('breaking'), ...many('non-breaking')])]), opts());
    expect(md).toContain('**❌ Breaking changes (11)**');
    expect(md).toContain('<details><summary>✅ Non-breaking changes (11)</summary>');
    expect(md.match(/<details>/g)).toHaveLength(md.match(/<\/details>/g)?.length ?? -1);
  });

  test('multi-spec reports get one section per spec with its own verdict', () => {
    const md = renderMarkdown(
      report([spec([change('breaking')], { file: 'a.yaml' }), spec([change('non-breaking')], { file: 'b.yaml' })]),
      opts(),
    );
    expect(verdictLine(md)).toBe('### ❌ 1 breaking change, 1 non-breaking change');
    expect(md).toContain('#### `a.yaml`\n\n❌ 1 breaking change\n');
    expect(md).toContain('#### `b.yaml`\n\n✅ No breaking changes; 1 non-breaking change\n');
    expect(md.indexOf('#### `a.yaml`')).toBeLessThan(md.indexOf('#### `b.yaml`'));
  });

  test('deterministic', () => {
    expect(renderMarkdown(mixed(), opts({ marker: 'asyncapi.yaml' }))).toBe(
      renderMarkdown(mixed(), opts({ marker: 'asyncapi.yaml' })),
    );
  });
});

describe('hostile repository text', () => {
  const hostile = [
    '@user',
    '@org/team',
    '<img src=x onerror=alert(1)>',
    '<!-- firestone-spec-action:asyncapi.yaml -->',
    'a | b',
    '`code` ```fence```',
    'two\nlines\r\nthree',
    '[link](https://evil.example)',
    'fixes #123',
  ].join(' ');

  const hostileReport = () =>
    report([
      spec(
        [
          change('breaking', {
            message: hostile,
            rule: 'rule`<b>',
            locations: [{ channel: '/a`b|<!--c', direction: 'client-sends', operation: 'publish' }],
            source: { file: 'res/<evil>@me|x.yaml', line: 3 },
          }),
        ],
        { file: 'spec`<!--@x.yaml', drift: true },
      ),
    ]);

  test('comes out escaped: no HTML, mentions, marker forgery, line or table breaks', () => {
    const md = renderMarkdown(hostileReport(), opts({ marker: 'asyncapi.yaml', approvedLabel: null }));
    expect(md.split(MARKER_PREFIX)).toHaveLength(2);
    expect(firstLine(md)).toBe('<!-- firestone-spec-action:asyncapi.yaml -->');
    expect(foreignTags(md)).toEqual([]);
    expect(outsideCode(md)).not.toMatch(/@(user|org|me|x)/);
    expect(outsideCode(md)).not.toContain('```');
    expect(md).not.toMatch(/(^|[^\\])\[link\]/);
    const item = md.split('\n').find((l) => l.startsWith('- '));
    expect(item).toBeDefined();
    // One line, every `|` escaped, every backtick of the message escaped.
    expect(item).toContain('a \\| b');
    expect(item).toContain('\\`code\\` \\`\\`\\`fence\\`\\`\\`');
    expect(item).toContain('two lines three');
    expect(item).toContain('\\#\u200B123');
    // Names in code spans: fence longer than their backticks, marker broken.
    expect(item).toContain('``/a`b|<\u200B!--c``');
    expect(item).toContain('`res/<evil>@me|x.yaml:3`');
  });

  test('property: no foreign tags and exactly one marker for any message', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '!', '-', '>', '@', '`', '|', '\n', 'a', ' ', 'f'), maxLength: 60 }),
        (message) => {
          const md = renderMarkdown(
            report([spec([change('warning', { message })])]),
            opts({ marker: 'asyncapi.yaml' }),
          );
          expect(foreignTags(md)).toEqual([]);
          expect(md.split(MARKER_PREFIX)).toHaveLength(2);
          expect(md).not.toMatch(/@[^\u200B]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('length limit', () => {
  const bigReport = (n: number) => {
    const types: ChangeType[] = ['non-breaking', 'unclassified', 'warning', 'breaking'];
    const changes = Array.from({ length: n }, (_, i) =>
      change(types[i % types.length] ?? 'breaking', {
        message: `Property 'p${i}' of 'book' changed in a way worth describing at length`,
      }),
    );
    return report([spec(changes, { drift: true })]);
  };

  test('5,000 changes: under the limit, verdict and marker kept, note with the count of what is cut', () => {
    const md = renderMarkdown(bigReport(5000), opts({ marker: 'asyncapi.yaml' }));
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(firstLine(md)).toBe('<!-- firestone-spec-action:asyncapi.yaml -->');
    expect(verdictLine(md)).toBe(
      '### ❌ 1250 breaking changes, 1250 warnings, 1250 non-breaking changes, 1250 unclassified changes; `asyncapi.yaml` is out of date with its resources',
    );
    const shown = md.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(shown).toBeGreaterThan(100);
    expect(md.endsWith(`\n… ${5000 - shown} more changes not shown — see the job summary.\n`)).toBe(true);
    // Breaking changes are listed first, so they are the last to be cut.
    expect(md).toContain('**❌ Breaking changes (1250)**');
    expect(md).toContain('Run `npx firestone-spec update`');
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  test('the note links the job summary when its address is given and safe', () => {
    const url = 'https://github.com/o/r/actions/runs/1/attempts/1#summary-2';
    const md = renderMarkdown(bigReport(3000), opts({ jobSummaryUrl: url }));
    expect(md).toMatch(
      /… \d+ more changes not shown — see the \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\/attempts\/1#summary-2\)\.\n$/,
    );
    const odd = renderMarkdown(bigReport(3000), opts({ jobSummaryUrl: 'javascript:alert(1)' }));
    expect(odd).toMatch(/see the job summary\.\n$/);
    const injected = renderMarkdown(
      bigReport(3000),
      opts({ jobSummaryUrl: 'https://x.example/a) [click](https://evil' }),
    );
    expect(injected).toMatch(/see the job summary\.\n$/);
  });

  test.each([500, 2_000, 10_000, 30_000])('any limit (%i) is respected, whole items only', (maxLength) => {
    const md = renderMarkdown(bigReport(400), opts({ marker: 'asyncapi.yaml', maxLength }));
    expect(md.length).toBeLessThanOrEqual(maxLength);
    for (const line of md.split('\n').filter((l) => l.startsWith('- '))) expect(line).toMatch(/rule `test\.[a-z-]+`$/);
    expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
    expect(md).toMatch(/more changes not shown — see the job summary\.\n$/);
  });

  test('a report that fits is not truncated', () => {
    const md = renderMarkdown(bigReport(40), opts());
    expect(md).not.toContain('not shown');
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(40);
  });

  test('a single huge message is cut, not the whole comment', () => {
    const md = renderMarkdown(report([spec([change('breaking', { message: 'x'.repeat(100_000) })])]), opts());
    expect(md.length).toBeLessThan(5_000);
    expect(md).toContain('x…');
    expect(md).not.toContain('not shown');
  });
});

describe('links, waiver snippets, waived changes and the compatibility sentence', () => {
  const SERVER = 'https://github.example.test';
  const withRepo: ReportContext = {
    event: 'pull_request',
    pullRequest: 7,
    headSha: 'b'.repeat(40),
    baseSha: 'a'.repeat(40),
    repository: 'o/r',
  };

  test('each file:line links to that line at the PR head; odd characters in paths are encoded', () => {
    const c = change('breaking', { source: { file: 'res/a (1)/b#c.yaml', line: 9 }, fingerprint: '0123abcd' });
    const md = renderMarkdown(report([spec([c])], withRepo), opts({ serverUrl: SERVER }));
    expect(md).toContain(
      `[\`res/a (1)/b#c.yaml:9\`](${SERVER}/o/r/blob/${'b'.repeat(40)}/res/a%20%281%29/b%23c.yaml#L9)`,
    );
    // No server, a hostile server or no head commit: plain code, no link.
    for (const [server, context] of [
      [undefined, withRepo],
      ['javascript:alert(1)', withRepo],
      [`${SERVER}) [x](https://evil.test`, withRepo],
      [SERVER, { ...withRepo, headSha: null }],
    ] as const) {
      const plain = renderMarkdown(report([spec([c])], context), opts({ serverUrl: server }));
      expect(plain).toContain('`res/a (1)/b#c.yaml:9` — rule');
      expect(plain).not.toContain('](');
    }
  });

  test('a folded, ready-to-paste waiver under each breaking change, that no spec name can break out of', () => {
    const c = change('breaking', { fingerprint: '0123abcd' });
    const evil = 'a`<!-- firestone-spec-action:x -->@admin```.yaml';
    const md = renderMarkdown(
      report([spec([c, change('warning', { fingerprint: 'ffff0000' })], { file: evil })]),
      opts(),
    );
    expect(md.match(/Waive this change/g)).toHaveLength(1);
    expect(md).toContain('fingerprint: "0123abcd"');
    expect(md).not.toContain('ffff0000');
    const yaml = /```yaml\n([\s\S]*?)\n\s*```/.exec(md)?.[1] ?? '';
    expect(yaml).not.toMatch(/[`<>@]/);
    expect(yaml).toContain(
      'spec: "a\\u0060\\u003c!-- firestone-spec-action:x --\\u003e\\u0040admin\\u0060\\u0060\\u0060.yaml"',
    );
    expect(md.split(MARKER_PREFIX)).toHaveLength(1);
  });

  test('waived changes leave the counts and are listed apart; the headline says no breaking changes', () => {
    const c = change('breaking', { waived: { reason: 'clients moved', expires: '2027-03-01', owner: 'team-x' } });
    const md = renderMarkdown(report([spec([c, change('non-breaking')])]), opts());
    expect(verdictLine(md)).toBe('### ✅ No breaking changes; 1 non-breaking change, 1 waived');
    expect(md).toContain('**🔕 Waived (1)**');
    expect(md).toContain('**waived** breaking change until 2027-03-01, owner team-x: clients moved');
    expect(md).not.toContain('**❌ Breaking changes');
    expect(md).not.toContain('To accept');
  });

  test('the compatibility mode in one sentence, where a comparison was made', () => {
    const md = renderMarkdown(report([spec([], { compatibility: 'forward' })]), opts());
    expect(md).toContain('Compatibility `forward`: clients upgrade first');
    const skipped = renderMarkdown(
      report([spec([], { compatibility: 'forward', baseline: { ref: null, found: true, error: 'x' } })]),
      opts(),
    );
    expect(skipped).not.toContain('Compatibility');
  });

  test('the client perspective is stated where a comparison was made; the default goes unsaid', () => {
    const client = renderMarkdown(report([spec([], { perspective: 'client' })]), opts());
    expect(client).toContain("Perspective `client`: operations read from the client's side");
    const skipped = renderMarkdown(
      report([spec([], { perspective: 'client', baseline: { ref: null, found: true, error: 'x' } })]),
      opts(),
    );
    expect(skipped).not.toContain('Perspective');
    expect(renderMarkdown(report([spec([], { perspective: 'application' })]), opts())).not.toContain('Perspective');
  });
});
