/**
 * One-sentence Norwegian summaries of a series and what its chart says, e.g.
 * "Sykefraværet i Verdal falt fra 9,8 % til 8,1 %; nedgangen er et signal (lang serie under
 * medianen)."
 *
 * Which signals support a change: those pointing the same way as the change (a long run
 * below the centre or a point below the lower limit for a fall; above for a rise) and those
 * without a direction (too few crossings). A signal pointing the other way is mentioned as
 * a signal in the series, not as support for the change.
 */
import { formatPercent } from '../format/nb';
import type { Signal } from './spc/signals';
import { sickLeaveText } from '../../i18n/results';

export interface ChangeSummaryInput {
  /** The subject, e.g. "Sykefraværet i Verdal". */
  subject: string;
  /** First value, e.g. the first period or the baseline. */
  from: number;
  /** Last value. */
  to: number;
  /** Signals of the series' chart (run chart, p/p′ or XmR). */
  signals: readonly Signal[];
  /** Formats a value; default `formatPercent` with one decimal ("9,8 %"). */
  format?: (value: number) => string;
}

const list = new Intl.ListFormat('nb-NO', { style: 'long', type: 'conjunction' });

/** "lang serie under medianen og for få kryssinger av medianen" (each rule once). */
export function describeSignals(signals: readonly Signal[]): string {
  return list.format([...new Set(signals.map((s) => s.message))]);
}

/**
 * One sentence on a change and whether it is a signal. The change is judged on the values
 * as shown: when both format the same, the value is "uendret".
 */
export function summarizeChange(input: ChangeSummaryInput): string {
  const format = input.format ?? ((v: number) => formatPercent(v, 1));
  const from = format(input.from);
  const to = format(input.to);
  const { subject, signals } = input;
  const w = sickLeaveText.summary;
  if (from === to) {
    return signals.length ? w.unchangedWithSignal(subject, to, describeSignals(signals)) : w.unchanged(subject, to);
  }
  const down = input.to < input.from;
  const direction = down ? 'down' : 'up';
  const noun = sickLeaveText.verdict.noun[direction];
  const supporting = signals.filter((s) => s.direction === direction || s.direction === null);
  const opposing = signals.filter((s) => s.direction !== null && s.direction !== direction);
  const head = w.head(subject, down, from, to);
  if (supporting.length) return w.supported(head, noun, describeSignals(supporting));
  if (opposing.length) return w.opposed(head, noun, describeSignals(opposing));
  return w.ordinary(head, noun);
}

/**
 * Summary of a whole series: from its first to its last value (gaps skipped), judged by the
 * chart's signals. Null when the series has no values.
 */
export function summarizeSeries(
  subject: string,
  values: readonly (number | null)[],
  chart: { signals: readonly Signal[] },
  format?: (value: number) => string,
): string | null {
  const present = values.filter((v): v is number => v !== null && !Number.isNaN(v));
  const first = present[0];
  const last = present[present.length - 1];
  if (first === undefined || last === undefined) return null;
  return summarizeChange({
    subject,
    from: first,
    to: last,
    signals: chart.signals,
    ...(format ? { format } : {}),
  });
}
