import { describe, expect, it } from 'vitest';
import { deriveContent } from '../model/derive';
import { comboLinks, poolSectorProjects, projectListings } from './listings';
import type { Municipality, Project } from '../schemas';

const municipality = (id: string, pulje: Municipality['pulje']) => ({
  id,
  data: { navn: id.toUpperCase(), kommunenummer: '0501', fylke: 'Oppland', pulje, eksempeldata: false } as Municipality,
});
const project = (id: string, kommuner: string[], sektor: Project['sektor']) => ({
  id,
  data: {
    tittel: `Prosjekt ${id}`,
    kommuner,
    sektor,
    fokus: ['kvalitet'],
    periode: { start: new Date('2008-01-01T00:00:00Z') },
    status: 'avsluttet',
    sammendrag: 'Et prosjekt.',
    mål: [],
    tiltak: [],
    verktøy: [],
    eksempeldata: true,
    utkast: false,
  } as Project,
});
const content = deriveContent({
  municipalities: [municipality('a', '1'), municipality('b', '2')],
  networks: [],
  projects: [
    project('p1', ['a'], ['oppvekst']),
    project('p2', ['a'], ['oppvekst', 'pleie-og-omsorg']),
    project('p3', ['b'], ['pleie-og-omsorg']),
  ],
  tools: [],
  newsletters: [],
  stories: [],
  gatherings: [],
});

describe('pool x sector listings', () => {
  it('selects the projects of a pool in a sector, and lists only combinations with projects', () => {
    expect(poolSectorProjects(content, '1', 'oppvekst').map((p) => p.id)).toEqual(['p1', 'p2']);
    const combos = projectListings(content).filter((l) => l.kind === 'pulje-sektor');
    expect(combos.map((l) => [l.base, l.projects.length])).toEqual([
      ['/prosjekter/pulje/1/sektor/pleie-og-omsorg/', 1],
      ['/prosjekter/pulje/1/sektor/oppvekst/', 2],
      ['/prosjekter/pulje/2/sektor/pleie-og-omsorg/', 1],
    ]);
    expect(combos[0]!.parent).toEqual({ label: 'Prosjekter i pulje 1', href: '/prosjekter/pulje/1/' });
  });

  it('links a pool listing to its sectors and a sector listing to its pools, with counts', () => {
    expect(comboLinks(content, 'pulje', '1')).toEqual([
      { href: '/prosjekter/pulje/1/sektor/pleie-og-omsorg/', label: 'Pleie og omsorg (1)' },
      { href: '/prosjekter/pulje/1/sektor/oppvekst/', label: 'Oppvekst (2)' },
    ]);
    expect(comboLinks(content, 'sektor', 'pleie-og-omsorg').map((l) => l.label)).toEqual([
      'Pulje 1 (1)',
      'Pulje 2 (1)',
    ]);
    expect(comboLinks(content, 'fylke', 'Oppland')).toEqual([]);
  });
});
