/**
 * The pages' own wording: one object per page (or per listing and its entry pages), with the
 * page's description, lead paragraph, headings, fact labels and empty-list texts. Collection
 * names (page titles such as «Kommuner») are the registry's labels (src/lib/collections) and
 * pool, sector and focus labels the vocabularies' (src/lib/schemas/vocabulary.ts); the
 * templates read those from there and hand them to the functions here.
 */
import { projectsUi } from './projects';

/** Fact labels the project page uses too («Pulje», «Sektor», «Resultater»), and the others shared here. */
const facts = {
  pool: projectsUi.page.pool,
  sector: projectsUi.page.sector,
  results: projectsUi.page.results,
  county: projectsUi.facets.county,
  source: 'Kilde',
} as const;

/** The notes under the sick-leave charts of a municipality and a network. */
const chartNotes = {
  exampleData: ' Tallene er eksempeldata.',
  /** «Laneys p′-diagram» or «p-diagram», after the chart's kind. */
  kind: (kind: string) => (kind === 'p-prime' ? 'Laneys p′-diagram' : 'p-diagram'),
} as const;

export const homePage = {
  description:
    'Kompetansebanken for Kvalitetskommuneprogrammet: prosjekter, verktøy, gode historier og nyhetsbrev fra kommunene som arbeidet med kvalitet og nærvær 2007–2010.',
  lead: 'Erfaringer, prosjekter og verktøy fra Kvalitetskommuneprogrammet, der kommuner, KS, staten og arbeidstakerorganisasjonene samarbeidet om bedre kvalitet i tjenestene og høyere nærvær. Motto: «nærvær gir kvalitet».',
  figuresHeading: 'Kompetansebanken i tall',
  /** A key figure's label: the collection's name in lower case, «kommuner». */
  figure: (plural: string) => plural.toLowerCase(),
  counties: 'fylker',
  /** Before the list of pools and their counts. */
  figuresNote: 'Tallene telles fra innholdet i kompetansebanken. Kommuner per pulje:',
  latestNewsletter: 'Siste nyhetsbrev',
  /** «Nr. 12» before the date of the latest newsletter. */
  newsletterNumber: (n: string) => `Nr. ${n}`,
  allNewsletters: 'Alle nyhetsbrev',
  shortcutsHeading: 'Finn eksempler',
  /** «Prosjekter i pleie og omsorg», with what the sector covers in brackets when given. */
  inSector: (sector: string, covers?: string) => `Prosjekter i ${sector}${covers ? ` (${covers})` : ''}`,
  /** What the sector «oppvekst» covers. */
  oppvekstCovers: 'barnehage, skole, SFO',
  /** «Prosjekter om nærvær og sykefravær», from the focus area's label. */
  aboutFocus: (focus: string) => `Prosjekter om ${focus.toLowerCase()}`,
  byCounty: 'Prosjekter etter fylke',
  allStories: 'Alle gode historier',
} as const;

export const notFoundPage = {
  home: 'Gå til forsiden',
  projects: 'Se alle prosjekter',
  municipalities: 'Se alle kommuner',
  tools: 'Se verktøy og metoder',
} as const;

export const storiesPage = {
  description:
    'Gode historier fra kommunene i Kvalitetskommuneprogrammet: hva de gjorde, og hva brukere og ansatte merket.',
  lead: '«Del de gode historiene» var en del av programmets resultatrapportering. Her forteller kommunene hva de gjorde, og hva brukere og ansatte merket. Nyeste først.',
  published: 'Publisert',
  sector: facts.sector,
} as const;

export const municipalitiesPage = {
  description: 'Kommunene i Kvalitetskommuneprogrammet etter pulje, med fylke, nettverk og prosjekter.',
  /** The table of a pool's municipalities: its region label and caption. */
  poolTable: (pool: string) => `${pool}: kommuner, fylke, nettverk og antall prosjekter`,
  columns: {
    number: 'Kommunenr.',
    county: facts.county,
    network: 'Nettverk',
  },
  /** A municipality without a network, in the table. */
  noNetwork: '–',
} as const;

export const municipalityPage = {
  /** «Verdal kommune». */
  title: (name: string) => `${name} kommune`,
  description: (name: string, pool: string) =>
    `${name} i Kvalitetskommuneprogrammet: ${pool.toLowerCase()}, nettverk, prosjekter og gode historier.`,
  /** The search summary of a municipality without one: «Verdal: Trøndelag». */
  searchSummary: (name: string, county: string) => `${name}: ${county}`,
  number: 'Kommunenummer',
  numberNote: '(nummerering før 2020)',
  county: facts.county,
  pool: facts.pool,
  /** «(fra våren 2007)» after the pool. */
  poolStart: (start: string) => `(fra ${start})`,
  network: 'Læringsnettverk',
  noNetwork: 'Ikke registrert',
  neighbours: 'Andre i nettverket',
  source: facts.source,
  results: facts.results,
  exampleData: chartNotes.exampleData,
  /** The subject of the sick-leave charts: «Sykefraværet i Verdal». */
  chartSubject: (name: string) => `Sykefraværet i ${name}`,
  yearCaption: (name: string) => `Sykefravær per år i ${name} (vektet). * = ikke alle kvartaler. Eksempeldata.`,
  runTitle: (name: string) => `Seriediagram: sykefravær per kvartal i ${name}`,
  runNote: (rules: string) =>
    `${rules} Midtlinjen er medianen av kvartalene; se «Slik beregner vi» under Resultater. Tallene er eksempeldata.`,
  spcTitle: (name: string) => `Sykefravær per kvartal i ${name}`,
  spcNote: (kind: string) =>
    `${chartNotes.kind(kind)}; tallene er eksempeldata. Se «Slik beregner vi» under Resultater.`,
  surveysIntro:
    'Skår per år på undersøkelsens skala, i XmR-diagram (individverdier): er en endring et signal, eller vanlig variasjon? Et år uten undersøkelse er et hull i linjen.',
  /** Bold after the intro when a survey is example data (a leading space, as in the sentence). */
  surveysExampleData: chartNotes.exampleData,
  surveyNote: (rules: string, limits: string, example: boolean) =>
    `${rules} ${limits}${example ? chartNotes.exampleData : ''}`,
  noProjects: 'Ingen prosjekter er registrert for kommunen ennå.',
  noStories: 'Ingen gode historier er registrert for kommunen ennå.',
} as const;

