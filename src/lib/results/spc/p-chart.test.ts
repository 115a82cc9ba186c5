import { describe, expect, it } from 'vitest';
import { pChart, weightedCentre } from './p-chart';

describe('pChart', () => {
  it('uses p̄ = Σ count / Σ n and per-point 3-sigma limits from each n', () => {
    // Counts 10/100, 30/400, 60/500: p̄ = 100/1000 = 0.1 (the mean of the proportions is 0.0917).
    const chart = pChart([
      { count: 10, n: 100 },
      { count: 30, n: 400 },
      { count: 60, n: 500 },
    ]);
    expect(chart.kind).toBe('p');
    expect(chart.centre).toBeCloseTo(0.1, 15);
    // σ₁ = sqrt(0.1 · 0.9 / 100) = 0.03 → limits 0.01 and 0.19.
    expect(chart.points[0]!.sigma).toBeCloseTo(0.03, 15);
    expect(chart.points[0]!.lower).toBeCloseTo(0.01, 12);
    expect(chart.points[0]!.upper).toBeCloseTo(0.19, 12);
    // σ₂ = sqrt(0.09 / 400) = 0.015 → 0.055 and 0.145.
    expect(chart.points[1]!.lower).toBeCloseTo(0.055, 12);
    expect(chart.points[1]!.upper).toBeCloseTo(0.145, 12);
    expect(chart.signals).toEqual([]);
  });

  it('signals points outside their limits, named in Norwegian', () => {
    // Nine points of 8/100 and one of 28/100: p̄ = 100/1000 = 0.1, limits 0.1 ± 3 · 0.03,
    // so 0.28 is above the upper limit 0.19 and 0.08 is inside.
    const data = Array.from({ length: 9 }, () => ({ count: 8, n: 100 }));
    data.push({ count: 28, n: 100 });
    const chart = pChart(data, { runRules: false });
    expect(chart.centre).toBeCloseTo(0.1, 15);
    expect(chart.signals.map((s) => [s.code, s.message, s.direction, s.points])).toEqual([
      ['above-upper-limit', 'punkt over øvre kontrollgrense', 'up', [9]],
    ]);
    expect(chart.runs).toBeNull();
  });

  it('clamps limits to [0, 1], as qicharts2 (qic.p) does', () => {
    // p̄ = 0.02 with n = 50: 0.02 ± 3 · sqrt(0.02 · 0.98 / 50) = 0.02 ± 0.0594.
    const chart = pChart([
      { count: 1, n: 50 },
      { count: 1, n: 50 },
    ]);
    expect(chart.points[0]!.lower).toBe(0);
    expect(chart.points[0]!.upper).toBeCloseTo(0.02 + 3 * Math.sqrt((0.02 * 0.98) / 50), 12);
    const high = pChart([
      { count: 49, n: 50 },
      { count: 49, n: 50 },
    ]);
    expect(high.points[0]!.upper).toBe(1);
  });

  it('leaves a gap without value or limits', () => {
    const chart = pChart([{ count: 5, n: 100 }, null, { count: 7, n: 100 }]);
    expect(chart.points[1]).toMatchObject({ value: null, n: null, lower: null, upper: null });
    expect(chart.centre).toBeCloseTo(0.06, 15);
    expect(weightedCentre([null])).toBeNull();
  });

  it('adds the Anhøj run rules around the centre line by default', () => {
    // 10 points: 8 below p̄, then 2 far above: a run of 8 > 6 below the centre line.
    const data = [
      ...Array.from({ length: 8 }, () => ({ count: 9, n: 100 })),
      { count: 20, n: 100 },
      { count: 20, n: 100 },
    ];
    const chart = pChart(data);
    expect(chart.runs?.centreKind).toBe('centre-line');
    expect(chart.signals.map((s) => s.message)).toContain('lang serie under midtlinjen');
  });
});
