/**
 * «Last ned utvalget»: the projects of one facet listing (a sector, pool, county or focus area:
 * the filters a researcher uses) as a static CSV file beside the listing,
 * /prosjekter/<kind>/<key>/prosjekter.csv, with no client JavaScript. Its rows are the listing's
 * projects (the listing's own membership: a project belongs to the pools and counties of its
 * municipalities), its lines exactly those of /data/prosjekter.csv for those projects.
 */
import type { Listing } from '../presentation/listings';
import { FACET_LIST, type FacetSegment } from '../collections/facets';
import type { FieldValue, Table } from './fields';
import { toCsv } from './formats';

/** The listing kinds that get a CSV file: the four filters of the project overview, the project facets. */
export const SELECTION_KINDS: readonly FacetSegment[] = FACET_LIST.map((f) => f.segment);
export type SelectionKind = FacetSegment;

export interface Selection {
  /** The file's URL, beside the listing: /prosjekter/sektor/oppvekst/prosjekter.csv. */
  href: string;
  /** The route's parameters. */
  kind: SelectionKind;
  slug: string;
}

const isSelectionKind = (kind: string): kind is SelectionKind => (SELECTION_KINDS as readonly string[]).includes(kind);

/** The CSV file of a listing, or null for listings without one (all projects have /data/prosjekter.csv). */
export function selectionOf(listing: Pick<Listing, 'kind' | 'base'>): Selection | null {
  if (!isSelectionKind(listing.kind)) return null;
  const match = /^\/prosjekter\/([a-z]+)\/([a-z0-9-]+)\/$/.exec(listing.base);
  if (!match || match[1] !== listing.kind)
    throw new Error(`Utvalget ${listing.base} har ikke formen /prosjekter/${listing.kind}/<nøkkel>/`);
  return { href: `${listing.base}prosjekter.csv`, kind: listing.kind, slug: match[2]! };
}

/** The CSV of the projects with these ids, in the order and with the cells of the whole table's file. */
export function selectionCsv(
  projects: Pick<Table, 'fields'>,
  values: readonly FieldValue[][],
  ids: ReadonlySet<string>,
): string {
  const id = projects.fields.findIndex((f) => f.name === 'id');
  if (id < 0) throw new Error('Prosjekttabellen mangler kolonnen id');
  return toCsv(
    projects,
    values.filter((row) => ids.has(row[id] as string)),
  );
}
