/**
 * Search benchmark: builds the site at one or more content sizes and measures what /sok/ costs
 * in a real browser (bytes fetched, time to results), and what the build costs.
 *
 *   tsx scripts/bench-search.ts                      # sizes demo and 10000
 *   tsx scripts/bench-search.ts --sizes demo,1000 --runs 3
 *
 * For each size: "demo" is src/content as it is; a number N is src/content plus N synthetic
 * projects written to bench/content-N by scripts/generate-projects.ts' generator. The site is
 * built into bench/out-<size> with its own cache bench/cache-<size> (emptied first, so every
 * build is cold), the build log kept in bench/build-<size>.log. The output is served by a small
 * static server (gzip for text files, as a web host would) and /sok/ is opened in Chromium:
 *
 * - first query: a fresh browser context (empty cache) loads /sok/, waits until search is ready,
 *   and types the query. Reported: Pagefind bytes while the page loads (Pagefind's JS, wasm,
 *   metadata and the filter files the page asks for up front) plus those the query fetched.
 * - further query: on a page that has already searched (for a warm-up word), the query is typed
 *   again into the same field.
 * - sorted query: the first query (--sorted-query, default «nærvær») once more on /sok/ opened
 *   with ?sortering=<--sort> (default nyest), which also fetches the site's order file.
 * Each measurement is repeated --runs times (default 3) and the medians are reported.
 *
 * Writes bench/search-results.json (all runs and medians) and prints a table. Options:
 * --sizes, --runs, --queries (comma-separated), --stop (stop-word queries), --warmup,
 * --sorted-query ('' to leave it out), --sort, --seed, --skip-build (reuse bench/out-<size> from
 * an earlier run), --warm (keep the build cache), --no-gzip, --json <file>, --dir <folder> (for
 * content, output, caches and logs instead of bench/), --content <folder> (use this content for
 * the numeric size instead of generating it; it must hold what the generator wrote).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { buildSite, folderSize, pagefindOnDisk, projectNode, readBuildLog, type BuildResult } from './lib/build-site';
import { generateContent } from './lib/generate-content';
import { findChromium } from './lib/chromium';
import { launch, openSearchPage, type Bytes, type QueryMeasure } from './lib/search-probe';
import { serveStatic } from './lib/static-server';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'demo,10000' },
    runs: { type: 'string', default: '3' },
    queries: { type: 'string', default: 'nærvær,hjemmetjeneste,turnus,brukerundersøkelse,barnehage' },
    stop: { type: 'string', default: 'og' },
    warmup: { type: 'string', default: 'kvalitet' },
    seed: { type: 'string', default: '2007' },
    'skip-build': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    'no-gzip': { type: 'boolean', default: false },
    json: { type: 'string', default: 'bench/search-results.json' },
    'sorted-query': { type: 'string', default: 'nærvær' },
    sort: { type: 'string', default: 'nyest' },
    dir: { type: 'string', default: 'bench' },
    content: { type: 'string' },
  },
});

const sizes = values.sizes
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const runs = Math.max(1, Number(values.runs));
const typical = values.queries
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const stop = values.stop
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
/** A measured case: a query, typed on /sok/ opened with `search` (e.g. ?sortering=nyest). */
interface Case {
  q: string;
  stopWord: boolean;
  search: string;
  label: string;
}
const cases: Case[] = [
  ...typical.map((q) => ({ q, stopWord: false, search: '', label: q })),
  ...stop.map((q) => ({ q, stopWord: true, search: '', label: `${q} (stop word)` })),
  ...(values['sorted-query']
    ? [
        {
          q: values['sorted-query'],
          stopWord: false,
          search: `?sortering=${values.sort}`,
          label: `${values['sorted-query']} (${values.sort})`,
        },
      ]
    : []),
];
const gzip = !values['no-gzip'];
const browserFound = await findChromium();

