/**
 * The search page (/sok/) on Pagefind's JS API: a labelled field, filter groups with counts,
 * sort, results with highlighted excerpts, and all state in the URL. Query/filter logic lives
 * in src/lib/search/state.ts (unit-tested); this file only talks to the DOM and to Pagefind.
 */
import {
  FILTER_GROUPS,
  hasSearch,
  pagefindFilters,
  pagefindSort,
  parseState,
  resultSummary,
  selectedGroups,
  serializeState,
  type FilterKey,
  type SearchState,
  type SortKey,
} from '../lib/search/state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  word_count: number;
  locations: number[];
}

/**
 * Whether every match lies in the hidden block of glossary words and place names at the end
 * of the page (SearchMeta.astro); its words would make a poor excerpt.
 */
function matchedOnlyExtraWords(d: PagefindResultData): boolean {
  const extra = Number(d.meta.ekstraord ?? 0);
  return extra > 0 && d.locations.length > 0 && d.locations.every((l) => l >= d.word_count - extra);
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
const POOL_ORDER = ['Innsatskommuner sykefravær', 'Pulje 1', 'Pulje 2', 'Pulje 3', 'Pulje 4'];
const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const collator = new Intl.Collator('nb');

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Mangler #${id}`);
  return el as T;
}

function sortValues(key: FilterKey, values: string[]): string[] {
  if (key === 'pulje') return [...values].sort((a, b) => POOL_ORDER.indexOf(a) - POOL_ORDER.indexOf(b));
  if (key === 'år') return [...values].sort();
  return [...values].sort(collator.compare);
}

export async function startSearchPage(): Promise<void> {
  const form = byId<HTMLFormElement>('sok-skjema');
  const input = byId<HTMLInputElement>('sok-felt');
  const sortSelect = byId<HTMLSelectElement>('sok-sortering');
  const filterBox = byId<HTMLDivElement>('sok-filtre');
  const status = byId<HTMLParagraphElement>('sok-status');
  const list = byId<HTMLOListElement>('sok-treff');
  const more = byId<HTMLButtonElement>('sok-flere');
  const reset = byId<HTMLButtonElement>('sok-nullstill');
  byId('uten-js').hidden = true;
  byId('sok').hidden = false;

  // A variable path keeps the bundler from trying to resolve Pagefind at build time.
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  const allValues = await pagefind.filters();

  let state: SearchState = parseState(location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  function renderFilters(counts: Partial<Record<FilterKey, Record<string, number>>>) {
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
    filterBox.replaceChildren(
      ...FILTER_GROUPS.map(({ key, label }, g) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = label;
        fieldset.append(legend);
        const values = sortValues(key, Object.keys(allValues[key] ?? {}));
        values.forEach((value, i) => {
          const id = `filter-${g}-${i}`;
          const checked = state.filters[key]?.includes(value) ?? false;
          const count = counts[key]?.[value] ?? 0;
          const row = document.createElement('div');
          row.className = 'search__option';
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = id;
          box.checked = checked;
          box.dataset.group = key;
          box.value = value;
          const text = document.createElement('label');
          text.htmlFor = id;
          text.textContent = `${value} (${count})`;
          row.append(box, text);
          fieldset.append(row);
        });
        return fieldset;
      }),
    );
    if (focused) document.getElementById(focused)?.focus();
    reset.hidden = selectedGroups(state.filters).length === 0;
  }

  async function renderMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    for (const d of data) {
      const li = document.createElement('li');
      const h = document.createElement('h3');
      h.className = 'ds-heading';
      h.dataset.size = 'xs';
      const a = document.createElement('a');
      a.className = 'ds-link';
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      h.append(a);
      const meta = document.createElement('p');
      meta.className = 'search__meta';
      const date = d.meta.dato ? dateFormat.format(new Date(`${d.meta.dato}T00:00:00Z`)) : '';
      meta.textContent = [d.meta.type, date].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text in excerpts and adds only <mark> for matches.
      if (state.q && !matchedOnlyExtraWords(d)) excerpt.innerHTML = d.excerpt;
      else excerpt.textContent = d.meta.sammendrag ?? '';
      li.append(h, meta, excerpt);
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  async function update() {
    const current = ++run;
    // Only when the state differs (reload, back): never rewrite what the user is typing.
    if (input.value.trim() !== state.q) input.value = state.q;
    sortSelect.value = state.sort;
    if (!hasSearch(state)) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Skriv et søkeord, eller velg filtre for å se alt innenfor dem.';
      renderFilters(allValues);
      return;
    }
    const query = state.q || null;
    const options = { filters: pagefindFilters(state.filters), sort: pagefindSort(state) };
    const main = await pagefind.search(query, options);
    // Counts of a group you have chosen from come from a search without that group's own
    // filter, so its other values keep their counts (OR within a group).
    const own = await Promise.all(
      selectedGroups(state.filters).map(async (key) => {
        const r = await pagefind.search(query, { filters: pagefindFilters(state.filters, key) });
        return [key, r?.filters[key] ?? {}] as const;
      }),
    );
    if (current !== run || !main) return; // a newer search has started
    const counts: Partial<Record<FilterKey, Record<string, number>>> = { ...main.filters };
    for (const [key, value] of own) counts[key] = value;
    results = main.results;
    shown = 0;
    list.replaceChildren();
    await renderMore();
    if (current !== run) return;
    renderFilters(counts);
    status.textContent = resultSummary(results.length, state);
  }

  function commit(next: SearchState, mode: 'push' | 'replace') {
    state = next;
    const url = `${location.pathname}${serializeState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void update();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit({ ...state, q: input.value.trim() }, 'replace'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit({ ...state, q: input.value.trim() }, 'push');
  });
  sortSelect.addEventListener('change', () => commit({ ...state, sort: sortSelect.value as SortKey }, 'push'));
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.dataset.group as FilterKey;
    const values = new Set(state.filters[key] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    commit({ ...state, filters: { ...state.filters, [key]: [...values] } }, 'push');
  });
  reset.addEventListener('click', () => {
    commit({ ...state, filters: {} }, 'push');
    input.focus();
  });
  more.addEventListener('click', async () => {
    const first = shown;
    await renderMore();
    list.children[first]?.querySelector('a')?.focus();
  });
  addEventListener('popstate', () => {
    state = parseState(location.search);
    void update();
  });

  await update();
}
