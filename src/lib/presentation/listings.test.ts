import { describe, expect, it } from 'vitest';
import { deriveContent } from '../model/derive';
import {
  listingPages,
  pageUrl,
  pageWindow,
  paginate,
  pagination,
  PREVIEW_LIMIT,
  projectListings,
  projectsOfNetwork,
} from './listings';
import type { Municipality, Network, Project, Tool } from '../schemas';

describe('paginate', () => {
  it('splits into pages of the given size with positions', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.first, p.last, p.total])).toEqual([
      [1, 3, 1, 2, 5],
      [2, 3, 3, 4, 5],
      [3, 3, 5, 5, 5],
    ]);
  });

  it('gives an empty list one empty page and an exact multiple no empty last page', () => {
    expect(paginate([], 50)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
  });

  it('rejects a size below 1', () => {
    expect(() => paginate([1], 0)).toThrow(/sidestørrelse/);
  });
});

describe('pageUrl and pageWindow', () => {
  it('puts page 1 at the listing and the rest under side/', () => {
    expect(pageUrl('/prosjekter/', 1)).toBe('/prosjekter/');
    expect(pageUrl('/prosjekter/sektor/oppvekst/', 7)).toBe('/prosjekter/sektor/oppvekst/side/7/');
  });

  it('shows first, last and neighbours, with gaps only where pages are left out', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    // A gap of exactly one page shows the page instead of "…".
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe('pagination', () => {
  it('is left out when there is one page', () => {
    expect(pagination('/prosjekter/', 1, 1)).toBeNull();
  });

  it('names the bar and each page, and links the neighbours that exist', () => {
    const view = pagination('/prosjekter/', 1, 10)!;
    expect(view.label).toBe('Sider, side 1 av 10');
    expect(view.previous).toEqual({ text: 'Forrige' });
    expect(view.next).toEqual({ text: 'Neste', href: '/prosjekter/side/2/' });
    expect(view.pages).toEqual([
      { href: '/prosjekter/', text: '1', label: 'Side 1', current: true },
      { href: '/prosjekter/side/2/', text: '2', label: 'Side 2', current: false },
      null,
      { href: '/prosjekter/side/10/', text: '10', label: 'Side 10', current: false },
    ]);
  });

  it('links back to page 1 at the listing and has no next link on the last page', () => {
    const view = pagination('/prosjekter/sektor/oppvekst/', 2, 2)!;
    expect(view.previous).toEqual({ text: 'Forrige', href: '/prosjekter/sektor/oppvekst/' });
    expect(view.next).toEqual({ text: 'Neste' });
    expect(view.pages.map((p) => p?.current)).toEqual([false, true]);
  });
});

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
const project = (id: string, kommuner: string[], verktøy: string[] = []) => ({
  id,
  data: {
    tittel: `Prosjekt ${id}`,
    kommuner,
    sektor: ['oppvekst'],
    fokus: ['kvalitet'],
    periode: { start: d('2008-01-01') },
    status: 'pågår',
    sammendrag: 'Et prosjekt.',
    mål: [],
    tiltak: [],
    verktøy,
    eksempeldata: true,
    utkast: false,
  } as Project,
});

function content(projectsInA: number) {
  const projects = Array.from({ length: projectsInA }, (_, i) =>
    project(`a${String(i).padStart(3, '0')}`, ['a'], ['t1']),
  );
  projects.push(project('b1', ['b']), project('ab', ['a', 'b']));
  return deriveContent({
    municipalities: [
      municipality('a', 'Alta', { nettverk: 'n1' }),
      municipality('b', 'Bodø', { nettverk: 'n1', fylke: 'Nordland' }),
    ],
    networks: [{ id: 'n1', data: { navn: 'Nord', pulje: 'innsats', veileder: 'V', eksempeldata: true } as Network }],
    projects,
    tools: [
      {
        id: 't1',
        data: { tittel: 'SPC', kategori: 'metode', sammendrag: 'x', tema: [], vedlegg: [] } as unknown as Tool,
      },
    ],
    newsletters: [],
    stories: [],
    gatherings: [],
  });
}

describe('projectListings', () => {
  it('makes municipality, network and tool listings only when their pages cannot list them all', () => {
    // Alta has the given number plus one shared project.
    const small = projectListings(content(PREVIEW_LIMIT - 1)).map((l) => l.base);
    expect(small).not.toContain('/prosjekter/kommune/a/');
    const big = projectListings(content(PREVIEW_LIMIT + 1));
    const bases = big.map((l) => l.base);
    expect(bases).toContain('/prosjekter/kommune/a/');
    expect(bases).not.toContain('/prosjekter/kommune/b/'); // 2 projects
    expect(bases).toContain('/prosjekter/nettverk/n1/');
    expect(bases).toContain('/prosjekter/verktoy/t1/');
    expect(big.find((l) => l.kind === 'kommune')!.parent).toEqual({ label: 'Alta', href: '/kommuner/a/' });
  });

  it('lists each project of a network once, by title', () => {
    const c = content(3);
    const ids = projectsOfNetwork(c, 'n1').map((p) => p.id);
    expect(ids).toEqual(['a000', 'a001', 'a002', 'ab', 'b1']);
  });

  it('pages every listing so no page holds more than the page size, and loses no project', () => {
    const c = content(120);
    const pages = listingPages(c, 50);
    const all = pages.filter((p) => p.listing.kind === 'alle');
    expect(all.map((p) => p.url)).toEqual(['/prosjekter/', '/prosjekter/side/2/', '/prosjekter/side/3/']);
    expect(all.flatMap((p) => p.page.items.map((i) => i.id))).toEqual(c.projects.map((p) => p.id));
    expect(Math.max(...pages.map((p) => p.page.items.length))).toBe(50);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });
});
