import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_PAGES, searchableFirst, searchableHtml } from './search-index';

const page = (main: string, lang = 'nb') =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>Tittel – Kompetansebanken</title>` +
  `<link rel="stylesheet" href="/_astro/a.css"></head><body><header><a href="/">Hjem</a><h1>Ikke denne</h1></header>` +
  `<div class="container">${main}</div><footer>Kvalitetskommuneprogrammet</footer></body></html>`;

describe('det Pagefind får av en side', () => {
  it('er <html>-taggen, tittelen og <main> med data-pagefind-body, uten topp og bunn', () => {
    const main = '<main id="main" tabindex="-1" data-pagefind-body=""><h1>Nærvær i barnehagen</h1><p>Tekst</p></main>';
    expect(searchableHtml(page(main))).toBe(
      `<html lang="nb" dir="ltr"><head><title>Tittel – Kompetansebanken</title></head><body>${main}</body></html>`,
    );
  });

  it('beholder språket på <html> og på <main> (nynorsk)', () => {
    const main = '<main lang="nn" data-pagefind-body><p>Sjukefråvær</p></main>';
    const out = searchableHtml(page(main, 'nb'))!;
    expect(out.startsWith('<html lang="nb" dir="ltr">')).toBe(true);
    expect(out).toContain(main);
  });

  it('er null for sider som ikke skal indekseres', () => {
    expect(searchableHtml(page('<main id="main"><h1>Alle prosjekter</h1></main>'))).toBeNull();
    // An attribute that only starts with the name does not count.
    expect(searchableHtml(page('<main data-pagefind-body-x><p>x</p></main>'))).toBeNull();
    expect(searchableHtml('<p>ingen main</p>')).toBeNull();
  });

  it('tar med alt som står inne i <main>, også skjulte søkeord og filtre', () => {
    const main =
      '<main data-pagefind-body><h1>T</h1><div hidden data-pagefind-ignore><span data-pagefind-filter="sektor">Oppvekst</span></div>' +
      '<p hidden data-pagefind-weight="0.5">fravær nærvær</p></main>';
    expect(searchableHtml(page(main))).toContain(main);
  });
});

describe('rekkefølgen sidene lages i', () => {
  const path = (pathname: string, component: string) => ({ pathname, route: { component } });
  const detail = 'src/pages/prosjekter/[id].astro';
  const listing = 'src/pages/prosjekter/[...utvalg].astro';
  const isDetail = (c: string) => c === detail;

  it('lager de søkbare sidene først og beholder Astros rekkefølge ellers', () => {
    const paths = [
      path('/', 'src/pages/index.astro'),
      path('/prosjekter/a/', detail),
      path('/prosjekter/side/2/', listing),
      path('/prosjekter/b/', detail),
    ];
    const out = searchableFirst(paths, isDetail);
    expect(out.paths.map((p) => p.pathname)).toEqual(['/prosjekter/a/', '/prosjekter/b/', '/', '/prosjekter/side/2/']);
    expect(out.searchable).toBe(2);
  });

  it('flytter ikke en side fram forbi en annen rute med samme adresse (Astro lager den første)', () => {
    const paths = [
      path('/prosjekter/fokus/', listing),
      path('/prosjekter/fokus', detail),
      path('/prosjekter/x/', detail),
    ];
    const out = searchableFirst(paths, isDetail);
    expect(out.paths.map((p) => `${p.pathname} ${p.route.component === detail ? 'detalj' : 'liste'}`)).toEqual([
      '/prosjekter/x/ detalj',
      '/prosjekter/fokus/ liste',
      '/prosjekter/fokus detalj',
    ]);
    expect(out.searchable).toBe(1);
  });

  it('kjenner nøyaktig sidene som ber om søk (BaseLayout searchable)', () => {
    const pages = resolve('src/pages');
    const searchable: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.astro') && /<BaseLayout[^>]*\bsearchable\b/.test(readFileSync(full, 'utf8'))) {
          searchable.push(relative(process.cwd(), full).split(sep).join('/'));
        }
      }
    };
    walk(pages);
    expect(searchable.sort()).toEqual([...SEARCHABLE_PAGES].sort());
  });
});
