/**
 * Hostile content (tests/fixtures/content-hostile, laid over content-small):
 * 1. `npm run sjekk`'s check refuses every hostile file and passes the allowed markup;
 * 2. built with the check off (the second wall alone: the sanitiser in the Markdown pipeline),
 *    the pages, loaded in Debian's Chromium from a plain static server with no CSP header, run
 *    no script of the content and open no dialog, and nothing on the refused list is in dist/;
 * 3. the allowed markup still renders.
 */
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/validate/read';
import { formatProblem } from '../../src/lib/validate/problem';
import { parseProblems, formatParseProblem } from '../../src/lib/markup/well-formed';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { launchBrowser } from '../helpers/browser';
import { buildFixture, OUTPUT, ROOT } from '../helpers/build';
import { serveStatic } from '../../scripts/lib/static-server';

const root = ROOT;
const output = OUTPUT;
const contentDir = 'tests/.output/content-hostile';
const outDir = join(output, 'build-hostile');
const HOSTILE = join(root, 'tests/fixtures/content-hostile');

/** The hostile entries, as URL paths of their pages. */
const entries = (['nyhetsbrev', 'verktoy'] as const).flatMap((folder) =>
  readdirSync(join(HOSTILE, folder)).map((f) => ({ folder, file: f, url: `/${folder}/${f.replace(/\.mdx?$/, '')}/` })),
);
const hostile = entries.filter((e) => e.file !== 'tillatt.md');

let build: ReturnType<typeof buildFixture>;

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

/** Elements and attributes of a built page that could run the content's code. */
function payloads(html: string): string[] {
  const found: string[] = [];
  const visit = (node: P5Node, inMain: boolean) => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const c of node.childNodes) visit(c, inMain);
      return;
    }
    const el = node as P5Element;
    const main = inMain || el.tagName === 'main';
    for (const a of el.attrs) {
      // eslint-disable-next-line no-control-regex -- browsers ignore C0 controls and spaces in URLs
      const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (a.name.startsWith('on')) found.push(`<${el.tagName} ${a.name}>`);
      if (/^(javascript|vbscript|data):/.test(value) && a.name !== 'content')
        found.push(`<${el.tagName} ${a.name}="${a.value}">`);
    }
    const src = el.attrs.find((a) => a.name === 'src')?.value ?? '';
    if (el.tagName === 'script' && !src.startsWith('/_astro/'))
      found.push(
        `<script> ${JSON.stringify(
          el.childNodes
            .map((c) => ('value' in c ? c.value : ''))
            .join('')
            .slice(0, 40),
        )}`,
      );
    if (
      main &&
      [
        'style',
        'iframe',
        'object',
        'embed',
        'base',
        'meta',
        'link',
        'svg',
        'math',
        'form',
        'noscript',
        'template',
        'xmp',
        'textarea',
        'input',
        'button',
      ].includes(el.tagName)
    ) {
      if (!(el.tagName === 'input' && el.attrs.some((a) => a.name === 'type' && a.value === 'checkbox')))
        found.push(`<${el.tagName}> in <main>`);
    }
    const children =
      el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes;
    for (const c of children) visit(c, main);
  };
  visit(parse(html), false);
  return found;
}

