import { describe, expect, it } from 'vitest';
import { parseTags } from '../../tests/helpers/html';
import {
  checkPage,
  DEFAULT_OPTIONS,
  formatTable,
  imageViolations,
  KB,
  scriptsOf,
  sitePath,
  stylesheetHrefs,
  summarize,
  type BudgetOptions,
} from './budgets';

const page = (body: string, head = '<link rel="stylesheet" href="/_astro/site.css">') =>
  `<!doctype html><html lang="nb"><head><title>x</title>${head}</head><body>${body}</body></html>`;
const sizes: Record<string, number> = { '/_astro/site.css': 20 * KB, '/admin/cms.css': 1 * KB };
const assetSize = (p: string) => sizes[p];
const rules = (url: string, html: string, htmlGzip = 5 * KB, options: BudgetOptions = DEFAULT_OPTIONS) =>
  checkPage(url, html, htmlGzip, assetSize, options).violations.map((v) => v.rule);
const img = (attrs: string) => `<img ${attrs} alt="">`;
const good = (n: number, loading = 'lazy') =>
  img(
    `src="/_astro/a${n}.webp" srcset="/_astro/a${n}-400.webp 400w, /_astro/a${n}.webp 800w" width="800" height="600" loading="${loading}"`,
  );

describe('vekt', () => {
  it('summerer HTML og hvert stilark én gang', () => {
    const html = page(
      '<p>x</p>',
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/site.css">',
    );
    const r = checkPage('/', html, 3 * KB, assetSize);
    expect(r.stylesheets).toEqual([{ href: '/_astro/site.css', gzip: 20 * KB }]);
    expect(r.total).toBe(23 * KB);
    expect(r.violations).toEqual([]);
  });

  it('feiler over budsjettet, ikke på det', () => {
    expect(rules('/', page(''), 30 * KB)).toEqual([]);
    expect(rules('/', page(''), 30 * KB + 1)).toEqual(['weight']);
  });

  it('løser relative stilark mot sidens adresse og melder stilark som ikke finnes', () => {
    expect(checkPage('/admin/', page('', '<link rel="stylesheet" href="cms.css">'), 1, assetSize).total).toBe(1 + KB);
    expect(rules('/', page('', '<link rel="stylesheet" href="/mangler.css">'))).toEqual(['css-missing']);
    expect(rules('/', page('', '<link rel="stylesheet" href="https://cdn.example/x.css">'))).toEqual(['css-missing']);
  });

  it('sitePath', () => {
    expect(sitePath('../a%20b.css?v=1', '/x/y/')).toBe('/x/a b.css');
    expect(sitePath('//cdn.example/x.css', '/')).toBeUndefined();
  });

  it('andre link-typer er ikke stilark', () => {
    const tags = parseTags(
      page(
        '',
        '<link rel="icon" href="/f.svg"><link rel="preload stylesheet" href="/b.css"><link rel="alternate" href="/rss.xml">',
      ),
    );
    expect(stylesheetHrefs(tags)).toEqual(['/b.css']);
  });
});

describe('JavaScript', () => {
  it('finner script, on*-attributter og javascript:-lenker, men ikke JSON-data', () => {
    const tags = parseTags(
      page(
        '<script src="/a.js"></script><script>x()</script><button onclick="y()">b</button><a href="javascript:void 0">a</a><script type="application/ld+json">{}</script>',
      ),
    );
    expect(scriptsOf(tags)).toEqual([
      '<script src="/a.js">',
      '<script> (inline)',
      '<button onclick>',
      '<a href="javascript:…">',
    ]);
  });

  it('er lov bare på sidene i listen', () => {
    const html = page('<script type="module" src="/_astro/s.js"></script>');
    expect(rules('/sok/', html)).toEqual([]);
    expect(rules('/admin/', html)).toEqual([]);
    expect(rules('/prosjekter/', html)).toEqual(['script']);
  });
});

describe('bilder', () => {
  const check = (body: string, options = DEFAULT_OPTIONS) =>
    imageViolations('/', parseTags(page(body)), options).map((v) => v.rule);

  it('godtar responsive, moderne bilder med størrelse som lastes lat', () => {
    expect(check(good(1) + good(2))).toEqual([]);
  });

  it('krever width og height i hele piksler', () => {
    expect(check(img('src="/logo.svg" width="40" loading="lazy"'))).toEqual(['img-size']);
    expect(check(img('src="/logo.svg" width="40" height="auto" loading="lazy"'))).toEqual(['img-size']);
    expect(check(img('src="/logo.svg" width="40" height="40" loading="lazy"'))).toEqual([]);
  });

  it('krever srcset og WebP/AVIF for rasterbilder fra astro:assets, ikke for andre', () => {
    expect(check(img('src="/_astro/a.jpg" width="8" height="6" loading="lazy"'))).toEqual(['img-srcset', 'img-format']);
    expect(check(img('src="/_astro/a.webp" width="8" height="6" loading="lazy"'))).toEqual(['img-srcset']);
    expect(check(img('src="/_astro/a.jpg" srcset="/_astro/a.avif 400w" width="8" height="6" loading="lazy"'))).toEqual(
      [],
    );
    expect(check(img('src="/_astro/kart.svg" width="8" height="6" loading="lazy"'))).toEqual([]);
    expect(check(img('src="/veiledning/skjerm.png" width="8" height="6" loading="lazy"'))).toEqual([]);
  });

  it('godtar WebP/AVIF fra en <source> i <picture>, men ikke fra en tidligere <picture>', () => {
    const picture = `<picture><source type="image/avif" srcset="/_astro/a.avif 400w">${img('src="/_astro/a.jpg" width="8" height="6" loading="lazy"')}</picture>`;
    expect(check(picture)).toEqual([]);
    expect(check(picture + img('src="/_astro/b.jpg" width="8" height="6" loading="lazy"'))).toEqual([
      'img-srcset',
      'img-format',
    ]);
  });

  it('de første bildene kan lastes straks, senere bilder skal være lat', () => {
    const options = { ...DEFAULT_OPTIONS, maxEagerImages: 2 };
    expect(check(good(1, 'eager') + good(2, 'eager') + good(3), options)).toEqual([]);
    expect(check(good(1, 'eager') + good(2, 'eager') + good(3, 'eager'), options)).toEqual(['img-lazy']);
    // An image without loading= is eager too.
    expect(check(good(1) + img('src="/a.svg" width="1" height="1"'), options)).toEqual(['img-lazy']);
  });
});

describe('sammendrag og tabell', () => {
  it('sorterer tyngst først og teller brudd per regel', () => {
    const a = checkPage('/a/', page(''), 40 * KB, assetSize);
    const b = checkPage('/b/', page(''), 2 * KB, assetSize);
    const c = checkPage('/c/', page('<script></script>'), 5 * KB, assetSize);
    const s = summarize([b, a, c], 2);
    expect(s.largest.map((r) => r.url)).toEqual(['/a/', '/c/']);
    expect(s.byRule).toEqual({ weight: 1, script: 1 });
    const table = formatTable(s.largest).split('\n');
    expect(table[0]).toMatch(/^side\s+HTML\s+HTML gzip\s+CSS gzip\s+sum gzip$/);
    expect(table[2]).toMatch(/^\/a\/\s.*\s60\.0 KB$/);
  });
});
