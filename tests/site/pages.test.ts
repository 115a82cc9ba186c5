/**
 * What a visitor expects to find on the main pages, loaded in Chromium and compared with what
 * can be counted in dist/: key figures, a municipality's network and projects, a tool's users,
 * breadcrumbs and images. Also writes full-page screenshots to tests/.output/screenshots/.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WIDTHS, openPage } from '../helpers/browser';
import { COLLECTIONS, OUTPUT, detailIdOf, detailIds, htmlFiles, urlOfFile, type Collection } from '../helpers/dist';
import { parseTags, plainText } from '../helpers/html';
import { anchorHrefs } from '../helpers/links';
import { servedSite } from '../helpers/site';

const site = servedSite();

/** Opens a page, runs `check` on it, and fails on anything that went wrong while loading. */
async function withPage(urlPath: string, check: (page: Page) => Promise<void>, width: number = WIDTHS.desktop) {
  const opened = await openPage(site.browser, site.server.url, urlPath, { width });
  try {
    await check(opened.page);
    expect(opened.problems, `${urlPath}: feil under lasting`).toEqual([]);
  } finally {
    await opened.close();
  }
}

/** "1 234" (with any kind of space) -> 1234. */
function toInt(text: string): number {
  const digits = text.replace(/\D/g, '');
  return digits === '' ? NaN : Number(digits);
}

/** Distinct ids of `collection` that links inside `scope` point at, in order. */
async function linkedIds(scope: Locator, collection: Collection): Promise<string[]> {
  const hrefs = await scope.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => detailIdOf(h, collection)).filter((id): id is string => id !== undefined))];
}

/** Text of the <dd> that follows the <dt> with this text in main, or null. */
/**
 * Project ids in `scope`, and, when the section links to a full listing ("Se alle …"), every
 * project of that listing, following its pages (rel="next") to the end.
 */
async function projectsWithListing(page: Page, scope: Locator): Promise<string[]> {
  const more = scope.getByRole('link', { name: /^Se alle/ });
  if ((await more.count()) === 0) return linkedIds(scope, 'prosjekter');
  const href = await more.getAttribute('href');
  expect(href, 'lenken «Se alle» går til en prosjektliste').toMatch(
    /^\/prosjekter\/(kommune|nettverk|verktoy)\/[^/]+\/$/,
  );
  return listingIds(page, href!);
}

/** Every project linked from the cards of a paginated listing, page 1 to the last. */
async function listingIds(page: Page, start: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = start;
  for (let guard = 0; next && guard < 100; guard++) {
    await page.goto(`${site.server.url}${next}`);
    ids.push(...(await linkedIds(page.locator('main .card-list'), 'prosjekter')));
    next = await page
      .locator('a[rel="next"]')
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
  }
  return ids;
}

function factValue(page: Page, term: string): Promise<string | null> {
  return page.evaluate((t) => {
    const dt = Array.from(document.querySelectorAll('main dt')).find((d) => d.textContent?.trim() === t);
    const dd = dt?.nextElementSibling;
    return dd?.tagName === 'DD' ? (dd.textContent ?? '').trim() : null;
  }, term);
}

// Pick the sample pages from what the build contains, so that the checks have something to check.
const firstProject = detailIds('prosjekter')[0];
/** A municipality whose page links both to a network and to at least one project. */
const municipality = detailIds('kommuner').find((id) => {
  const hrefs = anchorHrefs(`/kommuner/${id}/`);
  return hrefs.some((h) => detailIdOf(h, 'nettverk')) && hrefs.some((h) => detailIdOf(h, 'prosjekter'));
});
/** The first tool that some project uses. */
const usedTool = detailIds('prosjekter')
  .flatMap((p) => anchorHrefs(`/prosjekter/${p}/`).map((h) => detailIdOf(h, 'verktoy')))
  .find((id) => id !== undefined);
const firstStory = detailIds('historier')[0];

const NONE = '(ingen slik side i dist/ ennå)';
const pathOf = (collection: Collection, id: string | undefined) =>
  id === undefined ? undefined : `/${collection}/${id}/`;
/** `file` names the screenshot. */
const detailPages = [
  { name: 'prosjekt', file: 'prosjekt', path: pathOf('prosjekter', firstProject) },
  { name: 'kommune', file: 'kommune', path: pathOf('kommuner', municipality) },
  { name: 'verktøy', file: 'verktoy', path: pathOf('verktoy', usedTool) },
  { name: 'historie', file: 'historie', path: pathOf('historier', firstStory) },
];

