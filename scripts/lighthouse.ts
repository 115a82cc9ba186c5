/**
 * Lighthouse benchmark (issue 6): serves a built site with scripts/lib/static-server.ts (gzip,
 * like a host), runs Lighthouse 13 in a Chromium (scripts/lib/chromium.ts) on the home page, a project, a
 * municipality, /resultater/ and /sok/, as mobile (Lighthouse's default: Moto G Power,
 * simulated slow 4G) and desktop, prints the four category scores against the goals
 * (performance >= 95, accessibility, best practices and SEO = 100) with the audits that cost
 * points, and writes bench/lighthouse/results.json plus one full report per run.
 *
 *   npm run lighthouse
 *   npm run lighthouse -- --dist bench/out-demo --runs 3 --pages /,/sok/ --form-factors mobile
 *
 * A benchmark, not a test: performance scores vary with the machine's load (the script prints
 * `uptime`). With --runs N each page is measured N times and the median scores are reported.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import {
  CATEGORIES,
  categoryScores,
  formatScoreTable,
  lostPoints,
  medianScores,
  missedGoals,
  type LhrLike,
  type Row,
  type Scores,
} from './lib/lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './lib/chromium';
import { serveStatic } from './lib/static-server';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
    pages: { type: 'string' },
    'form-factors': { type: 'string', default: 'mobile,desktop' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/lighthouse' },
  },
});

const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`Fant ikke ${dist}/index.html: bygg nettstedet først.`);

/** The first detail page (og:type article) in a section, e.g. /prosjekter/<id>/. */
function firstArticle(section: string): string | undefined {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes('<meta property="og:type" content="article">'))
      return `/${section}/${name}/`;
  }
  return undefined;
}

const pages = values.pages
  ? values.pages.split(',')
  : ['/', firstArticle('prosjekter'), firstArticle('kommuner'), '/resultater/', '/sok/'].filter(
      (p): p is string => p !== undefined,
    );
const formFactors = values['form-factors'].split(',') as Row['formFactor'][];
const runs = Number(values.runs);
const outDir = path.resolve(values.out);
mkdirSync(path.join(outDir, 'reports'), { recursive: true });

console.log(`Lighthouse på ${dist}: ${pages.join(', ')}; ${formFactors.join(' og ')}; ${runs} runde(r) per side.`);
console.log(
  `Last før start: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${os.cpus().length} kjerner)\n`,
);

const server = await serveStatic(dist);
const browser = await findChromium(); // CHROMIUM_PATH, installed, Playwright's cache or @sparticuz/chromium
const chrome = await chromeLauncher.launch({
  chromePath: browser.executablePath,
  envVars: { ...process.env, ...browser.env },
  chromeFlags: [...CHROMIUM_FLAGS],
});

interface Result extends Row {
  runs: Scores[];
  lost: Partial<Record<(typeof CATEGORIES)[number], ReturnType<typeof lostPoints>>>;
  metrics: Record<string, number | undefined>;
  warnings: string[];
}
const results: Result[] = [];
try {
  for (const formFactor of formFactors) {
    for (const page of pages) {
      const scores: Scores[] = [];
      let last: LhrLike | undefined;
      let metrics: Record<string, number | undefined> = {};
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(
          server.url + page,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse ga ikke noe resultat for ${page}`);
        const lhr = result.lhr as unknown as LhrLike;
        if (lhr.runtimeError)
          throw new Error(`${page} (${formFactor}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        scores.push(categoryScores(lhr));
        last = lhr;
        const a = result.lhr.audits;
        metrics = {
          fcp: a['first-contentful-paint']?.numericValue,
          lcp: a['largest-contentful-paint']?.numericValue,
          tbt: a['total-blocking-time']?.numericValue,
          cls: a['cumulative-layout-shift']?.numericValue,
          si: a['speed-index']?.numericValue,
        };
        const name = `${page === '/' ? 'forside' : page.replace(/^\/|\/$/g, '').replace(/\//g, '_')}-${formFactor}-${run}.json`;
        writeFileSync(
          path.join(outDir, 'reports', name),
          typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr),
        );
      }
      const med = medianScores(scores);
      const lost: Result['lost'] = {};
      for (const c of missedGoals(med)) lost[c] = lostPoints(last!, c);
      results.push({ page, formFactor, scores: med, runs: scores, lost, metrics, warnings: last!.runWarnings ?? [] });
      const ms = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);
      console.log(
        `${formFactor.padEnd(7)} ${page}: ${CATEGORIES.map((c) => med[c] ?? '–').join(' / ')}  (FCP ${ms(metrics.fcp)}, LCP ${ms(metrics.lcp)}, TBT ${ms(metrics.tbt)}, CLS ${metrics.cls?.toFixed(3) ?? '–'})`,
      );
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(`\n${formatScoreTable(results)}\n`);
let missed = 0;
for (const r of results) {
  for (const [category, audits] of Object.entries(r.lost)) {
    missed++;
    console.log(`${r.page} (${r.formFactor}) ${category} ${r.scores[category as keyof Scores]}:`);
    for (const a of audits.slice(0, 6))
      console.log(`  - ${a.title} [${a.id}] ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
}
if (missed === 0) console.log('Alle sider når målene.');
console.log(
  `Last etter: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const file = path.join(outDir, 'results.json');
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), dist, loadavg: os.loadavg(), cpus: os.cpus().length, runs, results }, null, 2)}\n`,
);
console.log(
  `Skrev ${path.relative(process.cwd(), file)} og rapportene i ${path.relative(process.cwd(), path.join(outDir, 'reports'))}/`,
);
