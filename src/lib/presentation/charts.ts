/**
 * What LineChart.astro and YearTable.astro print besides the drawing: formatted figures, the
 * legend and the rows of their tables, with the wording of src/i18n/charts.ts.
 */
import { charts as t } from '../../i18n/charts';
import type { ChartGeometry, ChartInput } from '../charts/line-chart';
import { formatInteger, formatPercent } from '../format/nb';
import type { GroupSeries } from '../results/aggregate';
import { yearsOf } from '../results/overview';

/** Formats a value of a chart: the caller's format, or a percentage with one decimal. */
export type ValueFormat = ((value: number) => string) | undefined;

/** An axis tick: the caller's format, or a percentage without decimals when whole («10 %», «9,5 %»). */
export function tickFormat(format: ValueFormat): (value: number) => string {
  return (v) => (format ? format(v) : formatPercent(v, v % 1 === 0 ? 0 : 1));
}

/** A value in the legend or table; «–» when missing. */
export function chartValue(v: number | null | undefined, format: ValueFormat): string {
  return v === null || v === undefined ? t.missing : format ? format(v) : formatPercent(v, 1);
}

/** The legend under a chart, from its drawn geometry. */
export function chartLegend(g: Pick<ChartGeometry, 'lines' | 'centre'>, input: ChartInput, format: ValueFormat) {
  return {
    lines: g.lines.map((l) => ({ role: l.role, label: l.label })),
    centre: g.centre ? t.centre(g.centre.label, chartValue(g.centre.value, format)) : null,
    limits: hasLimits(input) ? t.legend.limits : null,
    signal: g.lines.some((l) => l.points.some((p) => p.signal)) ? t.legend.signal : null,
  };
}

/** Whether the chart has control limits (and so limit columns in its table). */
export function hasLimits(input: ChartInput): boolean {
  return (input.upper?.length ?? 0) > 0;
}

/** The chart's numbers as a table: a row per category, a cell per line, then the limits. */
export function chartTable(input: ChartInput, format: ValueFormat) {
  const limits = hasLimits(input);
  return {
    columns: [...input.lines.map((l) => l.label), ...(limits ? [t.columns.lower, t.columns.upper] : [])],
    rows: input.categories.map((category, i) => ({
      category,
      cells: [
        ...input.lines.map((l) => `${chartValue(l.values[i], format)}${l.signals?.has(i) ? t.signalMark : ''}`),
        ...(limits ? [chartValue(input.lower?.[i], format), chartValue(input.upper?.[i], format)] : []),
      ],
    })),
  };
}

export interface YearTableCell {
  value: string;
  /** Not every member has every quarter of the year (marked «*»). */
  incomplete: string | null;
}

/** The yearly table of a grouping: the years any group has, and per group its members and figures. */
export function yearTable<L>(series: readonly GroupSeries[], label: (group: string) => L) {
  const years = yearsOf(series);
  return {
    years: years.map(String),
    rows: series.map((s) => ({
      label: label(s.group),
      members: formatInteger(s.members.length),
      cells: years.map((y): YearTableCell => {
        const p = s.points.find((x) => x.år === y);
        if (p === undefined || p.percent === null) return { value: t.missing, incomplete: null };
        return { value: formatPercent(p.percent), incomplete: p.complete ? null : t.yearTable.incomplete };
      }),
    })),
  };
}
