/**
 * UI strings for following the bank (feeds, e-mail edition, calendars), contact and search
 * help, in Norwegian bokmål. Kept beside nb.ts so that each area's strings stay together.
 */
export const followUi = {
  calendar: {
    addToCalendar: 'Legg til i kalender',
    addToCalendarHint: 'iCalendar-fil (.ics) som Outlook, Google Kalender og Apple Kalender kan åpne.',
    subscribeHeading: 'Abonner på samlingene i kalenderen din',
    subscribeIntro:
      'Kalenderprogrammer kan abonnere på en adresse og hente endringer selv. Kopier adressen til en av kalenderne nedenfor og legg den inn som «kalender fra nettadresse» (Google Kalender) eller «Abonner på kalender» (Outlook og Apple Kalender).',
    all: 'Alle samlinger',
    perNetwork: 'Per nettverk',
    perPool: 'Per pulje',
    allName: 'Kompetansebanken – alle samlinger',
    allDescription: 'Samlinger og konferanser i Kvalitetskommuneprogrammet 2007–2010.',
    networkName: (name: string) => `Kompetansebanken – samlinger i ${name}`,
    networkDescription: (name: string) => `Nettverkssamlinger for ${name} i Kvalitetskommuneprogrammet.`,
    poolName: (label: string) => `Kompetansebanken – samlinger for ${label.toLowerCase()}`,
    poolDescription: (label: string) => `Samlinger for ${label.toLowerCase()} i Kvalitetskommuneprogrammet.`,
    eventName: (title: string) => `Kompetansebanken – ${title}`,
    exampleNote: 'Eksempeldata: samlingen er oppdiktet og viser hvordan kompetansebanken fungerer.',
    networkCalendarLink: 'Abonner på nettverkets samlinger i kalenderen',
  },
  gatherings: {
    upcoming: 'Kommende samlinger',
    past: 'Avholdte samlinger',
    pastIntro: 'Nyeste først.',
    allPastHeading: 'Alle samlingene er avholdt',
    allPast:
      'Kvalitetskommuneprogrammet ble avsluttet i 2010. Samlingene nedenfor er et arkiv over det som ble holdt, ikke en kalender over kommende samlinger.',
    isPast: 'Denne samlingen er avholdt.',
    when: 'Når',
    organizer: 'Kvalitetskommuneprogrammet',
  },
  follow: {
    heading: 'Følg med',
    feedsHeading: 'Nyhetsstrøm (RSS)',
    feedsExplained:
      'En nyhetsstrøm (RSS) er en adresse som et program for nyhetsstrømmer, e-postprogrammet eller nettleseren kan følge. Legg inn adressen én gang, så kommer nye nyhetsbrev og gode historier av seg selv, med hele teksten. Du trenger ikke konto eller å oppgi e-post.',
    feedsHow: 'Kopier en av adressene og lim den inn der programmet ber om en adresse til en nyhetsstrøm eller «feed».',
    allNews: 'Alle nyheter: nyhetsbrev og gode historier',
    newslettersOnly: 'Bare nyhetsbrevene',
    emailHeading: 'Nyhetsbrevet på e-post',
    emailExplained:
      'Sekretariatet sender hvert nyhetsbrev (Månedsnytt) som e-post til kontaktpersonene i kvalitetskommunene. Alle andre som vil ha det, kan be om å komme på listen.',
    emailHowMail: (address: string, subject: string) => `Skriv til ${address} med emnet «${subject}».`,
    emailHowList: 'Meld deg på listen på sekretariatets side.',
    emailLink: 'Be om nyhetsbrevet på e-post',
    emailListLink: 'Meld deg på nyhetsbrevet',
    calendar: 'Samlingene i kalenderen din',
  },
  search: {
    didYouMean: 'Mente du',
    missHeading: 'Ingen treff',
    missAdvice: [
      'Sjekk stavemåten, eller prøv et annet ord for det samme.',
      'Bruk færre ord: hvert ord må finnes på siden.',
    ],
    missFilterAdvice: 'Fjern ett eller flere filtre.',
    withoutFilters: (n: string) => `Uten filtrene gir søket ${n}.`,
    searchWithoutFilters: 'Søk uten filtrene',
    withoutFiltersNone: 'Søket gir heller ingen treff uten filtrene.',
    listingsIntro: 'Du kan også bla i oversiktene:',
    skipToResults: 'Hopp til treffene',
    shortcutLabel: 'Hurtigtast: trykk / for å gå til søkefeltet',
    shortcutHint: 'Slå av hurtigtasten hvis den er i veien for hjelpemidlene dine.',
  },
  facets: {
    bySector: 'Del opp etter sektor',
    byPool: 'Del opp etter pulje',
    comboTitle: (pool: string, sector: string) => `Prosjekter i ${pool.toLowerCase()}, ${sector.toLowerCase()}`,
    comboIntro: (pool: string, sector: string) =>
      `Prosjekter i sektoren ${sector.toLowerCase()} i kommuner fra ${pool.toLowerCase()}:`,
  },
  contact: {
    heading: 'Kontakt',
    email: 'E-post',
    unconfirmed: 'Adressen er hentet fra programmets egne dokumenter og er ikke bekreftet.',
  },
  accessibility: {
    title: 'Tilgjengelighetserklæring',
    description:
      'Tilgjengelighetserklæring for Kompetansebanken: status for hvert krav i WCAG 2.1 på nivå A og AA, kjente avvik, hvordan du melder fra om feil og hvor du kan klage.',
    lead: 'Kompetansebanken skal kunne brukes av alle. Nettsteder i offentlig sektor i Norge skal oppfylle kravene til universell utforming i WCAG 2.1 på nivå A og AA.',
    assessedHeading: 'Siste vurdering',
    assessedOn: 'Nettstedet ble sist vurdert',
    method: 'Slik er nettstedet vurdert',
    statusHeading: 'Status for hvert krav',
    statusIntro: 'Tabellen viser status for hvert av de 50 suksesskriteriene i WCAG 2.1 på nivå A og AA.',
    summary: 'Oppsummering',
    caption: 'Suksesskriterier i WCAG 2.1, nivå A og AA',
    colId: 'Nummer og nivå',
    colName: 'Krav',
    colStatus: 'Status',
    level: 'nivå',
    deviationsHeading: 'Kjente avvik og mangler',
    noDeviations: 'Ingen av kravene som er testet, har kjente avvik.',
    reportHeading: 'Meld fra om feil',
    report:
      'Finner du noe som ikke virker for deg, vil vi gjerne vite det. Skriv til sekretariatet og fortell hvilken side det gjelder og hva som ikke virket.',
    reportSubject: 'Tilgjengelighet i Kompetansebanken',
    complaintsHeading: 'Klage',
    complaints: (name: string, part: string) =>
      `Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til ${name}, som er en del av ${part}.`,
    notRegistered: 'Erklæringen er ikke registrert i Digdirs løsning uustatus.no.',
  },
} as const;

/**
 * The municipalities of a search result, as its metadata shows them (placeText in
 * src/lib/search/record.ts): «Drammen og Øvre Eiker», «Alta, Hammerfest, Tana og 2 til». Kept
 * apart from followUi, which the search page's script bundles.
 */
export const searchPlaceText = {
  separator: ', ',
  /** The last of two or three names after the others (already joined). */
  last: (others: string, last: string) => `${others} og ${last}`,
  /** The first three names (already joined) and how many more there are. */
  more: (first: string, more: string) => `${first} og ${more} til`,
} as const;
