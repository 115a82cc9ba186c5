/**
 * The first screen shows the page: on a 375x667 and a 320x568 phone and at 1280 px the <h1> of
 * every page type ends inside the viewport, nothing makes the page scroll sideways, and the
 * compact header's «Meny» disclosure works with the keyboard and without JavaScript (the pages
 * have none) while the search field stays visible.
 */
import { describe, expect, it } from 'vitest';
import { documentWidth, openPage, overflowingElements } from '../helpers/browser';
import { samplePages } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const site = servedSite();

/** Phone screens (CSS px, the visible part of the page before any scrolling) and a desktop. */
const SCREENS = [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
  { width: 1280, height: 800 },
] as const;

const pages = samplePages().filter((p) => p.path !== undefined);

for (const { width, height } of SCREENS) {
  describe(`første skjermbilde ved ${width}x${height}`, () => {
    for (const { name, path, status } of pages) {
      it(`${name} (${path}): <h1> slutter innenfor skjermen, ingen sidelengs rulling`, async () => {
        const opened = await openPage(site.browser, site.server.url, path!, { width, height, expectStatus: status });
        try {
          const { page } = opened;
          const h1 = await page.evaluate(() => {
            const all = Array.from(document.querySelectorAll('h1'));
            const box = all[0]?.getBoundingClientRect();
            return { count: all.length, bottom: box?.bottom ?? Infinity, text: all[0]?.textContent?.trim() ?? '' };
          });
          expect(h1.count, 'én <h1> på siden').toBe(1);
          expect(h1.bottom, `bunnen av <h1> «${h1.text}» skal være innenfor første skjermbilde (${height}px)`).toBeLessThanOrEqual(height);
          expect(await documentWidth(page), `sidelengs rulling: ${(await overflowingElements(page)).join('; ')}`).toBeLessThanOrEqual(width);
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
      await expect(page.locator('#topp-sok').isVisible(), 'søket er ett steg unna: synlig uten å åpne menyen').resolves.toBe(true);
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
