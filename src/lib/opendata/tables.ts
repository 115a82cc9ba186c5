/**
 * The ten tables of /data/, from the derived content, the sick-leave and survey rows and the
 * goal attainment the results pages compute. Every fact the site shows about a project is a
 * column of `prosjekter` (lists joined with LIST_SEPARATOR) and, where a list item has facts of
 * its own, a row of a long table (prosjekt_kommune, prosjekt_mal, prosjekt_verktoy). Rows are in a
 * stable order (by id, then the other key fields), so versions of a file can be compared.
 */
import type { DerivedContent, Item } from '../model/derive';
import { isoDate, orList } from '../format/nb';
import {
  ID_PATTERN,
  type Gathering,
  type Municipality,
  type Network,
  type Project,
  type SickLeaveRow,
  type SurveyRow,
  type Tool,
} from '../schemas';
import { SURVEY_SERVICES, SURVEYS } from '../schemas/survey';
import {
  COUNTIES,
  FOCUS_AREAS,
  FOCUS_LABELS,
  GATHERING_TYPES,
  GOAL_INDICATORS,
  POOL_LABELS,
  POOLS,
  PROJECT_STATUSES,
  SECTOR_LABELS,
  SECTORS,
  TOOL_CATEGORIES,
} from '../schemas/vocabulary';
import { urls } from '../format/urls';
import type { GoalAttainment } from '../results/goals';
import { quarterKey } from '../results/period';
import { REFERENCE_SERIES_ID } from '../results/compare';
import { SICK_LEAVE_IS_EXAMPLE_DATA } from '../results/data';
import { LIST_SEPARATOR, TRUE_VALUE, type Field, type Table } from './fields';
import type { OpenDataTableName } from './files';
import { COLLECTIONS, type CollectionName } from '../collections';
import { openDataTableText as text, openDataWords as words } from '../../i18n/opendata-columns';

/** The name and title of a table with one row per entry of a collection: its folder and its registry label. */
const collectionTable = <C extends CollectionName & OpenDataTableName>(name: C) => ({
  name,
  title: COLLECTIONS[name].labels.plural,
});

/** What the tables are made from; Astro's entries and the results module satisfy it. */
export interface OpenDataInput {
  content: Pick<
    DerivedContent,
    'projects' | 'municipalities' | 'networks' | 'tools' | 'gatherings' | 'municipality' | 'network' | 'tool'
  >;
  sickLeave: readonly SickLeaveRow[];
  surveys: readonly SurveyRow[];
  /** The computed attainment of a project's numeric sick-leave goals (as on the project page). */
  goalsOf: (project: Project) => readonly GoalAttainment[];
  /** The site's origin, e.g. https://www.kvalitetskommuner.no, for the pages' absolute URLs. */
  site: string;
}

