/**
 * Paired A/B build benchmark: builds two checkouts of this repository (say main and a branch)
 * on the same generated content, taking turns (A B, B A, A B, ...) so that the machine's drift
 * falls on both alike, and prints each build, the medians and the median of the paired
 * differences. Every build starts with an empty cache and runs in its checkout's own folder
 * with its own node_modules.
 *
 *   npx tsx scripts/bench-ab.ts --a /tmp/main-checkout --b . --projects 10000 --pairs 3
 *
 * Figures: wall time, CPU time and peak RSS of the largest process (/usr/bin/time -v) and of the
 * process tree (sampled), the content check's seconds and the content sync from the build log.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './lib/generate-content';
import { median, parsePhases, timedBuild } from './lib/build-bench';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    projects: { type: 'string', default: '10000' },
    pairs: { type: 'string', default: '3' },
  },
});
if (!values.a || !values.b) throw new Error('Bruk: --a <mappe> --b <mappe> [--projects 10000] [--pairs 3]');

const roots = { A: path.resolve(values.a), B: path.resolve(values.b) } as const;
const projects = Number(values.projects);
const pairs = Number(values.pairs);
const BENCH = path.resolve('bench');
const contentDir = path.join(BENCH, `ab-content-${projects}`);
const g = generateContent({ source: 'src/content', out: contentDir, count: projects });
console.log(`Innhold: ${g.projects} syntetiske prosjekter i ${contentDir}; A = ${roots.A}, B = ${roots.B}.`);

interface Run {
  wall: number;
  cpu: number | null;
  rss: number | null;
  treeRss: number | null;
  check: number | null;
  sync: number | null;
  load: number;
}
const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };

async function build(side: 'A' | 'B', n: number): Promise<Run> {
  const out = path.join(BENCH, `ab-out-${side}`);
  const cache = path.join(BENCH, `ab-cache-${side}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const here = process.cwd();
  process.chdir(roots[side]); // its own astro, config and public/
  try {
    const logFile = path.join(BENCH, `ab-${side}-${n}.log`);
    const b = await timedBuild('.', { KB_CONTENT_DIR: contentDir, KB_OUT_DIR: out, KB_CACHE_DIR: cache }, logFile);
    if (b.exitCode !== 0) throw new Error(`Bygg ${side} ${n} feilet (se ${logFile})`);
    const phases = parsePhases(b.log);
    return {
      wall: b.wallSeconds,
      cpu: b.cpuSeconds,
      rss: b.peakRssBytes,
      treeRss: b.peakTreeRssBytes,
      check: phases.contentCheck,
      sync: phases.contentSync,
      load: os.loadavg()[0]!,
    };
  } finally {
    process.chdir(here);
  }
}

const MB = 1e6;
const f = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
for (let p = 1; p <= pairs; p++) {
  const order = p % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const);
  for (const side of order) {
    const r = await build(side, p);
    runs[side].push(r);
    console.log(
      `  ${side} ${p}: ${f(r.wall)} s (CPU ${f(r.cpu)} s), sjekk ${f(r.check)} s, sync ${f(r.sync, 0)} s, topp ${f((r.rss ?? NaN) / MB, 0)} MB (tre ${f((r.treeRss ?? NaN) / MB, 0)} MB), last ${r.load.toFixed(1)}`,
    );
  }
}

const med = (xs: (number | null)[]) => median(xs.filter((x): x is number => x !== null));
const row = (side: 'A' | 'B') => {
  const r = runs[side];
  return `| ${side} | ${f(med(r.map((x) => x.wall)))} s | ${f(med(r.map((x) => x.cpu)))} s | ${f(med(r.map((x) => x.check)))} s | ${f(med(r.map((x) => x.sync)), 0)} s | ${f(med(r.map((x) => x.rss)) / MB, 0)} MB | ${f(med(r.map((x) => x.treeRss)) / MB, 0)} MB |`;
};
console.log(`\n${projects} prosjekter, ${pairs} par, medianer:`);
console.log('| | build | CPU | content check | content sync | peak RSS (largest process) | peak RSS (tree) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(row('A'));
console.log(row('B'));
const diffs = runs.A.map((a, i) => (runs.B[i]!.wall - a.wall) / a.wall);
console.log(
  `\nB mot A, parvis: ${diffs.map((d) => `${(d * 100).toFixed(1)} %`).join(', ')}; median ${(median(diffs) * 100).toFixed(1)} %.`,
);
