import { describe, expect, it } from 'vitest';
import { collectionLink, mainNav } from './main-nav';

describe('mainNav', () => {
  it('lists the collections under their menu names, then results and about', () => {
    expect(mainNav().map((i) => `${i.href} ${i.label}`)).toEqual([
      '/prosjekter/ Prosjekter',
      '/kommuner/ Kommuner',
      '/nettverk/ Nettverk',
      '/verktoy/ Verktøy',
      '/historier/ Gode historier',
      '/nyhetsbrev/ Nyhetsbrev',
      '/samlinger/ Samlinger',
      '/resultater/ Resultater',
      '/om/ Om programmet',
    ]);
  });

  it('gives a collection the same link in a breadcrumb as in the menu', () => {
    expect(collectionLink('nettverk')).toEqual(mainNav()[2]);
  });
});
