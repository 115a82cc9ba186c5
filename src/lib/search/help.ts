/**
 * What the search page says besides the results: each result's line of facts (type, place,
 * date), advice when a search finds nothing, and how many it would find without the filters.
 * Pure, so the wording is tested here; the page only puts it on screen.
 */
import { selectedGroups, type SearchState } from './state';
import { followUi } from '../../i18n/follow';

const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const number = new Intl.NumberFormat('nb-NO');

/** "Prosjekt · Verdal og Levanger · 1. mars 2008": what tells two equal titles apart. */
export function resultMeta(meta: Record<string, string | undefined>): string {
  const date =
    meta.dato && /^\d{4}-\d{2}-\d{2}$/.test(meta.dato) ? dateFormat.format(new Date(`${meta.dato}T00:00:00Z`)) : '';
  return [meta.type, meta.sted, date].filter(Boolean).join(' · ');
}

/** The Pagefind meta key and value that SearchMeta.astro writes on invented pages. */
export const EXAMPLE_META = 'eksempeldata';
export const EXAMPLE_META_VALUE = 'ja';

/**
 * Whether a result is invented demo content, read from its Pagefind meta (not from the
 * excerpt), so the search page marks it «Eksempeldata» whatever words matched.
 */
export function isExampleResult(meta: Record<string, string | undefined>): boolean {
  return meta[EXAMPLE_META] === EXAMPLE_META_VALUE;
}

/** Advice for a search without results: spelling, fewer words, and fewer filters when there are any. */
export function missAdvice(state: SearchState, words: number): string[] {
  const [spelling, fewer] = followUi.search.missAdvice;
  return [
    spelling,
    ...(words > 1 ? [fewer] : []),
    ...(selectedGroups(state.filters).length > 0 ? [followUi.search.missFilterAdvice] : []),
  ];
}

/** "Uten filtrene gir søket 12 treff." */
export function withoutFiltersNote(count: number): string {
  return count === 0
    ? followUi.search.withoutFiltersNone
    : followUi.search.withoutFilters(`${number.format(count)} treff`);
}

/** Whether a key press is the search shortcut «/» (not typed into a field, no modifier keys). */
export function isSearchShortcut(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  targetIsEditable: boolean,
): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !targetIsEditable;
}

/** Fewer results than this, and the page looks for a likely typo (loading the vocabulary). */
export const SUGGEST_BELOW = 5;