beforeAll(() => {
  rmSync(join(root, contentDir), { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/content-small'), join(root, contentDir), { recursive: true });
  cpSync(HOSTILE, join(root, contentDir), { recursive: true });
  rmSync(join(root, contentDir, 'README.md'), { force: true });
  build = buildFixture(contentDir, 'build-hostile', { config: 'tests/fixtures/astro-no-check.config.mjs' });
});

describe('the content check on hostile content', () => {
  let problems: ReturnType<typeof checkContentDir>['problems'] = [];
  beforeAll(() => {
    problems = checkContentDir(root, contentDir, true).problems;
  });
  it.each(hostile.map((e) => [`${e.folder}/${e.file}`]))('refuses %s', (file) => {
    const mine = problems.filter((p) => p.file === `${contentDir}/${file}`);
    expect(mine.length).toBeGreaterThan(0);
  });
  it('passes the allowed markup and the rest of the fixture set', () => {
    const hostileFiles = new Set(hostile.map((e) => `${contentDir}/${e.folder}/${e.file}`));
    expect(problems.filter((p) => !hostileFiles.has(p.file)).map(formatProblem)).toEqual([]);
  });
  it('names the line of each attack in the script file', () => {
    const lines = problems.filter((p) => p.file.endsWith('nyhetsbrev/skript.md')).map((p) => p.line);
    expect(lines).toEqual(expect.arrayContaining([10, 12, 14, 16, 18, 20, 22, 26, 28]));
  });
});

describe('the site built from hostile content with the check off', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    browser = await launchBrowser();
    server = await serveStatic(outDir); // no headers: no CSP, as on GitHub Pages or a bucket
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const page = (url: string) => readFileSync(join(outDir, url, 'index.html'), 'utf8');

  it.each(entries.map((e) => [e.url]))('%s runs no script of the content and opens no dialog', async (url) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    tab.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    tab.on('request', (r) => {
      const u = new URL(r.url());
      if (
        u.origin !== new URL(server.url).origin ||
        !/^\/(_astro|pagefind|fonts?|favicon|bilder|vedlegg)?/.test(u.pathname)
      )
        requests.push(r.url());
    });
    await tab.route('**/*', (route) =>
      new URL(route.request().url()).origin === new URL(server.url).origin ? route.continue() : route.abort(),
    );
    await tab.goto(new URL(url, server.url).href, { waitUntil: 'load' });
    // Give handlers a chance: hover and focus everything in the page, wait for timers.
    await tab.mouse.move(640, 450);
    await tab.keyboard.press('Tab');
    await tab.waitForTimeout(300);
    const dom = await tab.evaluate(() => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          // eslint-disable-next-line no-control-regex -- browsers ignore C0 controls and spaces in URLs
          const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (a.name.startsWith('on')) bad.push(`${el.tagName}@${a.name}`);
          if (
            ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'background', 'xlink:href'].includes(a.name) &&
            /^(javascript|data|vbscript):/.test(value)
          ) {
            bad.push(`${el.tagName}@${a.name}=${a.value}`);
          }
        }
        if (
          el.tagName === 'SCRIPT' &&
          !/^\/_astro\//.test(el.getAttribute('src') ?? '') &&
          (el.getAttribute('type') ?? '') !== 'application/ld+json'
        ) {
          bad.push(`SCRIPT ${(el.textContent ?? '').slice(0, 60)}`);
        }
      }
      for (const sel of [
        'iframe',
        'object',
        'embed',
        'base',
        'meta[http-equiv]',
        'form[action]',
        'svg script',
        'template',
        'noscript',
      ]) {
        document.querySelectorAll(`main ${sel}`).forEach(() => bad.push(sel));
      }
      return { bad, title: document.title };
    });
    await context.close();
    expect(dialogs).toEqual([]);
    expect(dom.bad).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('no hostile page leaves a parse error behind', () => {
    for (const e of entries) expect(parseProblems(page(e.url)).map(formatParseProblem), e.url).toEqual([]);
  });

  it('no payload of the content reaches dist/ as markup (read with parse5, as a browser reads it)', () => {
    for (const e of hostile) {
      expect(payloads(page(e.url)), e.url).toEqual([]);
      // The e-mail edition is written from the same rendered body.
      if (e.folder === 'nyhetsbrev')
        expect(payloads(readFileSync(join(outDir, e.url, 'epost.html'), 'utf8')), `${e.url}epost.html`).toEqual([]);
    }
  });

  it('the allowed markup still renders', () => {
    const html = page('/nyhetsbrev/tillatt/');
    for (const piece of [
      '<abbr title="Kvalitetskommuneprogrammet">KKP</abbr>',
      '<sub>2</sub>',
      '<sup>2</sup>',
      '<br>',
      '<details open>',
      '<summary>Mer om målingen</summary>',
      '<strong>med fet skrift</strong>',
      '<caption>Tillatt tabell</caption>',
      '<th scope="col">Kommune</th>',
      '<td colspan="2"><em>Eksempeldata</em></td>',
      '<dl><dt>SPC</dt><dd>Statistisk prosesskontroll</dd></dl>',
      '<kbd>Ctrl</kbd>',
      '<a href="https://www.ks.no/" title="KS">KS</a>',
      '<a href="/prosjekter/">prosjektene</a>',
      '<ol start="3">',
      '<code>fire</code>',
      '<blockquote lang="en">',
      '<a href="mailto:post@example.no">post@example.no</a>',
    ]) {
      expect(html).toContain(piece);
    }
  });
});
