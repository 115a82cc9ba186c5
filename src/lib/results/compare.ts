/**
 * The programme against the municipalities outside it ("ovrige-kommuner" in
 * referanse.csv), over the same quarters: how much more (or less) sick leave fell in the
 * programme than in the reference, in percentage points. This turns the seeds' claim that
 * sick leave "developed 0.4 percentage points better" into a figure computed from data.
 *
 * Method (a difference in differences of weighted figures):
 * - two periods of quarters, `before` and `after`, the same for both sides;
 * - the programme side is the weighted figure (Σ lost / Σ agreed) of the programme
 *   municipalities that have every quarter of both periods (a balanced panel, so that the
 *   change is not a change in which municipalities are counted); the others are listed in
 *   `excluded`;
 * - change = after − before on each side; `difference` = programme change − reference change.
 *   For sick leave a negative difference is good: −0.4 reads "developed 0.4 percentage
 *   points better than the other municipalities".
 */
import { type SectorKey, type SickLeaveIndex, lastQuarterOf, quartersOf, sumRange } from './data';
import { type PeriodFigure, periodFigure } from './baseline';
import { type Quarter, type QuarterRange, fourQuartersEndingAt, rangeLength, yearRange } from './period';
import { percentOf } from './weighted';
import { REFERENCE_SERIES } from '../collections';

/** Id of the series of the municipalities outside the programme in referanse.csv (its record is in the registry). */
export const REFERENCE_SERIES_ID = REFERENCE_SERIES.outside;

/**
 * The default `before` period: 2006, the year before any pool joined and the baseline of
 * pools innsats, 1 and 2 (BASELINE_YEAR_BY_POOL).
 */
export const DEFAULT_BEFORE_YEAR = 2006;

export interface CompareOptions {
  /** Sector; default "alle". */
  sektor?: SectorKey;
  /** Default: calendar year 2006. */
  before?: QuarterRange;
  /**
   * Default: the last four quarters that both the reference and at least one programme
   * municipality have (ending with the earlier of the two series' last quarters).
   */
  after?: QuarterRange;
  /** Id of the reference series; default "ovrige-kommuner". */
  reference?: string;
}

export interface SideChange {
  before: PeriodFigure;
  after: PeriodFigure;
  /** after − before in percentage points; null when a period lacks data. */
  change: number | null;
}

export interface ReferenceComparison {
  sektor: SectorKey;
  before: QuarterRange;
  after: QuarterRange;
  /** Programme municipalities with every quarter of both periods. */
  programme: SideChange;
  reference: SideChange;
  /**
   * programme change − reference change, in percentage points. Negative: the programme's
   * sick leave fell more (or rose less) than the reference's. Null when either side lacks
   * data for a whole period.
   */
  difference: number | null;
  /** Municipalities counted on the programme side. */
  included: string[];
  /** Programme municipalities left out because a quarter of either period is missing. */
  excluded: string[];
}

/**
 * Compares the change in the programme with the change in the reference series over the
 * same quarters.
 * @param programme ids of the programme municipalities (e.g. `municipalities.keys()`)
 */
export function compareWithReference(
  index: SickLeaveIndex,
  programme: Iterable<string>,
  options: CompareOptions = {},
): ReferenceComparison {
  const sektor = options.sektor ?? 'alle';
  const referenceId = options.reference ?? REFERENCE_SERIES_ID;
  const ids = [...new Set(programme)].filter((id) => id !== referenceId);
  const before = options.before ?? yearRange(DEFAULT_BEFORE_YEAR);
  const resolvedAfter = options.after ?? defaultAfter(index, ids, referenceId, sektor);
  // Without a common latest period there is nothing to compare: report the before figures
  // and no change rather than a change of zero.
  const after = resolvedAfter ?? before;

  const included: string[] = [];
  const excluded: string[] = [];
  const programmeTotals = { before: { lost: 0, agreed: 0 }, after: { lost: 0, agreed: 0 } };
  for (const id of ids) {
    const b = sumRange(index, id, sektor, before);
    const a = sumRange(index, id, sektor, after);
    if (b.quarters < rangeLength(before) || a.quarters < rangeLength(after)) {
      excluded.push(id);
      continue;
    }
    included.push(id);
    programmeTotals.before.lost += b.lost;
    programmeTotals.before.agreed += b.agreed;
    programmeTotals.after.lost += a.lost;
    programmeTotals.after.agreed += a.agreed;
  }
  const programmeSide = side(
    figure(before, programmeTotals.before, included.length ? rangeLength(before) : 0),
    figure(after, programmeTotals.after, included.length ? rangeLength(after) : 0),
    resolvedAfter !== null,
  );
  const referenceSide = side(
    periodFigure(index, referenceId, sektor, before),
    periodFigure(index, referenceId, sektor, after),
    resolvedAfter !== null,
  );
  const difference =
    programmeSide.change !== null && referenceSide.change !== null ? programmeSide.change - referenceSide.change : null;
  return {
    sektor,
    before,
    after,
    programme: programmeSide,
    reference: referenceSide,
    difference,
    included,
    excluded,
  };
}

function figure(range: QuarterRange, totals: { lost: number; agreed: number }, quarters: number): PeriodFigure {
  return { range, quarters, lost: totals.lost, agreed: totals.agreed, percent: percentOf(totals) };
}

/** A side's change; null unless both periods have every quarter. */
function side(before: PeriodFigure, after: PeriodFigure, hasAfter: boolean): SideChange {
  const complete =
    hasAfter && before.quarters === rangeLength(before.range) && after.quarters === rangeLength(after.range);
  const change = complete && before.percent !== null && after.percent !== null ? after.percent - before.percent : null;
  return { before, after, change };
}

function defaultAfter(
  index: SickLeaveIndex,
  ids: readonly string[],
  referenceId: string,
  sektor: SectorKey,
): QuarterRange | null {
  const referenceLast = lastQuarterOf(index, referenceId, sektor);
  let programmeLast: Quarter | null = null;
  for (const id of ids) {
    if (!quartersOf(index, id, sektor)) continue;
    const last = lastQuarterOf(index, id, sektor);
    if (last !== null && (programmeLast === null || last > programmeLast)) programmeLast = last;
  }
  if (referenceLast === null || programmeLast === null) return null;
  return fourQuartersEndingAt(Math.min(referenceLast, programmeLast));
}
