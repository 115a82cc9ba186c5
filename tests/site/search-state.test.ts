/**
 * The state of /sok/ in its URL (query, filters, sort) survives reload and the back button; typing
 * keeps spaces; stop words; sorting, also when a sort-order file cannot be loaded. Against the
 * built site in Chromium; expected results come from dist/ (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { matchesFilters, saysWord } from '../helpers/search-index';
import { servedSite } from '../helpers/site';
import {
  boxSelector,
  byUrl,
  countIn,
  nb,
  pages,
  params,
  searchOpener,
  setFilter,
  settled,
  showAll,
  shownResults,
} from '../helpers/search-page';

const site = servedSite();
const openSearch = searchOpener(site);

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
