/**
 * Page budgets over the built site (scripts/lib/budgets.ts, also `npm run budgets`): every page's
 * HTML + CSS within 50 KB gzip, no JavaScript outside /sok/ and /admin/, images sized,
 * responsive, in a modern format and lazy below the fold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, formatKB, type Rule } from '../../scripts/lib/budgets';
import { checkDist } from '../../scripts/lib/budgets-dist';
import { DIST, htmlFiles, requireDist, urlOfFile, walk } from '../helpers/dist';
import { parseTags } from '../helpers/html';

requireDist();
const reports = checkDist(DIST);
const messages = (...rules: Rule[]) =>
  reports
    .flatMap((r) => r.violations)
    .filter((v) => rules.includes(v.rule))
    .map((v) => `${v.url}: ${v.message}`);

describe('sidebudsjett', () => {
  it('sjekker alle HTML-sidene', () => {
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.some((r) => r.url === '/')).toBe(true);
  });

  it(`hver side er høyst ${formatKB(DEFAULT_OPTIONS.maxPageBytes)} gzip med HTML og CSS`, () => {
    expect(messages('weight', 'css-missing')).toEqual([]);
  });

  it('ingen JavaScript utenom søkesiden og /admin/', () => {
    expect(messages('script')).toEqual([]);
  });

  it('bilder har størrelse, srcset, WebP/AVIF og lastes lat under bretten', () => {
    expect(
      reports.reduce((n, r) => n + r.images, 0),
      'nettstedet har bilder å sjekke',
    ).toBeGreaterThan(0);
    expect(messages('img-size', 'img-srcset', 'img-format', 'img-lazy')).toEqual([]);
  });
});

describe('Designsystemet-stiler', () => {
  // src/styles/designsystemet.css imports only the components in use; a template that starts
  // using another one must add its file there, or the component renders unstyled.
  it('hver ds-*-klasse i HTML og skript er definert i et stilark', () => {
    const css = walk(path.join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const used = new Map<string, string>();
    for (const file of htmlFiles()) {
      for (const tag of parseTags(readFileSync(file, 'utf8'))) {
        for (const cls of (tag.attrs.get('class') ?? '').split(/\s+/)) {
          if (cls.startsWith('ds-') && !used.has(cls)) used.set(cls, urlOfFile(file));
        }
      }
    }
    // Classes the search script adds to the results it renders.
    for (const file of walk(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/["'`\s](ds-[a-z-]+)/g)) {
        if (!used.has(m[1]!)) used.set(m[1]!, urlOfFile(file));
      }
    }
    expect(used.size).toBeGreaterThan(5);
    const undefinedClasses = [...used]
      .filter(([cls]) => !new RegExp(`\\.${cls}(?![\\w-])`).test(css))
      .map(([cls, where]) => `${cls} (${where})`);
    expect(undefinedClasses).toEqual([]);
  });
});
