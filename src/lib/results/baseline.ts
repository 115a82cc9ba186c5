/**
 * Change in sick leave from each municipality's baseline to its latest period, in
 * percentage points.
 *
 * - Baseline: the calendar year before the municipality's pool joined the programme
 *   (`BASELINE_YEAR_BY_POOL`), weighted over its four quarters.
 * - Latest period: the last four quarters available for the municipality, that is the four
 *   consecutive calendar quarters ending with its latest quarter with data. Four quarters
 *   make a full year of seasons, so the two figures compare like with like (sick leave is
 *   higher in winter). Both are weighted annual figures (Σ lost / Σ agreed).
 * - A change is only computed when both periods have all four quarters and the latest
 *   period starts after the baseline year; otherwise `change` is null and `status` says why.
 */
import { POOL_RECORDS, POOLS, type Pool } from '../schemas/vocabulary';
import { type MunicipalityIndex, type SectorKey, type SickLeaveIndex, lastQuarterOf, sumRange } from './data';
import { type QuarterRange, fourQuartersEndingAt, rangeLength, yearRange } from './period';
import { percentOf } from './weighted';

/**
 * The baseline year of each pool: the year before it joined (POOL_RECORDS in
 * src/lib/schemas/vocabulary.ts, with when each pool started and why).
 */
export const BASELINE_YEAR_BY_POOL: Readonly<Record<Pool, number>> = Object.fromEntries(
  POOLS.map((p) => [p, POOL_RECORDS[p].baselineYear]),
) as Record<Pool, number>;

/** A weighted figure over a range of quarters. */
export interface PeriodFigure {
  range: QuarterRange;
  /** Quarters of the range with data (4 for a complete year). */
  quarters: number;
  lost: number;
  agreed: number;
  /** 100 · lost / agreed over the quarters with data; null when there are none. */
  percent: number | null;
}

/**
 * Why a change is or is not computed:
 * - ok: both periods complete, latest after baseline
 * - no-data: no rows at all for the municipality and sector
 * - incomplete-baseline: a quarter of the baseline year is missing
 * - no-follow-up: the latest four quarters do not start after the baseline year
 * - incomplete-latest: a quarter of the latest four is missing
 */
export type ChangeStatus = 'ok' | 'no-data' | 'incomplete-baseline' | 'no-follow-up' | 'incomplete-latest';

export interface BaselineChange {
  kommune: string;
  pulje: Pool;
  sektor: SectorKey;
  baselineYear: number;
  baseline: PeriodFigure | null;
  latest: PeriodFigure | null;
  /** latest − baseline in percentage points (negative: sick leave went down); null unless ok. */
  change: number | null;
  status: ChangeStatus;
}

/** The weighted figure of one municipality (or reference series) over a range. */
export function periodFigure(
  index: SickLeaveIndex,
  kommune: string,
  sektor: SectorKey,
  range: QuarterRange,
): PeriodFigure {
  const sum = sumRange(index, kommune, sektor, range);
  return {
    range,
    quarters: sum.quarters,
    lost: sum.lost,
    agreed: sum.agreed,
    percent: percentOf(sum),
  };
}

/** The last four quarters available: the four quarters ending with the latest with data. */
export function latestWindow(index: SickLeaveIndex, kommune: string, sektor: SectorKey): QuarterRange | null {
  const last = lastQuarterOf(index, kommune, sektor);
  return last === null ? null : fourQuartersEndingAt(last);
}

/** Change from baseline to the latest four quarters for one municipality. */
export function baselineChange(
  index: SickLeaveIndex,
  kommune: string,
  pulje: Pool,
  sektor: SectorKey = 'alle',
): BaselineChange {
  const baselineYear = BASELINE_YEAR_BY_POOL[pulje];
  const result: BaselineChange = {
    kommune,
    pulje,
    sektor,
    baselineYear,
    baseline: null,
    latest: null,
    change: null,
    status: 'no-data',
  };
  const window = latestWindow(index, kommune, sektor);
  if (!window) return result;
  const baseRange = yearRange(baselineYear);
  result.baseline = periodFigure(index, kommune, sektor, baseRange);
  result.latest = periodFigure(index, kommune, sektor, window);
  if (result.baseline.quarters < rangeLength(baseRange)) result.status = 'incomplete-baseline';
  else if (window.from <= baseRange.to) result.status = 'no-follow-up';
  else if (result.latest.quarters < rangeLength(window)) result.status = 'incomplete-latest';
  else if (result.latest.percent !== null && result.baseline.percent !== null) {
    result.status = 'ok';
    result.change = result.latest.percent - result.baseline.percent;
  }
  return result;
}

/** Baseline changes of every municipality in the index, in its order. */
export function baselineChanges(
  index: SickLeaveIndex,
  municipalities: MunicipalityIndex,
  sektor: SectorKey = 'alle',
): BaselineChange[] {
  return [...municipalities].map(([id, m]) => baselineChange(index, id, m.pulje, sektor));
}
