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
} as const;
