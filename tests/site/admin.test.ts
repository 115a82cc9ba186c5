/**
 * The CMS at /admin/: the built files are there, Sveltia CMS loads in Chromium, fetches
 * /admin/config.yml and accepts it (it draws its sign-in screen only after the configuration
 * has been parsed and validated), without console errors.
 *
 * Its fonts (UI font, monospace font, icon font) are self-hosted in /admin/fonts/: they load
 * from there, nothing goes to cdn.jsdelivr.net, and the icon font draws icons, not words.
 *
 * Requests to other origins are blocked by openPage. Sveltia CMS makes two that it does not
 * need in order to work; they are allowed here, and nothing else is:
 * - unpkg.com/@sveltia/cms/package.json: its check for a newer version;
 * - www.githubstatus.com: the GitHub status shown on the sign-in screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WIDTHS, openPage } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const ALLOWED_BLOCKED = [
  /^request to another origin blocked: https:\/\/unpkg\.com\/@sveltia\/cms\//,
  /^request to another origin blocked: https:\/\/www\.githubstatus\.com\//,
];

/** The fonts of Sveltia CMS, as config/cms.ts copies them from the Fontsource packages. */
const FONTS = [
  'material-symbols-outlined-latin-wght-normal.woff2',
  'noto-mono-latin-400-normal.woff2',
  'source-sans-3-latin-wght-normal.woff2',
];
const FAMILIES = ['Material Symbols Outlined', 'Noto Mono', 'Source Sans 3'];

const COLLECTIONS = ['prosjekter', 'historier', 'verktoy', 'nyhetsbrev', 'samlinger', 'kommuner', 'nettverk'];

const site = servedSite();

