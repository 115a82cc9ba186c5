/**
 * Survey indicators (brukerundersøkelser and medarbeiderundersøkelser): yearly scores per
 * municipality, survey and service, as XmR charts and as a small overview per survey and
 * service. Pure; the pages call it with the rows of the undersokelser collection.
 *
 * A score is a mean answer on a bounded scale (1-6 on bedrekommune.no) without a
 * denominator the files record, so the individuals (XmR) chart fits it: centre line = the
 * mean of the series, natural process limits = mean ± 2.66 · average moving range
 * (spc/xmr.ts). A year without a survey is a gap: it has no value and no limits, and no
 * moving range is taken across it. Nothing is interpolated.
 */
import type { ChartInput } from '../charts/line-chart';
import {
  SURVEY_SERVICE_PHRASES,
  SURVEY_SERVICES,
  SURVEY_SUBJECTS,
  SURVEYS,
  formatScale,
  type Survey,
  type SurveyService,
} from '../schemas/survey';
import type { Signal } from './spc/signals';
import { type XmrChart, xmrChart } from './spc/xmr';
import { summarizeSeries } from './summary';
import { compareCodeUnits } from '../format/nb';
import { sickLeaveText, surveyText } from '../../i18n/results';

/** The fields of a survey row the computation needs (what the collection holds). */
export interface SurveyRowInput {
  kommune: string;
  undersøkelse: Survey;
  tjeneste: SurveyService;
  år: number;
  skår: number;
  skala: { fra: number; til: number };
  eksempeldata: boolean;
}

/** One municipality's scores on one survey of one service, year by year. */
export interface SurveySeries {
  kommune: string;
  undersøkelse: Survey;
  tjeneste: SurveyService;
  skala: { fra: number; til: number };
  /** Every year from the first to the last year with a score, in order. */
  years: number[];
  /** The score of each year; null where the survey was not carried out (a gap). */
  values: (number | null)[];
  /** True when any of the series' rows is invented example data. */
  eksempeldata: boolean;
}

const surveyOrder = (s: Survey) => SURVEYS.indexOf(s);
const serviceOrder = (s: SurveyService) => SURVEY_SERVICES.indexOf(s);

/**
 * Groups rows into series, sorted by municipality, survey and service. Throws on a second
 * row for the same municipality, survey, service and year, and on a change of scale within
 * a series (the content check reports both with file and line before a build gets here).
 */
export function surveySeries(rows: readonly SurveyRowInput[]): SurveySeries[] {
  const groups = new Map<string, { rows: Map<number, SurveyRowInput>; first: SurveyRowInput }>();
  for (const row of rows) {
    const key = `${row.kommune}|${row.undersøkelse}|${row.tjeneste}`;
    let group = groups.get(key);
    if (!group) {
      group = { rows: new Map(), first: row };
      groups.set(key, group);
    }
    if (group.rows.has(row.år)) throw new Error(`Dobbel rad i undersøkelsene: ${key} ${row.år}`);
    if (row.skala.fra !== group.first.skala.fra || row.skala.til !== group.first.skala.til) {
      throw new Error(`Skalaen endrer seg i serien ${key}`);
    }
    group.rows.set(row.år, row);
  }
  const series: SurveySeries[] = [];
  for (const { rows: byYear, first } of groups.values()) {
    const present = [...byYear.keys()].sort((a, b) => a - b);
    const from = present[0]!;
    const to = present[present.length - 1]!;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    series.push({
      kommune: first.kommune,
      undersøkelse: first.undersøkelse,
      tjeneste: first.tjeneste,
      skala: { ...first.skala },
      years,
      values: years.map((y) => byYear.get(y)?.skår ?? null),
      eksempeldata: [...byYear.values()].some((r) => r.eksempeldata),
    });
  }
  return series.sort(
    (a, b) =>
      compareCodeUnits(a.kommune, b.kommune) ||
      surveyOrder(a.undersøkelse) - surveyOrder(b.undersøkelse) ||
      serviceOrder(a.tjeneste) - serviceOrder(b.tjeneste),
  );
}

const scoreFormat = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "4,85": a score with two decimals, as nb-NO writes it. */
export function formatScore(value: number): string {
  return scoreFormat.format(value);
}

/**
 * What the score is about, as the subject of a sentence: "Brukertilfredsheten i
 * sykehjemmene i Drammen", "Medarbeidertilfredsheten i Elverum kommune".
 */
export function surveySubject(series: Pick<SurveySeries, 'undersøkelse' | 'tjeneste'>, municipality: string): string {
  const phrase = SURVEY_SERVICE_PHRASES[series.tjeneste];
  const head = SURVEY_SUBJECTS[series.undersøkelse];
  return phrase ? surveyText.subject(head, phrase, municipality) : surveyText.subjectOfMunicipality(head, municipality);
}

export interface SurveyChartView {
  /** LineChart input: one point per year, the mean as centre line and the natural process limits. */
  chart: ChartInput;
  /** One sentence: the change from the first to the last score and whether it is a signal. */
  summary: string;
  /** Which rules fired, or that none did, with the years involved. */
  rules: string;
  /** The centre line and limits in words. */
  limits: string;
  /** The XmR computation behind the chart. */
  xmr: XmrChart;
  /** Number of years with a score. */
  count: number;
}

/** Below this many scores the limits are soft: say so. */
export const FEW_POINTS = 10;

function yearsOf(signal: Signal, years: readonly number[]): string {
  return signal.points.map((i) => years[i]).join(', ');
}

/** "punkt over øvre kontrollgrense (2009) og lang serie under midtlinjen (2006, 2007, ...)". */
function describeFired(signals: readonly Signal[], years: readonly number[]): string {
  const list = new Intl.ListFormat('nb-NO', { style: 'long', type: 'conjunction' });
  return list.format(signals.map((s) => surveyText.rules.signal(s.message, yearsOf(s, years))));
}