export const networksPage = {
  description:
    'Læringsnettverkene i Kvalitetskommuneprogrammet: 4–6 kommuner som lærer av hverandre på nettverkssamlinger.',
  lead: 'Kommunene i programmet var organisert i læringsnettverk på 4–6 kommuner. Nettverkene møttes på nettverkssamlinger over én til to dager, planlagt av prosjektlederne og nettverkets veileder. Programmet dekket utgifter for inntil sju deltakere fra hver kommune.',
} as const;

export const networkPage = {
  /** «Nettverk Innlandet: læringsnettverk i pulje 1 med Gjøvik, Hamar.» */
  description: (name: string, pool: string, members: string) =>
    `${name}: læringsnettverk i ${pool.toLowerCase()} med ${members}.`,
  pool: facts.pool,
  supervisor: 'Veileder',
  members: 'Kommunene i nettverket',
  noMembers: 'Ingen kommuner er registrert i nettverket ennå.',
  results: facts.results,
  chartSubject: (name: string) => `Sykefraværet i ${name}`,
  spcTitle: (name: string) => `Sykefravær per kvartal i ${name} (vektet for kommunene i nettverket)`,
  spcNote: (kind: string) => `${chartNotes.kind(kind)}; tallene er eksempeldata.`,
  noResults: 'Det finnes ingen sykefraværstall for kommunene i nettverket.',
  noProjects: 'Ingen prosjekter er registrert ennå.',
  gatherings: 'Nettverkssamlinger',
  noGatherings: 'Ingen samlinger er registrert for nettverket.',
} as const;

export const toolsPage = {
  description:
    'Metoder, målinger, undersøkelser, maler og veiledere som kommunene i Kvalitetskommuneprogrammet brukte.',
  lead: 'Sekretariatet utviklet og samlet metoder og verktøy som kommunene kunne bruke i prosjektene sine, fra statistisk prosesskontroll til brukerundersøkelser. For hvert verktøy ser du hvilke prosjekter som har brukt det.',
} as const;

export const toolPage = {
  category: 'Kategori',
  theme: 'Tema',
  website: 'Nettsted',
  source: facts.source,
  attachments: 'Vedlegg',
  usedBy: 'Prosjekter som bruker verktøyet',
  noUsers: 'Ingen prosjekter i banken bruker dette verktøyet ennå.',
} as const;

export const newslettersPage = {
  description: 'Nyhetsbrev (månedsnytt) fra sekretariatet for Kvalitetskommuneprogrammet, nyeste først.',
  lead: 'Sekretariatet i KS ga ut nyhetsbrev om programmet: nye puljer, samlinger, resultater og gode historier fra kommunene. Nyeste først.',
} as const;

export const newsletterPage = {
  /** «Nyhetsbrev nr. 12» before the date. */
  number: (n: string) => `Nyhetsbrev nr. ${n}`,
  emailHtml: 'E-postutgave (HTML)',
  emailText: '(ren tekst)',
  emailTextLabel: 'E-postutgave (ren tekst)',
  pager: 'Andre nyhetsbrev',
  previous: (title: string) => `Forrige: ${title}`,
  next: (title: string) => `Neste: ${title}`,
} as const;

export const gatheringsPage = {
  title: 'Samlinger og konferanser',
  description:
    'Oppstartskonferanser, nettverkssamlinger og fagsamlinger i Kvalitetskommuneprogrammet, i tidsrekkefølge.',
  lead: 'Hver pulje startet med en oppstartskonferanse. Læringsnettverkene møttes på nettverkssamlinger over én til to dager.',
} as const;

export const gatheringPage = {
  type: 'Type',
  when: 'Når',
  place: 'Sted',
  network: 'Nettverk',
  pool: facts.pool,
} as const;

/** The search page; its name («Søk») is layoutUi.searchPage, its button the header's ui.searchButton. */
export const searchPage = {
  description:
    'Søk i prosjekter, verktøy, nyhetsbrev, gode historier, kommuner og samlinger i kompetansebanken for Kvalitetskommuneprogrammet.',
  heading: 'Søk i kompetansebanken',
  field: 'Søkeord',
  noScript:
    'Søket bruker JavaScript i nettleseren din og virker ikke uten. Du finner det samme innholdet i oversiktene, som virker uten JavaScript:',
  filters: 'Avgrens søket',
  sort: 'Sortering',
  clearFilters: 'Fjern alle filtre',
  results: 'Treff',
  more: 'Vis flere treff',
} as const;

/**
 * The RSS feeds /rss.xml and /nyhetsbrev/rss.xml: the description a feed reader shows under
 * the feed's title (the titles are layoutUi.feeds, which the pages' <link rel="alternate"> use too).
 */
export const feedDescriptions = {
  all: 'Nyhetsbrev og gode historier fra Kvalitetskommuneprogrammet.',
  newsletters: 'Nyhetsbrev fra sekretariatet for Kvalitetskommuneprogrammet.',
} as const;
