/**
 * Controlled vocabularies shared by the content schemas, the pages and the search filters.
 * Values are what editors write in front matter; labels are the Norwegian display text.
 * Keeping both in one place means a new value is added once and shows up everywhere.
 */

/** Intake pools ("puljer") of Kvalitetskommuneprogrammet, in programme order. */
export const POOLS = ['innsats', '1', '2', '3', '4'] as const;
export type Pool = (typeof POOLS)[number];

/** Shapes of the map symbols (src/lib/map/symbols.ts draws them). */
export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down';

export interface PoolRecord {
  /** Display name: «Pulje 1». */
  label: string;
  /** When the pool started, as the seed documents give it: «våren 2007». */
  start: string;
  /**
   * The first day of that season (spring: 1 March, autumn: 1 September; innsats: 1 January),
   * the date of a municipality page in the search.
   */
  startDate: string;
  /**
   * The baseline year of the results: the calendar year before the pool joined. Innsats and
   * pool 1 joined in (spring) 2007, pool 2 in autumn 2007 (its last full year before joining is
   * 2006), pool 3 in autumn 2008, pool 4 in spring 2009.
   */
  baselineYear: number;
  /**
   * The pool's symbol on the map: each pool has its own shape (and colour, set in CSS), so the
   * map reads in greyscale and for people who do not tell the colours apart.
   */
  mapShape: SymbolShape;
}

/** Everything the site knows about each pool, in one record per pool. */
export const POOL_RECORDS: Readonly<Record<Pool, PoolRecord>> = {
  innsats: {
    label: 'Innsatskommuner sykefravær',
    start: '2007',
    startDate: '2007-01-01',
    baselineYear: 2006,
    mapShape: 'circle',
  },
  '1': { label: 'Pulje 1', start: 'våren 2007', startDate: '2007-03-01', baselineYear: 2006, mapShape: 'square' },
  '2': { label: 'Pulje 2', start: 'høsten 2007', startDate: '2007-09-01', baselineYear: 2006, mapShape: 'triangle' },
  '3': { label: 'Pulje 3', start: 'høsten 2008', startDate: '2008-09-01', baselineYear: 2007, mapShape: 'diamond' },
  '4': {
    label: 'Pulje 4',
    start: 'våren 2009',
    startDate: '2009-03-01',
    baselineYear: 2008,
    mapShape: 'triangle-down',
  },
};

const byPool = <T>(pick: (r: PoolRecord) => T) =>
  Object.fromEntries(POOLS.map((p) => [p, pick(POOL_RECORDS[p])])) as Record<Pool, T>;

export const POOL_LABELS: Record<Pool, string> = byPool((r) => r.label);

/** When each pool started, as the seed documents give it. */
export const POOL_START: Record<Pool, string> = byPool((r) => r.start);

/** The two service sectors of the programme. */
export const SECTORS = ['pleie-og-omsorg', 'oppvekst'] as const;
export type Sector = (typeof SECTORS)[number];

export interface SectorRecord {
  /** Display name, as in lists and filters: «Pleie og omsorg». */
  label: string;
  /** The name inside a sentence: «pleie og omsorg». */
  inText: string;
}

export const SECTOR_RECORDS: Readonly<Record<Sector, SectorRecord>> = {
  'pleie-og-omsorg': { label: 'Pleie og omsorg', inText: 'pleie og omsorg' },
  oppvekst: { label: 'Oppvekst', inText: 'oppvekst' },
};

export const SECTOR_LABELS: Record<Sector, string> = Object.fromEntries(
  SECTORS.map((s) => [s, SECTOR_RECORDS[s].label]),
) as Record<Sector, string>;

/** Focus areas of a project. */
export const FOCUS_AREAS = [
  'nærvær',
  'kvalitet',
  'trepartssamarbeid',
  'brukermedvirkning',
  'omdømme',
  'ledelse',
  'arbeidsmiljø',
  'kompetanse',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const FOCUS_LABELS: Record<FocusArea, string> = {
  nærvær: 'Nærvær og sykefravær',
  kvalitet: 'Brukeropplevd kvalitet',
  trepartssamarbeid: 'Trepartssamarbeid',
  brukermedvirkning: 'Brukermedvirkning',
  omdømme: 'Omdømme',
  ledelse: 'Ledelse',
  arbeidsmiljø: 'Arbeidsmiljø',
  kompetanse: 'Kompetanse',
};

/** Project status. */
export const PROJECT_STATUSES = ['planlagt', 'pågår', 'avsluttet'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  planlagt: 'Planlagt',
  pågår: 'Pågår',
  avsluttet: 'Avsluttet',
};

/** Kinds of tools and methods. */
export const TOOL_CATEGORIES = ['metode', 'måling', 'undersøkelse', 'mal', 'veileder'] as const;
export type ToolCategory = (typeof TOOL_CATEGORIES)[number];

export const TOOL_CATEGORY_LABELS: Record<ToolCategory, string> = {
  metode: 'Metode',
  måling: 'Måling',
  undersøkelse: 'Undersøkelse',
  mal: 'Mal',
  veileder: 'Veileder',
};

/** Kinds of gatherings. */
export const GATHERING_TYPES = ['oppstartskonferanse', 'nettverkssamling', 'fagsamling', 'konferanse'] as const;
export type GatheringType = (typeof GATHERING_TYPES)[number];

export const GATHERING_TYPE_LABELS: Record<GatheringType, string> = {
  oppstartskonferanse: 'Oppstartskonferanse',
  nettverkssamling: 'Nettverkssamling',
  fagsamling: 'Fagsamling',
  konferanse: 'Konferanse',
};

/** Indicators a project goal can be measured on. */
export const GOAL_INDICATORS = ['sykefravær', 'brukertilfredshet', 'medarbeidertilfredshet', 'annet'] as const;

/**
 * Norway's counties as they were during the programme (2007-2010), before the 2020 reform.
 * Municipality numbers in the content use the same, pre-2020 numbering.
 */
export const COUNTIES = [
  'Østfold',
  'Akershus',
  'Oslo',
  'Hedmark',
  'Oppland',
  'Buskerud',
  'Vestfold',
  'Telemark',
  'Aust-Agder',
  'Vest-Agder',
  'Rogaland',
  'Hordaland',
  'Sogn og Fjordane',
  'Møre og Romsdal',
  'Sør-Trøndelag',
  'Nord-Trøndelag',
  'Nordland',
  'Troms',
  'Finnmark',
] as const;
export type County = (typeof COUNTIES)[number];

/** The first two digits of a pre-2020 municipality number identify its county. */
export const COUNTY_NUMBERS: Record<County, string> = {
  Østfold: '01',
  Akershus: '02',
  Oslo: '03',
  Hedmark: '04',
  Oppland: '05',
  Buskerud: '06',
  Vestfold: '07',
  Telemark: '08',
  'Aust-Agder': '09',
  'Vest-Agder': '10',
  Rogaland: '11',
  Hordaland: '12',
  'Sogn og Fjordane': '14',
  'Møre og Romsdal': '15',
  'Sør-Trøndelag': '16',
  'Nord-Trøndelag': '17',
  Nordland: '18',
  Troms: '19',
  Finnmark: '20',
};
