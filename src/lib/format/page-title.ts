/**
 * The text of a page's <title>: "Tittel – Kompetansebanken" when it fits within `max`
 * characters, otherwise the page's own title alone, and a title that is still too long is
 * cut at a word boundary with "…". Search engines show about 60–70 characters and screen
 * readers read the whole title when a tab opens, so the part that names the page comes first
 * and the site's name goes when space runs out. The page's <h1> and og:title keep the full
 * title. html-validate's long-title rule (70) holds the built site to this.
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  const full = `${title} – ${siteName}`;
  if ([...full].length <= max) return full;
  const chars = [...title];
  if (chars.length <= max) return title;
  const head = chars.slice(0, max - 1).join('');
  const cut = head.replace(/[\s,;:–-]+\S*$/u, '');
  return `${cut.length >= max / 2 ? cut : head.trimEnd()}…`;
}
