import { describe, expect, it } from 'vitest';
import { sickLeaveRow } from '../../../tests/helpers/sick-leave';
import { aggregateSickLeave } from './aggregate';
import { indexMunicipalities, indexSickLeave } from './data';
import { percentOf, sumWorkDays } from './weighted';

/** The weighted sick-leave percentage of a group: 100 · Σ lost / Σ agreed, null when empty. */
const weightedSickLeave = (rows: Parameters<typeof sumWorkDays>[0]) => percentOf(sumWorkDays(rows));

/** Q1 2008 of a municipality. */
const row = (kommune: string, lost: number, agreed: number) => sickLeaveRow(kommune, 2008, 1, lost, agreed);

// A large and a small municipality: 5 % of 100 000 and 20 % of 1 000 agreed work-days.
const large = row('stor', 5_000, 100_000);
const small = row('liten', 200, 1_000);

describe('weighted sick leave', () => {
  it('is Σ lost / Σ agreed, not the mean of the percentages', () => {
    const meanOfPercentages = (5 + 20) / 2; // 12.5 %: the small municipality counts as much as the large
    const weighted = weightedSickLeave([large, small]);
    expect(weighted).toBeCloseTo((100 * 5_200) / 101_000, 10); // 5.1485 %
    expect(weighted).not.toBeCloseTo(meanOfPercentages, 1);
    expect(Math.abs(weighted! - meanOfPercentages)).toBeGreaterThan(7);
  });

  it('is what the aggregates use for a group', () => {
    const index = indexSickLeave([large, small]);
    const municipalities = indexMunicipalities([
      { id: 'stor', data: { pulje: '1', fylke: 'Oslo' } },
      { id: 'liten', data: { pulje: '1', fylke: 'Oslo' } },
    ]);
    const [pool] = aggregateSickLeave(index, municipalities, { by: 'pulje' }).series;
    expect(pool?.points[0]?.percent).toBeCloseTo(weightedSickLeave([large, small])!, 12);
    expect(pool?.points[0]?.percent).not.toBeCloseTo(12.5, 1);
  });

  it('sums work-days and gives null, not 0, for an empty group', () => {
    expect(sumWorkDays([large, small])).toEqual({ lost: 5_200, agreed: 101_000 });
    expect(weightedSickLeave([])).toBeNull();
    expect(percentOf({ lost: 0, agreed: 0 })).toBeNull();
    expect(percentOf({ lost: 0, agreed: 10 })).toBe(0);
  });
});
