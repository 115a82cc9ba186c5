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
