/**
 * The words of the published open data (/data/: the CSV and JSON files, their schemas, the
 * spreadsheet, the data package, the DCAT catalogue and the column lists of the page): each
 * table's title and description and each column's description, in Norwegian bokmål.
 *
 * src/lib/opendata/tables.ts defines the columns (name, type, values, keys) and reads their words
 * here. What a sentence names that is known elsewhere is an argument, computed there: the codes
 * and labels of a vocabulary (src/lib/schemas/vocabulary.ts), an entry page's address (the
 * collection registry's route), the CSV's true value and list separator. A table named after a
 * collection takes its title from the registry (its plural label), so only the other tables have
 * one here. Every list column's description ends with `listNote`, added there.
 * `openDataPublication` words what is published about the tables (src/lib/opendata/publication.ts
 * and xlsx.ts): the dataset, the citation, the data package's and catalogue's resources, the
 * column types and the spreadsheet's explaining sheet. The licence's and publisher's names are
 * facts beside their identifiers there (LICENCE, PUBLISHER).
 */
import { openDataText } from './opendata';

const DATASET_TITLE = 'Kompetansebanken for Kvalitetskommuneprogrammet';
const DATASET_DESCRIPTION =
  'Prosjektdatabasen til Kvalitetskommuneprogrammet 2007–2010: kommunenes prosjekter med mål, tiltak og verktøy, kommunene, læringsnettverkene, verktøyene, samlingene, sykefraværstall og resultater fra bruker- og medarbeiderundersøkelser.';
const PROGRAMME = 'Kvalitetskommuneprogrammet';

export const openDataPublication = {
  datasetTitle: DATASET_TITLE,
  datasetDescription: DATASET_DESCRIPTION,
  /** The data package's description: the dataset's, and which rows are made up. */
  packageDescription: `${DATASET_DESCRIPTION} Radene merket eksempeldata er oppdiktet.`,
  /** The first is also every catalogue dataset's first keyword. */
  keywords: [PROGRAMME, 'kommune', 'sykefravær', 'kvalitet', 'eksempeldata'],
  programme: PROGRAMME,
  /** «Kompetansebanken for Kvalitetskommuneprogrammet: prosjekter», a table's catalogue dataset. */
  tableDataset: (table: string) => `${DATASET_TITLE}: ${table.toLowerCase()}`,
  /** A table's catalogue description: what one row is, then the dataset's description. */
  tableDatasetDescription: (description: string) => `${description} ${DATASET_DESCRIPTION}`,
  /** «Prosjekter (CSV)»: a file of a table, or of all of them, named with its format. */
  inFormat: (title: string, format: string) => `${title} (${format})`,
  /** The spreadsheet as a resource. */
  workbook: 'Alle tabellene som regneark',
  workbookDescription: 'Ett ark per tabell og et første ark som forklarer kolonnene.',
  /** A table's JSON file: the table's description, then where its schema is. */
  jsonDescription: (description: string, schemaFile: string) => `${description} JSON-schemaet står i ${schemaFile}.`,
  /**
   * «Slik siterer du»: `version` is the short commit, or null for a build without one; `licence`
   * the licence's name.
   */
  citation: (f: {
    publisher: string;
    year: string;
    date: string;
    version: string | null;
    licence: string;
    url: string;
  }) =>
    `${f.publisher} (${f.year}). ${DATASET_TITLE}: åpne data (bygd ${f.date}${f.version ? `, innholdsversjon ${f.version}` : ''}). Lisens: ${f.licence}. ${f.url}`,
  /** The citation's line on the spreadsheet's first sheet. */
  citationLine: (citation: string) => `${openDataText.citeHeading}: ${citation}`,
  /** The column types, as the page and the spreadsheet name them. */
  types: {
    string: 'tekst',
    integer: 'heltall',
    number: 'tall',
    /** `yes`/`no`: the CSV's true and false, «ja/nei». */
    boolean: (yes: string, no: string) => `${yes}/${no}`,
    date: 'dato',
    list: (separator: string) => `liste (skilt med ${separator})`,
  },
  /** «tekst, kan være tom»: the type of a column whose cells may be empty. */
  optional: (type: string) => `${type}, kan være tom`,
  /**
   * The spreadsheet's first sheet: its name, the column list's header (between `sheet` and
   * `description` the page's words for column and type, openDataText) and the tables' rows.
   * Nothing here reads openDataText outside a function: src/client imports nb.ts, and a property
   * read at module level would keep openDataText in the search page's bundle.
   */
  sheet: {
    name: 'Om dataene',
    sheet: 'Ark (tabell)',
    description: 'Beskrivelse',
    /** A table's row above its columns: «Prosjekter. Ett prosjekt per rad, …». */
    table: (title: string, description: string) => `${title}. ${description}`,
  },
} as const;

