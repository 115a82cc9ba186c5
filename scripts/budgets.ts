/**
 * Page budgets over a built site (issue 6): every page's HTML + CSS within 50 KB gzip, no
 * JavaScript outside /sok/ and /admin/, images sized, responsive, modern and lazy below the fold.
 *
 *   npm run budgets                          # checks dist/
 *   npm run budgets -- --dist bench/out-10000 --top 20
 *   npm run budgets -- --json bench/budgets.json
 *
 * Prints the heaviest pages (--top, default 15) and every violation, grouped by rule (--max-listed
 * N shows only the first N of each), and exits 1 when there is any. Options: --max-kb (budget,
 * default 50), --json <file> (the report as JSON). The rules are in scripts/lib/budgets.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, formatKB, formatTable, KB, summarize, type Rule, type Violation } from './lib/budgets';
import { checkDist } from './lib/budgets-dist';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
    top: { type: 'string', default: '15' },
    'max-kb': { type: 'string', default: String(DEFAULT_OPTIONS.maxPageBytes / KB) },
    'max-listed': { type: 'string' },
    json: { type: 'string' },
  },
});

const dist = path.resolve(values.dist);
const options = { ...DEFAULT_OPTIONS, maxPageBytes: Number(values['max-kb']) * KB };
const started = performance.now();
const reports = checkDist(dist, options, (done, total) => process.stderr.write(`  ${done}/${total} sider\r`));
const summary = summarize(reports, Number(values.top));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const totals = reports.map((r) => r.total).sort((a, b) => a - b);
const median = totals[Math.floor(totals.length / 2)] ?? 0;
console.log(`Sidebudsjett for ${dist}: ${summary.pages} HTML-sider sjekket på ${seconds} s.`);
console.log(
  `Budsjett: HTML + CSS ≤ ${formatKB(options.maxPageBytes)} gzip per side. Median ${formatKB(median)}, største ${formatKB(totals.at(-1) ?? 0)}.\n`,
);
console.log(`De ${summary.largest.length} tyngste sidene (gzip nivå 6):`);
console.log(formatTable(summary.largest));

if (values.json) {
  const file = path.resolve(values.json);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ dist, options: { ...options, scriptAllowed: [...options.scriptAllowed] }, pages: summary.pages, largest: summary.largest, violations: summary.violations }, null, 2)}\n`,
  );
  console.log(`\nSkrev ${path.relative(process.cwd(), file)}`);
}

if (summary.violations.length === 0) {
  console.log('\nIngen brudd.');
  process.exit(0);
}

const RULE_NAMES: Record<Rule, string> = {
  weight: 'for tung side',
  script: 'JavaScript utenfor tillatte sider',
  'css-missing': 'stilark som mangler',
  'img-size': 'bilde uten width/height',
  'img-srcset': 'bilde uten srcset',
  'img-format': 'bilde uten moderne format',
  'img-lazy': 'bilde som ikke lastes lat',
};
const byRule = new Map<Rule, Violation[]>();
for (const v of summary.violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
const limit = values['max-listed'] === undefined ? Infinity : Number(values['max-listed']);
console.log(`\n${summary.violations.length} brudd:`);
for (const [rule, list] of byRule) {
  console.log(`\n${RULE_NAMES[rule]} (${list.length}):`);
  for (const v of list.slice(0, limit)) console.log(`  ${v.url}: ${v.message}`);
  if (list.length > limit) console.log(`  … og ${list.length - limit} til (uten --max-listed vises alle)`);
}
process.exit(1);
