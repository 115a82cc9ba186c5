/**
 * «Mente du …?»: suggestions for likely typos, from a vocabulary made at build time.
 *
 * The vocabulary (/sok/ordliste.json) holds the words of every title, the municipality names
 * (Norwegian and Sámi), the search glossary and the most frequent words of the summaries and
 * bodies, each with how many times it occurs. A query word that is not in it is compared with
 * every word of about its length by edit distance (optimal string alignment: insertions,
 * deletions, substitutions and swaps of two neighbouring letters each cost 1), also after
 * folding æ, ø, å to ae, o, a so that «naervaer» finds «nærvær». The closest word within the
 * allowed distance wins (1 for words of up to 4 letters, 2 up to 8, 3 beyond); ties go to the
 * more frequent word. Words of fewer than 3 letters and numbers are left alone.
 */

/** The vocabulary as the search page loads it: words and counts, most frequent first. */
export interface Vocabulary {
  words: string[];
  counts: number[];
}

/** Lower case, letters and digits only at the ends (as the query is split). */
export function normaliseWord(word: string): string {
  return word.toLocaleLowerCase('nb').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Words of a text: runs of letters (with inner hyphens), lower case. */
export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase('nb').match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).flatMap((w) => w.split('-'));
}

/** æ → ae, ø → o, å → a, accents dropped: how people type Norwegian on a foreign keyboard. */
export function fold(word: string): string {
  return word
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Optimal string alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How many edits a word of this length may be away from its suggestion. */
export function allowedDistance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Builds the vocabulary: every word of `always` (titles, names, glossary) and the `limit` most
 * frequent words of `frequent` (summaries, bodies) that occur at least `minCount` times. Words
 * shorter than 3 letters are left out. Sorted by count, then alphabetically, so builds agree.
 */
export function buildVocabulary(
  always: string[],
  frequent: string[],
  options: { limit: number; minCount: number },
): Vocabulary {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of wordsOf(text)) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const text of always) add(text);
  const fixed = new Set(always.flatMap(wordsOf).filter((w) => w.length >= 3));
  for (const text of frequent) add(text);
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const entries = [...counts].sort(byCount);
  const kept = [
    ...entries.filter(([w]) => fixed.has(w)),
    ...entries.filter(([w, c]) => !fixed.has(w) && c >= options.minCount).slice(0, options.limit),
  ];
  kept.sort(byCount);
  return { words: kept.map(([w]) => w), counts: kept.map(([, c]) => c) };
}

/** Checks the shape of a loaded vocabulary; throws on anything else. */
export function parseVocabulary(data: unknown): Vocabulary {
  const v = data as Partial<Vocabulary> | null;
  if (!v || !Array.isArray(v.words) || !Array.isArray(v.counts) || v.words.length !== v.counts.length) {
    throw new Error('Ordlisten for «Mente du» har feil form: ventet { words: string[], counts: number[] } like lange.');
  }
  return { words: v.words.map(String), counts: v.counts.map(Number) };
}

/** A vocabulary ready for look-ups: a set of its words, and its words grouped by length. */
export interface SpellIndex {
  known: Set<string>;
  byLength: Map<number, { word: string; folded: string; count: number }[]>;
}

export function spellIndex(v: Vocabulary): SpellIndex {
  const known = new Set(v.words);
  const byLength = new Map<number, { word: string; folded: string; count: number }[]>();
  v.words.forEach((word, i) => {
    const entry = { word, folded: fold(word), count: v.counts[i] ?? 0 };
    const list = byLength.get(word.length);
    if (list) list.push(entry);
    else byLength.set(word.length, [entry]);
  });
  return { known, byLength };
}

/** The closest known word to `word`, or undefined when it is known or nothing is close enough. */
export function correctWord(word: string, index: SpellIndex): string | undefined {
  const w = normaliseWord(word);
  if (w.length < 3 || /\d/.test(w) || index.known.has(w)) return undefined;
  const max = allowedDistance(w.length);
  const folded = fold(w);
  let best: { word: string; distance: number; count: number } | undefined;
  for (let len = w.length - max; len <= w.length + max; len++) {
    for (const entry of index.byLength.get(len) ?? []) {
      const d = Math.min(editDistance(w, entry.word, max), editDistance(folded, entry.folded, max));
      if (d > max) continue;
      if (!best || d < best.distance || (d === best.distance && entry.count > best.count))
        best = { word: entry.word, distance: d, count: entry.count };
    }
  }
  return best?.word;
}

/**
 * The query with each unknown word replaced by its closest known word, or undefined when no
 * word changes. A quoted phrase is left alone.
 */
export function suggestQuery(query: string, index: SpellIndex): string | undefined {
  const trimmed = query.trim();
  if (trimmed === '' || /^".*"$/.test(trimmed)) return undefined;
  let changed = false;
  const out = trimmed.split(/\s+/).map((word) => {
    const fix = correctWord(word, index);
    if (fix === undefined) return word;
    changed = true;
    return fix;
  });
  return changed ? out.join(' ') : undefined;
}
