/**
 * The collection registry: every content type named once, with its folder, file format, schema,
 * id rule, references, labels, routes, search type, scaffold type and CMS collection. The loaders
 * (src/content.config.ts), the content check (src/lib/validate), the CMS configuration, `npm run ny`,
 * the search records, the searchable pages and the static routes read it instead of keeping their
 * own lists. Pure TypeScript: no Astro import, so the content check and the scripts can use it.
 *
 * The names are the content's names: the folder (and collection) `verktoy` holds the front-matter
 * references written `verktøy`, the folder `prosjekter` the references written `prosjekt`; the record
 * is where one maps to the other.
 */
import type { z } from 'zod';
import {
  gatheringSchema,
  ID_PATTERN,
  municipalitySchema,
  networkSchema,
  newsletterSchema,
  projectEntrySchema,
  projectSchema,
  sickLeaveRowSchema,
  storyEntrySchema,
  storySchema,
  surveyRowSchema,
  SURVEY_COLUMNS,
  toolSchema,
  type ImageSchema,
} from '../schemas';
import { PROJECT_FACETS, type Facet } from './facets';

/** Collections with one file per entry (Markdown or YAML), each entry a page. */
export const ENTRY_COLLECTIONS = [
  'kommuner',
  'nettverk',
  'prosjekter',
  'verktoy',
  'nyhetsbrev',
  'historier',
  'samlinger',
] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** Collections read from semicolon-separated tables, one entry per row. */
export const TABLE_COLLECTIONS = ['sykefravaer', 'undersokelser'] as const;
export type TableCollection = (typeof TABLE_COLLECTIONS)[number];

export type CollectionName = EntryCollection | TableCollection;
export const COLLECTION_NAMES: readonly CollectionName[] = [...ENTRY_COLLECTIONS, ...TABLE_COLLECTIONS];

/** The kinds of entry `npm run ny` makes, as the editor types them, in the order its messages list them. */
export const SCAFFOLD_TYPES = ['nyhetsbrev', 'prosjekt', 'historie', 'verktoy', 'samling'] as const;
export type ScaffoldType = (typeof SCAFFOLD_TYPES)[number];

/** Result types of the search, as the search records name them: the `search.type` of the records below. */
export type ResultType = {
  [N in EntryCollection]: (typeof COLLECTIONS)[N] extends { search: { type: infer T extends string } } ? T : never;
}[EntryCollection];

/** A schema built over the image schema (Astro's `image()` in the build, a path elsewhere). */
export type SchemaFactory = (image: ImageSchema) => z.ZodType;

export interface Labels {
  /** Display name of one entry: «Prosjekt». */
  singular: string;
  /** Display name of the collection: «Prosjekter». */
  plural: string;
  /** Noun with its indefinite article, for messages: «et prosjekt». */
  indefinite: string;
}

export interface Reference {
  /** Front-matter field as editors write it, e.g. `verktøy`. */
  field: string;
  /** The collection the ids belong to. */
  target: EntryCollection;
}

interface Common {
  /** Folder under the content directory; the same as the collection's name. */
  folder: string;
  /** File extensions read, with the dot, in order of preference. */
  extensions: readonly string[];
  labels: Labels;
}

export interface EntryRecord extends Common {
  name: EntryCollection;
  format: 'markdown' | 'yaml';
  /** The schema the content check and the CMS read. */
  schema: SchemaFactory;
  /** The schema of Astro's content layer, when it differs (see perEntryImage in src/lib/schemas). */
  entrySchema?: SchemaFactory;
  /** An entry's id is its file name without extension, matching ID_PATTERN. */
  id: { pattern: RegExp };
  /** Fields holding ids of entries in other collections. */
  references: readonly Reference[];
  /** Whether entries have pictures, in the sub-folder PICTURE_FOLDER. */
  pictures: boolean;
  routes: { list: string; entry: (id: string) => string };
  /** The facets its list page is split by, each a listing at `routes.list` + facetPath (./facets.ts). */
  facets?: Readonly<Record<string, Facet>>;
  /** The collection's name in the main menu when shorter than `labels.plural` («Nettverk»); see navLabel. */
  navLabel?: string;
  /** The search result type of its entry pages, or undefined when they are not indexed. */
  search?: { type: string; label: string };
  /** `npm run ny` type, with its noun and whether the id starts with year and month. */
  scaffold?: { type: ScaffoldType; noun: string; dated: boolean };
  /** The Decap CMS collection: which field names an entry; the button label when not `labels.singular`. */
  cms: { identifier: 'tittel' | 'navn'; labelSingular?: string };
}

export interface TableRecord extends Common {
  name: TableCollection;
  format: 'csv';
  /** The schema of one row. */
  schema: SchemaFactory;
  /** An entry's id from its file name (without extension) and the row's values. */
  id: { fromRow: (series: string, row: Readonly<Record<string, string>>) => string };
  references: readonly Reference[];
  /** Whether a content folder must have this folder (the results need sick leave; surveys are optional). */
  required: boolean;
  /** The columns every file has, in order. */
  columns: readonly string[];
  /** A file whose rows are series that are not a single municipality, and the ids it may use. */
  referenceFile?: { name: string; series: readonly string[] };
}

