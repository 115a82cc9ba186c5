/**
 * View models of the project pages: a listing's title and lead, the facet links with their
 * counts, the preview of a long list, and the project page's facts and goal results. Wording
 * from src/i18n/projects.ts.
 */
import { projectsUi as t } from '../../i18n/projects';
import { GOAL_STATUS_LABELS, resultsPage } from '../../i18n/results';
import { formatInteger, formatPercent, plural } from '../format/nb';
import { needsFullListing, PREVIEW, type ListingPage } from './listings';
import type { GoalAttainment } from '../results/goals';
import { formatRange } from '../results/period';
import type { SectorKey } from '../results/data';
import { SECTOR_RECORDS, type FocusArea, type Pool, type Sector } from '../schemas/vocabulary';
import { urls } from '../format/urls';
import { PROJECT_FACETS } from '../collections/facets';

/** Title, description and lead of one page of a listing. */
export function listingHeader(entry: Pick<ListingPage, 'listing' | 'page'>) {
  const { listing, page } = entry;
  const paged = page.count > 1;
  const title =
    paged && page.number > 1
      ? t.listing.pageTitle(listing.title, formatInteger(page.number), formatInteger(page.count))
      : listing.title;
  const count = `${listing.intro} ${plural(page.total, t.listing.count.one, t.listing.count.many)}.`;
  const showing = paged ? ` ${t.listing.showing(formatInteger(page.first), formatInteger(page.last))}` : '';
  return { title, description: count, lead: `${count}${showing}` };
}

/** The path segments of a listing below /prosjekter/: «sektor/oppvekst» for /prosjekter/sektor/oppvekst/. */
export function listingParam(url: string): string {
  const prefix = urls.projects();
  if (!url.startsWith(prefix) || !url.endsWith('/') || url.length <= prefix.length) {
    throw new Error(`Ikke en utvalgsside under ${prefix}: ${url}`);
  }
  return url.slice(prefix.length, -1);
}

/** How many projects each facet value has (the look-ups of src/lib/derive.ts). */
export interface FacetCounts {
  projectsBySector: ReadonlyMap<Sector, readonly unknown[]>;
  projectsByPool: ReadonlyMap<Pool, readonly unknown[]>;
  projectsByFocus: ReadonlyMap<FocusArea, readonly unknown[]>;
  projectsByCounty: ReadonlyMap<string, readonly unknown[]>;
}

export interface FacetLink {
  /** Undefined when the value has no project: shown as text, not a link. */
  href?: string;
  text: string;
  current: boolean;
}

/** The facet groups under a listing: every sector, pool and focus area, and the counties with projects. */
export function projectFacets(c: FacetCounts, current?: string) {
  const link = (href: string, label: string, n: number): FacetLink => ({
    href: n === 0 ? undefined : href,
    text: t.facets.link(label, formatInteger(n)),
    current: n > 0 && href === current,
  });
  const { sector, pool, focus, county } = PROJECT_FACETS;
  return [
    {
      id: sector.segment,
      title: t.facets.sector,
      links: sector.values.map((s) =>
        link(urls.projectsBySector(s), sector.label(s), c.projectsBySector.get(s)?.length ?? 0),
      ),
    },
    {
      id: pool.segment,
      title: t.facets.pool,
      links: pool.values.map((p) => link(urls.projectsByPool(p), pool.label(p), c.projectsByPool.get(p)?.length ?? 0)),
    },
    {
      id: focus.segment,
      title: t.facets.focus,
      links: focus.values.map((f) =>
        link(urls.projectsByFocus(f), focus.label(f), c.projectsByFocus.get(f)?.length ?? 0),
      ),
    },
    {
      id: county.segment,
      title: t.facets.county,
      links: county.values
        .filter((v) => c.projectsByCounty.has(v))
        .map((v) => link(urls.projectsByCounty(v), county.label(v), c.projectsByCounty.get(v)!.length)),
    },
  ];
}

/** The first items of a list too long to show whole (PREVIEW), and the link text to all of them. */
export function preview<T>(items: readonly T[], limit = PREVIEW) {
  const shown = needsFullListing(items.length) ? items.slice(0, limit) : [...items];
  return { shown, seeAll: items.length > shown.length ? t.seeAll(formatInteger(items.length)) : null };
}

/** «Kommune» or «Kommuner» before the project's places. */
export function municipalitiesLabel(places: readonly unknown[]): string {
  return places.length === 1 ? t.page.municipality.one : t.page.municipality.many;
}

/** A sector inside a sentence: «pleie og omsorg»; «hele kommunen» for the whole municipality. */
export function sectorInSentence(sektor: SectorKey): string {
  return sektor === 'alle' ? t.page.wholeMunicipality : SECTOR_RECORDS[sektor].inText;
}

/** One goal's result on the project page: its status, and the figure against the target when there is one. */
export function goalResult(g: GoalAttainment): { text: string; status: string; figure: string | null } {
  return {
    text: g.goal.tekst,
    status: GOAL_STATUS_LABELS[g.status],
    figure:
      g.figure !== null && g.period
        ? t.page.goalFigure(
            formatPercent(g.figure),
            formatRange(g.period),
            resultsPage.goals.direction[g.goal.retning],
            formatPercent(g.target),
            sectorInSentence(g.sektor),
          )
        : null,
  };
}
