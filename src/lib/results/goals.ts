/**
 * Goal attainment of a project against its numeric sick-leave target
 * (`mål: [{ indikator: 'sykefravær', målverdi: 8, retning: 'ned' }]`).
 *
 * - Sector: the project's sector when it has exactly one and sick-leave rows for that
 *   sector exist for at least one of its municipalities; otherwise the whole municipality
 *   ("alle").
 * - Period: the latest year, that is the last four quarters available: the four quarters
 *   ending with the latest quarter any project municipality has in that sector.
 * - Figure: the weighted figure (Σ lost / Σ agreed) over those quarters of the project
 *   municipalities that have all four; the others are listed in `missing`.
 * - Result: "reached" when the figure, rounded to the decimals shown on the page (one by
 *   default), is at or below the target for `retning: 'ned'` (at or above for 'opp');
 *   "not-reached" otherwise; "no-data" when no municipality has the four quarters.
 *   Comparing at the shown precision means a page never says "9,95 % … not reached" for a
 *   target of 10 % next to a figure it prints as "10,0 %" reached, or the other way round.
 */
import type { Goal } from '../schemas';
import type { Sector } from '../schemas/vocabulary';
import { type SectorKey, type SickLeaveIndex, lastQuarterOf, quartersOf, sumRange } from './data';
import { type QuarterRange, fourQuartersEndingAt, rangeLength } from './period';
import { percentOf } from './weighted';

/** The parts of a project that goal attainment reads. */
export interface ProjectForGoals {
  readonly kommuner: readonly string[];
  readonly sektor: readonly Sector[];
  readonly mål: readonly Goal[];
}

/** A goal with a numeric sick-leave target. */
export type SickLeaveGoal = Goal & {
  indikator: 'sykefravær';
  målverdi: number;
  retning: 'ned' | 'opp';
};

export type GoalStatus = 'reached' | 'not-reached' | 'no-data';

export interface GoalAttainment {
  goal: SickLeaveGoal;
  /** Position of the goal in the project's `mål` list. */
  goalIndex: number;
  status: GoalStatus;
  /** Sector the figure is for. */
  sektor: SectorKey;
  /** The four quarters compared; null when there is no data. */
  period: QuarterRange | null;
  /** The weighted latest-year figure in per cent; null when there is no data. */
  figure: number | null;
  /** The target in per cent. */
  target: number;
  /** figure − target in percentage points (unrounded); null when there is no data. */
  difference: number | null;
  /** Municipalities counted. */
  municipalities: string[];
  /** Project municipalities without all four quarters. */
  missing: string[];
}

/** Whether a goal has a numeric sick-leave target. */
export function isSickLeaveGoal(goal: Goal): goal is SickLeaveGoal {
  return goal.indikator === 'sykefravær' && goal.målverdi !== undefined && goal.retning !== undefined;
}

/** The sector a project's sick-leave goals are measured in. */
export function goalSector(project: ProjectForGoals, index: SickLeaveIndex): SectorKey {
  const only = project.sektor.length === 1 ? project.sektor[0] : undefined;
  if (only && project.kommuner.some((id) => (quartersOf(index, id, only)?.size ?? 0) > 0)) return only;
  return 'alle';
}

export interface GoalOptions {
  /** Decimals the figure is shown and compared with; default 1. */
  decimals?: number;
}

/** Attainment of each numeric sick-leave goal of a project (other goals are skipped). */
export function sickLeaveGoalAttainment(
  project: ProjectForGoals,
  index: SickLeaveIndex,
  options: GoalOptions = {},
): GoalAttainment[] {
  const goals = project.mål
    .map((goal, goalIndex) => ({ goal, goalIndex }))
    .filter((g): g is { goal: SickLeaveGoal; goalIndex: number } => isSickLeaveGoal(g.goal));
  if (goals.length === 0) return [];

  const decimals = options.decimals ?? 1;
  const sektor = goalSector(project, index);
  const ids = [...new Set(project.kommuner)];
  let last: number | null = null;
  for (const id of ids) {
    const q = lastQuarterOf(index, id, sektor);
    if (q !== null && (last === null || q > last)) last = q;
  }
  const period = last === null ? null : fourQuartersEndingAt(last);

  const municipalities: string[] = [];
  const missing: string[] = [];
  const totals = { lost: 0, agreed: 0 };
  for (const id of ids) {
    const sum = period ? sumRange(index, id, sektor, period) : null;
    if (!period || !sum || sum.quarters < rangeLength(period)) {
      missing.push(id);
      continue;
    }
    municipalities.push(id);
    totals.lost += sum.lost;
    totals.agreed += sum.agreed;
  }
  const figure = municipalities.length ? percentOf(totals) : null;

  return goals.map(({ goal, goalIndex }) => {
    const target = goal.målverdi;
    let status: GoalStatus = 'no-data';
    if (figure !== null) {
      const shown = roundTo(figure, decimals);
      const reached = goal.retning === 'ned' ? shown <= target : shown >= target;
      status = reached ? 'reached' : 'not-reached';
    }
    return {
      goal,
      goalIndex,
      status,
      sektor,
      period: figure === null ? null : period,
      figure,
      target,
      difference: figure === null ? null : figure - target,
      municipalities: [...municipalities],
      missing: [...missing],
    };
  });
}

/**
 * Rounds as the page shows the number: `toFixed` and `Intl.NumberFormat` both round the
 * exact decimal value of the double, so for non-negative figures they agree digit for digit.
 */
function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}
