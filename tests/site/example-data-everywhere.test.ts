/**
 * Every entry whose front matter says `eksempeldata: true` is marked wherever it appears in
 * dist/: on its own page, in the search index (Pagefind meta «eksempeldata»), in the feed items
 * (category, description and full text, read with rss-parser, which did not write them), in
 * its e-mail edition (HTML and plain text, the mark before the title and the summary), and in
 * the search results in Chromium with the real Pagefind, whatever the excerpt says. Real
 * entries carry none of these marks. Which entries are invented is read from src/content with
 * gray-matter and yaml, never from the site itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import Parser from 'rss-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { DIST, ROOT, detailIds, readDist, requireDist, type Collection } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const CONTENT = path.join(ROOT, 'src', 'content');
/** Sections whose detail pages are in the search index (networks are not). */
const SEARCHABLE: Collection[] = ['prosjekter', 'verktoy', 'nyhetsbrev', 'historier', 'kommuner', 'samlinger'];
const SECTIONS: Collection[] = [...SEARCHABLE, 'nettverk'];
const META = /data-pagefind-meta="eksempeldata"[^>]*>\s*ja\s*</;

interface Entry {
  collection: Collection;
  id: string;
  url: string;
  example: boolean;
  title: string;
}

/** Every published entry of a section with its eksempeldata flag, from the source files. */
function entries(collection: Collection): Entry[] {
  const dir = path.join(CONTENT, collection);
  return readdirSync(dir)
    .filter((f) => /\.(md|mdx|ya?ml)$/.test(f))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const data = (/\.ya?ml$/.test(f) ? parseYaml(text) : matter(text).data) as Record<string, unknown>;
      const id = f.replace(/\.(md|mdx|ya?ml)$/, '');
      const title = String(data.tittel ?? data.navn ?? '');
      return {
        collection,
        id,
        url: `/${collection}/${id}/`,
        example: data.eksempeldata === true,
        title,
        draft: data.utkast === true,
      };
    })
    .filter((e) => !e.draft)
    .map(({ draft: _draft, ...e }) => e);
}

const all: Entry[] = SECTIONS.flatMap(entries);
const invented = all.filter((e) => e.example);
const real = all.filter((e) => !e.example);

type Item = { title: string; link: string; content?: string; 'content:encoded'?: string; categories?: string[] };
const parser: Parser<Record<string, never>, Item> = new Parser();
const pathOf = (link: string) => new URL(link, 'https://x').pathname;

