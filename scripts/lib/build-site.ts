/**
 * Builds the site for a benchmark with its own content, output and cache folders
 * (KB_CONTENT_DIR, KB_OUT_DIR, KB_CACHE_DIR), and measures what the build produced: wall time,
 * the Pagefind index time from the log line of config/search-index.ts, and the size of
 * <out>/pagefind and <out>.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** The project's own Node 22 (the node-<platform> optionalDependency), else the Node running this script. */
export function projectNode(): string {
  const local = path.resolve('node_modules/.bin/node');
  return existsSync(local) ? local : process.execPath;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Where the build's output goes. */
  logFile: string;
  /** Keep the cache folder from an earlier build (default: start cold). */
  warm?: boolean;
}

export interface BuildResult {
  wallSeconds: number;
  /**
   * From the search index's log line (config/search-index.ts): pages sent to Pagefind, pages
   * indexed, Pagefind's own time after the last searchable page was rendered (reading what was left, then
   * writing) and how long the build waited for it after its other work.
   */
  index: { pagesRead: number; pagesIndexed: number; seconds: number; waited: number } | null;
  /** From "[build] N page(s) built in Xs". */
  pagesBuilt: number | null;
  exitCode: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function parseBuildLog(log: string): Pick<BuildResult, 'index' | 'pagesBuilt'> {
  const text = log.replace(ANSI, '');
  const m =
    /Søkeindeks: (\d+) sider sendt, (.+?) indeksert\. .*?trengte ([\d.]+) s mer etter siste søkbare side; skrev indeksen på ([\d.]+) s.*?byggingen ventet ([\d.]+) s/.exec(
      text,
    );
  const indexed = m ? [...m[2]!.matchAll(/(\d+) \(/g)].reduce((n, x) => n + Number(x[1]), 0) : 0;
  const pages = /(\d+) page\(s\) built in/.exec(text);
  return {
    index: m
      ? { pagesRead: Number(m[1]), pagesIndexed: indexed, seconds: Number(m[3]) + Number(m[4]), waited: Number(m[5]) }
      : null,
    pagesBuilt: pages ? Number(pages[1]) : null,
  };
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  if (!existsSync(astro)) throw new Error('Fant ikke node_modules/astro; kjør npm install først.');
  if (!options.warm) rmSync(options.cacheDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    KB_CONTENT_DIR: options.contentDir,
    KB_OUT_DIR: options.outDir,
    KB_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  const log = createWriteStream(options.logFile);
  let text = '';
  const started = performance.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(projectNode(), [astro, 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      log.write(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => log.end(() => resolve()));
  return { wallSeconds, exitCode, ...parseBuildLog(text) };
}

/** Parses an earlier build's log (for --skip-build). */
export function readBuildLog(logFile: string): Pick<BuildResult, 'index' | 'pagesBuilt'> | null {
  return existsSync(logFile) ? parseBuildLog(readFileSync(logFile, 'utf8')) : null;
}

export interface FolderSize {
  files: number;
  bytes: number;
}

export function folderSize(dir: string): FolderSize {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

/** Kinds of Pagefind files, as the search page fetches them. */
export type PagefindKind =
  | 'pagefind.js'
  | 'worker.js'
  | 'entry'
  | 'wasm'
  | 'pf_meta'
  | 'index'
  | 'fragment'
  | 'filter'
  | 'sort order'
  | 'ui (unused)'
  | 'other';

export function pagefindKind(urlPath: string): PagefindKind {
  const p = urlPath.replace(/[?#].*$/, '');
  const name = p.slice(p.lastIndexOf('/') + 1);
  if (p.includes('/index/')) return 'index';
  if (p.includes('/fragment/')) return 'fragment';
  if (p.includes('/filter/')) return 'filter';
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'worker.js';
  if (name === 'pagefind-entry.json') return 'entry';
  if (/^wasm\..+\.pagefind$/.test(name)) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'pf_meta';
  // The site's own sort orders (src/lib/search/order.ts), fetched only when results are sorted.
  if (/^kb-sortering-[a-z]+\.json$/.test(name)) return 'sort order';
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) return 'ui (unused)';
  return 'other';
}

/** Files and bytes of <out>/pagefind by kind, with the largest file of each kind. */
export function pagefindOnDisk(pagefindDir: string): Record<string, FolderSize & { largest: number }> {
  const out: Record<string, FolderSize & { largest: number }> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const kind = pagefindKind(`/pagefind/${path.relative(pagefindDir, p).split(path.sep).join('/')}`);
        const size = statSync(p).size;
        const k = (out[kind] ??= { files: 0, bytes: 0, largest: 0 });
        k.files++;
        k.bytes += size;
        k.largest = Math.max(k.largest, size);
      }
    }
  };
  if (existsSync(pagefindDir)) walk(pagefindDir);
  return out;
}
