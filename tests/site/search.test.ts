/**
 * The search page (/sok/) in Chromium against the built site: queries find the pages whose
 * text says so (inflections, æ/ø/å, Sámi names, glossary synonyms and nynorsk), filters count
 * exactly what dist/ holds (OR within a group, AND across groups), the state survives reload
 * and the back button, the header search box leads here, the page is accessible and usable by
 * keyboard, and without JavaScript it points to the listings instead.
 *
 * Expected results are read from dist/ (tests/helpers/search-index.ts), never hard-coded; only
 * the queries are chosen, and each expectation checks it is not empty.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { WIDTHS, documentWidth, openPage, overflowingElements, type OpenedPage } from '../helpers/browser';
import { DIST, detailIds, readDist, type Collection } from '../helpers/dist';
import { describeFocused, focused } from '../helpers/focus';
import { fragmentTargets, parseTags } from '../helpers/html';
import {
  expectedFilterCounts,
  filterValues,
  indexedPages,
  matchesFilters,
  saysWord,
  type FilterSelection,
  type IndexedPage,
} from '../helpers/search-index';
import { resolvePath } from '../../scripts/lib/static-server';
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

const site = servedSite();

/** Sections whose detail pages are searchable (networks are not). */
const SEARCHABLE: Collection[] = ['prosjekter', 'verktoy', 'nyhetsbrev', 'historier', 'kommuner', 'samlinger'];
/** Filter groups the search page shows, in its order. */
const GROUPS = ['type', 'pulje', 'sektor', 'fylke', 'fokus', 'år'];
const nb = new Intl.Collator('nb');

const pages: IndexedPage[] = (() => {
  try {
    return indexedPages();
  } catch {
    return []; // no dist/ yet: servedSite() says so before the tests
  }
})();
const byUrl = new Map(pages.map((p) => [p.url, p]));

// ---------------------------------------------------------------------------------------------
// Page helpers

interface Shown {
  href: string;
  title: string;
  meta: string;
  excerptHtml: string;
  excerptText: string;
}

interface Box {
  group: string;
  value: string;
  checked: boolean;
  label: string;
}

/** Opens /sok/ (with `query`, e.g. `?q=nærvær`) and waits until the script has shown its first status. */
async function openSearch(query = '', width: number = WIDTHS.desktop): Promise<{ opened: OpenedPage; status: string }> {
  const opened = await openPage(site.browser, site.server.url, `/sok/${query}`, { width });
  try {
    const status = await settled(opened.page);
    return { opened, status };
  } catch (err) {
    await opened.close();
    throw new Error(
      `/sok/${query}: søkesiden ble aldri klar (${String(err)}); feil under lasting: ${opened.problems.join('; ')}`,
      { cause: err },
    );
  }
}

/**
 * Waits until the status line says how a search went (or asks for a query), is not `not`
 * (the text before the change being waited for) and, with `q`, names that query.
 */
async function settled(page: Page, opts: { not?: string; q?: string } = {}): Promise<string> {
  const handle = await page.waitForFunction(
    ({ not, q }) => {
      const t = (document.getElementById('sok-status')?.textContent ?? '').trim();
      if (t === '' || t === not) return false;
      if (!/ treff\b|^Skriv et søkeord|for vanlig/.test(t)) return false;
      // Counts are written after the results; wait for them too.
      if (document.getElementById('sok-filtre')?.hasAttribute('aria-busy')) return false;
      if (q !== null && !t.includes(`«${q}»`)) return false;
      return t;
    },
    { not: opts.not ?? null, q: opts.q ?? null },
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** The number at the start of "12 treff for «nærvær»." */
function countIn(status: string): number {
  const m = /^([\d\s\u00a0\u202f]+) treff/.exec(status);
  if (!m) throw new Error(`Statusen sier ikke hvor mange treff: «${status}»`);
  return Number(m[1]!.replace(/\D/g, ''));
}

function shownResults(page: Page): Promise<Shown[]> {
  return page.$$eval('#sok-treff > li', (lis) =>
    lis.map((li) => {
      const a = li.querySelector('h3 a');
      const ps = li.querySelectorAll('p');
      const excerpt = ps[ps.length - 1];
      return {
        href: a?.getAttribute('href') ?? '',
        title: (a?.textContent ?? '').trim(),
        meta: (li.querySelector('p.search__meta')?.textContent ?? '').trim(),
        excerptHtml: excerpt?.innerHTML ?? '',
        excerptText: (excerpt?.textContent ?? '').trim(),
      };
    }),
  );
}

/** Presses "Vis flere treff" until every result is shown, and returns them all. */
async function showAll(page: Page): Promise<Shown[]> {
  for (let i = 0; i < 200 && (await page.isVisible('#sok-flere')); i++) {
    const before = await page.locator('#sok-treff > li').count();
    await page.click('#sok-flere');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#sok-treff > li').length > n || document.getElementById('sok-flere')!.hidden,
      before,
      { timeout: 10_000 },
    );
  }
  return shownResults(page);
}

function filterBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('#sok-filtre input[type="checkbox"]', (boxes) =>
    (boxes as HTMLInputElement[]).map((b) => ({
      group: b.dataset.group ?? '',
      value: b.value,
      checked: b.checked,
      label: (document.querySelector(`label[for="${b.id}"]`)?.textContent ?? '').trim(),
    })),
  );
}

