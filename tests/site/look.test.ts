/**
 * The look of the house: the text is set in Designsystemet's Inter, loaded from this site (not
 * a system font), and every element that takes keyboard focus on every page type shows the
 * site's 3 px focus ring.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { samplePages } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const site = servedSite();
const pages = samplePages().filter((p) => p.path !== undefined);

describe('skrift', () => {
  it('forsiden er satt i Inter, lastet fra nettstedet selv', async () => {
    const opened = await openPage(site.browser, site.server.url, '/', { width: 375, height: 667 });
    try {
      const { page } = opened;
      const result = await page.evaluate(async () => {
        await document.fonts.ready;
        const p = document.querySelector('main p') ?? document.body;
        return {
          family: getComputedStyle(p).fontFamily,
          loaded: Array.from(document.fonts).filter(
            (f) => f.family.replace(/['"]/g, '') === 'Inter' && f.status === 'loaded',
          ).length,
          files: performance
            .getEntriesByType('resource')
            .map((r) => r.name)
            .filter((n) => n.endsWith('.woff2')),
        };
      });
      expect(result.family.split(',')[0]?.replace(/['"]/g, '').trim()).toBe('Inter');
      expect(result.loaded, 'Inter er lastet (document.fonts)').toBeGreaterThanOrEqual(1);
      expect(result.files.length).toBeGreaterThanOrEqual(1);
      for (const f of result.files) expect(new URL(f).origin).toBe(new URL(site.server.url).origin);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('fokusring på 3 px', () => {
  for (const { name, path, status } of pages) {
    it(`${name} (${path}): hvert fokuserbare element får en synlig ring på minst 3 px`, async () => {
      const opened = await openPage(site.browser, site.server.url, path!, {
        width: 1280,
        height: 800,
        expectStatus: status,
      });
      try {
        const { page } = opened;
        await page.keyboard.press('Tab'); // keyboard modality, so :focus-visible applies
        const thin = await page.evaluate(() => {
          const selector =
            'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
          const out: string[] = [];
          let checked = 0;
          for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue; // not rendered at this width
            if (getComputedStyle(el).visibility === 'hidden') continue;
            el.focus({ focusVisible: true } as FocusOptions);
            if (document.activeElement !== el) continue;
            checked++;
            const cs = getComputedStyle(el);
            const width = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
            if (width < 3)
              out.push(
                `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> «${(el.textContent ?? '').trim().slice(0, 40)}»: outline ${cs.outlineStyle} ${cs.outlineWidth}`,
              );
          }
          return { out, checked };
        });
        expect(thin.checked).toBeGreaterThan(0);
        expect(thin.out).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
