/**
 * The editor end to end, as a secretary uses it: /admin/ from the built site, in Chromium,
 * against decap-server (Decap's local backend) started by this file on loopback over a scratch
 * copy of a small content set (tests/fixtures/content-small, in tests/.output/editor/src/content).
 *
 * 1. A newsletter and a good story with a picture are created through the forms and published.
 *    The files exist in the scratch folder, `npm run sjekk` accepts the folder, and a site built
 *    from it has both pages, the story with its picture.
 * 2. An entry that breaks schema rules (a summary too short, an alt text too short) is refused
 *    by the editor with the schema's own message, nothing is written, and the same values
 *    written as a file are refused by `npm run sjekk`.
 *
 * The configuration is the one the build writes (configYaml from config/cms.ts), with only the
 * setting KB_CMS_LOKAL_URL pointing at this file's decap-server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configYaml } from '../../config/cms';
import { cmsUi } from '../../src/i18n/cms';
import { readCmsSettings } from '../../src/lib/cms/settings';
import type { Result } from 'axe-core';
import { formatViolations, runAxe } from '../helpers/axe';
import { servedSite } from '../helpers/site';

const root = path.join(import.meta.dirname, '../..');
const scratch = path.join(root, 'tests/.output/editor');
const content = path.join(scratch, 'src/content');
const PICTURE = path.join(root, 'tests/fixtures/content-small/historier/bilder');
const SHOTS = process.env.KB_EDITOR_SHOTS; // folder for the guide's screenshots (npm run screenshots:editor)

const site = servedSite();
let proxy: ChildProcess | undefined;
let proxyUrl = '';
let proxyLog = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitForProxy(url: string): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`decap-server svarte ikke på ${url}:\n${proxyLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/content-small'), content, { recursive: true });
  const port = await freePort();
  proxyUrl = `http://127.0.0.1:${port}/api/v1`;
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  proxy = spawn(process.execPath, [server], {
    cwd: scratch,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: scratch,
      MODE: 'fs',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proxy.stdout?.on('data', (d: Buffer) => (proxyLog += d.toString()));
  proxy.stderr?.on('data', (d: Buffer) => (proxyLog += d.toString()));
  await waitForProxy(proxyUrl);
});

afterAll(async () => {
  if (proxy && proxy.exitCode === null) {
    const exited = new Promise((r) => proxy!.once('exit', r));
    proxy.kill('SIGTERM');
    await exited;
  }
});

/** /admin/ in a fresh context, with config.yml as the build writes it for this decap-server. */
async function openEditor(width = 1280, height = 900) {
  const context = await site.browser.newContext({
    viewport: { width, height },
    locale: 'nb-NO',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = new Set([new URL(site.server.url).origin, new URL(proxyUrl).origin]);
  const { settings } = readCmsSettings({ KB_CMS_LOKAL_URL: proxyUrl }, 'https://www.kvalitetskommuner.no');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const u = new URL(url);
    if (!allowed.has(u.origin)) {
      problems.push(`forespørsel til et annet opphav: ${url}`);
      return route.abort('blockedbyclient');
    }
    if (u.pathname === '/admin/config.yml')
      return route.fulfill({ status: 200, contentType: 'text/yaml; charset=utf-8', body: configYaml(settings) });
    return route.continue();
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  await page.goto(`${site.server.url}/admin/`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Logg inn' }).waitFor();
  await shot(page, 'logg-inn');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  return { page, problems, close: () => context.close() };
}

/** A screenshot for the guide /om/publisere/, 1000 px wide, when KB_EDITOR_SHOTS names a folder. */
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const png = await page.screenshot();
  await sharp(png)
    .resize({ width: 1000 })
    .png({ palette: true, quality: 90, compressionLevel: 9 })
    .toFile(path.join(SHOTS, `${name}.png`));
}

/** A form field by the start of its label (Decap adds «(valgfritt)» to optional ones). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`)).first();

/** Chooses `text` in a react-select field (select, relation) by typing and Enter. */
async function choose(page: Page, label: string, text: string) {
  const input = field(page, label);
  await input.click();
  await input.pressSequentially(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .waitFor({ timeout: 15_000 });
  await input.press('Enter');
}

/** Opens a new entry's form and waits until it is that collection's (a hash change keeps the old form a moment). */
/**
 * How long to wait for the editor to settle: vitest's expect.poll gives up after 1 s by default,
 * which a loaded two-core machine exceeds (a new entry's form once still showed the last title
 * after 1 s). A wait, not a timing assertion.
 */
const LOADED = { timeout: 20_000 } as const;

async function newEntry(page: Page, collection: string, label: string) {
  await page.goto(`${site.server.url}/admin/#/collections/${collection}/new`);
  await page.getByText(`Skriver i samlingen ${label}`).waitFor();
  await expect.poll(() => field(page, 'Tittel').inputValue(), LOADED).toBe('');
}

/** Types into the Markdown field «Tekst» in Decap's rich-text mode. */
async function writeBody(page: Page, text: string) {
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type(text);
}

/** Publiser -> Publiser nå (Decap's simple publish mode), then waits until the entry is saved. */
async function publish(page: Page, screenshot?: string) {
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  const now = page.getByRole('menuitem', { name: 'Publiser nå' });
  await now.waitFor();
  if (screenshot) await shot(page, screenshot);
  await now.click();
}

/** After a successful publish Decap moves to the saved entry's address; wait for it before going on. */
async function published(page: Page, collection: string) {
  await page.waitForURL(new RegExp(`#/collections/${collection}/entries/`), { timeout: 20_000 });
  await page.getByText('Endringer lagret').first().waitFor();
}

async function waitForFile(file: string, timeout = 20_000): Promise<string> {
  const until = Date.now() + timeout;
  while (!existsSync(file)) {
    if (Date.now() > until)
      throw new Error(`Fila ${path.relative(root, file)} ble ikke skrevet. decap-server:\n${proxyLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return readFileSync(file, 'utf8');
}

/** `npm run sjekk` on a content folder, as an editor's commit would be checked. */
function sjekk(dir: string) {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/sjekk.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: dir },
  });
  return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
}

/** How Decap's refusal to save an entry with errors shows up (see the second test). */
const REFUSED = 'uncaught exception: undefined';

const NEWSLETTER = {
  file: 'nyhetsbrev/varens-samlinger-og-nye-verktoy.md',
  tittel: 'Vårens samlinger og nye verktøy',
  nummer: '3',
  dato: '2007-04-20',
  sammendrag: 'Sekretariatet forteller om vårens samlinger og om nye verktøy i kompetansebanken.',
  tekst: 'Alle nettverkene har hatt sin første samling denne våren.',
};
const STORY = {
  file: 'historier/morgenmotet-pa-gjovik.md',
  tittel: 'Morgenmøtet på Gjøvik',
  dato: '2007-05-02',
  sammendrag: 'Et kort morgenmøte hver dag ga de ansatte i hjemmetjenesten bedre oversikt og færre avbrudd.',
  alt: 'Illustrasjon: fire ansatte står rundt et bord med kaffekopper og en tavle',
  picture: 'morgenmote.jpg',
  tekst: 'Det begynte med ti minutter ved kaffemaskinen.',
};

describe('redaksjonsverktøyet ende til ende (decap-server på loopback)', () => {
  it('lager et nyhetsbrev og en god historie med bilde; filene består npm run sjekk og kommer på nettstedet', async () => {
    const upload = path.join(scratch, 'opplasting', STORY.picture);
    mkdirSync(path.dirname(upload), { recursive: true });
    cpSync(path.join(PICTURE, readdirSync(PICTURE)[0]!), upload);

    const { page, problems, close } = await openEditor();
    try {
      await page.getByText('Nyhetsbrev').first().waitFor();
      await expect.poll(() => page.getByText('Laster innlegg').count(), LOADED).toBe(0);
      await shot(page, 'innlogget');

      // The newsletter.
      await newEntry(page, 'nyhetsbrev', 'Nyhetsbrev');
      await field(page, 'Tittel').fill(NEWSLETTER.tittel);
      await field(page, 'Nummer').fill(NEWSLETTER.nummer);
      await field(page, 'Dato').fill(NEWSLETTER.dato);
      await field(page, 'Sammendrag').fill(NEWSLETTER.sammendrag);
      await writeBody(page, NEWSLETTER.tekst);
      await field(page, 'Eksempeldata').check();
      const preview = page.frameLocator('#preview-pane');
      await preview.getByText(NEWSLETTER.tekst).waitFor(); // the preview has it, as the page will
      await expect.poll(() => preview.locator('h1.ds-heading').textContent(), LOADED).toBe(NEWSLETTER.tittel);
      await shot(page, 'nytt-nyhetsbrev');
      // A draft and a date ahead show as such in the preview (then back to the real values).
      await field(page, 'Utkast').check();
      await preview.getByText(cmsUi.previewDraft).waitFor();
      await field(page, 'Utkast').scrollIntoViewIfNeeded();
      await shot(page, 'utkast');
      await field(page, 'Utkast').uncheck();
      await field(page, 'Dato').fill('2099-01-15');
      await preview.getByText(cmsUi.previewScheduled).waitFor();
      await field(page, 'Dato').scrollIntoViewIfNeeded();
      await shot(page, 'planlagt-dato');
      await field(page, 'Dato').fill(NEWSLETTER.dato);
      await expect.poll(() => preview.getByText(cmsUi.previewScheduled).count(), LOADED).toBe(0);
      await expect.poll(() => preview.getByText(cmsUi.previewDraft).count(), LOADED).toBe(0);
      // axe on the form: only Decap's rich-text toolbar breaks a rule (docs/cms.md, «Known limitations»).
      const violations = await runAxe(page);
      const toolbar = (v: Result) =>
        v.id === 'nested-interactive' &&
        v.nodes.length <= 2 &&
        v.nodes.every((n) => JSON.stringify(n.target).includes('ToolbarDropdownWrapper'));
      expect(
        violations.filter((v) => !toolbar(v)),
        formatViolations('skjemaet for nyhetsbrev', violations),
      ).toEqual([]);
      await publish(page, 'publiser');
      const letter = await waitForFile(path.join(content, NEWSLETTER.file));
      await published(page, 'nyhetsbrev');
      expect(letter).toContain(`tittel: ${NEWSLETTER.tittel}`);
      expect(letter).toContain(`dato: ${NEWSLETTER.dato}`);
      expect(letter).toContain(NEWSLETTER.tekst);

      // The story, with a picture uploaded through the media library.
      await newEntry(page, 'historier', 'Gode historier');
      await field(page, 'Tittel').fill(STORY.tittel);
      await field(page, 'Dato').fill(STORY.dato);
      await choose(page, 'Kommuner', 'Gjøvik');
      await choose(page, 'Sektor', 'Pleie og omsorg');
      await field(page, 'Sammendrag').fill(STORY.sammendrag);
      await page.getByRole('button', { name: 'Velg et bilde' }).click();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByText('Last opp', { exact: true }).click(),
      ]);
      await chooser.setFiles(upload);
      await page.getByRole('button', { name: 'Velg markert' }).click();
      await field(page, 'Alternativ tekst').fill(STORY.alt);
      await writeBody(page, STORY.tekst);
      await field(page, 'Eksempeldata').check();
      await preview.locator('figure img').waitFor();
      await field(page, 'Alternativ tekst').scrollIntoViewIfNeeded();
      await shot(page, 'bilde-med-alt-tekst');
      await publish(page);
      const story = await waitForFile(path.join(content, STORY.file)).catch(async (e: Error) => {
        await page.screenshot({ path: '/tmp/editor-x/fail.png' });
        throw e;
      });
      // Read back with the yaml package (Decap writes with its own YAML writer).
      const front = parse(story.split(/^---$/m)[1]!) as {
        bilde: { src: string; alt: string };
        kommuner: string[];
        sektor: string;
      };
      // Decap writes the picture relative to the story: `bilder/<file>` (it drops the `./`).
      expect(front.bilde).toEqual({ src: `bilder/${STORY.picture}`, alt: STORY.alt });
      expect(front).toMatchObject({ kommuner: ['gjovik'], sektor: 'pleie-og-omsorg' });
      expect(existsSync(path.join(content, 'historier/bilder', STORY.picture)), 'bildet er lagret ved historien').toBe(
        true,
      );
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await close();
    }

    const checked = sjekk(content);
    expect(checked.log).toMatch(/er i orden/);
    expect(checked.status, checked.log).toBe(0);

    const outDir = path.join(scratch, 'dist');
    const built = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        KB_CONTENT_DIR: content,
        KB_OUT_DIR: outDir,
        KB_CACHE_DIR: path.join(scratch, 'cache'),
      },
    });
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    const letterPage = readFileSync(path.join(outDir, 'nyhetsbrev/varens-samlinger-og-nye-verktoy/index.html'), 'utf8');
    expect(letterPage).toContain(NEWSLETTER.tittel);
    expect(letterPage).toContain(NEWSLETTER.tekst);
    const storyPage = readFileSync(path.join(outDir, 'historier/morgenmotet-pa-gjovik/index.html'), 'utf8');
    expect(storyPage).toContain(STORY.tittel);
    const img = /<img[^>]*alt="([^"]*)"[^>]*>/.exec(storyPage.slice(storyPage.indexOf('<figure')));
    expect(img?.[1]).toBe(STORY.alt);
  }, 240_000);

  it('nekter en historie som bryter skjemaets regler, med skjemaets melding, og npm run sjekk nekter den samme', async () => {
    const bad = { tittel: 'Feil i skjemaet', alt: 'Bil', sammendrag: 'For kort.' };
    const { page, problems, close } = await openEditor();
    try {
      await page.getByText('Nyhetsbrev').first().waitFor();
      await newEntry(page, 'historier', 'Gode historier');
      await field(page, 'Tittel').fill(bad.tittel);
      await field(page, 'Dato').fill('2007-05-03');
      await choose(page, 'Sektor', 'Pleie og omsorg');
      await field(page, 'Sammendrag').fill(bad.sammendrag);
      await page.getByRole('button', { name: 'Velg et bilde' }).click();
      await page.getByText('turnus.jpg').first().click();
      await page.getByRole('button', { name: 'Velg markert' }).click();
      await field(page, 'Alternativ tekst').fill(bad.alt);
      await publish(page);
      // Decap lists the broken fields and does not save.
      const errors = page.locator('[class*="ControlErrorsList"] li');
      await errors.first().waitFor({ timeout: 15_000 });
      const messages = (await errors.allTextContents()).map((t) => t.trim());
      await shot(page, 'feil-i-skjemaet');
      expect(messages).toEqual(
        expect.arrayContaining([
          'Kommuner er påkrevd.',
          'Sammendrag: Minst 20 tegn, høyst 400 tegn.',
          'Alternativ tekst (hva bildet viser): En alt-tekst på minst 5 tegn, høyst 200 tegn.',
        ]),
      );
      await page.waitForTimeout(1000);
      expect(existsSync(path.join(content, 'historier/feil-i-skjemaet.md')), 'ingen fil skrevet').toBe(false);
      // Decap refuses by rejecting its save with no value (Promise.reject() in persistEntry),
      // which the page reports as an uncaught exception without a message: that one is expected.
      expect(
        problems.filter((p) => p !== REFUSED),
        problems.join('\n'),
      ).toEqual([]);
    } finally {
      await close();
    }

    // The same entry written by hand: the content check refuses it for the same fields.
    const copy = path.join(scratch, 'feil/src/content');
    rmSync(path.dirname(copy), { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/content-small'), copy, { recursive: true });
    writeFileSync(
      path.join(copy, 'historier/feil-i-skjemaet.md'),
      [
        '---',
        `tittel: ${bad.tittel}`,
        'dato: 2007-05-03',
        'kommuner: []',
        'sektor: pleie-og-omsorg',
        `sammendrag: ${bad.sammendrag}`,
        'bilde:',
        '  src: bilder/turnus.jpg',
        `  alt: ${bad.alt}`,
        '---',
        '',
      ].join('\n'),
    );
    const checked = sjekk(copy);
    expect(checked.status, checked.log).not.toBe(0);
    const lines = checked.log.split('\n').filter((l) => l.includes('feil-i-skjemaet.md'));
    for (const f of ['kommuner', 'sammendrag', 'bilde.alt'])
      expect(
        lines.some((l) => l.includes(f)),
        `${f} i:\n${checked.log}`,
      ).toBe(true);
  }, 120_000);
});
