/**
 * The one builder of sick-leave rows for tests: a row as the content schema gives it after
 * parsing sykefravaer/*.csv (see sickLeaveRowSchema in src/lib/schemas).
 */
import type { SickLeaveRow } from '../../src/lib/schemas';

export type Sector = SickLeaveRow['sektor'];

/** One quarter of one municipality: `lost` of `agreed` work-days. */
export function sickLeaveRow(
  kommune: string,
  år: number,
  kvartal: number,
  lost: number,
  agreed: number,
  sektor: Sector = 'alle',
): SickLeaveRow {
  return { kommune, år, kvartal, sektor, tapte_dagsverk: lost, avtalte_dagsverk: agreed };
}

/**
 * Quarters of a year from Q1: four equal quarters when `lost` is a number, else one quarter per
 * entry of `lost` (fewer than four leaves the last quarters out). `agreed` is one number for
 * every quarter or one per quarter.
 */
export function sickLeaveYear(
  kommune: string,
  år: number,
  lost: number | readonly number[],
  agreed: number | readonly number[],
  sektor: Sector = 'alle',
): SickLeaveRow[] {
  const losts = typeof lost === 'number' ? [lost, lost, lost, lost] : lost;
  return losts.map((l, i) => {
    const a = typeof agreed === 'number' ? agreed : agreed[i];
    if (a === undefined) throw new Error(`sickLeaveYear: mangler avtalte dagsverk for kvartal ${i + 1}`);
    return sickLeaveRow(kommune, år, i + 1, l, a, sektor);
  });
}
