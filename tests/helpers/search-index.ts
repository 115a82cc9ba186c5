/**
 * What the Pagefind index should hold, read from the built HTML in dist/ (not from Pagefind's
 * own files): every page with data-pagefind-body, its title, the text Pagefind indexes, the
 * hidden glossary words, its summary and its filter values. Search tests compare what the
 * search page shows with this, so no expected result is hard-coded.
 */
import { readFileSync } from 'node:fs';
import { VOID_ELEMENTS } from '../../src/lib/markup/void-elements';
import { SORT_FIELDS, sortMetaKey } from '../../src/lib/search/order';
import { htmlFiles, urlOfFile } from './dist';
import { decodeEntities, parseAttributes, plainText } from './html';

export interface IndexedPage {
  /** URL path, e.g. `/kommuner/tana/`. */
  url: string;
  /** Text of the page's h1, as Pagefind takes the title. */
  title: string;
  /**
   * Indexed text a visitor can see: the body without data-pagefind-ignore, the elements Pagefind
   * skips by default (nav, form, footer, …) and hidden parts.
   */
  visibleText: string;
  /** Indexed text that is hidden (the glossary and place-name block of SearchMeta.astro). */
  hiddenText: string;
  /** data-pagefind-meta="sammendrag". */
  summary: string;
  /** data-pagefind-filter values by filter name. */
  filters: Map<string, string[]>;
  /** The site's sort keys (data-pagefind-meta sortering-dato, sortering-tittel), e.g. `dato` -> `2008-03-14`. */
  sort: Map<string, string>;
}

/** Elements Pagefind leaves out of the indexed text by default (its REMOVE_SELECTORS). */
const NOT_INDEXED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;

interface Open {
  name: string;
  ignored: boolean;
  hidden: boolean;
  h1: boolean;
  /** data-pagefind-filter / data-pagefind-meta name collected from this element's text, if any. */
  filter?: string;
  meta?: string;
  text: string;
}

/** Reads one HTML document; undefined when it has no data-pagefind-body. */
export function readIndexedPage(url: string, html: string): IndexedPage | undefined {
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/);
  if (start === -1) return undefined;
  const end = html.indexOf('</main>', start);
  // As config/search-index.ts gives it to Pagefind: without the headings' soft hyphens.
  const body = plainText(html.slice(start, end === -1 ? html.length : end + '</main>'.length));

  const stack: Open[] = [];
  const visible: string[] = [];
  const hidden: string[] = [];
  const title: string[] = [];
  let summary = '';
  const filters = new Map<string, string[]>();
  const sort = new Map<string, string>();
  for (const m of body.matchAll(TOKEN)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4]);
      for (const o of stack) if (o.filter !== undefined || o.meta !== undefined) o.text += text;
      if (stack.some((o) => o.h1)) title.push(text);
      if (stack.some((o) => o.ignored)) continue;
      (stack.some((o) => o.hidden) ? hidden : visible).push(text);
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1] === '/') {
      // Close the innermost open element of this name (and anything left open inside it).
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at === -1) continue;
      for (const o of stack.splice(at)) {
        if (o.filter !== undefined) filters.set(o.filter, [...(filters.get(o.filter) ?? []), o.text.trim()]);
        if (o.meta === 'sammendrag') summary = o.text.trim();
        for (const field of SORT_FIELDS) if (o.meta === sortMetaKey(field)) sort.set(field, o.text.trim());
      }
      continue;
    }
    if (VOID_ELEMENTS.has(name) || m[3]!.trim().endsWith('/')) continue;
    const attrs = parseAttributes(m[3]!);
    stack.push({
      name,
      ignored: attrs.has('data-pagefind-ignore') || NOT_INDEXED.has(name),
      hidden: attrs.has('hidden'),
      h1: name === 'h1',
      filter: attrs.get('data-pagefind-filter'),
      meta: attrs.get('data-pagefind-meta'),
      text: '',
    });
  }
  const squash = (parts: string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();
  return {
    url,
    title: squash(title),
    visibleText: squash(visible),
    hiddenText: squash(hidden),
    summary,
    filters,
    sort,
  };
}

let cache: IndexedPage[] | undefined;

/** Every page of dist/ that Pagefind indexes, sorted by URL. */
export function indexedPages(): IndexedPage[] {
  cache ??= htmlFiles()
    .map((file) => readIndexedPage(urlOfFile(file), readFileSync(file, 'utf8')))
    .filter((p): p is IndexedPage => p !== undefined)
    .sort((a, b) => (a.url < b.url ? -1 : 1));
  return cache;
}

/** Whether `text` has `word` as a whole word (letters on neither side), ignoring case. */
export function saysWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text);
}

/** Filters as the search page uses them: values within a group OR, groups AND. */
export type FilterSelection = Record<string, string[]>;

export function matchesFilters(page: IndexedPage, selection: FilterSelection): boolean {
  return Object.entries(selection).every(
    ([key, values]) => values.length === 0 || values.some((v) => page.filters.get(key)?.includes(v)),
  );
}

/** Every value of every filter across the indexed pages. */
export function filterValues(pages: IndexedPage[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of pages) {
    for (const [key, values] of p.filters) {
      const set = out.get(key) ?? new Set<string>();
      for (const v of values) set.add(v);
      out.set(key, set);
    }
  }
  return out;
}

/**
 * The count the search page should show next to each filter value for a selection without a
 * query: for a group with a selection, counted without that group's own filter (so the other
 * values of the group say how many an OR would add); for other groups, among the results.
 */
export function expectedFilterCounts(
  pages: IndexedPage[],
  selection: FilterSelection,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [key, values] of filterValues(pages)) {
    const rest: FilterSelection = { ...selection };
    delete rest[key];
    const base = pages.filter((p) => matchesFilters(p, rest));
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, base.filter((p) => p.filters.get(key)?.includes(v)).length);
    out.set(key, counts);
  }
  return out;
}
