/**
 * The map of Norway, computed at build time: the mainland outline (from a Natural Earth
 * TopoJSON topology such as world-atlas' countries-50m.json) projected to an SVG path, the
 * neighbouring countries as a faint backdrop, and a projection for placing municipalities.
 * Pure functions: they take the topology and return strings and numbers; nothing reaches
 * the browser but the SVG drawn from them.
 */
import { geoBounds, geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** ISO 3166-1 numeric codes of the countries drawn. */
export const COUNTRY_IDS = { norway: '578', sweden: '752', finland: '246', russia: '643', denmark: '208' } as const;

/** The part of Norway drawn: mainland and coastal islands. Svalbard and Jan Mayen lie outside. */
export const MAINLAND = { minLat: 57, maxLat: 72, minLon: 4, maxLon: 32 } as const;

export interface MapOptions {
  /** Width of the viewBox. */
  width?: number;
  /** Height of the viewBox. */
  height?: number;
  /** Space kept free around the outline, in viewBox units. */
  padding?: number;
  /** Name of the countries object in the topology ("countries" in world-atlas). */
  object?: string;
}

export interface NorwayMap {
  width: number;
  height: number;
  /** SVG path data of mainland Norway. */
  outline: string;
  /** SVG path data of the neighbouring countries, clipped to the viewBox. */
  neighbours: string;
  /** Projects a position to viewBox coordinates [x, y], rounded to 0.1. */
  project: (lat: number, lon: number) => [number, number];
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name?: string }>;

const round = (v: number) => Math.round(v * 10) / 10;

function countries(topology: Topology, object: string): CountryFeature[] {
  const o = topology.objects[object] as GeometryCollection | undefined;
  if (!o) throw new Error(`Topologien har ikke objektet "${object}"`);
  return (feature(topology, o) as FeatureCollection<Geometry, { name?: string }>).features.filter(
    (f): f is CountryFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
}

const inMainland = (ring: Position[]) =>
  ring.every(
    ([lon = NaN, lat = NaN]) =>
      lat >= MAINLAND.minLat && lat <= MAINLAND.maxLat && lon >= MAINLAND.minLon && lon <= MAINLAND.maxLon,
  );

/**
 * Norway without Svalbard, Jan Mayen and Bouvetøya: only the polygons that lie wholly within
 * {@link MAINLAND}.
 */
export function mainlandNorway(topology: Topology, object = 'countries'): Feature<MultiPolygon> {
  const norway = countries(topology, object).find((f) => String(f.id) === COUNTRY_IDS.norway);
  if (!norway) throw new Error(`Fant ikke Norge (id ${COUNTRY_IDS.norway}) i topologien`);
  const polygons = norway.geometry.type === 'Polygon' ? [norway.geometry.coordinates] : norway.geometry.coordinates;
  const kept = polygons.filter((p) => p[0] !== undefined && inMainland(p[0]));
  if (kept.length === 0) throw new Error('Norge har ingen polygoner på fastlandet i topologien');
  return {
    type: 'Feature',
    id: COUNTRY_IDS.norway,
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: kept },
  };
}

/** A transverse Mercator centred on 15° E, so that the long country stands upright with north up. */
export function norwayProjection(norway: Feature, width: number, height: number, padding: number): GeoProjection {
  return geoTransverseMercator()
    .rotate([-15, -65])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      norway,
    );
}

/** Projects the outline of Norway and its neighbours into a width x height viewBox. */
export function norwayMap(topology: Topology, options: MapOptions = {}): NorwayMap {
  const { width = 400, height = 520, padding = 8, object = 'countries' } = options;
  const norway = mainlandNorway(topology, object);
  const projection = norwayProjection(norway, width, height, padding);
  const path = geoPath(projection).digits(1);
  const outline = path(norway) ?? '';

  // Neighbours: only the parts near Norway, so that Russia's far east cannot wrap around.
  const near = { minLat: 53, maxLat: 75, minLon: -2, maxLon: 42 };
  const neighbourIds: string[] = [COUNTRY_IDS.sweden, COUNTRY_IDS.finland, COUNTRY_IDS.russia, COUNTRY_IDS.denmark];
  const neighbourPolygons = countries(topology, object)
    .filter((f) => neighbourIds.includes(String(f.id)))
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .filter((p) => {
      const [[w, s], [e, n]] = geoBounds({ type: 'Polygon', coordinates: p });
      return w < near.maxLon && e > near.minLon && s < near.maxLat && n > near.minLat && e - w < 180;
    });
  const clipped = geoPath(
    geoTransverseMercator()
      .rotate(projection.rotate())
      .scale(projection.scale())
      .translate(projection.translate())
      .clipExtent([
        [0, 0],
        [width, height],
      ]),
  ).digits(1);
  const neighbours = clipped({ type: 'MultiPolygon', coordinates: neighbourPolygons }) ?? '';

  return {
    width,
    height,
    outline,
    neighbours,
    project: (lat, lon) => {
      const p = projection([lon, lat]);
      if (!p) throw new Error(`Kan ikke projisere ${lat}, ${lon}`);
      return [round(p[0]), round(p[1])];
    },
  };
}