export type CollectionRecord = EntryRecord | TableRecord;

/** The series of sykefravaer/referanse.csv, as its `kommune` column names them. */
export const REFERENCE_SERIES = {
  /** The municipalities outside the programme taken together: what the results compare the programme with. */
  outside: 'ovrige-kommuner',
  /** The whole country. */
  country: 'landet',
} as const;

/** The sub-folder of a collection with pictures (`pictures: true`) that holds them. */
export const PICTURE_FOLDER = 'bilder';

const MARKDOWN = ['.md', '.mdx'] as const;
const YAML = ['.yaml', '.yml'] as const;
const CSV = ['.csv'] as const;
const fileName = { pattern: ID_PATTERN };
/** A search record, keeping its type as a literal type (ResultType is read from them). */
const search = <T extends string>(type: T, label: string) => ({ type, label });
const routes = (folder: string) => ({ list: `/${folder}/`, entry: (id: string) => `/${folder}/${id}/` });
/** A schema that has no image field, as a SchemaFactory that keeps its type. */
const always =
  <S extends z.ZodType>(schema: S) =>
  (): S =>
    schema;

/**
 * The records, by name. Each keeps its own schema type (`satisfies`, not a type annotation), so
 * that src/content.config.ts hands Astro the concrete schemas and the pages get typed entries.
 */
export const COLLECTIONS = {
  kommuner: {
    name: 'kommuner',
    folder: 'kommuner',
    format: 'yaml',
    extensions: YAML,
    schema: always(municipalitySchema),
    id: fileName,
    references: [{ field: 'nettverk', target: 'nettverk' }],
    labels: { singular: 'Kommune', plural: 'Kommuner', indefinite: 'en kommune' },
    pictures: false,
    routes: routes('kommuner'),
    search: search('kommune', 'Kommune'),
    cms: { identifier: 'navn' },
  },
  nettverk: {
    name: 'nettverk',
    folder: 'nettverk',
    format: 'yaml',
    extensions: YAML,
    schema: always(networkSchema),
    id: fileName,
    references: [],
    labels: { singular: 'Læringsnettverk', plural: 'Læringsnettverk', indefinite: 'et nettverk' },
    pictures: false,
    routes: routes('nettverk'),
    navLabel: 'Nettverk',
    cms: { identifier: 'navn' },
  },
  prosjekter: {
    name: 'prosjekter',
    folder: 'prosjekter',
    format: 'markdown',
    extensions: MARKDOWN,
    schema: projectSchema,
    entrySchema: projectEntrySchema,
    id: fileName,
    references: [
      { field: 'kommuner', target: 'kommuner' },
      { field: 'verktøy', target: 'verktoy' },
    ],
    labels: { singular: 'Prosjekt', plural: 'Prosjekter', indefinite: 'et prosjekt' },
    pictures: true,
    routes: routes('prosjekter'),
    facets: PROJECT_FACETS,
    search: search('prosjekt', 'Prosjekt'),
    scaffold: { type: 'prosjekt', noun: 'et prosjekt', dated: false },
    cms: { identifier: 'tittel' },
  },
  verktoy: {
    name: 'verktoy',
    folder: 'verktoy',
    format: 'markdown',
    extensions: MARKDOWN,
    schema: always(toolSchema),
    id: fileName,
    references: [],
    labels: { singular: 'Verktøy', plural: 'Verktøy og metoder', indefinite: 'et verktøy' },
    pictures: false,
    routes: routes('verktoy'),
    navLabel: 'Verktøy',
    search: search('verktøy', 'Verktøy'),
    scaffold: { type: 'verktoy', noun: 'et verktøy eller en metode', dated: false },
    cms: { identifier: 'tittel' },
  },
  nyhetsbrev: {
    name: 'nyhetsbrev',
    folder: 'nyhetsbrev',
    format: 'markdown',
    extensions: MARKDOWN,
    schema: always(newsletterSchema),
    id: fileName,
    references: [],
    labels: { singular: 'Nyhetsbrev', plural: 'Nyhetsbrev', indefinite: 'et nyhetsbrev' },
    pictures: false,
    routes: routes('nyhetsbrev'),
    search: search('nyhetsbrev', 'Nyhetsbrev'),
    scaffold: { type: 'nyhetsbrev', noun: 'et nyhetsbrev', dated: true },
    cms: { identifier: 'tittel' },
  },
  historier: {
    name: 'historier',
    folder: 'historier',
    format: 'markdown',
    extensions: MARKDOWN,
    schema: storySchema,
    entrySchema: storyEntrySchema,
    id: fileName,
    references: [
      { field: 'kommuner', target: 'kommuner' },
      { field: 'prosjekt', target: 'prosjekter' },
    ],
    labels: { singular: 'God historie', plural: 'Gode historier', indefinite: 'en god historie' },
    pictures: true,
    routes: routes('historier'),
    search: search('historie', 'God historie'),
    scaffold: { type: 'historie', noun: 'en god historie', dated: false },
    cms: { identifier: 'tittel', labelSingular: 'Historie' },
  },
  samlinger: {
    name: 'samlinger',
    folder: 'samlinger',
    format: 'markdown',
    extensions: MARKDOWN,
    schema: always(gatheringSchema),
    id: fileName,
    references: [{ field: 'nettverk', target: 'nettverk' }],
    labels: { singular: 'Samling', plural: 'Samlinger', indefinite: 'en samling' },
    pictures: false,
    routes: routes('samlinger'),
    search: search('samling', 'Samling'),
    scaffold: { type: 'samling', noun: 'en samling', dated: true },
    cms: { identifier: 'tittel' },
  },
  sykefravaer: {
    name: 'sykefravaer',
    folder: 'sykefravaer',
    format: 'csv',
    extensions: CSV,
    schema: always(sickLeaveRowSchema),
    id: { fromRow: (series, r) => `${series}/${r.kommune}/${r.år}-${r.kvartal}/${r.sektor}` },
    references: [],
    columns: ['kommune', 'år', 'kvartal', 'sektor', 'tapte_dagsverk', 'avtalte_dagsverk'],
    referenceFile: { name: 'referanse.csv', series: [REFERENCE_SERIES.outside, REFERENCE_SERIES.country] },
    labels: { singular: 'Sykefraværstall', plural: 'Sykefravær', indefinite: 'et sykefraværstall' },
    required: true,
  },
  undersokelser: {
    name: 'undersokelser',
    folder: 'undersokelser',
    format: 'csv',
    extensions: CSV,
    schema: always(surveyRowSchema),
    id: { fromRow: (_series, r) => `${r.kommune}/${r.undersøkelse}/${r.tjeneste}/${r.år}` },
    references: [],
    columns: SURVEY_COLUMNS,
    labels: {
      singular: 'Undersøkelsesresultat',
      plural: 'Bruker- og medarbeiderundersøkelser',
      indefinite: 'et undersøkelsesresultat',
    },
    required: false,
  },
} satisfies { [N in EntryCollection]: EntryRecord & { name: N } } & {
  [N in TableCollection]: TableRecord & { name: N };
};

