/**
 * Applies the page budgets (scripts/lib/budgets.ts) to every HTML file of a built site: reads
 * each page, gzips it and the stylesheets it links (once per stylesheet), and returns one report
 * per page. Used by `npm run budgets` and tests/site/budgets.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkPage, DEFAULT_OPTIONS, type BudgetOptions, type PageReport } from './budgets';

/** Compression level of a typical host or CDN (nginx and the static server use 6). */
export const GZIP_LEVEL = 6;

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}

/** Every HTML file under `dir`, sorted, as absolute paths. */
export function htmlFilesIn(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

/** The URL a file is served at: `a/b/index.html` -> `/a/b/`, `404.html` -> `/404.html`. */
export function urlOf(root: string, file: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Checks every page of the site in `root`. `onProgress` is called every 1,000 pages. */
export function checkDist(
  root: string,
  options: BudgetOptions = DEFAULT_OPTIONS,
  onProgress?: (done: number, total: number) => void,
): PageReport[] {
  const dir = path.resolve(root);
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`Fant ikke ${path.join(dir, 'index.html')}: bygg nettstedet først.`);
  const assetCache = new Map<string, number | undefined>();
  const assetSize = (href: string): number | undefined => {
    const clean = href; // already a root-relative, decoded path (sitePath)
    if (assetCache.has(clean)) return assetCache.get(clean);
    const file = path.join(dir, clean);
    const size =
      file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()
        ? gzipSize(readFileSync(file))
        : undefined;
    assetCache.set(clean, size);
    return size;
  };
  const files = htmlFilesIn(dir);
  const reports: PageReport[] = [];
  files.forEach((file, i) => {
    const html = readFileSync(file);
    reports.push(checkPage(urlOf(dir, file), html.toString('utf8'), gzipSize(html), assetSize, options));
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, files.length);
  });
  return reports;
}
