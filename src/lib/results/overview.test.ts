import { describe, expect, it } from 'vitest';
import type { AggregatePoint, GroupSeries } from './aggregate';
import { countGoalStatuses, inGroupNameOrder, inPoolOrder, percentExtent, sectorsOnly, yearsOf } from './overview';

const point = (år: number, percent: number | null): AggregatePoint => ({
  period: String(år),
  år,
  kvartal: null,
  lost: 0,
  agreed: 0,
  percent,
  contributors: 0,
  members: 0,
  observations: 0,
  complete: true,
});
const series = (group: string, points: AggregatePoint[] = []): GroupSeries => ({ group, members: [], points });

describe('countGoalStatuses', () => {
  it('counts each status and the total', () => {
    expect(countGoalStatuses(['reached', 'no-data', 'not-reached', 'reached'])).toEqual({
      total: 4,
      reached: 2,
      notReached: 1,
      noData: 1,
    });
    expect(countGoalStatuses([])).toEqual({ total: 0, reached: 0, notReached: 0, noData: 0 });
  });
});

describe('percentExtent', () => {
  it('takes the lowest and highest figure of every series, skipping gaps', () => {
    const s = [series('a', [point(2006, 9.8), point(2007, null)]), series('b', [point(2006, 7.1), point(2007, 11.4)])];
    expect(percentExtent(s)).toEqual({ min: 7.1, max: 11.4 });
  });

  it('is null when no point has a figure', () => {
    expect(percentExtent([series('a', [point(2006, null)])])).toBeNull();
    expect(percentExtent([])).toBeNull();
  });
});

describe('group order', () => {
  it('lists pools in programme order, whatever order they come in', () => {
    const s = ['3', '1', 'innsats', '4', '2'].map((g) => series(g));
    expect(inPoolOrder(s).map((x) => x.group)).toEqual(['innsats', '1', '2', '3', '4']);
  });

  it('lists counties in Norwegian alphabetical order (Ø after Z)', () => {
    const s = ['Østfold', 'Akershus', 'Vestfold', 'Nord-Trøndelag'].map((g) => series(g));
    expect(inGroupNameOrder(s).map((x) => x.group)).toEqual(['Akershus', 'Nord-Trøndelag', 'Vestfold', 'Østfold']);
  });

  it('leaves the whole-municipality sum out of the sectors', () => {
    expect(sectorsOnly([series('alle'), series('skole'), series('barnehage')]).map((x) => x.group)).toEqual([
      'skole',
      'barnehage',
    ]);
  });

  it('collects the years of all series in ascending order', () => {
    expect(
      yearsOf([series('a', [point(2008, 1), point(2006, 1)]), series('b', [point(2007, 1), point(2008, 2)])]),
    ).toEqual([2006, 2007, 2008]);
  });
});
