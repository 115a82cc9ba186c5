/**
 * The site's own sort orders for search results (by date, by title). Pagefind can sort by keys
 * given with data-pagefind-sort, but it keeps them in its pf_meta file, which every search
 * fetches: at 10,000 projects the two keys cost 43 kB on every first query, sorted or not. So
 * the pages carry their keys as Pagefind metadata (SearchMeta.astro writes them from the entry's
 * search record, record.ts), which Pagefind keeps in each page's fragment file only, and after
 * indexing the build (config/search-index.ts) reads them from the fragment files' data and
 * writes one small file per key listing every indexed page by the id Pagefind's JS API gives its
 * results. The search page fetches a file only when it sorts by
 * that key (a sort chosen, or browsing filters without a query).
 *
 * An order file holds groups of ids: pages with the same key share a group, groups ascend by
 * key, and within a group pages follow the other key, then the id. "Newest first" walks the
 * groups backwards but keeps each group's order, so pages of one date stay A–Å.
 */

/** The sort keys. Every indexed page has both, so no page drops out of a sorted list. */
export const SORT_FIELDS = ['dato', 'tittel'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** A page's sort keys: `dato` an ISO date, `tittel` a key whose plain string order is A–Å. */
export type SortKeys = Record<SortField, string>;

/** One indexed page: its Pagefind result id (e.g. `nb_4bfd752`) and its keys. */
export interface SortablePage extends SortKeys {
  id: string;
}

/** Groups of page ids, ascending by key. */
export type Order = string[][];

/** The file, below Pagefind's folder, that holds the order by `field`. */
export function orderFileName(field: SortField): string {
  return `kb-sortering-${field}.json`;
}

/** The Pagefind meta key (data-pagefind-meta, SearchMeta.astro) that carries a sort key. */
export function sortMetaKey(field: SortField): string {
  return `sortering-${field}`;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every page in order of `field`, grouped by equal key; ties broken by the other key and then
 * the id, so the result depends only on the pages, not on the order they came in.
 */
export function buildOrder(pages: readonly SortablePage[], field: SortField): Order {
  const other: SortField = field === 'dato' ? 'tittel' : 'dato';
  const sorted = [...pages].sort(
    (a, b) => compare(a[field], b[field]) || compare(a[other], b[other]) || compare(a.id, b.id),
  );
  const out: Order = [];
  let last: string | undefined;
  for (const p of sorted) {
    if (out.length === 0 || p[field] !== last) out.push([]);
    out.at(-1)!.push(p.id);
    last = p[field];
  }
  return out;
}

/** The file's text: JSON, one group per line (readable in a diff, and gzip does not mind). */
export function serializeOrder(order: Order): string {
  return `[\n${order.map((group) => JSON.stringify(group)).join(',\n')}\n]\n`;
}

/** Checks what was fetched; throws on anything but an array of arrays of strings. */
export function parseOrder(data: unknown): Order {
  if (!Array.isArray(data) || !data.every((g) => Array.isArray(g) && g.every((id) => typeof id === 'string'))) {
    throw new Error('Sorteringsfilen har feil form');
  }
  return data as Order;
}

/** Each id's position in `order` read in `direction` (descending: last group first). */
export function positions(order: Order, direction: SortDirection): Map<string, number> {
  const out = new Map<string, number>();
  const groups = direction === 'asc' ? order : [...order].reverse();
  for (const group of groups) for (const id of group) if (!out.has(id)) out.set(id, out.size);
  return out;
}

/**
 * `results` in the order given by `ranks` (from positions()). A result whose id is missing (an
 * order file from another build) keeps its place relative to the other missing ones, after
 * all the known ones: nothing is dropped.
 */
export function sortResults<T extends { id: string }>(results: readonly T[], ranks: ReadonlyMap<string, number>): T[] {
  const unknown = ranks.size;
  return results
    .map((r, i) => ({ r, i, rank: ranks.get(r.id) ?? unknown }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.r);
}

/** Ids in `ids` that `order` does not list. */
export function missingFromOrder(ids: Iterable<string>, order: Order): string[] {
  const known = new Set(order.flat());
  return [...ids].filter((id) => !known.has(id));
}

/** A page's sort keys from its Pagefind meta; undefined when a key is missing or empty. */
export function sortKeysOfMeta(meta: unknown): SortKeys | undefined {
  if (typeof meta !== 'object' || meta === null) return undefined;
  const keys: Partial<SortKeys> = {};
  for (const field of SORT_FIELDS) {
    const value = (meta as Record<string, unknown>)[sortMetaKey(field)];
    if (typeof value !== 'string' || value === '') return undefined;
    keys[field] = value;
  }
  return keys as SortKeys;
}

/**
 * A page as Pagefind's fragment file names it: the id its JS API gives results, the URL, and
 * its sort keys (undefined when its meta lacks one).
 */
export interface FragmentPage {
  id: string;
  url: string;
  keys?: SortKeys;
}

/**
 * The pages in one decompressed Pagefind fragment file. A file of its own (`nb_4bfd752.pf_fragment`)
 * holds one page whose id is the file's name; a bundled file (`maxFragments`,
 * `nb_group_….pf_fragment`) maps each page's id to its fragment. Either way the id is what the
 * JS API returns as a result's `id`.
 */
export function pagesInFragment(fileName: string, data: unknown): FragmentPage[] {
  const isPage = (v: unknown): v is { url: string; meta?: unknown } =>
    typeof v === 'object' && v !== null && typeof (v as { url?: unknown }).url === 'string';
  const page = (id: string, fragment: { url: string; meta?: unknown }): FragmentPage => {
    const keys = sortKeysOfMeta(fragment.meta);
    return keys ? { id, url: fragment.url, keys } : { id, url: fragment.url };
  };
  if (isPage(data)) return [page(fileName.replace(/\.pf_fragment$/, ''), data)];
  if (typeof data !== 'object' || data === null) throw new Error(`${fileName}: ukjent fragmentformat`);
  return Object.entries(data).map(([id, fragment]) => {
    if (!isPage(fragment)) throw new Error(`${fileName}: ${id} mangler url`);
    return page(id, fragment);
  });
}
