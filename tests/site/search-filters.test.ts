/**
 * Filters on /sok/ count exactly what dist/ holds (OR within a group, AND across groups), also
 * when given in the URL without a query. Against the built site in Chromium; expected results come
 * from dist/ (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { focused } from '../helpers/focus';
import { filterValues, matchesFilters, type FilterSelection } from '../helpers/search-index';
import { servedSite } from '../helpers/site';
import {
  GROUPS,
  byUrl,
  countIn,
  filterBoxes,
  nb,
  openAllGroups,
  pages,
  params,
  searchOpener,
  setFilter,
  settled,
  showAll,
  urlsOf,
  wrongCounts,
} from '../helpers/search-page';

const site = servedSite();
const openSearch = searchOpener(site);

describe('filtre', () => {
  it('hver type gir nøyaktig antallet indekserte sider av den typen', { timeout: 180_000 }, async () => {
    const types = [...(filterValues(pages).get('type') ?? [])].sort(nb.compare);
    expect(types.length).toBeGreaterThan(1);
    const { opened, status: start } = await openSearch();
    try {
      const { page } = opened;
      expect(start).toMatch(/^Skriv et søkeord/);
      // Before any choice every value shows its total.
      expect.soft(wrongCounts(await filterBoxes(page), {}), 'tall i filtrene uten valg').toEqual([]);
      for (const type of types) {
        const expected = urlsOf(pages.filter((p) => p.filters.get('type')?.includes(type)));
        const status = await setFilter(page, 'type', type, true);
        expect.soft(status, `type ${type}`).toBe(`${expected.length} treff med filter: type ${type}.`);
        const shown = await showAll(page);
        expect.soft(shown.map((s) => s.href).sort(), `treff for type ${type}`).toEqual(expected);
        expect.soft(params(page).getAll('type')).toEqual([type]);
        await setFilter(page, 'type', type, false);
      }
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it(
    'ELLER innen en gruppe, OG mellom grupper, og tallene i filtrene stemmer med dist/',
    { timeout: 120_000 },
    async () => {
      const values = filterValues(pages);
      for (const [g, v] of [
        ['pulje', 'Pulje 3'],
        ['pulje', 'Pulje 4'],
        ['sektor', 'Pleie og omsorg'],
        ['pulje', 'Pulje 1'],
      ] as const) {
        expect(values.get(g)?.has(v), `${g} «${v}» finnes i dist/`).toBe(true);
      }
      const count = (sel: FilterSelection) => pages.filter((p) => matchesFilters(p, sel)).length;
      const p3 = count({ pulje: ['Pulje 3'] });
      const p4 = count({ pulje: ['Pulje 4'] });
      const either = count({ pulje: ['Pulje 3', 'Pulje 4'] });
      const both = count({ pulje: ['Pulje 3', 'Pulje 4'], sektor: ['Pleie og omsorg'] });
      console.log(
        `dist/: Pulje 3 ${p3}, Pulje 4 ${p4} (sum ${p3 + p4}), Pulje 3 eller 4 ${either}, og Pleie og omsorg ${both}`,
      );
      expect(either, 'Pulje 3 og 4 overlapper ikke, så ELLER gir summen').toBe(p3 + p4);

      const { opened } = await openSearch();
      try {
        const { page } = opened;
        let status = await setFilter(page, 'pulje', 'Pulje 3', true);
        expect(countIn(status)).toBe(p3);
        await openAllGroups(page);
        const boxes = await filterBoxes(page);
        expect.soft(wrongCounts(boxes, { pulje: ['Pulje 3'] }), 'tall etter Pulje 3').toEqual([]);
        // The other pools keep their own totals rather than dropping to 0 (they would widen an OR).
        const pool1 = boxes.find((b) => b.group === 'pulje' && b.value === 'Pulje 1');
        expect(pool1?.label, 'Pulje 1 etter å ha valgt Pulje 3').toBe(`Pulje 1 (${count({ pulje: ['Pulje 1'] })})`);
        expect(count({ pulje: ['Pulje 1'] })).toBeGreaterThan(0);

        status = await setFilter(page, 'pulje', 'Pulje 4', true);
        expect(countIn(status), 'Pulje 3 + Pulje 4').toBe(either);
        expect(countIn(status)).toBeGreaterThan(p3);
        expect
          .soft(wrongCounts(await filterBoxes(page), { pulje: ['Pulje 3', 'Pulje 4'] }), 'tall etter Pulje 3 + 4')
          .toEqual([]);

        status = await setFilter(page, 'sektor', 'Pleie og omsorg', true);
        expect(countIn(status), '(Pulje 3 eller 4) og Pleie og omsorg').toBe(both);
        expect(countIn(status)).toBeLessThan(either);
        const selection = { pulje: ['Pulje 3', 'Pulje 4'], sektor: ['Pleie og omsorg'] };
        expect.soft(wrongCounts(await filterBoxes(page), selection), 'tall etter + Pleie og omsorg').toEqual([]);
        const shown = await showAll(page);
        expect(shown.map((s) => s.href).sort()).toEqual(urlsOf(pages.filter((p) => matchesFilters(p, selection))));
        expect(params(page).getAll('pulje').sort()).toEqual(['Pulje 3', 'Pulje 4']);
        expect(params(page).getAll('sektor')).toEqual(['Pleie og omsorg']);

        // Every group present in dist/ is offered, with every value.
        const shownValues = new Map<string, string[]>();
        for (const b of await filterBoxes(page))
          shownValues.set(b.group, [...(shownValues.get(b.group) ?? []), b.value]);
        expect([...shownValues.keys()]).toEqual(GROUPS.filter((g) => values.has(g)));
        for (const [g, vs] of values)
          expect.soft(shownValues.get(g)?.slice().sort(), `verdier i gruppen ${g}`).toEqual([...vs].sort());

        // "Fjern alle filtre" clears them all and returns to the field.
        expect(await page.isVisible('#sok-nullstill')).toBe(true);
        await page.click('#sok-nullstill');
        status = await settled(page, { not: status });
        expect(status).toMatch(/^Skriv et søkeord/);
        expect((await filterBoxes(page)).filter((b) => b.checked)).toEqual([]);
        expect(page.url()).toBe(`${site.server.url}/sok/`);
        expect((await focused(page))?.id).toBe('sok-felt');
        expect(await page.isHidden('#sok-nullstill')).toBe(true);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  it('filtre uten søkeord i URL-en (?pulje=Pulje+3&sektor=Pleie+og+omsorg) viser sidene som har begge, nyeste først', async () => {
    const selection = { pulje: ['Pulje 3'], sektor: ['Pleie og omsorg'] };
    const expected = urlsOf(pages.filter((p) => matchesFilters(p, selection)));
    expect(expected.length).toBeGreaterThan(0);
    const { opened, status } = await openSearch('?pulje=Pulje+3&sektor=Pleie+og+omsorg');
    try {
      const { page } = opened;
      expect(status).toBe(`${expected.length} treff med filter: Pulje 3; sektor Pleie og omsorg.`);
      // Without a query there is nothing to rank by: the menu shows the order the hits are in.
      expect(await page.inputValue('#sok-sortering'), 'sorteringsmenyen uten søkeord').toBe('nyest');
      expect(
        await page.$eval('#sok-sortering option[value="relevans"]', (o) => (o as HTMLOptionElement).disabled),
      ).toBe(true);
      const checked = (await filterBoxes(page)).filter((b) => b.checked).map((b) => `${b.group}=${b.value}`);
      expect(checked).toEqual(['pulje=Pulje 3', 'sektor=Pleie og omsorg']);
      const shown = await showAll(page);
      expect(shown.map((s) => s.href).sort()).toEqual(expected);
      const dates = shown.map((s) => byUrl.get(s.href)?.sort.get('dato') ?? '');
      expect(dates, 'uten søkeord sorteres treffene nyeste først').toEqual([...dates].sort().reverse());
      // The groups chosen from are open; the others open on demand and fetch their counts.
      const open = await page.$$eval('#sok-filtre details[open]', (ds) =>
        ds.map((d) => (d as HTMLElement).dataset.group),
      );
      expect(open).toEqual(['pulje', 'sektor']);
      await openAllGroups(page);
      expect.soft(wrongCounts(await filterBoxes(page), selection)).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
