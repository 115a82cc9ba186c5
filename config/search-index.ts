/**
 * Astro integration that builds the Pagefind search index while Astro renders the site, so the
 * README's build command produces a searchable dist/ with nothing extra to run.
 *
 * Astro renders one page at a time on one core. This integration wraps Astro's prerenderer
 * (`setPrerenderer` in `astro:build:start`): it has Astro render the searchable pages (the
 * detail pages, SEARCHABLE_PAGES) first and hands each one to Pagefind as soon as it is
 * rendered, without waiting. Pagefind parses it in its own process, on the other core, while
 * Astro renders the next pages, and writes the index while Astro renders the listing pages and
 * optimises images. At 10,000 projects this takes most of the indexing (about 25 s when
 * Pagefind read the finished dist/) off the build's critical path (docs/benchmarks.md).
 *
 * Pagefind's service handles messages one at a time in the order they arrive, and Astro renders
 * pages in a fixed order, so two builds of one commit give the same index, on any file system.
 *
 * Next to Pagefind's files it writes the site's own sort orders (src/lib/search/order.ts): each
 * indexed page's id (what the search page gets for a result) and its date and title keys (the
 * Pagefind meta SearchMeta.astro writes from the entry's search record) are read from the
 * fragment files Pagefind wrote.
 */
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  buildOrder,
  orderFileName,
  pagesInFragment,
  serializeOrder,
  SORT_FIELDS,
  type FragmentPage,
  type SortablePage,
} from '../src/lib/search/order';
import { SEARCHABLE } from '../src/lib/collections';
import { bundleLimit, countFiles, fragmentLimit } from './file-count';
import { stripSoftHyphens } from '../src/lib/format/hyphenate';

/**
 * Words per index chunk (Pagefind counts word positions). A query fetches every chunk whose word
 * range holds its term, including the other words in it: with Pagefind's default, at 10,000
 * projects "hjemmetjeneste" fetched a 34 kB chunk of which "hold" was two thirds. Smaller chunks
 * cut that to the word itself, for about 2 kB more chunk list in pf_meta (docs/benchmarks.md).
 * Pagefind reads this from an environment variable it marks unstable; if a later version drops
 * it, only the byte figures change.
 */
const INDEX_CHUNK_SIZE = '6000';

/**
 * What Pagefind needs of a rendered page: the <html> start tag (its lang picks the stemmer), the
 * <title>, and the <main data-pagefind-body> element, which holds everything that is indexed
 * (text, filters, sort keys and metadata; see SearchMeta.astro). Null for pages that are not
 * indexed. Pagefind ignores the rest of a page that has a data-pagefind-body element, but still
 * parses it: sending only this part made its work per page about a third smaller (measured at
 * 10,000 projects, docs/benchmarks.md).
 */
export function searchableHtml(html: string): string | null {
  const mainStart = html.search(/<main\b[^>]*\sdata-pagefind-body[\s=>]/);
  if (mainStart === -1) return null;
  const mainEnd = html.indexOf('</main>', mainStart);
  if (mainEnd === -1) return null;
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  // Headings carry soft hyphens for the eye (src/lib/format/hyphenate.ts); titles and words in the index are plain.
  const main = stripSoftHyphens(html.slice(mainStart, mainEnd + '</main>'.length));
  return `${htmlTag}<head>${title}</head><body>${main}</body></html>`;
}

/**
 * The pages that pass `searchable` to BaseLayout, i.e. whose <main> has data-pagefind-body (a
 * unit test keeps the two in step): the entry pages of the collections the registry marks
 * searchable. They are rendered first, so that Pagefind can write the index while Astro renders
 * the thousands of listing pages that are not indexed.
 */
export const SEARCHABLE_PAGES: readonly string[] = SEARCHABLE.map((r) => `src/pages/${r.folder}/[id].astro`);

/**
 * Astro's paths with those of searchable pages first, each group in Astro's order. When two
 * routes give the same path Astro renders the first one; a path moves forward only if it is the
 * first of its pathname, so no other route's page can lose to it. Returns how many moved.
 */
export function searchableFirst<P extends { pathname: string; route: { component: string } }>(
  paths: readonly P[],
  searchable: (component: string) => boolean = (c) => SEARCHABLE_PAGES.includes(c),
): { paths: P[]; searchable: number } {
  const seen = new Set<string>();
  const first: P[] = [];
  const rest: P[] = [];
  for (const p of paths) {
    const key = p.pathname.replace(/\/+$/, '');
    const isFirst = !seen.has(key);
    seen.add(key);
    (isFirst && searchable(p.route.component) ? first : rest).push(p);
  }
  return { paths: [...first, ...rest], searchable: first.length };
}