it('finner eksempelsider å sjekke i dist/', () => {
  // Stories may still be missing; the rest of the checks below need these pages.
  expect(firstProject, 'minst ett prosjekt').toBeDefined();
  expect(municipality, 'en kommune som lenker både til et nettverk og til et prosjekt').toBeDefined();
  expect(usedTool, 'et verktøy som et prosjekt bruker').toBeDefined();
});

describe('forsiden', () => {
  it('nøkkeltallene er lik antall sider i dist/ og lenker til listene', async () => {
    const expected: Record<string, { count: number; href: string }> = {
      kommuner: { count: detailIds('kommuner').length, href: '/kommuner/' },
      prosjekter: { count: detailIds('prosjekter').length, href: '/prosjekter/' },
      læringsnettverk: { count: detailIds('nettverk').length, href: '/nettverk/' },
      'verktøy og metoder': { count: detailIds('verktoy').length, href: '/verktoy/' },
      'gode historier': { count: detailIds('historier').length, href: '/historier/' },
    };
    expect(expected.prosjekter!.count).toBeGreaterThan(0);
    expect(expected.kommuner!.count).toBeGreaterThan(0);

    await withPage('/', async (page) => {
      const figures = page.getByRole('region', { name: 'Kompetansebanken i tall' }).getByRole('listitem');
      const shown: Record<string, { count: number; href: string | null }> = {};
      for (const item of await figures.all()) {
        const text = await item.innerText();
        const label = text.replace(/[\d\s\u00a0\u202f]+/g, ' ').trim();
        const link = item.locator('a');
        shown[label] = { count: toInt(text), href: (await link.count()) > 0 ? await link.getAttribute('href') : null };
      }
      for (const [label, want] of Object.entries(expected)) {
        expect(shown[label], `nøkkeltallet «${label}» (vist: ${JSON.stringify(shown)})`).toEqual(want);
      }
    });
  });
});

describe('listesidene', () => {
  for (const collection of COLLECTIONS) {
    it(`/${collection}/ lenker til hver side i samlingen`, async () => {
      const ids = detailIds(collection);
      await withPage(`/${collection}/`, async (page) => {
        // Projects are paginated (src/lib/presentation/listings.ts): follow the pages to the end.
        const linked =
          collection === 'prosjekter'
            ? await listingIds(page, '/prosjekter/')
            : await linkedIds(page.locator('main'), collection);
        expect(linked.length, 'ingen side skal lenkes to ganger').toBe(new Set(linked).size);
        expect([...linked].sort()).toEqual(ids);
      });
    });
  }
});

describe.skipIf(municipality === undefined)(`en kommuneside (${pathOf('kommuner', municipality) ?? NONE})`, () => {
  const url = `/kommuner/${municipality}/`;

  it('lenker til nettverket sitt, og nettverket lister kommunen', async () => {
    let network: string | undefined;
    await withPage(url, async (page) => {
      const value = await factValue(page, 'Læringsnettverk');
      expect(value, 'faktaboksen skal ha «Læringsnettverk»').not.toBeNull();
      const networks = await linkedIds(page.locator('main dl'), 'nettverk');
      expect(networks, 'lenke til nettverket i faktaboksen').toHaveLength(1);
      network = networks[0];
      expect(detailIds('nettverk')).toContain(network);
    });
    await withPage(`/nettverk/${network}/`, async (page) => {
      const members = page.getByRole('region', { name: 'Kommunene i nettverket' });
      expect(await linkedIds(members, 'kommuner')).toContain(municipality);
    });
  });

  it('lister prosjektene sine, og tallet i overskriften stemmer', async () => {
    await withPage(url, async (page) => {
      const section = page.getByRole('region', { name: /^Prosjekter/ });
      const heading = await section.getByRole('heading', { level: 2 }).innerText();
      const projects = await projectsWithListing(page, section);
      expect(projects.length).toBeGreaterThan(0);
      expect(toInt(heading), `overskrift «${heading}», prosjektkort: ${projects.join(', ')}`).toBe(projects.length);
      for (const id of projects) {
        expect(anchorHrefs(`/prosjekter/${id}/`), `/prosjekter/${id}/ skal lenke tilbake til kommunen`).toContain(url);
      }
    });
  });
});

