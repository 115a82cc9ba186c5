import { describe, expect, it } from 'vitest';
import { estimateTextWidth, lineChartGeometry, NARROW_LAYOUT, niceTicks, WIDE_LAYOUT } from './line-chart';

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

describe('narrow and wide variants', () => {
  // 16 quarters 2006–2009, as on a municipality page.
  const categories = [2006, 2007, 2008, 2009].flatMap((y) => [1, 2, 3, 4].map((q) => `${y} K${q}`));
  const values = categories.map((_, i) => 10 - i * 0.1);
  const input = { categories, lines: [{ label: 'A', role: 'main' as const, values }], upper: values.map((v) => v + 1) };
  const wide = lineChartGeometry(input, WIDE_LAYOUT);
  const narrow = lineChartGeometry(input, NARROW_LAYOUT);

  it('draws the narrow one in a narrower viewBox with the same font size', () => {
    expect(narrow.width).toBe(280);
    expect(wide.width).toBe(720);
    expect(narrow.fontSize).toBe(wide.fontSize);
    expect(narrow.fontSize).toBeGreaterThanOrEqual(12);
  });

  it('keeps every point of the series in both, inside the plot', () => {
    for (const g of [wide, narrow]) {
      const points = g.lines[0]!.points;
      expect(points).toHaveLength(16);
      for (const p of points) {
        expect(p.x).toBeGreaterThan(g.plot.left);
        expect(p.x).toBeLessThan(g.plot.right);
        expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
        expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
      }
    }
  });

  it('labels fewer categories on the narrow one, none overlapping, all inside the viewBox', () => {
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(narrow.xTicks.length).toBeGreaterThanOrEqual(2);
    for (const g of [wide, narrow]) {
      const boxes = g.xTicks.map((t) => {
        // Independent of labelExtent: the width estimate and the anchor rule written out.
        const w = estimateTextWidth(t.label, g.fontSize);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        return { left, right: left + w };
      });
      boxes.forEach((b, i) => {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(g.width);
        if (i > 0) expect(b.left).toBeGreaterThan(boxes[i - 1]!.right);
      });
    }
  });

  it('anchors a last label that would stick out of the narrow viewBox at its end', () => {
    // 16 slots of 14.5 units: every 5th labelled; the last («2009 K4») centred would pass the
    // edge, anchored at its end it would touch «2008 K3», which is dropped instead.
    expect(narrow.xTicks.map((t) => t.label)).toEqual(['2006 K1', '2007 K2', '2009 K4']);
    expect(narrow.xTicks.map((t) => t.anchor)).toEqual(['middle', 'middle', 'end']);
  });
});

describe('y labels', () => {
  it('widens the space left of the plot to fit the longest label, so it is not cut off', () => {
    const input = { categories: ['a', 'b'], lines: [{ label: 'A', role: 'main' as const, values: [10.5, 11.5] }] };
    const plain = lineChartGeometry(input, NARROW_LAYOUT, (v) => String(v));
    const long = lineChartGeometry(input, NARROW_LAYOUT, (v) => `${v.toFixed(1).replace('.', ',')}\u00a0%`);
    expect(long.yTicks.map((t) => t.label)).toContain('11,0\u00a0%');
    expect(long.plot.left).toBeGreaterThan(plain.plot.left);
    for (const t of long.yTicks)
      expect(long.plot.left - 6 - estimateTextWidth(t.label, long.fontSize)).toBeGreaterThanOrEqual(0);
  });
});
