/**
 * What NorwayMap.astro writes beside the drawing: the municipalities in Norwegian order, the
 * lists by pool with their counts, the symbols' names and the note on those without a position.
 */
import { mapUi as t } from '../../i18n/map';
import { compareNb, formatInteger } from '../format/nb';
import type { NorwayMap } from '../map/norway';
import { placeMarkers, type PlaceInput } from '../map/markers';
import { POOLS, POOL_LABELS } from '../schemas/vocabulary';

/** The map's markers, its pool lists and every text about them. */
export function mapView(map: Pick<NorwayMap, 'project'>, municipalities: readonly PlaceInput[]) {
  const places = [...municipalities].sort((a, b) => compareNb(a.navn, b.navn));
  const { drawn, missing } = placeMarkers(map, places);
  const drawnIds = new Set(drawn.map((m) => m.id));
  const count = formatInteger(drawn.length);
  return {
    intro: t.intro(count),
    svgLabel: t.svgLabel(count),
    markers: drawn.map((m) => ({ ...m, name: t.marker(m.navn, POOL_LABELS[m.pulje]) })),
    groups: POOLS.map((pool) => ({ pool, members: places.filter((p) => p.pulje === pool) }))
      .filter((g) => g.members.length > 0)
      .map(({ pool, members }) => ({
        pool,
        heading: t.pool(POOL_LABELS[pool], formatInteger(members.length)),
        members: members.map((m) => ({ id: m.id, navn: m.navn, notDrawn: drawnIds.has(m.id) ? null : t.notDrawn })),
      })),
    missing:
      missing.length === 0
        ? null
        : t.missing.sentence(
            missing.length === 1 ? t.missing.one : t.missing.many(formatInteger(missing.length)),
            missing.map((m) => m.navn).join(', '),
          ),
  };
}
