/**
 * The filter groups' values and totals, known at build time from the same search records that
 * the pages give Pagefind (record.ts). The search page renders them into its HTML, so it needs
 * no Pagefind filter file to show the groups; a group's counts for a query are fetched only
 * when that group is opened or used (see src/client/search-page.ts).
 */
import { POOL_LABELS, POOLS } from '../schemas/vocabulary';
import type { SearchRecord } from './record';
import { FILTER_GROUPS, type FilterKey } from './state';

/** Pools in programme order rather than alphabetical. */
const POOL_ORDER: readonly string[] = POOLS.map((p) => POOL_LABELS[p]);
const collator = new Intl.Collator('nb');

/** The order values are listed in: pools as in the programme, years ascending, the rest A–Å. */
export function sortFacetValues(key: FilterKey, values: Iterable<string>): string[] {
  const list = [...values];
  if (key === 'pulje') {
    const rank = (v: string) => (POOL_ORDER.includes(v) ? POOL_ORDER.indexOf(v) : POOL_ORDER.length);
    return list.sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
  }
  if (key === 'år') return list.sort();
  return list.sort(collator.compare);
}

export interface Facet {
  key: FilterKey;
  label: string;
  /** Values in display order, each with the number of indexed pages that have it. */
  values: { value: string; total: number }[];
}

/** Groups in page order with every value that some page has; groups no page uses are left out. */
export function facets(records: Iterable<Pick<SearchRecord, 'filters'>>): Facet[] {
  const totals = new Map<FilterKey, Map<string, number>>();
  for (const r of records) {
    for (const { key } of FILTER_GROUPS) {
      for (const value of new Set(r.filters[key] ?? [])) {
        const group = totals.get(key) ?? new Map<string, number>();
        group.set(value, (group.get(value) ?? 0) + 1);
        totals.set(key, group);
      }
    }
  }
  return FILTER_GROUPS.filter(({ key }) => totals.has(key)).map(({ key, label }) => {
    const group = totals.get(key)!;
    return {
      key,
      label,
      values: sortFacetValues(key, group.keys()).map((value) => ({ value, total: group.get(value)! })),
    };
  });
}
