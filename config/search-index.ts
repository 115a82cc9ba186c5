/**
 * Astro integration that builds the Pagefind search index over the finished site, so the
 * README's build command produces a searchable dist/ with nothing extra to run. Only pages
 * whose <main> has data-pagefind-body are indexed (the detail pages); each page's language
 * comes from <html lang>, so bokmål and nynorsk are stemmed as Norwegian.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { countFiles, fileLimit, fragmentLimit } from './file-count';

/** The site's HTML files as paths below `site` with `/`, in byte order. */
export function htmlFilesSorted(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.endsWith('.html')) out.push(path.relative(site, full).split(path.sep).join('/'));
    }
  };
  walk(site);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The folders whose detail pages are indexed: the pages that pass `searchable` to BaseLayout
 * (a unit test keeps the two in step). Pagefind reads only `<folder>/<id>/index.html`, not the
 * thousands of listing pages it would parse and then skip at 10,000 projects.
 */
export const INDEXED_FOLDERS = ['historier', 'kommuner', 'nyhetsbrev', 'prosjekter', 'samlinger', 'verktoy'] as const;
export const INDEX_GLOB = `{${INDEXED_FOLDERS.join(',')}}/*/index.html`;

/**
 * Words per index chunk (Pagefind counts word positions). A query fetches every chunk whose word
 * range holds its term, including the other words in it: with Pagefind's default, at 10,000
 * projects "hjemmetjeneste" fetched a 34 kB chunk of which "hold" was two thirds. Smaller chunks
 * cut that to the word itself, for about 2 kB more chunk list in pf_meta (docs/benchmarks.md).
 * Pagefind reads this from an environment variable it marks unstable; if a later version drops
 * it, only the byte figures change.
 */
const INDEX_CHUNK_SIZE = '6000';

export function searchIndex(): AstroIntegration {
  return {
    name: 'kompetansebanken:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        // Every HTML file is an upper bound of the pages to index.
        const files = htmlFilesSorted(site);
        // Stay under static hosts' file cap by bundling fragments only when one per page would
        // not fit (config/file-count.ts).
        const filesBefore = [...countFiles(site).values()].reduce((a, b) => a + b, 0);
        const maxFragments = fragmentLimit(filesBefore, files.length, fileLimit());
        if (maxFragments !== undefined) {
          logger.info(
            `Søkeindeks: fragmentene samles i høyst ${maxFragments} filer, så nettstedet holder seg under ${fileLimit()} filer (KB_FILE_LIMIT).`,
          );
        }
        const { index, errors } = await pagefind.createIndex(maxFragments === undefined ? {} : { maxFragments });
        if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
        try {
          // addDirectory() reads the files on several threads. It numbers pages in the order the
          // file system lists them, so two builds on one file system give the same index, but
          // ext4 and tmpfs, say, differ (docs/deploy.md). Sending files one by one in sorted
          // order (addHTMLFile) made the index identical everywhere but took 50 s instead of 27 s
          // at 10,000 projects (docs/benchmarks.md), so the build reads the folder.
          const added = await index.addDirectory({ path: site, glob: INDEX_GLOB });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const pagesRead = added.page_count;
          if (pagesRead === 0) {
            throw new Error('Pagefind fant ingen sider med data-pagefind-body å indeksere.');
          }
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const entry = JSON.parse(readFileSync(`${site}/pagefind/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.entries(entry.languages)
            .map(([lang, l]) => `${l.page_count} (${lang})`)
            .join(', ');
          logger.info(`Søkeindeks: ${pagesRead} sider lest, ${indexed} indeksert på ${seconds} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
