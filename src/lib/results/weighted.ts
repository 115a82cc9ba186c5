/**
 * The one rule every sick-leave figure follows: the sick-leave percentage of any group of
 * rows (units, quarters, municipalities, pools) is the sum of lost work-days over the sum of
 * agreed work-days. It is never the mean of the rows' percentages, which would give a small
 * municipality the same weight as a large one (see weighted.test.ts for a case where the
 * two differ).
 */

/** The two counts of a sick-leave row, named as in the CSV files. */
export interface WorkDays {
  readonly tapte_dagsverk: number;
  readonly avtalte_dagsverk: number;
}

/** Summed work-days of a group. */
export interface Totals {
  /** Sum of lost work-days (tapte dagsverk). */
  lost: number;
  /** Sum of agreed work-days (avtalte dagsverk). */
  agreed: number;
}

/** Adds up lost and agreed work-days. */
export function sumWorkDays(rows: Iterable<WorkDays>): Totals {
  const totals: Totals = { lost: 0, agreed: 0 };
  for (const row of rows) addWorkDays(totals, row);
  return totals;
}

/** Adds one row to running totals (in place). */
export function addWorkDays(totals: Totals, row: WorkDays): void {
  totals.lost += row.tapte_dagsverk;
  totals.agreed += row.avtalte_dagsverk;
}

/** Sick leave in per cent (0-100) of summed work-days; null when nothing was agreed. */
export function percentOf(totals: Totals): number | null {
  return totals.agreed > 0 ? (100 * totals.lost) / totals.agreed : null;
}
