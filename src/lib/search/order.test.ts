import { describe, expect, it } from 'vitest';
import {
  buildOrder,
  missingFromOrder,
  orderFileName,
  pagesInFragment,
  parseOrder,
  positions,
  sortKeysOfMeta,
  serializeOrder,
  sortMetaKey,
  sortResults,
  type SortablePage,
} from './order';
import { titleSortKey } from './record';

const page = (id: string, dato: string, title: string): SortablePage => ({ id, dato, tittel: titleSortKey(title) });

const pages: SortablePage[] = [
  page('nb_c', '2008-09-01', 'Østre Toten'),
  page('nb_a', '2007-03-01', 'Alta'),
  page('nb_e', '2008-09-01', 'Bodø'),
  page('nb_b', '2010-01-15', 'Ål'),
  page('nb_d', '2008-09-01', 'Bodø'), // same date and title as nb_e: the id decides
  page('nb_f', '2007-03-01', 'Zebra'),
];

describe('order files', () => {
  it('groups pages by date, oldest first, A–Å within a date, then by id', () => {
    expect(buildOrder(pages, 'dato')).toEqual([['nb_a', 'nb_f'], ['nb_d', 'nb_e', 'nb_c'], ['nb_b']]);
  });

  it('orders titles A–Å with æ, ø, å after z, equal titles by date, then id', () => {
    expect(buildOrder(pages, 'tittel')).toEqual([['nb_a'], ['nb_d', 'nb_e'], ['nb_f'], ['nb_c'], ['nb_b']]);
  });

  it('does not depend on the order the pages come in', () => {
    const shuffled = [pages[3]!, pages[0]!, pages[5]!, pages[1]!, pages[4]!, pages[2]!];
    expect(serializeOrder(buildOrder(shuffled, 'dato'))).toBe(serializeOrder(buildOrder(pages, 'dato')));
    expect(serializeOrder(buildOrder(shuffled, 'tittel'))).toBe(serializeOrder(buildOrder(pages, 'tittel')));
  });

  it('lists every page exactly once', () => {
    for (const field of ['dato', 'tittel'] as const) {
      const ids = buildOrder(pages, field).flat();
      expect([...ids].sort()).toEqual(pages.map((p) => p.id).sort());
    }
  });

  it('round-trips through its file text and rejects anything else', () => {
    const order = buildOrder(pages, 'dato');
    expect(serializeOrder(order)).toBe('[\n["nb_a","nb_f"],\n["nb_d","nb_e","nb_c"],\n["nb_b"]\n]\n');
    expect(parseOrder(JSON.parse(serializeOrder(order)))).toEqual(order);
    expect(parseOrder([])).toEqual([]);
    for (const bad of [null, {}, ['nb_a'], [[1]], [['nb_a'], 'nb_b']]) expect(() => parseOrder(bad)).toThrow();
    expect(orderFileName('dato')).toBe('kb-sortering-dato.json');
  });
});

describe('sorting results', () => {
  const order = buildOrder(pages, 'dato');
  const results = ['nb_b', 'nb_c', 'nb_a', 'nb_e'].map((id) => ({ id }));

  it('oldest first, and newest first with each date still A–Å', () => {
    expect(sortResults(results, positions(order, 'asc')).map((r) => r.id)).toEqual(['nb_a', 'nb_e', 'nb_c', 'nb_b']);
    expect(sortResults(results, positions(order, 'desc')).map((r) => r.id)).toEqual(['nb_b', 'nb_e', 'nb_c', 'nb_a']);
  });

  it('keeps results missing from the order, after the others and in their own order', () => {
    const withStrays = [{ id: 'nb_x' }, ...results, { id: 'nb_y' }];
    const sorted = sortResults(withStrays, positions(order, 'asc')).map((r) => r.id);
    expect(sorted).toEqual(['nb_a', 'nb_e', 'nb_c', 'nb_b', 'nb_x', 'nb_y']);
    expect(
      missingFromOrder(
        withStrays.map((r) => r.id),
        order,
      ),
    ).toEqual(['nb_x', 'nb_y']);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = results.map((r) => r.id);
    sortResults(results, positions(order, 'desc'));
    expect(results.map((r) => r.id)).toEqual(before);
  });
});

describe("sort keys in a page's Pagefind meta", () => {
  it('reads both keys as Pagefind gives them', () => {
    const meta = { title: 'x', [sortMetaKey('dato')]: '2008-09-01', [sortMetaKey('tittel')]: `a & b "c" z~2y & '` };
    expect(sortKeysOfMeta(meta)).toEqual({ dato: '2008-09-01', tittel: `a & b "c" z~2y & '` });
  });

  it('is undefined when a key is missing or empty', () => {
    expect(sortKeysOfMeta({ [sortMetaKey('dato')]: '2008-09-01' })).toBeUndefined();
    expect(sortKeysOfMeta({ [sortMetaKey('dato')]: '', [sortMetaKey('tittel')]: 'a' })).toBeUndefined();
    expect(sortKeysOfMeta({ dato: '2008-09-01', tittel: 'a' })).toBeUndefined();
    expect(sortKeysOfMeta(undefined)).toBeUndefined();
  });
});

describe('pages in a Pagefind fragment file', () => {
  it('takes the id from the file name of a page of its own', () => {
    expect(pagesInFragment('nb_4bfd752.pf_fragment', { url: '/prosjekter/a/', content: 'x', meta: {} })).toEqual([
      { id: 'nb_4bfd752', url: '/prosjekter/a/' },
    ]);
  });

  it("takes each page's sort keys from its meta", () => {
    const meta = { [sortMetaKey('dato')]: '2008-09-01', [sortMetaKey('tittel')]: 'a' };
    expect(pagesInFragment('nb_4bfd752.pf_fragment', { url: '/prosjekter/a/', meta })).toEqual([
      { id: 'nb_4bfd752', url: '/prosjekter/a/', keys: { dato: '2008-09-01', tittel: 'a' } },
    ]);
    expect(
      pagesInFragment('nb_group_03351f9.pf_fragment', { nb_1: { url: '/a/', meta }, nb_2: { url: '/b/' } }),
    ).toEqual([
      { id: 'nb_1', url: '/a/', keys: { dato: '2008-09-01', tittel: 'a' } },
      { id: 'nb_2', url: '/b/' },
    ]);
  });

  it('takes the ids from the keys of a bundled file', () => {
    const group = { nb_4bfd752: { url: '/prosjekter/a/' }, nb_573534c: { url: '/kommuner/b/' } };
    expect(pagesInFragment('nb_group_03351f9.pf_fragment', group)).toEqual([
      { id: 'nb_4bfd752', url: '/prosjekter/a/' },
      { id: 'nb_573534c', url: '/kommuner/b/' },
    ]);
  });

  it('refuses what it does not understand', () => {
    expect(() => pagesInFragment('x.pf_fragment', null)).toThrow();
    expect(() => pagesInFragment('x.pf_fragment', { nb_1: { content: 'no url' } })).toThrow(/nb_1/);
  });
});
