/**
 * The search page (/sok/) on Pagefind's JS API: a labelled field, filter groups with counts,
 * sort, results with highlighted excerpts, and all state in the URL. Query/filter logic lives
 * in src/lib/search/state.ts and the sort orders in src/lib/search/order.ts (unit-tested); this
 * file only talks to the DOM, to Pagefind and to the order files.
 */
import {
  orderFileName,
  parseOrder,
  positions,
  sortResults,
  type SortDirection,
  type SortField,
} from '../lib/search/order';
import { prepareQuery, stopWordNote } from '../lib/search/query';
import {
  SUGGEST_BELOW,
  isExampleResult,
  isSearchShortcut,
  missAdvice,
  resultMeta,
  withoutFiltersNote,
} from '../lib/search/help';
import { parseVocabulary, spellIndex, suggestQuery, type SpellIndex } from '../lib/search/spelling';
import { ui } from '../i18n/nb';
import {
  hasSearch,
  pagefindFilters,
  parseState,
  resultOrder,
  resultSummary,
  selectedGroups,
  serializeState,
  shownSort,
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
  preload: (q: string | null, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
/** Stored when the reader turns the «/» shortcut off (WCAG 2.1.4). */
const SHORTCUT_OFF_KEY = 'kompetansebanken:sok-hurtigtast';

type Counts = Partial<Record<FilterKey, Record<string, number>>>;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Mangler #${id}`);
  return el as T;
}

export async function startSearchPage(): Promise<void> {
  const form = byId<HTMLFormElement>('sok-skjema');
  const input = byId<HTMLInputElement>('sok-felt');
  const sortSelect = byId<HTMLSelectElement>('sok-sortering');
  const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevans"]')!;
  const filterBox = byId<HTMLDivElement>('sok-filtre');
  const status = byId<HTMLParagraphElement>('sok-status');
  const list = byId<HTMLOListElement>('sok-treff');
  const more = byId<HTMLButtonElement>('sok-flere');
  const reset = byId<HTMLButtonElement>('sok-nullstill');
  const suggestion = byId<HTMLParagraphElement>('sok-forslag');
  const suggestionLink = byId<HTMLAnchorElement>('sok-forslag-lenke');
  const help = byId<HTMLDivElement>('sok-hjelp');
  const advice = byId<HTMLUListElement>('sok-rad');
  const withoutFilters = byId<HTMLParagraphElement>('sok-uten-filtre');
  const withoutFiltersText = byId<HTMLSpanElement>('sok-uten-filtre-tekst');
  const withoutFiltersLink = byId<HTMLAnchorElement>('sok-uten-filtre-lenke');
  const shortcut = byId<HTMLInputElement>('sok-hurtigtast');
  byId('uten-js').hidden = true;
  byId('sok').hidden = false;
  setUpShortcut(input, shortcut);

  // The filter groups and their values are in the page's HTML (rendered at build time with each
  // value's total), so start-up loads no Pagefind filter file. A group's counts for a query need
  // its filter file: it is fetched when the group is opened or a value in it is chosen.
  const groups = [...filterBox.querySelectorAll<HTMLDetailsElement>('details[data-group]')];
  const groupOf = (key: FilterKey) => groups.find((g) => g.dataset.group === key);
  const boxes = [...filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  // A variable path keeps the bundler from trying to resolve Pagefind at build time.
  const base = '/pagefind/';
  const bundle = `${base}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;

  // The site's sort orders (not Pagefind's sort keys, which every search would pay for): a
  // key's file is fetched the first time results are sorted by it, then kept.
  const orders = new Map<SortField, Promise<string[][]>>();
  const ranks = new Map<string, Map<string, number>>();
  function loadOrder(field: SortField): Promise<string[][]> {
    let order = orders.get(field);
    if (!order) {
      order = fetch(`${base}${orderFileName(field)}`).then(async (res) => {
        if (!res.ok) throw new Error(`${res.status} ${res.url}`);
        return parseOrder(await res.json());
      });
      order.catch(() => orders.delete(field)); // try again on the next search
      orders.set(field, order);
    }
    return order;
  }
  async function ranksFor(field: SortField, direction: SortDirection): Promise<Map<string, number>> {
    const key = `${field} ${direction}`;
    let r = ranks.get(key);
    if (!r) ranks.set(key, (r = positions(await loadOrder(field), direction)));
    return r;
  }
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();

  let state: SearchState = parseState(location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  /** Groups whose Pagefind filter file is loaded: every search then counts their values. */
  const loaded = new Set<FilterKey>();
  /** Counts for the current search, by group; a group not listed has no counts yet. */
  let counts: Counts = {};
  /** The text given to Pagefind for the current state (stop words left out), or null. */
  let term: string | null = null;

  /** Writes the known counts into the labels; a group without counts shows none. */
  function renderCounts() {
    for (const box of boxes) {
      const span = box.labels?.[0]?.querySelector<HTMLElement>('.search__count');
      const group = counts[box.dataset.group as FilterKey];
      if (span) span.textContent = group ? ` (${group[box.value] ?? 0})` : '';
    }
    for (const g of groups) if (counts[g.dataset.group as FilterKey]) g.removeAttribute('aria-busy');
    filterBox.toggleAttribute(
      'aria-busy',
      groups.some((g) => g.getAttribute('aria-busy') === 'true'),
    );
  }

  function renderChoices() {
    for (const box of boxes) box.checked = state.filters[box.dataset.group as FilterKey]?.includes(box.value) ?? false;
    // A group you have chosen from stays open, so the choice is visible.
    for (const key of selectedGroups(state.filters)) {
      const g = groupOf(key);
      if (g && !g.open) g.open = true;
    }
    reset.hidden = selectedGroups(state.filters).length === 0;
  }

  /** Counts for the groups that are open but not loaded yet: loads their files, then counts. */
  async function countOpenGroups(current: number) {
    if (term === null && selectedGroups(state.filters).length === 0) return; // totals are shown
    // Groups you have chosen from are counted by update() itself.
    const chosen = selectedGroups(state.filters);
    const missing = groups
      .map((g) => g.dataset.group as FilterKey)
      .filter((key) => groupOf(key)?.open && !counts[key] && !chosen.includes(key));
    if (missing.length === 0) return;
    for (const key of missing) groupOf(key)?.setAttribute('aria-busy', 'true');
    renderCounts();
    const toLoad = missing.filter((key) => !loaded.has(key));
    if (toLoad.length) {
      await pagefind.preload(null, { filters: Object.fromEntries(toLoad.map((key) => [key, { any: [] }])) });
      for (const key of toLoad) loaded.add(key);
    }
    if (current !== run) return;
    const r = await pagefind.search(term, { filters: pagefindFilters(state.filters) });
    if (current !== run || !r) return;
    for (const key of missing) counts[key] = r.filters[key] ?? {};
    renderCounts();
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
      meta.textContent = resultMeta(d.meta);
      if (isExampleResult(d.meta)) {
        // The same mark as the list pages' <Tag color="warning">, from the page's meta, not its excerpt.
        const tag = document.createElement('span');
        tag.className = 'ds-tag search__example';
        tag.dataset.color = 'warning';
        tag.textContent = ui.exampleData;
        meta.append(' ', tag);
      }
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text in excerpts and adds only <mark> for matches.
      if (term && !matchedOnlyExtraWords(d)) excerpt.innerHTML = d.excerpt;
      else excerpt.textContent = d.meta.sammendrag ?? '';
      li.append(h, meta, excerpt);
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  // The vocabulary for «Mente du …?» is fetched the first time a search finds few results.
  let vocabulary: Promise<SpellIndex> | undefined;
  function loadVocabulary(): Promise<SpellIndex> {
    if (!vocabulary) {
      vocabulary = fetch('/sok/ordliste.json').then(async (res) => {
        if (!res.ok) throw new Error(`${res.status} ${res.url}`);
        return spellIndex(parseVocabulary(await res.json()));
      });
      vocabulary.catch(() => (vocabulary = undefined));
    }
    return vocabulary;
  }

  function hideHelp() {
    suggestion.hidden = true;
    help.hidden = true;
  }

  /** After the results are shown: a suggestion for a likely typo, and advice after a miss. */
  async function helpAfter(current: number, count: number) {
    if (count === 0) {
      advice.replaceChildren(
        ...missAdvice(state, (term ?? '').split(/\s+/).filter(Boolean).length).map((text) => {
          const li = document.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
      withoutFilters.hidden = true;
      help.hidden = false;
      if (selectedGroups(state.filters).length > 0 && term !== null) {
        const all = await pagefind.search(term);
        if (current !== run) return;
        const found = all?.results.length ?? 0;
        withoutFiltersText.textContent = withoutFiltersNote(found);
        withoutFiltersLink.hidden = found === 0;
        withoutFiltersLink.href = `${location.pathname}${serializeState({ ...state, filters: {} })}`;
        withoutFilters.hidden = false;
      }
    } else help.hidden = true;
    if (term !== null && count < SUGGEST_BELOW) {
      try {
        const fixed = suggestQuery(state.q, await loadVocabulary());
        if (current !== run) return;
        if (fixed && fixed !== state.q) {
          suggestionLink.textContent = fixed;
          suggestionLink.href = `${location.pathname}${serializeState({ ...state, q: fixed })}`;
          suggestion.hidden = false;
          return;
        }
      } catch {
        // Without the vocabulary there is just no suggestion.
      }
    }
    if (current === run) suggestion.hidden = true;
  }

  async function update() {
    const current = ++run;
    // Only when the state differs (reload, back): never rewrite what the user is typing.
    if (input.value.trim() !== state.q) input.value = state.q;
    counts = {};
    renderChoices();
    const prepared = prepareQuery(state.q);
    term = prepared.text;
    // The menu shows the order the results are in; relevance needs a query to rank by.
    relevance.disabled = term === null;
    sortSelect.value = shownSort({ ...state, q: term ?? '' });
    const browsing = selectedGroups(state.filters).length > 0;
    if (!hasSearch(state) || (term === null && !browsing)) {
      hideHelp();
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = hasSearch(state)
        ? stopWordNote(prepared.dropped)
        : 'Skriv et søkeord, eller velg filtre for å se alt innenfor dem.';
      // Nothing was searched: the labels show the totals.
      for (const g of groups) counts[g.dataset.group as FilterKey] = totalsOf(g);
      renderCounts();
      return;
    }
    // The status names the query as typed; a stop-word-only query with filters is browsing.
    const searched = term === null ? { ...state, q: '' } : state;
    const filters = pagefindFilters(state.filters);
    const order = resultOrder({ ...state, q: term ?? '' });
    // The order file loads while Pagefind searches.
    const ranked = order ? ranksFor(order.field, order.direction) : undefined;
    ranked?.catch(() => {}); // handled below, after the search
    const main = await pagefind.search(term, { filters });
    if (current !== run || !main) return; // a newer search has started
    for (const key of selectedGroups(state.filters)) loaded.add(key);
    let unsorted = '';
    try {
      results = ranked ? sortResults(main.results, await ranked) : main.results;
    } catch {
      results = main.results;
      unsorted = ' Treffene kunne ikke sorteres: de står i den rekkefølgen søket ga dem.';
    }
    if (current !== run) return;
    shown = 0;
    list.replaceChildren();
    await renderMore();
    if (current !== run) return;
    const note = term === null && prepared.dropped.length ? ` ${stopWordNote(prepared.dropped)}` : '';
    status.textContent = `${resultSummary(results.length, searched)}${note}${unsorted}`;
    void helpAfter(current, results.length);

    // Counts, once the results are on screen. Every loaded group is counted by the search
    // itself; a group you have chosen from is counted by a search without its own filter, so its
    // other values keep their counts (OR within a group) instead of dropping to zero.
    const next: Counts = {};
    for (const key of loaded) next[key] = main.filters[key] ?? {};
    for (const key of selectedGroups(state.filters)) {
      groupOf(key)?.setAttribute('aria-busy', 'true');
      filterBox.setAttribute('aria-busy', 'true');
      const r = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      if (current !== run) return;
      next[key] = r?.filters[key] ?? {};
    }
    counts = { ...counts, ...next };
    renderCounts();
    await countOpenGroups(current);
  }

  /** A group's totals over all pages, as rendered at build time. */
  function totalsOf(g: HTMLDetailsElement): Record<string, number> {
    const out: Record<string, number> = {};
    for (const box of g.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      out[box.value] = Number(box.labels?.[0]?.querySelector<HTMLElement>('.search__count')?.dataset.total ?? 0);
    }
    return out;
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
  withoutFiltersLink.addEventListener('click', (event) => {
    event.preventDefault();
    commit({ ...state, filters: {} }, 'push');
    input.focus();
  });
  suggestionLink.addEventListener('click', (event) => {
    event.preventDefault();
    const q = suggestionLink.textContent ?? '';
    input.value = q;
    commit({ ...state, q }, 'push');
    input.focus();
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
  for (const g of groups) g.addEventListener('toggle', () => void countOpenGroups(run));
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
    const next = parseState(location.search);
    // A jump within the page (#treff-tittel) changes only the hash: nothing to search again.
    if (serializeState(next) === serializeState(state)) return;
    state = next;
    void update();
  });
  // «Hopp til treffene»: focus the results' heading without a history entry.
  const skip = document.querySelector<HTMLAnchorElement>('a[href="#treff-tittel"]');
  skip?.addEventListener('click', (event) => {
    event.preventDefault();
    byId('treff-tittel').focus();
  });

  await update();
}

/**
 * «/» moves focus to the search field from anywhere on the page except a field. The reader can
 * turn it off (WCAG 2.1.4 Hurtigtaster som består av ett tegn); the choice is kept in this browser.
 */
function setUpShortcut(input: HTMLInputElement, toggle: HTMLInputElement) {
  const stored = (() => {
    try {
      return localStorage.getItem(SHORTCUT_OFF_KEY);
    } catch {
      return null;
    }
  })();
  toggle.checked = stored !== 'av';
  byId('sok-hurtigtast-felt').hidden = false;
  toggle.addEventListener('change', () => {
    try {
      if (toggle.checked) localStorage.removeItem(SHORTCUT_OFF_KEY);
      else localStorage.setItem(SHORTCUT_OFF_KEY, 'av');
    } catch {
      // Private mode without storage: the choice lasts until the page is left.
    }
  });
  document.addEventListener('keydown', (event) => {
    if (!toggle.checked) return;
    const target = event.target as HTMLElement | null;
    const editable = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (!isSearchShortcut(event, editable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
