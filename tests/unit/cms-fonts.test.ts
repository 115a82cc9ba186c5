/**
 * Sveltia CMS's fonts, self-hosted under /admin/fonts/: the bundle's Fontsource URLs on
 * jsDelivr are rewritten to local paths, and the build fails, naming the file and the URL,
 * when an expected URL is missing or another font URL on cdn.jsdelivr.net is left.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_FONT_URLS, CmsFontError, fontsourceFile, jsdelivrFontUrls, rewriteFontUrls } from '../../config/cms';

const SANS = 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2';
const MONO = 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2';

/** The shape of Sveltia CMS's @font-face rules, as in its bundle. */
const css = (url: string) => `@font-face {font-family:'X';src:url(${url})\n      format('woff2');}`;

/** Catches the CmsFontError of `fn` and returns its message. */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CmsFontError);
    return (err as Error).message;
  }
  throw new Error('ingen feil');
}

describe('fontsourceFile', () => {
  it('finner pakken og fila til en fast og en variabel font', () => {
    expect(fontsourceFile(MONO)).toEqual({
      url: MONO,
      id: 'noto-mono',
      pkg: '@fontsource/noto-mono',
      version: '5.3.0',
      file: 'files/noto-mono-latin-400-normal.woff2',
      name: 'noto-mono-latin-400-normal.woff2',
    });
    expect(fontsourceFile(SANS)).toMatchObject({
      pkg: '@fontsource-variable/source-sans-3',
      version: '5.3.0',
      file: 'files/source-sans-3-latin-wght-normal.woff2',
      name: 'source-sans-3-latin-wght-normal.woff2',
    });
  });

  it('godtar bare Fontsource-adresser med fast versjon', () => {
    for (const url of [
      'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@latest/latin-400-normal.woff2',
      'https://cdn.jsdelivr.net/npm/@fontsource/noto-mono@5.3.0/files/noto-mono-latin-400-normal.woff2',
      'https://fonts.gstatic.com/s/notomono/v1/x.woff2',
    ]) {
      expect(failure(() => fontsourceFile(url))).toContain(url);
    }
  });
});

describe('rewriteFontUrls', () => {
  const local = new Map([
    [SANS, '/admin/fonts/source-sans-3-latin-wght-normal.woff2'],
    [MONO, '/admin/fonts/noto-mono-latin-400-normal.woff2'],
  ]);

  it('bytter hver adresse med den lokale stien og lar resten stå', () => {
    const text = `a${css(SANS)}b${css(MONO)}c https://cdn.jsdelivr.net/npm/foo@1/index.js`;
    expect(rewriteFontUrls('x.js', text, local)).toBe(
      `a${css('/admin/fonts/source-sans-3-latin-wght-normal.woff2')}b${css('/admin/fonts/noto-mono-latin-400-normal.woff2')}c https://cdn.jsdelivr.net/npm/foo@1/index.js`,
    );
  });

  it('feiler med fil og adresse når en forventet adresse mangler (f.eks. etter en oppgradering)', () => {
    const newer = MONO.replace('@5.3.0', '@5.3.1');
    const message = failure(() => rewriteFontUrls('node_modules/@sveltia/cms/dist/sveltia-cms.js', `${css(SANS)}${css(newer)}`, local));
    expect(message).toContain(`node_modules/@sveltia/cms/dist/sveltia-cms.js: fant ikke fontadressen ${MONO}`);
    // The new URL is not silently left in place either.
    expect(message).toContain(`node_modules/@sveltia/cms/dist/sveltia-cms.js: henter fortsatt en font fra cdn.jsdelivr.net: ${newer}`);
    expect(message).toContain('config/cms.ts');
  });

  it('feiler når en annen fontadresse på cdn.jsdelivr.net står igjen', () => {
    const icons = 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-rounded:vf@5.3.7/latin-wght-normal.woff2';
    const other = '//cdn.jsdelivr.net/gh/someone/fonts@1/x.ttf';
    const message = failure(() => rewriteFontUrls('a.js', `${css(SANS)}${css(MONO)}${css(icons)}${css(other)}`, local));
    expect(message).toContain(`a.js: henter fortsatt en font fra cdn.jsdelivr.net: ${icons}`);
    expect(message).toContain(`a.js: henter fortsatt en font fra cdn.jsdelivr.net: ${other}`);
    expect(message).not.toContain('fant ikke');
  });

  it('bytter bare hele adresser, ikke starten av en lengre', () => {
    const longer = `${SANS}?v=2`;
    const message = failure(() => rewriteFontUrls('a.js', `${css(SANS)}${css(MONO)}${css(longer)}`, local));
    expect(message).toContain(`henter fortsatt en font fra cdn.jsdelivr.net: ${longer}`);
  });

  it('uten adresser sjekker den bare', () => {
    expect(rewriteFontUrls('chunks/a.js', 'export const a = 1;')).toBe('export const a = 1;');
    expect(failure(() => rewriteFontUrls('chunks/a.js', css(MONO)))).toContain(`chunks/a.js: henter fortsatt en font fra cdn.jsdelivr.net: ${MONO}`);
  });

  it('jsdelivrFontUrls finner Fontsource-adresser og fontfiler, ikke andre filer', () => {
    const text = `${css(SANS)} "https://cdn.jsdelivr.net/npm/a@1/b.woff" 'https://cdn.jsdelivr.net/npm/x@1/index.js' \`https://cdn.jsdelivr.net/fontsource/fonts/\${id}\``;
    expect(jsdelivrFontUrls(text)).toEqual([SANS, 'https://cdn.jsdelivr.net/npm/a@1/b.woff', 'https://cdn.jsdelivr.net/fontsource/fonts/${id}']);
  });
});

describe('den installerte Sveltia CMS og fontpakkene', () => {
  const require = createRequire(import.meta.url);
  const bundle = path.join(path.dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js');

  it('pakken har nøyaktig de forventede fontadressene, og ingen står igjen etter byttet', () => {
    const text = readFileSync(bundle, 'utf8');
    expect(jsdelivrFontUrls(text).sort()).toEqual([...CMS_FONT_URLS].sort());
    const out = rewriteFontUrls('sveltia-cms.js', text, new Map(CMS_FONT_URLS.map((u) => [u, `/admin/fonts/${fontsourceFile(u).name}`])));
    expect(out).not.toContain('cdn.jsdelivr.net');
  });

  it('fontpakkene er installert i versjonene adressene nevner, med WOFF2-filene', () => {
    for (const url of CMS_FONT_URLS) {
      const font = fontsourceFile(url);
      const manifest = require.resolve(`${font.pkg}/package.json`);
      expect((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version, font.pkg).toBe(font.version);
      const root = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(root.dependencies[font.pkg], `${font.pkg} i package.json, fast versjon`).toBe(font.version);
      const data = readFileSync(path.join(path.dirname(manifest), font.file));
      expect(data.subarray(0, 4).toString('latin1'), font.file).toBe('wOF2');
    }
  });
});
