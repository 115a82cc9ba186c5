/**
 * The facets of the project listings, each named once: its path segment under the projects'
 * list address (/prosjekter/<segment>/<slug of value>/), its values in display order and a
 * value's label. The registry's `prosjekter` record holds them (`facets`); the URLs
 * (src/lib/format/urls.ts), the listings and their pages (src/lib/presentation/listings.ts), the
 * facet links of the project overview, the selection files and the link check read them here.
 */
import { slugify } from '../format/slug';
import {
  COUNTIES,
  FOCUS_AREAS,
  FOCUS_LABELS,
  POOLS,
  POOL_LABELS,
  SECTORS,
  SECTOR_LABELS,
  type County,
  type FocusArea,
  type Pool,
  type Sector,
} from '../schemas/vocabulary';

export interface Facet<V extends string = string, S extends string = string> {
  /** The path segment after the list address: `sektor` in /prosjekter/sektor/oppvekst/. */
  segment: S;
  /** Every value, in display order; a value's address is its slug (slugify). */
  values: readonly V[];
  /** A value's display label: «Pleie og omsorg» for `pleie-og-omsorg`. */
  label(value: V): string;
}

const facet = <V extends string, S extends string>(f: Facet<V, S>) => f;

export const PROJECT_FACETS = {
  sector: facet<Sector, 'sektor'>({ segment: 'sektor', values: SECTORS, label: (v) => SECTOR_LABELS[v] }),
  pool: facet<Pool, 'pulje'>({ segment: 'pulje', values: POOLS, label: (v) => POOL_LABELS[v] }),
  county: facet<County, 'fylke'>({ segment: 'fylke', values: COUNTIES, label: (v) => v }),
  focus: facet<FocusArea, 'fokus'>({ segment: 'fokus', values: FOCUS_AREAS, label: (v) => FOCUS_LABELS[v] }),
};

export type ProjectFacet = keyof typeof PROJECT_FACETS;
/** The path segments of the facets: `sektor`, `pulje`, `fylke`, `fokus`. */
export type FacetSegment = (typeof PROJECT_FACETS)[ProjectFacet]['segment'];

/** The facets in the order the project overview shows their listings. */
export const FACET_LIST: readonly Facet<string, FacetSegment>[] = Object.values(PROJECT_FACETS);

/**
 * The path below a list address of one or more facet values: «sektor/oppvekst/» for
 * [[sector, 'oppvekst']], «pulje/1/sektor/oppvekst/» for a pool and a sector.
 */
export const facetPath = (...parts: readonly (readonly [Facet<string>, string])[]): string =>
  parts.map(([f, value]) => `${f.segment}/${slugify(value)}/`).join('');

/** The slugs a facet's values have in addresses. */
export const facetSlugs = (f: Facet<string>): readonly string[] => f.values.map(slugify);
