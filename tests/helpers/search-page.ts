/**
 * The search page (/sok/) for the tests/site/search-*.test.ts files: what dist/'s search index
 * holds (read from dist/, never hard-coded) and how to open, read and drive the page in Chromium.
 */
import type { Page } from 'playwright-core';
import { WIDTHS, openPage, type OpenedPage } from './browser';
import type { Collection } from './dist';
import { expectedFilterCounts, indexedPages, type FilterSelection, type IndexedPage } from './search-index';
import type { ServedSite } from './site';

/** Sections whose detail pages are searchable (networks are not). */
export const SEARCHABLE: Collection[] = ['prosjekter', 'verktoy', 'nyhetsbrev', 'historier', 'kommuner', 'samlinger'];
/** Filter groups the search page shows, in its order. */
export const GROUPS = ['type', 'pulje', 'sektor', 'fylke', 'fokus', 'år'];
export const nb = new Intl.Collator('nb');

export const pages: IndexedPage[] = (() => {
  try {
    return indexedPages();
  } catch {
    return []; // no dist/ yet: servedSite() says so before the tests
  }
})();
export const byUrl = new Map(pages.map((p) => [p.url, p]));

// ---------------------------------------------------------------------------------------------
// Page helpers

export interface Shown {
  href: string;
  title: string;
  meta: string;
  excerptHtml: string;
  excerptText: string;
}

export interface Box {
  group: string;
  value: string;
  checked: boolean;
  label: string;
}

/**
 * Opens /sok/ (with `query`, e.g. `?q=nærvær`) on the served site and waits until the script has
 * shown its first status. One per test file: `const openSearch = searchOpener(site);`.
 */
export function searchOpener(site: ServedSite) {
  return async function openSearch(
    query = '',
    width: number = WIDTHS.desktop,
  ): Promise<{ opened: OpenedPage; status: string }> {
    const opened = await openPage(site.browser, site.server.url, `/sok/${query}`, { width });
    try {
      const status = await settled(opened.page);
      return { opened, status };
    } catch (err) {
      await opened.close();
      throw new Error(
        `/sok/${query}: søkesiden ble aldri klar (${String(err)}); feil under lasting: ${opened.problems.join('; ')}`,
        { cause: err },
      );
    }
  };
}

/**
 * Waits until the status line says how a search went (or asks for a query), is not `not`
 * (the text before the change being waited for) and, with `q`, names that query.
 */
export async function settled(page: Page, opts: { not?: string; q?: string } = {}): Promise<string> {
  const handle = await page.waitForFunction(
    ({ not, q }) => {
      const t = (document.getElementById('sok-status')?.textContent ?? '').trim();
      if (t === '' || t === not) return false;
      if (!/ treff\b|^Skriv et søkeord|for vanlig/.test(t)) return false;
      // Counts are written after the results; wait for them too.
      if (document.getElementById('sok-filtre')?.hasAttribute('aria-busy')) return false;
      if (q !== null && !t.includes(`«${q}»`)) return false;
      return t;
    },
    { not: opts.not ?? null, q: opts.q ?? null },
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** The number at the start of "12 treff for «nærvær»." */
export function countIn(status: string): number {
  const m = /^([\d\s\u00a0\u202f]+) treff/.exec(status);
  if (!m) throw new Error(`Statusen sier ikke hvor mange treff: «${status}»`);
  return Number(m[1]!.replace(/\D/g, ''));
}

export function shownResults(page: Page): Promise<Shown[]> {
  return page.$$eval('#sok-treff > li', (lis) =>
    lis.map((li) => {
      const a = li.querySelector('h3 a');
      const ps = li.querySelectorAll('p');
      const excerpt = ps[ps.length - 1];
      return {
        href: a?.getAttribute('href') ?? '',
        title: (a?.textContent ?? '').trim(),
        meta: (li.querySelector('p.search__meta')?.textContent ?? '').trim(),
        excerptHtml: excerpt?.innerHTML ?? '',
        excerptText: (excerpt?.textContent ?? '').trim(),
      };
    }),
  );
}

/** Presses "Vis flere treff" until every result is shown, and returns them all. */
export async function showAll(page: Page): Promise<Shown[]> {
  for (let i = 0; i < 200 && (await page.isVisible('#sok-flere')); i++) {
    const before = await page.locator('#sok-treff > li').count();
    await page.click('#sok-flere');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#sok-treff > li').length > n || document.getElementById('sok-flere')!.hidden,
      before,
      { timeout: 10_000 },
    );
  }
  return shownResults(page);
}

export function filterBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('#sok-filtre input[type="checkbox"]', (boxes) =>
    (boxes as HTMLInputElement[]).map((b) => ({
      group: b.dataset.group ?? '',
      value: b.value,
      checked: b.checked,
      label: (document.querySelector(`label[for="${b.id}"]`)?.textContent ?? '').trim(),
    })),
  );
}

