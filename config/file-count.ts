/**
 * Astro integration that counts the files of the finished site (after the search index and the
 * CMS have been written, so it must come after them in astro.config.mjs) and warns when there
 * are more than a static host accepts: Cloudflare Pages (free plan) and Cloudflare Workers
 * static assets take at most 20,000 files per deployment. The warning says which folders hold
 * the files and points to docs/deploy.md, which explains how to stay under the cap.
 *
 * KB_FILE_LIMIT changes the limit (e.g. 100000 on a paid Cloudflare plan; 0 turns it off).
 * Set, it also makes the search index bundle its fragments to stay under it (`bundleLimit`).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_FILE_LIMIT = 20_000;

/** Files below `dir` per top-level folder (`pagefind/fragment`, `pagefind/index`, ... apart). */
export function countFiles(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        const key = groupOf(path.relative(dir, full).split(path.sep));
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  };
  walk(dir);
  return counts;
}

function groupOf(parts: string[]): string {
  if (parts.length === 1) return '(rot)';
  if (parts[0] === 'pagefind' && parts.length > 2) return `pagefind/${parts[1]}`;
  return parts[0]!;
}

/** The file limit in force: KB_FILE_LIMIT if set, else the default (0 turns it off). */
export function fileLimit(fallback = DEFAULT_FILE_LIMIT): number {
  const env = process.env.KB_FILE_LIMIT;
  return env !== undefined && env !== '' ? Number(env) : fallback;
}

/**
 * The limit the search index must keep the site under, or undefined. Only a limit the user set
 * (KB_FILE_LIMIT, for a host with a cap) makes the build bundle search fragments: bundling
 * costs every first search at 10,000 projects about 47 kB (docs/deploy.md), which is what keeps
 * the search within its byte goal by default. Without it the build only warns.
 */
export function bundleLimit(): number | undefined {
  const env = process.env.KB_FILE_LIMIT;
  const limit = env !== undefined && env !== '' ? Number(env) : 0;
  return limit > 0 ? limit : undefined;
}

/**
 * Pagefind's `maxFragments` that keeps the finished site within `limit` files, or undefined
 * when one fragment file per page fits. `filesBefore` is what dist/ holds before the index is
 * written and `pages` an upper bound of the pages to index (every HTML file). Besides one
 * fragment per page, Pagefind writes index chunks (530 for 10,157 pages with 6,000-word
 * chunks), filter files and its own scripts: reserve a tenth of the pages plus 50 for those.
 * Bundled fragments cost search bytes (a result fetches a file shared by several pages), so
 * they are used only when needed (docs/deploy.md, «The 20,000-file cap»).
 */
export function fragmentLimit(filesBefore: number, pages: number, limit: number): number | undefined {
  if (limit <= 0) return undefined;
  const reserve = Math.ceil(pages / 10) + 50;
  if (filesBefore + pages + reserve <= limit) return undefined;
  return Math.max(1, limit - filesBefore - reserve);
}

/** The warning text, or null when the site is within the limit (or the limit is 0). */
export function fileCountWarning(counts: Map<string, number>, limit: number): string | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (limit <= 0 || total <= limit) return null;
  const largest = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([k, n]) => `${k} ${n.toLocaleString('nb-NO')}`)
    .join(', ');
  return (
    `Nettstedet har ${total.toLocaleString('nb-NO')} filer, over grensen på ${limit.toLocaleString('nb-NO')} ` +
    `som Cloudflare Pages (gratis) og Workers har per publisering. Flest i: ${largest}. ` +
    `Publiserer du til en slik vert, sett KB_FILE_LIMIT=${limit} (eller vertens grense), så samler søkeindeksen fragmentene sine og holder nettstedet under. ` +
    'Se docs/deploy.md («The 20,000-file cap»).'
  );
}

export function fileCount(options: { limit?: number } = {}): AstroIntegration {
  return {
    name: 'kompetansebanken:file-count',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const limit = fileLimit(options.limit);
        const counts = countFiles(fileURLToPath(dir));
        const total = [...counts.values()].reduce((a, b) => a + b, 0);
        const warning = fileCountWarning(counts, limit);
        if (warning) logger.warn(warning);
        else
          logger.info(
            `${total.toLocaleString('nb-NO')} filer i nettstedet${limit > 0 ? ` (grense ${limit.toLocaleString('nb-NO')})` : ''}.`,
          );
      },
    },
  };
}
