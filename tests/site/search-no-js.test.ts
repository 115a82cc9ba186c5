/**
 * /sok/ without JavaScript explains itself and links to the listings; the search interface stays
 * hidden. Against the built site in Chromium; expected results come from dist/
 * (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { WIDTHS } from '../helpers/browser';
import { DIST, readDist } from '../helpers/dist';
import { fragmentTargets, parseTags } from '../helpers/html';
import { resolvePath } from '../../scripts/lib/static-server';
import { servedSite } from '../helpers/site';
import {} from '../helpers/search-page';

const site = servedSite();

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
