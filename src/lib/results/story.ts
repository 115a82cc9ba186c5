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
import { resultsPage, sickLeaveText } from '../../i18n/results';

const words = sickLeaveText.story;

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
  return resultsPage.comparison.points(ppFormat.format(value));
}

/** A figure as printed with one decimal (toFixed and Intl both round the exact binary value). */
const printed = (v: number) => Number(v.toFixed(1));

const REASONS: Record<Exclude<StoryStatus, 'ok'>, (i: ChangeStoryInput) => string> = {
  'no-data': (i) => words.noData(i.subject),
  'incomplete-baseline': (i) => words.incompleteBaseline(i.subject, String(i.baselineYear)),
  'no-follow-up': (i) => words.noFollowUp(i.subject, String(i.baselineYear)),
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
    short: words.noChange,
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
  const years = [String(baselineYear), String(latest.år)] as const;
  const facts = {
    subject,
    from: formatPercent(from),
    to: formatPercent(to),
    baselineYear: years[0],
    baselineMeaning,
    latestYear: years[1],
  };
  const sentence =
    direction === 'unchanged'
      ? words.unchanged(facts)
      : words.changed({
          ...facts,
          down: direction === 'down',
          points: formatPoints(Math.abs(change)).replace(/^[+−-]/, ''),
        });
  return {
    status: 'ok',
    baselineYear,
    latestYear: latest.år,
    from,
    to,
    change,
    direction,
    sentence,
    short:
      direction === 'unchanged' ? words.shortUnchanged(...years) : words.shortChanged(formatPoints(change), ...years),
  };
}

/**
 * What a chart's signals say (chartName in lower case, e.g. «seriediagrammet») about the story's change, e.g. «I seriediagrammet er nedgangen
 * et signal (lang serie under medianen).» Signals pointing the same way as the change, or
 * without a direction (too few crossings), support it; others are named as signals in the
 * series.
 */
export function signalVerdict(story: ChangeStory, chartName: string, signals: readonly Signal[]): string {
  const v = sickLeaveText.verdict;
  const Chart = chartName.charAt(0).toUpperCase() + chartName.slice(1);
  const dir = story.direction === 'down' || story.direction === 'up' ? story.direction : null;
  if (dir === null) return signals.length ? v.signal(Chart, describeSignals(signals)) : v.noSignal(Chart);
  const noun = v.noun[dir];
  const supporting = signals.filter((s) => s.direction === dir || s.direction === null);
  const opposing = signals.filter((s) => s.direction !== null && s.direction !== dir);
  if (supporting.length) return v.supported(chartName, noun, describeSignals(supporting));
  if (opposing.length) return v.opposed(chartName, noun, describeSignals(opposing));
  return v.ordinary(chartName, noun);
}
