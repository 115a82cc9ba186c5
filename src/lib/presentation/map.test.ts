import { describe, expect, it } from 'vitest';
import { mapView } from './map';

const map = { project: (lat: number, lon: number): [number, number] => [lon * 10, 700 - lat * 10] };
const at = (lat: number, lon: number) => ({ lat, lon });

describe('mapView', () => {
  const view = mapView(map, [
    { id: 'tana', navn: 'Tana', pulje: '2' },
    { id: 'alta', navn: 'Alta', pulje: '2', posisjon: at(70, 23) },
    { id: 'orland', navn: 'Ørland', pulje: '1', posisjon: at(63.7, 9.6) },
    { id: 'verdal', navn: 'Verdal', pulje: '1', posisjon: at(63.8, 11.5) },
  ]);

  it('counts the drawn municipalities and names each symbol with its pool', () => {
    expect(view.intro).toMatch(/^Kartet viser 3 kommuner etter pulje,/);
    expect(view.svgLabel).toBe('Kart over Norge med 3 kommuner som lenker');
    expect(view.markers.map((m) => m.name).sort()).toEqual(['Alta (Pulje 2)', 'Verdal (Pulje 1)', 'Ørland (Pulje 1)']);
  });

  it('lists each pool with members in Norwegian order, counted, and marks those not drawn', () => {
    expect(view.groups.map((g) => g.heading)).toEqual(['Pulje 1 (2)', 'Pulje 2 (2)']);
    expect(view.groups[0]!.members.map((m) => m.navn)).toEqual(['Verdal', 'Ørland']);
    expect(view.groups[1]!.members).toEqual([
      { id: 'alta', navn: 'Alta', notDrawn: null },
      { id: 'tana', navn: 'Tana', notDrawn: ' (ikke i kartet)' },
    ]);
  });

  it('names the municipalities without a position, one or several', () => {
    expect(view.missing).toBe('Én kommune mangler posisjon og er bare med i listen: Tana.');
    const two = mapView(map, [
      { id: 'b', navn: 'B', pulje: '3' },
      { id: 'a', navn: 'A', pulje: '3' },
    ]);
    expect(two.missing).toBe('2 kommuner mangler posisjon og er bare med i listen: A, B.');
    expect(mapView(map, [{ id: 'a', navn: 'A', pulje: '3', posisjon: at(60, 10) }]).missing).toBeNull();
  });
});
