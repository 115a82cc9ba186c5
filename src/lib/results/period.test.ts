import { describe, expect, it } from 'vitest';
import {
  formatQuarter,
  formatRange,
  fourQuartersEndingAt,
  quarterKey,
  quarterOf,
  toQuarter,
  yearOf,
  yearRange,
} from './period';

describe('quarters', () => {
  it('numbers quarters so that the next quarter is one more, across a new year', () => {
    expect(toQuarter(2008, 1) - toQuarter(2007, 4)).toBe(1);
    expect(yearOf(toQuarter(2009, 3))).toBe(2009);
    expect(quarterOf(toQuarter(2009, 3))).toBe(3);
    expect(quarterKey(toQuarter(2009, 3))).toBe('2009-K3');
    expect(() => toQuarter(2009, 5)).toThrow(RangeError);
  });

  it('writes quarters and ranges in Norwegian', () => {
    expect(formatQuarter(toQuarter(2008, 4))).toBe('4. kvartal 2008');
    expect(formatRange(yearRange(2006))).toBe('2006');
    expect(formatRange(fourQuartersEndingAt(toQuarter(2009, 3)))).toBe('4. kvartal 2008 – 3. kvartal 2009');
    expect(formatRange({ from: toQuarter(2008, 4), to: toQuarter(2008, 4) })).toBe('4. kvartal 2008');
  });
});
