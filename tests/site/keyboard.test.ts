/**
 * Keyboard use: the skip link is the first stop and works, the main navigation is reachable in
 * order with a visible focus indicator, and the pages need no JavaScript at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDTHS, openPage } from '../helpers/browser';
import { detailIds, htmlFiles, urlOfFile } from '../helpers/dist';
import { describeFocused, focused, tabThrough } from '../helpers/focus';
import { parseTags } from '../helpers/html';
import { servedSite } from '../helpers/site';

const SKIP_LINK_TEXT = 'Hopp til hovedinnhold';
const MAIN_NAV = 'nav[aria-label="Hovedmeny"]';

const site = servedSite();

const firstProject = detailIds('prosjekter')[0];
const pages = [
  { name: 'forsiden', path: '/' },
  { name: 'en prosjektside', path: firstProject === undefined ? undefined : `/prosjekter/${firstProject}/` },
];

for (const width of [WIDTHS.desktop, WIDTHS.mobile]) {
  for (const { name, path } of pages) {
    describe.skipIf(path === undefined)(`${name} (${path}) ved ${width}px`, () => {
      const open = () => openPage(site.browser, site.server.url, path!, { width });

      it('første Tab går til hopp-lenken, som da blir synlig', async () => {
        const opened = await open();
        try {
          const { page } = opened;
          // Designsystemet hides the skip link (1×1 px, clipped) until it has focus; appearing is its focus indicator.
          const before = await page.evaluate(
            () => document.querySelector('a[href="#main"]')?.getBoundingClientRect().width,
          );
          expect(before, 'hopp-lenken finnes, men er skjult før den får fokus').toBeLessThanOrEqual(1);

          const [first] = await tabThrough(page, 1);
          expect(first, describeFocused(first ?? null)).toMatchObject({
            tag: 'a',
            text: SKIP_LINK_TEXT,
            href: '#main',
          });
          expect(first?.onScreen, 'hopp-lenken skal vises på skjermen når den har fokus').toBe(true);
          expect(first?.width, 'hopp-lenken skal ha lesbar størrelse når den har fokus').toBeGreaterThan(50);
          expect(first?.height).toBeGreaterThan(10);
          expect(opened.problems).toEqual([]);
        } finally {
          await opened.close();
        }
      });

      it('hopp-lenken flytter fokus til main#main, og neste Tab går videre inne i hovedinnholdet', async () => {
        const opened = await open();
        try {
          const { page } = opened;
          const [skip] = await tabThrough(page, 1);
          expect(skip?.href, `første Tab: ${describeFocused(skip ?? null)}`).toBe('#main');
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => location.hash === '#main', undefined, { timeout: 5_000 });

          const target = await focused(page);
          expect(target, describeFocused(target)).toMatchObject({ tag: 'main', id: 'main' });
          const mainTop = await page.evaluate(() => document.getElementById('main')!.getBoundingClientRect().top);
          expect(mainTop, 'toppen av main skal være rullet inn i vinduet').toBeGreaterThanOrEqual(-1);
          expect(mainTop).toBeLessThan(await page.evaluate(() => innerHeight));

          const [next] = await tabThrough(page, 1);
          expect(next?.inMain, `neste Tab etter hopp-lenken: ${describeFocused(next ?? null)}`).toBe(true);
        } finally {
          await opened.close();
        }
      });

      it('Tab når hver lenke i hovedmenyen, i rekkefølge og med synlig fokus', async () => {
        const opened = await open();
        try {
          const { page } = opened;
          const navHrefs = await page
            .locator(`${MAIN_NAV} a`)
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(navHrefs.length, 'hovedmenyen skal ha lenker').toBeGreaterThanOrEqual(5);

          // Skip link, brand link, then the menu; allow a few extra stops before it. On narrow
          // screens the menu sits behind the «Meny» button (a <summary>): Tab to it, Enter opens it.
          const before: Awaited<ReturnType<typeof tabThrough>> = [];
          if (width === WIDTHS.mobile) {
            for (let i = 0; i < 6 && before.at(-1)?.tag !== 'summary'; i++) before.push(...(await tabThrough(page, 1)));
            expect(before.at(-1)?.tag, `menyknappen nås med Tab: ${before.map(describeFocused).join(' → ')}`).toBe(
              'summary',
            );
            await page.keyboard.press('Enter');
          }
          const stops = [...before, ...(await tabThrough(page, navHrefs.length + 6))];
          const navStops = stops.filter((f) => f?.inMainNav);
          expect(
            navStops.map((f) => f?.href),
            `fokusrekkefølge: ${stops.map(describeFocused).join(' → ')}`,
          ).toEqual(navHrefs);

          const invisible = navStops.filter((f) => !f?.indicatorVisible || !f.onScreen);
          expect(
            invisible.map(
              (f) =>
                `${describeFocused(f)}: outline ${f?.outline}, box-shadow ${f?.boxShadow}, på skjermen: ${f?.onScreen}`,
            ),
          ).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    });
  }
}

/** Pages that need JavaScript: the search page and the editors' CMS (not part of the public site). */
const SCRIPT_ALLOWED = new Set(['/sok/', '/admin/']);

describe('ingen JavaScript på sidene', () => {
  it('ingen HTML-fil i dist/ utenom søkesiden har <script>, on*-attributter eller javascript:-lenker', () => {
    const files = htmlFiles().filter((f) => !SCRIPT_ALLOWED.has(urlOfFile(f)));
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      for (const tag of parseTags(readFileSync(file, 'utf8'))) {
        // A JSON-LD data block (schema.org Event on gathering pages) is data, never run.
        if (tag.name === 'script' && tag.attrs.get('type') === 'application/ld+json' && !tag.attrs.has('src')) continue;
        if (tag.name === 'script')
          found.push(`${urlOfFile(file)}: <script${tag.attrs.has('src') ? ` src="${tag.attrs.get('src')}"` : ''}>`);
        for (const [attr, value] of tag.attrs) {
          if (/^on[a-z]+$/.test(attr)) found.push(`${urlOfFile(file)}: <${tag.name} ${attr}="${value.slice(0, 40)}">`);
          if (/^\s*javascript:/i.test(value))
            found.push(`${urlOfFile(file)}: <${tag.name} ${attr}="${value.slice(0, 40)}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
