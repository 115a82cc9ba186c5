/**
 * What the search page asks Pagefind for. Norwegian function words ("og", "i", "på", ...) are on
 * nearly every page: searching for one loads its whole posting list (about 270 kB at 10,000
 * projects) and makes Pagefind score every page, yet narrows nothing. They are dropped from a
 * query that has other words; a query of only such words is not searched at all, and the page
 * says why (see stopWordNote). Quoted queries ("..." = exact phrase) are left as they are.
 */

/** Bokmål and nynorsk function words that match (almost) every page. Kept short on purpose. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'og',
  'i',
  'på',
  'for',
  'av',
  'til',
  'med',
  'som',
  'er',
  'det',
  'den',
  'de',
  'dei',
  'at',
  'å',
  'en',
  'ein',
  'et',
  'eit',
  'ei',
  'om',
  'fra',
  'frå',
  'har',
  'hadde',
  'ikke',
  'ikkje',
  'men',
  'seg',
  'sin',
  'sitt',
  'sine',
  'så',
  'var',
  'vi',
  'kan',
  'skal',
  'blir',
  'ble',
  'vart',
  'vert',
  'vil',
  'der',
  'her',
  'eller',
  'også',
  'òg',
  'dette',
  'denne',
  'disse',
  'etter',
  'ved',
  'under',
  'over',
  'mot',
  'hos',
  'sammen',
  'alle',
  'andre',
  'mer',
  'meir',
  'bare',
  'berre',
]);

export interface PreparedQuery {
  /** The text to give Pagefind, or null when nothing is left to search for. */
  text: string | null;
  /** Stop words left out of the search, as typed. */
  dropped: string[];
}

const normalise = (word: string) => word.toLocaleLowerCase('nb').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Splits off stop words; keeps a quoted phrase whole. */
export function prepareQuery(q: string): PreparedQuery {
  const trimmed = q.trim();
  if (trimmed === '') return { text: null, dropped: [] };
  if (/^".+"$/.test(trimmed)) return { text: trimmed, dropped: [] };
  const words = trimmed.split(/\s+/);
  const kept = words.filter((w) => !STOP_WORDS.has(normalise(w)) && normalise(w) !== '');
  const dropped = words.filter((w) => STOP_WORDS.has(normalise(w)));
  return { text: kept.length > 0 ? kept.join(' ') : null, dropped };
}

/** The note shown when a query had only stop words, e.g. «og» er for vanlig ... */
export function stopWordNote(dropped: string[]): string {
  const words = dropped.map((w) => `«${w}»`);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} og ${words.at(-1)}` : (words[0] ?? '');
  const verb = words.length > 1 ? 'er for vanlige ord' : 'er et for vanlig ord';
  return `${list} ${verb} til å søke på alene: de står på nesten alle sidene. Legg til et ord som beskriver det du leter etter, eller velg et filter.`;
}
