/**
 * The search page helps when it misses (Chromium against dist/): a miss shows advice and the
 * listings; a likely typo gets «Mente du …?» from the build's vocabulary and the suggestion
 * finds results; a miss caused by the filters says how many the search finds without them;
 * results show type, municipality and date, so equal titles can be told apart; «/» moves to
 * the search field and can be turned off; a link jumps from the filters to the results.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDist } from '../helpers/dist';
import { indexedPages } from '../helpers/search-index';
import { countIn, searchOpener, settled } from '../helpers/search-page';
import { servedSite } from '../helpers/site';

const site = servedSite();

const openSearch = searchOpener(site);
const visible = (page: Page, selector: string) => page.isVisible(selector);

describe('a search that misses', () => {
  it('shows advice and links to the listings, and no suggestion for nonsense', async () => {
    const { opened, status } = await openSearch('?q=xqzvvy');
    try {
      expect(countIn(status)).toBe(0);
      await opened.page.waitForSelector('#sok-hjelp:not([hidden])');
      const advice = await opened.page.$$eval('#sok-rad li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(advice.some((a) => /stavemåten/.test(a))).toBe(true);
      const links = await opened.page.$$eval('#sok-hjelp a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/prosjekter/', '/kommuner/', '/verktoy/', '/samlinger/']));
      // Give the suggestion time to load: it must stay hidden.
      await opened.page.waitForTimeout(300);
      expect(await visible(opened.page, '#sok-forslag')).toBe(false);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('a miss caused by the filters says how many it finds without them', async () => {
    // Tools have no pool: type Verktøy AND a pool finds nothing for any query.
    const { opened, status } = await openSearch('?q=kvalitet&type=Verkt%C3%B8y&pulje=Pulje+1');
    try {
      expect(countIn(status)).toBe(0);
      const note = await opened.page.waitForSelector('#sok-uten-filtre:not([hidden])');
      const text = (await opened.page.textContent('#sok-uten-filtre-tekst')) ?? '';
      expect(await note.$('a')).not.toBeNull();
      const unfiltered = await openSearch('?q=kvalitet');
      try {
        const n = countIn(unfiltered.status);
        expect(n).toBeGreaterThan(0);
        expect(Number(/gir søket ([\d\s\u00a0]+) treff/.exec(text)?.[1]?.replace(/\D/g, ''))).toBe(n);
      } finally {
        await unfiltered.opened.close();
      }
      expect(await opened.page.$$eval('#sok-rad li', (lis) => lis.map((li) => li.textContent ?? ''))).toEqual(
        expect.arrayContaining([expect.stringMatching(/filtre/)]),
      );
    } finally {
      await opened.close();
    }
  });
});

describe('«Mente du …?»', () => {
  it('suggests «sykefravær» for «sykefravr», and the suggestion finds results', async () => {
    const { opened } = await openSearch('?q=sykefravr');
    try {
      const link = await opened.page.waitForSelector('#sok-forslag:not([hidden]) a');
      expect(await link.textContent()).toBe('sykefravær');
      await link.click();
      const status = await settled(opened.page, { q: 'sykefravær' });
      expect(countIn(status)).toBeGreaterThan(1);
      expect(new URL(opened.page.url()).searchParams.get('q')).toBe('sykefravær');
      expect(await opened.page.evaluate(() => document.activeElement?.id)).toBe('sok-felt');
    } finally {
      await opened.close();
    }
  });
});

describe('results', () => {
  // Equal titles, read from dist/: every title that two indexed project pages share.
  const projects = indexedPages().filter((p) => p.url.startsWith('/prosjekter/'));
  const twins = projects.filter((p) => projects.some((o) => o !== p && o.title === p.title));
  const placeOf = (url: string) => /data-pagefind-meta="sted">([^<]+)</.exec(readDist(url))?.[1] ?? '';

  it.skipIf(twins.length === 0)('show type, municipality and date, so equal titles can be told apart', async () => {
    const title = twins[0]!.title;
    const { opened } = await openSearch(`?q=${encodeURIComponent(`"${title}"`)}`);
    try {
      const shown = await opened.page.$$eval('#sok-treff > li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
          title: li.querySelector('h3 a')?.textContent ?? '',
          meta: li.querySelector('.search__meta')?.textContent ?? '',
        })),
      );
      const same = shown.filter((s) => s.title === title);
      expect(same.length).toBeGreaterThanOrEqual(2);
      for (const s of same) {
        const place = placeOf(s.href);
        expect(place, s.href).not.toBe('');
        expect(s.meta).toMatch(
          new RegExp(
            `^Prosjekt · ${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · \\d{1,2}\\. \\p{L}+ \\d{4}( Eksempeldata)?$`,
            'u',
          ),
        );
      }
      expect(new Set(same.map((s) => s.meta)).size).toBe(same.length);
    } finally {
      await opened.close();
    }
  });

  it('municipality pages do not show the section counts as an excerpt', () => {
    for (const p of indexedPages().filter((x) => x.url.startsWith('/kommuner/'))) {
      expect(p.visibleText, p.url).not.toMatch(/Prosjekter \(\d+\)|Gode historier \(\d+\)/);
    }
  });
});

describe('keyboard', () => {
  it('«/» moves focus to the search field, and the reader can turn it off', async () => {
    const { opened } = await openSearch('');
    const { page } = opened;
    try {
      await page.focus('a[href="#treff-tittel"]');
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok-felt');
      expect(await page.inputValue('#sok-felt')).toBe('');
      // Typed into the field, «/» is just a character.
      await page.keyboard.type('a/b');
      expect(await page.inputValue('#sok-felt')).toBe('a/b');

      await page.uncheck('#sok-hurtigtast');
      await page.focus('a[href="#treff-tittel"]');
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#treff-tittel');
      await page.reload();
      await settled(page);
      expect(await page.isChecked('#sok-hurtigtast')).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('a link jumps from the filters to the results', async () => {
    const { opened } = await openSearch('?q=kvalitet');
    const { page } = opened;
    try {
      await page.focus('a[href="#treff-tittel"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'treff-tittel');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('#sok-treff') !== null)).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
