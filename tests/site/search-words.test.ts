/**
 * Queries on /sok/ find the pages whose text says so: inflections, æ/ø/å, Sámi names, glossary
 * synonyms and nynorsk; «Vis flere treff». Against the built site in Chromium; expected results
 * come from dist/ (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { describeFocused, focused } from '../helpers/focus';
import { saysWord } from '../helpers/search-index';
import { servedSite } from '../helpers/site';
import {
  byUrl,
  countIn,
  fold,
  missingFrom,
  pages,
  resultProblems,
  searchOpener,
  showAll,
  urlsOf,
} from '../helpers/search-page';

const site = servedSite();
const openSearch = searchOpener(site);

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
