/**
 * The CMS at /admin/: the built files are there, Sveltia CMS loads in Chromium, fetches
 * /admin/config.yml and accepts it (it draws its sign-in screen only after the configuration
 * has been parsed and validated), without console errors.
 *
 * Requests to other origins are blocked by openPage. Sveltia CMS makes three that it does not
 * need in order to work; they are allowed here, and nothing else is:
 * - unpkg.com/@sveltia/cms/package.json: its check for a newer version;
 * - cdn.jsdelivr.net/fontsource/...: its UI font and icon font (the CMS works without them;
 *   icons show as their names);
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
  /^request to another origin blocked: https:\/\/cdn\.jsdelivr\.net\/fontsource\//,
  /^request to another origin blocked: https:\/\/www\.githubstatus\.com\//,
];

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
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'ingen sidelengs rulling').toBeLessThanOrEqual(width);
      } finally {
        await opened.close();
      }
    });
  }
});