/** The attribute that marks a page's indexed content; cheap to look for in the raw bytes. */
const SEARCH_BODY = 'data-pagefind-body';

/** Pagefind's data files are gzip streams of this signature followed by the data. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

const gunzipAsync = promisify(gunzip);

/**
 * Every page in the written index, by its Pagefind id, read from the fragment files (in file
 * name order). Reading and unzipping run on Node's thread pool, 64 files at a time, so Astro can
 * go on rendering meanwhile.
 */
export async function indexedFragmentPages(pagefindDir: string): Promise<FragmentPage[]> {
  const dir = path.join(pagefindDir, 'fragment');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort();
  const out: FragmentPage[] = [];
  for (let i = 0; i < files.length; i += 64) {
    const batch = await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const text = (await gunzipAsync(await readFile(path.join(dir, file)))).toString('utf8');
        if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${file}: ikke et Pagefind-fragment`);
        return pagesInFragment(file, JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)));
      }),
    );
    for (const pages of batch) out.push(...pages);
  }
  return out;
}

/**
 * Writes one order file per sort key into `pagefindDir`, covering every page in the written
 * index, with the sort keys in each page's fragment. A page without keys stops the build, since
 * it would drop out of sorted results. Returns the number of pages.
 */
export async function writeSortOrders(pagefindDir: string): Promise<number> {
  const missing: string[] = [];
  const pages: SortablePage[] = [];
  for (const { id, url, keys } of await indexedFragmentPages(pagefindDir)) {
    if (keys) pages.push({ id, ...keys });
    else missing.push(url);
  }
  if (missing.length) {
    throw new Error(
      `Søkeindeks: ${missing.length} sider mangler dato- eller tittelnøkkel (SearchMeta.astro): ${missing.slice(0, 10).join(', ')}`,
    );
  }
  if (new Set(pages.map((p) => p.id)).size !== pages.length)
    throw new Error('Søkeindeks: samme Pagefind-id på flere sider');
  for (const field of SORT_FIELDS) {
    await writeFile(path.join(pagefindDir, orderFileName(field)), serializeOrder(buildOrder(pages, field)));
  }
  return pages.length;
}

/** Files in `dir`, or 0 when it does not exist yet. */
const filesIn = (dir: string) => (existsSync(dir) ? [...countFiles(dir).values()].reduce((a, b) => a + b, 0) : 0);

interface Added {
  url: string;
  errors: string[];
}

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let indexing: Promise<pagefind.PagefindIndex> | undefined;
  /** One per page sent, in the order sent; all settled before the index is written. */
  const pending: Promise<Added>[] = [];
  /** The index being written, started as soon as the last searchable page is rendered. */
  let writing: Promise<{ added: Added[]; waited: number; wrote: number; sorted: number; ordered: number }> | undefined;
  /** Searchable pages still to be rendered. */
  let searchableLeft = 0;
  /** Pages with data-pagefind-body whose route is not in SEARCHABLE_PAGES: a build error. */
  const unlisted: string[] = [];

  /**
   * Starts Pagefind once the number of pages is known. Some static hosts cap a site's files
   * (config/file-count.ts): when the user has set that cap (KB_FILE_LIMIT), fragments are
   * bundled, and only if one per page would not fit under it. The files
   * the build will hold besides the index are estimated here as what dist/ holds now (the client
   * bundle) plus public/ plus one file per path; the file-count integration checks the real
   * total at the end.
   */
  const start = (paths: number, logger: AstroIntegrationLogger): Promise<pagefind.PagefindIndex> => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const filesBefore = filesIn(outDir) + filesIn(publicDir) + paths;
    const limit = bundleLimit();
    const maxFragments = limit === undefined ? undefined : fragmentLimit(filesBefore, paths, limit);
    if (maxFragments !== undefined) {
      logger.info(
        `Søkeindeks: fragmentene samles i høyst ${maxFragments} filer, så nettstedet holder seg under ${limit} filer (KB_FILE_LIMIT).`,
      );
    }
    return pagefind.createIndex(maxFragments === undefined ? {} : { maxFragments }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
      return index;
    });
  };

  /** Sends one rendered page to Pagefind if it is to be indexed; does not wait for Pagefind. */
  const send = (url: string, html: string) => {
    const content = searchableHtml(html);
    if (content === null || !indexing) return;
    // Reactions to one promise run in the order they were added, so Pagefind gets the pages in
    // the order Astro rendered them.
    pending.push(
      indexing
        .then((index) => index.addHTMLFile({ url, content }))
        .then(
          (r) => ({ url, errors: r.errors }),
          (e: unknown) => ({ url, errors: [String(e)] }),
        ),
    );
  };

  /** Waits for Pagefind to have every page, then has it write the index into dist/pagefind. */
  const write = async () => {
    if (!indexing) throw new Error('Søkeindeksen ble aldri startet: Astro kalte ikke getStaticPaths på prerendereren.');
    const index = await indexing;
    const t0 = performance.now();
    const added = await Promise.all(pending);
    const failed = added.filter((a) => a.errors.length > 0);
    if (failed.length) {
      throw new Error(
        `Pagefind kunne ikke lese ${failed.length} sider: ${failed
          .slice(0, 10)
          .map((f) => `${f.url} (${f.errors.join('; ')})`)
          .join(', ')}`,
      );
    }
    if (added.length === 0) throw new Error('Ingen sider hadde data-pagefind-body å indeksere.');
    const t1 = performance.now();
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const t2 = performance.now();
    const sorted = await writeSortOrders(path.join(outDir, 'pagefind'));
    return {
      added,
      waited: (t1 - t0) / 1000,
      wrote: (t2 - t1) / 1000,
      sorted,
      ordered: (performance.now() - t2) / 1000,
    };
  };

  /**
   * Has Pagefind write the index, once: after the last searchable page (while Astro renders the
   * listing pages and then optimises images), or at the end if there were none.
   */
  const startWriting = () => {
    if (writing) return;
    writing = write();
    // Failures are reported when build:done awaits it; this only keeps Node from calling the
    // rejection unhandled meanwhile.
    writing.catch(() => undefined);
  };

  const wrap = (base: AstroPrerenderer, logger: AstroIntegrationLogger): AstroPrerenderer => ({
    name: `${base.name}+pagefind`,
    setup: base.setup && (() => base.setup!()),
    // Astro calls this after the last page, before it optimises images and runs the build:done
    // hooks: Pagefind writes the index on its own core meanwhile.
    teardown: async () => {
      await base.teardown?.();
      startWriting();
    },
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    getStaticPaths: async () => {
      const ordered = searchableFirst(await base.getStaticPaths());
      searchableLeft = ordered.searchable;
      indexing = start(ordered.paths.length, logger);
      return ordered.paths;
    },
    render: async (request, options) => {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const type = response.headers.get('content-type') ?? 'text/html';
      if (response.status !== 200 || !type.startsWith('text/html')) return result;
      // Read the page once and give Astro the same bytes to write. Only pages that may be
      // indexed are decoded to text; the other ~2,700 pages at 10,000 projects pass through as bytes.
      const bytes = Buffer.from(await response.arrayBuffer());
      const url = new URL(request.url).pathname;
      if (SEARCHABLE_PAGES.includes(options.routeData.component)) {
        send(url, bytes.toString('utf8'));
        if (--searchableLeft === 0) startWriting();
      } else if (bytes.includes(SEARCH_BODY) && searchableHtml(bytes.toString('utf8')) !== null) {
        unlisted.push(`${url} (${options.routeData.component})`);
      }
      const copy = new Response(bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  });

  return {
    name: 'kompetansebanken:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((base) => wrap(base, logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const doneAt = performance.now();
        try {
          if (!writing) throw new Error('Søkeindeksen ble ikke skrevet: Astro avsluttet ikke prerendereren.');
          if (unlisted.length > 0) {
            throw new Error(
              `${unlisted.length} sider har data-pagefind-body, men siden står ikke i SEARCHABLE_PAGES i config/search-index.ts, ` +
                `så de ble ikke indeksert: ${unlisted.slice(0, 5).join(', ')}`,
            );
          }
          const { added, waited, wrote, sorted, ordered } = await writing;
          const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.entries(entry.languages)
            .map(([lang, l]) => `${l.page_count} (${lang})`)
            .join(', ');
          const total = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          if (sorted !== total)
            throw new Error(`Søkeindeks: ${sorted} sider i fragmentfilene, men ${total} i pagefind-entry.json`);
          const s = (x: number) => x.toFixed(1);
          // scripts/lib/build-site.ts and scripts/lib/build-bench.ts read this line.
          logger.info(
            `Søkeindeks: ${added.length} sider sendt, ${indexed} indeksert. Pagefind leste sidene mens Astro laget dem ` +
              `og trengte ${s(waited)} s mer etter siste søkbare side; skrev indeksen på ${s(wrote)} s og sorteringsfilene på ${s(ordered)} s mens Astro laget resten; ` +
              `byggingen ventet ${s((performance.now() - doneAt) / 1000)} s på den.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
