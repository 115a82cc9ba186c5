/**
 * The one change a page states for a series of sick-leave figures, so that the sentence, the
 * chart's summary and the tables beside them agree.
 *
 * The change is always the same comparison: the weighted figure of the **baseline year** (the
 * year before the municipality's pool joined, `BASELINE_YEAR_BY_POOL`; 2006 for the whole
 * programme) against the weighted figure of the **last whole year**: the latest calendar year
 * after the baseline year with every quarter of every member. Both are yearly figures
 * (Σ lost / Σ agreed over the year), exactly as the yearly tables and sparklines show them.
 *
 * The change in percentage points is taken between the figures as printed (one decimal), so the
 * sentence never says «+0,1 prosentpoeng fra 11,1 % til 11,1 %»: equal printed figures are
 * «uendret».
 */
import { formatPercent } from '../format/nb';
import type { AggregatePoint } from './aggregate';
import type { Signal } from './spc/signals';
import { describeSignals } from './summary';

/**
 * Why a change is or is not stated:
 * - ok: both years complete
 * - no-data: no figures at all
 * - incomplete-baseline: the baseline year lacks a quarter (or a member's quarter)
 * - no-follow-up: no complete year after the baseline year
 */
export type StoryStatus = 'ok' | 'no-data' | 'incomplete-baseline' | 'no-follow-up';

export interface ChangeStory {
  status: StoryStatus;
  baselineYear: number;
  /** The last whole year compared with the baseline; null unless ok. */
  latestYear: number | null;
  /** The baseline figure as printed (one decimal); null unless ok. */
  from: number | null;
  /** The last whole year's figure as printed (one decimal); null unless ok. */
  to: number | null;
  /** to − from in percentage points, from the printed figures; null unless ok. */
  change: number | null;
  /** Which way the printed figures moved; null unless ok. */
  direction: 'down' | 'up' | 'unchanged' | null;
  /** The sentence a page states, e.g. «Sykefraværet i Verdal falt med 0,9 prosentpoeng, …». */
  sentence: string;
  /** A short form for lists, e.g. «−0,9 prosentpoeng fra 2006 til 2009» or «uendret fra 2006 til 2009». */
  short: string;
}

export interface ChangeStoryInput {
  /** The subject, e.g. «Sykefraværet i Verdal». */
  subject: string;
  /** Yearly points of the series (interval 'year'). */
  points: readonly AggregatePoint[];
  baselineYear: number;
  /** What the baseline year is, e.g. «året før kommunen ble med». */
  baselineMeaning: string;
}

const ppFormat = new Intl.NumberFormat('nb-NO', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** «−0,9 prosentpoeng». */
export function formatPoints(value: number): string {
  return `${ppFormat.format(value)} prosentpoeng`;
}

/** A figure as printed with one decimal (toFixed and Intl both round the exact binary value). */
const printed = (v: number) => Number(v.toFixed(1));

const REASONS: Record<Exclude<StoryStatus, 'ok'>, (i: ChangeStoryInput) => string> = {
  'no-data': (i) => `${i.subject}: det finnes ingen sykefraværstall.`,
  'incomplete-baseline': (i) =>
    `${i.subject}: det mangler kvartaler i utgangsåret ${i.baselineYear}, så endringen kan ikke beregnes.`,
  'no-follow-up': (i) =>
    `${i.subject}: det finnes ennå ikke et helt år med tall etter utgangsåret ${i.baselineYear}, så endringen kan ikke beregnes.`,
};

/** The single change of a yearly series from its baseline year to its last whole year. */
export function changeStory(input: ChangeStoryInput): ChangeStory {
  const { subject, points, baselineYear, baselineMeaning } = input;
  const none = (status: Exclude<StoryStatus, 'ok'>): ChangeStory => ({
    status,
    baselineYear,
    latestYear: null,
    from: null,
    to: null,
    change: null,
    direction: null,
    sentence: REASONS[status](input),
    short: 'Ingen endring beregnet',
  });
  if (!points.some((p) => p.percent !== null)) return none('no-data');
  const base = points.find((p) => p.år === baselineYear);
  if (!base || base.percent === null || !base.complete) return none('incomplete-baseline');
  const latest = [...points].reverse().find((p) => p.år > baselineYear && p.complete && p.percent !== null);
  if (!latest || latest.percent === null) return none('no-follow-up');
  const from = printed(base.percent);
  const to = printed(latest.percent);
  const change = printed(to - from);
  const direction = change === 0 ? 'unchanged' : change < 0 ? 'down' : 'up';
  const years = `fra ${baselineYear} til ${latest.år}`;
  const compared =
    `${formatPercent(from)} i ${baselineYear} (${baselineMeaning}) ` +
    `til ${formatPercent(to)} i ${latest.år} (siste hele år med tall)`;
  const sentence =
    direction === 'unchanged'
      ? `${subject} var uendret, ${formatPercent(to)} både i ${baselineYear} (${baselineMeaning}) og i ${latest.år} (siste hele år med tall), regnet for hele året.`
      : `${subject} ${direction === 'down' ? 'falt' : 'steg'} med ${formatPoints(Math.abs(change)).replace(/^[+−-]/, '')}, fra ${compared}, regnet for hele året.`;
  return {
    status: 'ok',
    baselineYear,
    latestYear: latest.år,
    from,
    to,
    change,
    direction,
    sentence,
    short: direction === 'unchanged' ? `uendret ${years}` : `${formatPoints(change)} ${years}`,
  };
}

/**
 * What a chart's signals say (chartName in lower case, e.g. «seriediagrammet») about the story's change, e.g. «I seriediagrammet er nedgangen
 * et signal (lang serie under medianen).» Signals pointing the same way as the change, or
 * without a direction (too few crossings), support it; others are named as signals in the
 * series.
 */
export function signalVerdict(story: ChangeStory, chartName: string, signals: readonly Signal[]): string {
  const Chart = chartName.charAt(0).toUpperCase() + chartName.slice(1);
  const dir = story.direction === 'down' || story.direction === 'up' ? story.direction : null;
  if (dir === null) {
    return signals.length
      ? `${Chart} viser et signal (${describeSignals(signals)}).`
      : `${Chart} viser ingen signal, bare vanlig variasjon.`;
  }
  const noun = dir === 'down' ? 'nedgangen' : 'økningen';
  const supporting = signals.filter((s) => s.direction === dir || s.direction === null);
  const opposing = signals.filter((s) => s.direction !== null && s.direction !== dir);
  if (supporting.length) return `I ${chartName} er ${noun} et signal (${describeSignals(supporting)}).`;
  if (opposing.length) {
    return `I ${chartName} er ${noun} ikke et signal, men serien viser et signal (${describeSignals(opposing)}).`;
  }
  return `I ${chartName} er ${noun} innenfor vanlig variasjon, ikke et signal.`;
}
