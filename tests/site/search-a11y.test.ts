/**
 * /sok/ with results and filters: axe finds no WCAG A/AA violation, the status is announced, and
 * the page is usable by keyboard, at desktop and phone widths. Against the built site in Chromium;
 * expected results come from dist/ (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { expectNoViolations, runAxe } from '../helpers/axe';
import { WIDTHS, documentWidth, overflowingElements } from '../helpers/browser';
import { describeFocused, focused } from '../helpers/focus';
import { saysWord } from '../helpers/search-index';
import { servedSite } from '../helpers/site';
import {
  boxSelector,
  countIn,
  openAllGroups,
  pages,
  params,
  searchOpener,
  settled,
  showAll,
} from '../helpers/search-page';

const site = servedSite();
const openSearch = searchOpener(site);

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
        expectNoViolations(where, violations);

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
