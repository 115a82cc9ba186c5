/**
 * The site under the HTTP headers it is deployed with: dist/ is served with exactly the headers
 * public/_headers gives each path (as Netlify or Cloudflare Pages would send them), and Chromium
 * loads every page type, /sok/ with a real search, and /admin/, recording every Content Security
 * Policy violation (securitypolicyviolation events in the page and in Pagefind's web worker,
 * and Chromium's console messages). Also: every file in dist/ gets one Content-Security-Policy
 * and one Cache-Control, from rules that do not overlap.
 *
 * KB_HEADERS_FILE=<file> runs the same checks against another headers file (to see the test
 * fail with a policy that blocks Pagefind, for instance).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HEADERS_FILE,
  headerConflicts,
  headersFor,
  parseHeadersFile,
  type HeaderRule,
} from '../../scripts/lib/headers-file';
import { launchBrowser } from '../helpers/browser';
import { DIST, ROOT, requireDist, samplePages, urlOfFile, walk } from '../helpers/dist';
import { indexedPages } from '../helpers/search-index';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

const headersFile = process.env.KB_HEADERS_FILE
  ? path.resolve(process.env.KB_HEADERS_FILE)
  : path.join(ROOT, HEADERS_FILE);
const rules: HeaderRule[] = parseHeadersFile(readFileSync(headersFile, 'utf8'));

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST, { headers: rules });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records securitypolicyviolation events from before the page's first script runs. */
const RECORD_VIOLATIONS = `(() => {
  const list = (globalThis.__cspViolations = []);
  globalThis.addEventListener('securitypolicyviolation', (e) => {
    list.push(e.effectiveDirective + ' blokkerte ' + (e.blockedURI || '(inline)') + ' i ' + (e.sourceFile || location.href) + ':' + e.lineNumber);
  });
})();`;

/** A minimal WebAssembly module (magic number and version): compiling it needs 'wasm-unsafe-eval'. */
const COMPILE_WASM = `WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'ok', (e) => String(e))`;

/** Decap CMS (the editor) makes no request to another origin before signing in (see tests/site/admin.test.ts). */
const ADMIN_OTHER_ORIGINS = /(?!)/;

interface Watched {
  page: Page;
  /** Page errors, console errors, failed requests, HTTP errors, requests to other origins. */
  problems: string[];
  /** CSP violations seen by the page, and console messages about CSP or Pagefind's worker. */
  csp: string[];
  workers: Worker[];
  close: () => Promise<void>;
}

/**
 * Opens a page served with the headers in a fresh context and watches it for CSP trouble from
 * the first byte: a recorder of securitypolicyviolation events runs before any page script,
 * and console messages of the page and its workers are read. Requests to other origins are
 * blocked (after the CSP has had its say) and reported, except the CMS's own on /admin/.
 */
