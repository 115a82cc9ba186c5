/**
 * Build benchmark: builds the site with 1,000, 5,000 and 10,000 synthetic projects (the demo
 * content plus scripts/generate-projects.ts output) and, as the framework's floor, a bare
 * Astro site with the same number of pages (one glob collection of plain Markdown, one
 * route). Every build starts with an empty cache. Prints a table and writes
 * bench/build-bench.json.
 *
 *   npm run bench                                  # 1000,5000,10000, 3 runs each (~20-30 min)
 *   npm run bench -- --sizes 1000 --runs 1         # quick
 *   npm run bench -- --no-floor                    # our builds only
 *
 * Figures: wall time, pages per second (pages Astro reports / wall), peak RSS of the largest
 * process (/usr/bin/time -v) and of the whole process tree (Astro plus Pagefind, sampled), size
 * of dist/ and of dist/pagefind, the phases from the build log (content check, content sync,
 * bundling, rendering, images, Pagefind), and our time as a ratio to the floor: the ratio of the
 * medians, and the median of each run's ratio to the floor run built right after it (the two
 * alternate). Medians of the runs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './lib/generate-content';
import { folderSize, parseBuildLog } from './lib/build-site';
import { median, parsePhases, projectBodies, timedBuild, writeFloorSite, type Phases } from './lib/build-bench';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '3' },
    'floor-runs': { type: 'string' },
    'no-floor': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const runs = Number(values.runs);
const floorRuns = Number(values['floor-runs'] ?? values.runs);
const BENCH = path.resolve('bench');
mkdirSync(BENCH, { recursive: true });

interface Run {
  wallSeconds: number;
  peakRssBytes: number | null;
  /** Sum of the resident memory of the build and its child processes, sampled every 200 ms. */
  peakTreeRssBytes: number | null;
  /** User plus system CPU seconds of the build and its children (GNU time). */
  cpuSeconds: number | null;
  pagesBuilt: number | null;
  pagesIndexed?: number | null;
  phases?: Phases;
}

interface SizeResult {
  projects: number;
  ours: Run[];
  floor: Run[];
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  pagesIndexed: number | null;
}

const MB = 1e6;
const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const med = (xs: (number | null | undefined)[]) => median(xs.filter((x): x is number => typeof x === 'number'));

