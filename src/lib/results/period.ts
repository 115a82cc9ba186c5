/**
 * Calendar quarters as plain integers, so that "the next quarter" is `q + 1` and a range of
 * quarters is two numbers. The sick-leave statistics are quarterly (år + kvartal 1-4).
 */

/** A calendar quarter as one integer: `år * 4 + (kvartal - 1)`. Consecutive quarters differ by 1. */
export type Quarter = number;

/** An inclusive range of quarters, `from` <= `to`. */
export interface QuarterRange {
  readonly from: Quarter;
  readonly to: Quarter;
}

/** The quarter of a year and quarter number (1-4). */
export function toQuarter(år: number, kvartal: number): Quarter {
  if (!Number.isInteger(år) || !Number.isInteger(kvartal) || kvartal < 1 || kvartal > 4) {
    throw new RangeError(`not a quarter: ${år} kvartal ${kvartal}`);
  }
  return år * 4 + (kvartal - 1);
}

/** The year a quarter lies in. */
export function yearOf(q: Quarter): number {
  return Math.floor(q / 4);
}

/** The quarter number 1-4 within its year. */
export function quarterOf(q: Quarter): number {
  return (q % 4) + 1;
}

/** A stable machine key: "2008-K3". */
export function quarterKey(q: Quarter): string {
  return `${yearOf(q)}-K${quarterOf(q)}`;
}

/** Norwegian label: "3. kvartal 2008". */
export function formatQuarter(q: Quarter): string {
  return `${quarterOf(q)}. kvartal ${yearOf(q)}`;
}

/** The four quarters of a calendar year. */
export function yearRange(år: number): QuarterRange {
  return { from: toQuarter(år, 1), to: toQuarter(år, 4) };
}

/** The four consecutive quarters that end with `last`: a full year of seasons. */
export function fourQuartersEndingAt(last: Quarter): QuarterRange {
  return { from: last - 3, to: last };
}

/** Number of quarters in a range. */
export function rangeLength(range: QuarterRange): number {
  return range.to - range.from + 1;
}

/** Whether a range is exactly one calendar year. */
export function isCalendarYear(range: QuarterRange): boolean {
  return quarterOf(range.from) === 1 && range.to === range.from + 3;
}

/** Norwegian label: "2008" for a calendar year, else "4. kvartal 2008 – 3. kvartal 2009". */
export function formatRange(range: QuarterRange): string {
  if (isCalendarYear(range)) return String(yearOf(range.from));
  if (range.from === range.to) return formatQuarter(range.from);
  return `${formatQuarter(range.from)} – ${formatQuarter(range.to)}`;
}