describe('/admin/ i dist/', () => {
  it('har siden, CMS-pakken (selvhostet) og config.yml', () => {
    for (const file of ['index.html', 'config.yml', 'sveltia-cms.js']) {
      expect(existsSync(path.join(DIST, 'admin', file)), `admin/${file}`).toBe(true);
    }
    const html = readFileSync(path.join(DIST, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<script src="sveltia-cms.js"></script>');
    expect(html).toMatch(/<html lang="nb">/);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html, 'ingen skript fra andre opphav').not.toMatch(/src="https?:/);
  });

  it('har fontene (med lisensene) i /admin/fonts/, og CMS-pakken henter dem derfra, ikke fra cdn.jsdelivr.net', () => {
    for (const font of FONTS) {
      const data = readFileSync(path.join(DIST, 'admin', 'fonts', font));
      expect(data.subarray(0, 4).toString('latin1'), font).toBe('wOF2');
    }
    for (const license of ['material-symbols-outlined', 'noto-mono', 'source-sans-3']) {
      expect(readFileSync(path.join(DIST, 'admin', 'fonts', `${license}-LICENSE.txt`), 'utf8')).toContain('Open Font License');
    }
    const bundle = readFileSync(path.join(DIST, 'admin', 'sveltia-cms.js'), 'utf8');
    // Booleans: a failing toContain would print the whole 2 MB bundle.
    expect(bundle.includes('cdn.jsdelivr.net'), 'sveltia-cms.js nevner cdn.jsdelivr.net').toBe(false);
    for (const font of FONTS) expect(bundle.includes(`url(/admin/fonts/${font})`), `sveltia-cms.js bruker /admin/fonts/${font}`).toBe(true);
  });

  it('config.yml har alle samlingene, med GitHub som backend', () => {
    const config = parse(readFileSync(path.join(DIST, 'admin', 'config.yml'), 'utf8')) as {
      backend: { name: string; repo: string };
      collections: { name: string; folder: string }[];
    };
    expect(config.backend.name).toBe('github');
    expect(config.backend.repo).toMatch(/^[^/\s]+\/[^/\s]+$/);
    expect(config.collections.map((c) => c.name).sort()).toEqual([...COLLECTIONS].sort());
    for (const c of config.collections) expect(c.folder).toBe(`src/content/${c.name}`);
  });

  for (const width of [WIDTHS.desktop, 320]) {
    it(`laster konfigurasjonen uten feil og viser innloggingen i Chromium (${width}px)`, async () => {
      const opened = await openPage(site.browser, site.server.url, '/admin/', { width });
      const { page } = opened;
      const messages: string[] = [];
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') messages.push(`${msg.type()}: ${msg.text()}`);
      });
      try {
        // Load again with the listeners in place, so that the config request cannot be missed.
        const [config] = await Promise.all([
          page.waitForResponse((res) => new URL(res.url()).pathname === '/admin/config.yml', { timeout: 20_000 }),
          page.reload({ waitUntil: 'load' }),
        ]);
        expect(config.status()).toBe(200);

        // Sveltia CMS shows these only once the configuration has been parsed and validated;
        // with a broken config it shows an error page instead.
        await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ state: 'visible', timeout: 20_000 });
        await expect(page.getByRole('button', { name: 'Work with Local Repository' }).isVisible()).resolves.toBe(true);
        await expect(page.getByRole('button', { name: 'Sign In Using Access Token' }).isVisible()).resolves.toBe(true);
        const text = await page.evaluate(() => document.body.innerText);
        expect(text).toContain('Kompetansebanken – redaksjon');
        expect(text).not.toMatch(/configuration error|error in the (cms )?config|could not (load|parse)/i);

        // Chromium's "Failed to load resource" lines are the blocked requests reported below.
        const consoleProblems = messages.filter((m) => !m.includes('Failed to load resource'));
        expect(consoleProblems.filter((m) => m.startsWith('error')), consoleProblems.join('\n')).toEqual([]);
        expect(consoleProblems.filter((m) => /config/i.test(m)), consoleProblems.join('\n')).toEqual([]);

        const problems = opened.problems.filter((p) => !ALLOWED_BLOCKED.some((re) => re.test(p)));
        expect(problems, problems.join('\n')).toEqual([]);
        expect(requests.filter((u) => u.includes('cdn.jsdelivr.net')), 'fontene er selvhostet').toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'ingen sidelengs rulling').toBeLessThanOrEqual(width);
      } finally {
        await opened.close();
      }
    });
  }

  it('henter fontene fra /admin/fonts/, ingen fra cdn.jsdelivr.net, og ikonfonten tegner ikoner', async () => {
    const opened = await openPage(site.browser, site.server.url, '/admin/');
    const { page } = opened;
    const requests: string[] = [];
    const fonts = new Map<string, { status: number; type: string | undefined }>();
    page.on('request', (req) => requests.push(req.url()));
    page.on('response', (res) => {
      const { pathname } = new URL(res.url());
      if (pathname.startsWith('/admin/fonts/')) fonts.set(pathname, { status: res.status(), type: res.headers()['content-type'] });
    });
    try {
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ state: 'visible', timeout: 20_000 });
      // A browser fetches a font only when some text uses it: load every face the CMS declares.
      const faces = await page.evaluate(async () => {
        const all = [...document.fonts];
        await Promise.all(all.map((f) => f.load().catch(() => undefined)));
        return all.map((f) => ({ family: f.family.replace(/^["']|["']$/g, ''), status: f.status }));
      });
      expect([...new Set(faces.map((f) => f.family))].sort()).toEqual(FAMILIES);
      expect(faces.filter((f) => f.status !== 'loaded'), 'fonter som ikke lastet').toEqual([]);
      expect([...fonts.keys()].sort()).toEqual(FONTS.map((f) => `/admin/fonts/${f}`));
      for (const [file, res] of fonts) expect(res, file).toEqual({ status: 200, type: 'font/woff2' });
      expect(requests.filter((u) => u.includes('cdn.jsdelivr.net'))).toEqual([]);

      // An icon is its name in the icon font, which a ligature draws as one square glyph
      // (24 px at 24 px), whatever the name's length. Without the font the name shows as text.
      const widths = await page.evaluate(() => {
        const width = (text: string, family: string) => {
          const span = document.createElement('span');
          span.textContent = text;
          span.style.cssText = `font-family: ${family}; font-size: 24px; line-height: 1; display: inline-block; white-space: nowrap; font-feature-settings: 'liga'`;
          document.body.append(span);
          const w = span.getBoundingClientRect().width;
          span.remove();
          return w;
        };
        return { edit: width('edit', "'Material Symbols Outlined'"), settings: width('settings', "'Material Symbols Outlined'"), text: width('settings', 'serif') };
      });
      expect(widths.edit, 'ikonet «edit»').toBeCloseTo(24, 0);
      expect(widths.settings, 'ikonet «settings»').toBeCloseTo(24, 0);
      expect(widths.text, 'ordet «settings» som tekst').toBeGreaterThan(48);
      expect(await page.evaluate(() => document.fonts.check("24px 'Material Symbols Outlined'", 'settings'))).toBe(true);

      const problems = opened.problems.filter((p) => !ALLOWED_BLOCKED.some((re) => re.test(p)));
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
