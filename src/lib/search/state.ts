/**
 * The state of the search page (query, filters, sort) and its round trip through the URL, so
 * a search can be shared, reloaded and walked back with the browser's back button. Pure: used
 * by the search page's script and unit-tested.
 */
import type { SortDirection, SortField } from './order';

/** Filter groups in the order the search page shows them. Keys are Pagefind filter names. */
export const FILTER_GROUPS = [
  { key: 'type', label: 'Type' },
  { key: 'pulje', label: 'Pulje' },
  { key: 'sektor', label: 'Sektor' },
  { key: 'fylke', label: 'Fylke' },
  { key: 'fokus', label: 'Fokus og tema' },
  { key: 'år', label: 'År' },
] as const;

export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];

/**
 * Sort orders: relevance (Pagefind's ranking, needs a query), newest, oldest, title. The others
 * use the site's own order files (order.ts), not Pagefind's sort.
 */
export const SORTS = {
  relevans: { label: 'Mest relevant', order: undefined },
  nyest: { label: 'Nyeste først', order: { field: 'dato', direction: 'desc' } },
  eldst: { label: 'Eldste først', order: { field: 'dato', direction: 'asc' } },
  tittel: { label: 'Tittel A–Å', order: { field: 'tittel', direction: 'asc' } },
} as const satisfies Record<
  string,
  { label: string; order: { field: SortField; direction: SortDirection } | undefined }
>;

export type SortKey = keyof typeof SORTS;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortKey;
}

const FILTER_KEYS = new Set<string>(FILTER_GROUPS.map((g) => g.key));

/** Reads the state from a query string such as `?q=nærvær&pulje=Pulje+3&sektor=Oppvekst`. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!FILTER_KEYS.has(key) || value === '') continue;
    const list = (filters[key as FilterKey] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  const sort = params.get('sortering');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: sort && sort in SORTS ? (sort as SortKey) : 'relevans',
  };
}

/** Writes the state as a query string in a stable order (groups as listed, values sorted). */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of FILTER_GROUPS) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort !== 'relevans') params.set('sortering', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filters: values within a group combine with OR (`any`), groups with AND. */
export function pagefindFilters(
  filters: SearchState['filters'],
  except?: FilterKey,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const { key } of FILTER_GROUPS) {
    const values = filters[key];
    if (key !== except && values && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** Groups with a selection: their counts come from a search without their own filter. */
export function selectedGroups(filters: SearchState['filters']): FilterKey[] {
  return FILTER_GROUPS.map((g) => g.key).filter((k) => (filters[k]?.length ?? 0) > 0);
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || selectedGroups(state.filters).length > 0;
}

/**
 * The order to put the results in, or undefined for Pagefind's relevance ranking; relevance
 * without a query (browsing filters) falls back to newest first.
 */
export function resultOrder(state: SearchState): { field: SortField; direction: SortDirection } | undefined {
  if (state.sort === 'relevans') return state.q ? undefined : SORTS.nyest.order;
  return SORTS[state.sort].order;
}

/**
 * The sort the menu shows, which is the order the results are in: relevance needs a query, so
 * browsing filters without one shows (and sorts) newest first.
 */
export function shownSort(state: SearchState): SortKey {
  return state.sort === 'relevans' && !state.q ? 'nyest' : state.sort;
}

/**
 * One group's selection, as in "sektor Oppvekst eller Pleie og omsorg"; the group's name is
 * left out when every value already starts with it ("Pulje 3", not "pulje Pulje 3").
 */
function describeFilter(key: FilterKey, values: readonly string[]): string {
  const name = FILTER_GROUPS.find((g) => g.key === key)!.label.toLocaleLowerCase('nb');
  const list = values.join(' eller ');
  return values.every((v) => v.toLocaleLowerCase('nb').startsWith(`${name} `)) ? list : `${name} ${list}`;
}

/** "1 treff", "23 treff for «nærvær»", with the active filters described. */
export function resultSummary(count: number, state: SearchState): string {
  const what = `${new Intl.NumberFormat('nb-NO').format(count)} treff`;
  const query = state.q ? ` for «${state.q}»` : '';
  const groups = selectedGroups(state.filters);
  const filters = groups.length
    ? ` med filter: ${groups.map((k) => describeFilter(k, state.filters[k]!)).join('; ')}`
    : '';
  return `${what}${query}${filters}.`;
}