describe('example data marked everywhere in dist/', () => {
  beforeAll(requireDist);

  it('reads invented and real entries from src/content, and every one is built', () => {
    expect(invented.length).toBeGreaterThan(10);
    expect(real.length).toBeGreaterThan(0);
    const missing = all.filter((e) => !detailIds(e.collection).includes(e.id)).map((e) => e.url);
    expect(missing).toEqual([]);
  });

  it('every invented page shows the example-data notice, no real page does', () => {
    expect(invented.filter((e) => !readDist(e.url).includes('example-notice')).map((e) => e.url)).toEqual([]);
    expect(real.filter((e) => readDist(e.url).includes('example-notice')).map((e) => e.url)).toEqual([]);
  });

  it('every invented searchable page tells Pagefind eksempeldata=ja, no real page does', () => {
    const searchable = (e: Entry) => SEARCHABLE.includes(e.collection);
    expect(
      invented
        .filter(searchable)
        .filter((e) => !META.test(readDist(e.url)))
        .map((e) => e.url),
    ).toEqual([]);
    expect(
      real
        .filter(searchable)
        .filter((e) => META.test(readDist(e.url)))
        .map((e) => e.url),
    ).toEqual([]);
  });

  it.each(['rss.xml', 'nyhetsbrev/rss.xml'])(
    '%s: invented items say so in category, description and full text',
    async (file) => {
      const feed = await parser.parseString(readFileSync(path.join(DIST, file), 'utf8'));
      const byUrl = new Map(all.map((e) => [e.url, e]));
      const problems: string[] = [];
      let marked = 0;
      for (const item of feed.items) {
        const entry = byUrl.get(pathOf(item.link));
        if (!entry) {
          problems.push(`${item.link}: ingen oppføring i src/content`);
          continue;
        }
        const category = item.categories?.includes('Eksempeldata') ?? false;
        // rss-parser puts <description> in `content` when there is content:encoded too.
        const description = /^Eksempeldata: /.test(item.content ?? '');
        const full = /Eksempeldata/.test(item['content:encoded'] ?? '');
        if (entry.example) {
          marked++;
          if (!category) problems.push(`${item.link}: mangler <category>Eksempeldata</category>`);
          if (!description)
            problems.push(`${item.link}: beskrivelsen begynner ikke med «Eksempeldata: » («${item.content}»)`);
          if (!full) problems.push(`${item.link}: fullteksten sier ikke «Eksempeldata»`);
        } else if (category || description) problems.push(`${item.link}: ekte innhold merket som eksempeldata`);
      }
      expect(problems).toEqual([]);
      expect(marked).toBeGreaterThan(0);
    },
  );

  it('every invented newsletter is marked in its e-mail edition before the title and the summary', () => {
    const newsletters = invented.filter((e) => e.collection === 'nyhetsbrev');
    expect(newsletters.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const e of newsletters) {
      const html = readDist(`${e.url}epost.html`);
      const mark = html.indexOf('Eksempeldata:</strong>');
      if (mark < 0 || mark > html.indexOf('<h1')) problems.push(`${e.url}epost.html: merket står ikke før tittelen`);
      if (!/mso-hide:all;">Eksempeldata: /.test(html))
        problems.push(`${e.url}epost.html: forhåndsvisningen begynner ikke med «Eksempeldata: »`);
      const text = readDist(`${e.url}epost.txt`);
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('Eksempeldata: '));
      // Sender, issue, blank, title, underline, blank: the mark is the first paragraph after the title.
      if (at !== 6) problems.push(`${e.url}epost.txt: merket er linje ${at + 1}, ikke første avsnitt etter tittelen`);
    }
    expect(problems).toEqual([]);
  });
});

describe('search results in Chromium mark invented content', () => {
  const site = servedSite();

  /** Results for a query as [href, meta text, whether it has the Eksempeldata tag]. */
  async function search(q: string): Promise<{ href: string; meta: string; tagged: boolean; excerpt: string }[]> {
    const opened = await openPage(site.browser, site.server.url, `/sok/?q=${encodeURIComponent(q)}`);
    try {
      await opened.page.waitForFunction(
        () => /treff/.test(document.getElementById('sok-status')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      await opened.page.waitForSelector('#sok-treff > li', { timeout: 15_000 });
      return await opened.page.$$eval('#sok-treff > li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
          meta: li.querySelector('p.search__meta')?.textContent ?? '',
          tagged: [...li.querySelectorAll('p.search__meta .ds-tag')].some((t) => t.textContent === 'Eksempeldata'),
          excerpt: li.querySelector('p:not(.search__meta)')?.textContent ?? '',
        })),
      );
    } finally {
      await opened.close();
    }
  }

  it("searching an invented project's title finds it marked «Eksempeldata» (from its meta, not its excerpt)", async () => {
    const project = invented.find((e) => e.collection === 'prosjekter')!;
    const results = await search(project.title);
    const hit = results.find((r) => r.href === project.url);
    expect(hit, `${project.url} blant ${results.map((r) => r.href).join(', ')}`).toBeDefined();
    expect(hit!.tagged, hit!.meta).toBe(true);
    expect(hit!.meta.startsWith('Prosjekt')).toBe(true);
    // Every shown result is tagged exactly when its entry is invented.
    const byUrl = new Map(all.map((e) => [e.url, e]));
    const wrong = results
      .filter((r) => byUrl.has(r.href) && byUrl.get(r.href)!.example !== r.tagged)
      .map((r) => r.href);
    expect(wrong).toEqual([]);
  });

  it('a real entry found by search carries no mark', async () => {
    const tool = real.find((e) => SEARCHABLE.includes(e.collection))!;
    const results = await search(tool.title);
    const hit = results.find((r) => r.href === tool.url);
    expect(hit, `${tool.url} blant ${results.map((r) => r.href).join(', ')}`).toBeDefined();
    expect(hit!.tagged).toBe(false);
  });
});
