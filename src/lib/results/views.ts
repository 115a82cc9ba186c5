/**
 * Turns aggregated series into what the pages draw: chart input for LineChart.astro, the
 * chart's signals and its one-sentence summary. Pure; pages call it with data from
 * src/queries/results.ts.
 */
import type { ChartInput } from '../charts/line-chart';
import { formatInteger } from '../format/nb';
import type { AggregatePoint } from './aggregate';
import { proportionChart } from './spc/laney';
import type { Counts } from './spc/p-chart';
import { type RunChart, runChart } from './spc/run-chart';
import type { Signal } from './spc/signals';
import { type ChangeStory, signalVerdict } from './story';
import { summarizeSeries } from './summary';
import { sickLeaveText } from '../../i18n/results';

const text = sickLeaveText.chart;

/** "2008 K3" for a quarter, "2008" for a year. */
export function periodLabel(p: AggregatePoint): string {
  return p.kvartal === null ? String(p.år) : text.quarter(String(p.år), String(p.kvartal));
}

export interface SpcView {
  chart: ChartInput;
  summary: string;
  kind: 'p' | 'p-prime' | 'run';
  /** The rules that fired. */
  signals: readonly Signal[];
}

/** The chart's name in a sentence: «p′-diagrammet», «p-diagrammet», «seriediagrammet». */
export const CHART_NAMES: Readonly<Record<SpcView['kind'], string>> = text.names;

/**
 * The summary of a chart: with a story (the page's one change, see story.ts) the story's
 * sentence (unless the page states it just above, `restate: false`) and what the chart's
 * signals say about that change; without one, the series from
 * its first to its last value.
 */
function chartSummary(
  subject: string,
  kind: SpcView['kind'],
  values: readonly (number | null)[],
  chart: { signals: readonly Signal[] },
  story: ChangeStory | undefined,
  restate: boolean,
): string {
  if (story) {
    const verdict = signalVerdict(story, CHART_NAMES[kind], chart.signals);
    return restate ? `${story.sentence} ${verdict}` : verdict;
  }
  return summarizeSeries(subject, values, chart) ?? text.noFigures(subject);
}

/**
 * A control chart of sick leave (p or Laney p′, chosen by the data) for one series of
 * quarterly or yearly points, with signals marked and a summary such as "Sykefraværet i
 * Verdal falt fra 9,8 % til 8,1 %; nedgangen er et signal (lang serie under medianen)."
 */
export function sickLeaveControlChart(
  subject: string,
  points: readonly AggregatePoint[],
  story?: ChangeStory,
  restate = true,
): SpcView | null {
  const data: (Counts | null)[] = points.map((p) =>
    p.percent === null || p.agreed <= 0 ? null : { count: p.lost, n: p.agreed },
  );
  if (!data.some(Boolean)) return null;
  const spc = proportionChart(data);
  const pct = (v: number | null) => (v === null ? null : v * 100);
  const values = spc.points.map((p) => pct(p.value));
  const signalPoints = new Set(spc.signals.flatMap((s) => s.points));
  return {
    kind: spc.kind,
    summary: chartSummary(subject, spc.kind, values, spc, story, restate),
    signals: spc.signals,
    chart: {
      categories: points.map(periodLabel),
      lines: [{ label: text.series, role: 'main', values, signals: signalPoints }],
      centre: spc.centre === null ? null : { value: spc.centre * 100, label: text.mean },
      upper: spc.points.map((p) => pct(p.upper)),
      lower: spc.points.map((p) => pct(p.lower)),
    },
  };
}

export interface RunView extends SpcView {
  kind: 'run';
  /** Which Anhøj rule fired, with the counts and limits, e.g. «Regelen som slo ut: …». */
  rules: string;
}

/**
 * The Anhøj rules of a run chart in words: the longest run and the crossings against their
 * limits, and which rule fired. A long run on one side of the median is a shift (a sustained
 * change); too few crossings says the same from the other side.
 */
export function describeRunRules(chart: RunChart): string {
  const words = sickLeaveText.runRules;
  if (chart.longestRunLimit === null || chart.crossingsLimit === null) return words.tooFewPoints;
  const rules: (string | false)[] = [
    chart.longestRun > chart.longestRunLimit && words.shift,
    chart.crossings < chart.crossingsLimit && words.fewCrossings,
  ];
  const fired = rules.filter((x): x is string => Boolean(x));
  const counts = words.counts({
    longestRun: formatInteger(chart.longestRun),
    longestRunLimit: formatInteger(chart.longestRunLimit),
    crossings: formatInteger(chart.crossings),
    crossingsLimit: formatInteger(chart.crossingsLimit),
  });
  return `${counts} ${fired.length ? words.fired(fired) : words.none}`;
}

/**
 * A run chart (median and Anhøj rules) of a series of percentages, e.g. quarterly figures,
 * with the rules that fired described.
 */
export function sickLeaveRunChart(
  subject: string,
  points: readonly AggregatePoint[],
  story?: ChangeStory,
  restate = true,
): RunView | null {
  const values = points.map((p) => p.percent);
  const chart = runChart(values);
  if (!chart) return null;
  return {
    kind: 'run',
    summary: chartSummary(subject, 'run', values, chart, story, restate),
    signals: chart.signals,
    rules: describeRunRules(chart),
    chart: {
      categories: points.map(periodLabel),
      lines: [{ label: text.series, role: 'main', values, signals: new Set(chart.signals.flatMap((s) => s.points)) }],
      centre: { value: chart.centre, label: text.median },
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
