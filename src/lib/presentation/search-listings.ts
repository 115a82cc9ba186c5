/**
 * The listings a reader can browse instead of searching (SearchListings.astro, shown without
 * JavaScript and after a search that found nothing): the projects with their listings by
 * sector, pool, county and focus area, then the other collections. Names come from the registry
 * (plural labels), the vocabularies (sectors) and the facet headings.
 */
import { COLLECTIONS } from '../collections';
import { listSeparators } from '../format/nb';
import { urls } from '../format/urls';
import { FOCUS_AREAS, POOLS, SECTORS, SECTOR_RECORDS } from '../schemas/vocabulary';
import { layoutUi } from '../../i18n/layout';
import { projectsUi } from '../../i18n/projects';

export interface ListingLink {
  href: string;
  text: string;
}

export interface BrowseListings {
  /** The projects, the words after them, and the facet links, each with what goes before it («, », « og »). */
  projects: ListingLink & { alsoBy: string; facets: (ListingLink & { before: string })[] };
  /** The other listings. */
  others: ListingLink[];
}

export function browseListings(): BrowseListings {
  const facet = projectsUi.facets;
  const facets: ListingLink[] = [
    ...SECTORS.map((s) => ({ href: urls.projectsBySector(s), text: SECTOR_RECORDS[s].inText })),
    { href: urls.projectsByPool(POOLS[0]), text: facet.pool.toLowerCase() },
    { href: `${urls.projects()}#fylke`, text: facet.county.toLowerCase() },
    { href: urls.projectsByFocus(FOCUS_AREAS[0]), text: facet.focus.toLowerCase() },
  ];
  const before = listSeparators(facets.length);
  return {
    projects: {
      href: urls.projects(),
      text: COLLECTIONS.prosjekter.labels.plural,
      alsoBy: layoutUi.projectsAlsoBy,
      facets: facets.map((f, i) => ({ ...f, before: before[i]! })),
    },
    others: [
      { href: urls.municipalities(), text: COLLECTIONS.kommuner.labels.plural },
      { href: urls.tools(), text: COLLECTIONS.verktoy.labels.plural },
      { href: urls.newsletters(), text: COLLECTIONS.nyhetsbrev.labels.plural },
      { href: urls.stories(), text: COLLECTIONS.historier.labels.plural },
      { href: urls.gatherings(), text: COLLECTIONS.samlinger.labels.plural },
    ],
  };
}
