/**
 * A Chromium driven by playwright-core (found by scripts/lib/chromium.ts: CHROMIUM_PATH, an
 * installed one, Playwright's cache or the npm package's), one browser per test file, and a page
 * opener that records everything that went wrong while the page loaded.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/lib/chromium';

export const WIDTHS = { desktop: 1280, mobile: 375 } as const;
export type Width = (typeof WIDTHS)[keyof typeof WIDTHS];

/** Phone screens (CSS px, the visible part of the page before any scrolling) and a desktop. */
export const SCREENS = [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
  { width: 1280, height: 800 },
] as const;

export async function launchBrowser(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
    args: [...CHROMIUM_FLAGS, '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedPage {
  page: Page;
  /** HTTP status of the document. */
  status: number;
  /** Console errors, uncaught exceptions, failed or blocked requests and HTTP errors. */
  problems: string[];
  close: () => Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Status the document itself is expected to have (404 for the not-found page). */
  expectStatus?: number;
}

/**
 * Opens `baseUrl + urlPath` in a fresh context (no shared state between pages) and waits for
 * the load event. Requests to other origins are blocked and reported: the site must not depend
 * on third parties.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  urlPath: string,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const { width = WIDTHS.desktop, height = 900, expectStatus = 200 } = options;
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nb-NO', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const url = new URL(urlPath, baseUrl).href;
  const origin = new URL(baseUrl).origin;
  const problems: string[] = [];

  await page.route('**/*', (route) => {
    const reqUrl = route.request().url();
    if (reqUrl.startsWith('data:') || new URL(reqUrl).origin === origin) return route.continue();
    problems.push(`request to another origin blocked: ${reqUrl}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium also logs every failed load; those are reported once, by the request handlers below
    // (and the not-found page's own 404 is expected).
    if (msg.text().startsWith('Failed to load resource')) return;
    problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    if (reason.includes('BLOCKED_BY_CLIENT')) return; // already reported by the route handler
    if (reason.includes('ERR_ABORTED')) return; // cancelled by navigating on; a missing file shows up as HTTP 404 below
    problems.push(`request failed: ${req.url()} (${reason})`);
  });
  page.on('response', (res) => {
    if (res.url() === url) return; // the document's own status is checked below
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });

  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status() ?? 0;
  if (status !== expectStatus) problems.push(`document status ${status}, expected ${expectStatus}: ${url}`);

  return { page, status, problems, close: () => context.close() };
}

/** Width of the document; larger than the viewport means the page scrolls sideways. */
export function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * The innermost elements (or the parents of text) that stick out past the right edge of the
 * viewport, described as `tag#id.class "text…" (right edge px)`, to say what makes a page scroll
 * sideways.
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const describe = (el: Element, right: number) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = Array.from(el.classList)
        .map((c) => `.${c}`)
        .join('');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${id}${classes} «${text}» (høyre kant ${Math.round(right)}px)`;
    };
    // Content inside a scroll container (e.g. a wide table in .table-wrap) does not widen the page.
    const insideScroller = (el: Node) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const found = new Map<Element, number>();
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const right = el.getBoundingClientRect().right;
      if (right <= limit || insideScroller(el)) continue;
      const childSticksOut = Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit);
      if (!childSticksOut) found.set(el, right);
    }
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > limit && node.parentElement && !insideScroller(node))
        found.set(node.parentElement, Math.max(right, found.get(node.parentElement) ?? 0));
    }
    return Array.from(found, ([el, right]) => describe(el, right));
  });
}
