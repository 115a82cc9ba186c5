import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../config/search-index';

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
