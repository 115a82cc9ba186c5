/**
 * Norwegian hyphenation for display headings: soft hyphens (U+00AD) in long words, so that
 * «Kvalitetskommuneprogrammet» breaks as «Kvalitetskommune-/programmet» on a phone, with a visible
 * hyphen, and never as «Kvalitetskommuneprogramm/et». Browsers hyphenate with `hyphens: auto` only
 * where they have a dictionary for the language; Chromium has none for nb, so the break points are
 * written into the text, from the bokmål patterns of the `hyphen` package (TeX's nb patterns).
 *
 * In headings, words of at least MIN_LETTERS letters get break points; in running text (<p>) only
 * words of at least TEXT_MIN_LETTERS, the ones that may not fit a 320 px line at all (the front
 * page's lead broke «Kvalitetskommuneprogramme|t»), so that ordinary words stay whole and plain.
 * Shorter words, numbers, web and e-mail addresses and file paths are left as they are. The search index, <title>, og:title,
 * feeds and JSON-LD use the plain text; `stripSoftHyphens` undoes this for whatever reads the HTML.
 */
import nb from 'hyphen/nb/index.js';
import { VOID_ELEMENTS } from '../markup/void-elements';

export const SOFT_HYPHEN = '\u00AD';

/** Words shorter than this fit on a 320 px line even in a large heading. */
export const MIN_LETTERS = 12;

/**
 * Words shorter than this fit on a 320 px line of running text (about 26 letters of a lead
 * paragraph or a card summary), so paragraphs only get break points in longer ones.
 */
export const TEXT_MIN_LETTERS = 20;

/** A run of letters (with combining marks), the unit that gets break points. */
const LETTERS = /[\p{L}\p{M}]+/gu;

/** A web address, e-mail address, domain or path: broken nowhere by us. */
const ADDRESS = /:\/\/|^www\.|@|\/|\p{L}\.\p{L}/iu;

/**
 * No piece of one letter: the patterns give «nær-vær-s-am-bas-sa-dø-ren», where the linking s of
 * a compound belongs to the first part («nærværs-ambassadøren»); a lone first letter joins the
 * piece after it.
 */
function withoutLoneLetters(hyphenated: string): string {
  const pieces: string[] = [];
  for (const piece of hyphenated.split(SOFT_HYPHEN)) {
    if ([...piece].length === 1 && pieces.length > 0) pieces[pieces.length - 1] += piece;
    else if (pieces.length === 1 && [...pieces[0]!].length === 1) pieces[0] += piece;
    else pieces.push(piece);
  }
  return pieces.join(SOFT_HYPHEN);
}

/** Runs of letters already hyphenated: the same words come back on page after page. */
const cache = new Map<string, string>();

function hyphenateRun(run: string, min: number): string {
  if ([...run].length < min) return run;
  let out = cache.get(run);
  if (out === undefined) {
    out = withoutLoneLetters(nb.hyphenateSync(run, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_LETTERS }));
    cache.set(run, out);
  }
  return out;
}

/** One word (no white space) with soft hyphens in its runs of at least `min` letters. */
function hyphenateWord(word: string, min: number): string {
  return ADDRESS.test(word) ? word : word.replace(LETTERS, (run) => hyphenateRun(run, min));
}

/** Plain text with soft hyphens in its words of at least `min` letters. */
export function hyphenate(text: string, min: number = MIN_LETTERS): string {
  return text.replace(/\S+/g, (word) => hyphenateWord(word, min));
}

/**
 * Rendered HTML (e.g. a heading's slot) with soft hyphens in the long words of its text, never
 * inside a tag or an entity, and not in text marked as another language (lang="se" for a Sámi
 * name: the bokmål patterns would break it wrongly).
 */
export function hyphenateHtml(html: string, min: number = MIN_LETTERS): string {
  const stack: boolean[] = []; // per open element: inside another language?
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const [, closing = '', name = '', attrs = ''] = /^<(\/?)([a-z][\w-]*)([^>]*)>$/i.exec(part) ?? [];
        if (name && !VOID_ELEMENTS.has(name.toLowerCase()) && !attrs.trimEnd().endsWith('/')) {
          if (closing) stack.pop();
          else {
            const lang = /\slang\s*=\s*["']?([\w-]+)/i.exec(attrs)?.[1];
            stack.push(lang === undefined ? (stack.at(-1) ?? false) : !/^(?:nb|no|nn)\b/i.test(lang));
          }
        }
        return part;
      }
      if (stack.at(-1)) return part;
      // Entities (&amp; &#8211;) are kept whole: the letters in them are not words.
      return part
        .split(/(&[#\w]+;)/)
        .map((t) => (t.startsWith('&') ? t : hyphenate(t, min)))
        .join('');
    })
    .join('');
}

/** A heading element, h1-h6, with its content (headings do not nest). */
const HEADING = /(<h([1-6])\b[^>]*>)([\s\S]*?)(<\/h\2\s*>)/gi;

/** A paragraph with its content (paragraphs do not nest; `\b` keeps <path>, <picture> out). */
const PARAGRAPH = /(<p\b[^>]*>)([\s\S]*?)(<\/p\s*>)/gi;

/** A page's HTML with the text of every heading (h1-h6) hyphenated, and nothing else changed. */
export function hyphenateHeadings(html: string): string {
  return html.replace(
    HEADING,
    (_all, open: string, _level: string, inner: string, close: string) => open + hyphenateHtml(inner) + close,
  );
}

/**
 * A page's HTML with break points in its headings (words of MIN_LETTERS or more) and in the very
 * long words of its paragraphs (TEXT_MIN_LETTERS or more); nothing else changed.
 */
export function hyphenatePage(html: string): string {
  return hyphenateHeadings(html).replace(
    PARAGRAPH,
    (_all, open: string, inner: string, close: string) => open + hyphenateHtml(inner, TEXT_MIN_LETTERS) + close,
  );
}

/** Text or HTML without soft hyphens (also written as entities), as the search index should see it. */
export function stripSoftHyphens(text: string): string {
  return text.replace(/\u00AD|&shy;|&#173;|&#x0*ad;/gi, '');
}
