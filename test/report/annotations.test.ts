import { describe, expect, test } from 'vitest';
import { formatAnnotationCommand, toAnnotations, type Annotation } from '../../src/report/annotations';
import type { ChangeType } from '../../src/types';
import { change, mixed, report, spec } from './helpers';

const levels = (list: Annotation[]) => list.map((a) => a.level);

describe('toAnnotations', () => {
  test('breaking = error, warning = warning, the rest notices; on the resource file and line', () => {
    const list = toAnnotations(mixed());
    expect(levels(list)).toEqual(['error', 'error', 'warning', 'notice', 'notice']);
    expect(list[0]).toEqual({
      level: 'error',
      file: 'resources/book.yaml',
      line: 14,
      title: 'Breaking change in asyncapi.yaml',
      message:
        'Property became required. On /books (clients send). This breaks clients that send these messages. Rule test.breaking.',
    });
    // No resource position: on the spec file, no line.
    expect(list[1]).toMatchObject({
      level: 'error',
      file: 'asyncapi.yaml',
      message: expect.stringContaining('Channel removed.'),
    });
    expect(list[1]?.line).toBeUndefined();
  });

  test('drift is one annotation, on the spec file when there is one; a notice when fixed', () => {
    const one = toAnnotations(report([spec([], { drift: true })]));
    expect(one).toEqual([
      {
        level: 'warning',
        file: 'asyncapi.yaml',
        title: 'Spec out of date',
        message:
          'asyncapi.yaml does not match what the resource files generate. Run npx firestone-spec update and commit the result.',
      },
    ]);
    const two = toAnnotations(
      report([spec([], { drift: true, file: 'a.yaml' }), spec([], { drift: true, file: 'b.yaml' })]),
    );
    expect(two).toHaveLength(1);
    expect(two[0]?.file).toBeUndefined();
    expect(two[0]?.message).toContain('a.yaml, b.yaml do not match');
    const fixed = toAnnotations(report([spec([], { drift: true })]), { driftFixed: true });
    expect(fixed).toMatchObject([{ level: 'notice', title: 'Spec regenerated' }]);
  });

  test('a skipped baseline is a warning', () => {
    const list = toAnnotations(report([spec([], { baseline: { ref: 'main', found: true, error: 'bad yaml' } })]));
    expect(list).toEqual([
      {
        level: 'warning',
        file: 'asyncapi.yaml',
        title: 'Breaking-change check skipped',
        message: 'The baseline of asyncapi.yaml could not be read or parsed: bad yaml',
      },
    ]);
  });

  test('nothing to say, nothing annotated', () => {
    expect(toAnnotations(report([spec([])]))).toEqual([]);
  });

  const many = (counts: Partial<Record<ChangeType, number>>) =>
    report([
      spec(
        (Object.entries(counts) as [ChangeType, number][]).flatMap(([type, n]) =>
          Array.from({ length: n }, (_, i) => change(type, { message: `${type} ${i}` })),
        ),
      ),
    ]);

  test('each level capped at 10, breaking kept first, one notice for the rest', () => {
    const list = toAnnotations(many({ 'non-breaking': 30, breaking: 25, warning: 12 }));
    expect(levels(list).filter((l) => l === 'error')).toHaveLength(10);
    expect(levels(list).filter((l) => l === 'warning')).toHaveLength(10);
    expect(levels(list).filter((l) => l === 'notice')).toHaveLength(10);
    expect(list.filter((a) => a.level === 'error').map((a) => a.message.split('.')[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `breaking ${i}`),
    );
    // 15 errors + 2 warnings + 21 notices (one slot went to the note itself) = 38.
    expect(list.at(-1)).toEqual({
      level: 'notice',
      title: 'More changes',
      message: '38 more annotations not shown (GitHub shows 10 per level); the job summary lists every change.',
    });
  });

  test('overflow of errors only: the note fits in a free notice slot', () => {
    const list = toAnnotations(many({ breaking: 11, unclassified: 2 }));
    expect(levels(list)).toEqual([...Array(10).fill('error'), 'notice', 'notice', 'notice']);
    expect(list.at(-1)?.message).toMatch(/^1 more annotation not shown/);
  });

  test('exactly at the cap: no note', () => {
    const list = toAnnotations(many({ breaking: 10, warning: 10, 'non-breaking': 10 }));
    expect(list).toHaveLength(30);
    expect(list.some((a) => a.title === 'More changes')).toBe(false);
  });

  test('custom cap', () => {
    const list = toAnnotations(many({ warning: 5 }), { max: 2 });
    expect(levels(list)).toEqual(['warning', 'warning', 'notice']);
    expect(list.at(-1)?.message).toMatch(/^3 more annotations not shown \(GitHub shows 2 per level\)/);
  });

  test('long messages are cut', () => {
    const [a] = toAnnotations(report([spec([change('breaking', { message: 'x'.repeat(5_000) })])]));
    expect(a?.message.length).toBeLessThanOrEqual(1_000);
  });
});

describe('formatAnnotationCommand', () => {
  test('error with file, line and title', () => {
    expect(
      formatAnnotationCommand({
        level: 'error',
        file: 'res/a.yaml',
        line: 3,
        title: 'Breaking change',
        message: 'msg',
      }),
    ).toBe('::error file=res/a.yaml,line=3,title=Breaking change::msg');
  });

  test('without file and line', () => {
    expect(formatAnnotationCommand({ level: 'notice', title: 'T', message: 'm' })).toBe('::notice title=T::m');
  });

  test('hostile text stays inside one command', () => {
    const line = formatAnnotationCommand({
      level: 'warning',
      file: 'a,line=1::x.yaml',
      line: 2,
      title: 'x:y,z\n::error::t',
      message: '100%\r\n::error file=x::forged\n::add-mask::secret',
    });
    expect(line).toBe(
      '::warning file=a%2Cline=1%3A%3Ax.yaml,line=2,title=x%3Ay%2Cz%0A%3A%3Aerror%3A%3At::100%25%0D%0A::error file=x::forged%0A::add-mask::secret',
    );
    expect(line).not.toMatch(/[\r\n]/);
    // Exactly one property section: the first `::` after the properties ends it.
    const props = line.slice('::warning '.length, line.indexOf('::', 2));
    expect(props.split(',').map((p) => p.split('=')[0])).toEqual(['file', 'line', 'title']);
  });

  test('every annotation of a hostile report formats as a single line', () => {
    const r = report([
      spec([change('breaking', { message: 'a\nb::error::c', source: { file: 'x\ny.yaml', line: 1 } })], {
        drift: true,
        file: 'sp\r\nec.yaml',
      }),
    ]);
    for (const a of toAnnotations(r)) {
      const line = formatAnnotationCommand(a);
      expect(line).not.toMatch(/[\r\n]/);
      expect(line.startsWith(`::${a.level} `)).toBe(true);
    }
  });
});
