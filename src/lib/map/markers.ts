/** Places municipalities on the map: those with a position are drawn, the rest only listed. */
import type { Pool } from '../schemas/vocabulary';
import type { NorwayMap } from './norway';
import { POOL_SHAPES, symbolPath } from './symbols';

export interface PlaceInput {
  id: string;
  navn: string;
  pulje: Pool;
  posisjon?: { lat: number; lon: number };
}

export interface Marker extends PlaceInput {
  x: number;
  y: number;
  /** SVG path data of the pool's symbol. */
  d: string;
}

/**
 * Markers for the municipalities that have a position, drawn south to north so that northern
 * symbols lie on top where they overlap; and those without a position, in input order.
 */
export function placeMarkers(
  map: Pick<NorwayMap, 'project'>,
  places: PlaceInput[],
  size = 9,
): { drawn: Marker[]; missing: PlaceInput[] } {
  const drawn: Marker[] = [];
  const missing: PlaceInput[] = [];
  for (const p of places) {
    if (!p.posisjon) {
      missing.push(p);
      continue;
    }
    const [x, y] = map.project(p.posisjon.lat, p.posisjon.lon);
    drawn.push({ ...p, x, y, d: symbolPath(POOL_SHAPES[p.pulje], x, y, size) });
  }
  drawn.sort((a, b) => b.y - a.y || a.x - b.x);
  return { drawn, missing };
}
