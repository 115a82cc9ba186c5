import { describe, expect, it } from 'vitest';
import { deriveContent, keyFigures } from './derive';
import type { Municipality, Network, Project, Story, Tool } from '../schemas';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

const municipality = (id: string, navn: string, extra: Partial<Municipality> = {}) => ({
  id,
  data: {
    navn,
    kommunenummer: '0501',
    fylke: 'Oppland',
    pulje: 'innsats',
    eksempeldata: false,
    ...extra,
  } as Municipality,
});

const project = (id: string, tittel: string, extra: Partial<Project> = {}) => ({
  id,
  data: {
    tittel,
    kommuner: ['a'],
    sektor: ['oppvekst'],
    fokus: ['kvalitet'],
    periode: { start: d('2008-01-01') },
    status: 'pågår',
    sammendrag: 'Et prosjekt.',
    mål: [],
    tiltak: [],
    verktøy: [],
    eksempeldata: true,
    utkast: false,
    ...extra,
  } as Project,
});

const tool = (id: string, tittel: string) => ({
  id,
  data: { tittel, kategori: 'metode', sammendrag: 'x', tema: [], vedlegg: [] } as unknown as Tool,
});

const network = (id: string, navn: string) => ({
  id,
  data: { navn, pulje: 'innsats', veileder: 'V', eksempeldata: true } as Network,
});

const input = {
  municipalities: [
    municipality('a', 'Østre Toten', { nettverk: 'n1' }),
    municipality('b', 'Alta', { fylke: 'Finnmark', pulje: '2', nettverk: 'n1' }),
    municipality('c', 'Ålesund', { fylke: 'Møre og Romsdal', pulje: '3' }),
  ],
  networks: [network('n1', 'Nettverk 1'), network('n2', 'Tomt nettverk')],
  projects: [
    project('p1', 'Zebra', { kommuner: ['a', 'b'], verktøy: ['t1', 't1'], sektor: ['oppvekst', 'pleie-og-omsorg'] }),
    project('p2', 'Aktiv skole', { kommuner: ['b'], verktøy: ['t1'], fokus: ['nærvær', 'kvalitet'] }),
  ],
  tools: [tool('t1', 'SPC'), tool('t2', 'Dialogseminar')],
  newsletters: [],
  stories: [
    {
      id: 's1',
      data: { tittel: 'Eldst', dato: d('2007-05-01'), kommuner: ['a'], prosjekt: 'p1' } as Story,
    },
    {
      id: 's2',
      data: { tittel: 'Nyest', dato: d('2009-05-01'), kommuner: ['a', 'b'] } as Story,
    },
  ],
  gatherings: [],
};

describe('deriveContent', () => {
  const c = deriveContent(input);

  it('sorts names the Norwegian way (Æ, Ø, Å last) and stories newest first', () => {
    expect(c.municipalities.map((m) => m.data.navn)).toEqual(['Alta', 'Østre Toten', 'Ålesund']);
    expect(c.projects.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(c.stories.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('orders entries with the same title by id, whatever order the files were read in', () => {
    const same = [project('p9', 'Nærvær'), project('p3', 'Nærvær'), project('p5', 'Nærvær')];
    for (const projects of [same, [...same].reverse()]) {
      expect(deriveContent({ ...input, projects }).projects.map((p) => p.id)).toEqual(['p3', 'p5', 'p9']);
    }
  });

  it('derives network members from the municipalities, the only place they are declared', () => {
    expect(c.membersOf('n1').map((m) => m.id)).toEqual(['b', 'a']);
    expect(c.membersOf('n2')).toEqual([]);
  });

  it('counts each project once per tool, municipality and group', () => {
    expect(c.projectsOfTool('t1').map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(c.projectsOfTool('t2')).toEqual([]);
    expect(c.projectsOfMunicipality('b').map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(c.projectsBySector.get('pleie-og-omsorg')?.map((p) => p.id)).toEqual(['p1']);
    // p1 runs in pools innsats and 2, in Oppland and Finnmark.
    expect(c.projectsByPool.get('innsats')?.map((p) => p.id)).toEqual(['p1']);
    expect(c.projectsByPool.get('2')?.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(c.projectsByCounty.get('Finnmark')?.length).toBe(2);
    expect(c.projectsByFocus.get('nærvær')?.map((p) => p.id)).toEqual(['p2']);
  });

  it('links stories to municipalities and projects', () => {
    expect(c.storiesOfMunicipality('a').map((s) => s.id)).toEqual(['s2', 's1']);
    expect(c.storiesOfProject('p1').map((s) => s.id)).toEqual(['s1']);
  });

  it('fails loudly on an id the content check should have caught', () => {
    expect(() => c.municipality('x')).toThrow(/Ukjent kommune «x»/);
  });

  it('computes key figures from the content', () => {
    const f = keyFigures(c);
    expect(f).toMatchObject({ municipalities: 3, counties: 3, networks: 2, projects: 2, tools: 2, stories: 2 });
    expect(f.perPool.get('innsats')).toBe(1);
    expect(f.perPool.get('4')).toBeUndefined();
  });
});