async function openWatched(urlPath: string, expectStatus = 200): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const url = new URL(urlPath, server.url).href;
  const problems: string[] = [];
  const csp: string[] = [];
  const workers: Worker[] = [];
  const aboutCsp =
    /Content Security Policy|Content-Security-Policy|Refused to|Pagefind web worker|falling back to main thread/i;
  await page.route('**/*', (route) => {
    const reqUrl = route.request().url();
    if (reqUrl.startsWith('data:') || reqUrl.startsWith('blob:') || new URL(reqUrl).origin === server.url)
      return route.continue();
    if (!(urlPath.startsWith('/admin/') && ADMIN_OTHER_ORIGINS.test(reqUrl)))
      problems.push(`request to another origin: ${reqUrl}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (aboutCsp.test(text)) csp.push(`console ${msg.type()}: ${text}`);
    else if (msg.type() === 'error' && !text.startsWith('Failed to load resource'))
      problems.push(`console error: ${text}`);
  });
  page.on('worker', (w) => {
    workers.push(w);
    w.on('console', (msg) => {
      if (aboutCsp.test(msg.text()) || msg.type() === 'error') csp.push(`worker console ${msg.type()}: ${msg.text()}`);
    });
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    if (!/BLOCKED_BY_CLIENT|ERR_ABORTED/.test(reason)) problems.push(`request failed: ${req.url()} (${reason})`);
  });
  page.on('response', (res) => {
    if (res.url() !== url && res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const res = await page.goto(url, { waitUntil: 'load' });
  if (res?.status() !== expectStatus)
    problems.push(`document status ${res?.status()}, expected ${expectStatus}: ${url}`);
  return { page, problems, csp, workers, close: () => context.close() };
}

async function violations(w: Watched): Promise<string[]> {
  const seen = (await w.page.evaluate(
    () => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(opptakeren kjørte ikke)'],
  )) as string[];
  return [...seen, ...w.csp];
}

describe('headerne fra _headers', () => {
  it('hver fil i dist/ får én Content-Security-Policy og én Cache-Control, uten overlappende regler', () => {
    const paths = new Set<string>();
    for (const file of walk(DIST)) {
      const rel = path.relative(DIST, file).split(path.sep).join('/');
      if (rel === '_headers') continue;
      paths.add(`/${rel}`);
      paths.add(urlOfFile(file));
    }
    expect(paths.size).toBeGreaterThan(100);
    expect(headerConflicts(rules, paths), 'samme header fra to regler: vertene løser det ulikt').toEqual([]);
    const missing = [...paths].filter((p) => {
      const h = headersFor(rules, p);
      return !h['content-security-policy'] || !h['cache-control'];
    });
    expect(missing, 'stier uten CSP eller Cache-Control: gi mappen en regel i public/_headers').toEqual([]);
  });

  it('ingen side har inline-skript eller hendelsesattributter (de ville trenge unsafe-inline)', () => {
    const found: string[] = [];
    for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
        const attrs = m[1] ?? '';
        if (!/\bsrc=/.test(attrs) && !/type=["']?application\/(ld\+)?json/.test(attrs))
          found.push(`${urlOfFile(file)}: <script${attrs}>`);
      }
      for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/gi)) found.push(`${urlOfFile(file)}: ${m[1]}=`);
      if (/href=["']?javascript:/i.test(html)) found.push(`${urlOfFile(file)}: javascript:-lenke`);
    }
    expect(found).toEqual([]);
  });

  it('dist/_headers er public/_headers', () => {
    expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(readFileSync(path.join(ROOT, HEADERS_FILE), 'utf8'));
  });

  it('serveren sender dem', async () => {
    const res = await fetch(`${server.url}/sok/`);
    expect(res.headers.get('content-security-policy')).toBe(headersFor(rules, '/sok/')['content-security-policy']);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = walk(path.join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    const cached = await fetch(`${server.url}/_astro/${path.basename(asset)}`);
    expect(cached.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
  });
});

describe('ingen CSP-brudd', () => {
  const epost = existsSync(path.join(DIST, 'nyhetsbrev'))
    ? walk(path.join(DIST, 'nyhetsbrev')).find((f) => f.endsWith('/epost.html'))
    : undefined;
  const pages = [
    ...samplePages().filter((p) => p.path !== undefined),
    // The e-mail edition keeps its styles in style attributes, as mail clients need.
    ...(epost ? [{ name: 'nyhetsbrev som e-post', path: urlOfFile(epost), status: 200 }] : []),
  ];
  for (const sample of pages) {
    it(`${sample.name} (${sample.path})`, async () => {
      const w = await openWatched(sample.path!, sample.status);
      try {
        expect(w.problems, 'feil under lasting').toEqual([]);
        expect(await violations(w)).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  it('/admin/ (Decap CMS) under sin egen policy', async () => {
    const w = await openWatched('/admin/');
    try {
      // Decap CMS draws its sign-in screen after it has read and validated config.yml.
      await w.page.getByRole('button', { name: 'Logg inn' }).waitFor({ timeout: 20_000 });
      await w.page.waitForTimeout(1000);
      const policy = await w.page.evaluate(() =>
        fetch(location.href).then((r) => r.headers.get('content-security-policy')),
      );
      expect(policy).toBe(headersFor(rules, '/admin/')['content-security-policy']);
      expect(policy).toContain("connect-src 'self' https://api.github.com;");
      expect(w.problems, 'feil under lasting').toEqual([]);
      expect(await violations(w)).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

describe('søk under CSP', () => {
  it('Pagefind laster, bruker sin web worker med WebAssembly og finner treff', async () => {
    const target = indexedPages().find((p) => p.url.startsWith('/kommuner/'));
    expect(target, 'en kommuneside i søkeindeksen').toBeDefined();
    const query = target!.title;
    const w = await openWatched(`/sok/?q=${encodeURIComponent(query)}`);
    const { page } = w;
    try {
      const status = (await page
        .waitForFunction(
          (q) => {
            const t = (document.getElementById('sok-status')?.textContent ?? '').trim();
            return / treff\b/.test(t) && t.includes(`«${q}»`) ? t : false;
          },
          query,
          { timeout: 15_000 },
        )
        .then((h) => h.jsonValue())
        .catch(async (err: unknown) => {
          const seen = [...(await violations(w)), ...w.problems];
          throw new Error(
            `Søket ga aldri svar (${String(err).split('\n')[0]}). Sett under lasting: ${seen.join(' | ') || 'ingenting'}`,
          );
        })) as string;
      expect(status).toMatch(/^[1-9][\d\s\u00a0\u202f]* treff/);
      const hrefs = await page.$$eval('#sok-treff > li h3 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(target!.url);

      const worker = w.workers.find((x) => x.url().endsWith('/pagefind/pagefind-worker.js'));
      expect(worker, 'Pagefind startet sin web worker').toBeDefined();
      expect(await worker!.evaluate(COMPILE_WASM), 'WebAssembly i workeren').toBe('ok');
      expect(await page.evaluate(COMPILE_WASM), 'WebAssembly i siden').toBe('ok');
      expect(w.problems, 'feil under lasting').toEqual([]);
      expect(await violations(w)).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('et inline-skript blir blokkert (policyen virker)', async () => {
    const w = await openWatched('/sok/');
    try {
      const ran = await w.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'document.documentElement.dataset.inlineRan = "ja"';
        document.head.append(s);
        return document.documentElement.dataset.inlineRan ?? 'nei';
      });
      expect(ran).toBe('nei');
      expect((await violations(w)).some((v) => /script-src/.test(v))).toBe(true);
    } finally {
      await w.close();
    }
  });
});
