/**
 * Every fixed UI string of the site, in Norwegian bokmål: `ui` here holds the site-wide chrome,
 * and the modules re-exported below hold one page or feature each, as typed `as const` objects.
 * Templates import them all from this file. Sentences with figures are functions of figures
 * already formatted by src/lib; no number is formatted here. Vocabulary labels (pools, sectors,
 * focus areas) live beside their values in src/lib/schemas/vocabulary.ts.
 */
export * from './charts';
export * from './entries';
export * from './layout';
export * from './map';
export * from './pages';
export * from './projects';
export * from './results';

export const ui = {
  siteName: 'Kompetansebanken',
  siteTagline: 'Kvalitetskommuneprogrammet 2007–2010',
  skipLink: 'Hopp til hovedinnhold',
  mainNav: 'Hovedmeny',
  /** The button that opens the main menu on narrow screens (a <details> disclosure, no JavaScript). */
  menuButton: 'Meny',
  breadcrumbs: 'Brødsmulesti',
  searchLabel: 'Søk i kompetansebanken',
  searchPlaceholder: 'Søk i kompetansebanken',
  searchButton: 'Søk',
  home: 'Forside',
  /** «Prosjekter (12)»: a heading or label with its count. */
  withCount: (label: string, count: string) => `${label} (${count})`,
  nav: {
    projects: 'Prosjekter',
    municipalities: 'Kommuner',
    networks: 'Nettverk',
    tools: 'Verktøy',
    stories: 'Gode historier',
    newsletters: 'Nyhetsbrev',
    gatherings: 'Samlinger',
    results: 'Resultater',
    about: 'Om programmet',
  },
  exampleData: 'Eksempeldata',
  exampleDataExplained:
    'Siden inneholder oppdiktede opplysninger som viser hvordan kompetansebanken fungerer. Fakta fra programmets egne dokumenter er oppgitt med kilde der de brukes.',
  exampleDataShort: 'Oppdiktet eksempelinnhold, ikke faktiske opplysninger.',
  draft: 'Utkast',
  draftExplained: 'Dette er et utkast. Det vises bare i forhåndsvisning og publiseres ikke.',
  footer: {
    about:
      'Kompetansebanken samler prosjekter, verktøy og erfaringer fra Kvalitetskommuneprogrammet, et samarbeid mellom staten, KS og arbeidstakerorganisasjonene.',
    accessibility: 'Tilgjengelighetserklæring',
    source: 'Kildekode og innhold',
  },
  notFound: {
    title: 'Fant ikke siden',
    text: 'Siden du lette etter finnes ikke, eller den har fått en ny adresse.',
  },
} as const;
