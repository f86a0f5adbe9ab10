/**
 * Sunset dates as the lifecycle rows read them (docs/classification.md, "Deprecation and sunset"):
 * what counts as a date, and what a changed `x-sunset` means.
 */
import { describe, expect, it } from 'vitest';
import { sunsetChange, sunsetOf } from '../../src/compare/lifecycle';

describe('sunsetOf', () => {
  it('reads a day that exists, a date-time in UTC and a YAML date', () => {
    expect(sunsetOf('2030-06-01')).toBe('2030-06-01');
    expect(sunsetOf('2024-02-29')).toBe('2024-02-29');
    expect(sunsetOf('2030-06-01T23:30:00-02:00')).toBe('2030-06-02');
    expect(sunsetOf(new Date(Date.UTC(2030, 5, 1)))).toBe('2030-06-01');
  });

  it('reads no date from a day that does not exist or from anything else', () => {
    // Date would roll these over (2030-02-30 is March 2): a guessed day is worse than none.
    for (const v of [
      '2030-02-30',
      '2030-13-01',
      '2023-02-29',
      '2030-00-10',
      '2030-6-1',
      'soon',
      '',
      null,
      20300601,
      true,
    ])
      expect(sunsetOf(v), String(v)).toBeNull();
    expect(sunsetOf(new Date(Number.NaN))).toBeNull();
  });
});

describe('sunsetChange', () => {
  it('set or moved later is a mark; moved earlier breaks the promise', () => {
    expect(sunsetChange(undefined, '2030-06-01', true)).toBe('mark');
    expect(sunsetChange('2030-06-01', '2031-06-01', true)).toBe('mark');
    expect(sunsetChange('soon', '2030-06-01', true)).toBe('mark');
    expect(sunsetChange('2031-06-01', '2030-06-01', true)).toBe('earlier');
  });

  it('a date deleted, or made no date, while the element stays deprecated is dropped', () => {
    expect(sunsetChange('2030-06-01', undefined, true)).toBe('dropped');
    expect(sunsetChange('2030-06-01', 'later', true)).toBe('dropped');
  });

  it('a value written that is no date is said, not read as no sunset in silence', () => {
    expect(sunsetChange(undefined, 'next quarter', true)).toBe('unreadable');
    expect(sunsetChange(undefined, '2030-02-30', false)).toBe('unreadable');
    expect(sunsetChange('soon', 'later', true)).toBe('unreadable');
    expect(sunsetChange('2030-06-01', 'later', false)).toBe('unreadable');
  });

  it('the same day written another way, or a value that was no date deleted, is documentation', () => {
    expect(sunsetChange('2030-06-01', '2030-06-01T00:00:00Z', true)).toBe('doc');
    expect(sunsetChange('soon', undefined, true)).toBe('doc');
    // A date deleted from an element no longer deprecated promised nothing more.
    expect(sunsetChange('2030-06-01', undefined, false)).toBe('extension');
  });
});
