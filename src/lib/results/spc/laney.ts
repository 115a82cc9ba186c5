/**
 * Laney's p′ (p prime) chart for proportions with very large denominators, where the
 * p chart's limits are too tight because the true proportion varies a little from period to
 * period (overdispersion) on top of binomial noise.
 *
 * - zᵢ = (pᵢ − p̄) / σpᵢ with σpᵢ = sqrt(p̄(1 − p̄)/nᵢ) (the p chart's σ);
 * - σz = mean |zᵢ − zᵢ₋₁| / 1.128 (average moving range of the z-scores over d2 = 1.128);
 *   moving ranges are taken only between neighbouring points that both have data;
 * - limits p̄ ± 3 · σpᵢ · σz, clamped to [0, 1].
 * With σz = 1 the p′ chart is the p chart.
 *
 * When to use it (`shouldUseLaney`): when σz exceeds 1 + 2.4/√k, k being the number of
 * moving ranges. Under pure binomial variation (no overdispersion) σz exceeds this in about
 * 1 % of series of any length from 3 to 80 points (checked by simulation in laney.test.ts),
 * so the rule picks p′ only when the spread is clearly larger than binomial. Under-
 * dispersion (σz < 1) keeps the p chart, whose limits are then the wider, cautious ones.
 *
 * Sources: Laney DB (2002) "Improved control charts for attributes", Quality Engineering
 * 14(4): 531–537; Mohammed MA, Panesar JS, Laney DB, Wilson R (2013) "Statistical process
 * control charts for attribute data involving very large sample sizes: a review of problems
 * and solutions", BMJ Quality & Safety 22(4): 362–368; qicharts2 (R), function qic.pp.
 */
import {
  type ChartOptions,
  type Counts,
  type ProportionChart,
  binomialSigmas,
  buildProportionChart,
  pChart,
  weightedCentre,
} from './p-chart';

/** d2 for moving ranges of two points: the expected range of two standard normals. */
export const D2 = 1.128;

/** Numerator of the decision threshold 1 + LANEY_THRESHOLD_FACTOR / √k. */
export const LANEY_THRESHOLD_FACTOR = 2.4;

/** σz and the number of moving ranges it is based on. */
export interface SigmaZ {
  /** Average moving range of the z-scores / 1.128; null with no moving range. */
  sigmaZ: number | null;
  /** Number of moving ranges (pairs of neighbouring points with data). */
  movingRanges: number;
  /** z-score of each point; null for gaps. */
  z: (number | null)[];
}

/** Laney's σz of a series against its weighted centre line. */
export function laneySigmaZ(data: readonly (Counts | null)[]): SigmaZ {
  const centre = weightedCentre(data);
  if (centre === null) return { sigmaZ: null, movingRanges: 0, z: data.map(() => null) };
  const sigmas = binomialSigmas(data, centre);
  const z = data.map((d, i) => {
    const s = sigmas[i];
    return d && s ? (d.count / d.n - centre) / s : null;
  });
  let sum = 0;
  let movingRanges = 0;
  for (let i = 1; i < z.length; i++) {
    const a = z[i - 1];
    const b = z[i];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    sum += Math.abs(b - a);
    movingRanges++;
  }
  return { sigmaZ: movingRanges ? sum / movingRanges / D2 : null, movingRanges, z };
}

/** The σz above which `shouldUseLaney` picks p′: 1 + 2.4/√k for k moving ranges. */
export function laneyThreshold(movingRanges: number): number {
  return 1 + LANEY_THRESHOLD_FACTOR / Math.sqrt(movingRanges);
}

/** Whether σz shows overdispersion clearly enough to use the p′ chart (see module doc). */
export function shouldUseLaney(sigmaZ: number | null, movingRanges: number): boolean {
  return sigmaZ !== null && movingRanges >= 2 && sigmaZ > laneyThreshold(movingRanges);
}

/** Laney's p′ chart (always p′, whatever σz is). */
export function laneyChart(data: readonly (Counts | null)[], options: ChartOptions = {}): ProportionChart {
  const centre = weightedCentre(data);
  const { sigmaZ } = laneySigmaZ(data);
  const factor = sigmaZ ?? 1;
  const sigmas =
    centre === null ? data.map(() => null) : binomialSigmas(data, centre).map((s) => (s === null ? null : s * factor));
  return buildProportionChart('p-prime', data, centre, sigmas, factor, options);
}

/** The p′ chart when `shouldUseLaney` says so, otherwise the p chart. */
export function proportionChart(data: readonly (Counts | null)[], options: ChartOptions = {}): ProportionChart {
  const { sigmaZ, movingRanges } = laneySigmaZ(data);
  return shouldUseLaney(sigmaZ, movingRanges) ? laneyChart(data, options) : pChart(data, options);
}
