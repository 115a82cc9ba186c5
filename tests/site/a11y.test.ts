/**
 * Accessibility of one page of every page type, at desktop and phone width: axe (WCAG 2.0/2.1
 * A and AA) finds nothing, and the basics axe does not fully cover hold: one h1, lang="nb", a
 * title, no horizontal scrolling on a phone (WCAG 1.4.10; every page is also checked at 320 px),
 * and a clean load.
 */
import { describe, expect, it } from 'vitest';
import { expectNoViolations, runAxe } from '../helpers/axe';
import { WIDTHS, documentWidth, openPage, overflowingElements } from '../helpers/browser';
import { htmlFiles, samplePages, urlOfFile } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const site = servedSite();

const pages = samplePages();

for (const width of [WIDTHS.desktop, WIDTHS.mobile]) {
  describe(`${width}px`, () => {
    for (const sample of pages) {
      const title = `${sample.name}: ${sample.path ?? '(ingen slik side i dist/ ennå)'}`;
      it.skipIf(sample.path === undefined)(title, async () => {
        const path = sample.path!;
        const where = `${path} ved ${width}px`;
        const opened = await openPage(site.browser, site.server.url, path, { width, expectStatus: sample.status });
        try {
          const { page } = opened;

          const violations = await runAxe(page);
          expectNoViolations(where, violations);

          const h1s = await page.locator('h1').allInnerTexts();
          expect.soft(h1s, `${where}: skal ha nøyaktig én h1`).toHaveLength(1);
          expect.soft(h1s[0]?.trim() ?? '', `${where}: h1 skal ha tekst`).not.toBe('');

          expect.soft(await page.getAttribute('html', 'lang'), `${where}: <html lang>`).toBe('nb');
          expect.soft((await page.title()).trim(), `${where}: <title> skal ikke være tom`).not.toBe('');

          if (width === WIDTHS.mobile) {
            const scrollWidth = await documentWidth(page);
            const culprits = scrollWidth > width ? await overflowingElements(page) : [];
            expect
              .soft(
                scrollWidth,
                `${where}: siden ruller sidelengs (WCAG 1.4.10 Reflow); stikker ut:\n  ${culprits.join('\n  ')}\n`,
              )
              .toBeLessThanOrEqual(width);
          }

          expect.soft(opened.problems, `${where}: feil under lasting`).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    }
  });
}

it('ingen side i dist/ ruller sidelengs ved 320px (WCAG 1.4.10 Reflow)', { timeout: 300_000 }, async () => {
  const width = 320;
  const opened = await openPage(site.browser, site.server.url, '/', { width });
  const wide: string[] = [];
  try {
    for (const file of htmlFiles()) {
      const url = urlOfFile(file);
      await opened.page.goto(new URL(url, site.server.url).href);
      const scrollWidth = await documentWidth(opened.page);
      if (scrollWidth > width)
        wide.push(`${url} (${scrollWidth}px): ${(await overflowingElements(opened.page)).join('; ')}`);
    }
  } finally {
    await opened.close();
  }
  expect(wide, `${wide.length} sider ruller sidelengs ved ${width}px:\n${wide.join('\n')}\n`).toEqual([]);
});

it('dekker alle sidetyper', () => {
  // Detail pages of a collection without entries are skipped above; the rest must exist.
  const missing = pages.filter((p) => p.path === undefined && !p.name.startsWith('detalj'));
  expect(missing.map((p) => p.name)).toEqual([]);
  expect(pages.filter((p) => p.path !== undefined).length).toBeGreaterThanOrEqual(15);
});
