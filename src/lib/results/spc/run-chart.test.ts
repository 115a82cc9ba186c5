import { describe, expect, it } from 'vitest';
import { crossingsLimit, longestRunLimit, median, runChart, runsAnalysis } from './run-chart';

/**
 * Critical values for the longest run and the number of crossings for n = 10..100 useful
 * observations, as tabulated in Anhøj J, "Mastering Statistical Process Control Charts in
 * Healthcare", appendix "Critical Values for Longest Runs and Number of Crossings"
 * (https://github.com/anhoej/spc4hc, docs/runs-limits.html), the table that extends
 * Anhøj & Olesen (2014) "Run charts revisited", PLOS ONE 9(11): e113825.
 * A run longer than the first value, or fewer crossings than the second, is a signal.
 */
const RUN_LIMITS: Record<number, number> = {};
for (let n = 10; n <= 100; n++) RUN_LIMITS[n] = n <= 11 ? 6 : n <= 22 ? 7 : n <= 45 ? 8 : n <= 90 ? 9 : 10;
// prettier-ignore
const CROSSING_LIMITS = [
  2, 2, 3, 3, 4, 4, 4, 5, 5, 6, // n = 10-19
  6, 6, 7, 7, 8, 8, 8, 9, 9, 10, // 20-29
  10, 11, 11, 11, 12, 12, 13, 13, 14, 14, // 30-39
  14, 15, 15, 16, 16, 17, 17, 17, 18, 18, // 40-49
  19, 19, 20, 20, 21, 21, 21, 22, 22, 23, // 50-59
  23, 24, 24, 25, 25, 25, 26, 26, 27, 27, // 60-69
  28, 28, 29, 29, 29, 30, 30, 31, 31, 32, // 70-79
  32, 33, 33, 34, 34, 34, 35, 35, 36, 36, // 80-89
  37, 37, 38, 38, 39, 39, 39, 40, 40, 41, // 90-99
  41, // 100
];

describe('Anhøj limits', () => {
  it('match the published table of critical values for n = 10..100', () => {
    for (let n = 10; n <= 100; n++) {
      expect([n, longestRunLimit(n)]).toEqual([n, RUN_LIMITS[n]]);
      expect([n, crossingsLimit(n)]).toEqual([n, CROSSING_LIMITS[n - 10]]);
    }
  });

  it('give the examples from the critical-value table of Anhøj & Olesen (2014)', () => {
    // n = 10: longest run > 6, crossings < 2; n = 20: > 7, < 6; n = 24: > 8, < 8; n = 30: > 8, < 10.
    expect([10, 20, 24, 30].map((n) => [longestRunLimit(n), crossingsLimit(n)])).toEqual([
      [6, 2],
      [7, 6],
      [8, 8],
      [8, 10],
    ]);
  });
});

describe('runsAnalysis', () => {
  it('reproduces qicharts2 summary() for 24 useful points: longest.run.max 8, n.crossings.min 8', () => {
    // qicharts2's reference page for summary.qic shows summary(qic(rnorm(24), chart = 'i'))
    // with n.useful 24, longest.run.max 8 and n.crossings.min 8. 24 alternating points have
    // 23 crossings and no long run.
    const values = Array.from({ length: 24 }, (_, i) => (i % 2 ? 1 : -1));
    const result = runsAnalysis(values, 0, 'centre-line');
    expect(result).toMatchObject({ nObs: 24, nUseful: 24, longestRun: 1, crossings: 23 });
    expect(result).toMatchObject({ longestRunLimit: 8, crossingsLimit: 8, signals: [] });
  });

  it('leaves points on the median out of runs and crossings', () => {
    // 12 points, 2 on the median (5): n = 10 useful, limits > 6 and < 2.
    const values = [4, 4, 5, 4, 6, 6, 5, 6, 4, 6, 6, 4];
    const result = runsAnalysis(values, 5);
    expect(result.nObs).toBe(12);
    expect(result.nUseful).toBe(10);
    // Runs: [4,4,4] [6,6,6] [4] [6,6] [4]: the point on the median does not break the first run.
    expect(result.runs.map((r) => r.points)).toEqual([[0, 1, 3], [4, 5, 7], [8], [9, 10], [11]]);
    expect(result.crossings).toBe(4);
    expect(result.longestRunLimit).toBe(6);
    expect(result.crossingsLimit).toBe(2);
    expect(result.signals).toEqual([]);
  });

  it('signals a long run (7 > 6 for n = 10) with its side and points', () => {
    const values = [6, 5.5, 4, 3, 4, 3, 4, 3, 4, 7];
    const result = runsAnalysis(values, 5);
    expect(result.longestRun).toBe(7);
    expect(result.signals.map((s) => [s.code, s.message, s.direction, s.points])).toEqual([
      ['long-run-below', 'lang serie under medianen', 'down', [2, 3, 4, 5, 6, 7, 8]],
    ]);
  });

  it('signals too few crossings (1 < 2 for n = 10) without a long run', () => {
    // Runs of 5 and 5: no run > 6, but only one crossing.
    const result = runsAnalysis([1, 2, 1, 2, 1, 9, 8, 9, 8, 9], 5);
    expect(result.longestRun).toBe(5);
    expect(result.crossings).toBe(1);
    expect(result.signals.map((s) => [s.code, s.message, s.direction])).toEqual([
      ['few-crossings', 'for få kryssinger av medianen', null],
    ]);
  });

  it('is silent about a series with nothing off the centre line', () => {
    expect(runsAnalysis([5, 5, null], 5)).toMatchObject({
      nObs: 2,
      nUseful: 0,
      signals: [],
      longestRunLimit: null,
    });
  });
});

describe('runChart', () => {
  it('uses the median of the values, skipping gaps', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const chart = runChart([1, null, 3, 2, 10])!;
    expect(chart.centre).toBe(2.5);
    expect(chart.nObs).toBe(4);
    expect(runChart([null])).toBeNull();
  });

  it('finds a shift in a sick-leave series', () => {
    // 10 quarters at about 10 %, then 10 at about 8.5 %: 20 useful points, runs of 10 > 7,
    // 1 crossing < 6.
    const values = [
      10.1, 9.9, 10.2, 10.0, 9.8, 10.3, 10.1, 9.9, 10.0, 10.2, 8.6, 8.4, 8.5, 8.7, 8.3, 8.6, 8.5, 8.4, 8.6, 8.5,
    ];
    const chart = runChart(values)!;
    expect(chart.longestRunLimit).toBe(7);
    expect(chart.crossingsLimit).toBe(6);
    expect(chart.signals.map((s) => s.code)).toEqual(['long-run-above', 'long-run-below', 'few-crossings']);
  });
});
