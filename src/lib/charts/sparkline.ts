/**
 * Geometry of a sparkline (Sparkline.astro): a small line of yearly values on a common y-range,
 * broken at gaps, with a dot per value.
 */

export const SPARKLINE_WIDTH = 120;
export const SPARKLINE_HEIGHT = 36;

export interface SparklineGeometry {
  /** viewBox of the SVG: the line plus room for the dots at both ends. */
  viewBox: string;
  width: number;
  height: number;
  /** Path data, "M0.0,20.3 L40.0,18.1 …"; a null value lifts the pen. */
  path: string;
  dots: { cx: number; cy: number }[];
}

/** The sparkline of `values` drawn between `min` (bottom) and `max` (top). */
export function sparkline(values: readonly (number | null)[], min: number, max: number): SparklineGeometry {
  const w = SPARKLINE_WIDTH;
  const h = SPARKLINE_HEIGHT;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const y = (v: number) => h - 3 - ((v - min) / (max - min || 1)) * (h - 6);
  const segments: string[] = [];
  const dots: { cx: number; cy: number }[] = [];
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    segments.push(`${pen ? 'L' : 'M'}${(i * step).toFixed(1)},${y(v).toFixed(1)}`);
    dots.push({ cx: i * step, cy: y(v) });
    pen = true;
  });
  return { viewBox: `-3 0 ${w + 6} ${h}`, width: w + 6, height: h, path: segments.join(' '), dots };
}
