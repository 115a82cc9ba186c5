/**
 * View model of /resultater/: every sentence, label and formatted figure the page shows, made
 * from the results (src/lib/results) and the wording in src/i18n/results.ts. The page only
 * places them.
 */
import { GOAL_STATUS_LABELS, resultsPage as t } from '../../i18n/results';
import { formatDecimal, formatInteger, formatPercent, formatSignedDecimal } from '../format/nb';
import type { AggregatePoint, GroupSeries } from '../results/aggregate';
import type { ReferenceComparison } from '../results/compare';
import type { GoalAttainment } from '../results/goals';
import { countGoalStatuses, percentExtent } from '../results/overview';
import { formatRange } from '../results/period';
import { formatScore, type SurveyOverviewRow } from '../results/surveys';
import type { SpcView } from '../results/views';
import { SURVEY_LABELS, SURVEY_SERVICE_LABELS, formatScale } from '../schemas/survey';

/** The comparison chart's summary: how the programme changed against the other municipalities. */
export function comparisonSummary(c: ReferenceComparison): string {
  if (c.difference === null || c.programme.change === null || c.reference.change === null) {
    return t.comparison.notEnough;
  }
  const pp = (v: number) => t.comparison.points(formatSignedDecimal(v));
  return t.comparison.summary({
    before: formatRange(c.before),
    after: formatRange(c.after),
    programmeChange: pp(c.programme.change),
    programmeBefore: formatPercent(c.programme.before.percent ?? 0),
    programmeAfter: formatPercent(c.programme.after.percent ?? 0),
    referenceChange: pp(c.reference.change),
    referenceBefore: formatPercent(c.reference.before.percent ?? 0),
    referenceAfter: formatPercent(c.reference.after.percent ?? 0),
    difference: formatDecimal(Math.abs(c.difference)),
    direction: c.difference < 0 ? t.comparison.better : t.comparison.worse,
  });
}

/** The note under the comparison chart: how many programme municipalities are counted. */
export function comparisonNote(c: Pick<ReferenceComparison, 'included'>): string {
  return t.comparison.note(formatInteger(c.included.length));
}

/** Title of the programme's control chart, naming the chart the data chose. */
export function programmeChartTitle(kind: SpcView['kind']): string {
  return t.programme.chartTitle(t.programme.chartNames[kind]);
}

export interface GoalForTable {
  project: { id: string; title: string };
  attainment: GoalAttainment;
}

export interface GoalRow {
  projectId: string;
  title: string;
  /** «under 8,0 %» */
  target: string;
  figure: string;
  period: string;
  status: string;
}

/**
 * The goal table: a sentence with the counts of every status, and the first `limit` rows (a bank
 * with thousands of projects shows the counts and the first rows; each project page shows its own).
 */
export function goalTable(goals: readonly GoalForTable[], limit: number): { summary: string; rows: GoalRow[] } {
  const n = countGoalStatuses(goals.map((g) => g.attainment.status));
  const shown = goals.slice(0, limit);
  const counts = t.goals.summary({
    total: formatInteger(n.total),
    reached: formatInteger(n.reached),
    notReached: formatInteger(n.notReached),
    noData: formatInteger(n.noData),
  });
  return {
    summary: goals.length > shown.length ? `${counts} ${t.goals.truncated(formatInteger(shown.length))}` : counts,
    rows: shown.map(({ project, attainment: g }) => ({
      projectId: project.id,
      title: project.title,
      target: `${t.goals.direction[g.goal.retning]} ${formatPercent(g.target)}`,
      figure: g.figure === null ? t.goals.missing : formatPercent(g.figure),
      period: g.period ? formatRange(g.period) : t.goals.missing,
      status: GOAL_STATUS_LABELS[g.status],
    })),
  };
}

/** A service label inside a sentence: lower case, except an acronym such as «SFO». */
export function serviceInSentence(label: string): string {
  return label === label.toUpperCase() ? label : label.toLowerCase();
}

export interface SurveyTableRow {
  label: string;
  municipalities: string;
  mean: string;
  signals: string;
}

/** The survey overview table, its introduction and whether its figures are example data. */
export function surveyTable(overview: readonly SurveyOverviewRow[]): {
  intro: string;
  exampleData: boolean;
  rows: SurveyTableRow[];
} {
  const scales = new Set(overview.map((r) => formatScale(r.skala)));
  const oneScale = scales.size === 1 ? [...scales][0]! : null;
  const signals = (s: SurveyOverviewRow['signals']) =>
    [
      s.up > 0 && t.surveys.signals.up(formatInteger(s.up)),
      s.down > 0 && t.surveys.signals.down(formatInteger(s.down)),
      s.undirected > 0 && t.surveys.signals.undirected(formatInteger(s.undirected)),
    ]
      .filter((x): x is string => typeof x === 'string')
      .join(', ') || t.surveys.noSignals;
  return {
    intro: t.surveys.intro(oneScale),
    exampleData: overview.some((r) => r.eksempeldata),
    rows: overview.map((r) => ({
      label: t.surveys.rowLabel(
        SURVEY_LABELS[r.undersøkelse],
        serviceInSentence(SURVEY_SERVICE_LABELS[r.tjeneste]),
        oneScale === null ? formatScale(r.skala) : null,
      ),
      municipalities: formatInteger(r.municipalities),
      mean: t.surveys.mean(
        formatScore(r.latestMean),
        String(r.latestYear),
        r.latestCount < r.municipalities ? formatInteger(r.latestCount) : null,
      ),
      signals: signals(r.signals),
    })),
  };
}

/** Text alternative of a municipality's sparkline: every year and its figure. */
export function sparklineLabel(name: string, points: readonly Pick<AggregatePoint, 'år' | 'percent'>[]): string {
  const years = points
    .map((p) => t.multiples.year(String(p.år), p.percent === null ? t.multiples.missing : formatPercent(p.percent)))
    .join(', ');
  return t.multiples.label(name, years);
}

export interface MultiplesInput {
  id: string;
  name: string;
  points: readonly AggregatePoint[];
  story: string;
}

/**
 * The small multiples: one sparkline per municipality on a common scale (the lowest and highest
 * yearly figure of all), with the scale stated in the introduction.
 */
export function smallMultiples(yearly: readonly GroupSeries[], items: readonly MultiplesInput[]) {
  const extent = percentExtent(yearly);
  return {
    intro: t.multiples.intro(extent && { min: formatPercent(extent.min), max: formatPercent(extent.max) }),
    min: extent?.min ?? 0,
    max: extent?.max ?? 0,
    items: items.map((m) => ({
      id: m.id,
      name: m.name,
      values: m.points.map((p) => p.percent),
      label: sparklineLabel(m.name, m.points),
      story: m.story,
    })),
  };
}

/** Title of a municipality's survey chart: «Brukerundersøkelse, barnehage: skår per år i Løten (skala 1–6)». */
export function surveyChartTitle(
  series: {
    undersøkelse: keyof typeof SURVEY_LABELS;
    tjeneste: keyof typeof SURVEY_SERVICE_LABELS;
    skala: { fra: number; til: number };
  },
  municipality: string,
): string {
  return t.surveys.chartTitle(
    SURVEY_LABELS[series.undersøkelse],
    serviceInSentence(SURVEY_SERVICE_LABELS[series.tjeneste]),
    municipality,
    formatScale(series.skala),
  );
}
