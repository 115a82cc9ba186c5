/**
 * Run chart with the median and the Anhøj rules for non-random variation:
 * - unusually long run: the longest run of points on the same side of the centre line is
 *   longer than round(log2(n)) + 3 (Schilling 2012);
 * - unusually few crossings: the line crosses the centre fewer times than the lower 5 %
 *   quantile of Binomial(n − 1, 0.5), qbinom(0.05, n − 1, 0.5) (Chen 2010);
 * where n is the number of useful observations: points not on the centre line. Points on
 * the centre line neither break nor extend a run and are not counted as crossings.
 * Missing points (null) are skipped the same way, so a run continues across a gap.
 *
 * Sources: Anhøj J, Olesen AV (2014) "Run charts revisited: a simulation study of run chart
 * rules for detection of non-random variation in health care processes", PLOS ONE 9(11):
 * e113825; Anhøj J (2015) "Diagnostic value of run chart analysis", PLOS ONE 10(3):
 * e0121349; qicharts2 (R), function runs.analysis.
 */
import { binomialQuantile } from './binomial';
import { type CentreKind, type Signal, makeSignal } from './signals';

/** Upper limit for the longest run with n useful observations: round(log2 n) + 3. */
export function longestRunLimit(nUseful: number): number {
  return Math.round(Math.log2(nUseful)) + 3;
}

/** Lower limit for the number of crossings: qbinom(0.05, n − 1, 0.5), exact. */
export function crossingsLimit(nUseful: number): number {
  return binomialQuantile(0.05, Math.max(nUseful - 1, 0), 0.5);
}

/** Median of the numbers (mean of the two middle ones for an even count); null if empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A run of consecutive useful points on one side of the centre line. */
export interface Run {
  side: 'above' | 'below';
  /** Indices (into the input) of the points in the run. */
  points: number[];
}

export interface RunsAnalysis {
  centre: number;
  centreKind: CentreKind;
  /** Points with a value. */
  nObs: number;
  /** Points with a value not on the centre line. */
  nUseful: number;
  runs: Run[];
  longestRun: number;
  /** round(log2 nUseful) + 3; null without useful points. */
  longestRunLimit: number | null;
  crossings: number;
  /** qbinom(0.05, nUseful − 1, 0.5); null without useful points. */
  crossingsLimit: number | null;
  /** The Anhøj rules that fired. */
  signals: Signal[];
}

/** Runs analysis of a series against a centre line (the median in a run chart). */
export function runsAnalysis(
  values: readonly (number | null)[],
  centre: number,
  centreKind: CentreKind = 'median',
): RunsAnalysis {
  const runs: Run[] = [];
  let nObs = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    nObs++;
    if (v === centre) continue;
    const side = v > centre ? 'above' : 'below';
    const current = runs[runs.length - 1];
    if (current && current.side === side) current.points.push(i);
    else runs.push({ side, points: [i] });
  }
  const nUseful = runs.reduce((n, r) => n + r.points.length, 0);
  const longestRun = runs.reduce((n, r) => Math.max(n, r.points.length), 0);
  const crossings = Math.max(runs.length - 1, 0);
  const result: RunsAnalysis = {
    centre,
    centreKind,
    nObs,
    nUseful,
    runs,
    longestRun,
    longestRunLimit: null,
    crossings,
    crossingsLimit: null,
    signals: [],
  };
  if (nUseful === 0) return result;
  const runLimit = longestRunLimit(nUseful);
  const crossLimit = crossingsLimit(nUseful);
  result.longestRunLimit = runLimit;
  result.crossingsLimit = crossLimit;
  for (const side of ['above', 'below'] as const) {
    const long = runs.filter((r) => r.side === side && r.points.length > runLimit);
    if (long.length) {
      result.signals.push(
        makeSignal(
          side === 'above' ? 'long-run-above' : 'long-run-below',
          long.flatMap((r) => r.points),
          centreKind,
        ),
      );
    }
  }
  if (crossings < crossLimit) {
    result.signals.push(makeSignal('few-crossings', [], centreKind));
  }
  return result;
}

export interface RunChart extends RunsAnalysis {
  kind: 'run';
  values: readonly (number | null)[];
}

/**
 * A run chart: the median of the points with a value as centre line, and the Anhøj rules.
 * Null when the series has no values.
 */
export function runChart(values: readonly (number | null)[]): RunChart | null {
  const present = values.filter((v): v is number => v !== null && !Number.isNaN(v));
  const centre = median(present);
  if (centre === null) return null;
  return { kind: 'run', values, ...runsAnalysis(values, centre, 'median') };
}
