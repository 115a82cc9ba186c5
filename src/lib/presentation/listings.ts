/**
 * Project listings and their pages. A listing is a named selection of projects (all, one
 * sector, pool, county or focus area, one municipality, network or tool); each is split into
 * pages of PAGE_SIZE so no page grows with the bank (10,000 projects would make a 6 MB page).
 * Page 1 lives at the listing's own URL, page n at `<listing>side/<n>/`.
 *
 * Municipality, network and tool pages list up to PREVIEW_LIMIT projects themselves; beyond
 * that they show the first PREVIEW and link to a full listing, which exists only then.
 */
import type { DerivedContent, Item } from '../model/derive';
import { compareCodeUnits, compareNb, formatInteger } from '../format/nb';
import type { Project } from '../schemas';
import { POOL_START, type Pool, type Sector } from '../schemas/vocabulary';
import { PROJECT_FACETS, type FacetSegment } from '../collections/facets';
import { urls } from '../format/urls';
import { followUi } from '../../i18n/follow';
import { layoutUi } from '../../i18n/layout';
import { listingText, projectsUi } from '../../i18n/projects';

/** Projects per listing page. */
export const PAGE_SIZE = 40;
/** A municipality, network or tool page lists all its projects up to this many... */
export const PREVIEW_LIMIT = 20;
/** ...and beyond that the first PREVIEW, with a link to the full listing. */
export const PREVIEW = 12;

/** Whether a page with `count` projects shows only a preview and links to a full listing. */
export const needsFullListing = (count: number) => count > PREVIEW_LIMIT;

export interface PageSlice<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the listing (at least 1). */
  count: number;
  items: T[];
  /** 1-based position of the first and last item on this page (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
}

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Ugyldig sidestørrelse: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: slice,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/** URL of page `n` of the listing at `base` (which ends in a slash). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}side/${n}/`;
}

/**
 * The page numbers a pagination bar shows: first, last, the current page and `around` pages
 * either side, with `null` where numbers are left out ("…").
 */