/** Goals at the largest size: bytes after the page itself and time after the last byte. */
const GOALS = { typicalBytes: 200_000, stopBytes: 300_000, afterLastByteMs: 150 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;

function log(text: string) {
  console.log(`[bench] ${text}`);
}

/** Medians of every number in a list of like-shaped measures (nested byKind included). */
function medianBytes(list: Bytes[]): Bytes {
  const kinds = new Set(list.flatMap((b) => Object.keys(b.byKind)));
  const byKind: Bytes['byKind'] = {};
  const requestsByKind: Bytes['requestsByKind'] = {};
  for (const k of kinds) {
    byKind[k as keyof Bytes['byKind']] = median(list.map((b) => b.byKind[k as keyof Bytes['byKind']] ?? 0));
    requestsByKind[k as keyof Bytes['byKind']] = median(
      list.map((b) => b.requestsByKind[k as keyof Bytes['byKind']] ?? 0),
    );
  }
  return {
    pagefind: median(list.map((b) => b.pagefind)),
    pagefindRequests: median(list.map((b) => b.pagefindRequests)),
    page: median(list.map((b) => b.page)),
    pageScript: median(list.map((b) => b.pageScript)),
    byKind,
    requestsByKind,
    lastPagefindByteAt: 0,
  };
}

interface QuerySummary {
  query: string;
  label: string;
  /** The search page's URL query when the page was opened (a sort), or ''. */
  search: string;
  stopWord: boolean;
  hits: string;
  first: {
    /** Pagefind bytes for load + first query: what search costs after the page itself. */
    pagefindTotal: number;
    pagefindOnLoad: number;
    pagefindForQuery: number;
    requests: number;
    byKind: Bytes['byKind'];
    fromKeystrokeMs: number;
    fromSearchStartMs: number;
    afterLastByteMs: number;
    domFromSearchStartMs: number;
    computeMs: number;
  };
  next: {
    pagefind: number;
    requests: number;
    byKind: Bytes['byKind'];
    fromKeystrokeMs: number;
    fromSearchStartMs: number;
    afterLastByteMs: number;
    domFromSearchStartMs: number;
    computeMs: number;
  };
}

function addKinds(a: Bytes['byKind'], b: Bytes['byKind']): Bytes['byKind'] {
  const out: Bytes['byKind'] = { ...a };
  for (const [k, v] of Object.entries(b))
    out[k as keyof Bytes['byKind']] = (out[k as keyof Bytes['byKind']] ?? 0) + (v ?? 0);
  return out;
}

function pagefindOnly(kinds: Bytes['byKind']): Bytes['byKind'] {
  return Object.fromEntries(Object.entries(kinds).filter(([k]) => !k.startsWith('page '))) as Bytes['byKind'];
}

async function measureSearch(outDir: string) {
  const server = await serveStatic(outDir, { gzip });
  const browser = await launch(browserFound);
  const raw: { first: { load: Bytes; readyMs: number; q: QueryMeasure }[]; next: QueryMeasure[] }[] = cases.map(() => ({
    first: [],
    next: [],
  }));
  try {
    for (let run = 1; run <= runs; run++) {
      // First query on a fresh page, once per case.
      for (const [i, c] of cases.entries()) {
        const s = await openSearchPage(browser, server.url, c.search);
        const m = await s.query(c.q);
        raw[i]!.first.push({ load: s.load.bytes, readyMs: s.load.readyMs, q: m });
        await s.close();
        log(
          `  run ${run} first «${c.label}»: ${kB(s.load.bytes.pagefind + m.bytes.pagefind)} Pagefind, ${ms(m.fromSearchStartMs)} from search start (${m.status})`,
        );
      }
      // Further queries on one page per URL query, after a warm-up search.
      for (const search of [...new Set(cases.map((c) => c.search))]) {
        const s = await openSearchPage(browser, server.url, search);
        await s.query(values.warmup);
        for (const [i, c] of cases.entries()) {
          if (c.search !== search) continue;
          const m = await s.query(c.q);
          raw[i]!.next.push(m);
          log(
            `  run ${run} next  «${c.label}»: ${kB(m.bytes.pagefind)} Pagefind, ${ms(m.fromSearchStartMs)} from search start`,
          );
        }
        await s.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const loads = raw.flatMap((r) => r.first.map((f) => f.load));
  const load = medianBytes(loads);
  const summaries: QuerySummary[] = cases.map((c, i) => {
    const r = raw[i]!;
    const firstTotal = r.first.map((f) => f.load.pagefind + f.q.bytes.pagefind);
    const firstKinds = medianKinds(r.first.map((f) => pagefindOnly(addKinds(f.load.byKind, f.q.bytes.byKind))));
    return {
      query: c.q,
      label: c.label,
      search: c.search,
      stopWord: c.stopWord,
      hits: r.first[0]?.q.status ?? '',
      first: {
        pagefindTotal: median(firstTotal),
        pagefindOnLoad: median(r.first.map((f) => f.load.pagefind)),
        pagefindForQuery: median(r.first.map((f) => f.q.bytes.pagefind)),
        requests: median(r.first.map((f) => f.load.pagefindRequests + f.q.bytes.pagefindRequests)),
        byKind: firstKinds,
        fromKeystrokeMs: median(r.first.map((f) => f.q.fromKeystrokeMs)),
        fromSearchStartMs: median(r.first.map((f) => f.q.fromSearchStartMs)),
        afterLastByteMs: median(r.first.map((f) => f.q.afterLastByteMs)),
        domFromSearchStartMs: median(r.first.map((f) => f.q.domFromSearchStartMs)),
        computeMs: median(r.first.map((f) => f.q.computeMs)),
      },
      next: {
        pagefind: median(r.next.map((m) => m.bytes.pagefind)),
        requests: median(r.next.map((m) => m.bytes.pagefindRequests)),
        byKind: medianKinds(r.next.map((m) => pagefindOnly(m.bytes.byKind))),
        fromKeystrokeMs: median(r.next.map((m) => m.fromKeystrokeMs)),
        fromSearchStartMs: median(r.next.map((m) => m.fromSearchStartMs)),
        afterLastByteMs: median(r.next.map((m) => m.afterLastByteMs)),
        domFromSearchStartMs: median(r.next.map((m) => m.domFromSearchStartMs)),
        computeMs: median(r.next.map((m) => m.computeMs)),
      },
    };
  });
  return {
    page: {
      bytes: load.page,
      scriptBytes: load.pageScript,
      byKind: Object.fromEntries(Object.entries(load.byKind).filter(([k]) => k.startsWith('page '))),
      pagefindOnLoad: load.pagefind,
      pagefindOnLoadByKind: pagefindOnly(load.byKind),
      readyMs: median(raw.flatMap((r) => r.first.map((f) => f.readyMs))),
    },
    queries: summaries,
    raw: raw.map((r, i) => ({ query: cases[i]!.q, search: cases[i]!.search, ...r })),
  };
}

function medianKinds(list: Bytes['byKind'][]): Bytes['byKind'] {
  const kinds = new Set(list.flatMap((k) => Object.keys(k)));
  return Object.fromEntries([...kinds].map((k) => [k, median(list.map((x) => x[k as keyof Bytes['byKind']] ?? 0))]));
}

function version(cmd: string, args: string[], env: Record<string, string> = {}): string {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, ...env },
    }).trim();
  } catch {
    return 'unknown';
  }
}

function pkgVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main() {
  mkdirSync(values.dir, { recursive: true });
  const results: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const label = size === 'demo' ? 'demo' : String(Number(size));
    if (label !== 'demo' && !(Number(label) > 0))
      throw new Error(`Ukjent størrelse «${size}»; bruk demo eller et tall`);
    const given = label !== 'demo' ? values.content : undefined;
    const contentDir = label === 'demo' ? 'src/content' : (given ?? path.join(values.dir, `content-${label}`));
    const outDir = path.join(values.dir, `out-${label}`);
    const cacheDir = path.join(values.dir, `cache-${label}`);
    const logFile = path.join(values.dir, `build-${label}.log`);
    let generated: ReturnType<typeof generateContent> | undefined;

    let build: (Pick<BuildResult, 'index' | 'pagesBuilt'> & { wallSeconds: number | null }) | null;
    if (values['skip-build']) {
      if (!existsSync(path.join(outDir, 'pagefind'))) throw new Error(`--skip-build: fant ikke ${outDir}/pagefind`);
      const parsed = readBuildLog(logFile);
      const previous = existsSync(values.json)
        ? (JSON.parse(readFileSync(values.json, 'utf8')) as {
            sizes?: { label: string; build?: { wallSeconds?: number } }[];
          })
        : undefined;
      build = parsed && {
        ...parsed,
        wallSeconds: previous?.sizes?.find((s) => s.label === label)?.build?.wallSeconds ?? null,
      };
      log(`${label}: bruker bygget i ${outDir} (--skip-build)`);
    } else {
      if (given) {
        if (!existsSync(path.join(given, 'prosjekter'))) throw new Error(`--content: fant ikke ${given}/prosjekter`);
        log(`${label}: bruker innholdet i ${given} (--content), genererer ikke`);
      } else if (label !== 'demo') {
        generated = generateContent({
          source: 'src/content',
          out: contentDir,
          count: Number(label),
          seed: Number(values.seed),
        });
        log(
          `${label}: skrev ${contentDir} (${generated.projects} syntetiske prosjekter) på ${(generated.ms / 1000).toFixed(1)} s`,
        );
      }
      log(`${label}: bygger ${contentDir} -> ${outDir} (logg: ${logFile}) ...`);
      const b = await buildSite({ contentDir, outDir, cacheDir, logFile, warm: values.warm });
      if (b.exitCode !== 0) {
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
        throw new Error(`Bygget for ${label} feilet (kode ${b.exitCode}); slutten av ${logFile}:\n${tail}`);
      }
      build = b;
      log(`${label}: bygget på ${b.wallSeconds.toFixed(1)} s, søkeindeks ${b.index?.seconds ?? '?'} s`);
    }

    const dist = folderSize(outDir);
    const pagefind = folderSize(path.join(outDir, 'pagefind'));
    const onDisk = pagefindOnDisk(path.join(outDir, 'pagefind'));
    log(`${label}: måler /sok/ i Chromium (${runs} runder) ...`);
    const loadBefore = os.loadavg()[0]!;
    const search = await measureSearch(outDir);
    const loadAfter = os.loadavg()[0]!;
    results.push({
      label,
      contentDir,
      syntheticProjects: label === 'demo' ? 0 : Number(label),
      generatorMs: generated?.ms,
      build: build && {
        wallSeconds: build.wallSeconds,
        pagesBuilt: build.pagesBuilt,
        pagefindSeconds: build.index?.seconds ?? null,
        pagesRead: build.index?.pagesRead ?? null,
        pagesIndexed: build.index?.pagesIndexed ?? null,
      },
      dist,
      pagefind: { ...pagefind, byKind: onDisk },
      search,
      /** 1-minute load average before and after the browser measurements (other work slows timings). */
      loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadAfter.toFixed(2)) },
    });
  }

  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: version(projectNode(), ['--version']),
      chromium: `${version(browserFound.executablePath, ['--version'], browserFound.env)} (${browserFound.source})`,
      astro: pkgVersion('astro'),
      pagefind: pkgVersion('pagefind'),
    },
    options: {
      sizes,
      runs,
      typical,
      stop,
      sorted: values['sorted-query'] ? { query: values['sorted-query'], sort: values.sort } : null,
      warmup: values.warmup,
      gzip,
      seed: Number(values.seed),
      warmBuild: values.warm,
      content: values.content ?? null,
    },
    notes: [
      'Bytes are CDP Network.loadingFinished encodedDataLength (body as sent plus HTTP headers), page and Pagefind web worker.',
      'first.pagefindTotal = Pagefind bytes while /sok/ loads + bytes the first query fetched, on a fresh browser context.',
      'Times are medians over runs; fromSearchStartMs starts when the 250 ms debounce fires; afterLastByteMs starts at the last Pagefind byte of that search.',
      'kB = 1000 bytes.',
    ],
    goals: GOALS,
    sizes: results,
  };
  mkdirSync(path.dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  printTables(report.sizes as unknown as SizeReport[]);
  console.log(`\nSkrev ${values.json}`);
}

