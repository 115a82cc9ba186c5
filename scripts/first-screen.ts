/**
 * Prints what a phone reader sees first: for every page type (tests/helpers/dist.ts samplePages)
 * at each test screen (tests/helpers/browser.ts SCREENS), the height of the site header, the
 * bottom of the <h1> and the smallest rendered SVG text (font size times the SVG's scale).
 *
 *   npm run build && npm run first-screen            # measures dist/
 *   KB_OUT_DIR=/tmp/old/dist npm run first-screen     # measures another build
 *
 * A measurement for notes and reviews; the limits themselves are asserted by
 * tests/site/first-screen.test.ts and tests/site/chart-text.test.ts.
 */
import { launchBrowser, openPage, SCREENS } from '../tests/helpers/browser';
import { DIST, samplePages } from '../tests/helpers/dist';
import { serveStatic } from './lib/static-server';

interface Row {
  name: string;
  path: string;
  figures: string[];
}

const server = await serveStatic(DIST);
const browser = await launchBrowser();
const rows: Row[] = [];
try {
  for (const { name, path, status } of samplePages()) {
    if (path === undefined) continue;
    const row: Row = { name, path, figures: [] };
    for (const { width, height } of SCREENS) {
      const opened = await openPage(browser, server.url, path, { width, height, expectStatus: status });
      try {
        const m = await opened.page.evaluate(() => {
          const header = document.querySelector('body > header, header.site-header, header');
          const h1 = document.querySelector('h1');
          let smallest = Infinity;
          for (const text of Array.from(document.querySelectorAll('svg text'))) {
            const box = text.getBoundingClientRect();
            const ctm = (text as SVGGraphicsElement).getScreenCTM();
            if (!ctm || box.width === 0) continue;
            const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
            smallest = Math.min(smallest, px);
          }
          return {
            header: header ? Math.round(header.getBoundingClientRect().height) : NaN,
            h1: h1 ? Math.round(h1.getBoundingClientRect().bottom) : NaN,
            svg: Number.isFinite(smallest) ? Math.round(smallest * 10) / 10 : undefined,
          };
        });
        row.figures.push(`${m.header}/${m.h1}${m.svg === undefined ? '' : ` (${m.svg})`}`);
      } finally {
        await opened.close();
      }
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}

const heads = SCREENS.map((s) => `${s.width}x${s.height}`);
console.log(`dist: ${DIST}`);
console.log(`header px / h1 bottom px (smallest SVG text px), per screen`);
console.log(['page', 'path', ...heads].join('\t'));
for (const r of rows) console.log([r.name, r.path, ...r.figures].join('\t'));
