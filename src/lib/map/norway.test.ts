import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { POOLS } from '../schemas/vocabulary';
import { placeMarkers } from './markers';
import { mainlandNorway, norwayMap } from './norway';
import { POOL_SHAPES, symbolPath } from './symbols';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const map = norwayMap(topology, { width: 400, height: 520 });

const inside = ([x, y]: [number, number]) => x >= 0 && x <= map.width && y >= 0 && y <= map.height;

describe('norwayMap', () => {
  it('draws a non-empty outline of mainland Norway and its neighbours', () => {
    expect(map.outline).toMatch(/^M[\d.]+,[\d.]+/);
    expect(map.outline.length).toBeGreaterThan(1000);
    expect(map.neighbours.length).toBeGreaterThan(100);
  });

  it('leaves out Svalbard and Jan Mayen', () => {
    const norway = mainlandNorway(topology);
    const lats = norway.geometry.coordinates.flatMap((p) => p[0]!.map(([, lat]) => lat!));
    expect(Math.max(...lats)).toBeLessThan(72);
    expect(Math.min(...lats)).toBeGreaterThan(57);
  });

  it('puts Oslo, Tromsø, Tana bru and Lindesnes inside the viewBox with north up', () => {
    const oslo = map.project(59.91, 10.75);
    const tromso = map.project(69.65, 18.96);
    const tana = map.project(70.2, 28.19);
    const lindesnes = map.project(57.98, 7.05);
    for (const p of [oslo, tromso, tana, lindesnes]) expect(inside(p)).toBe(true);
    expect(tromso[1]).toBeLessThan(oslo[1]);
    expect(lindesnes[1]).toBeGreaterThan(oslo[1]);
    expect(tana[0]).toBeGreaterThan(tromso[0]);
    expect(oslo[0]).toBeGreaterThan(lindesnes[0]);
  });

  it('fails clearly on a topology without Norway', () => {
    expect(() =>
      norwayMap({ type: 'Topology', objects: { countries: { type: 'GeometryCollection', geometries: [] } }, arcs: [] }),
    ).toThrow(/Norge/);
    expect(() => norwayMap(topology, { object: 'finnes-ikke' })).toThrow(/finnes-ikke/);
  });
});

describe('symbols and markers', () => {
  it('gives each pool its own shape', () => {
    expect(new Set(POOLS.map((p) => POOL_SHAPES[p])).size).toBe(POOLS.length);
    for (const p of POOLS) expect(symbolPath(POOL_SHAPES[p], 100, 100, 9)).toMatch(/^M.*Z$/);
  });

  it('draws municipalities with a position, south first, and lists the rest', () => {
    const { drawn, missing } = placeMarkers(map, [
      { id: 'tromso', navn: 'Tromsø', pulje: '3', posisjon: { lat: 69.65, lon: 18.96 } },
      { id: 'uten', navn: 'Uten', pulje: '1' },
      { id: 'mandal', navn: 'Mandal', pulje: 'innsats', posisjon: { lat: 58.03, lon: 7.46 } },
    ]);
    expect(drawn.map((m) => m.id)).toEqual(['mandal', 'tromso']);
    expect(missing.map((m) => m.id)).toEqual(['uten']);
    expect(drawn.every((m) => inside([m.x, m.y]))).toBe(true);
  });
});