describe.skipIf(usedTool === undefined)('verktøysidene', () => {
  it(`«Brukt i» er lik antall prosjektkort (${pathOf('verktoy', usedTool) ?? NONE})`, async () => {
    await withPage(`/verktoy/${usedTool}/`, async (page) => {
      const usedIn = await factValue(page, 'Brukt i');
      const cards = await projectsWithListing(
        page,
        page.getByRole('region', { name: 'Prosjekter som bruker verktøyet' }),
      );
      expect(cards.length, 'verktøyet er brukt av minst ett prosjekt i dist/').toBeGreaterThan(0);
      expect(toInt(usedIn ?? ''), `«Brukt i: ${usedIn}»`).toBe(cards.length);
    });
  });

  it('«Brukt i» stemmer på alle verktøysider', async () => {
    const opened = await openPage(site.browser, site.server.url, '/');
    const wrong: string[] = [];
    try {
      for (const id of detailIds('verktoy')) {
        await opened.page.goto(`${site.server.url}/verktoy/${id}/`);
        const usedIn = (await factValue(opened.page, 'Brukt i')) ?? '(mangler)';
        const cards = await projectsWithListing(
          opened.page,
          opened.page.getByRole('region', { name: 'Prosjekter som bruker verktøyet' }),
        );
        const shown = /^Ingen/.test(usedIn) ? 0 : toInt(usedIn);
        if (shown !== cards.length) wrong.push(`/verktoy/${id}/: «Brukt i: ${usedIn}», ${cards.length} prosjektkort`);
      }
      expect(wrong).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('brødsmuler', () => {
  it('forsiden har ingen brødsmulesti', async () => {
    await withPage('/', async (page) => {
      expect(await page.getByRole('navigation', { name: 'Brødsmulesti' }).count()).toBe(0);
    });
  });

  for (const { name, path: url } of detailPages) {
    it.skipIf(!url)(`${name} (${url ?? NONE}): starter på forsiden, siste ledd har aria-current="page"`, async () => {
      await withPage(url!, async (page) => {
        const crumbs = page.getByRole('navigation', { name: 'Brødsmulesti' });
        expect(await crumbs.count()).toBe(1);
        const items = crumbs.getByRole('listitem');
        const n = await items.count();
        expect(n).toBeGreaterThanOrEqual(2);
        expect(await items.first().locator('a').getAttribute('href')).toBe('/');
        const current = crumbs.locator('[aria-current="page"]');
        expect(await current.count(), 'nøyaktig ett ledd er gjeldende side').toBe(1);
        expect(await items.last().locator('[aria-current="page"]').count(), 'det er det siste leddet').toBe(1);
        const h1 = plainText(await page.locator('h1').innerText()).trim();
        expect(
          h1.startsWith((await current.innerText()).trim()),
          `siste ledd «${await current.innerText()}», h1 «${h1}»`,
        ).toBe(true);
      });
    });
  }
});

describe('bilder', () => {
  for (const { name, path: url } of [{ name: 'forside', path: '/' }, ...detailPages]) {
    it.skipIf(!url)(`${name} (${url ?? NONE}): hvert bilde har alt-tekst, width og height`, async () => {
      await withPage(url!, async (page) => {
        const images = await page.locator('img').evaluateAll((imgs) =>
          imgs.map((img) => ({
            src: img.getAttribute('src'),
            alt: img.getAttribute('alt'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
          })),
        );
        const bad = images.filter(
          (i) => !i.alt?.trim() || !/^\d+$/.test(i.width ?? '') || !/^\d+$/.test(i.height ?? ''),
        );
        expect(bad).toEqual([]);
      });
    });
  }

  it('hvert <img> i dist/ har alt-tekst, width og height', () => {
    const bad: string[] = [];
    let count = 0;
    for (const file of htmlFiles()) {
      for (const tag of parseTags(readFileSync(file, 'utf8'))) {
        if (tag.name !== 'img') continue;
        count++;
        const { alt, width, height, src } = Object.fromEntries(tag.attrs);
        if (!alt?.trim() || !/^\d+$/.test(width ?? '') || !/^\d+$/.test(height ?? '')) {
          bad.push(
            `${urlOfFile(file)}: <img src="${src}" alt="${alt ?? ''}" width="${width ?? ''}" height="${height ?? ''}">`,
          );
        }
      }
    }
    expect(bad, `${bad.length} av ${count} bilder mangler noe`).toEqual([]);
  });
});

describe('skjermbilder til tests/.output/screenshots/', () => {
  const dir = path.join(OUTPUT, 'screenshots');
  const shots = [
    { name: 'forside', file: 'forside', path: '/' },
    { name: 'prosjekter', file: 'prosjekter', path: '/prosjekter/' },
    ...detailPages,
  ];
  for (const width of [WIDTHS.desktop, WIDTHS.mobile]) {
    for (const { name, file: base, path: url } of shots) {
      it.skipIf(!url)(`${name} ved ${width}px (${base}-${width}.png)`, async () => {
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `${base}-${width}.png`);
        await withPage(
          url!,
          async (page) => {
            await page.screenshot({ path: file, fullPage: true });
          },
          width,
        );
        expect(statSync(file).size).toBeGreaterThan(5_000);
      });
    }
  }
});
