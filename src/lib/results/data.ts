/**
 * Indexes built once over the sick-leave rows and the municipalities, so that every
 * aggregate, baseline and goal afterwards is a map look-up rather than a scan of all rows.
 */
import type { Municipality, SickLeaveRow } from '../schemas';
import { type Quarter, type QuarterRange, toQuarter } from './period';
import { type Totals, addWorkDays } from './weighted';

/** "alle" (the whole municipality) or one of the two sectors. */
export type SectorKey = SickLeaveRow['sektor'];

/** Sick-leave rows indexed by municipality, sector and quarter. */
export interface SickLeaveIndex {
  /** kommune → sektor → quarter → row. */
  readonly series: ReadonlyMap<string, ReadonlyMap<SectorKey, ReadonlyMap<Quarter, SickLeaveRow>>>;
  /** All rows of each sector, in input order. */
  readonly bySector: ReadonlyMap<SectorKey, readonly SickLeaveRow[]>;
  /** First and last quarter found in any row; null when there are no rows. */
  readonly span: QuarterRange | null;
}

/**
 * Indexes sick-leave rows (from kommuner.csv, referanse.csv or both) in one pass.
 * Throws on two rows for the same municipality, quarter and sector: summing them would
 * count the same work-days twice (the content check reports such rows to editors).
 */
export function indexSickLeave(rows: Iterable<SickLeaveRow>): SickLeaveIndex {
  const series = new Map<string, Map<SectorKey, Map<Quarter, SickLeaveRow>>>();
  const bySector = new Map<SectorKey, SickLeaveRow[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const q = toQuarter(row.år, row.kvartal);
    let sectors = series.get(row.kommune);
    if (!sectors) series.set(row.kommune, (sectors = new Map()));
    let quarters = sectors.get(row.sektor);
    if (!quarters) sectors.set(row.sektor, (quarters = new Map()));
    if (quarters.has(q)) {
      throw new Error(
        `to rader for ${row.kommune} ${row.år} kvartal ${row.kvartal} (${row.sektor}); forventet én`,
      );
    }
    quarters.set(q, row);
    let list = bySector.get(row.sektor);
    if (!list) bySector.set(row.sektor, (list = []));
    list.push(row);
    if (q < first) first = q;
    if (q > last) last = q;
  }
  return { series, bySector, span: first <= last ? { from: first, to: last } : null };
}

/** The quarters with data for one municipality (or reference series) and sector. */
export function quartersOf(
  index: SickLeaveIndex,
  kommune: string,
  sektor: SectorKey,
): ReadonlyMap<Quarter, SickLeaveRow> | undefined {
  return index.series.get(kommune)?.get(sektor);
}

/** The latest quarter with data for a municipality and sector, or null. */
export function lastQuarterOf(
  index: SickLeaveIndex,
  kommune: string,
  sektor: SectorKey,
): Quarter | null {
  const quarters = quartersOf(index, kommune, sektor);
  if (!quarters || quarters.size === 0) return null;
  let last = -Infinity;
  for (const q of quarters.keys()) if (q > last) last = q;
  return last;
}

/** Work-days of one series summed over a range, with the quarters found and missing. */
export interface RangeSum extends Totals {
  /** Number of quarters in the range that have data. */
  quarters: number;
  /** Quarters in the range without data (gaps). */
  missing: Quarter[];
}

/** Sums one municipality's work-days over the quarters of a range that have data. */
export function sumRange(
  index: SickLeaveIndex,
  kommune: string,
  sektor: SectorKey,
  range: QuarterRange,
): RangeSum {
  const quarters = quartersOf(index, kommune, sektor);
  const sum: RangeSum = { lost: 0, agreed: 0, quarters: 0, missing: [] };
  for (let q = range.from; q <= range.to; q++) {
    const row = quarters?.get(q);
    if (row) {
      addWorkDays(sum, row);
      sum.quarters++;
    } else {
      sum.missing.push(q);
    }
  }
  return sum;
}

/** The fields of a municipality that grouping needs. */
export type MunicipalityInfo = Pick<Municipality, 'pulje' | 'fylke'> &
  Partial<Pick<Municipality, 'navn' | 'nettverk'>>;

/** Programme municipalities by id (file name without extension). */
export type MunicipalityIndex = ReadonlyMap<string, MunicipalityInfo>;

/** Builds the municipality index from content entries (`{ id, data }`, as Astro returns them). */
export function indexMunicipalities(
  entries: Iterable<{ id: string; data: MunicipalityInfo }>,
): MunicipalityIndex {
  const map = new Map<string, MunicipalityInfo>();
  for (const { id, data } of entries) map.set(id, data);
  return map;
}
