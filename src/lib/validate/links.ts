/**
 * Internal links inside Markdown bodies: `[text](/prosjekter/x/)` must point at a page the
 * site builds, so a typo in a link is caught by `npm run sjekk` instead of by a reader.
 * External links (http, https, mailto) are not checked here. The links come from the Markdown
 * parser (./markup), not from a regular expression.
 */
import { COLLECTIONS, FIXED_PAGES } from '../collections';
import { facetSlugs } from '../collections/facets';
import { openDataFileNames } from '../opendata/files';

/**
 * Pages that do not come from a collection entry: the registry's fixed pages (home, every
 * collection's list page and the others, each found in src/pages by a unit test) and every file
 * of /data/ from its one record (a hand list here once lacked undersokelser.csv).
 */
export const STATIC_ROUTES: readonly string[] = [...FIXED_PAGES, ...openDataFileNames().map((file) => `/data/${file}`)];

const { folder: PROJECTS, facets } = COLLECTIONS.prosjekter;
/** The slugs of each project facet, by path segment: /prosjekter/<segment>/<slug>/. */
const FACETS: Record<string, readonly string[]> = Object.fromEntries(
  Object.values(facets).map((f) => [f.segment, facetSlugs(f)]),
);

export interface LinkContext {
  /** Published ids per collection folder (drafts left out in production). */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether a file exists under public/, e.g. "vedlegg/mal.txt". */
  publicFile: (path: string) => boolean;
}

/**
 * Why an internal link is broken, or undefined when it is fine or external. A relative link is
 * resolved against the address of the page it is on (`pageUrl`, e.g. /nyhetsbrev/nr-2/), as a
 * browser would.
 */
export function brokenLink(target: string, ctx: LinkContext, pageUrl = '/'): string | undefined {
  if (/^(https?:|mailto:|tel:|#)/i.test(target)) return undefined;
  const path = decodeURI(new URL(target, `https://nettsted.invalid${pageUrl}`).pathname);
  if (STATIC_ROUTES.includes(path)) return undefined;
  if (ctx.publicFile(path.slice(1))) return undefined;
  const parts = path.split('/').filter(Boolean);
  const looksLikePage = !/\.[a-z0-9]+$/i.test(path);
  if (looksLikePage && !path.endsWith('/')) {
    return `adresser til sider slutter med /; forventet «${path}/»`;
  }
  const [section, id, value] = parts;
  if (parts.length === 2 && section && id && ctx.ids.has(section)) {
    return ctx.ids.get(section)!.has(id)
      ? undefined
      : `det finnes ingen publisert side /${section}/${id}/; forventet en id fra src/content/${section}/`;
  }
  if (parts.length === 3 && section === PROJECTS && id && value && FACETS[id]) {
    return FACETS[id]!.includes(value) ? undefined : `ukjent verdi «${value}» for /${PROJECTS}/${id}/`;
  }
  return 'det finnes ingen slik side på nettstedet';
}
