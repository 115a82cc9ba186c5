/**
 * Bytes transferred from /pagefind/ and time from the last key press to shown results (printed,
 * not asserted). Against the built site in Chromium; expected results come from dist/
 * (tests/helpers/search-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { servedSite } from '../helpers/site';
import { openGroup, settled } from '../helpers/search-page';

const site = servedSite();

describe('måling', () => {
  it('overførte byte fra /pagefind/ og tid fra siste tastetrykk til treffene vises (skrives ut, ikke krav)', async () => {
    const opened = await openPage(site.browser, site.server.url, '/om/');
    try {
      const { page } = opened;
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (req) => {
        if (!new URL(req.url()).pathname.startsWith('/pagefind/')) return;
        pending.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
      });
      let taken = 0;
      const phase = async () => {
        await page.waitForTimeout(300); // let late requestfinished events arrive
        const done = await Promise.all(pending.slice(taken));
        taken = pending.length;
        const kinds = new Map<string, number>();
        for (const d of done) {
          const rest = new URL(d.url).pathname.replace(/^\/pagefind\//, '');
          const kind = rest.includes('/') ? rest.split('/')[0]! : rest.replace(/\.[0-9a-z_]+\.pf_meta$/, '.pf_meta');
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
        const what = [...kinds].map(([k, n]) => `${k}×${n}`).join(', ');
        return { requests: done.length, bytes: done.reduce((n, d) => n + d.bytes, 0), what };
      };
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

      await page.goto(`${site.server.url}/sok/`);
      await settled(page);
      const init = await phase();

      const timeQuery = async (q: string) => {
        await page.evaluate((query) => {
          const w = window as unknown as { kbTiming: { lastKey: number; rendered: number } };
          w.kbTiming = { lastKey: 0, rendered: 0 };
          document.getElementById('sok-felt')!.addEventListener('keydown', () => {
            w.kbTiming.lastKey = performance.now();
          });
          const status = document.getElementById('sok-status')!;
          new MutationObserver(() => {
            if (!w.kbTiming.rendered && status.textContent?.includes(`«${query}»`))
              w.kbTiming.rendered = performance.now();
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }, q);
        await page.focus('#sok-felt');
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(q, { delay: 60 });
        await settled(page, { q });
        const t = await page.evaluate(
          () => (window as unknown as { kbTiming: { lastKey: number; rendered: number } }).kbTiming,
        );
        return t.rendered - t.lastKey;
      };

      const first = 'nærvær';
      const ms1 = await timeQuery(first);
      const net1 = await phase();
      const second = 'brukerundersøkelse';
      const ms2 = await timeQuery(second);
      const net2 = await phase();

      console.log(
        [
          'Søkemåling (lokal server, ingen nettverksforsinkelse):',
          `  lasting av /sok/ (init): ${init.requests} forespørsler til /pagefind/, ${kb(init.bytes)} (${init.what})`,
          `  første søk «${first}»: ${net1.requests} forespørsler, ${kb(net1.bytes)} (${net1.what}); ${ms1.toFixed(0)} ms fra siste tast til treff (av dem 250 ms venting)`,
          `  andre søk «${second}»: ${net2.requests} forespørsler, ${kb(net2.bytes)} (${net2.what}); ${ms2.toFixed(0)} ms fra siste tast til treff`,
        ].join('\n'),
      );
      expect(ms1).toBeGreaterThan(0);
      expect(ms2).toBeGreaterThan(0);
      // The filter groups come with the page; no filter file is fetched until a group is used.
      for (const [name, net] of [
        ['lasting', init],
        ['første søk', net1],
        ['andre søk', net2],
      ] as const) {
        expect(net.what, `${name}: ingen filterfiler`).not.toContain('filter×');
      }
      await openGroup(page, 'fylke');
      await page.waitForFunction(() => !document.getElementById('sok-filtre')?.hasAttribute('aria-busy'));
      expect((await phase()).what, 'å åpne «Fylke» henter bare den gruppens fil').toBe('filter×1');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
