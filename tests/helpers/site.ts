/**
 * The built site served over HTTP and a Chromium to look at it with, started once per test
 * file (beforeAll) and stopped after it (afterAll). Use at the top level of a test file:
 *
 *   const site = servedSite();
 *   ... await openPage(site.browser, site.server.url, '/') ...
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { DIST, requireDist } from './dist';
import { serveStatic, type ServeOptions, type StaticServer } from '../../scripts/lib/static-server';

export interface ServedSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function servedSite(options: ServeOptions = {}): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireDist();
    server = await serveStatic(DIST, options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} er ikke startet: bruk servedSite() på toppnivå i testfila.`);
    return value;
  };
  return {
    get server() {
      return started(server, 'Serveren');
    },
    get browser() {
      return started(browser, 'Nettleseren');
    },
  };
}
