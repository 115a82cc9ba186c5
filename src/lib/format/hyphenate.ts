/**
 * Norwegian hyphenation for display headings: soft hyphens (U+00AD) in long words, so that
 * «Kvalitetskommuneprogrammet» breaks as «Kvalitetskommune-/programmet» on a phone, with a visible
 * hyphen, and never as «Kvalitetskommuneprogramm/et». Browsers hyphenate with `hyphens: auto` only
 * where they have a dictionary for the language; Chromium has none for nb, so the break points are
 * written into the text, from the bokmål patterns of the `hyphen` package (TeX's nb patterns).
 *
 * Only words of at least MIN_LETTERS letters get break points; shorter words, numbers, web and
 * e-mail addresses and file paths are left as they are. The search index, <title>, og:title,
 * feeds and JSON-LD use the plain text; `stripSoftHyphens` undoes this for whatever reads the HTML.
 */
import nb from 'hyphen/nb/index.js';

export const SOFT_HYPHEN = '\u00AD';

/** Words shorter than this fit on a 320 px line even in a large heading. */
export const MIN_LETTERS = 12;

/** A run of letters (with combining marks), the unit that gets break points. */
const LETTERS = /[\p{L}\p{M}]+/gu;

/** A web address, e-mail address, domain or path: broken nowhere by us. */
const ADDRESS = /:\/\/|^www\.|@|\/|\p{L}\.\p{L}/iu;

/** One word (no white space) with soft hyphens in its long runs of letters. */
function hyphenateWord(word: string): string {
  if (ADDRESS.test(word)) return word;
  return word.replace(LETTERS, (run) =>
    [...run].length >= MIN_LETTERS
      ? nb.hyphenateSync(run, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_LETTERS })
      : run,
  );
}

/** Plain text with soft hyphens in its long words. */
export function hyphenate(text: string): string {
  return text.replace(/\S+/g, hyphenateWord);
}

/** Elements whose text is never hyphenated. */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/**
 * Rendered HTML (e.g. a heading's slot) with soft hyphens in the long words of its text, never
 * inside a tag or an entity, and not in text marked as another language (lang="se" for a Sámi
 * name: the bokmål patterns would break it wrongly).
 */
export function hyphenateHtml(html: string): string {
  const stack: boolean[] = []; // per open element: inside another language?
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<(\/?)([a-z][\w-]*)([^>]*)>$/i.exec(part);
        if (tag && !VOID.test(tag[2]) && !tag[3].trimEnd().endsWith('/')) {
          if (tag[1]) stack.pop();
          else {
            const lang = /\slang\s*=\s*["']?([\w-]+)/i.exec(tag[3])?.[1];
            stack.push(lang === undefined ? (stack.at(-1) ?? false) : !/^(?:nb|no|nn)\b/i.test(lang));
          }
        }
        return part;
      }
      if (stack.at(-1)) return part;
      // Entities (&amp; &#8211;) are kept whole: the letters in them are not words.
      return part
        .split(/(&[#\w]+;)/)
        .map((t) => (t.startsWith('&') ? t : hyphenate(t)))
        .join('');
    })
    .join('');
}

/** Text or HTML without soft hyphens (also written as entities), as the search index should see it. */
export function stripSoftHyphens(text: string): string {
  return text.replace(/\u00AD|&shy;|&#173;|&#x0*ad;/gi, '');
}