/**
 * The summary of a series without limits (no two consecutive years): the change, and that it
 * cannot be judged, rather than calling it ordinary variation.
 */
function untestedSummary(subject: string, values: readonly number[]): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return sickLeaveText.chart.noFigures(subject);
  const t = surveyText.untested;
  if (values.length === 1) return t.one(subject, formatScore(last));
  const [from, to] = [formatScore(first), formatScore(last)];
  if (from === to) return t.unchanged(subject, to);
  return t.changed(subject, last < first, from, to);
}

/**
 * The XmR chart of one series, ready for LineChart: title parts, a one-sentence summary
 * ("Brukertilfredsheten i sykehjemmene i Drammen (skala 1–6) steg fra 4,8 til 5,1; økningen
 * er innenfor vanlig variasjon, ikke et signal."), the rules that fired and the limits. The
 * limits are drawn within the scale, since no score can lie outside it.
 */
export function surveyControlChart(series: SurveySeries, municipality: string): SurveyChartView {
  const xmr = xmrChart(series.values);
  const subject = surveyText.withScale(surveySubject(series, municipality), formatScale(series.skala));
  const clamp = (v: number | null) => (v === null ? null : Math.min(series.skala.til, Math.max(series.skala.fra, v)));
  const present = series.values.filter((v): v is number => v !== null);
  const count = present.length;
  const hasLimits = xmr.lower !== null && xmr.upper !== null;
  const summary = hasLimits
    ? (summarizeSeries(subject, series.values, xmr, formatScore) ?? sickLeaveText.chart.noFigures(subject))
    : untestedSummary(subject, present);
  const rules = !hasLimits
    ? surveyText.rules.untested
    : xmr.signals.length
      ? surveyText.rules.fired(describeFired(xmr.signals, series.years))
      : surveyText.rules.none;
  const limits =
    xmr.mean === null
      ? surveyText.limits.noFigures
      : hasLimits
        ? surveyText.limits.limits(
            formatScore(xmr.mean),
            formatScore(clamp(xmr.lower)!),
            formatScore(clamp(xmr.upper)!),
          ) + (count < FEW_POINTS ? surveyText.limits.fewPoints(String(count)) : '')
        : surveyText.limits.meanOnly(formatScore(xmr.mean));
  // A moving-range signal names the later year of the jump, so that point is marked.
  const signalPoints = new Set(xmr.signals.flatMap((s) => s.points));
  return {
    xmr,
    count,
    summary,
    rules,
    limits,
    chart: {
      categories: series.years.map(String),
      lines: [{ label: surveyText.chart.series, role: 'main', values: series.values, signals: signalPoints }],
      centre: xmr.mean === null ? null : { value: xmr.mean, label: surveyText.chart.centre },
      upper: hasLimits ? xmr.points.map((p) => (p.value === null ? null : clamp(p.upper))) : undefined,
      lower: hasLimits ? xmr.points.map((p) => (p.value === null ? null : clamp(p.lower))) : undefined,
    },
  };
}

/** One line of the overview on /resultater/: a survey of a service across municipalities. */
export interface SurveyOverviewRow {
  undersøkelse: Survey;
  tjeneste: SurveyService;
  skala: { fra: number; til: number };
  /** Municipalities with at least one score. */
  municipalities: number;
  /** The latest year any of them has a score. */
  latestYear: number;
  /** Unweighted mean of the municipalities' scores in the latest year. */
  latestMean: number;
  /** How many municipalities have a score in the latest year. */
  latestCount: number;
  /** Municipalities whose chart has a signal pointing up, down, or with no direction only. */
  signals: { up: number; down: number; undirected: number };
  eksempeldata: boolean;
}

/**
 * Per survey, service and scale: how many municipalities, the latest year's mean score and
 * how many charts show a signal. The mean is the plain mean of the municipalities' scores:
 * the files hold no respondent counts to weight by, so each municipality counts once.
 */
export function surveyOverview(series: readonly SurveySeries[]): SurveyOverviewRow[] {
  const groups = new Map<string, SurveySeries[]>();
  for (const s of series) {
    const key = `${s.undersøkelse}|${s.tjeneste}|${s.skala.fra}-${s.skala.til}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const rows: SurveyOverviewRow[] = [];
  for (const members of groups.values()) {
    const first = members[0]!;
    const latestYear = Math.max(...members.map((m) => m.years[m.years.length - 1]!));
    const latest = members
      .map((m) => m.values[m.years.indexOf(latestYear)])
      .filter((v): v is number => v !== null && v !== undefined);
    const signals = { up: 0, down: 0, undirected: 0 };
    for (const m of members) {
      const fired = xmrChart(m.values).signals;
      if (fired.some((s) => s.direction === 'up')) signals.up++;
      if (fired.some((s) => s.direction === 'down')) signals.down++;
      if (fired.length && fired.every((s) => s.direction === null)) signals.undirected++;
    }
    rows.push({
      undersøkelse: first.undersøkelse,
      tjeneste: first.tjeneste,
      skala: first.skala,
      municipalities: members.length,
      latestYear,
      latestMean: latest.reduce((a, b) => a + b, 0) / latest.length,
      latestCount: latest.length,
      signals,
      eksempeldata: members.some((m) => m.eksempeldata),
    });
  }
  return rows.sort(
    (a, b) =>
      surveyOrder(a.undersøkelse) - surveyOrder(b.undersøkelse) ||
      serviceOrder(a.tjeneste) - serviceOrder(b.tjeneste) ||
      a.skala.til - b.skala.til,
  );
}
