/**
 * `npm run bench:sanitise -- --count 1000`: what the sanitiser (src/lib/markup/sanitise.ts)
 * costs the build. Generates N synthetic projects (scripts/generate-projects.ts), then builds
 * them alternately with the site's config and with the same config without the sanitiser
 * (scripts/lib/astro-without-sanitiser.config.mjs), each build from an empty cache so that
 * every body is rendered; prints the median of each and the median of the paired differences.
 *
 * Then, in this process, renders the generated bodies with Sätteri as Astro does, with and
 * without the plugin, both as written (no raw HTML: the links-only pass) and with raw HTML
 * added to every body (the whole-tree pass), to show the per-body cost of each path.
 *
 * Options: --count N (default 1000), --runs R pairs of builds and in-process repeats (default 3),
 * --builds B pairs of builds (default R; 0 for the in-process figures only).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { generateContent } from './lib/generate-content';
import { median, parseCpuSeconds } from './lib/build-bench';
import { projectNode } from './lib/build-site';
import { sanitiseHtml } from '../src/lib/markup/sanitise';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    builds: { type: 'string' },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
const builds = Number(values.builds ?? values.runs);
const BENCH = path.resolve('bench');
const content = path.join(BENCH, `content-${count}`);
mkdirSync(BENCH, { recursive: true });
if (!existsSync(path.join(content, 'prosjekter'))) {
  generateContent({ source: 'src/content', out: content, count, seed: 2007, imageShare: 0.02 });
}

interface Timing {
  wall: number;
  cpu: number | null;
}

async function build(variant: 'med' | 'uten', run: number): Promise<Timing> {
  const out = path.join(BENCH, `sanitise-${variant}-${count}`);
  const cache = path.join(BENCH, `sanitise-cache-${variant}-${count}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const args = [projectNode(), path.resolve('node_modules/astro/bin/astro.mjs'), 'build'];
  if (variant === 'uten') args.push('--config', 'scripts/lib/astro-without-sanitiser.config.mjs');
  const useTime = existsSync('/usr/bin/time');
  const [cmd, ...rest] = useTime ? ['/usr/bin/time', '-v', ...args] : args;
  let log = '';
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(cmd!, rest, {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        KB_CONTENT_DIR: path.relative(process.cwd(), content),
        KB_OUT_DIR: out,
        KB_CACHE_DIR: cache,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const wall = (performance.now() - started) / 1000;
  writeFileSync(path.join(BENCH, `sanitise-${variant}-${count}-${run}.log`), log);
  if (code !== 0)
    throw new Error(
      `Bygget (${variant} sanitering, ${count} prosjekter) feilet; se bench/sanitise-${variant}-${count}-${run}.log`,
    );
  const t = { wall, cpu: parseCpuSeconds(log) };
  console.log(`  kjøring ${run} ${variant} sanitering: ${wall.toFixed(1)} s vegg, ${t.cpu?.toFixed(1) ?? '?'} s CPU`);
  return t;
}

const fmt = (s: number) => `${s.toFixed(2)} s`;
const pct = (d: number, base: number) => `${d >= 0 ? '+' : ''}${((d / base) * 100).toFixed(1)} %`;

if (builds > 0)
  console.log(
    `Bygg av ${count} syntetiske prosjekter, ${builds} par, annenhver med og uten sanitering (tom cache hver gang):`,
  );
const withS: Timing[] = [];
const without: Timing[] = [];
for (let run = 1; run <= builds; run++) {
  // Alternate which goes first, so neither always gets the warmer machine.
  if (run % 2) {
    without.push(await build('uten', run));
    withS.push(await build('med', run));
  } else {
    withS.push(await build('med', run));
    without.push(await build('uten', run));
  }
}
const wallWith = median(withS.map((t) => t.wall));
const wallWithout = median(without.map((t) => t.wall));
const pairedWall = median(withS.map((t, i) => t.wall - without[i]!.wall));
const cpuPairs = withS
  .map((t, i) => (t.cpu !== null && without[i]!.cpu !== null ? t.cpu - without[i]!.cpu! : null))
  .filter((x): x is number => x !== null);
const cpuWithout = median(without.map((t) => t.cpu).filter((x): x is number => x !== null));
if (builds > 0)
  console.log(
    `\nMedian vegg: med ${fmt(wallWith)}, uten ${fmt(wallWithout)}; median av parvise differanser ${fmt(pairedWall)} (${pct(pairedWall, wallWithout)}).`,
  );
if (builds > 0 && cpuPairs.length)
  console.log(
    `Median CPU-differanse (bruker + system): ${fmt(median(cpuPairs))} (${pct(median(cpuPairs), cpuWithout)}).`,
  );

// In-process: the same bodies rendered with and without the plugin.
const bodies = readdirSync(path.join(content, 'prosjekter'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(content, 'prosjekter', f), 'utf8'));
const withHtml = bodies.map(
  (b) =>
    `${b}\n\nTall fra <abbr title="Kvalitetskommuneprogrammet">KKP</abbr>, m<sup>2</sup>.\n\n<details><summary>Mer</summary>\n\nTekst.\n\n</details>\n`,
);
function render(texts: string[], sanitise: boolean): number {
  const started = performance.now();
  for (const t of texts) {
    const r = markdownToHtml(
      t,
      sanitise ? { features: { rawHtml: true }, hastPlugins: [sanitiseHtml] } : {},
    ) as MarkdownToHtmlResult;
    if (!r.html) throw new Error('tom HTML');
  }
  return (performance.now() - started) / 1000;
}
const inProcess = (texts: string[]) => {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(render(texts, false));
    b.push(render(texts, true));
  }
  return { without: median(a), with: median(b) };
};
const plain = inProcess(bodies);
const html = inProcess(withHtml);
console.log(`\nI prosessen, ${bodies.length} tekster gjengitt med Sätteri (median av ${runs}):`);
console.log(
  `  som skrevet (ingen rå HTML, bare lenker og bilder besøkes): uten ${fmt(plain.without)}, med ${fmt(plain.with)} (${pct(plain.with - plain.without, plain.without)})`,
);
console.log(
  `  med rå HTML i hver tekst (hele treet vaskes):              uten ${fmt(html.without)}, med ${fmt(html.with)} (${pct(html.with - html.without, html.without)})`,
);
