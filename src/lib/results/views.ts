/**
 * Turns aggregated series into what the pages draw: chart input for LineChart.astro, the
 * chart's signals and its one-sentence summary. Pure; pages call it with data from
 * src/results.ts.
 */
import type { ChartInput } from '../charts/line-chart';
import type { AggregatePoint } from './aggregate';
import { proportionChart } from './spc/laney';
import type { Counts } from './spc/p-chart';
import { runChart } from './spc/run-chart';
import { summarizeSeries } from './summary';

/** "2008 K3" for a quarter, "2008" for a year. */
export function periodLabel(p: AggregatePoint): string {
  return p.kvartal === null ? String(p.år) : `${p.år} K${p.kvartal}`;
}

export interface SpcView {
  chart: ChartInput;
  summary: string;
  kind: 'p' | 'p-prime' | 'run';
}

/**
 * A control chart of sick leave (p or Laney p′, chosen by the data) for one series of
 * quarterly or yearly points, with signals marked and a summary such as "Sykefraværet i
 * Verdal falt fra 9,8 % til 8,1 %; nedgangen er et signal (lang serie under medianen)."
 */
export function sickLeaveControlChart(subject: string, points: readonly AggregatePoint[]): SpcView | null {
  const data: (Counts | null)[] = points.map((p) =>
    p.percent === null || p.agreed <= 0 ? null : { count: p.lost, n: p.agreed },
  );
  if (!data.some(Boolean)) return null;
  const spc = proportionChart(data);
  const pct = (v: number | null) => (v === null ? null : v * 100);
  const values = spc.points.map((p) => pct(p.value));
  const signalPoints = new Set(spc.signals.flatMap((s) => s.points));
  const summary = summarizeSeries(subject, values, spc) ?? `${subject}: ingen tall.`;
  return {
    kind: spc.kind,
    summary,
    chart: {
      categories: points.map(periodLabel),
      lines: [{ label: 'Sykefravær', role: 'main', values, signals: signalPoints }],
      centre: spc.centre === null ? null : { value: spc.centre * 100, label: 'Gjennomsnitt (vektet)' },
      upper: spc.points.map((p) => pct(p.upper)),
      lower: spc.points.map((p) => pct(p.lower)),
    },
  };
}

/** A run chart (median and Anhøj rules) of a series of percentages, e.g. yearly figures. */
export function sickLeaveRunChart(subject: string, points: readonly AggregatePoint[]): SpcView | null {
  const values = points.map((p) => p.percent);
  const chart = runChart(values);
  if (!chart) return null;
  return {
    kind: 'run',
    summary: summarizeSeries(subject, values, chart) ?? `${subject}: ingen tall.`,
    chart: {
      categories: points.map(periodLabel),
      lines: [{ label: 'Sykefravær', role: 'main', values, signals: new Set(chart.signals.flatMap((s) => s.points)) }],
      centre: { value: chart.centre, label: 'Median' },
    },
  };
}

/** Two series on one axis, e.g. the programme against the other municipalities. */
export function comparisonChart(
  main: { label: string; points: readonly AggregatePoint[] },
  reference: { label: string; points: readonly AggregatePoint[] },
): ChartInput {
  const byPeriod = new Map(reference.points.map((p) => [p.period, p.percent]));
  return {
    categories: main.points.map(periodLabel),
    lines: [
      { label: main.label, role: 'main', values: main.points.map((p) => p.percent) },
      { label: reference.label, role: 'reference', values: main.points.map((p) => byPeriod.get(p.period) ?? null) },
    ],
  };
}
