/**
 * P chart for proportions with varying subgroup sizes, here sick leave per period:
 * count = lost work-days, n = agreed work-days.
 *
 * - Centre line: p̄ = Σ count / Σ n (weighted, never the mean of the proportions).
 * - Limits per point from its own n: p̄ ± 3 · sqrt(p̄(1 − p̄) / nᵢ), clamped to [0, 1].
 * - Signals: points strictly outside their limits; by default also the Anhøj run rules
 *   around the centre line, as qicharts2 does for every chart.
 *
 * Values are proportions (0-1), not per cent. Sources: Montgomery, Introduction to
 * Statistical Quality Control, ch. 7 (the p chart); qicharts2 (R), function qic.p.
 *
 * With very large denominators (a municipality has tens of thousands of agreed work-days
 * a quarter) the limits get so tight that almost every point falls outside: use Laney's
 * p′ chart (laney.ts), or `proportionChart` there, which chooses.
 */
import { type RunsAnalysis, runsAnalysis } from './run-chart';
import { type LimitedPoint, type Signal, limitSignals } from './signals';

/** A count out of a denominator for one period; null for a missing period (a gap). */
export interface Counts {
  /** Events, e.g. lost work-days. */
  count: number;
  /** Opportunities, e.g. agreed work-days. Must be > 0. */
  n: number;
}

export interface ProportionPoint extends LimitedPoint {
  /** count / n, or null for a gap. */
  value: number | null;
  /** The point's denominator, or null for a gap. */
  n: number | null;
  /** σ of the point: sqrt(p̄(1 − p̄)/nᵢ), times σz on a p′ chart. */
  sigma: number | null;
}

export interface ProportionChart {
  kind: 'p' | 'p-prime';
  /** p̄ = Σ count / Σ n; null without data. */
  centre: number | null;
  /** Laney's σz (1 on a p chart). */
  sigmaZ: number;
  points: ProportionPoint[];
  /** Runs analysis around p̄, when run rules are on and there is data. */
  runs: RunsAnalysis | null;
  /** Every rule that fired: limits first, then run rules. */
  signals: Signal[];
}

export interface ChartOptions {
  /** Apply the Anhøj run rules around the centre line too; default true. */
  runRules?: boolean;
}

/** p̄ = Σ count / Σ n over the points with data; null without data. */
export function weightedCentre(data: readonly (Counts | null)[]): number | null {
  let count = 0;
  let n = 0;
  for (const d of data) {
    if (!d) continue;
    count += d.count;
    n += d.n;
  }
  return n > 0 ? count / n : null;
}

/** Binomial σ of each point: sqrt(p̄(1 − p̄)/nᵢ); null for gaps. */
export function binomialSigmas(data: readonly (Counts | null)[], centre: number): (number | null)[] {
  return data.map((d) => (d && d.n > 0 ? Math.sqrt((centre * (1 - centre)) / d.n) : null));
}

/** Assembles a proportion chart from per-point σ (already scaled by σz). */
export function buildProportionChart(
  kind: ProportionChart['kind'],
  data: readonly (Counts | null)[],
  centre: number | null,
  sigmas: readonly (number | null)[],
  sigmaZ: number,
  options: ChartOptions = {},
): ProportionChart {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const points: ProportionPoint[] = data.map((d, index) => {
    const sigma = sigmas[index] ?? null;
    const value = d && d.n > 0 ? d.count / d.n : null;
    return {
      index,
      value,
      n: d ? d.n : null,
      sigma,
      lower: centre !== null && sigma !== null ? clamp(centre - 3 * sigma) : null,
      upper: centre !== null && sigma !== null ? clamp(centre + 3 * sigma) : null,
    };
  });
  const runs =
    options.runRules !== false && centre !== null
      ? runsAnalysis(
          points.map((p) => p.value),
          centre,
          'centre-line',
        )
      : null;
  return {
    kind,
    centre,
    sigmaZ,
    points,
    runs,
    signals: [...limitSignals(points), ...(runs?.signals ?? [])],
  };
}

/** The classic p chart. */
export function pChart(data: readonly (Counts | null)[], options: ChartOptions = {}): ProportionChart {
  const centre = weightedCentre(data);
  const sigmas = centre === null ? data.map(() => null) : binomialSigmas(data, centre);
  return buildProportionChart('p', data, centre, sigmas, 1, options);
}
