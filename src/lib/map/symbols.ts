/**
 * Map symbols for the five intake pools: each pool has its own shape (and colour, set in
 * CSS), so the map reads in greyscale and for people who do not tell the colours apart.
 */
import { POOL_RECORDS, POOLS, type Pool, type SymbolShape } from '../schemas/vocabulary';

export type { SymbolShape };

/** Each pool's shape, from its record (POOL_RECORDS). */
export const POOL_SHAPES: Record<Pool, SymbolShape> = Object.fromEntries(
  POOLS.map((p) => [p, POOL_RECORDS[p].mapShape]),
) as Record<Pool, SymbolShape>;

const f = (v: number) => String(Math.round(v * 10) / 10);

/**
 * SVG path data of a symbol centred on (x, y) with roughly the same area for every shape;
 * `size` is the diameter of the circle.
 */
export function symbolPath(shape: SymbolShape, x: number, y: number, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const h = r * 0.89;
      return `M${f(x - h)},${f(y - h)}H${f(x + h)}V${f(y + h)}H${f(x - h)}Z`;
    }
    case 'diamond': {
      const h = r * 1.25;
      return `M${f(x)},${f(y - h)}L${f(x + h)},${f(y)}L${f(x)},${f(y + h)}L${f(x - h)},${f(y)}Z`;
    }
    case 'triangle':
    case 'triangle-down': {
      const s = shape === 'triangle' ? 1 : -1;
      const h = r * 1.35;
      return `M${f(x)},${f(y - s * h)}L${f(x + h * 0.95)},${f(y + s * h * 0.6)}L${f(x - h * 0.95)},${f(y + s * h * 0.6)}Z`;
    }
  }
}