const boxSelector = (group: string, value: string) =>
  `#sok-filtre input[type="checkbox"][data-group=${JSON.stringify(group)}][value=${JSON.stringify(value)}]`;

/** Opens a filter group (a closed <details>) as a user would, by clicking its summary. */
async function openGroup(page: Page, group: string): Promise<void> {
  const details = page.locator(`#sok-filtre details[data-group=${JSON.stringify(group)}]`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/**
 * Opens every filter group and waits until their counts are in. A group's `toggle` event (which
 * fetches its counts) comes a task after the click, so "not busy" alone could be read before
 * the last group has started: wait until every value of every open group shows a count.
 */
async function openAllGroups(page: Page): Promise<void> {
  for (const g of await page.$$eval('#sok-filtre details[data-group]', (ds) =>
    ds.map((d) => (d as HTMLElement).dataset.group!),
  )) {
    await openGroup(page, g);
  }
  await page.waitForFunction(
    () =>
      !document.getElementById('sok-filtre')?.hasAttribute('aria-busy') &&
      [...document.querySelectorAll('#sok-filtre details[open] .search__count')].every(
        (c) => (c.textContent ?? '') !== '',
      ),
    null,
    { timeout: 15_000 },
  );
}

/** Ticks or unticks one filter and waits for the results to follow. */
async function setFilter(page: Page, group: string, value: string, on: boolean): Promise<string> {
  const before = (await page.textContent('#sok-status'))?.trim() ?? '';
  await openGroup(page, group);
  const box = page.locator(boxSelector(group, value));
  if (on) await box.check();
  else await box.uncheck();
  return settled(page, { not: before });
}

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Labels that do not read `value (count)` with the count computed from dist/. */
function wrongCounts(boxes: Box[], selection: FilterSelection): string[] {
  const expected = expectedFilterCounts(pages, selection);
  return boxes
    .map((b) => ({ b, want: `${b.value} (${expected.get(b.group)?.get(b.value) ?? 'finnes ikke i dist/'})` }))
    .filter(({ b, want }) => b.label !== want)
    .map(({ b, want }) => `${b.group}: viser «${b.label}», skal være «${want}»`);
}

/** Lower case without combining marks: å -> a, é -> e (æ and ø have none and stay). */
const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const urlsOf = (list: { url: string }[]) => list.map((p) => p.url).sort();
const missingFrom = (expected: string[], shown: Shown[]) => {
  const got = new Set(shown.map((s) => s.href));
  return expected.filter((u) => !got.has(u));
};

/** Every shown result is an indexed page of dist/, with its title and type. */
function resultProblems(shown: Shown[]): string[] {
  const out: string[] = [];
  for (const s of shown) {
    const p = byUrl.get(s.href);
    if (!p) {
      out.push(`${s.href}: ikke en indeksert side i dist/`);
      continue;
    }
    if (s.title !== p.title) out.push(`${s.href}: tittel «${s.title}», siden har «${p.title}»`);
    const type = p.filters.get('type')?.[0] ?? '';
    if (!s.meta.startsWith(type)) out.push(`${s.href}: metalinjen «${s.meta}» begynner ikke med typen «${type}»`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

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

describe('søkeord', () => {
  it('«sykefraværet» finner alle sider som sier «sykefravær», og bare sider med ordet', async () => {
    const expected = urlsOf(pages.filter((p) => saysWord(p.visibleText, 'sykefravær')));
    expect(expected.length, 'sider i dist/ som sier «sykefravær»').toBeGreaterThan(0);
    const { opened, status } = await openSearch(`?q=${encodeURIComponent('sykefraværet')}`);
    try {
      const shown = await showAll(opened.page);
      expect(countIn(status), `status «${status}» mot antall viste treff`).toBe(shown.length);
      expect.soft(missingFrom(expected, shown), 'sider som sier «sykefravær», men ikke ble funnet').toEqual([]);
      const strays = shown
        .filter(
          (s) =>
            !/sykefravær/i.test(
              `${byUrl.get(s.href)?.title} ${byUrl.get(s.href)?.visibleText} ${byUrl.get(s.href)?.hiddenText}`,
            ),
        )
        .map((s) => s.href);
      expect.soft(strays, 'treff uten «sykefravær» noe sted i den indekserte teksten').toEqual([]);
      expect.soft(resultProblems(shown)).toEqual([]);
      expect
        .soft(
          shown.some((s) => /<mark>[^<]*sykefravær/i.test(s.excerptHtml)),
          'utdragene markerer treffordet med <mark>',
        )
        .toBe(true);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('«nettverkssamlinger» finner sidene med «Nettverkssamling» i tittelen', async () => {
    const expected = urlsOf(pages.filter((p) => saysWord(p.title, 'nettverkssamling')));
    expect(expected.length, 'sider i dist/ med «nettverkssamling» i tittelen').toBeGreaterThan(0);
    const { opened, status } = await openSearch(`?q=${encodeURIComponent('nettverkssamlinger')}`);
    try {
      const shown = await showAll(opened.page);
      expect(countIn(status)).toBe(shown.length);
      expect(missingFrom(expected, shown)).toEqual([]);
      expect.soft(resultProblems(shown)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  // æ, ø and å in the query, in the URL and in the status; a place name puts its municipality first.
  for (const q of ['nærvær', 'Nøtterøy', 'Østre Toten']) {
    it(`«${q}» finner alle sider som sier det${q === 'nærvær' ? '' : ', med kommunesiden øverst'}`, async () => {
      const expected = urlsOf(pages.filter((p) => saysWord(p.visibleText, q)));
      expect(expected.length, `sider i dist/ som sier «${q}»`).toBeGreaterThan(0);
      const { opened, status } = await openSearch(`?q=${encodeURIComponent(q)}`);
      try {
        const { page } = opened;
        expect(status).toContain(`«${q}»`);
        expect(await page.inputValue('#sok-felt')).toBe(q);
        const shown = await showAll(page);
        expect(countIn(status)).toBe(shown.length);
        expect.soft(missingFrom(expected, shown), `sider som sier «${q}», men ikke ble funnet`).toEqual([]);
        expect.soft(resultProblems(shown)).toEqual([]);
        if (q !== 'nærvær') {
          const municipality = pages.find((p) => p.url.startsWith('/kommuner/') && p.title.startsWith(`${q} kommune`));
          expect(municipality, `kommunesiden for ${q} i dist/`).toBeDefined();
          expect(shown[0]?.href, `øverste treff for «${q}»`).toBe(municipality!.url);
        }
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('samiske kommunenavn finner kommunesiden og sidene som nevner navnet', async () => {
    // Municipality pages show the Sámi name after a dash in the h1: "Tana kommune – Deanu gielda".
    const sami = pages
      .filter((p) => p.url.startsWith('/kommuner/') && p.title.includes(' – '))
      .map((p) => ({ page: p, name: p.title.split(' – ')[1]!.trim() }));
    expect(sami.length, 'kommunesider med samisk navn i dist/').toBeGreaterThan(0);
    for (const { page: municipality, name } of sami) {
      const expected = urlsOf(pages.filter((p) => saysWord(`${p.visibleText} ${p.hiddenText}`, name)));
      const { opened, status } = await openSearch(`?q=${encodeURIComponent(name)}`);
      try {
        const shown = await showAll(opened.page);
        expect(countIn(status)).toBe(shown.length);
        expect
          .soft(
            shown.map((s) => s.href),
            `«${name}»`,
          )
          .toContain(municipality.url);
        expect.soft(missingFrom(expected, shown), `sider som nevner «${name}», men ikke ble funnet`).toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  // The glossary joins sykefravær with fråvær/sjukefråvær: pages that only say "sykefravær" are found.
  for (const q of ['sjukefråvær', 'fråvær']) {
    it(`«${q}» (ordlisten) finner sider som bare sier «sykefravær», og viser sammendraget i stedet for ordlisteord`, async () => {
      // Pagefind ignores diacritics (å matches a) and matches word starts, so "fråvær" also
      // finds "fravær" and "fraværet" in the text itself, but not "sykefravær".
      const saysQ = (text: string) => new RegExp(`(^|[^\\p{L}])${fold(q)}`, 'u').test(fold(text));
      const onlyBokmal = urlsOf(pages.filter((p) => saysWord(p.visibleText, 'sykefravær') && !saysQ(p.visibleText)));
      expect(onlyBokmal.length, `sider i dist/ som sier «sykefravær» og ikke «${q}»`).toBeGreaterThan(0);
      const { opened, status } = await openSearch(`?q=${encodeURIComponent(q)}`);
      try {
        const shown = await showAll(opened.page);
        expect(countIn(status)).toBe(shown.length);
        expect
          .soft(missingFrom(onlyBokmal, shown), `sider som bare sier «sykefravær», men ikke ble funnet av «${q}»`)
          .toEqual([]);
        // Where the word is only in the hidden glossary block, that block must not be the excerpt.
        const leaked = shown
          .filter((s) => !saysQ(`${byUrl.get(s.href)?.title} ${byUrl.get(s.href)?.visibleText}`))
          .filter((s) => s.excerptText !== byUrl.get(s.href)?.summary)
          .map((s) => `${s.href}: «${s.excerptText.slice(0, 100)}»`);
        expect.soft(leaked, 'treff der ordet bare står i ordlisteblokken skal vise sammendraget').toEqual([]);
        expect.soft(resultProblems(shown)).toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('«Vis flere treff» viser ti til, og flytter fokus til det første nye treffet', async () => {
    const { opened, status } = await openSearch(`?q=${encodeURIComponent('sykefraværet')}`);
    try {
      const { page } = opened;
      const total = countIn(status);
      expect(total, 'spørringen må gi mer enn to sider med treff').toBeGreaterThan(20);
      expect(await page.locator('#sok-treff > li').count()).toBe(10);
      expect(await page.isVisible('#sok-flere')).toBe(true);
      await page.click('#sok-flere');
      await page.waitForFunction(() => document.querySelectorAll('#sok-treff > li').length > 10);
      expect(await page.locator('#sok-treff > li').count()).toBe(20);
      const f = await focused(page);
      const eleventh = await page.locator('#sok-treff > li').nth(10).locator('a').getAttribute('href');
      expect(f, describeFocused(f)).toMatchObject({ tag: 'a', href: eleventh });
      const all = await showAll(page);
      expect(all.length).toBe(total);
      expect(new Set(all.map((s) => s.href)).size, 'ingen treff vises to ganger').toBe(total);
      expect(await page.isHidden('#sok-flere')).toBe(true);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('filtre', () => {
  it('hver type gir nøyaktig antallet indekserte sider av den typen', { timeout: 180_000 }, async () => {
    const types = [...(filterValues(pages).get('type') ?? [])].sort(nb.compare);
    expect(types.length).toBeGreaterThan(1);
    const { opened, status: start } = await openSearch();
    try {
      const { page } = opened;
      expect(start).toMatch(/^Skriv et søkeord/);
      // Before any choice every value shows its total.
      expect.soft(wrongCounts(await filterBoxes(page), {}), 'tall i filtrene uten valg').toEqual([]);
      for (const type of types) {
        const expected = urlsOf(pages.filter((p) => p.filters.get('type')?.includes(type)));
        const status = await setFilter(page, 'type', type, true);
        expect.soft(status, `type ${type}`).toBe(`${expected.length} treff med filter: type ${type}.`);
        const shown = await showAll(page);
        expect.soft(shown.map((s) => s.href).sort(), `treff for type ${type}`).toEqual(expected);
        expect.soft(params(page).getAll('type')).toEqual([type]);
        await setFilter(page, 'type', type, false);
      }
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it(
    'ELLER innen en gruppe, OG mellom grupper, og tallene i filtrene stemmer med dist/',
    { timeout: 120_000 },
    async () => {
      const values = filterValues(pages);
      for (const [g, v] of [
        ['pulje', 'Pulje 3'],
        ['pulje', 'Pulje 4'],
        ['sektor', 'Pleie og omsorg'],
        ['pulje', 'Pulje 1'],
      ] as const) {
        expect(values.get(g)?.has(v), `${g} «${v}» finnes i dist/`).toBe(true);
      }
      const count = (sel: FilterSelection) => pages.filter((p) => matchesFilters(p, sel)).length;
      const p3 = count({ pulje: ['Pulje 3'] });
      const p4 = count({ pulje: ['Pulje 4'] });
      const either = count({ pulje: ['Pulje 3', 'Pulje 4'] });
      const both = count({ pulje: ['Pulje 3', 'Pulje 4'], sektor: ['Pleie og omsorg'] });
      console.log(
        `dist/: Pulje 3 ${p3}, Pulje 4 ${p4} (sum ${p3 + p4}), Pulje 3 eller 4 ${either}, og Pleie og omsorg ${both}`,
      );
      expect(either, 'Pulje 3 og 4 overlapper ikke, så ELLER gir summen').toBe(p3 + p4);

      const { opened } = await openSearch();
      try {
        const { page } = opened;
        let status = await setFilter(page, 'pulje', 'Pulje 3', true);
        expect(countIn(status)).toBe(p3);
        await openAllGroups(page);
        const boxes = await filterBoxes(page);
        expect.soft(wrongCounts(boxes, { pulje: ['Pulje 3'] }), 'tall etter Pulje 3').toEqual([]);
        // The other pools keep their own totals rather than dropping to 0 (they would widen an OR).
        const pool1 = boxes.find((b) => b.group === 'pulje' && b.value === 'Pulje 1');
        expect(pool1?.label, 'Pulje 1 etter å ha valgt Pulje 3').toBe(`Pulje 1 (${count({ pulje: ['Pulje 1'] })})`);
        expect(count({ pulje: ['Pulje 1'] })).toBeGreaterThan(0);

        status = await setFilter(page, 'pulje', 'Pulje 4', true);
        expect(countIn(status), 'Pulje 3 + Pulje 4').toBe(either);
        expect(countIn(status)).toBeGreaterThan(p3);
        expect
          .soft(wrongCounts(await filterBoxes(page), { pulje: ['Pulje 3', 'Pulje 4'] }), 'tall etter Pulje 3 + 4')
          .toEqual([]);

        status = await setFilter(page, 'sektor', 'Pleie og omsorg', true);
        expect(countIn(status), '(Pulje 3 eller 4) og Pleie og omsorg').toBe(both);
        expect(countIn(status)).toBeLessThan(either);
        const selection = { pulje: ['Pulje 3', 'Pulje 4'], sektor: ['Pleie og omsorg'] };
        expect.soft(wrongCounts(await filterBoxes(page), selection), 'tall etter + Pleie og omsorg').toEqual([]);
        const shown = await showAll(page);
        expect(shown.map((s) => s.href).sort()).toEqual(urlsOf(pages.filter((p) => matchesFilters(p, selection))));
        expect(params(page).getAll('pulje').sort()).toEqual(['Pulje 3', 'Pulje 4']);
        expect(params(page).getAll('sektor')).toEqual(['Pleie og omsorg']);

        // Every group present in dist/ is offered, with every value.
        const shownValues = new Map<string, string[]>();
        for (const b of await filterBoxes(page))
          shownValues.set(b.group, [...(shownValues.get(b.group) ?? []), b.value]);
        expect([...shownValues.keys()]).toEqual(GROUPS.filter((g) => values.has(g)));
        for (const [g, vs] of values)
          expect.soft(shownValues.get(g)?.slice().sort(), `verdier i gruppen ${g}`).toEqual([...vs].sort());

        // "Fjern alle filtre" clears them all and returns to the field.
        expect(await page.isVisible('#sok-nullstill')).toBe(true);
        await page.click('#sok-nullstill');
        status = await settled(page, { not: status });
        expect(status).toMatch(/^Skriv et søkeord/);
        expect((await filterBoxes(page)).filter((b) => b.checked)).toEqual([]);
        expect(page.url()).toBe(`${site.server.url}/sok/`);
        expect((await focused(page))?.id).toBe('sok-felt');
        expect(await page.isHidden('#sok-nullstill')).toBe(true);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  it('filtre uten søkeord i URL-en (?pulje=Pulje+3&sektor=Pleie+og+omsorg) viser sidene som har begge, nyeste først', async () => {
    const selection = { pulje: ['Pulje 3'], sektor: ['Pleie og omsorg'] };
    const expected = urlsOf(pages.filter((p) => matchesFilters(p, selection)));
    expect(expected.length).toBeGreaterThan(0);
    const { opened, status } = await openSearch('?pulje=Pulje+3&sektor=Pleie+og+omsorg');
    try {
      const { page } = opened;
      expect(status).toBe(`${expected.length} treff med filter: Pulje 3; sektor Pleie og omsorg.`);
      // Without a query there is nothing to rank by: the menu shows the order the hits are in.
      expect(await page.inputValue('#sok-sortering'), 'sorteringsmenyen uten søkeord').toBe('nyest');
      expect(
        await page.$eval('#sok-sortering option[value="relevans"]', (o) => (o as HTMLOptionElement).disabled),
      ).toBe(true);
      const checked = (await filterBoxes(page)).filter((b) => b.checked).map((b) => `${b.group}=${b.value}`);
      expect(checked).toEqual(['pulje=Pulje 3', 'sektor=Pleie og omsorg']);
      const shown = await showAll(page);
      expect(shown.map((s) => s.href).sort()).toEqual(expected);
      const dates = shown.map((s) => byUrl.get(s.href)?.sort.get('dato') ?? '');
      expect(dates, 'uten søkeord sorteres treffene nyeste først').toEqual([...dates].sort().reverse());
      // The groups chosen from are open; the others open on demand and fetch their counts.
      const open = await page.$$eval('#sok-filtre details[open]', (ds) =>
        ds.map((d) => (d as HTMLElement).dataset.group),
      );
      expect(open).toEqual(['pulje', 'sektor']);
      await openAllGroups(page);
      expect.soft(wrongCounts(await filterBoxes(page), selection)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('tilstanden i URL-en', () => {
  it('søkeord og filter havner i URL-en, overlever omlasting, og tilbake-knappen går ett steg tilbake', async () => {
    const q = 'nærvær';
    const sector = 'Oppvekst';
    expect(pages.some((p) => saysWord(p.visibleText, q) && p.filters.get('sektor')?.includes(sector))).toBe(true);
    const { opened } = await openSearch();
    try {
      const { page } = opened;
      const historyAtStart = await page.evaluate(() => history.length);
      await page.click('#sok-felt');
      await page.keyboard.type(q, { delay: 40 });
      const s1 = await settled(page, { q });
      expect(params(page).get('q'), 'URL-en etter å ha skrevet').toBe(q);
      expect(await page.evaluate(() => history.length), 'skriving erstatter historikkinnslaget (replaceState)').toBe(
        historyAtStart,
      );
      const r1 = (await shownResults(page)).map((s) => s.href);

      const s2 = await setFilter(page, 'sektor', sector, true);
      expect(s2).toBe(`${countIn(s2)} treff for «${q}» med filter: sektor ${sector}.`);
      expect(countIn(s2)).toBeLessThan(countIn(s1));
      expect(params(page).get('q')).toBe(q);
      expect(params(page).getAll('sektor')).toEqual([sector]);
      expect(await page.evaluate(() => history.length), 'filtervalg legger til et historikkinnslag (pushState)').toBe(
        historyAtStart + 1,
      );
      const r2 = (await shownResults(page)).map((s) => s.href);
      const url2 = page.url();

      await page.reload();
      expect(await settled(page), 'status etter omlasting').toBe(s2);
      expect(page.url()).toBe(url2);
      expect(await page.inputValue('#sok-felt')).toBe(q);
      expect(await page.isChecked(boxSelector('sektor', sector))).toBe(true);
      expect((await shownResults(page)).map((s) => s.href)).toEqual(r2);

      await page.goBack();
      expect(await settled(page, { not: s2 }), 'status etter tilbake').toBe(s1);
      expect(params(page).get('q')).toBe(q);
      expect(params(page).getAll('sektor')).toEqual([]);
      expect(await page.isChecked(boxSelector('sektor', sector))).toBe(false);
      expect(await page.inputValue('#sok-felt')).toBe(q);
      expect((await shownResults(page)).map((s) => s.href)).toEqual(r1);

      await page.goForward();
      expect(await settled(page, { not: s1 }), 'status etter fram').toBe(s2);
      expect(await page.isChecked(boxSelector('sektor', sector))).toBe(true);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('mellomrom og pause midt i et søk på flere ord blir stående i feltet', async () => {
    const { opened } = await openSearch();
    try {
      const { page } = opened;
      await page.click('#sok-felt');
      await page.keyboard.type('Østre ', { delay: 40 });
      await settled(page, { q: 'Østre' }); // the debounced search for the first word has run
      await page.keyboard.type('Toten', { delay: 40 });
      await page.waitForTimeout(600);
      expect(await page.inputValue('#sok-felt'), 'feltet etter «Østre », pause, «Toten»').toBe('Østre Toten');
      expect(params(page).get('q')).toBe('Østre Toten');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('stoppord: «og» alene søkes ikke og forklares, «nærvær og» gir det samme som «nærvær»', async () => {
    const { opened, status } = await openSearch('?q=og');
    try {
      const { page } = opened;
      expect(status).toMatch(/^«og» er et for vanlig ord til å søke på alene/);
      expect(await page.locator('#sok-treff > li').count()).toBe(0);
      await page.goto(`${site.server.url}/sok/?q=${encodeURIComponent('nærvær')}`);
      const plain = await settled(page, { q: 'nærvær' });
      const plainHits = (await showAll(page)).map((s) => s.href);
      await page.goto(`${site.server.url}/sok/?q=${encodeURIComponent('nærvær og')}`);
      const withStop = await settled(page, { q: 'nærvær og' });
      expect(countIn(withStop)).toBe(countIn(plain));
      expect((await showAll(page)).map((s) => s.href)).toEqual(plainHits);
      // With a filter, a stop-word-only query browses the filter and says the word was left out.
      await page.goto(`${site.server.url}/sok/?q=og&pulje=Pulje+3`);
      const browsed = await settled(page);
      const p3 = pages.filter((p) => matchesFilters(p, { pulje: ['Pulje 3'] })).length;
      expect(browsed).toMatch(new RegExp(`^${p3} treff med filter: Pulje 3\\. «og» er et for vanlig ord`));
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('sortering: tittel A–Å, nyeste og eldste først ordner de samme treffene', async () => {
    const q = 'nærvær';
    const { opened, status } = await openSearch(`?q=${encodeURIComponent(q)}`);
    try {
      const { page } = opened;
      const relevant = (await showAll(page)).map((s) => s.href).sort();
      expect(relevant.length).toBeGreaterThan(2);
      expect(countIn(status)).toBe(relevant.length);
      expect(await page.inputValue('#sok-sortering'), 'sorteringsmenyen med søkeord').toBe('relevans');
      for (const sort of ['tittel', 'nyest', 'eldst'] as const) {
        const length = await page.evaluate(() => history.length);
        // The status reads the same in every order, so empty it: the page writes it again once
        // the re-sorted results are on screen.
        await page.$eval('#sok-status', (el) => {
          el.textContent = '';
        });
        await page.selectOption('#sok-sortering', sort);
        await settled(page, { q });
        expect(params(page).get('sortering')).toBe(sort);
        expect(await page.evaluate(() => history.length), `sortering ${sort} legger til et historikkinnslag`).toBe(
          length + 1,
        );
        const shown = await showAll(page);
        expect(shown.map((s) => s.href).sort(), `sortering ${sort} gir de samme treffene`).toEqual(relevant);
        if (sort === 'tittel') {
          const titles = shown.map((s) => s.title);
          expect(titles, 'tittel A–Å (norsk rekkefølge)').toEqual([...titles].sort(nb.compare));
        } else {
          const dates = shown.map((s) => byUrl.get(s.href)?.sort.get('dato') ?? '');
          const ascending = [...dates].sort();
          expect(dates, `sortering ${sort}`).toEqual(sort === 'eldst' ? ascending : ascending.reverse());
        }
        expect(params(page).get('q')).toBe(q);
      }
      await page.reload();
      await settled(page, { q });
      expect(await page.inputValue('#sok-sortering'), 'sorteringen etter omlasting').toBe('eldst');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('sortering uten sorteringsfil', () => {
  it('viser treffene i søkets rekkefølge og sier fra når sorteringsfilen ikke kan lastes, og prøver igjen neste gang', async () => {
    const q = 'nærvær';
    const { opened, status } = await openSearch(`?q=${encodeURIComponent(q)}`);
    try {
      const { page } = opened;
      const hits = countIn(status);
      expect(hits).toBeGreaterThan(1);
      // Routes added later take precedence over the helper's own route for every request.
      await page.route('**/pagefind/kb-sortering-*.json', (route) => route.fulfill({ status: 503, body: '' }));
      await page.$eval('#sok-status', (el) => {
        el.textContent = '';
      });
      await page.selectOption('#sok-sortering', 'nyest');
      const failed = await settled(page, { q });
      expect(failed).toBe(
        `${hits} treff for «${q}». Treffene kunne ikke sorteres: de står i den rekkefølgen søket ga dem.`,
      );
      expect(await page.locator('#sok-treff > li').count()).toBeGreaterThan(0);
      await page.unroute('**/pagefind/kb-sortering-*.json');
      await page.$eval('#sok-status', (el) => {
        el.textContent = '';
      });
      await page.selectOption('#sok-sortering', 'eldst');
      expect(await settled(page, { q })).toBe(`${hits} treff for «${q}».`);
      const dates = (await showAll(page)).map((s) => byUrl.get(s.href)?.sort.get('dato') ?? '');
      expect(dates, 'eldste først etter nytt forsøk').toEqual([...dates].sort());
      expect(opened.problems.filter((p) => !p.includes('kb-sortering-dato.json'))).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('søkefeltet i toppen', () => {
  it('sender søket fra en annen side til /sok/?q=… og viser treffene', async () => {
    const q = 'nærvær';
    const project = detailIds('prosjekter')[0];
    expect(project).toBeDefined();
    const opened = await openPage(site.browser, site.server.url, `/prosjekter/${project}/`);
    try {
      const { page } = opened;
      await page.fill('#topp-sok', q);
      await page.press('#topp-sok', 'Enter');
      await page.waitForURL((u) => u.pathname === '/sok/' && u.searchParams.get('q') === q);
      const status = await settled(page, { q });
      expect(await page.inputValue('#sok-felt')).toBe(q);
      const shown = await showAll(page);
      expect(countIn(status)).toBe(shown.length);
      const expected = urlsOf(pages.filter((p) => saysWord(p.visibleText, q)));
      expect(expected.length).toBeGreaterThan(0);
      expect(missingFrom(expected, shown)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('tilgjengelighet og tastatur', () => {
  // A query whose results fill more than one page in one type, so the filters, a chosen filter
  // and "Vis flere treff" are all on screen.
  const q = 'nærvær';
  const byType = new Map<string, number>();
  for (const p of pages.filter((x) => saysWord(x.visibleText, q))) {
    const t = p.filters.get('type')?.[0] ?? '';
    byType.set(t, (byType.get(t) ?? 0) + 1);
  }
  const type = [...byType].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Prosjekt';

  for (const width of [WIDTHS.desktop, WIDTHS.mobile]) {
    it(`axe finner ingen WCAG A/AA-brudd med treff og filtre ved ${width}px, og statusen leses opp`, async () => {
      const query = `?q=${encodeURIComponent(q)}&type=${encodeURIComponent(type)}`;
      const { opened, status } = await openSearch(query, width);
      const where = `/sok/${query} ved ${width}px`;
      try {
        const { page } = opened;
        expect(await page.locator('#sok-treff > li').count()).toBeGreaterThan(0);
        expect(await page.locator('#sok-filtre input[type="checkbox"]').count()).toBeGreaterThan(10);
        await openAllGroups(page);
        expect(await page.locator('#sok-filtre input[type="checkbox"]:visible').count()).toBeGreaterThan(10);

        const violations = await runAxe(page);
        expect
          .soft(
            violations.map((v) => `${v.id} [${v.impact}] ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
            formatViolations(where, violations),
          )
          .toEqual([]);

        // The live region: polite status that names the count, the query and the filter.
        const region = await page.$eval('#sok-status', (el) => ({
          role: el.getAttribute('role'),
          live: el.getAttribute('aria-live'),
          atomic: el.getAttribute('aria-atomic'),
          visible: el.checkVisibility(),
        }));
        expect(region).toEqual({ role: 'status', live: 'polite', atomic: 'true', visible: true });
        expect(status).toBe(`${countIn(status)} treff for «${q}» med filter: type ${type}.`);
        expect(countIn(status)).toBe((await showAll(page)).length);

        if (width === WIDTHS.mobile) {
          const scrollWidth = await documentWidth(page);
          const culprits = scrollWidth > width ? await overflowingElements(page) : [];
          expect.soft(scrollWidth, `${where}: ruller sidelengs: ${culprits.join('; ')}`).toBeLessThanOrEqual(width);
        }
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    });

    it(`tastatur ved ${width}px: fra feltet når Tab sorteringen og filtrene, og mellomrom velger et filter`, async () => {
      const { opened } = await openSearch('', width);
      try {
        const { page } = opened;
        await page.focus('#sok-felt');
        await page.keyboard.type(q);
        await page.keyboard.press('Enter');
        const before = await settled(page, { q });

        const path: string[] = [];
        let reached = false;
        for (let i = 0; i < 5 && !reached; i++) {
          await page.keyboard.press('Tab');
          const f = await focused(page);
          path.push(describeFocused(f));
          reached = f?.id === 'sok-sortering';
        }
        expect(reached, `Tab fra søkefeltet: ${path.join(' → ')}`).toBe(true);

        // Next come the filter groups, closed: Enter on a group's summary opens it.
        await page.keyboard.press('Tab');
        const summary = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.tagName === 'SUMMARY'
            ? { group: (el.parentElement as HTMLElement).dataset.group, text: el.textContent }
            : null;
        });
        expect(summary, `Tab etter sorteringen: ${describeFocused(await focused(page))}`).toEqual({
          group: 'type',
          text: 'Type',
        });
        expect((await focused(page))?.indicatorVisible, 'synlig fokus på gruppen').toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => !document.getElementById('sok-filtre')?.hasAttribute('aria-busy'));
        await page.keyboard.press('Tab');
        const box = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.closest('#sok-filtre') && el.type === 'checkbox'
            ? { group: el.dataset.group!, value: el.value, checked: el.checked }
            : null;
        });
        expect(box, `Tab etter gruppen: ${describeFocused(await focused(page))}`).not.toBeNull();
        expect(box!.checked).toBe(false);
        expect((await focused(page))?.indicatorVisible, 'synlig fokus på avkrysningsboksen').toBe(true);

        await page.keyboard.press('Space');
        const after = await settled(page, { not: before });
        expect(after).toContain('med filter:');
        expect(params(page).getAll(box!.group)).toEqual([box!.value]);
        expect(await page.isChecked(boxSelector(box!.group, box!.value))).toBe(true);
        // The filters are redrawn with new counts; focus must stay on the same box.
        const still = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el ? { group: el.dataset.group ?? '', value: el.value } : null;
        });
        expect(still, 'fokus etter at resultatene ble oppdatert').toEqual({ group: box!.group, value: box!.value });

        await page.keyboard.press('Space');
        expect(await settled(page, { not: after })).toBe(before);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('uten JavaScript', () => {
  it('forklarer og lenker til oversiktene, og søkegrensesnittet forblir skjult', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: WIDTHS.desktop, height: 900 },
      locale: 'nb-NO',
    });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
      const response = await page.goto(`${site.server.url}/sok/?q=${encodeURIComponent('nærvær')}`);
      expect(response?.status()).toBe(200);
      expect(await page.isVisible('#uten-js')).toBe(true);
      expect(await page.isHidden('#sok'), '#sok skal være skjult uten JavaScript').toBe(true);
      expect(await page.isHidden('#sok-status')).toBe(true);
      expect(await page.isVisible('#sok-felt'), 'søkefeltet står der fortsatt').toBe(true);
      expect(await page.textContent('#uten-js')).toMatch(/JavaScript/);

      const hrefs = await page.$$eval('#uten-js a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const listing of ['/prosjekter/', '/kommuner/', '/verktoy/', '/nyhetsbrev/', '/historier/', '/samlinger/']) {
        expect(hrefs, `lenke til ${listing}`).toContain(listing);
      }
      const broken: string[] = [];
      for (const href of hrefs) {
        const u = new URL(href, `${site.server.url}/sok/`);
        const target = await resolvePath(DIST, u.pathname);
        if (target.kind !== 'file') broken.push(`${href}: finnes ikke`);
        else if (u.hash && !fragmentTargets(parseTags(readDist(u.pathname))).has(decodeURIComponent(u.hash.slice(1)))) {
          broken.push(`${href}: fragmentet finnes ikke`);
        }
      }
      expect(broken).toEqual([]);

      await page.click('#uten-js a[href="/prosjekter/"]');
      await page.waitForURL(`${site.server.url}/prosjekter/`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('måling', () => {
  it('overførte byte fra /pagefind/ og tid fra siste tastetrykk til treffene vises (skrives ut, ikke krav)', async () => {
    const opened = await openPage(site.browser, site.server.url, '/om/');
    try {
      const { page } = opened;
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (req) => {
        if (!new URL(req.url()).pathname.startsWith('/pagefind/')) return;
        pending.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
      });
      let taken = 0;
      const phase = async () => {
        await page.waitForTimeout(300); // let late requestfinished events arrive
        const done = await Promise.all(pending.slice(taken));
        taken = pending.length;
        const kinds = new Map<string, number>();
        for (const d of done) {
          const rest = new URL(d.url).pathname.replace(/^\/pagefind\//, '');
          const kind = rest.includes('/') ? rest.split('/')[0]! : rest.replace(/\.[0-9a-z_]+\.pf_meta$/, '.pf_meta');
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
        const what = [...kinds].map(([k, n]) => `${k}×${n}`).join(', ');
        return { requests: done.length, bytes: done.reduce((n, d) => n + d.bytes, 0), what };
      };
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

      await page.goto(`${site.server.url}/sok/`);
      await settled(page);
      const init = await phase();

      const timeQuery = async (q: string) => {
        await page.evaluate((query) => {
          const w = window as unknown as { kbTiming: { lastKey: number; rendered: number } };
          w.kbTiming = { lastKey: 0, rendered: 0 };
          document.getElementById('sok-felt')!.addEventListener('keydown', () => {
            w.kbTiming.lastKey = performance.now();
          });
          const status = document.getElementById('sok-status')!;
          new MutationObserver(() => {
            if (!w.kbTiming.rendered && status.textContent?.includes(`«${query}»`))
              w.kbTiming.rendered = performance.now();
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }, q);
        await page.focus('#sok-felt');
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(q, { delay: 60 });
        await settled(page, { q });
        const t = await page.evaluate(
          () => (window as unknown as { kbTiming: { lastKey: number; rendered: number } }).kbTiming,
        );
        return t.rendered - t.lastKey;
      };

      const first = 'nærvær';
      const ms1 = await timeQuery(first);
      const net1 = await phase();
      const second = 'brukerundersøkelse';
      const ms2 = await timeQuery(second);
      const net2 = await phase();

      console.log(
        [
          'Søkemåling (lokal server, ingen nettverksforsinkelse):',
          `  lasting av /sok/ (init): ${init.requests} forespørsler til /pagefind/, ${kb(init.bytes)} (${init.what})`,
          `  første søk «${first}»: ${net1.requests} forespørsler, ${kb(net1.bytes)} (${net1.what}); ${ms1.toFixed(0)} ms fra siste tast til treff (av dem 250 ms venting)`,
          `  andre søk «${second}»: ${net2.requests} forespørsler, ${kb(net2.bytes)} (${net2.what}); ${ms2.toFixed(0)} ms fra siste tast til treff`,
        ].join('\n'),
      );
      expect(ms1).toBeGreaterThan(0);
      expect(ms2).toBeGreaterThan(0);
      // The filter groups come with the page; no filter file is fetched until a group is used.
      for (const [name, net] of [
        ['lasting', init],
        ['første søk', net1],
        ['andre søk', net2],
      ] as const) {
        expect(net.what, `${name}: ingen filterfiler`).not.toContain('filter×');
      }
      await openGroup(page, 'fylke');
      await page.waitForFunction(() => !document.getElementById('sok-filtre')?.hasAttribute('aria-busy'));
      expect((await phase()).what, 'å åpne «Fylke» henter bare den gruppens fil').toBe('filter×1');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
