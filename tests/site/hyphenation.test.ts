/**
 * Long Norwegian compounds break with a visible hyphen on a 320 px phone, never
 * «Kvalitetskommuneprogramm|et»: for every page type, every line break inside a word of a
 * heading (h1-h3 in <main>, the site's tagline) or a paragraph in <main> must fall where the text
 * has a soft hyphen
 * (U+00AD, which the browser draws as «-» at the end of the line). The lines are found from the
 * boxes of the letters (Range.getClientRects per character). A web address may break anywhere.
 */
import { describe, expect, it } from 'vitest';
import { openPage, SCREENS } from '../helpers/browser';
import { samplePages } from '../helpers/dist';
import { servedSite } from '../helpers/site';

const site = servedSite();
const pages = samplePages().filter((p) => p.path !== undefined);
const phone = SCREENS.find((s) => s.width === 320)!;

/** Headings and paragraphs whose words must not break without a hyphen. */
const HEADINGS = 'main h1, main h2, main h3, main p, .site-header__tagline';

describe(`orddeling i overskrifter og avsnitt ved ${phone.width}x${phone.height}`, () => {
  for (const { name, path, status } of pages) {
    it(`${name} (${path}): et ord brytes bare der det står en bindestrek`, async () => {
      const opened = await openPage(site.browser, site.server.url, path!, { ...phone, expectStatus: status });
      try {
        const bad = await opened.page.evaluate((selector) => {
          const out: string[] = [];
          const letter = /[\p{L}\p{N}]/u;
          for (const heading of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
            if (heading.getClientRects().length === 0) continue; // not shown (closed <details>, hidden)
            // The heading's characters in order, with the box of each visible one.
            const chars: { ch: string; box: DOMRect | undefined }[] = [];
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (let i = 0; i < text.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                // The last box: a letter right after a soft hyphen where the line broke also gets
                // the box of the drawn hyphen, at the end of the line before.
                const box = Array.from(range.getClientRects())
                  .filter((r) => r.width > 0)
                  .at(-1);
                chars.push({ ch: text[i]!, box });
              }
            }
            for (let i = 0; i < chars.length; i++) {
              const a = chars[i]!;
              if (!letter.test(a.ch) || !a.box) continue;
              // The next letter, past any soft hyphens.
              let j = i + 1;
              let soft = false;
              while (j < chars.length && chars[j]!.ch === '\u00AD') {
                soft = true;
                j++;
              }
              const b = chars[j];
              if (!b || !letter.test(b.ch) || !b.box) continue;
              const newLine = b.box.top >= a.box.bottom - a.box.height / 2;
              if (newLine && !soft) {
                const text = chars.map((c) => c.ch).join('');
                // The whole token around the break: a web or e-mail address or a path breaks anywhere.
                const token = text.slice(0, i + 1).match(/\S*$/)![0] + text.slice(j).match(/^\S*/)![0];
                if (/:\/\/|^www\.|@|\/|\p{L}\.\p{L}/iu.test(token)) continue;
                const word = (s: string) => s.replace(/\u00AD/g, '');
                const start = text.slice(0, i + 1).search(/[\p{L}\p{N}\u00AD]+$/u);
                const end = j + (text.slice(j).search(/[^\p{L}\p{N}\u00AD]/u) + 1 || text.length - j + 1) - 1;
                out.push(`«${word(text.slice(start, i + 1))}|${word(text.slice(j, end))}» i «${word(text).trim()}»`);
              }
            }
          }
          return out;
        }, HEADINGS);
        expect(bad, bad.join('\n')).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