export const boxSelector = (group: string, value: string) =>
  `#sok-filtre input[type="checkbox"][data-group=${JSON.stringify(group)}][value=${JSON.stringify(value)}]`;

/** Opens a filter group (a closed <details>) as a user would, by clicking its summary. */
export async function openGroup(page: Page, group: string): Promise<void> {
  const details = page.locator(`#sok-filtre details[data-group=${JSON.stringify(group)}]`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/**
 * Opens every filter group and waits until their counts are in. A group's `toggle` event (which
 * fetches its counts) comes a task after the click, so "not busy" alone could be read before
 * the last group has started: wait until every value of every open group shows a count.
 */
export async function openAllGroups(page: Page): Promise<void> {
  for (const g of await page.$$eval('#sok-filtre details[data-group]', (ds) =>
    ds.map((d) => (d as HTMLElement).dataset.group!),
  )) {
    await openGroup(page, g);
  }
  await page.waitForFunction(
    () =>
      !document.getElementById('sok-filtre')?.hasAttribute('aria-busy') &&
      [...document.querySelectorAll('#sok-filtre details[open] .search__count')].every(
        (c) => (c.textContent ?? '') !== '',
      ),
    null,
    { timeout: 15_000 },
  );
}

/** Ticks or unticks one filter and waits for the results to follow. */
export async function setFilter(page: Page, group: string, value: string, on: boolean): Promise<string> {
  const before = (await page.textContent('#sok-status'))?.trim() ?? '';
  await openGroup(page, group);
  const box = page.locator(boxSelector(group, value));
  if (on) await box.check();
  else await box.uncheck();
  return settled(page, { not: before });
}

export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Labels that do not read `value (count)` with the count computed from dist/. */
export function wrongCounts(boxes: Box[], selection: FilterSelection): string[] {
  const expected = expectedFilterCounts(pages, selection);
  return boxes
    .map((b) => ({ b, want: `${b.value} (${expected.get(b.group)?.get(b.value) ?? 'finnes ikke i dist/'})` }))
    .filter(({ b, want }) => b.label !== want)
    .map(({ b, want }) => `${b.group}: viser «${b.label}», skal være «${want}»`);
}

/** Lower case without combining marks: å -> a, é -> e (æ and ø have none and stay). */
export const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export const urlsOf = (list: { url: string }[]) => list.map((p) => p.url).sort();
export const missingFrom = (expected: string[], shown: Shown[]) => {
  const got = new Set(shown.map((s) => s.href));
  return expected.filter((u) => !got.has(u));
};

/** Every shown result is an indexed page of dist/, with its title and type. */
export function resultProblems(shown: Shown[]): string[] {
  const out: string[] = [];
  for (const s of shown) {
    const p = byUrl.get(s.href);
    if (!p) {
      out.push(`${s.href}: ikke en indeksert side i dist/`);
      continue;
    }
    if (s.title !== p.title) out.push(`${s.href}: tittel «${s.title}», siden har «${p.title}»`);
    const type = p.filters.get('type')?.[0] ?? '';
    if (!s.meta.startsWith(type)) out.push(`${s.href}: metalinjen «${s.meta}» begynner ikke med typen «${type}»`);
  }
  return out;
}
