/**
 * The first screen shows the page: on a 375x667 and a 320x568 phone and at 1280 px the <h1> of
 * every page type ends inside the viewport, nothing makes the page scroll sideways, and the
 * compact header's «Meny» disclosure works with the keyboard and without JavaScript (the pages
 * have none) while the search field stays visible. Wide tables scroll inside a named, focusable
 * region (src/components/TableRegion.astro), never the page.
 */
import { describe, expect, it } from 'vitest';
import { documentWidth, openPage, overflowingElements, SCREENS } from '../helpers/browser';
import { samplePages } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const site = servedSite();

const pages = samplePages().filter((p) => p.path !== undefined);

for (const { width, height } of SCREENS) {
  describe(`første skjermbilde ved ${width}x${height}`, () => {
    for (const { name, path, status } of pages) {
      it(`${name} (${path}): <h1> slutter innenfor skjermen, ingen sidelengs rulling, brede tabeller i rulleområder`, async () => {
        const opened = await openPage(site.browser, site.server.url, path!, { width, height, expectStatus: status });
        try {
          const { page } = opened;
          const h1 = await page.evaluate(() => {
            const all = Array.from(document.querySelectorAll('h1'));
            const box = all[0]?.getBoundingClientRect();
            return { count: all.length, bottom: box?.bottom ?? Infinity, text: all[0]?.textContent?.trim() ?? '' };
          });
          expect(h1.count, 'én <h1> på siden').toBe(1);
          expect(
            h1.bottom,
            `bunnen av <h1> «${h1.text}» skal være innenfor første skjermbilde (${height}px)`,
          ).toBeLessThanOrEqual(height);
          expect(
            await documentWidth(page),
            `sidelengs rulling: ${(await overflowingElements(page)).join('; ')}`,
          ).toBeLessThanOrEqual(width);
          // A table wider than the screen scrolls inside a named region that takes keyboard focus.
          const unscrollable = await page.evaluate(() => {
            const out: string[] = [];
            for (const table of Array.from(document.querySelectorAll('table'))) {
              const box = table.getBoundingClientRect();
              if (box.width === 0) continue; // e.g. inside a closed <details>
              let scroller: HTMLElement | null = table.parentElement;
              while (scroller && scroller !== document.body && getComputedStyle(scroller).overflowX === 'visible')
                scroller = scroller.parentElement;
              const tooWide =
                scroller === null || scroller === document.body
                  ? box.right > innerWidth + 0.5
                  : scroller.scrollWidth > scroller.clientWidth + 1;
              if (!tooWide) continue;
              const caption = table.caption?.textContent?.trim().slice(0, 50) ?? '(uten caption)';
              if (!scroller || scroller === document.body) out.push(`«${caption}» stikker ut av siden`);
              else if (scroller.tabIndex !== 0)
                out.push(`«${caption}»: rulleområdet tar ikke tastaturfokus (tabindex=0)`);
              else if (!scroller.getAttribute('aria-label') && !scroller.getAttribute('aria-labelledby'))
                out.push(`«${caption}»: rulleområdet har ikke navn`);
            }
            return out;
          });
          expect(unscrollable, 'brede tabeller rulles i et navngitt, fokuserbart område').toEqual([]);
          // A visible caption is never clipped: it wraps inside the screen and stays put while the table scrolls.
          const clipped = await page.evaluate(() =>
            Array.from(document.querySelectorAll('caption'))
              .filter((c) => c.getBoundingClientRect().width > 1 && getComputedStyle(c).position !== 'absolute')
              .filter((c) => {
                const box = c.getBoundingClientRect();
                const region = c.closest('.table-wrap');
                if (region) region.scrollLeft = region.scrollWidth;
                const after = c.getBoundingClientRect();
                if (region) region.scrollLeft = 0;
                return (
                  box.left < -0.5 || box.right > innerWidth + 0.5 || after.left < -0.5 || after.right > innerWidth + 0.5
                );
              })
              .map((c) => `«${c.textContent?.trim().slice(0, 50)}»`),
          );
          expect(clipped, 'tabelltekster (caption) klippes ikke').toEqual([]);
          // A number and its «%» in a table cell stay on one line («10,4» | «%» was the case at 320 px).
          const wrapped = await page.evaluate(() => {
            const range = document.createRange();
            return Array.from(document.querySelectorAll('td, th'))
              .filter((cell) => /\d\s%/.test(cell.textContent ?? '') && cell.getBoundingClientRect().width > 0)
              .filter((cell) => {
                range.selectNodeContents(cell);
                const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                return tops.size > 1 && (cell.textContent ?? '').trim().length < 12;
              })
              .map((cell) => `«${cell.textContent?.trim()}»`);
          });
          expect(wrapped, 'tall og prosenttegn på samme linje').toEqual([]);
          expect(opened.problems).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    }
  });
}

describe('menyknappen i toppfeltet', () => {
  it('ved 375px: menyen er lukket, søkefeltet synlig; Tab til «Meny» og Enter åpner menyen, Enter igjen lukker den', async () => {
    const opened = await openPage(site.browser, site.server.url, '/', { width: 375, height: 667 });
    try {
      const { page } = opened;
      const nav = page.locator('nav[aria-label="Hovedmeny"]');
      const button = page.locator('header summary');
      await expect(nav.isVisible()).resolves.toBe(false);
      await expect(
        page.locator('#topp-sok').isVisible(),
        'søket er ett steg unna: synlig uten å åpne menyen',
      ).resolves.toBe(true);
      expect((await button.textContent())?.trim()).toBe('Meny');

      let reached = false;
      for (let i = 0; i < 5 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
      }
      expect(reached, 'menyknappen nås med Tab').toBe(true);
      await page.keyboard.press('Enter');
      await expect(nav.isVisible()).resolves.toBe(true);
      const links = await nav.locator('a').count();
      expect(links).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < links; i++) await expect(nav.locator('a').nth(i).isVisible()).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(nav.isVisible()).resolves.toBe(false);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('ved 1280px: ingen menyknapp, hovedmenyen vises hele tiden', async () => {
    const opened = await openPage(site.browser, site.server.url, '/', { width: 1280, height: 800 });
    try {
      const { page } = opened;
      await expect(page.locator('header summary').isVisible()).resolves.toBe(false);
      await expect(page.locator('nav[aria-label="Hovedmeny"]').isVisible()).resolves.toBe(true);
    } finally {
      await opened.close();
    }
  });
});
