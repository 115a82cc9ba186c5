import { describe, expect, it } from 'vitest';
import { MR_UPPER_LIMIT_FACTOR, XMR_LIMIT_FACTOR, xmrChart } from './xmr';

describe('xmrChart', () => {
  it('uses the NHS "Making Data Count" constants 2.66 and 3.267', () => {
    expect(XMR_LIMIT_FACTOR).toBe(2.66);
    expect(MR_UPPER_LIMIT_FACTOR).toBe(3.267);
    // Both follow from the range of two normal values, |X₁ − X₂| = √2·|Z|:
    // d2 = E = 2/√π ≈ 1.128, d3 = sd = √(2 − 4/π) ≈ 0.853; 2.66 = 3/d2, 3.267 = D4 = 1 + 3·d3/d2.
    const d2 = 2 / Math.sqrt(Math.PI);
    const d3 = Math.sqrt(2 - 4 / Math.PI);
    expect(d2.toFixed(3)).toBe('1.128');
    expect((3 / d2).toFixed(2)).toBe('2.66');
    expect((1 + (3 * d3) / d2).toFixed(3)).toBe('3.267');
  });

  it('computes mean, average moving range and limits on a hand-worked example', () => {
    // Survey scores 4.0, 4.4, 4.2, 4.6, 4.3: mean 4.3; moving ranges 0.4, 0.2, 0.4, 0.3, MR̄ 0.325;
    // limits 4.3 ± 2.66 · 0.325 = 3.4355 and 5.1645; MR limit 3.267 · 0.325 = 1.061775.
    const chart = xmrChart([4.0, 4.4, 4.2, 4.6, 4.3]);
    expect(chart.mean).toBeCloseTo(4.3, 12);
    expect(chart.averageMovingRange).toBeCloseTo(0.325, 12);
    expect(chart.lower).toBeCloseTo(3.4355, 12);
    expect(chart.upper).toBeCloseTo(5.1645, 12);
    expect(chart.movingRangeUpper).toBeCloseTo(1.061775, 12);
    expect(chart.points.map((p) => p.movingRange?.toFixed(1) ?? null)).toEqual([null, '0.4', '0.2', '0.4', '0.3']);
    expect(chart.signals).toEqual([]);
  });

  it('signals a point outside the limits and a moving range above its limit', () => {
    // Mean 79/11 = 7.18; moving ranges nine of 1 and one of 7, MR̄ = 16/10 = 1.6; upper limit
    // 7.18 + 2.66 · 1.6 = 11.44 < 14; MR limit 3.267 · 1.6 = 5.23 < 7.
    const values = [6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 14];
    const chart = xmrChart(values, { runRules: false });
    expect(chart.mean).toBeCloseTo(79 / 11, 12);
    expect(chart.averageMovingRange).toBeCloseTo(1.6, 12);
    expect(chart.signals.map((s) => [s.code, s.message, s.points])).toEqual([
      ['above-upper-limit', 'punkt over øvre kontrollgrense', [10]],
      ['moving-range-above-limit', 'glidende variasjonsbredde over øvre grense', [10]],
    ]);
  });

  it('does not take a moving range across a gap', () => {
    const chart = xmrChart([1, null, 5, 6]);
    expect(chart.points.map((p) => p.movingRange)).toEqual([null, null, null, 1]);
    expect(chart.averageMovingRange).toBe(1);
    expect(chart.mean).toBe(4);
  });

  it('has no limits without two neighbouring values', () => {
    const chart = xmrChart([3, null, 4]);
    expect(chart).toMatchObject({
      mean: 3.5,
      averageMovingRange: null,
      lower: null,
      upper: null,
      signals: [],
    });
  });
});
