/**
 * The editor at /admin/ (Decap CMS) as a plain `npm run build` leaves it: the built files are
 * there, the page does not lock zoom, the CMS loads in Chromium, reads /admin/config.yml (local
 * mode: no repository is set) and draws its Norwegian sign-in screen, with no request to another
 * origin, no console error and no axe violation, at desktop width and at 320 px.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { WIDTHS, openPage } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const COLLECTIONS = ['prosjekter', 'historier', 'verktoy', 'nyhetsbrev', 'samlinger', 'kommuner', 'nettverk'];

const site = servedSite();

describe('/admin/ i dist/', () => {
  it('har siden, CMS-pakken (selvhostet), oppsettet og config.yml', () => {
    for (const file of [
      'index.html',
      'config.yml',
      'decap-cms.js',
      'decap-cms.js.LICENSE.txt',
      'oppsett.js',
      'cms-admin.css',
      'forhandsvisning.css',
    ]) {
      expect(existsSync(path.join(DIST, 'admin', file)), `admin/${file}`).toBe(true);
    }
    const html = readFileSync(path.join(DIST, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<script src="decap-cms.js"></script>');
    expect(html).toContain('<script src="oppsett.js"></script>');
    expect(html).toMatch(/<html lang="nb">/);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html, 'ingen skript fra andre opphav').not.toMatch(/src="https?:/);
    const viewport = /<meta name="viewport" content="([^"]*)"/.exec(html)?.[1];
    expect(viewport).toBe('width=device-width, initial-scale=1');
  });

  it('oppsettet gir forhåndsvisningen nettstedets egne stilark', () => {
    const setup = readFileSync(path.join(DIST, 'admin', 'oppsett.js'), 'utf8');
    const data = JSON.parse(/^var KB_CMS = (.*);$/m.exec(setup)![1]!) as { styles: string[] };
    expect(data.styles.length).toBeGreaterThan(0);
    for (const href of data.styles) {
      expect(href).toMatch(/^\/(_astro|admin)\/[^/]+\.css$/);
      expect(existsSync(path.join(DIST, href)), href).toBe(true);
    }
  });

  it('config.yml: lokal modus (decap-server) uten depot, norsk språk, alle samlingene', () => {
    const config = parse(readFileSync(path.join(DIST, 'admin', 'config.yml'), 'utf8')) as {
      backend: { name: string; proxy_url: string };
      locale: string;
      collections: { name: string; folder: string }[];
    };
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
    expect(config.locale).toBe('nb_no');
    expect(config.collections.map((c) => c.name).sort()).toEqual([...COLLECTIONS].sort());
    for (const c of config.collections) expect(c.folder).toBe(`src/content/${c.name}`);
  });

  for (const width of [WIDTHS.desktop, 320]) {
    it(`laster konfigurasjonen og viser den norske innloggingen i Chromium, uten axe-brudd (${width}px)`, async () => {
      const opened = await openPage(site.browser, site.server.url, '/admin/', { width });
      const { page } = opened;
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      try {
        const [config] = await Promise.all([
          page.waitForResponse((res) => new URL(res.url()).pathname === '/admin/config.yml', { timeout: 20_000 }),
          page.reload({ waitUntil: 'load' }),
        ]);
        expect(config.status()).toBe(200);
        // Decap shows the sign-in button only once the configuration has been parsed and
        // validated; with a broken config it shows «Error loading the CMS configuration».
        await page.getByRole('button', { name: 'Logg inn' }).waitFor({ state: 'visible', timeout: 20_000 });
        const text = await page.evaluate(() => document.body.innerText);
        expect(text).toContain('Gå tilbake til siden');
        expect(text).not.toMatch(/Login|Error|Config|Sign in/i);
        expect(opened.problems, opened.problems.join('\n')).toEqual([]);
        expect(
          requests.filter((u) => new URL(u).origin !== site.server.url),
          'forespørsler til andre opphav',
        ).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'ingen sidelengs rulling',
        ).toBeLessThanOrEqual(width);
        const violations = await runAxe(page);
        expect(violations, formatViolations('/admin/', violations)).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('GitHub-backenden sjekker ikke githubstatus.com (bare innloggingen)', async () => {
    const opened = await openPage(site.browser, site.server.url, '/admin/');
    const { page } = opened;
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    try {
      await page.getByRole('button', { name: 'Logg inn' }).waitFor({ state: 'visible', timeout: 20_000 });
      const status = await page.evaluate(async () => {
        const cms = (
          window as unknown as {
            CMS: { getBackend: (n: string) => { init: (...a: unknown[]) => { status: () => Promise<unknown> } } };
          }
        ).CMS;
        const backend = cms
          .getBackend('github')
          .init({ backend: { name: 'github', repo: 'eier/navn', branch: 'main' } }, {});
        return backend.status();
      });
      expect(status).toEqual({ auth: { status: false }, api: { status: true, statusPage: '' } });
      await page.waitForTimeout(500);
      expect(
        requests.filter((u) => u.includes('githubstatus')),
        'ingen statussjekk',
      ).toEqual([]);
      expect(opened.problems, opened.problems.join('\n')).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
