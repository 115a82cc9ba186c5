import { describe, expect, it } from 'vitest';
import { browseListings } from './search-listings';

describe('browseListings', () => {
  it('reads as one sentence for the projects, with a link per facet', () => {
    const { projects } = browseListings();
    const sentence = [projects.text, projects.alsoBy, ...projects.facets.flatMap((f) => [f.before, f.text])].join('');
    expect(sentence).toBe('Prosjekter, også etter pleie og omsorg, oppvekst, pulje, fylke og fokusområde');
    expect(projects.facets.map((f) => f.href)).toEqual([
      '/prosjekter/sektor/pleie-og-omsorg/',
      '/prosjekter/sektor/oppvekst/',
      '/prosjekter/pulje/innsats/',
      '/prosjekter/#fylke',
      '/prosjekter/fokus/naervaer/',
    ]);
  });

  it('names the other listings by their collections’ plural labels', () => {
    expect(browseListings().others).toEqual([
      { href: '/kommuner/', text: 'Kommuner' },
      { href: '/verktoy/', text: 'Verktøy og metoder' },
      { href: '/nyhetsbrev/', text: 'Nyhetsbrev' },
      { href: '/historier/', text: 'Gode historier' },
      { href: '/samlinger/', text: 'Samlinger' },
    ]);
  });
});
