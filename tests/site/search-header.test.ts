/**
 * The header search box on any page leads to /sok/?q=… with results. Against the built site in
 * Chromium; expected results come from dist/ (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { detailIds } from '../helpers/dist';
import { saysWord } from '../helpers/search-index';
import { servedSite } from '../helpers/site';
import { countIn, missingFrom, pages, settled, showAll, urlsOf } from '../helpers/search-page';

const site = servedSite();

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
