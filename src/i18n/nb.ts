/**
 * Every fixed UI string of the site, in Norwegian bokmål. Vocabulary labels (pools, sectors,
 * focus areas) live beside their values in src/lib/schemas/vocabulary.ts.
 */
export const ui = {
  siteName: 'Kompetansebanken',
  siteTagline: 'Kvalitetskommuneprogrammet 2007–2010',
  skipLink: 'Hopp til hovedinnhold',
  mainNav: 'Hovedmeny',
  breadcrumbs: 'Brødsmulesti',
  home: 'Forside',
  nav: {
    projects: 'Prosjekter',
    municipalities: 'Kommuner',
    networks: 'Nettverk',
    tools: 'Verktøy',
    stories: 'Gode historier',
    newsletters: 'Nyhetsbrev',
    gatherings: 'Samlinger',
    about: 'Om programmet',
  },
  exampleData: 'Eksempeldata',
  exampleDataExplained:
    'Innholdet på denne siden er oppdiktet eksempelinnhold som viser hvordan kompetansebanken fungerer. Det er ikke faktiske opplysninger fra programmet.',
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
