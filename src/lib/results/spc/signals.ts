/**
 * The signals an SPC chart can raise: a machine-readable code for code and tests, and a
 * short Norwegian (bokmål) phrase for pages and summaries.
 */
import { signalText } from '../../../i18n/results';

/** Which rule fired. */
export type SignalCode =
  /** A run of points above the centre line longer than the limit (Anhøj). */
  | 'long-run-above'
  /** A run of points below the centre line longer than the limit (Anhøj). */
  | 'long-run-below'
  /** Fewer crossings of the centre line than the limit (Anhøj). */
  | 'few-crossings'
  /** One or more points above the upper control limit. */
  | 'above-upper-limit'
  /** One or more points below the lower control limit. */
  | 'below-lower-limit'
  /** One or more moving ranges above their upper limit (XmR). */
  | 'moving-range-above-limit';

/** The line runs and crossings are counted against. */
export type CentreKind = 'median' | 'centre-line';

export interface Signal {
  code: SignalCode;
  /** Short Norwegian phrase, e.g. "lang serie under medianen". */
  message: string;
  /** The direction the signal points in; null when it has none (crossings, moving ranges). */
  direction: 'up' | 'down' | null;
  /** Indices of the points involved (the run, or the points outside the limits). */
  points: number[];
}

/** The rule's phrase, worded in src/i18n/results.ts (signalText). */
export function signalMessage(code: SignalCode, centre: CentreKind = 'median'): string {
  return signalText.messages[code](signalText.centre[centre]);
}

const DIRECTIONS: Record<SignalCode, Signal['direction']> = {
  'long-run-above': 'up',
  'long-run-below': 'down',
  'few-crossings': null,
  'above-upper-limit': 'up',
  'below-lower-limit': 'down',
  'moving-range-above-limit': null,
};

/** Builds a signal with its message and direction. */
export function makeSignal(code: SignalCode, points: number[], centre: CentreKind = 'median'): Signal {
  return { code, message: signalMessage(code, centre), direction: DIRECTIONS[code], points };
}

/** A point with control limits, as the p, p′ and XmR charts report them. */
export interface LimitedPoint {
  index: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/** Signals for points strictly outside their limits. */
export function limitSignals(points: readonly LimitedPoint[]): Signal[] {
  const above: number[] = [];
  const below: number[] = [];
  for (const p of points) {
    if (p.value === null) continue;
    if (p.upper !== null && p.value > p.upper) above.push(p.index);
    if (p.lower !== null && p.value < p.lower) below.push(p.index);
  }
  const signals: Signal[] = [];
  if (above.length) signals.push(makeSignal('above-upper-limit', above));
  if (below.length) signals.push(makeSignal('below-lower-limit', below));
  return signals;
}
