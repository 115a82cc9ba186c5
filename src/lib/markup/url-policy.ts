/**
 * The one rule for every URL an editor writes: front-matter URL fields (`lenke`), Markdown
 * links, images, autolinks and link definitions in bodies, raw `<a href>` and `<img src>`.
 *
 * Allowed: `https:`, `http:`, `mailto:`, `tel:` and paths on the site itself (`/prosjekter/x/`,
 * `./bilder/a.jpg`, `#avsnitt`). Everything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`, …) is refused. The target is read with the WHATWG URL parser, the same algorithm a
 * browser uses, so spelling tricks a browser forgives (upper case, leading blanks and control
 * characters, tabs and newlines inside the scheme) cannot slip past: what the browser would
 * run is what we see. Character references (`&#106;avascript:`) are decoded by the Markdown
 * and HTML parsers before the target reaches this module. Control characters and blanks that
 * the browser would silently drop are refused outright, shown visibly in the message.
 */

/** Schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];

/** What the URL is used for: a link, or the source of an image (site-local only). */
export type UrlUse = 'lenke' | 'bilde' | 'nettadresse';

/** A host no real URL has: relative targets resolve against it. */
const BASE_HOST = 'nettsted.invalid';
const BASE = `https://${BASE_HOST}/side/`;

/** C0 controls, DEL, C1 controls, and the invisible and bidirectional format characters. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Shows invisible characters as \u{…} so an editor can see them in a message. */
export function visible(text: string): string {
  const shown = [...text]
    .map((c) => (INVISIBLE.test(c) ? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}` : c))
    .join('');
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

const EXPECTED: Record<UrlUse, string> = {
  lenke:
    'en adresse som begynner med https://, http://, mailto: eller tel:, eller en sti på nettstedet (f.eks. /prosjekter/navn/)',
  bilde:
    'en bildefil på nettstedet (f.eks. ./bilder/navn.jpg eller /bilder/navn.jpg), ikke en adresse på et annet nettsted',
  nettadresse: 'en full nettadresse som begynner med https:// (eller http://)',
};

/**
 * Why `raw` is not an allowed URL for `use`, as a Norwegian message («fant …: …; forventet …»),
 * or undefined when it is allowed.
 * - `lenke`: https, http, mailto, tel or a site path.
 * - `bilde`: a path on the site only (no other host, no scheme).
 * - `nettadresse`: an absolute https or http address (front-matter fields like `lenke`).
 */
export function urlProblem(raw: string, use: UrlUse): string | undefined {
  const reason = urlReason(raw, use);
  if (reason === undefined) return undefined;
  return `fant «${visible(raw)}»${reason.startsWith('forventet') ? '; ' : ': '}${reason}`;
}

/** The reason alone, without the value («fant …»): for schema messages that add it. */
export function urlReason(raw: string, use: UrlUse): string | undefined {
  const expected = `forventet ${EXPECTED[use]}`;
  if (raw.trim() === '') return expected;
  if (INVISIBLE.test(raw)) {
    return `adressen inneholder usynlige tegn eller kontrolltegn (vist som \\u{…}); ${expected} uten slike tegn`;
  }
  if (raw !== raw.trim()) return `adressen begynner eller slutter med mellomrom; ${expected}`;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return `ikke en gyldig adresse; ${expected}`;
  }
  if (!LINK_SCHEMES.includes(url.protocol)) {
    return `adresser som begynner med «${url.protocol}» er ikke tillatt; ${expected}`;
  }
  const onSite = url.protocol === 'https:' && url.hostname === BASE_HOST;
  if (use === 'bilde' && !onSite) return `bilder må ligge på nettstedet; ${expected}`;
  // A field such as `lenke` is shown as a link on its own: it must be a whole address.
  if (use === 'nettadresse' && (!URL.canParse(raw) || (url.protocol !== 'https:' && url.protocol !== 'http:'))) {
    return expected;
  }
  return undefined;
}

/** Whether a URL is allowed for `use` (for the sanitiser, which drops what is not). */
export function urlAllowed(raw: string, use: UrlUse): boolean {
  return urlProblem(raw, use) === undefined;
}
