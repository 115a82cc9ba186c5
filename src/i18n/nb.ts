/**
 * Every fixed UI string of the site, in Norwegian bokmål: `ui` here holds the site-wide chrome,
 * and the modules re-exported below hold one page or feature each, as typed `as const` objects.
 * Templates import them all from this file. Sentences with figures are functions of figures
 * already formatted by src/lib; no number is formatted here. Vocabulary labels (pools, sectors,
 * focus areas) live beside their values in src/lib/schemas/vocabulary.ts; collection names
 * (singular, plural, menu) in the collection registry, src/lib/collections.
 *
 * No template writes UI text itself: the ESLint rule kb/no-ui-text (config/eslint/no-ui-text.js,
 * run by `npm run lint`) fails one that does. Four pages are editorial content, not UI, and keep
 * their prose in the template: /om/ (the programme's history and facts, with sources),
 * /om/publisere/ (the editors' guide), /tilgjengelighet/ (the accessibility statement) and
 * /resultater/slik-beregner-vi/ (the method). Their wording changes with what they describe, the
 * way an article does, and nothing else reads it; they are listed as CONTENT_PAGES in
 * eslint.config.js. The chrome around them (menu, breadcrumbs, footer) still comes from here.
 */
export * from './charts';
export * from './entries';
export * from './layout';
export * from './map';
export * from './opendata-columns';
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
  /**
   * The main menu's entries that are not collections; a collection's entry is its menu name in the
   * registry (src/lib/presentation/main-nav.ts).
   */
  nav: {
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