async function buildOurs(size: number, contentDir: string, run: number): Promise<Run> {
  const out = path.join(BENCH, `out-${size}`);
  const cache = path.join(BENCH, `cache-${size}`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const b = await timedBuild(
    '.',
    { KB_CONTENT_DIR: path.relative(process.cwd(), contentDir), KB_OUT_DIR: out, KB_CACHE_DIR: cache },
    path.join(BENCH, `build-${size}-${run}.log`),
  );
  if (b.exitCode !== 0) throw new Error(`Bygget med ${size} prosjekter feilet (se bench/build-${size}-${run}.log)`);
  const parsed = parseBuildLog(b.log);
  return {
    wallSeconds: b.wallSeconds,
    peakRssBytes: b.peakRssBytes,
    peakTreeRssBytes: b.peakTreeRssBytes,
    cpuSeconds: b.cpuSeconds,
    pagesBuilt: parsed.pagesBuilt,
    pagesIndexed: parsed.index?.pagesIndexed ?? null,
    phases: parsePhases(b.log),
  };
}

async function buildFloor(size: number, pages: number, bodies: string[], run: number): Promise<Run> {
  const dir = path.join(BENCH, `floor-${size}`);
  if (run === 1) writeFloorSite(dir, pages, bodies);
  const out = path.join(dir, 'dist');
  const cache = path.join(dir, '.astro-cache');
  rmSync(cache, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
  const b = await timedBuild(
    dir,
    { KB_OUT_DIR: out, KB_CACHE_DIR: cache },
    path.join(BENCH, `floor-${size}-${run}.log`),
  );
  if (b.exitCode !== 0) throw new Error(`Gulvbygget med ${pages} sider feilet (se bench/floor-${size}-${run}.log)`);
  return {
    wallSeconds: b.wallSeconds,
    peakRssBytes: b.peakRssBytes,
    peakTreeRssBytes: b.peakTreeRssBytes,
    cpuSeconds: b.cpuSeconds,
    pagesBuilt: parseBuildLog(b.log).pagesBuilt,
  };
}

const results: SizeResult[] = [];
for (const size of sizes) {
  const contentDir = path.join(BENCH, `content-${size}`);
  const g = generateContent({ source: 'src/content', out: contentDir, count: size });
  console.log(
    `Innhold: ${g.projects} syntetiske prosjekter i ${path.relative(process.cwd(), contentDir)} (${Math.round(g.ms)} ms).`,
  );
  // Our builds and the floor's take turns (ours, floor, ours, floor, ...): this machine's speed
  // drifts by a third over minutes (the same build's CPU time went from 85 to 116 s in three
  // consecutive runs), so each of our runs is compared with the floor run next to it.
  const ours: Run[] = [];
  const floor: Run[] = [];
  const withFloor = !values['no-floor'];
  const bodies = withFloor ? projectBodies(contentDir) : [];
  for (let r = 1; r <= Math.max(runs, withFloor ? floorRuns : 0); r++) {
    if (r <= runs) {
      const run = await buildOurs(size, contentDir, r);
      ours.push(run);
      console.log(
        `  vårt bygg ${size}, kjøring ${r}: ${fmt(run.wallSeconds)} s (CPU ${fmt(run.cpuSeconds)} s), ${run.pagesBuilt} sider, topp ${fmt((run.peakRssBytes ?? NaN) / MB, 0)} MB (prosesstre ${fmt((run.peakTreeRssBytes ?? NaN) / MB, 0)} MB), last ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
    if (withFloor && r <= floorRuns) {
      const pages = ours[0]?.pagesBuilt ?? size;
      const run = await buildFloor(size, pages, bodies, r);
      floor.push(run);
      console.log(
        `  gulv ${pages} sider, kjøring ${r}: ${fmt(run.wallSeconds)} s (CPU ${fmt(run.cpuSeconds)} s), topp ${fmt((run.peakRssBytes ?? NaN) / MB, 0)} MB, last ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
  }
  if (withFloor && !values.keep) rmSync(path.join(BENCH, `floor-${size}`), { recursive: true, force: true });
  const out = path.join(BENCH, `out-${size}`);
  const dist = folderSize(out);
  const pf = folderSize(path.join(out, 'pagefind'));
  results.push({
    projects: size,
    ours,
    floor,
    distBytes: dist.bytes,
    distFiles: dist.files,
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
    pagesIndexed: ours[0]?.pagesIndexed ?? null,
  });
}

// Table
const rows = results.map((r) => {
  const wall = med(r.ours.map((x) => x.wallSeconds));
  const pages = r.ours[0]?.pagesBuilt ?? null;
  const floor = r.floor.length ? med(r.floor.map((x) => x.wallSeconds)) : NaN;
  // Each run against the floor run next to it (see above); the median of those ratios.
  const paired = r.ours.slice(0, r.floor.length).map((x, i) => x.wallSeconds / r.floor[i]!.wallSeconds);
  return { r, wall, pages, floor, ratio: wall / floor, pairedRatio: paired.length ? median(paired) : NaN, paired };
});
const first = rows[0];
console.log(
  '\n| projects | pages | build (median) | pages/s | peak RSS (largest process / process tree) | dist/ | files | pagefind/ | Pagefind write | floor (same pages) | ratio of medians | ratio, paired runs (median) | time ÷ first size |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { r, wall, pages, floor, ratio, pairedRatio } of rows) {
  const rss = med(r.ours.map((x) => x.peakRssBytes));
  const treeRss = med(r.ours.map((x) => x.peakTreeRssBytes));
  const pfTime = med(r.ours.map((x) => x.phases?.searchIndex));
  console.log(
    `| ${r.projects.toLocaleString('en-GB')} | ${pages?.toLocaleString('en-GB') ?? '–'} | ${fmt(wall)} s | ${fmt(pages ? pages / wall : NaN, 0)} | ${fmt(rss / MB, 0)} / ${fmt(treeRss / MB, 0)} MB | ${fmt(r.distBytes / MB)} MB | ${r.distFiles.toLocaleString('en-GB')} | ${fmt(r.pagefindBytes / MB)} MB | ${fmt(pfTime)} s | ${fmt(floor)} s | ${fmt(ratio, 2)} | ${fmt(pairedRatio, 2)} | ${first ? fmt(wall / first.wall, 2) : '–'} |`,
  );
}
console.log('\nPhases (median seconds):');
console.log(
  'Content check runs before the content sync, Pagefind reads pages while they are rendered and writes the index while Astro renders the listing pages and optimises images; "build waited" is its cost to the build.',
);
console.log(
  '| projects | content check | content sync | bundle | render routes | images | Pagefind write | build waited for Pagefind |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { r } of rows) {
  const p = (k: keyof Phases) => fmt(med(r.ours.map((x) => x.phases?.[k])));
  console.log(
    `| ${r.projects.toLocaleString('en-GB')} | ${p('contentCheck')} | ${p('contentSync')} | ${p('bundle')} | ${p('routes')} | ${p('images')} | ${p('searchIndex')} | ${p('searchIndexWait')} |`,
  );
}

const file = path.join(BENCH, 'build-bench.json');
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryBytes: os.totalmem(),
        node: process.versions.node,
      },
      runs,
      floorRuns,
      results: rows.map(({ r, wall, floor, ratio, pairedRatio, paired }) => ({
        ...r,
        medianWallSeconds: wall,
        medianFloorSeconds: floor,
        ratio,
        pairedRatios: paired,
        medianPairedRatio: pairedRatio,
      })),
    },
    null,
    2,
  ),
);
console.log(`\nSkrev ${path.relative(process.cwd(), file)}.`);
