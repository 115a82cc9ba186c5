/**
 * Charts read on a phone: at 375x667 and 320x568 (and 1280 px) every chart on the pages that
 * have charts shows exactly one SVG (the narrow or the wide variant, see
 * src/lib/charts/line-chart.ts), every <text> in it is rendered at ≥ 12 CSS px (computed
 * font-size × the SVG's screen CTM scale), no text sticks out of its SVG, no chart sticks out of
 * the viewport, and the whole series is drawn: as many points as the other variant, all inside
 * the visible SVG. Screenshots of a municipality page and /resultater/ go to tests/.output/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, SCREENS } from '../helpers/browser';
import { detailIds, OUTPUT, requireDist } from '../helpers/dist';
import { servedSite } from '../helpers/site';

requireDist();
const site = servedSite();

const MIN_TEXT_PX = 12;

const kommuner = detailIds('kommuner');
const nettverk = detailIds('nettverk');
const PAGES = [
  '/resultater/',
  '/resultater/slik-beregner-vi/',
  ...kommuner.slice(0, 3).map((id) => `/kommuner/${id}/`),
  ...nettverk.slice(0, 1).map((id) => `/nettverk/${id}/`),
];
const SHOTS = new Set(['/resultater/', `/kommuner/${kommuner[0]}/`]);

interface ChartReport {
  charts: number;
  smallest: number;
  problems: string[];
}

for (const { width, height } of SCREENS) {
  describe(`diagrammer ved ${width}x${height}`, () => {
    for (const urlPath of PAGES) {
      it(`${urlPath}: diagramtekst ≥ ${MIN_TEXT_PX} px, hele serien synlig, ingenting utenfor skjermen`, async () => {
        const { page, close } = await openPage(site.browser, site.server.url, urlPath, { width, height });
        try {
          // Inter is self-hosted; measure with the real font once it has loaded.
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const report: ChartReport = await page.evaluate((min) => {
            const problems: string[] = [];
            let smallest = Infinity;
            const figures = Array.from(document.querySelectorAll('figure.chart'));
            const shown = (el: Element) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && getComputedStyle(el).display !== 'none';
            };
            const pointsOf = (svg: Element) =>
              Array.from(svg.querySelectorAll('.chart__line--main circle, .chart__line--main rect'));
            for (const figure of figures) {
              const name = figure.querySelector('.chart__title')?.textContent?.trim() ?? '(uten tittel)';
              const svgs = Array.from(figure.querySelectorAll('svg.chart__svg'));
              const visible = svgs.filter(shown);
              if (visible.length !== 1) {
                problems.push(`«${name}»: ${visible.length} synlige SVG-er, ventet 1`);
                continue;
              }
              const svg = visible[0] as SVGSVGElement;
              const svgBox = svg.getBoundingClientRect();
              if (svgBox.left < -0.5 || svgBox.right > innerWidth + 0.5) {
                problems.push(
                  `«${name}»: diagrammet går utenfor skjermen (${Math.round(svgBox.left)}–${Math.round(svgBox.right)} px av ${innerWidth})`,
                );
              }
              for (const text of Array.from(svg.querySelectorAll('text'))) {
                const ctm = text.getScreenCTM();
                if (!ctm) {
                  problems.push(`«${name}»: «${text.textContent}» har ingen skjermtransformasjon`);
                  continue;
                }
                const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
                smallest = Math.min(smallest, px);
                if (px < min - 0.01)
                  problems.push(`«${name}»: «${text.textContent}» er ${px.toFixed(1)} px (minst ${min} px)`);
                const box = text.getBoundingClientRect();
                if (box.left < svgBox.left - 0.5 || box.right > svgBox.right + 0.5) {
                  problems.push(
                    `«${name}»: «${text.textContent}» stikker ut av diagrammet (${Math.round(box.left)}–${Math.round(box.right)} px, diagram ${Math.round(svgBox.left)}–${Math.round(svgBox.right)} px)`,
                  );
                }
              }
              // The whole series: as many points as every other drawing of the chart, all inside.
              const points = pointsOf(svg);
              for (const other of svgs) {
                if (other !== svg && pointsOf(other).length !== points.length) {
                  problems.push(
                    `«${name}»: ${points.length} punkter synlig, den andre varianten har ${pointsOf(other).length}`,
                  );
                }
              }
              for (const p of points) {
                const b = p.getBoundingClientRect();
                if (b.left < svgBox.left - 0.5 || b.right > svgBox.right + 0.5)
                  problems.push(`«${name}»: et punkt ligger utenfor diagrammet`);
              }
            }
            return { charts: figures.length, smallest: Number.isFinite(smallest) ? smallest : 0, problems };
          }, MIN_TEXT_PX);
          if (SHOTS.has(urlPath)) {
            mkdirSync(OUTPUT, { recursive: true });
            const slug = urlPath.replace(/^\/|\/$/g, '').replace(/\//g, '-');
            await page.screenshot({ path: path.join(OUTPUT, `diagram-${width}-${slug}.png`), fullPage: true });
          }
          expect(report.charts, 'siden har diagrammer').toBeGreaterThan(0);
          expect(report.problems).toEqual([]);
          expect(report.smallest, 'minste diagramtekst (px)').toBeGreaterThanOrEqual(MIN_TEXT_PX);
          console.log(
            `${width}px ${urlPath}: ${report.charts} diagrammer, minste tekst ${report.smallest.toFixed(1)} px`,
          );
        } finally {
          await close();
        }
      });
    }
  });
}
