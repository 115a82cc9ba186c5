/**
 * Pieces of the build benchmark (scripts/bench.ts): a build timed by /usr/bin/time -v for
 * peak memory, the phases Astro and our integrations log, the bare-Astro "floor" site with
 * the same number of pages, and medians.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectNode } from './build-site';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export interface Phases {
  /** Our content check, before the content sync (config/content-check.ts). */
  contentCheck: number | null;
  /** Astro's content layer sync (loading, parsing and rendering the Markdown). */
  contentSync: number | null;
  /** Vite's bundle of the pages ("Building static entrypoints"). */
  bundle: number | null;
  /** Rendering every route to HTML. */
  routes: number | null;
  /** Image optimisation. */
  images: number | null;
  /**
   * Pagefind writing the index (config/search-index.ts). It reads the pages while they are
   * rendered and writes after the last one, beside the image optimisation.
   */
  searchIndex: number | null;
  /** How long the build waited for the index after everything else: its cost to the build. */
  searchIndexWait: number | null;
}

const seconds = (text: string, re: RegExp): number | null => {
  const m = re.exec(text);
  return m ? Number(m[1]) : null;
};

/** Seconds between two log lines that start with HH:MM:SS (1 s resolution). */
function between(text: string, from: RegExp, to: RegExp): number | null {
  const clock = (re: RegExp) => {
    const line = text.split('\n').find((l) => re.test(l));
    const m = line && /^(\d\d):(\d\d):(\d\d)/.exec(line);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
  };
  const a = clock(from);
  const b = clock(to);
  return a === null || b === null ? null : (b - a + 86_400) % 86_400;
}

/** The durations an `astro build` log of this project reports, in seconds. */
export function parsePhases(log: string): Phases {
  const text = log.replace(ANSI, '');
  const after = (marker: string) => {
    const i = text.indexOf(marker);
    return i < 0 ? '' : text.slice(i);
  };
  return {
    contentCheck: seconds(text, /Innholdet er i orden \(.*?sjekket på ([\d.]+) s/),
    contentSync: between(text, /\[content\] Syncing content/, /\[content\] Synced content/),
    bundle: viteSeconds(after('Building static entrypoints')),
    routes: completedIn(after('generating static routes')),
    images: completedIn(after('generating optimized images')),
    searchIndex: seconds(text, /Søkeindeks: .*?skrev indeksen på ([\d.]+) s/),
    searchIndexWait: seconds(text, /Søkeindeks: .*?byggingen ventet ([\d.]+) s/),
  };
}

/**
 * The first "✓ Completed in …" in `text`, in seconds. Astro writes "950ms", "51.00s" or, from a
 * minute, "1m 2s".
 */
export function completedIn(text: string): number | null {
  const m = /Completed in (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(text);
  if (!m) return null;
  const value = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
  return Number(m[1] ?? 0) * 60 + value;
}

function viteSeconds(text: string): number | null {
  const m = /\[vite\] ✓ built in ([\d.]+)(ms|s)/.exec(text);
  if (!m) return null;
  return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
}

/**
 * CPU time (user plus system, seconds) from /usr/bin/time -v output, else null: the build and
 * the child processes it waited for (Pagefind). With the wall time it shows how much of a slow
 * run was a slower machine (same work, more CPU seconds) rather than waiting.
 */
export function parseCpuSeconds(timeOutput: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(timeOutput);
  const system = /System time \(seconds\): ([\d.]+)/.exec(timeOutput);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

/** Peak resident memory in bytes from /usr/bin/time -v output, else null. */
export function parsePeakRss(timeOutput: string): number | null {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeOutput);
  return m ? Number(m[1]) * 1024 : null;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Resident memory of `rootPid` and all its descendants, from /proc (Linux), else null. */
export function treeRss(rootPid: number): number | null {
  if (!existsSync('/proc/self/status')) return null;
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status);
      const vm = /^VmRSS:\s+(\d+) kB/m.exec(status);
      parent.set(Number(name), ppid ? Number(ppid[1]) : 0);
      rss.set(Number(name), vm ? Number(vm[1]) * 1024 : 0);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const pid of rss.keys()) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === rootPid) {
        total += rss.get(pid) ?? 0;
        break;
      }
    }
  }
  return total;
}

export interface TimedBuild {
  wallSeconds: number;
  /** Largest single process (GNU time's "Maximum resident set size"). */
  peakRssBytes: number | null;
  /** Largest sum over the process tree, sampled every 200 ms. */
  peakTreeRssBytes: number | null;
  /** User plus system CPU seconds (GNU time), null without /usr/bin/time. */
  cpuSeconds: number | null;
  exitCode: number;
  log: string;
}

/**
 * Runs `astro build` in `root` under /usr/bin/time -v (when present) with the given
 * environment, writing the output to `logFile`.
 */
export async function timedBuild(root: string, env: Record<string, string>, logFile: string): Promise<TimedBuild> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const args = [projectNode(), astro, 'build', ...(path.resolve(root) === process.cwd() ? [] : ['--root', root])];
  const useTime = existsSync('/usr/bin/time');
  const [cmd, ...rest] = useTime ? ['/usr/bin/time', '-v', ...args] : args;
  let log = '';
  let peakTree: number | null = null;
  const started = performance.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(cmd!, rest, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = setInterval(() => {
      const now = child.pid === undefined ? null : treeRss(child.pid);
      if (now !== null) peakTree = Math.max(peakTree ?? 0, now);
    }, 200);
    child.on('close', () => clearInterval(sampler));
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(logFile, log);
  return {
    wallSeconds,
    peakRssBytes: parsePeakRss(log),
    peakTreeRssBytes: peakTree,
    cpuSeconds: parseCpuSeconds(log),
    exitCode,
    log,
  };
}

/**
 * Writes the framework's floor: a bare Astro site with one glob collection of plain Markdown
 * pages (no schema, no integrations) and one route that renders each page into a minimal
 * HTML document. `bodies` are reused in turn to make `pages` pages.
 */
export function writeFloorSite(dir: string, pages: number, bodies: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/content/sider'), { recursive: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.KB_OUT_DIR, cacheDir: process.env.KB_CACHE_DIR, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { sider: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/sider' }) }) };\n`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('sider')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="nb"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  const width = String(pages).length;
  for (let i = 0; i < pages; i++) {
    const body = bodies[i % bodies.length] ?? 'Tekst.';
    writeFileSync(
      path.join(dir, 'src/content/sider', `side-${String(i + 1).padStart(width, '0')}.md`),
      `---\ntitle: Side ${i + 1}\n---\n\n${body}\n`,
    );
  }
}

/** The Markdown bodies (front matter removed) of the synthetic projects in a content folder. */
export function projectBodies(contentDir: string, limit = 2000): string[] {
  const dir = path.join(contentDir, 'prosjekter');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .slice(0, limit)
    .map((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .trim(),
    );
}
