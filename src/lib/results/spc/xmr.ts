/**
 * XmR (individuals and moving range) chart, for series without a natural denominator such
 * as survey scores (brukerundersøkelser, medarbeiderundersøkelser).
 *
 * - Centre line: the mean of the values.
 * - MR̄: the mean moving range |xᵢ − xᵢ₋₁|, taken only between neighbouring points that
 *   both have a value (a gap breaks the moving range).
 * - Natural process limits: mean ± 2.66 · MR̄ (2.66 = 3/d2, d2 = 1.128).
 * - Upper limit for the moving range: 3.267 · MR̄ (D4 for subgroups of two).
 * - Signals: points outside the limits, moving ranges above their limit, and by default the
 *   Anhøj run rules around the mean.
 *
 * Sources: NHS England and NHS Improvement, "Making Data Count" (guidance on XmR charts,
 * constants 2.66 and 3.267); Wheeler DJ, Understanding Variation: The Key to Managing
 * Chaos (the XmR chart and its scaling factors); qicharts2 (R), functions qic.i and qic.mr.
 */
import { type RunsAnalysis, runsAnalysis } from './run-chart';
import { type LimitedPoint, type Signal, limitSignals, makeSignal } from './signals';

/** Multiplier of MR̄ for the natural process limits. */
export const XMR_LIMIT_FACTOR = 2.66;
/** Multiplier of MR̄ for the upper limit of the moving ranges. */
export const MR_UPPER_LIMIT_FACTOR = 3.267;

export interface XmrPoint extends LimitedPoint {
  /** |xᵢ − xᵢ₋₁|; null for the first point and next to gaps. */
  movingRange: number | null;
}

export interface XmrChart {
  kind: 'xmr';
  /** Mean of the values; null without values. */
  mean: number | null;
  /** Average moving range; null without two neighbouring values. */
  averageMovingRange: number | null;
  lower: number | null;
  upper: number | null;
  /** Upper limit of the moving ranges. */
  movingRangeUpper: number | null;
  points: XmrPoint[];
  runs: RunsAnalysis | null;
  signals: Signal[];
}

export interface XmrOptions {
  /** Apply the Anhøj run rules around the mean too; default true. */
  runRules?: boolean;
}

/** The XmR chart of a series; null values are gaps. */
export function xmrChart(values: readonly (number | null)[], options: XmrOptions = {}): XmrChart {
  const clean = values.map((v) => (v === null || v === undefined || Number.isNaN(v) ? null : v));
  const present = clean.filter((v): v is number => v !== null);
  const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
  const ranges = clean.map((v, i) => {
    const prev = i > 0 ? clean[i - 1] : null;
    return v !== null && prev !== null && prev !== undefined ? Math.abs(v - prev) : null;
  });
  const present2 = ranges.filter((r): r is number => r !== null);
  const averageMovingRange = present2.length ? present2.reduce((a, b) => a + b, 0) / present2.length : null;
  const lower = mean !== null && averageMovingRange !== null ? mean - XMR_LIMIT_FACTOR * averageMovingRange : null;
  const upper = mean !== null && averageMovingRange !== null ? mean + XMR_LIMIT_FACTOR * averageMovingRange : null;
  const movingRangeUpper = averageMovingRange !== null ? MR_UPPER_LIMIT_FACTOR * averageMovingRange : null;
  const points: XmrPoint[] = clean.map((value, index) => ({
    index,
    value,
    lower,
    upper,
    movingRange: ranges[index] ?? null,
  }));
  const signals = limitSignals(points);
  if (movingRangeUpper !== null) {
    const high = points.filter((p) => p.movingRange !== null && p.movingRange > movingRangeUpper).map((p) => p.index);
    if (high.length) signals.push(makeSignal('moving-range-above-limit', high));
  }
  const runs = options.runRules !== false && mean !== null ? runsAnalysis(clean, mean, 'centre-line') : null;
  if (runs) signals.push(...runs.signals);
  return {
    kind: 'xmr',
    mean,
    averageMovingRange,
    lower,
    upper,
    movingRangeUpper,
    points,
    runs,
    signals,
  };
}
