import { describe, expect, it, test } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown';
import { renderText } from '../../src/report/text';
import { change, mixed, report, spec } from './helpers';

const ESC = '\u001b';
// SGR colour sequences, built from ESC so the pattern holds no literal control character.
const SGR_ANY = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');
const SGR_OURS = new RegExp(`^${ESC}\\[(0|1|2|31|32|33|35|36)m$`);

describe('renderText', () => {
  test('a warning that says what cannot be told names no one it breaks; other warnings keep their words', () => {
    const unknown = change('warning', {
      rule: 'payload.property.sunset.unreadable',
      message: 'The x-sunset of isbn went from (none) to soon',
    });
    const strict = change('warning', { rule: 'payload.enum.value-added', message: 'Enum value added' });
    const out = renderText(report([spec([unknown, strict])]), { color: false });
    expect(out).toContain(
      'The x-sunset of isbn went from (none) to soon [/books (clients send)], whom it affects cannot be told: read it (payload.property.sunset.unreadable)',
    );
    expect(out).toContain(
      'Enum value added [/books (clients send)], breaks clients that send these messages and validate strictly',
    );
  });

  test('grouped by spec then type, breaking first, one line per change starting with file:line', () => {
    const out = renderText(
      report([mixed().specs[0] ?? spec([]), spec([change('non-breaking', { message: 'Other' })], { file: 'b.yaml' })]),
      { color: false },
    );
    const lines = out.split('\n');
    expect(lines).toContain('asyncapi.yaml');
    expect(lines).toContain('b.yaml');
    const index = (needle: string): number => lines.findIndex((l) => l.includes(needle));
    const order = [
      index('2 breaking changes'),
      index('Property became required'),
      index('Channel removed'),
      index('  1 warning'),
      index('Enum value added'),
      index('Optional property added'),
      index('Something odd'),
      lines.indexOf('b.yaml'),
      index('Other'),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines).toContain(
      '    resources/book.yaml:14: Property became required [/books (clients send)], breaks clients that send these messages (test.breaking)',
    );
    // No resource position: the spec file and the pointer in it.
    expect(lines).toContain(
      '    asyncapi.yaml#/components/schemas/book/properties/isbn: Channel removed [/authors], breaks existing clients (test.breaking)',
    );
    expect(out.endsWith('2 breaking changes, 1 warning, 2 non-breaking changes, 1 unclassified change\n')).toBe(true);
  });

  test('colour only when asked for', () => {
    expect(renderText(mixed(), { color: false })).not.toContain(ESC);
    const colored = renderText(mixed(), { color: true });
    expect(colored).toContain(`${ESC}[31m  2 breaking changes${ESC}[0m`);
    expect(colored).toContain(`${ESC}[33m  1 warning${ESC}[0m`);
    expect(colored).toContain(`${ESC}[36mresources/book.yaml:14${ESC}[0m: ${ESC}[31mProperty became required${ESC}[0m`);
    // Same text once the colour codes are taken out.
    expect(colored.replace(SGR_ANY, '')).toBe(renderText(mixed(), { color: false }));
  });

  test('states: no changes, drift, new API, skipped baseline, no base revision', () => {
    expect(renderText(report([spec([])]), { color: false })).toContain('  No breaking changes; no API changes\n');
    expect(renderText(report([spec([], { drift: true })]), { color: false })).toContain(
      '  out of date with its resources: run npx firestone-spec update\n',
    );
    expect(renderText(report([spec([], { drift: true })]), { color: false, fixCommand: 'make spec' })).toContain(
      'run make spec',
    );
    expect(renderText(report([spec([], { drift: true })]), { color: false })).toMatch(/; drift\n$/);
    expect(
      renderText(report([spec([change('non-breaking')], { baseline: { ref: null, found: false } })]), { color: false }),
    ).toContain('new API: no baseline, every change is an addition');
    expect(
      renderText(report([spec([], { baseline: { ref: 'main', found: true, error: 'bad' } })]), { color: false }),
    ).toContain('baseline at main unreadable, breaking-change check skipped: bad');
    // The first line under the file name says the check could not run, and claims nothing else.
    const skipped = renderText(report([spec([], { baseline: { ref: 'main', found: true, error: 'bad' } })]), {
      color: false,
    }).split('\n');
    expect(skipped[1]).toBe('  Breaking-change check could not run: the baseline of asyncapi.yaml is unreadable');
    expect(skipped.join('\n')).not.toMatch(/no breaking/i);
    expect(renderText(report([spec([], { baseline: { ref: null, found: false } })]), { color: false })).toContain(
      'no base revision: breaking-change check not run',
    );
  });

  test('hostile text cannot inject escape sequences or lines, even with colour on', () => {
    const evil = change('breaking', {
      message: `ok${ESC}[2J${ESC}]0;title\u0007\nFAKE LINE`,
      source: { file: `res/${ESC}[31mx.yaml`, line: 2 },
      locations: [{ channel: `/c\r\nhidden`, direction: 'client-sends', operation: 'publish' }],
    });
    for (const color of [false, true]) {
      const out = renderText(report([spec([evil], { file: `spec${ESC}[8m.yaml` })]), { color });
      const escapes = out.match(SGR_ANY) ?? [];
      // The only escape sequences are SGR colours we wrote, and none without colour.
      expect(out.split(ESC).length - 1).toBe(escapes.length);
      expect(escapes.every((e) => SGR_OURS.test(e))).toBe(true);
      if (!color) expect(escapes).toEqual([]);
      expect(out.split('\n').filter((l) => l.includes('FAKE LINE'))).toHaveLength(1);
      expect(out).not.toMatch(/^FAKE/m);
    }
  });
});

describe('what the change list was compared with', () => {
  it('names the baseline revision, or the working-tree file for a local check without --base', () => {
    const atRevision = report([spec([], { baseline: { ref: 'a'.repeat(40), found: true } })], null);
    const inWorktree = report([spec([], { baseline: { ref: null, found: true } })], null);
    expect(renderText(atRevision, { color: false })).toContain(`compared with the baseline at ${'a'.repeat(12)}`);
    expect(renderText(inWorktree, { color: false })).toContain('compared with the file in the working tree');
    expect(renderMarkdown(inWorktree, { allowBreakingLabel: 'x' })).toContain(
      'compared with the file as it is in the working tree',
    );
  });
});

describe('the perspective', () => {
  it('is stated when the documents were read from the client side, and only where a comparison was made', () => {
    const client = renderText(report([spec([], { perspective: 'client' })], null), { color: false });
    expect(client).toContain("  perspective client: operations read from the client's side");
    const skipped = report(
      [spec([], { perspective: 'client', baseline: { ref: null, found: true, error: 'x' } })],
      null,
    );
    expect(renderText(skipped, { color: false })).not.toContain('perspective');
    expect(renderText(report([spec([], { perspective: 'application' })], null), { color: false })).not.toContain(
      'perspective',
    );
  });
});
