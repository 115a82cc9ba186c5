/**
 * The statistics /resultater/ states about many series at once: goal statuses counted, the common
 * range of the small multiples, and the order the tables list groups in. Pure; no formatting.
 */
import { compareNb } from '../format/nb';
import { POOLS, type Pool } from '../schemas/vocabulary';
import type { GroupSeries } from './aggregate';
import type { GoalStatus } from './goals';

export interface GoalStatusCounts {
  total: number;
  reached: number;
  notReached: number;
  noData: number;
}

/** How many goals have each status. */
export function countGoalStatuses(statuses: Iterable<GoalStatus>): GoalStatusCounts {
  const counts: GoalStatusCounts = { total: 0, reached: 0, notReached: 0, noData: 0 };
  for (const s of statuses) {
    counts.total++;
    if (s === 'reached') counts.reached++;
    else if (s === 'not-reached') counts.notReached++;
    else counts.noData++;
  }
  return counts;
}

/** Lowest and highest percent of any point of the series; null when no point has a figure. */
export function percentExtent(series: readonly GroupSeries[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      if (p.percent === null) continue;
      if (p.percent < min) min = p.percent;
      if (p.percent > max) max = p.percent;
    }
  }
  return min === Infinity ? null : { min, max };
}

/** Pool series in the programme's pool order (innsats, 1, 2, 3, 4); other groups last. */
export function inPoolOrder<T extends Pick<GroupSeries, 'group'>>(series: readonly T[]): T[] {
  const rank = (g: string) => {
    const i = POOLS.indexOf(g as Pool);
    return i === -1 ? POOLS.length : i;
  };
  return [...series].sort((a, b) => rank(a.group) - rank(b.group));
}

/** Series in Norwegian alphabetical order of their group key (counties). */
export function inGroupNameOrder<T extends Pick<GroupSeries, 'group'>>(series: readonly T[]): T[] {
  return [...series].sort((a, b) => compareNb(a.group, b.group));
}

/** Sector series without the whole-municipality sum ("alle"), which the other tables show. */
export function sectorsOnly<T extends Pick<GroupSeries, 'group'>>(series: readonly T[]): T[] {
  return series.filter((s) => s.group !== 'alle');
}

/** The years any series has a point for, ascending. */
export function yearsOf(series: readonly GroupSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.år)))].sort((a, b) => a - b);
}
