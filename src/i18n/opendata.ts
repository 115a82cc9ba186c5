/** The text of /data/ and of the spreadsheet's first sheet, in Norwegian bokmål. */
export const openDataText = {
  title: 'Åpne data',
  description:
    'Last ned hele prosjektdatabasen i kompetansebanken – prosjekter med mål, tiltak og verktøy, kommuner, nettverk, verktøy, samlinger, sykefravær og undersøkelser – som CSV, JSON og regneark, under NLOD 2.0.',
  lead: 'Alt innholdet i prosjektdatabasen kan lastes ned og brukes fritt. Filene lages av det samme innholdet som sidene, hver gang nettstedet bygges.',
  exampleHeading: 'Eksempeldata:',
  exampleNote:
    'Prosjektene, sykefraværstallene og resultatene fra bruker- og medarbeiderundersøkelsene er foreløpig oppdiktet eksempelinnhold. Kolonnen «eksempeldata» (ja/nei) sier hvilke rader det gjelder; sykefraværstallene er eksempeldata alle sammen.',
  licenceHeading: 'Lisens',
  licenceText: 'Dataene er publisert under',
  licenceAfter: '. Du kan kopiere, bruke og dele dem fritt, også kommersielt, når du oppgir kilden.',
  citeHeading: 'Slik siterer du',
  citeText: 'Oppgi byggedatoen og innholdsversjonen, så kan et tall du siterer spores tilbake til dataene det kom fra:',
  wholeHeading: 'Hele databasen',
  wholeItems: {
    xlsx: 'Regneark (xlsx) med ett ark per tabell og et første ark som forklarer kolonnene',
    datapackage: 'Datapakke (Frictionless Data Package) med typer, nøkler og lisens for alle CSV-filene',
    catalog: 'Katalogbeskrivelse etter DCAT-AP-NO (JSON-LD) for Felles datakatalog',
  },
  formatHeading: 'Format',
  formatItems: [
    'CSV med semikolon som skilletegn, tegnsett UTF-8 med BOM og komma som desimaltegn, slik at filene åpnes riktig i Excel med norske innstillinger. Ja/nei-kolonner skrives ja og nei, datoer ÅÅÅÅ-MM-DD, og flere verdier i én celle skilles med |.',
    'JSON med de samme feltene: lister er lister, tall er tall, ja/nei er true/false og datoer ÅÅÅÅ-MM-DD. Hver JSON-fil har et JSON-schema ved siden av seg.',
    'Radene står i fast rekkefølge etter id (eller etter nøkkelkolonnene), og id-ene endres ikke, så versjoner kan sammenlignes og tabellene kobles sammen på id.',
  ],
  importHeading: 'Slik beholder du tekstkolonnene i Excel',
  importText:
    'Åpner du en CSV-fil ved å dobbeltklikke, gjør Excel kommunenummer som 0906 om til tallet 906. Bruk regnearket (xlsx), eller importer CSV-filen slik:',
  importSteps: [
    'Velg Data › Fra tekst/CSV og velg filen.',
    'Velg Filopprinnelse «65001: Unicode (UTF-8)» og Skilletegn «Semikolon», og trykk Transformer data.',
    'Merk kolonnene som er tekst (for eksempel kommunenummer og id-kolonnene), og velg Datatype › Tekst. Velg Erstatt gjeldende når Excel spør.',
    'Trykk Lukk og last inn.',
  ],
  rows: 'rader',
  download: 'Last ned',
  columnsCaption: 'Kolonner i',
  column: 'Kolonne',
  type: 'Type',
  content: 'Innhold',
  keyNote: 'Nøkkel:',
  refersTo: 'viser til',
  selection: {
    button: 'Last ned utvalget som CSV',
    all: 'Last ned alle prosjektene som CSV',
    more: 'Flere tabeller og formater på Åpne data',
  },
  workbookTitle: 'Kompetansebanken for Kvalitetskommuneprogrammet – åpne data',
  workbookIntro: [
    'Ett ark per tabell; dette arket forklarer kolonnene. Tabellene kobles sammen på id-kolonnene.',
    'Eksempeldata: rader med eksempeldata = SANN (TRUE) er oppdiktet eksempelinnhold, ikke fakta. Sykefraværstallene er eksempeldata alle sammen.',
  ],
} as const;
