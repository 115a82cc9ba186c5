import { describe, expect, it } from 'vitest';
import { sickLeaveRow, sickLeaveYear } from '../../../tests/helpers/sick-leave';
import { BASELINE_YEAR_BY_POOL, baselineChange, baselineChanges, latestWindow } from './baseline';
import { indexMunicipalities, indexSickLeave } from './data';
import { toQuarter } from './period';

/** A quarter with 1000 agreed work-days unless told. */
const r = (kommune: string, år: number, kvartal: number, lost: number, agreed = 1000) =>
  sickLeaveRow(kommune, år, kvartal, lost, agreed);
/** Quarters of a year with the given lost work-days, 1000 agreed work-days each unless told. */
const year = (kommune: string, år: number, lost: number[], agreed: number | number[] = 1000) =>
  sickLeaveYear(kommune, år, lost, agreed);

describe('BASELINE_YEAR_BY_POOL', () => {
  it('is the year before each pool joined', () => {
    // innsats and pool 1 joined 2007, pool 2 autumn 2007, pool 3 autumn 2008, pool 4 spring 2009.
    expect(BASELINE_YEAR_BY_POOL).toEqual({
      innsats: 2006,
      '1': 2006,
      '2': 2006,
      '3': 2007,
      '4': 2008,
    });
  });
});

describe('baselineChange', () => {
  it('compares the weighted baseline year with the last four quarters available', () => {
    const index = indexSickLeave([
      ...year('verdal', 2006, [110, 100, 90, 100], [1000, 1000, 1000, 1000]),
      ...year('verdal', 2008, [100, 90, 80, 90]),
      // The latest data end in Q2 2009: the last four quarters are Q3 2008 – Q2 2009.
      r('verdal', 2009, 1, 90, 2000),
      r('verdal', 2009, 2, 70, 1000),
    ]);
    expect(latestWindow(index, 'verdal', 'alle')).toEqual({
      from: toQuarter(2008, 3),
      to: toQuarter(2009, 2),
    });
    const change = baselineChange(index, 'verdal', '1');
    expect(change.status).toBe('ok');
    expect(change.baseline).toMatchObject({ quarters: 4, lost: 400, agreed: 4000, percent: 10 });
    // 80 + 90 + 90 + 70 = 330 over 1000 + 1000 + 2000 + 1000 = 5000: 6.6 %, weighted
    // (the mean of the four percentages would be (8 + 9 + 4.5 + 7) / 4 = 7.125 %).
    expect(change.latest).toMatchObject({ quarters: 4, lost: 330, agreed: 5000 });
    expect(change.latest!.percent).toBeCloseTo(6.6, 12);
    expect(change.change).toBeCloseTo(-3.4, 12);
  });

  it('takes the baseline year from the pool', () => {
    const index = indexSickLeave([
      ...year('alta', 2006, [50, 50, 50, 50]),
      ...year('alta', 2007, [80, 80, 80, 80]),
      ...year('alta', 2009, [70, 70, 70, 70]),
    ]);
    expect(baselineChange(index, 'alta', '2').baselineYear).toBe(2006);
    const pool3 = baselineChange(index, 'alta', '3');
    expect(pool3.baselineYear).toBe(2007);
    expect(pool3.baseline!.percent).toBe(8);
    expect(pool3.change).toBeCloseTo(-1, 12);
  });

  it('says why no change is computed', () => {
    const index = indexSickLeave([
      ...year('a', 2006, [10, 10, 10]), // Q4 2006 missing
      ...year('a', 2009, [10, 10, 10, 10]),
      ...year('b', 2008, [10, 10, 10, 10]), // pool 4: baseline 2008, nothing after it
      ...year('c', 2006, [10, 10, 10, 10]),
      r('c', 2009, 1, 10),
      r('c', 2009, 3, 10),
      r('c', 2009, 4, 10), // Q2 2009 missing in the latest four
    ]);
    expect(baselineChange(index, 'a', '1')).toMatchObject({
      status: 'incomplete-baseline',
      change: null,
    });
    expect(baselineChange(index, 'a', '1').baseline?.quarters).toBe(3);
    expect(baselineChange(index, 'b', '4')).toMatchObject({ status: 'no-follow-up', change: null });
    expect(baselineChange(index, 'c', '1')).toMatchObject({
      status: 'incomplete-latest',
      change: null,
    });
    expect(baselineChange(index, 'd', '1')).toMatchObject({
      status: 'no-data',
      baseline: null,
      latest: null,
    });
  });

  it('computes every municipality of the index', () => {
    const index = indexSickLeave([...year('a', 2006, [10, 10, 10, 10]), ...year('a', 2009, [5, 5, 5, 5])]);
    const municipalities = indexMunicipalities([
      { id: 'a', data: { pulje: '1', fylke: 'Oslo' } },
      { id: 'b', data: { pulje: '4', fylke: 'Oslo' } },
    ]);
    const changes = baselineChanges(index, municipalities);
    expect(changes.map((c) => [c.kommune, c.status, c.change])).toEqual([
      ['a', 'ok', -0.5],
      ['b', 'no-data', null],
    ]);
  });
});