const ID = ID_PATTERN.source;
const codes = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} = ${label}`)
    .join('; ');
/** The code of the whole municipality among the sick-leave sectors. */
const WHOLE = 'alle';
const sortById = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `id` column of a table with one row per entry. */
const idField = <T extends { id: string }>(description: string): Field<T> => ({
  name: 'id',
  type: 'string',
  pattern: ID,
  description,
  value: (e) => e.id,
});

/** The `eksempeldata` column: whether `what` (the entry, the row, the number) is made-up example data. */
const exampleField = <T>(what: string, value: (row: T) => boolean): Field<T> => ({
  name: 'eksempeldata',
  type: 'boolean',
  description: words.example(what, TRUE_VALUE),
  value,
});

/** The `eksempeldata` column of a table with one row per entry, from the entry's own field. */
const entryExampleField = <T extends Item<{ eksempeldata: boolean }>>(what: string) =>
  exampleField<T>(what, (e) => e.data.eksempeldata);

export interface ProjectGoalRow {
  project: Item<Project>;
  nr: number;
  goal: Project['mål'][number];
  attainment: GoalAttainment | undefined;
}

const ATTAINMENT = { reached: 'nadd', 'not-reached': 'ikke_nadd', 'no-data': 'mangler_data' } as const;

/** The tables in the order /data/ lists them. */
export function openDataTables(input: OpenDataInput): Table[] {
  const { content, site } = input;
  const absolute = (path: string) => new URL(path, site).href;
  /** The `url` column of a table with one row per entry: the full address of the entry's page. */
  const pageUrlField = <T extends { id: string }>(description: string, path: (id: string) => string): Field<T> => ({
    name: 'url',
    type: 'string',
    description,
    value: (e) => absolute(path(e.id)),
  });
  const projects = sortById(content.projects);
  const municipalities = sortById(content.municipalities);
  const placesOf = (p: Item<Project>) => p.data.kommuner.map((id) => content.municipality(id));
  const unique = <T>(values: readonly (T | undefined)[]) => [...new Set(values.filter((v): v is T => v !== undefined))];

  const pc = text.prosjekter.columns;
  const projectFields: Field<Item<Project>>[] = [
    idField(pc.id(urls.project('<id>'))),
    { name: 'tittel', type: 'string', description: pc.tittel, value: (p) => p.data.tittel },
    pageUrlField(pc.url, urls.project),
    {
      name: 'kommuner',
      type: 'list',
      description: pc.kommuner,
      value: (p) => p.data.kommuner,
    },
    {
      name: 'kommunenavn',
      type: 'list',
      description: pc.kommunenavn,
      value: (p) => placesOf(p).map((m) => m.data.navn),
    },
    {
      name: 'pulje',
      type: 'list',
      enum: POOLS,
      description: pc.pulje(codes(POOL_LABELS)),
      value: (p) => unique(placesOf(p).map((m) => m.data.pulje)),
    },
    {
      name: 'fylke',
      type: 'list',
      enum: COUNTIES,
      description: pc.fylke,
      value: (p) => unique(placesOf(p).map((m) => m.data.fylke)),
    },
    {
      name: 'nettverk',
      type: 'list',
      description: pc.nettverk,
      value: (p) => unique(placesOf(p).map((m) => m.data.nettverk)),
    },
    {
      name: 'sektor',
      type: 'list',
      enum: SECTORS,
      description: pc.sektor(codes(SECTOR_LABELS)),
      value: (p) => p.data.sektor,
    },
    {
      name: 'fokus',
      type: 'list',
      enum: FOCUS_AREAS,
      description: pc.fokus(codes(FOCUS_LABELS)),
      value: (p) => p.data.fokus,
    },
    {
      name: 'status',
      type: 'string',
      enum: PROJECT_STATUSES,
      description: pc.status(orList(PROJECT_STATUSES)),
      value: (p) => p.data.status,
    },
    {
      name: 'start',
      type: 'date',
      description: pc.start,
      value: (p) => isoDate(p.data.periode.start),
    },
    {
      name: 'slutt',
      type: 'date',
      optional: true,
      description: pc.slutt,
      value: (p) => (p.data.periode.slutt ? isoDate(p.data.periode.slutt) : null),
    },
    {
      name: 'sammendrag',
      type: 'string',
      description: pc.sammendrag,
      value: (p) => p.data.sammendrag,
    },
    {
      name: 'mal',
      type: 'list',
      description: pc.mal,
      value: (p) => p.data.mål.map((g) => g.tekst),
    },
    {
      name: 'tiltak',
      type: 'list',
      description: pc.tiltak,
      value: (p) => p.data.tiltak,
    },
    {
      name: 'verktoy',
      type: 'list',
      description: pc.verktoy,
      value: (p) => p.data.verktøy,
    },
    {
      name: 'verktoynavn',
      type: 'list',
      description: pc.verktoynavn,
      value: (p) => p.data.verktøy.map((id) => content.tool(id).data.tittel),
    },
    {
      name: 'kontakt',
      type: 'string',
      optional: true,
      description: pc.kontakt,
      value: (p) => p.data.kontakt,
    },
    entryExampleField(text.prosjekter.example),
  ];

  const projectMunicipalities = projects.flatMap((p) => p.data.kommuner.map((kommune) => ({ p, kommune })));
  const projectTools = projects.flatMap((p) => p.data.verktøy.map((verktoy) => ({ p, verktoy })));
  const projectGoals: ProjectGoalRow[] = projects.flatMap((project) => {
    const attained = new Map(input.goalsOf(project.data).map((a) => [a.goalIndex, a]));
    return project.data.mål.map((goal, i) => ({ project, nr: i + 1, goal, attainment: attained.get(i) }));
  });

  /** The `prosjekt` key of a table with rows of a project's lists. */
  const projectKeyField = <T>(project: (row: T) => Item<Project>): Field<T> => ({
    name: 'prosjekt',
    type: 'string',
    pattern: ID,
    description: words.projectKey,
    value: (r) => project(r).id,
  });
  /** The `eksempeldata` column of such a table: the project's. */
  const projectExampleField = <T>(project: (row: T) => Item<Project>) =>
    exampleField<T>(text.prosjekter.example, (r) => project(r).data.eksempeldata);
  const projectKey = projectKeyField((r: { p: Item<Project> }) => r.p);
  const exampleOfProject = projectExampleField((r: { p: Item<Project> }) => r.p);

  const tables: Table<never>[] = [
    table({
      ...collectionTable('prosjekter'),
      description: text.prosjekter.description,
      fields: projectFields,
      primaryKey: ['id'],
      foreignKeys: [],
      rows: projects,
    }),
    table({
      name: 'prosjekt_kommune',
      title: text.prosjekt_kommune.title,
      description: text.prosjekt_kommune.description,
      fields: [
        projectKey,
        {
          name: 'kommune',
          type: 'string',
          pattern: ID,
          description: text.prosjekt_kommune.columns.kommune,
          value: (r: { kommune: string }) => r.kommune,
        },
        exampleOfProject,
      ],
      primaryKey: ['prosjekt', 'kommune'],
      foreignKeys: [
        { field: 'prosjekt', table: 'prosjekter', key: 'id' },
        { field: 'kommune', table: 'kommuner', key: 'id' },
      ],
      rows: projectMunicipalities,
    }),
    table<ProjectGoalRow>({
      name: 'prosjekt_mal',
      title: text.prosjekt_mal.title,
      description: text.prosjekt_mal.description,
      fields: [
        projectKeyField((r) => r.project),
        { name: 'nr', type: 'integer', description: text.prosjekt_mal.columns.nr, value: (r) => r.nr },
        { name: 'tekst', type: 'string', description: text.prosjekt_mal.columns.tekst, value: (r) => r.goal.tekst },
        {
          name: 'indikator',
          type: 'string',
          optional: true,
          enum: GOAL_INDICATORS,
          description: text.prosjekt_mal.columns.indikator,
          value: (r) => r.goal.indikator,
        },
        {
          name: 'malverdi',
          type: 'number',
          optional: true,
          description: text.prosjekt_mal.columns.malverdi,
          value: (r) => r.goal.målverdi,
        },
        {
          name: 'enhet',
          type: 'string',
          optional: true,
          description: text.prosjekt_mal.columns.enhet,
          value: (r) => r.goal.enhet,
        },
        {
          name: 'retning',
          type: 'string',
          optional: true,
          enum: ['ned', 'opp'],
          description: text.prosjekt_mal.columns.retning,
          value: (r) => r.goal.retning,
        },
        {
          name: 'maloppnaelse',
          type: 'string',
          optional: true,
          enum: Object.values(ATTAINMENT),
          description: text.prosjekt_mal.columns.maloppnaelse(orList(Object.values(ATTAINMENT))),
          value: (r) => (r.attainment ? ATTAINMENT[r.attainment.status] : null),
        },
        {
          name: 'malt_verdi',
          type: 'number',
          optional: true,
          description: text.prosjekt_mal.columns.malt_verdi,
          value: (r) => (r.attainment?.figure == null ? null : Math.round(r.attainment.figure * 100) / 100),
        },
        {
          name: 'malt_sektor',
          type: 'string',
          optional: true,
          enum: [WHOLE, ...SECTORS],
          description: text.prosjekt_mal.columns.malt_sektor(WHOLE),
          value: (r) => (r.attainment && r.attainment.period ? r.attainment.sektor : null),
        },
        {
          name: 'malt_fra',
          type: 'string',
          optional: true,
          pattern: '^\\d{4}-K[1-4]$',
          description: text.prosjekt_mal.columns.malt_fra,
          value: (r) => (r.attainment?.period ? quarterKey(r.attainment.period.from) : null),
        },
        {
          name: 'malt_til',
          type: 'string',
          optional: true,
          pattern: '^\\d{4}-K[1-4]$',
          description: text.prosjekt_mal.columns.malt_til,
          value: (r) => (r.attainment?.period ? quarterKey(r.attainment.period.to) : null),
        },
        projectExampleField((r) => r.project),
      ],
      primaryKey: ['prosjekt', 'nr'],
      foreignKeys: [{ field: 'prosjekt', table: 'prosjekter', key: 'id' }],
      rows: projectGoals,
    }),
    table({
      name: 'prosjekt_verktoy',
      title: text.prosjekt_verktoy.title,
      description: text.prosjekt_verktoy.description,
      fields: [
        projectKey,
        {
          name: 'verktoy',
          type: 'string',
          pattern: ID,
          description: text.prosjekt_verktoy.columns.verktoy,
          value: (r: { verktoy: string }) => r.verktoy,
        },
        exampleOfProject,
      ],
      primaryKey: ['prosjekt', 'verktoy'],
      foreignKeys: [
        { field: 'prosjekt', table: 'prosjekter', key: 'id' },
        { field: 'verktoy', table: 'verktoy', key: 'id' },
      ],
      rows: projectTools,
    }),
    table<Item<Municipality>>({
      ...collectionTable('kommuner'),
      description: text.kommuner.description,
      fields: [
        idField(text.kommuner.columns.id(urls.municipality('<id>'))),
        { name: 'navn', type: 'string', description: text.kommuner.columns.navn, value: (m) => m.data.navn },
        {
          name: 'samisk_navn',
          type: 'string',
          optional: true,
          description: text.kommuner.columns.samisk_navn,
          value: (m) => m.data.samisknavn,
        },
        {
          name: 'kommunenummer',
          type: 'string',
          pattern: '^\\d{4}$',
          description: text.kommuner.columns.kommunenummer,
          value: (m) => m.data.kommunenummer,
        },
        {
          name: 'fylke',
          type: 'string',
          enum: COUNTIES,
          description: text.kommuner.columns.fylke,
          value: (m) => m.data.fylke,
        },
        {
          name: 'pulje',
          type: 'string',
          enum: POOLS,
          description: text.kommuner.columns.pulje(codes(POOL_LABELS)),
          value: (m) => m.data.pulje,
        },
        {
          name: 'nettverk',
          type: 'string',
          optional: true,
          pattern: ID,
          description: text.kommuner.columns.nettverk,
          value: (m) => m.data.nettverk,
        },
        {
          name: 'breddegrad',
          type: 'number',
          optional: true,
          description: text.kommuner.columns.breddegrad,
          value: (m) => m.data.posisjon?.lat,
        },
        {
          name: 'lengdegrad',
          type: 'number',
          optional: true,
          description: text.kommuner.columns.lengdegrad,
          value: (m) => m.data.posisjon?.lon,
        },
        pageUrlField(text.kommuner.columns.url, urls.municipality),
        entryExampleField(text.kommuner.example),
      ],
      primaryKey: ['id'],
      foreignKeys: [{ field: 'nettverk', table: 'nettverk', key: 'id' }],
      rows: municipalities,
    }),
    table<Item<Network>>({
      ...collectionTable('nettverk'),
      description: text.nettverk.description,
      fields: [
        idField(text.nettverk.columns.id(urls.network('<id>'))),
        { name: 'navn', type: 'string', description: text.nettverk.columns.navn, value: (n) => n.data.navn },
        {
          name: 'pulje',
          type: 'string',
          enum: POOLS,
          description: text.nettverk.columns.pulje,
          value: (n) => n.data.pulje,
        },
        {
          name: 'veileder',
          type: 'string',
          description: text.nettverk.columns.veileder,
          value: (n) => n.data.veileder,
        },
        pageUrlField(text.nettverk.columns.url, urls.network),
        entryExampleField(text.nettverk.example),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: sortById(content.networks),
    }),
    table<Item<Tool>>({
      ...collectionTable('verktoy'),
      description: text.verktoy.description,
      fields: [
        idField(text.verktoy.columns.id(urls.tool('<id>'))),
        { name: 'tittel', type: 'string', description: text.verktoy.columns.tittel, value: (t) => t.data.tittel },
        {
          name: 'kategori',
          type: 'string',
          enum: TOOL_CATEGORIES,
          description: text.verktoy.columns.kategori,
          value: (t) => t.data.kategori,
        },
        {
          name: 'tema',
          type: 'list',
          enum: FOCUS_AREAS,
          description: text.verktoy.columns.tema,
          value: (t) => t.data.tema,
        },
        {
          name: 'sammendrag',
          type: 'string',
          description: text.verktoy.columns.sammendrag,
          value: (t) => t.data.sammendrag,
        },
        {
          name: 'lenke',
          type: 'string',
          optional: true,
          description: text.verktoy.columns.lenke,
          value: (t) => t.data.lenke,
        },
        pageUrlField(text.verktoy.columns.url, urls.tool),
        entryExampleField(text.verktoy.example),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: sortById(content.tools),
    }),
    table<Item<Gathering>>({
      ...collectionTable('samlinger'),
      description: text.samlinger.description,
      fields: [
        idField(text.samlinger.columns.id(urls.gathering('<id>'))),
        { name: 'tittel', type: 'string', description: text.samlinger.columns.tittel, value: (g) => g.data.tittel },
        {
          name: 'type',
          type: 'string',
          enum: GATHERING_TYPES,
          description: text.samlinger.columns.type,
          value: (g) => g.data.type,
        },
        { name: 'dato', type: 'date', description: text.samlinger.columns.dato, value: (g) => isoDate(g.data.dato) },
        {
          name: 'sluttdato',
          type: 'date',
          optional: true,
          description: text.samlinger.columns.sluttdato,
          value: (g) => (g.data.sluttdato ? isoDate(g.data.sluttdato) : null),
        },
        { name: 'sted', type: 'string', description: text.samlinger.columns.sted, value: (g) => g.data.sted },
        {
          name: 'nettverk',
          type: 'string',
          optional: true,
          pattern: ID,
          description: text.samlinger.columns.nettverk,
          value: (g) => g.data.nettverk,
        },
        {
          name: 'pulje',
          type: 'string',
          optional: true,
          enum: POOLS,
          description: text.samlinger.columns.pulje,
          value: (g) => g.data.pulje,
        },
        pageUrlField(text.samlinger.columns.url, urls.gathering),
        entryExampleField(text.samlinger.example),
      ],
      primaryKey: ['id'],
      foreignKeys: [{ field: 'nettverk', table: 'nettverk', key: 'id' }],
      rows: sortById(content.gatherings),
    }),
    table<SickLeaveRow>({
      ...collectionTable('sykefravaer'),
      description: text.sykefravaer.description,
      fields: [
        {
          name: 'kommune',
          type: 'string',
          pattern: ID,
          description: text.sykefravaer.columns.kommune(REFERENCE_SERIES_ID),
          value: (r) => r.kommune,
        },
        { name: 'ar', type: 'integer', description: text.sykefravaer.columns.ar, value: (r) => r.år },
        { name: 'kvartal', type: 'integer', description: text.sykefravaer.columns.kvartal, value: (r) => r.kvartal },
        {
          name: 'sektor',
          type: 'string',
          enum: [WHOLE, ...SECTORS],
          description: text.sykefravaer.columns.sektor(WHOLE, orList(SECTORS)),
          value: (r) => r.sektor,
        },
        {
          name: 'tapte_dagsverk',
          type: 'number',
          description: text.sykefravaer.columns.tapte_dagsverk,
          value: (r) => r.tapte_dagsverk,
        },
        {
          name: 'avtalte_dagsverk',
          type: 'number',
          description: text.sykefravaer.columns.avtalte_dagsverk,
          value: (r) => r.avtalte_dagsverk,
        },
        {
          name: 'sykefravaer_prosent',
          type: 'number',
          description: text.sykefravaer.columns.sykefravaer_prosent,
          value: (r) => Math.round((10000 * r.tapte_dagsverk) / r.avtalte_dagsverk) / 100,
        },
        exampleField(text.sykefravaer.example, () => SICK_LEAVE_IS_EXAMPLE_DATA),
      ],
      primaryKey: ['kommune', 'ar', 'kvartal', 'sektor'],
      foreignKeys: [],
      rows: [...input.sickLeave].sort(sickLeaveOrder),
    }),
    table<SurveyRow>({
      ...collectionTable('undersokelser'),
      description: text.undersokelser.description,
      fields: [
        {
          name: 'kommune',
          type: 'string',
          pattern: ID,
          description: text.undersokelser.columns.kommune,
          value: (r) => r.kommune,
        },
        {
          name: 'undersokelse',
          type: 'string',
          enum: SURVEYS,
          description: text.undersokelser.columns.undersokelse(orList(SURVEYS)),
          value: (r) => r.undersøkelse,
        },
        {
          name: 'tjeneste',
          type: 'string',
          enum: SURVEY_SERVICES,
          description: text.undersokelser.columns.tjeneste(orList(SURVEY_SERVICES)),
          value: (r) => r.tjeneste,
        },
        {
          name: 'ar',
          type: 'integer',
          description: text.undersokelser.columns.ar,
          value: (r) => r.år,
        },
        {
          name: 'skar',
          type: 'number',
          description: text.undersokelser.columns.skar,
          value: (r) => r.skår,
        },
        {
          name: 'skala_fra',
          type: 'integer',
          description: text.undersokelser.columns.skala_fra,
          value: (r) => r.skala.fra,
        },
        {
          name: 'skala_til',
          type: 'integer',
          description: text.undersokelser.columns.skala_til,
          value: (r) => r.skala.til,
        },
        exampleField(text.undersokelser.example, (r) => r.eksempeldata),
      ],
      primaryKey: ['kommune', 'undersokelse', 'tjeneste', 'ar'],
      foreignKeys: [{ field: 'kommune', table: 'kommuner', key: 'id' }],
      rows: [...input.surveys].sort(surveyOrder),
    }),
  ];
  return tables as unknown as Table[];
}

/**
 * One table (typing help: its fields read the type of its rows); its name must be one of
 * OPEN_DATA_TABLES (./files.ts), the record of /data/'s files. Every list column's description
 * ends with the note on how a cell's values are separated.
 */
function table<T>(t: Table<T> & { name: OpenDataTableName }): Table<never> {
  const listNote = words.listNote(LIST_SEPARATOR);
  const fields = t.fields.map((f) => (f.type === 'list' ? { ...f, description: `${f.description} ${listNote}` } : f));
  return { ...t, fields } as unknown as Table<never>;
}

/** Sick-leave rows: by municipality, year, quarter and sector. */
export const sickLeaveOrder = (a: SickLeaveRow, b: SickLeaveRow) =>
  compare(a.kommune, b.kommune) || a.år - b.år || a.kvartal - b.kvartal || compare(a.sektor, b.sektor);

/** Survey rows: by municipality, survey and service (vocabulary order), then year. */
export const surveyOrder = (a: SurveyRow, b: SurveyRow) =>
  compare(a.kommune, b.kommune) ||
  SURVEYS.indexOf(a.undersøkelse) - SURVEYS.indexOf(b.undersøkelse) ||
  SURVEY_SERVICES.indexOf(a.tjeneste) - SURVEY_SERVICES.indexOf(b.tjeneste) ||
  a.år - b.år;
