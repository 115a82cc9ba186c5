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

/**
 * Size of one drawing of a chart. A chart is drawn twice from the same data: a wide variant
 * for screens where it is shown at ≥ its viewBox width, and a narrow one for phones, with a
 * narrower viewBox, fewer axis labels and the same font size, so its text is not scaled down
 * below `fontSize` CSS px as long as it is shown at least `width` px wide.
 */
export interface ChartLayout {
  width: number;
  height: number;
  /** Font size of the axis text in viewBox units (the component's CSS uses the same). */
  fontSize: number;
  /** Space left of the plot for the y labels, and right of it for the last x label. */
  left: number;
  right: number;
  /** About how many y ticks. */
  yTickCount: number;
  /** Least distance between x labels' centres, in viewBox units. */
  labelSpacing: number;
}

export const WIDE_LAYOUT: ChartLayout = {
  width: 720,
  height: 320,
  fontSize: 12,
  left: 56,
  right: 16,
  yTickCount: 5,
  labelSpacing: 70,
};
/** Shown at 280–416 px wide (phones); text 12–18 px. */
export const NARROW_LAYOUT: ChartLayout = {
  width: 280,
  height: 240,
  fontSize: 12,
  left: 40,
  right: 8,
  yTickCount: 4,
  labelSpacing: 70,
};

/** Width of a label in viewBox units, estimated generously (0.62 em a character). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** `label` is the tick as the component writes it (its `formatTick`). */
  yTicks: { value: number; y: number; label: string }[];
  /** `anchor` keeps the first and last labels inside the viewBox. */
  xTicks: { label: string; x: number; anchor: 'start' | 'middle' | 'end' }[];
  fontSize: number;
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
function stepSegments(
  values: readonly (number | null)[],
  xAt: (i: number) => number,
  half: number,
  yAt: (v: number) => number,
) {
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

type XTick = ChartGeometry['xTicks'][number];

/** Left and right edge of a label as drawn with its anchor. */
export function labelExtent(t: XTick, fontSize: number): { left: number; right: number } {
  const w = estimateTextWidth(t.label, fontSize);
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return { left, right: left + w };
}

/**
 * Drops labels that would touch their left neighbour (a last label moved in by its anchor can);
 * the last category keeps its label, its neighbour goes instead.
 */
function separateLabels(ticks: XTick[], fontSize: number): XTick[] {
  const gap = fontSize / 2;
  const kept: XTick[] = [];
  ticks.forEach((t, i) => {
    const prev = kept.at(-1);
    if (!prev || labelExtent(t, fontSize).left >= labelExtent(prev, fontSize).right + gap) {
      kept.push(t);
    } else if (i === ticks.length - 1 && kept.length > 1) {
      kept.pop();
      kept.push(t);
    }
  });
  return kept;
}

/**
 * `formatTick` writes a y-axis label; the space left of the plot grows to fit the longest one
 * (y labels end 6 units left of the plot).
 */
export function lineChartGeometry(
  input: ChartInput,
  layout: ChartLayout = WIDE_LAYOUT,
  formatTick: (value: number) => string = String,
): ChartGeometry {
  const width = input.width ?? layout.width;
  const height = input.height ?? layout.height;
  const { fontSize } = layout;
  const all: number[] = [];
  for (const line of input.lines) for (const v of line.values) if (v !== null) all.push(v);
  for (const v of [...(input.upper ?? []), ...(input.lower ?? [])]) if (v !== null) all.push(v);
  if (input.centre) all.push(input.centre.value);
  const ticks = niceTicks(Math.min(...all), Math.max(...all), layout.yTickCount);
  const tickLabels = ticks.map(formatTick);
  const longestTick = Math.max(0, ...tickLabels.map((l) => estimateTextWidth(l, fontSize)));
  const left = Math.max(layout.left, Math.ceil(longestTick + 6 + 2));
  const plot = { left, top: 16, right: width - layout.right, bottom: height - 48 };
  const n = input.categories.length;
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;
  const slot = n > 0 ? (plot.right - plot.left) / n : 0;
  const xAt = (i: number) => plot.left + slot * (i + 0.5);
  const yAt = (v: number) => plot.bottom - ((v - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top);
  // Label every k-th category so labels do not collide: at least `labelSpacing` apart and
  // wider than the longest label.
  const longest = Math.max(0, ...input.categories.map((c) => estimateTextWidth(c, fontSize)));
  const spacing = Math.max(layout.labelSpacing, longest + fontSize);
  const every = Math.max(1, Math.ceil(spacing / Math.max(slot, 1)));
  const anchorOf = (label: string, x: number): 'start' | 'middle' | 'end' => {
    const half = estimateTextWidth(label, fontSize) / 2;
    if (x + half > width) return 'end';
    if (x - half < 0) return 'start';
    return 'middle';
  };
  return {
    width,
    height,
    fontSize,
    plot,
    yTicks: ticks.map((value, i) => ({ value, y: yAt(value), label: tickLabels[i]! })),
    xTicks: separateLabels(
      input.categories
        .map((label, i) => ({ label, x: xAt(i), i }))
        .filter((t) => t.i % every === 0)
        .map(({ label, x }) => ({ label, x, anchor: anchorOf(label, x) })),
      fontSize,
    ),
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
