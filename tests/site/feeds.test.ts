/**
 * RSS feeds and the sitemap parse as XML (in Chromium's DOMParser), have absolute links that
 * exist in dist/, dates that parse, newest first, and one item per published entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { DIST, detailIds, requireDist } from '../helpers/dist';

const SITE = 'https://www.kvalitetskommuner.no';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireDist();
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

interface Parsed {
  error: string | null;
  items: { title: string; link: string; pubDate: string }[];
  locs: string[];
}

async function parse(file: string): Promise<Parsed> {
  const xml = readFileSync(join(DIST, file), 'utf8');
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const items = [...doc.querySelectorAll('item')].map((i) => ({
      title: i.querySelector('title')?.textContent ?? '',
      link: i.querySelector('link')?.textContent ?? '',
      pubDate: i.querySelector('pubDate')?.textContent ?? '',
    }));
    const locs = [...doc.querySelectorAll('loc')].map((l) => l.textContent ?? '');
    return { error, items, locs };
  }, xml);
}

/** The file in dist/ that an absolute URL of the site points to. */
function distFileOf(url: string): string {
  const path = new URL(url).pathname;
  return join(DIST, path, path.endsWith('/') ? 'index.html' : '');
}

describe.each([
  ['nyhetsbrev/rss.xml', () => detailIds('nyhetsbrev').length],
  ['rss.xml', () => detailIds('nyhetsbrev').length + detailIds('historier').length],
])('%s', (file, expectedCount) => {
  it('parses, has one item per published entry, absolute existing links and dates newest first', async () => {
    const feed = await parse(file);
    expect(feed.error).toBeNull();
    expect(feed.items).toHaveLength(expectedCount());
    const dates = feed.items.map((i) => Date.parse(i.pubDate));
    for (const [i, item] of feed.items.entries()) {
      expect(item.title).not.toBe('');
      expect(item.link.startsWith(`${SITE}/`), item.link).toBe(true);
      expect(existsSync(distFileOf(item.link)), item.link).toBe(true);
      expect(Number.isNaN(dates[i]), item.pubDate).toBe(false);
      if (i > 0) expect(dates[i]).toBeLessThanOrEqual(dates[i - 1]!);
    }
  });
});

describe('sitemap', () => {
  it('lists every page once, absolute, without the 404 page', async () => {
    const index = await parse('sitemap-index.xml');
    expect(index.error).toBeNull();
    const locs: string[] = [];
    for (const sitemap of index.locs) {
      const part = await parse(new URL(sitemap).pathname.slice(1));
      expect(part.error).toBeNull();
      locs.push(...part.locs);
    }
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain(`${SITE}/`);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    for (const loc of locs) expect(existsSync(distFileOf(loc)), loc).toBe(true);
    expect(locs.length).toBeGreaterThan(detailIds('prosjekter').length);
  });
});
