import { describe, expect, it } from 'vitest';
import { sickLeaveRow, sickLeaveYear } from '../../../tests/helpers/sick-leave';
import { REFERENCE_SERIES_ID, compareWithReference } from './compare';
import { indexSickLeave } from './data';
import { toQuarter, yearRange } from './period';

const r = sickLeaveRow;
const year = sickLeaveYear;

describe('compareWithReference', () => {
  it('reproduces the published comparison Q4 2008 → Q3 2009 (KS data, Fagbladet 2010/03)', () => {
    // Participants 10.4 % → 10.3 %, the other municipalities 9.7 % → 9.9 %.
    const index = indexSickLeave([
      r('deltaker', 2008, 4, 1040, 10_000),
      r('deltaker', 2009, 3, 1030, 10_000),
      r(REFERENCE_SERIES_ID, 2008, 4, 9700, 100_000),
      r(REFERENCE_SERIES_ID, 2009, 3, 9900, 100_000),
    ]);
    const q4 = toQuarter(2008, 4);
    const q3 = toQuarter(2009, 3);
    const result = compareWithReference(index, ['deltaker'], {
      before: { from: q4, to: q4 },
      after: { from: q3, to: q3 },
    });
    expect(result.programme.change).toBeCloseTo(-0.1, 10);
    expect(result.reference.change).toBeCloseTo(0.2, 10);
    // The programme developed 0.3 percentage points better than the other municipalities.
    expect(result.difference).toBeCloseTo(-0.3, 10);
  });

  it('defaults to 2006 against the last four quarters both sides have, over a balanced panel', () => {
    const index = indexSickLeave([
      ...year('a', 2006, 100, 1000), // 10 %
      ...year('a', 2009, 90, 1000), // 9 %
      ...year('b', 2006, 60, 500), // 12 %
      ...year('b', 2009, 55, 500), // 11 %
      ...year('c', 2006, 10, 100), // no 2009 data: left out of both periods
      ...year(REFERENCE_SERIES_ID, 2006, 950, 10_000), // 9.5 %
      ...year(REFERENCE_SERIES_ID, 2009, 990, 10_000), // 9.9 %
      r(REFERENCE_SERIES_ID, 2010, 1, 1000, 10_000), // beyond the programme's data: not used
    ]);
    const result = compareWithReference(index, ['a', 'b', 'c']);
    expect(result.before).toEqual(yearRange(2006));
    expect(result.after).toEqual(yearRange(2009));
    expect(result.included).toEqual(['a', 'b']);
    expect(result.excluded).toEqual(['c']);
    // Programme 2006: (400 + 240) / (4000 + 2000) = 10.667 %; 2009: (360 + 220) / 6000 = 9.667 %.
    expect(result.programme.before.percent).toBeCloseTo((100 * 640) / 6000, 10);
    expect(result.programme.change).toBeCloseTo(-1, 10);
    expect(result.reference.change).toBeCloseTo(0.4, 10);
    expect(result.difference).toBeCloseTo(-1.4, 10);
  });

  it('gives no difference when the reference lacks a quarter', () => {
    const index = indexSickLeave([
      ...year('a', 2006, 100, 1000),
      ...year('a', 2009, 90, 1000),
      ...year(REFERENCE_SERIES_ID, 2006, 950, 10_000).slice(0, 3),
      ...year(REFERENCE_SERIES_ID, 2009, 990, 10_000),
    ]);
    const result = compareWithReference(index, ['a']);
    expect(result.programme.change).toBeCloseTo(-1, 10);
    expect(result.reference.change).toBeNull();
    expect(result.difference).toBeNull();
  });

  it('gives no change at all without data', () => {
    const result = compareWithReference(indexSickLeave([]), ['a']);
    expect(result.difference).toBeNull();
    expect(result.programme.change).toBeNull();
    expect(result.reference.change).toBeNull();
    expect(result.excluded).toEqual(['a']);
  });
});
