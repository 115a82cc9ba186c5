/**
 * Share cards over dist/: every page a reader can share has og:image (its page type's card,
 * or a story's own picture) with alt text and the other Open Graph fields, and the picture
 * is a real file in dist/, read with sharp: of the declared type and 1200×630.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../helpers/dist';
import { parseTags } from '../helpers/html';

/** Not pages to share: the CMS app at /admin/ and the e-mail editions of the newsletters. */
const NOT_SHARED = [/^admin[/\\]/, /[/\\]epost\.html$/];

const REQUIRED = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:image',
  'og:image:alt',
  'og:image:type',
  'og:image:width',
  'og:image:height',
];

describe('share cards', () => {
  let pages: { file: string; meta: Map<string, string> }[] = [];
  beforeAll(() => {
    requireDist();
    pages = htmlFiles()
      .map((f) => path.relative(DIST, f))
      .filter((file) => !NOT_SHARED.some((re) => re.test(file)))
      .map((file) => {
        const meta = new Map<string, string>();
        for (const tag of parseTags(readFileSync(path.join(DIST, file), 'utf8'))) {
          if (tag.name !== 'meta') continue;
          const key = tag.attrs.get('property') ?? tag.attrs.get('name');
          const content = tag.attrs.get('content');
          if (key !== undefined && content !== undefined && !meta.has(key)) meta.set(key, content);
        }
        return { file, meta };
      });
  });

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('every page has og:image with alt text, the Open Graph fields and a large Twitter card', () => {
    const problems: string[] = [];
    for (const { file, meta } of pages) {
      for (const key of REQUIRED) if (!meta.get(key)?.trim()) problems.push(`${file}: mangler ${key}`);
      if (meta.get('twitter:card') !== 'summary_large_image')
        problems.push(`${file}: twitter:card er «${meta.get('twitter:card')}»`);
    }
    expect(problems).toEqual([]);
  });

  it('every og:image is an absolute URL on the site whose file in dist/ is a real image of the declared type and size', async () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const { file, meta } of pages) {
      const image = meta.get('og:image');
      const pageUrl = meta.get('og:url');
      if (!image || !pageUrl) continue; // reported above
      const url = new URL(image);
      if (url.origin !== new URL(pageUrl).origin)
        problems.push(`${file}: og:image ${image} er ikke på ${new URL(pageUrl).origin}`);
      const declared = `${meta.get('og:image:type')} ${meta.get('og:image:width')}×${meta.get('og:image:height')}`;
      if (declared !== 'image/png 1200×630' && declared !== 'image/jpeg 1200×630')
        problems.push(`${file}: oppgitt ${declared}`);
      const target = path.join(DIST, decodeURIComponent(url.pathname));
      if (!seen.has(target)) {
        if (!existsSync(target)) seen.set(target, 'finnes ikke');
        else {
          const m = await sharp(target).metadata();
          seen.set(target, `image/${m.format === 'jpeg' ? 'jpeg' : m.format} ${m.width}×${m.height}`);
        }
      }
      const actual = seen.get(target)!;
      if (actual !== declared) problems.push(`${file}: ${url.pathname} er ${actual}, oppgitt ${declared}`);
    }
    expect(problems).toEqual([]);
    // The page types' cards are PNGs, and some pages (the stories) share their own picture.
    expect([...seen.keys()].filter((k) => k.endsWith('.png')).length).toBeGreaterThan(10);
    expect([...seen.keys()].filter((k) => k.endsWith('.jpg')).length).toBeGreaterThan(0);
  });
});
