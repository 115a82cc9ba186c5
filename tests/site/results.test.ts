/**
 * The results pages in Chromium: /resultater/ renders its charts and tables, and a chart's
 * data table shows the same figures as the sick-leave data, computed here independently
 * (Σ lost / Σ agreed per quarter) from the CSV the site was built from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';
import { DIST, requireDist } from '../helpers/dist';
import { serve, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serve(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const contentDir = process.env.KB_CONTENT_DIR ?? 'src/content';

/** Weighted quarterly sick leave of one municipality, "2006 K1" -> "10,4 %", from the CSV. */
function expectedQuarters(kommune: string): Map<string, string> {
  const text = readFileSync(join(contentDir, 'sykefravaer/kommuner.csv'), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const cols = header!.split(';');
  const at = (name: string) => cols.indexOf(name);
  const out = new Map<string, string>();
  for (const line of lines) {
    const cells = line.split(';');
    if (cells[at('kommune')] !== kommune || cells[at('sektor')] !== 'alle') continue;
    const pct = (100 * Number(cells[at('tapte_dagsverk')])) / Number(cells[at('avtalte_dagsverk')]);
    const label = `${cells[at('år')]} K${cells[at('kvartal')]}`;
    out.set(label, `${pct.toFixed(1).replace('.', ',')} %`);
  }
  return out;
}

describe('/resultater/', () => {
  it('shows the comparison, the programme chart, tables by pool, sector and county, goals and small multiples', async () => {
    const { page, problems, close } = await openPage(browser, server.url, '/resultater/');
    try {
      for (const id of ['mot-landet', 'programmet', 'pulje', 'sektor', 'fylke', 'maloppnaelse', 'kommunene']) {
        await expect.soft(page.locator(`#${id}`).count(), id).resolves.toBe(1);
      }
      const charts = page.locator('svg[role="img"]');
      expect(await charts.count()).toBeGreaterThan(10);
      // Every chart has a title and a description that a screen reader reads.
      const first = page.locator('figure.chart svg').first();
      const labelledBy = (await first.getAttribute('aria-labelledby'))!.split(' ');
      for (const id of labelledBy) expect((await page.locator(`#${id}`).textContent())?.trim()).toBeTruthy();
      const summary = await page.locator('#sammenligning-oppsummering').textContent();
      expect(summary).toMatch(/prosentpoeng (bedre|dårligere) enn de andre/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a municipality chart', () => {
  it("has a data table equal to the municipality's weighted quarterly figures", async () => {
    const kommune = 'verdal';
    const expected = expectedQuarters(kommune);
    expect(expected.size).toBeGreaterThan(8);
    const { page, close } = await openPage(browser, server.url, `/kommuner/${kommune}/`);
    try {
      const rows = await page.locator(`#spc-${kommune}-tittel >> xpath=ancestor::figure//tbody/tr`).all();
      const shown = new Map<string, string>();
      for (const row of rows) {
        const period = (await row.locator('th').textContent())!.trim();
        const value = (await row.locator('td').first().textContent())!.replace(/\s*\(signal\)/, '').replace(/\u00a0/g, ' ').trim();
        shown.set(period, value);
      }
      expect(shown).toEqual(expected);
      // One plotted point per quarter with data: circles plus signal squares.
      const points = await page.locator(`#spc-${kommune}-tittel >> xpath=ancestor::figure//*[contains(@class,"chart__line--main")]/*[self::*[local-name()="circle"] or self::*[local-name()="rect"]]`).count();
      expect(points).toBe(expected.size);
    } finally {
      await close();
    }
  });
});