/** The records in registry order. */
export const RECORDS: readonly CollectionRecord[] = COLLECTION_NAMES.map((name): CollectionRecord => COLLECTIONS[name]);

/** The records of the one-file-per-entry collections. */
export const ENTRY_RECORDS: readonly EntryRecord[] = ENTRY_COLLECTIONS.map((name): EntryRecord => COLLECTIONS[name]);

/** A collection's name in the main menu: its short navLabel, or else its plural label. */
export const navLabel = (record: EntryRecord): string => record.navLabel ?? record.labels.plural;

/** Whether a folder name under the content directory is a collection. */
export const isCollection = (folder: string): folder is CollectionName =>
  (COLLECTION_NAMES as readonly string[]).includes(folder);

/** Whether a folder name is a one-file-per-entry collection (the content check and file-type check use it). */
export const isEntryCollection = (folder: string): folder is EntryCollection =>
  (ENTRY_COLLECTIONS as readonly string[]).includes(folder);

type Searchable = EntryRecord & { search: { type: ResultType; label: string } };

/** The records of the collections whose entry pages are indexed, each with its search result type. */
export const SEARCHABLE: readonly Searchable[] = ENTRY_RECORDS.filter((r): r is Searchable => !!r.search);

type Scaffolded = EntryRecord & { scaffold: NonNullable<EntryRecord['scaffold']> };

/** The records `npm run ny` makes, in SCAFFOLD_TYPES order. */
export const SCAFFOLDED: readonly Scaffolded[] = SCAFFOLD_TYPES.map((type) => {
  const record = ENTRY_RECORDS.find((r): r is Scaffolded => r.scaffold?.type === type);
  if (!record) throw new Error(`ingen samling i registeret har scaffold-typen «${type}»`);
  return record;
});

/** Every reference field of every collection, as (collection, field, target). */
export const REFERENCES: readonly (Reference & { collection: CollectionName })[] = RECORDS.flatMap((r) =>
  r.references.map((ref) => ({ ...ref, collection: r.name })),
);

/**
 * Pages that do not come from a collection entry or a data table, besides the home page and the
 * collections' list pages (`routes.list`). A unit test finds each one's page file in src/pages.
 */
export const OTHER_PAGES = [
  '/resultater/',
  '/resultater/slik-beregner-vi/',
  '/sok/',
  '/data/',
  '/om/',
  '/om/publisere/',
  '/tilgjengelighet/',
  '/rss.xml',
  '/nyhetsbrev/rss.xml',
] as const;

/** Pages at a fixed address: the home page, every entry collection's list page and OTHER_PAGES. */
export const FIXED_PAGES: readonly string[] = ['/', ...ENTRY_RECORDS.map((r) => r.routes.list), ...OTHER_PAGES];
