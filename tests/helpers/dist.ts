/**
 * What the build wrote to dist/: the list of pages and the ids of the entries of each
 * collection, discovered from the files (demo content changes, so nothing is hard-coded).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn, urlOf } from '../../scripts/lib/budgets-dist';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/lib/collections';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = process.env.KB_OUT_DIR ? path.resolve(ROOT, process.env.KB_OUT_DIR) : path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'tests', '.output');

/** Throws a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`Fant ikke ${path.join(DIST, 'index.html')}. Kjør \`npm run build\` før \`npm run test:site\`.`);
  }
}

/** Every file under `dir`, recursively, as absolute paths, sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

/** Every HTML file in dist/. */
export function htmlFiles(): string[] {
  return htmlFilesIn(DIST);
}

/** The URL path a file is served at: `dist/a/b/index.html` -> `/a/b/`, `dist/404.html` -> `/404.html`. */
export function urlOfFile(file: string): string {
  return urlOf(DIST, file);
}

export function readDist(urlPath: string): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(path.join(DIST, decodeURIComponent(rel)), 'utf8');
}

/** Sections with a list page and one detail page per entry: the registry's entry collections. */
export const COLLECTIONS = ENTRY_COLLECTIONS;
export type Collection = EntryCollection;

/** Project listings by facet: /prosjekter/<kind>/<value>/. */
export const FACET_KINDS = ['sektor', 'pulje', 'fylke', 'fokus'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];
/** First path segments under /prosjekter/ that are listings, not projects (src/lib/presentation/listings.ts). */
export const LISTING_SEGMENTS: readonly string[] = [...FACET_KINDS, 'kommune', 'nettverk', 'verktoy', 'side'];

/** Subdirectories of `dir` that hold an index.html, sorted. */
function pageDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory() && existsSync(path.join(dir, name, 'index.html')))
    .sort();
}

/** Ids of the detail pages of a collection, e.g. every `<id>` of /kommuner/<id>/. */
export function detailIds(collection: Collection): string[] {
  const ids = pageDirs(path.join(DIST, collection));
  return collection === 'prosjekter' ? ids.filter((id) => !LISTING_SEGMENTS.includes(id)) : ids;
}

/** Values of one facet, e.g. every `<x>` of /prosjekter/sektor/<x>/. */
export function facetValues(kind: FacetKind): string[] {
  return pageDirs(path.join(DIST, 'prosjekter', kind));
}

export interface SamplePage {
  /** Human name used in test titles and failure messages. */
  name: string;
  /** URL path, or undefined when the build has no page of this type (e.g. an empty collection). */
  path: string | undefined;
  /** Status the server answers with. */
  status: number;
}

/**
 * One page of every page type: home, each list page, the first detail page of each collection,
 * the first listing of each facet kind, /om/, /tilgjengelighet/ and the 404 page (requested at a
 * URL that does not exist, as a visitor would meet it).
 */
export function samplePages(): SamplePage[] {
  const first = (ids: string[]) => ids[0];
  const pages: SamplePage[] = [{ name: 'forside', path: '/', status: 200 }];
  for (const c of COLLECTIONS) pages.push({ name: `liste ${c}`, path: `/${c}/`, status: 200 });
  for (const c of COLLECTIONS) {
    const id = first(detailIds(c));
    pages.push({ name: `detalj ${c}`, path: id === undefined ? undefined : `/${c}/${id}/`, status: 200 });
  }
  for (const k of FACET_KINDS) {
    const v = first(facetValues(k));
    pages.push({ name: `utvalg ${k}`, path: v === undefined ? undefined : `/prosjekter/${k}/${v}/`, status: 200 });
  }
  const page2 = existsSync(path.join(DIST, 'prosjekter', 'side', '2', 'index.html'));
  pages.push({ name: 'prosjekter side 2', path: page2 ? '/prosjekter/side/2/' : undefined, status: 200 });
  // A municipality page with survey XmR charts, unless the first municipality already has them.
  const kommuner = detailIds('kommuner');
  const hasSurveys = (id: string) => readDist(`/kommuner/${id}/`).includes('id="undersokelser"');
  if (kommuner[0] !== undefined && !hasSurveys(kommuner[0])) {
    const id = kommuner.find(hasSurveys);
    if (id !== undefined) pages.push({ name: 'kommune med undersøkelser', path: `/kommuner/${id}/`, status: 200 });
  }
  pages.push({ name: 'resultater', path: '/resultater/', status: 200 });
  pages.push({ name: 'slik beregner vi', path: '/resultater/slik-beregner-vi/', status: 200 });
  pages.push({ name: 'åpne data', path: '/data/', status: 200 });
  pages.push({ name: 'søk (uten søk)', path: '/sok/', status: 200 });
  pages.push({ name: 'om', path: '/om/', status: 200 });
  pages.push({ name: 'slik publiserer du', path: '/om/publisere/', status: 200 });
  pages.push({ name: 'tilgjengelighet', path: '/tilgjengelighet/', status: 200 });
  pages.push({ name: '404', path: '/denne-siden-finnes-ikke/', status: 404 });
  return pages;
}

/** The id in a link to a detail page of `collection` (`/kommuner/moss/` -> `moss`), else undefined. */
export function detailIdOf(href: string, collection: Collection): string | undefined {
  const m = new RegExp(`^/${collection}/([^/#?]+)/(?:[#?].*)?$`).exec(href);
  const id = m?.[1];
  if (id === undefined) return undefined;
  if (collection === 'prosjekter' && LISTING_SEGMENTS.includes(id)) return undefined;
  return decodeURIComponent(id);
}