export function pageWindow(current: number, count: number, around = 1): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(n - 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/** One link of a pagination bar: the page number as its text, «Side 3» as its accessible name. */
export interface PageLink {
  href: string;
  text: string;
  label: string;
  current: boolean;
}

/** A pagination bar: its accessible name, «Forrige» and «Neste» (without href at either end), the page links. */
export interface PaginationView {
  label: string;
  previous: { text: string; href?: string };
  next: { text: string; href?: string };
  /** The links of pageWindow, with `null` where pages are left out («…»). */
  pages: (PageLink | null)[];
}

/** The pagination bar of page `current` of `count` of the listing at `base`; null when there is one page. */
export function pagination(base: string, current: number, count: number): PaginationView | null {
  if (count <= 1) return null;
  const t = layoutUi.pagination;
  // Page numbers are written as digits without grouping, in the links as in the URLs.
  const step = (n: number, text: string) => (n >= 1 && n <= count ? { text, href: pageUrl(base, n) } : { text });
  return {
    label: t.label(String(current), String(count)),
    previous: step(current - 1, t.previous),
    next: step(current + 1, t.next),
    pages: pageWindow(current, count).map((n) =>
      n === null ? null : { href: pageUrl(base, n), text: String(n), label: t.page(String(n)), current: n === current },
    ),
  };
}

/** A listing's kind: all projects, one facet value (its path segment), pool x sector, or one entry's projects. */
export type ListingKind = 'alle' | FacetSegment | 'pulje-sektor' | 'kommune' | 'nettverk' | 'verktoy';

export interface Listing {
  kind: ListingKind;
  /** URL of page 1, ending in a slash. */
  base: string;
  title: string;
  /** Sentence before the count, e.g. "Prosjekter i sektoren oppvekst:". */
  intro: string;
  /** Where the listing belongs (for breadcrumbs), when it is not the project overview. */
  parent?: { label: string; href: string };
  /** The sector, pool, county, focus area or entry id the listing selects by (not for 'alle'). */
  key?: string;
  projects: Item<Project>[];
}

const byTitle = (a: Item<Project>, b: Item<Project>) =>
  compareNb(a.data.tittel, b.data.tittel) || compareCodeUnits(a.id, b.id);

/** The projects of a network: those of its member municipalities, each once, by title. */
export function projectsOfNetwork(content: DerivedContent, networkId: string): Item<Project>[] {
  const seen = new Set<Item<Project>>();
  for (const m of content.membersOf(networkId)) for (const p of content.projectsOfMunicipality(m.id)) seen.add(p);
  return [...seen].sort(byTitle);
}

/**
 * Every project listing of the site. The facet listings always exist (they are linked from
 * the project overview); municipality, network and tool listings only when their own page
 * cannot show all their projects.
 */
export function projectListings(content: DerivedContent): Listing[] {
  const t = listingText;
  const out: Listing[] = [
    {
      kind: 'alle',
      base: urls.projects(),
      title: t.all.title,
      intro: t.all.intro,
      projects: content.projects,
    },
  ];
  const { sector, pool, focus } = PROJECT_FACETS;
  for (const s of sector.values) {
    out.push({
      kind: sector.segment,
      base: urls.projectsBySector(s),
      key: s,
      title: t.sector.title(sector.label(s)),
      intro: t.sector.intro(sector.label(s)),
      projects: content.projectsBySector.get(s) ?? [],
    });
  }
  for (const p of pool.values) {
    out.push({
      kind: pool.segment,
      base: urls.projectsByPool(p),
      key: p,
      title: t.pool.title(pool.label(p)),
      intro: t.pool.intro(pool.label(p), POOL_START[p]),
      projects: content.projectsByPool.get(p) ?? [],
    });
  }
  // Pool x sector, the combination municipalities ask for most: only the ones with projects.
  for (const p of pool.values) {
    for (const s of sector.values) {
      const projects = poolSectorProjects(content, p, s);
      if (projects.length === 0) continue;
      out.push({
        kind: 'pulje-sektor',
        base: urls.projectsByPoolAndSector(p, s),
        key: `${p}/${s}`,
        title: followUi.facets.comboTitle(pool.label(p), sector.label(s)),
        intro: followUi.facets.comboIntro(pool.label(p), sector.label(s)),
        parent: { label: t.pool.title(pool.label(p)), href: urls.projectsByPool(p) },
        projects,
      });
    }
  }
  // Counties: only those with projects (a county's listing is linked only then).
  for (const [county, projects] of content.projectsByCounty) {
    out.push({
      kind: PROJECT_FACETS.county.segment,
      base: urls.projectsByCounty(county),
      key: county,
      title: t.county.title(county),
      intro: t.county.intro(county),
      projects,
    });
  }
  for (const f of focus.values) {
    out.push({
      kind: focus.segment,
      base: urls.projectsByFocus(f),
      key: f,
      title: t.focus.title(focus.label(f)),
      intro: t.focus.intro(focus.label(f)),
      projects: content.projectsByFocus.get(f) ?? [],
    });
  }
  for (const m of content.municipalities) {
    const projects = content.projectsOfMunicipality(m.id);
    if (!needsFullListing(projects.length)) continue;
    out.push({
      kind: 'kommune',
      base: urls.projectsOfMunicipality(m.id),
      key: m.id,
      title: t.municipality.title(m.data.navn),
      intro: t.municipality.intro(m.data.navn),
      parent: { label: m.data.navn, href: urls.municipality(m.id) },
      projects,
    });
  }
  for (const n of content.networks) {
    const projects = projectsOfNetwork(content, n.id);
    if (!needsFullListing(projects.length)) continue;
    out.push({
      kind: 'nettverk',
      base: urls.projectsOfNetwork(n.id),
      key: n.id,
      title: t.network.title(n.data.navn),
      intro: t.network.intro(n.data.navn),
      parent: { label: n.data.navn, href: urls.network(n.id) },
      projects,
    });
  }
  for (const tool of content.tools) {
    const projects = content.projectsOfTool(tool.id);
    if (!needsFullListing(projects.length)) continue;
    out.push({
      kind: 'verktoy',
      base: urls.projectsOfTool(tool.id),
      key: tool.id,
      title: t.tool.title(tool.data.tittel),
      intro: t.tool.intro(tool.data.tittel),
      parent: { label: tool.data.tittel, href: urls.tool(tool.id) },
      projects,
    });
  }
  return out;
}

export interface ListingPage {
  listing: Listing;
  page: PageSlice<Item<Project>>;
  url: string;
}

/** Every page of every listing, with its URL. */
export function listingPages(content: DerivedContent, size = PAGE_SIZE): ListingPage[] {
  return projectListings(content).flatMap((listing) =>
    paginate(listing.projects, size).map((page) => ({ listing, page, url: pageUrl(listing.base, page.number) })),
  );
}

/** The projects of a pool's municipalities in one sector, by title. */
export function poolSectorProjects(content: DerivedContent, pool: Pool, sector: Sector): Item<Project>[] {
  return (content.projectsByPool.get(pool) ?? []).filter((p) => p.data.sektor.includes(sector));
}

/** A link to a pool x sector listing with its count, e.g. "Oppvekst (12)". */
export interface ComboLink {
  href: string;
  label: string;
}

/**
 * Links from a single-facet listing to its pool x sector listings: from a pool to each sector,
 * from a sector to each pool, with counts; combinations without projects are left out.
 */
export function comboLinks(content: DerivedContent, kind: ListingKind, key: string | undefined): ComboLink[] {
  const link = (p: Pool, sector: Sector, label: string) => {
    const n = poolSectorProjects(content, p, sector).length;
    return n === 0
      ? []
      : [{ href: urls.projectsByPoolAndSector(p, sector), label: projectsUi.facets.link(label, formatInteger(n)) }];
  };
  const { pool, sector } = PROJECT_FACETS;
  if (kind === pool.segment && (pool.values as readonly string[]).includes(key ?? '')) {
    return sector.values.flatMap((s) => link(key as Pool, s, sector.label(s)));
  }
  if (kind === sector.segment && (sector.values as readonly string[]).includes(key ?? '')) {
    return pool.values.flatMap((p) => link(p, key as Sector, pool.label(p)));
  }
  return [];
}
