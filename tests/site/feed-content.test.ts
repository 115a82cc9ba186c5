/**
 * The feeds carry full text and pictures, read with rss-parser (which did not write them):
 * every item has content:encoded with the entry's text and only absolute links, invented
 * entries say so, and every story has a Media RSS picture that exists in dist/ with its alt text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, detailIds, requireDist } from '../helpers/dist';

type Media = {
  $: { url: string; type: string; width: string; height: string; medium: string };
  'media:description'?: (string | { _: string })[];
};
type Item = { title: string; link: string; 'content:encoded'?: string; categories?: string[]; media?: Media };
const parser: Parser<Record<string, never>, Item> = new Parser({
  customFields: { item: [['media:content', 'media']] },
});

beforeAll(() => requireDist());

const read = (file: string) => parser.parseString(readFileSync(join(DIST, file), 'utf8'));

describe.each(['rss.xml', 'nyhetsbrev/rss.xml'])('%s', (file) => {
  it('every item has the full text, with absolute links and no scripts', async () => {
    const feed = await read(file);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      const html = item['content:encoded'] ?? '';
      expect(html.length, item.link).toBeGreaterThan(200);
      expect(html, item.link).not.toMatch(/(href|src)="(?!https?:|mailto:|tel:)/);
      expect(html, item.link).not.toMatch(/<script|<style|style="/i);
      if (item.categories?.includes('Eksempeldata')) expect(html, item.link).toContain('Eksempeldata');
    }
  });
});

describe('rss.xml pictures', () => {
  it('every story has a JPEG picture that exists, with its size and text alternative', async () => {
    const feed = await read('rss.xml');
    const stories = feed.items.filter((i) => i.link.includes('/historier/'));
    expect(stories).toHaveLength(detailIds('historier').length);
    for (const item of stories) {
      const media = item.media;
      expect(media, item.link).toBeDefined();
      expect(media!.$.type).toBe('image/jpeg');
      expect(Number(media!.$.width)).toBeGreaterThan(0);
      expect(existsSync(join(DIST, new URL(media!.$.url).pathname)), media!.$.url).toBe(true);
      const alt = media!['media:description']?.[0];
      expect(typeof alt === 'string' ? alt : alt?._, item.link).toMatch(/\S{3}/);
      expect(item['content:encoded']).toContain(`<img src="${media!.$.url}"`);
    }
  });
});

describe('the follow box', () => {
  const pages = ['/', '/nyhetsbrev/', ...detailIds('nyhetsbrev').map((id) => `/nyhetsbrev/${id}/`)];
  it.each(pages)('%s shows both feeds, what a feed is, and how to get the e-mail edition', (url) => {
    const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
    const box = /<section class="follow-box[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(box).toContain('data-pagefind-ignore="all"');
    expect(box).toContain('href="/rss.xml"');
    expect(box).toContain('href="/nyhetsbrev/rss.xml"');
    expect(box).toContain('En nyhetsstrøm (RSS) er');
    expect(box).toMatch(/href="mailto:[^"?]+@[^"?]+\?subject=Abonner%20p%C3%A5%20M%C3%A5nedsnytt"/);
  });
});
