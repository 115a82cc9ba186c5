/** Projects: the project page, the listings, their facets and the previews on other pages. */
export const projectsUi = {
  listing: {
    /** Title of page 2 onwards of a listing. */
    pageTitle: (title: string, page: string, pages: string) => `${title}, side ${page} av ${pages}`,
    count: { one: 'prosjekt', many: 'prosjekter' },
    /** «Viser 21–40.» after the count on a paged listing. */
    showing: (first: string, last: string) => `Viser ${first}–${last}.`,
    all: 'Alle prosjekter',
  },
  facets: {
    heading: 'Utvalg av prosjekter',
    sector: 'Sektor',
    pool: 'Pulje',
    focus: 'Fokusområde',
    county: 'Fylke',
    /** «Oppvekst (12)». */
    link: (label: string, count: string) => `${label} (${count})`,
  },
  /** The link under a preview of a long list: «Se alle 64 prosjektene». */
  seeAll: (count: string) => `Se alle ${count} prosjektene`,
  page: {
    municipality: { one: 'Kommune', many: 'Kommuner' },
    pool: 'Pulje',
    sector: 'Sektor',
    focus: 'Fokus',
    period: 'Periode',
    status: 'Status',
    contact: 'Kontakt',
    goals: 'Mål',
    measures: 'Tiltak',
    tools: 'Verktøy og metoder',
    results: 'Resultater',
    about: 'Om prosjektet',
    stories: 'Gode historier fra prosjektet',
    /** « – 9,8 % i 2009 mot målet under 9,0 % (hele kommunen).» after a goal's status. */
    goalFigure: (figure: string, period: string, direction: string, target: string, scope: string) =>
      `– ${figure} i ${period} mot målet ${direction} ${target} (${scope}).`,
    wholeMunicipality: 'hele kommunen',
    noGoals: 'Prosjektet har ingen tallfestede mål for sykefraværet. Se resultatene for',
    and: ' og ',
  },
} as const;

/**
 * The titles and intros of the listings (src/lib/presentation/listings.ts), each before its
 * count. Labels come as the registry and vocabulary write them; lower-casing is done here.
 * Kept apart from projectsUi, which the search page's script bundles, so that script stays
 * byte for byte as it was.
 */
export const listingText = {
  all: {
    title: 'Prosjekter',
    intro:
      'Hver kommune i programmet drev lokale prosjekter med mål, tiltak, frister, ansvar og evaluering. Her er alle, sortert etter tittel:',
  },
  sector: {
    title: (sector: string) => `Prosjekter i ${sector.toLowerCase()}`,
    intro: (sector: string) => `Prosjekter i sektoren ${sector.toLowerCase()}:`,
  },
  pool: {
    /** Also the pool listing's name in the breadcrumbs of its pool x sector listings. */
    title: (pool: string) => `Prosjekter i ${pool.toLowerCase()}`,
    intro: (pool: string, start: string) => `${pool} startet ${start}. Prosjekter i kommuner fra denne puljen:`,
  },
  county: {
    title: (county: string) => `Prosjekter i ${county}`,
    intro: (county: string) => `Prosjekter i kommuner i ${county} (fylkesinndeling før 2020):`,
  },
  focus: {
    title: (focus: string) => `Prosjekter om ${focus.toLowerCase()}`,
    intro: (focus: string) => `Prosjekter med fokusområdet ${focus.toLowerCase()}:`,
  },
  municipality: {
    title: (name: string) => `Prosjekter i ${name}`,
    intro: (name: string) => `Prosjekter i ${name} kommune:`,
  },
  network: {
    title: (name: string) => `Prosjekter i ${name}`,
    intro: (name: string) => `Prosjekter i kommunene i ${name}:`,
  },
  tool: {
    title: (title: string) => `Prosjekter som bruker ${title}`,
    intro: (title: string) => `Prosjekter som bruker verktøyet ${title}:`,
  },
} as const;
