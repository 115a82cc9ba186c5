/**
 * The search index in dist/: exactly the searchable detail pages, each with type, date and title
 * keys and a summary, and the sort-order files list each indexed page once, in key order, with the
 * ids Pagefind gives. Against the built site in Chromium; expected results come from dist/
 * (tests/helpers/search-page.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, detailIds } from '../helpers/dist';
import { filterValues } from '../helpers/search-index';
import { indexedFragmentPages } from '../../config/search-index';
import {
  missingFromOrder,
  orderFileName,
  parseOrder,
  SORT_FIELDS,
  type Order,
  type SortField,
} from '../../src/lib/search/order';
import { servedSite } from '../helpers/site';
import { SEARCHABLE, byUrl, pages, searchOpener, urlsOf } from '../helpers/search-page';

const site = servedSite();
const openSearch = searchOpener(site);

describe('indeksen i dist/', () => {
  it('indekserer nøyaktig detaljsidene i de seks søkbare seksjonene, og Pagefind har like mange', () => {
    const expected = SEARCHABLE.flatMap((c) => detailIds(c).map((id) => `/${c}/${id}/`)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(urlsOf(pages), 'sider med data-pagefind-body').toEqual(expected);
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed, 'page_count i pagefind-entry.json').toBe(pages.length);
  });

  it('hver indeksert side har én type, dato- og tittelnøkkel og et sammendrag', () => {
    const bad = pages.flatMap((p) => {
      const why: string[] = [];
      if (p.filters.get('type')?.length !== 1) why.push(`type ${JSON.stringify(p.filters.get('type'))}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(p.sort.get('dato') ?? '')) why.push(`dato «${p.sort.get('dato')}»`);
      if (!p.sort.get('tittel')) why.push('mangler tittelnøkkel');
      if (!p.summary) why.push('mangler sammendrag');
      if (!p.title) why.push('mangler h1');
      return why.length ? [`${p.url}: ${why.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });
});

describe('sorteringsfilene', () => {
  const orders = Object.fromEntries(
    SORT_FIELDS.map((field) => {
      try {
        return [field, parseOrder(JSON.parse(readFileSync(path.join(DIST, 'pagefind', orderFileName(field)), 'utf8')))];
      } catch {
        return [field, [] as Order];
      }
    }),
  ) as Record<SortField, Order>;

  it('lister hver indekserte side nøyaktig én gang, med id-en fra Pagefinds fragmentfiler', async () => {
    const fragments = await indexedFragmentPages(path.join(DIST, 'pagefind'));
    expect(fragments.map((f) => f.url).sort(), 'sidene i fragmentfilene').toEqual(urlsOf(pages));
    const ids = fragments.map((f) => f.id).sort();
    for (const field of SORT_FIELDS) {
      const listed = orders[field].flat();
      expect(listed.length, `${orderFileName(field)}: ingen id to ganger`).toBe(new Set(listed).size);
      expect([...listed].sort(), orderFileName(field)).toEqual(ids);
    }
  });

  it('følger sidenes dato- og tittelnøkler', async () => {
    const byId = new Map(
      (await indexedFragmentPages(path.join(DIST, 'pagefind'))).map((f) => [f.id, byUrl.get(f.url)!]),
    );
    for (const field of SORT_FIELDS) {
      const keys = orders[field].map((group) => group.map((id) => byId.get(id)?.sort.get(field)));
      for (const group of keys) expect(new Set(group).size, `${field}: én nøkkel per gruppe`).toBe(1);
      const firsts = keys.map((g) => g[0]!);
      expect(firsts, `${field}: gruppene stigende`).toEqual([...firsts].sort());
    }
  });

  it('hver id Pagefinds JS-API gir som treff, står i begge filene', async () => {
    const { opened } = await openSearch();
    try {
      const types = [...filterValues(pages).get('type')!];
      // As text: vitest would rewrite a dynamic import() in a function passed to the page.
      const ids = (await opened.page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        const all = await pf.search(null, { filters: { type: { any: ${JSON.stringify(types)} } } });
        const byWord = await pf.search('kommune', {});
        return [...all.results, ...byWord.results].map((r) => r.id);
      })()`)) as string[];
      expect(new Set(ids).size, 'alle sidene, funnet med filter uten søkeord').toBe(pages.length);
      for (const field of SORT_FIELDS) expect(missingFromOrder(ids, orders[field]), orderFileName(field)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
