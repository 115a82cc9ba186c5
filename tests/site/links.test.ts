/**
 * Link check over the files in dist/: every internal href/src/srcset points at a file that
 * exists (directories through index.html) and every #fragment at an id on the target page;
 * every page can be reached by following links from the home page. External links are only
 * collected (written to tests/.output/external-links.txt), never fetched.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, requireDist } from '../helpers/dist';
import { loadPages, pageOfFile, resolveRef, siteOrigin, type SitePage } from '../helpers/links';

const NOT_FOUND_PAGE = '/404.html';
/** The editors' CMS: deliberately not linked from the public site (and marked noindex). */
const EDITOR_PAGE = '/admin/';

let pages: Map<string, SitePage>;
let origin: string | undefined;
/** "page: <tag[attr]> url – problem" for every broken internal reference. */
const broken: string[] = [];
/** External URL -> pages that link to it. */
const external = new Map<string, Set<string>>();
/** Page -> pages it links to with <a href>, for the reachability check. */
const linksTo = new Map<string, Set<string>>();
let internalCount = 0;

beforeAll(async () => {
  requireDist();
  pages = loadPages();
  origin = siteOrigin(pages);

  for (const page of pages.values()) {
    const targets = new Set<string>();
    linksTo.set(page.url, targets);
    for (const ref of page.refs) {
      const where = `${page.url}: <${ref.where}> "${ref.url}"`;
      if (ref.url === '' || ref.url === '#') {
        broken.push(`${where} – tom lenke`);
        continue;
      }
      const resolved = await resolveRef(page.url, ref.url, origin);
      if (resolved.kind === 'external') {
        if (!external.has(resolved.url)) external.set(resolved.url, new Set());
        external.get(resolved.url)!.add(page.url);
        continue;
      }
      if (resolved.kind === 'other') continue;
      internalCount++;

      // The 404 page is served at whatever URL was asked for, so a relative link there breaks.
      if (page.url === NOT_FOUND_PAGE && !/^(\/|#|https?:)/.test(ref.url)) {
        broken.push(`${where} – relativ lenke på 404-siden virker ikke fra andre adresser`);
      }
      if (resolved.problem) {
        broken.push(`${where} – ${resolved.problem}`);
        continue;
      }
      const target = pageOfFile(pages, resolved.file!);
      if (resolved.fragment !== undefined && resolved.fragment !== '') {
        if (!target) broken.push(`${where} – #fragment på en fil som ikke er en HTML-side`);
        else if (!target.ids.has(resolved.fragment))
          broken.push(`${where} – fant ikke id="${resolved.fragment}" på ${target.url}`);
      }
      if (target && ref.where === 'a[href]') targets.add(target.url);
    }
  }

  mkdirSync(OUTPUT, { recursive: true });
  const lines = [...external]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, from]) => `${url}\t${[...from].sort().join(' ')}`);
  writeFileSync(path.join(OUTPUT, 'external-links.txt'), lines.join('\n') + '\n');
});

describe('lenker i dist/', () => {
  it('finner sider og lenker å sjekke', () => {
    expect(pages.size).toBeGreaterThan(10);
    expect(pages.has('/')).toBe(true);
    expect(pages.has(NOT_FOUND_PAGE)).toBe(true);
    expect(internalCount).toBeGreaterThan(pages.size * 5);
    expect(origin, 'forsiden skal ha <link rel="canonical"> med absolutt URL').toMatch(/^https?:\/\//);
  });

  it('ingen brutte interne lenker eller #fragmenter', () => {
    expect(broken, `${broken.length} brutte lenker:\n${broken.join('\n')}\n`).toEqual([]);
  });

  it('hver side kan nås med lenker fra forsiden (ingen foreldreløse sider)', () => {
    const reached = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      for (const next of linksTo.get(queue.shift()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    const orphans = [...pages.keys()]
      .filter((url) => url !== NOT_FOUND_PAGE && url !== EDITOR_PAGE && !reached.has(url))
      .sort();
    expect(orphans, `${orphans.length} sider kan ikke nås fra forsiden:\n${orphans.join('\n')}\n`).toEqual([]);
  });

  it('hver side har <link rel="canonical"> til seg selv', () => {
    const wrong: string[] = [];
    for (const page of pages.values()) {
      if (page.url === NOT_FOUND_PAGE) continue;
      const canonicals = page.tags
        .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')
        .map((t) => t.attrs.get('href'));
      if (canonicals.length !== 1 || canonicals[0] !== `${origin}${page.url}`)
        wrong.push(`${page.url}: ${JSON.stringify(canonicals)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('eksterne lenker er gyldige http(s)-adresser (samlet, ikke hentet)', () => {
    const invalid = [...external.keys()].filter((url) => !/^https?:\/\/[^/]+\.[^/]+/.test(url));
    expect(invalid).toEqual([]);
  });
});
