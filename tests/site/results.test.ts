/**
 * The results pages in Chromium: /resultater/ renders its charts and tables, and a chart's
 * data table shows the same figures as the sick-leave data, computed here independently
 * (Σ lost / Σ agreed per quarter) from the CSV the site was built from. The same for the
 * survey XmR charts: each table shows the scores of the survey CSV, a missing year as "–".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../config/content-dir.mjs';
import { openPage } from '../helpers/browser';
import { plainText } from '../helpers/html';
import { servedSite } from '../helpers/site';

const site = servedSite();

/** Weighted quarterly sick leave of one municipality, "2006 K1" -> "10,4\u00A0%" (no-break space), from the CSV. */
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
    out.set(label, `${pct.toFixed(1).replace('.', ',')}\u00A0%`);
  }
  return out;
}

describe('/resultater/', () => {
  it('shows the comparison, the programme chart, tables by pool, sector and county, goals and small multiples', async () => {
    const { page, problems, close } = await openPage(site.browser, site.server.url, '/resultater/');
    try {
      for (const id of ['mot-landet', 'programmet', 'pulje', 'sektor', 'fylke', 'maloppnaelse', 'kommunene']) {
        await expect.soft(page.locator(`#${id}`).count(), id).resolves.toBe(1);
      }
      const charts = page.locator('svg[role="img"]:not(.chart__svg--narrow)');
      expect(await charts.count()).toBeGreaterThan(10);
      // Every chart has a title and a description that a screen reader reads.
      const first = page.locator('figure.chart svg.chart__svg--wide').first();
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
    const { page, close } = await openPage(site.browser, site.server.url, `/kommuner/${kommune}/`);
    try {
      const rows = await page.locator(`#spc-${kommune}-tittel >> xpath=ancestor::figure//tbody/tr`).all();
      const shown = new Map<string, string>();
      for (const row of rows) {
        const period = (await row.locator('th').textContent())!.trim();
        const value = (await row.locator('td').first().textContent())!.replace(/\s*\(signal\)/, '').trim();
        shown.set(period, value);
      }
      expect(shown).toEqual(expected);
      // One plotted point per quarter with data: circles plus signal squares.
      const points = await page
        .locator(
          `#spc-${kommune}-tittel >> xpath=ancestor::figure//*[contains(@class,"chart__svg--wide")]//*[contains(@class,"chart__line--main")]/*[self::*[local-name()="circle"] or self::*[local-name()="rect"]]`,
        )
        .count();
      expect(points).toBe(expected.size);
    } finally {
      await close();
    }
  });
});

/** Survey series of the CSV the site was built from: "kommune|undersøkelse|tjeneste|skala" -> year -> "4,85". */
function surveySeriesFromCsv(): Map<string, Map<number, string>> {
  const file = join(contentDir, 'undersokelser/kommuner.csv');
  const out = new Map<string, Map<number, string>>();
  if (!existsSync(file)) return out;
  const [header, ...lines] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const cols = header!.split(';');
  const at = (cells: string[], name: string) => cells[cols.indexOf(name)]!.trim();
  for (const line of lines) {
    const cells = line.split(';');
    const key = [at(cells, 'kommune'), at(cells, 'undersøkelse'), at(cells, 'tjeneste'), at(cells, 'skala')].join('|');
    const score = Number(at(cells, 'skår').replace(',', '.'));
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)!.set(Number(at(cells, 'år')), score.toFixed(2).replace('.', ','));
  }
  return out;
}

describe('survey charts', () => {
  const series = surveySeriesFromCsv();

  it('has survey data to test', () => {
    expect(series.size).toBeGreaterThan(0);
  });

  // A municipality with a gap in one of its series, if the data have one, else the first.
  const keys = [...series.keys()];
  const gapped = keys.find((k) => {
    const years = [...series.get(k)!.keys()];
    return Math.max(...years) - Math.min(...years) + 1 > years.length;
  });
  const kommune = (gapped ?? keys[0] ?? '').split('|')[0]!;

  it(`shows every series of ${kommune} as an XmR chart whose table equals the data, gaps as gaps`, async () => {
    const own = keys.filter((k) => k.startsWith(`${kommune}|`));
    expect(own.length).toBeGreaterThan(0);
    const { page, problems, close } = await openPage(site.browser, site.server.url, `/kommuner/${kommune}/`);
    try {
      await expect(page.locator('#undersokelser').count()).resolves.toBe(1);
      for (const key of own) {
        const [, undersøkelse, tjeneste] = key.split('|');
        const byYear = series.get(key)!;
        const years = [...byYear.keys()];
        const expected = new Map<string, string>();
        for (let y = Math.min(...years); y <= Math.max(...years); y++) expected.set(String(y), byYear.get(y) ?? '–');
        const figure = page.locator(`#xmr-${kommune}-${undersøkelse}-${tjeneste}-tittel >> xpath=ancestor::figure`);
        const shown = new Map<string, string>();
        for (const row of await figure.locator('tbody tr').all()) {
          const year = (await row.locator('th').textContent())!.trim();
          shown.set(year, (await row.locator('td').first().textContent())!.replace(/\s*\(signal\)/, '').trim());
        }
        expect(shown, key).toEqual(expected);
        // One plotted point per year with a score; a gap has none.
        const points = await figure
          .locator('.chart__svg--wide .chart__line--main circle, .chart__svg--wide .chart__line--main rect')
          .count();
        expect(points, key).toBe(byYear.size);
        // The summary, the rule sentence and the example-data mark are there.
        expect(await figure.locator('.chart__summary').textContent()).toMatch(/\(skala \d+–\d+\) (steg|falt|var) /);
        expect(await figure.locator('figcaption').textContent()).toMatch(
          /^(Signal: |Ingen av reglene slo ut|Diagrammet har ingen kontrollgrenser)/,
        );
        // The same sentence (the visible one has soft hyphens in its very long words).
        expect(await figure.locator('svg.chart__svg--wide desc').textContent()).toBe(
          plainText((await figure.locator('.chart__summary').textContent()) ?? ''),
        );
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has a compact overview on /resultater/ linking to the municipalities with survey data', async () => {
    const { page, close } = await openPage(site.browser, site.server.url, '/resultater/');
    try {
      const section = page.locator('section[aria-labelledby="undersokelser"]');
      // One line per survey, service and scale.
      const groups = new Set(keys.map((k) => k.split('|').slice(1).join('|')));
      await expect(section.locator('tbody tr').count()).resolves.toBe(groups.size);
      const municipalities = new Set(keys.map((k) => k.split('|')[0]));
      await expect(section.locator('a[href$="#undersokelser"]').count()).resolves.toBe(municipalities.size);
    } finally {
      await close();
    }
  });
});
