import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('draws the lowest value at the bottom and the highest at the top, a step per value', () => {
    const s = sparkline([10, 12, 11], 10, 12);
    expect(s.path).toBe('M0.0,33.0 L60.0,3.0 L120.0,18.0');
    expect(s.dots).toEqual([
      { cx: 0, cy: 33 },
      { cx: 60, cy: 3 },
      { cx: 120, cy: 18 },
    ]);
    expect(s.viewBox).toBe('-3 0 126 36');
  });

  it('lifts the pen at a gap and draws no dot there', () => {
    const s = sparkline([10, null, 12, 11], 10, 12);
    expect(s.path).toBe('M0.0,33.0 M80.0,3.0 L120.0,18.0');
    expect(s.dots.map((d) => d.cx)).toEqual([0, 80, 120]);
  });

  it('draws a flat series along the bottom without dividing by zero', () => {
    const s = sparkline([5], 5, 5);
    expect(s.path).toBe('M0.0,33.0');
    expect(s.dots).toEqual([{ cx: 0, cy: 33 }]);
  });
});