interface SizeReport {
  label: string;
  build: {
    wallSeconds: number | null;
    pagefindSeconds: number | null;
    pagesRead: number | null;
    pagesIndexed: number | null;
  } | null;
  dist: { files: number; bytes: number };
  pagefind: { files: number; bytes: number; byKind: Record<string, { files: number; bytes: number; largest: number }> };
  search: Awaited<ReturnType<typeof measureSearch>>;
  loadAverage: { before: number; after: number };
}

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map(
      (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`,
    )
    .join('\n');
}

const KIND_ORDER = [
  'pagefind.js',
  'worker.js',
  'entry',
  'wasm',
  'pf_meta',
  'filter',
  'index',
  'fragment',
  'sort order',
] as const;

function printTables(sizesOut: SizeReport[]) {
  console.log('\nBuild and index');
  console.log(
    table([
      ['size', 'build', 'Pagefind index', 'pages indexed', 'dist files', 'pagefind files', 'pagefind bytes'],
      ...sizesOut.map((s) => [
        s.label,
        s.build?.wallSeconds != null ? `${s.build.wallSeconds.toFixed(1)} s` : '?',
        s.build?.pagefindSeconds != null ? `${s.build.pagefindSeconds.toFixed(1)} s` : '?',
        String(s.build?.pagesIndexed ?? '?'),
        String(s.dist.files),
        String(s.pagefind.files),
        kB(s.pagefind.bytes),
      ]),
    ]),
  );
  for (const s of sizesOut) {
    const p = s.search.page;
    console.log(
      `\n${s.label}: page itself ${kB(p.bytes)} (script ${kB(p.scriptBytes)}), Pagefind on load ${kB(p.pagefindOnLoad)} ` +
        `(${KIND_ORDER.filter((k) => p.pagefindOnLoadByKind[k])
          .map((k) => `${k} ${kB(p.pagefindOnLoadByKind[k]!)}`)
          .join(', ')}), search ready after ${ms(p.readyMs)}; ` +
        `load average ${s.loadAverage.before} -> ${s.loadAverage.after} on ${os.cpus().length} CPUs`,
    );
    console.log(
      table([
        [
          'query',
          'hits',
          'first: Pagefind total',
          'of which query',
          'index',
          'fragments',
          'sort order',
          'keystroke→screen',
          'search start→screen',
          'Pagefind compute',
          'last byte→screen',
          'next: Pagefind',
          'next: start→screen',
          'next: compute',
          'next: last byte→screen',
        ],
        ...s.search.queries.map((q) => [
          q.label,
          (/^([\d\s\u00a0]+) treff/.exec(q.hits)?.[1] ?? '?').replace(/\s/g, ' '),
          kB(q.first.pagefindTotal),
          kB(q.first.pagefindForQuery),
          kB(q.first.byKind.index ?? 0),
          kB(q.first.byKind.fragment ?? 0),
          kB(q.first.byKind['sort order'] ?? 0),
          ms(q.first.fromKeystrokeMs),
          ms(q.first.fromSearchStartMs),
          ms(q.first.computeMs),
          ms(q.first.afterLastByteMs),
          kB(q.next.pagefind),
          ms(q.next.fromSearchStartMs),
          ms(q.next.computeMs),
          ms(q.next.afterLastByteMs),
        ]),
      ]),
    );
  }
  const largest = sizesOut.filter((s) => s.label !== 'demo').at(-1) ?? sizesOut.at(-1);
  if (!largest) return;
  console.log(`\nGoals at ${largest.label}:`);
  for (const q of largest.search.queries) {
    const limit = q.stopWord ? GOALS.stopBytes : GOALS.typicalBytes;
    const bytesOk = q.first.pagefindTotal <= limit;
    const timeOk = q.first.afterLastByteMs <= GOALS.afterLastByteMs;
    console.log(
      `  «${q.label}»: ${kB(q.first.pagefindTotal)} ${bytesOk ? '<=' : '>'} ${kB(limit)} ${bytesOk ? 'OK' : 'OVER'}; ` +
        `${ms(q.first.afterLastByteMs)} after last byte ${timeOk ? 'OK' : 'OVER'} (${ms(q.first.fromSearchStartMs)} from search start, ` +
        `of which ${ms(q.first.computeMs)} Pagefind computing with nothing in flight; ${ms(q.first.fromKeystrokeMs)} from keystroke)`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
