/**
 * The small fixture site (tests/fixtures/content-small), built once for this and build.test.ts
 * by tests/helpers/build.ts: checks the e-mail edition of every newsletter: /nyhetsbrev/<id>/epost.html is self-contained
 * and e-mail-safe (no stylesheets, only absolute URLs, sized images with alt text, lang="nb"),
 * and /nyhetsbrev/<id>/epost.txt is its plain-text twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/build';
import { parseTags } from '../helpers/html';

/** The site's address: astro.config.mjs's default (KB_SITE unset), so this is the same build as build.test.ts's. */
const SITE = 'https://www.kvalitetskommuner.no';
let outDir = '';

let ids: string[] = [];
const read = (...path: string[]) => readFileSync(join(outDir, ...path), 'utf8');

beforeAll(() => {
  const run = buildFixture('tests/fixtures/content-small', 'build-small');
  outDir = run.outDir;
  expect(run.status, run.log).toBe(0);
  ids = readdirSync(join(outDir, 'nyhetsbrev'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(outDir, 'nyhetsbrev', e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
});

describe('e-postutgaven av nyhetsbrevene', () => {
  it('finnes som HTML og ren tekst ved siden av hvert nyhetsbrev, og siden lenker til dem', () => {
    expect(ids).toEqual(['nr-1', 'nr-2']);
    for (const id of ids) {
      expect(existsSync(join(outDir, 'nyhetsbrev', id, 'epost.html')), id).toBe(true);
      expect(existsSync(join(outDir, 'nyhetsbrev', id, 'epost.txt')), id).toBe(true);
      const page = read('nyhetsbrev', id, 'index.html');
      expect(page).toContain(`href="/nyhetsbrev/${id}/epost.html"`);
      expect(page).toContain(`href="/nyhetsbrev/${id}/epost.txt"`);
    }
  });

  it('HTML: ingen stilark, bare absolutte adresser, bilder med width, height og alt, lang="nb"', () => {
    for (const id of ids) {
      const html = read('nyhetsbrev', id, 'epost.html');
      const tags = parseTags(html);
      expect(html.startsWith('<!doctype html>'), id).toBe(true);
      expect(tags.find((t) => t.name === 'html')?.attrs.get('lang'), id).toBe('nb');
      expect(
        tags.some((t) => t.name === 'meta' && t.attrs.get('charset') === 'utf-8'),
        id,
      ).toBe(true);
      expect(
        tags.filter((t) => t.name === 'link' && /stylesheet/i.test(t.attrs.get('rel') ?? '')),
        id,
      ).toEqual([]);
      expect(html, id).not.toMatch(/<style[^>]*>[^<]*@import/i);
      expect(html, id).not.toMatch(/<script/i);
      expect(
        tags.filter((t) => t.attrs.has('class') || t.attrs.has('id')).map((t) => t.name),
        id,
      ).toEqual([]);

      const urls = tags.flatMap((t) => [t.attrs.get('href'), t.attrs.get('src')].filter((u) => u !== undefined));
      expect(urls.length, id).toBeGreaterThan(2);
      const relative = urls.filter((u) => !u.startsWith(`${SITE}/`) && !u.startsWith('mailto:'));
      expect(relative, `${id}: relative eller fremmede adresser`).toEqual([]);
      // Every address on the site itself points at something the build wrote.
      for (const url of urls.filter((u) => u.startsWith(`${SITE}/`))) {
        const path = decodeURIComponent(new URL(url).pathname);
        const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
        expect(existsSync(file), `${id}: ${url}`).toBe(true);
      }

      for (const img of tags.filter((t) => t.name === 'img')) {
        expect(img.attrs.get('width'), id).toMatch(/^\d+$/);
        expect(img.attrs.get('height'), id).toMatch(/^\d+$/);
        expect(img.attrs.get('alt')?.trim(), id).toBeTruthy();
      }
    }
  });

  it('HTML: overskrift med nummer og dato, lenke til nettutgaven og merknad om eksempeldata', () => {
    const html = read('nyhetsbrev', 'nr-2', 'epost.html');
    expect(html).toContain('Kompetansebanken · Kvalitetskommuneprogrammet');
    expect(html).toContain('Nyhetsbrev nr. 2 · 15. mars 2007');
    expect(html).toContain('<title>Nettverkene møtes – Nyhetsbrev nr. 2 – Kompetansebanken</title>');
    expect(html).toContain(`href="${SITE}/nyhetsbrev/nr-2/"`);
    expect(html).toContain(`href="${SITE}/nyhetsbrev/"`);
    expect(html).toContain('Eksempeldata:');
    // the Markdown body: a relative link made absolute, bold text, heading, list, escaped &
    expect(html).toMatch(new RegExp(`<a href="${SITE}/prosjekter/" style="[^"]+">prosjektene</a>`));
    expect(html).toMatch(/<strong style="[^"]+">fet skrift<\/strong>/);
    expect(html).toMatch(/<h2 style="[^"]+">Fra nettverkene<\/h2>/);
    expect(html).toMatch(/<li style="[^"]+">Felles samling/);
    expect(html).toContain('Lillehammer &amp; Gjøvik');
    expect(html).toContain(`<img src="${SITE}/favicon.svg" alt="Kompetansebankens logo" width="32" height="32"`);
  });

  it('ren tekst: tittel, nettadresse og merknad, brutt ved 72 tegn', () => {
    for (const id of ids) {
      const text = read('nyhetsbrev', id, 'epost.txt');
      const title = id === 'nr-1' ? 'Programmet er i gang' : 'Nettverkene møtes';
      expect(text, id).toContain(`${title}\n${'='.repeat(title.length)}\n`);
      expect(text, id).toContain(`${SITE}/nyhetsbrev/${id}/`);
      expect(text, id).toContain('Eksempeldata:');
      expect(text, id).not.toMatch(/<[a-z]|&amp;/);
      for (const line of text.split('\n').filter((l) => l.includes(' '))) {
        expect([...line].length, `${id}: ${line}`).toBeLessThanOrEqual(72);
      }
    }
    const text = read('nyhetsbrev', 'nr-2', 'epost.txt');
    expect(text).toMatch(/prosjektene\s\(https:\/\/www\.kvalitetskommuner\.no\/prosjekter\/\)/);
    expect(text).toContain('Fra nettverkene\n---------------\n');
    expect(text).toContain('- Felles samling for nettverket');
    expect(text).toContain('Lillehammer & Gjøvik');
  });
});
