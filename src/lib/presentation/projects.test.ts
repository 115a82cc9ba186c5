import { describe, expect, it } from 'vitest';
import type { GoalAttainment } from '../results/goals';
import { needsFullListing, PREVIEW, type Listing } from './listings';
import { fourQuartersEndingAt, toQuarter } from '../results/period';
import {
  goalResult,
  listingHeader,
  listingParam,
  municipalitiesLabel,
  preview,
  projectFacets,
  sectorInSentence,
} from './projects';

const NB = '\u00A0';
const listing: Listing = {
  kind: 'sektor',
  base: '/prosjekter/sektor/oppvekst/',
  title: 'Oppvekst',
  intro: 'Prosjekter i sektoren oppvekst:',
  projects: [],
};
const page = (number: number, count: number, first: number, last: number, total: number) => ({
  number,
  count,
  first,
  last,
  total,
  items: [],
});

describe('listingHeader', () => {
  it('states the count, and on a paged listing which projects the page shows', () => {
    expect(listingHeader({ listing, page: page(1, 1, 1, 1, 1) })).toEqual({
      title: 'Oppvekst',
      description: 'Prosjekter i sektoren oppvekst: 1 prosjekt.',
      lead: 'Prosjekter i sektoren oppvekst: 1 prosjekt.',
    });
    expect(listingHeader({ listing, page: page(2, 3, 21, 40, 1250) })).toEqual({
      title: 'Oppvekst, side 2 av 3',
      description: 'Prosjekter i sektoren oppvekst: 1\u00A0250 prosjekter.',
      lead: 'Prosjekter i sektoren oppvekst: 1\u00A0250 prosjekter. Viser 21–40.',
    });
  });
});

describe('listingParam', () => {
  it('is the path below /prosjekter/ without its slashes', () => {
    expect(listingParam('/prosjekter/sektor/oppvekst/')).toBe('sektor/oppvekst');
    expect(listingParam('/prosjekter/side/2/')).toBe('side/2');
  });

  it('refuses a URL outside the project listings', () => {
    expect(() => listingParam('/kommuner/verdal/')).toThrow(/\/kommuner\/verdal\//);
    expect(() => listingParam('/prosjekter/')).toThrow();
  });
});

describe('projectFacets', () => {
  const counts = {
    projectsBySector: new Map([['oppvekst', [1, 2]]] as const),
    projectsByPool: new Map([['1', [1]]] as const),
    projectsByFocus: new Map(),
    projectsByCounty: new Map([['Troms', [1, 2, 3]]]),
  };

  it('counts every value, links those with projects and marks the current listing', () => {
    const groups = projectFacets(counts, '/prosjekter/sektor/oppvekst/');
    expect(groups.map((g) => g.title)).toEqual(['Sektor', 'Pulje', 'Fokusområde', 'Fylke']);
    expect(groups[0]!.links).toEqual([
      { href: undefined, text: 'Pleie og omsorg (0)', current: false },
      { href: '/prosjekter/sektor/oppvekst/', text: 'Oppvekst (2)', current: true },
    ]);
    expect(groups[1]!.links.filter((l) => l.href).map((l) => l.text)).toEqual(['Pulje 1 (1)']);
    expect(groups[3]!.links).toEqual([{ href: '/prosjekter/fylke/troms/', text: 'Troms (3)', current: false }]);
  });
});

describe('preview', () => {
  it('shows the first items and a link text to all when the list is too long', () => {
    const many = Array.from({ length: PREVIEW * 3 }, (_, i) => i);
    expect(needsFullListing(many.length)).toBe(true);
    expect(preview(many)).toEqual({ shown: many.slice(0, PREVIEW), seeAll: `Se alle ${many.length} prosjektene` });
    expect(preview([1, 2, 3, 4])).toEqual({ shown: [1, 2, 3, 4], seeAll: null });
  });
});

describe('project page', () => {
  it('labels one municipality or several', () => {
    expect(municipalitiesLabel(['verdal'])).toBe('Kommune');
    expect(municipalitiesLabel(['verdal', 'levanger'])).toBe('Kommuner');
  });

  it('writes sectors inside a sentence', () => {
    expect(sectorInSentence('pleie-og-omsorg')).toBe('pleie og omsorg');
    expect(sectorInSentence('alle')).toBe('hele kommunen');
  });

  const g = (over: Partial<GoalAttainment>): GoalAttainment => ({
    goal: { tekst: 'Ned til 9 %.', indikator: 'sykefravær', målverdi: 9, retning: 'ned' } as GoalAttainment['goal'],
    goalIndex: 0,
    status: 'not-reached',
    sektor: 'alle',
    period: fourQuartersEndingAt(toQuarter(2009, 4)),
    figure: 10.24,
    target: 9,
    difference: 1.24,
    municipalities: [],
    missing: [],
    ...over,
  });

  it('states a goal’s status and its figure against the target', () => {
    expect(goalResult(g({}))).toEqual({
      text: 'Ned til 9 %.',
      status: 'Ikke nådd',
      figure: `– 10,2${NB}% i 2009 mot målet under 9,0${NB}% (hele kommunen).`,
    });
    expect(goalResult(g({ status: 'no-data', figure: null, period: null }))).toEqual({
      text: 'Ned til 9 %.',
      status: 'Mangler tall',
      figure: null,
    });
  });
});
