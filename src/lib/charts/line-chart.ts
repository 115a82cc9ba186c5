/**
 * Geometry of the build-time SVG line charts (LineChart.astro): scales, nice axis ticks, line
 * paths broken at gaps, control limits as step lines and marked signal points. Pure, so the
 * numbers in the picture are unit-tested; the component only writes the SVG elements.
 */

export interface ChartLine {
  /** Legend text, e.g. "Programkommunene". */
  label: string;
  values: readonly (number | null)[];
  /** Visual role: the main series (dark, with points) or a comparison (dashed). */
  role: 'main' | 'reference';
  /** Indices of points that are part of a signal (marked with a larger, filled shape). */
  signals?: ReadonlySet<number>;
}

export interface ChartInput {
  /** One label per x position, e.g. "2008 K3". */
  categories: readonly string[];
  lines: readonly ChartLine[];
  /** Centre line (median or p̄), drawn across the chart. */
  centre?: { value: number; label: string } | null;
  /** Control limits per point (null where a point has none). */
  upper?: readonly (number | null)[];
  lower?: readonly (number | null)[];
  width?: number;
  height?: number;
}

export interface Segment {
  d: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number }[];
  xTicks: { label: string; x: number }[];
  lines: {
    label: string;
    role: ChartLine['role'];
    segments: string[];
    points: { x: number; y: number; value: number; index: number; signal: boolean }[];
  }[];
  centre: { y: number; label: string; value: number } | null;
  upper: string[];
  lower: string[];
}

/** Round numbers for an axis from `min` to `max`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((first + ticks.length * step).toFixed(10)));
  return ticks;
}

/** Splits a series into runs of consecutive values, so a gap is drawn as a gap. */
function pathSegments(points: ({ x: number; y: number } | null)[]): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of points) {
    if (!p) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      continue;
    }
    current.push(`${current.length ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`);
  }
  if (current.length) segments.push(current.join(' '));
  return segments;
}

/** Step path for per-point limits: each point's limit is drawn across its slot. */
function stepSegments(values: readonly (number | null)[], xAt: (i: number) => number, half: number, yAt: (v: number) => number) {
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    const y = yAt(v).toFixed(1);
    const x0 = (xAt(i) - half).toFixed(1);
    const x1 = (xAt(i) + half).toFixed(1);
    current.push(`${current.length ? 'L' : 'M'}${x0},${y} L${x1},${y}`);
  });
  if (current.length) segments.push(current.join(' '));
  return segments;
}

export function lineChartGeometry(input: ChartInput): ChartGeometry {
  const width = input.width ?? 720;
  const height = input.height ?? 320;
  const plot = { left: 56, top: 16, right: width - 16, bottom: height - 48 };
  const n = input.categories.length;
  const all: number[] = [];
  for (const line of input.lines) for (const v of line.values) if (v !== null) all.push(v);
  for (const v of [...(input.upper ?? []), ...(input.lower ?? [])]) if (v !== null) all.push(v);
  if (input.centre) all.push(input.centre.value);
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;
  const slot = n > 0 ? (plot.right - plot.left) / n : 0;
  const xAt = (i: number) => plot.left + slot * (i + 0.5);
  const yAt = (v: number) => plot.bottom - ((v - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top);
  // Label every k-th category so labels do not collide (about 70 px each).
  const every = Math.max(1, Math.ceil(70 / Math.max(slot, 1)));
  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: yAt(value) })),
    xTicks: input.categories
      .map((label, i) => ({ label, x: xAt(i), i }))
      .filter((t) => t.i % every === 0)
      .map(({ label, x }) => ({ label, x })),
    lines: input.lines.map((line) => {
      const coords = line.values.map((v, i) => (v === null ? null : { x: xAt(i), y: yAt(v) }));
      return {
        label: line.label,
        role: line.role,
        segments: pathSegments(coords),
        points: line.values.flatMap((v, i) =>
          v === null ? [] : [{ x: xAt(i), y: yAt(v), value: v, index: i, signal: line.signals?.has(i) ?? false }],
        ),
      };
    }),
    centre: input.centre ? { y: yAt(input.centre.value), label: input.centre.label, value: input.centre.value } : null,
    upper: input.upper ? stepSegments(input.upper, xAt, slot / 2, yAt) : [],
    lower: input.lower ? stepSegments(input.lower, xAt, slot / 2, yAt) : [],
  };
}