/** Words shared by the tables. */
export const openDataWords = {
  /** After the description of every list column. */
  listNote: (separator: string) => `Flere verdier skilles med «${separator}» i CSV og regneark; i JSON en liste.`,
  /** The `eksempeldata` column: `what` (the project, the row, the number) is made up; `yes` is the CSV's true. */
  example: (what: string, yes: string) => `Sann («${yes}» i CSV) når ${what} er oppdiktet eksempeldata, ikke fakta.`,
  /** The `prosjekt` key of the tables of a project's lists. */
  projectKey: 'Prosjektets id (se prosjekter).',
} as const;

/**
 * Per table (by file name): its title (when it is not a collection's), what one row is, what its
 * `eksempeldata` column says is made up, and its columns' descriptions by column name.
 */
export const openDataTableText = {
  prosjekter: {
    description: 'Ett prosjekt per rad, med alt prosjektsiden viser.',
    example: 'prosjektet',
    columns: {
      id: (path: string) => `Prosjektets id (filnavnet); stabil, og en del av adressen ${path}.`,
      tittel: 'Prosjektets tittel.',
      url: 'Prosjektsidens fulle adresse.',
      kommuner: 'Id-ene til kommunene som driver prosjektet (se kommuner og prosjekt_kommune).',
      kommunenavn: 'Navnene på de samme kommunene, i samme rekkefølge.',
      /** `codes`: «innsats = Innsatskommuner sykefravær; 1 = Pulje 1; …». */
      pulje: (codes: string) => `Puljen eller puljene kommunene er med i: ${codes}.`,
      fylke: 'Fylket eller fylkene kommunene ligger i (fylkesinndelingen før 2020).',
      nettverk: 'Id-ene til læringsnettverkene kommunene er med i (se nettverk); tom når ingen er det.',
      sektor: (codes: string) => `Sektor: ${codes}.`,
      fokus: (codes: string) => `Fokusområder: ${codes}.`,
      /** `values`: the statuses, «planlagt, pågår eller avsluttet». */
      status: (values: string) => `${values}.`,
      start: 'Startdato (ÅÅÅÅ-MM-DD).',
      slutt: 'Sluttdato (ÅÅÅÅ-MM-DD); tom når den ikke er satt.',
      sammendrag: 'Kort beskrivelse av prosjektet.',
      mal: 'Prosjektets mål i ord, i rekkefølge (tall, indikator og måloppnåelse står i prosjekt_mal).',
      tiltak: 'Tiltakene prosjektet gjennomfører.',
      verktoy: 'Id-ene til verktøyene og metodene prosjektet bruker (se verktoy og prosjekt_verktoy).',
      verktoynavn: 'Navnene på de samme verktøyene, i samme rekkefølge.',
      kontakt: 'Kontaktperson eller rolle; tom når den ikke er oppgitt.',
    },
  },
  prosjekt_kommune: {
    title: 'Prosjekter og kommuner',
    description: 'Én rad per kommune i et prosjekt.',
    columns: { kommune: 'Kommunens id (se kommuner).' },
  },
  prosjekt_mal: {
    title: 'Prosjektenes mål',
    description:
      'Én rad per mål i et prosjekt, med målverdi og, for mål om sykefravær, måloppnåelsen slik prosjektsiden regner den ut.',
    columns: {
      nr: 'Målets nummer i prosjektet, fra 1.',
      tekst: 'Målet i ord.',
      indikator: 'Hva målverdien måles på; tom for mål uten tall.',
      malverdi: 'Målverdien, f.eks. 8 for 8 % (desimalkomma i CSV).',
      enhet: 'Målverdiens enhet, f.eks. %.',
      retning: 'Om tallet skal ned eller opp for at målet er nådd.',
      /** `values`: the attainment codes, «nadd, ikke_nadd eller mangler_data». */
      maloppnaelse: (values: string) =>
        `For mål med målverdi for sykefravær: ${values}, regnet ut som på prosjektsiden (siste fire kvartaler, vektet, avrundet til én desimal); tom for andre mål.`,
      malt_verdi:
        'Det vektede sykefraværet i prosent (tapte delt på avtalte dagsverk) som målet ble sammenlignet med, med to desimaler.',
      /** `whole`: the code of the whole municipality, «alle». */
      malt_sektor: (whole: string) => `Sektoren sykefraværet er målt i (${whole} = hele kommunen).`,
      malt_fra: 'Første kvartal i måleperioden, f.eks. 2008-K3.',
      malt_til: 'Siste kvartal i måleperioden.',
    },
  },
  prosjekt_verktoy: {
    title: 'Prosjekter og verktøy',
    description: 'Én rad per verktøy et prosjekt bruker.',
    columns: { verktoy: 'Verktøyets id (se verktoy).' },
  },
  kommuner: {
    description: 'Én rad per kommune i programmet.',
    example: 'deler av opplysningene',
    columns: {
      id: (path: string) => `Kommunens id (filnavnet); stabil, og en del av adressen ${path}.`,
      navn: 'Kommunens navn.',
      samisk_navn: 'Samisk navn der kommunen har et.',
      kommunenummer: 'Kommunenummer før 2020: fire sifre, som tekst, med innledende null (0906).',
      fylke: 'Fylke før 2020.',
      pulje: (codes: string) => `Pulje i programmet: ${codes}.`,
      nettverk: 'Id-en til læringsnettverket (se nettverk); tom når kommunen ikke er med i et.',
      breddegrad: 'Omtrentlig breddegrad for kommunesenteret (WGS84, grader nord).',
      lengdegrad: 'Omtrentlig lengdegrad for kommunesenteret (WGS84, grader øst).',
      url: 'Kommunesidens fulle adresse.',
    },
  },
  nettverk: {
    description: 'Ett læringsnettverk per rad; medlemmene står i kommuner.nettverk.',
    example: 'nettverket',
    columns: {
      id: (path: string) => `Nettverkets id; stabil, og en del av adressen ${path}.`,
      navn: 'Nettverkets navn.',
      pulje: 'Puljen nettverket ble dannet i.',
      veileder: 'Nettverkets veileder fra sekretariatet.',
      url: 'Nettverkssidens fulle adresse.',
    },
  },
  verktoy: {
    description: 'Ett verktøy eller én metode per rad.',
    example: 'beskrivelsen',
    columns: {
      id: (path: string) => `Verktøyets id; stabil, og en del av adressen ${path}.`,
      tittel: 'Verktøyets navn.',
      kategori: 'Hva slags verktøy det er.',
      tema: 'Fokusområdene verktøyet brukes i.',
      sammendrag: 'Kort beskrivelse.',
      lenke: 'Ekstern nettside for verktøyet.',
      url: 'Verktøysidens fulle adresse.',
    },
  },
  samlinger: {
    description: 'Én samling, konferanse eller nettverkssamling per rad.',
    example: 'samlingen',
    columns: {
      id: (path: string) => `Samlingens id; stabil, og en del av adressen ${path}.`,
      tittel: 'Samlingens navn.',
      type: 'Hva slags samling det er.',
      dato: 'Første dag (ÅÅÅÅ-MM-DD).',
      sluttdato: 'Siste dag for samlinger over flere dager.',
      sted: 'Stedet samlingen holdes.',
      nettverk: 'Nettverket samlingen er for (se nettverk).',
      pulje: 'Puljen samlingen er for.',
      url: 'Samlingssidens fulle adresse.',
    },
  },
  sykefravaer: {
    description: 'Én rad per kommune, kvartal og sektor. Tallene er foreløpig oppdiktet eksempeldata.',
    example: 'raden',
    columns: {
      /** `reference`: the id of the reference series, «ovrige-kommuner». */
      kommune: (reference: string) =>
        `Kommunens id (se kommuner), eller «${reference}» for referanseserien (kommunene utenfor programmet samlet).`,
      ar: 'Årstall, f.eks. 2008.',
      kvartal: 'Kvartal (1–4).',
      /** `whole`: «alle»; `sectors`: the sector codes, «pleie-og-omsorg eller oppvekst». */
      sektor: (whole: string, sectors: string) => `${whole} for hele kommunen, ellers ${sectors}.`,
      tapte_dagsverk: 'Tapte dagsverk på grunn av sykefravær.',
      avtalte_dagsverk: 'Avtalte dagsverk.',
      sykefravaer_prosent:
        'Tapte delt på avtalte dagsverk, i prosent med to desimaler (avledet; summer dagsverkene, ikke prosentene, når du slår sammen rader).',
    },
  },
  undersokelser: {
    description: 'Én rad per kommune, undersøkelse, tjeneste og år.',
    example: 'tallet',
    columns: {
      kommune: 'Kommunens id (se kommuner).',
      /** `values`: the survey codes, «brukerundersokelse eller medarbeiderundersokelse». */
      undersokelse: (values: string) => `${values}.`,
      /** `values`: the service codes, «barnehage, sfo, … eller hele-kommunen». */
      tjeneste: (values: string) => `Tjenesten undersøkelsen gjelder: ${values} (bare medarbeiderundersøkelser).`,
      ar: 'Året undersøkelsen ble gjennomført. Et år uten rad er et år uten undersøkelse.',
      skar: 'Gjennomsnittlig svar på skalaen (desimalkomma i CSV).',
      skala_fra: 'Laveste verdi på svarskalaen.',
      skala_til: 'Høyeste (beste) verdi på svarskalaen.',
    },
  },
} as const;
