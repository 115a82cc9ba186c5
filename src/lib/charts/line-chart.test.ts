import { describe, expect, it } from 'vitest';
import { lineChartGeometry, niceTicks } from './line-chart';

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(8.3, 11.7)).toEqual([8, 9, 10, 11, 12]);
    expect(niceTicks(9.6, 10.1)).toEqual([9.6, 9.7, 9.8, 9.9, 10, 10.1]);
    expect(niceTicks(5, 5)).toEqual([4, 4.5, 5, 5.5, 6]);
  });
});

describe('lineChartGeometry', () => {
  const chart = lineChartGeometry({
    categories: ['2006 K1', '2006 K2', '2006 K3', '2006 K4'],
    lines: [{ label: 'A', role: 'main', values: [10, null, 8, 9], signals: new Set([2]) }],
    centre: { value: 9, label: 'Median' },
    upper: [11, null, 11, 11],
    width: 400,
    height: 200,
  });

  it('breaks a line at a gap instead of drawing across it', () => {
    expect(chart.lines[0]!.segments).toHaveLength(2);
    expect(chart.lines[0]!.points.map((p) => p.index)).toEqual([0, 2, 3]);
  });

  it('marks signal points and puts higher values higher up', () => {
    const [p0, p2] = chart.lines[0]!.points;
    expect(p2!.signal).toBe(true);
    expect(p0!.signal).toBe(false);
    expect(p0!.y).toBeLessThan(p2!.y); // 10 % is above 8 %
    expect(chart.centre!.y).toBeGreaterThan(p0!.y);
  });

  it('draws per-point limits as steps with gaps', () => {
    expect(chart.upper).toHaveLength(2);
    expect(chart.yTicks[0]!.value).toBeLessThanOrEqual(8);
    expect(chart.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(11);
  });
});
