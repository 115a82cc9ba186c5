/**
 * Controlled vocabularies shared by the content schemas, the pages and the search filters.
 * Values are what editors write in front matter; labels are the Norwegian display text.
 * Keeping both in one place means a new value is added once and shows up everywhere.
 */

/** Intake pools ("puljer") of Kvalitetskommuneprogrammet, in programme order. */
export const POOLS = ['innsats', '1', '2', '3', '4'] as const;
export type Pool = (typeof POOLS)[number];

export const POOL_LABELS: Record<Pool, string> = {
  innsats: 'Innsatskommuner sykefravær',
  '1': 'Pulje 1',
  '2': 'Pulje 2',
  '3': 'Pulje 3',
  '4': 'Pulje 4',
};

/** When each pool started, as the seed documents give it. */
export const POOL_START: Record<Pool, string> = {
  innsats: '2007',
  '1': 'våren 2007',
  '2': 'høsten 2007',
  '3': 'høsten 2008',
  '4': 'våren 2009',
};

/** The two service sectors of the programme. */
export const SECTORS = ['pleie-og-omsorg', 'oppvekst'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  'pleie-og-omsorg': 'Pleie og omsorg',
  oppvekst: 'Oppvekst',
};

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
export type GoalIndicator = (typeof GOAL_INDICATORS)[number];

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
