import { decodeEntities } from '../markup/entities';

/**
 * The search glossary: groups of words that mean the same thing to a user but that Pagefind's
 * Norwegian stemmer does not join (compounds, synonyms, nynorsk/bokmål variants, Sámi names).
 * At build time each page gets the other words of every group it mentions, in a hidden block
 * that Pagefind indexes with low weight (see SearchMeta.astro). So a search for "fravær"
 * finds pages that only say "sykefravær", and "Deanu gielda" finds pages about Tana.
 *
 * Keep groups small and exact: every word added here makes more pages match more queries.
 * Sámi municipality names are not listed here; they come from the `samisknavn` field.
 */
export const GLOSSARY: readonly (readonly string[])[] = [
  // The programme's core theme: sick leave and attendance are two sides of one measure.
  ['sykefravær', 'fravær', 'nærvær', 'sykmelding', 'sjukefråvær', 'fråvær'],
  // Three-party cooperation: politicians, management and unions.
  ['trepartssamarbeid', 'partssamarbeid', 'tillitsvalgte'],
  // User involvement and user surveys.
  ['brukermedvirkning', 'medvirkning', 'brukarmedverknad'],
  ['brukerundersøkelse', 'brukarundersøking', 'brukertilfredshet'],
  ['medarbeiderundersøkelse', 'medarbeidarundersøking', 'medarbeidertilfredshet'],
  // Care sector words people use interchangeably.
  ['pleie og omsorg', 'omsorg', 'eldreomsorg', 'helse og omsorg'],
  ['sykehjem', 'sjukeheim', 'omsorgssenter'],
  ['hjemmetjeneste', 'heimeteneste', 'hjemmesykepleie', 'hjemmebaserte tjenester'],
  // Childhood sector: nynorsk and the long form of SFO.
  ['sfo', 'skolefritidsordning', 'skulefritidsordning'],
  ['skole', 'skule'],
  ['barnehage', 'barnehagen', 'barnehagar'],
  // Statistical process control.
  ['spc', 'statistisk prosesskontroll', 'kontrolldiagram', 'styringsdiagram'],
  // Bokmål/nynorsk function words that often start a title.
  ['en', 'ein'],
  ['ikke', 'ikkje'],
  ['kommune', 'kommunen', 'kommunar'],
];

/** A word or phrase as the glossary compares it: lower case, single spaces. */
function normalise(text: string): string {
  // Same as replacing every /\s+/ with a space, but leaves the many single spaces alone: three
  // times faster on a page's text, which matters at 10,000 pages.
  return text
    .toLowerCase()
    .replace(/[^\S ]\s*| \s+/g, ' ')
    .trim();
}

const NORMALISED_GLOSSARY = GLOSSARY.map((group) => group.map(normalise));

/** Whether `text` (already normalised) contains `term` as a whole word or a compound's end. */
/** Word-bounded patterns of the short terms, made once (this runs for every page). */
const shortTermPatterns = new Map<string, RegExp>();

function mentions(text: string, term: string): boolean {
  // A term matches at a word start, or at the end of a compound ("langtidsfravær" mentions
  // "fravær"), but not in the middle of an unrelated word ("en" inside "hjemmet").
  if (term.length > 3) return text.includes(term);
  let pattern = shortTermPatterns.get(term);
  if (!pattern) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
    shortTermPatterns.set(term, pattern);
  }
  return pattern.test(text);
}

/** The text of rendered HTML for the glossary: tags become spaces, references characters. */
export function textOfHtml(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '));
}

/**
 * The extra search terms for a page: for every glossary group (plus `extraGroups`, e.g. a
 * municipality's Norwegian and Sámi names) that the page's text mentions, the group's other
 * members. Returned sorted and without duplicates, so builds are reproducible.
 */
export function expansionsFor(text: string, extraGroups: readonly (readonly string[])[] = []): string[] {
  const body = normalise(text);
  const out = new Set<string>();
  for (const terms of [...NORMALISED_GLOSSARY, ...extraGroups.map((g) => g.map(normalise))]) {
    const mentioned = terms.map((t) => mentions(body, t));
    if (mentioned.includes(true)) terms.forEach((t, i) => mentioned[i] || out.add(t));
  }
  return [...out].sort();
}

/**
 * The hidden block of extra terms a page adds to the index, and how many indexed words it adds
 * (so the search page can tell a match there from one in the visible text).
 */
export function hiddenTerms(words: readonly string[]): { text: string; wordCount: number } {
  const text = words.join(' ');
  return { text, wordCount: text.split(/\s+/).filter(Boolean).length };
}
