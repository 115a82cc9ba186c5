import { describe, expect, it } from 'vitest';
import { sickLeaveRow } from '../../../tests/helpers/sick-leave';
import { aggregateSickLeave } from './aggregate';
import { indexMunicipalities, indexSickLeave } from './data';
import { toQuarter } from './period';
import type { SickLeaveRow } from '../schemas';

const r = sickLeaveRow;

// Three municipalities, 2008 Q1-Q4. Levanger has no Q3 (a gap); in Q3 nobody in pool 2 has data.
const rows: SickLeaveRow[] = [
  r('verdal', 2008, 1, 100, 1000),
  r('verdal', 2008, 2, 80, 1000),
  r('verdal', 2008, 3, 60, 1000),
  r('verdal', 2008, 4, 90, 1000),
  r('verdal', 2008, 1, 40, 300, 'pleie-og-omsorg'),
  r('levanger', 2008, 1, 30, 100),
  r('levanger', 2008, 2, 20, 100),
  r('levanger', 2008, 4, 25, 100),
  r('levanger', 2008, 1, 12, 60, 'pleie-og-omsorg'),
  r('tana', 2008, 1, 9, 50),
  r('tana', 2008, 2, 5, 50),
  r('tana', 2008, 4, 4, 50),
  r('ovrige-kommuner', 2008, 1, 1000, 10000),
];
const index = indexSickLeave(rows);
const municipalities = indexMunicipalities([
  { id: 'verdal', data: { pulje: '1', fylke: 'Nord-Trøndelag', nettverk: 'midt' } },
  { id: 'levanger', data: { pulje: '1', fylke: 'Nord-Trøndelag', nettverk: 'midt' } },
  { id: 'tana', data: { pulje: 'innsats', fylke: 'Finnmark' } },
]);

describe('aggregateSickLeave', () => {
  it('weights a pool per quarter by agreed work-days', () => {
    const result = aggregateSickLeave(index, municipalities, { by: 'pulje' });
    expect(result.series.map((s) => s.group)).toEqual(['innsats', '1']); // programme order
    const pool1 = result.series[1]!;
    expect(pool1.members).toEqual(['verdal', 'levanger']);
    const q1 = pool1.points[0]!;
    expect(q1).toMatchObject({ period: '2008-K1', år: 2008, kvartal: 1, lost: 130, agreed: 1100 });
    expect(q1.percent).toBeCloseTo((100 * 130) / 1100, 12); // 11.82 %, not (10 + 30) / 2 = 20 %
    expect(q1).toMatchObject({ contributors: 2, members: 2, complete: true });
  });

  it('keeps a gap a gap and counts only the municipalities that have the quarter', () => {
    const result = aggregateSickLeave(index, municipalities, { by: 'pulje' });
    const [innsats, pool1] = result.series;
    // Q3: Levanger is missing, so pool 1 is Verdal alone, flagged as partial.
    const q3 = pool1!.points[2]!;
    expect(q3).toMatchObject({
      period: '2008-K3',
      lost: 60,
      agreed: 1000,
      contributors: 1,
      members: 2,
      complete: false,
    });
    expect(q3.percent).toBeCloseTo(6, 12);
    // Tana (the only innsats municipality) has no Q3: a gap, not 0 and not interpolated.
    expect(innsats!.points[2]).toMatchObject({
      percent: null,
      contributors: 0,
      lost: 0,
      agreed: 0,
    });
    expect(innsats!.points.map((p) => p.percent === null)).toEqual([false, false, true, false]);
  });

  it('sums a year over the municipality-quarters present and flags missing quarters', () => {
    const result = aggregateSickLeave(index, municipalities, { by: 'pulje', interval: 'year' });
    const pool1 = result.series[1]!;
    expect(pool1.points).toHaveLength(1);
    const year = pool1.points[0]!;
    expect(year).toMatchObject({
      period: '2008',
      kvartal: null,
      lost: 330 + 75,
      agreed: 4000 + 300,
    });
    expect(year).toMatchObject({ contributors: 2, observations: 7, members: 2, complete: false });
    expect(year.percent).toBeCloseTo((100 * 405) / 4300, 12);
  });

  it('sums only the quarters of a given range into a yearly point', () => {
    const range = { from: toQuarter(2008, 2), to: toQuarter(2008, 4) };
    const result = aggregateSickLeave(index, municipalities, {
      by: 'pulje',
      interval: 'year',
      range,
    });
    // Pool 1 without Q1: Verdal 230/3000, Levanger 45/200; 5 of 6 municipality-quarters.
    expect(result.series[1]!.points[0]).toMatchObject({
      lost: 275,
      agreed: 3200,
      observations: 5,
      complete: false,
    });
  });

  it('groups by network (leaving out municipalities without one), county and the programme', () => {
    const byNetwork = aggregateSickLeave(index, municipalities, { by: 'nettverk' });
    expect(byNetwork.series.map((s) => [s.group, s.members])).toEqual([['midt', ['verdal', 'levanger']]]);
    const byCounty = aggregateSickLeave(index, municipalities, { by: 'fylke' });
    expect(byCounty.series.map((s) => s.group)).toEqual(['Finnmark', 'Nord-Trøndelag']);
    const programme = aggregateSickLeave(index, municipalities, { by: 'program' });
    expect(programme.series).toHaveLength(1);
    expect(programme.series[0]!.points[0]).toMatchObject({
      lost: 139,
      agreed: 1150,
      contributors: 3,
    });
    // The reference series is not a programme municipality.
    expect(programme.unmatched).toEqual(['ovrige-kommuner']);
  });

  it('groups by sector without mixing the sectors with "alle"', () => {
    const bySector = aggregateSickLeave(index, municipalities, { by: 'sektor' });
    expect(bySector.sektor).toBeNull();
    expect(bySector.series.map((s) => s.group)).toEqual(['alle', 'pleie-og-omsorg', 'oppvekst']);
    const care = bySector.series[1]!.points[0]!;
    expect(care).toMatchObject({
      lost: 52,
      agreed: 360,
      contributors: 2,
      members: 3,
      complete: false,
    });
    expect(bySector.series[2]!.points.every((p) => p.percent === null)).toBe(true);
    const careOnly = aggregateSickLeave(index, municipalities, {
      by: 'program',
      sektor: 'pleie-og-omsorg',
    });
    expect(careOnly.series[0]!.points[0]).toMatchObject({ lost: 52, agreed: 360 });
  });

  it('gives each municipality, and any other series in the index, its own series', () => {
    const result = aggregateSickLeave(index, municipalities, {
      by: 'kommune',
      range: { from: toQuarter(2008, 1), to: toQuarter(2008, 2) },
    });
    expect(result.series.map((s) => s.group)).toEqual(['levanger', 'ovrige-kommuner', 'tana', 'verdal']);
    const reference = result.series[1]!;
    expect(reference.points.map((p) => p.percent)).toEqual([10, null]);
  });
});
