/**
 * The page shell (BaseLayout) and the components shared by many pages: page links of a listing,
 * card lists and the MDX boxes editors put in entries. Page-number labels are functions of
 * numbers already turned into text (src/lib/presentation/listings.ts `pagination`).
 */
export const layoutUi = {
  /**
   * Names of the two RSS feeds, the titles of the `<link rel="alternate">` in every page's head
   * (what a feed reader offers when it finds the feeds).
   */
  feeds: {
    all: 'Kompetansebanken – nyheter',
    newsletters: 'Kompetansebanken – nyhetsbrev',
  },
  /** The page links under a listing (Pagination.astro). */
  pagination: {
    /** Accessible name of the page links: «Sider, side 2 av 5». */
    label: (current: string, count: string) => `Sider, side ${current} av ${count}`,
    previous: 'Forrige',
    next: 'Neste',
    /** Accessible name of the link to one page: «Side 3». */
    page: (n: string) => `Side ${n}`,
  },
  /** Name of the search page (/sok/): the footer's link to it and its share card. */
  searchPage: 'Søk',
  /** Between the link to the projects and the links to their listings by facet (SearchListings). */
  projectsAlsoBy: ', også etter ',
  /** Shown by CardList when a page has no cards and passes no text of its own. */
  noEntries: 'Ingen oppføringer ennå.',
  /** The MDX box of key facts (components/mdx/Faktaboks.astro). */
  factBox: {
    /** Its heading when the editor gives no `tittel`. */
    title: 'Kort fortalt',
  },
} as const;
