/**
 * The ten tables of /data/, from the derived content, the sick-leave and survey rows and the
 * goal attainment the results pages compute. Every fact the site shows about a project is a
 * column of `prosjekter` (lists joined with LIST_SEPARATOR) and, where a list item has facts of
 * its own, a row of a long table (prosjekt_kommune, prosjekt_mal, prosjekt_verktoy). Rows are in a
 * stable order (by id, then the other key fields), so versions of a file can be compared.
 */
import type { DerivedContent, Item } from '../model/derive';
import { isoDate } from '../format/nb';
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
import { LIST_SEPARATOR, type Field, type Table } from './fields';
import type { OpenDataTableName } from './files';
import { COLLECTIONS, type CollectionName } from '../collections';

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
const example = (what: string) => `Sann («ja» i CSV) når ${what} er oppdiktet eksempeldata, ikke fakta.`;
const listNote = `Flere verdier skilles med «${LIST_SEPARATOR}» i CSV og regneark; i JSON en liste.`;
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
  description: example(what),
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

  const projectFields: Field<Item<Project>>[] = [
    idField('Prosjektets id (filnavnet); stabil, og en del av adressen /prosjekter/<id>/.'),
    { name: 'tittel', type: 'string', description: 'Prosjektets tittel.', value: (p) => p.data.tittel },
    pageUrlField('Prosjektsidens fulle adresse.', urls.project),
    {
      name: 'kommuner',
      type: 'list',
      description: `Id-ene til kommunene som driver prosjektet (se kommuner og prosjekt_kommune). ${listNote}`,
      value: (p) => p.data.kommuner,
    },
    {
      name: 'kommunenavn',
      type: 'list',
      description: `Navnene på de samme kommunene, i samme rekkefølge. ${listNote}`,
      value: (p) => placesOf(p).map((m) => m.data.navn),
    },
    {
      name: 'pulje',
      type: 'list',
      enum: POOLS,
      description: `Puljen eller puljene kommunene er med i: ${codes(POOL_LABELS)}. ${listNote}`,
      value: (p) => unique(placesOf(p).map((m) => m.data.pulje)),
    },
    {
      name: 'fylke',
      type: 'list',
      enum: COUNTIES,
      description: `Fylket eller fylkene kommunene ligger i (fylkesinndelingen før 2020). ${listNote}`,
      value: (p) => unique(placesOf(p).map((m) => m.data.fylke)),
    },
    {
      name: 'nettverk',
      type: 'list',
      description: `Id-ene til læringsnettverkene kommunene er med i (se nettverk); tom når ingen er det. ${listNote}`,
      value: (p) => unique(placesOf(p).map((m) => m.data.nettverk)),
    },
    {
      name: 'sektor',
      type: 'list',
      enum: SECTORS,
      description: `Sektor: ${codes(SECTOR_LABELS)}. ${listNote}`,
      value: (p) => p.data.sektor,
    },
    {
      name: 'fokus',
      type: 'list',
      enum: FOCUS_AREAS,
      description: `Fokusområder: ${codes(FOCUS_LABELS)}. ${listNote}`,
      value: (p) => p.data.fokus,
    },
    {
      name: 'status',
      type: 'string',
      enum: PROJECT_STATUSES,
      description: 'planlagt, pågår eller avsluttet.',
      value: (p) => p.data.status,
    },
    {
      name: 'start',
      type: 'date',
      description: 'Startdato (ÅÅÅÅ-MM-DD).',
      value: (p) => isoDate(p.data.periode.start),
    },
    {
      name: 'slutt',
      type: 'date',
      optional: true,
      description: 'Sluttdato (ÅÅÅÅ-MM-DD); tom når den ikke er satt.',
      value: (p) => (p.data.periode.slutt ? isoDate(p.data.periode.slutt) : null),
    },
    {
      name: 'sammendrag',
      type: 'string',
      description: 'Kort beskrivelse av prosjektet.',
      value: (p) => p.data.sammendrag,
    },
    {
      name: 'mal',
      type: 'list',
      description: `Prosjektets mål i ord, i rekkefølge (tall, indikator og måloppnåelse står i prosjekt_mal). ${listNote}`,
      value: (p) => p.data.mål.map((g) => g.tekst),
    },
    {
      name: 'tiltak',
      type: 'list',
      description: `Tiltakene prosjektet gjennomfører. ${listNote}`,
      value: (p) => p.data.tiltak,
    },
    {
      name: 'verktoy',
      type: 'list',
      description: `Id-ene til verktøyene og metodene prosjektet bruker (se verktoy og prosjekt_verktoy). ${listNote}`,
      value: (p) => p.data.verktøy,
    },
    {
      name: 'verktoynavn',
      type: 'list',
      description: `Navnene på de samme verktøyene, i samme rekkefølge. ${listNote}`,
      value: (p) => p.data.verktøy.map((id) => content.tool(id).data.tittel),
    },
    {
      name: 'kontakt',
      type: 'string',
      optional: true,
      description: 'Kontaktperson eller rolle; tom når den ikke er oppgitt.',
      value: (p) => p.data.kontakt,
    },
    entryExampleField('prosjektet'),
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
    description: 'Prosjektets id (se prosjekter).',
    value: (r) => project(r).id,
  });
  /** The `eksempeldata` column of such a table: the project's. */
  const projectExampleField = <T>(project: (row: T) => Item<Project>) =>
    exampleField<T>('prosjektet', (r) => project(r).data.eksempeldata);
  const projectKey = projectKeyField((r: { p: Item<Project> }) => r.p);
  const exampleOfProject = projectExampleField((r: { p: Item<Project> }) => r.p);

  const tables: Table<never>[] = [
    table({
      ...collectionTable('prosjekter'),
      description: 'Ett prosjekt per rad, med alt prosjektsiden viser.',
      fields: projectFields,
      primaryKey: ['id'],
      foreignKeys: [],
      rows: projects,
    }),
    table({
      name: 'prosjekt_kommune',
      title: 'Prosjekter og kommuner',
      description: 'Én rad per kommune i et prosjekt.',
      fields: [
        projectKey,
        {
          name: 'kommune',
          type: 'string',
          pattern: ID,
          description: 'Kommunens id (se kommuner).',
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
      title: 'Prosjektenes mål',
      description:
        'Én rad per mål i et prosjekt, med målverdi og, for mål om sykefravær, måloppnåelsen slik prosjektsiden regner den ut.',
      fields: [
        projectKeyField((r) => r.project),
        { name: 'nr', type: 'integer', description: 'Målets nummer i prosjektet, fra 1.', value: (r) => r.nr },
        { name: 'tekst', type: 'string', description: 'Målet i ord.', value: (r) => r.goal.tekst },
        {
          name: 'indikator',
          type: 'string',
          optional: true,
          enum: GOAL_INDICATORS,
          description: 'Hva målverdien måles på; tom for mål uten tall.',
          value: (r) => r.goal.indikator,
        },
        {
          name: 'malverdi',
          type: 'number',
          optional: true,
          description: 'Målverdien, f.eks. 8 for 8 % (desimalkomma i CSV).',
          value: (r) => r.goal.målverdi,
        },
        {
          name: 'enhet',
          type: 'string',
          optional: true,
          description: 'Målverdiens enhet, f.eks. %.',
          value: (r) => r.goal.enhet,
        },
        {
          name: 'retning',
          type: 'string',
          optional: true,
          enum: ['ned', 'opp'],
          description: 'Om tallet skal ned eller opp for at målet er nådd.',
          value: (r) => r.goal.retning,
        },
        {
          name: 'maloppnaelse',
          type: 'string',
          optional: true,
          enum: Object.values(ATTAINMENT),
          description:
            'For mål med målverdi for sykefravær: nadd, ikke_nadd eller mangler_data, regnet ut som på prosjektsiden (siste fire kvartaler, vektet, avrundet til én desimal); tom for andre mål.',
          value: (r) => (r.attainment ? ATTAINMENT[r.attainment.status] : null),
        },
        {
          name: 'malt_verdi',
          type: 'number',
          optional: true,
          description:
            'Det vektede sykefraværet i prosent (tapte delt på avtalte dagsverk) som målet ble sammenlignet med, med to desimaler.',
          value: (r) => (r.attainment?.figure == null ? null : Math.round(r.attainment.figure * 100) / 100),
        },
        {
          name: 'malt_sektor',
          type: 'string',
          optional: true,
          enum: ['alle', ...SECTORS],
          description: 'Sektoren sykefraværet er målt i (alle = hele kommunen).',
          value: (r) => (r.attainment && r.attainment.period ? r.attainment.sektor : null),
        },
        {
          name: 'malt_fra',
          type: 'string',
          optional: true,
          pattern: '^\\d{4}-K[1-4]$',
          description: 'Første kvartal i måleperioden, f.eks. 2008-K3.',
          value: (r) => (r.attainment?.period ? quarterKey(r.attainment.period.from) : null),
        },
        {
          name: 'malt_til',
          type: 'string',
          optional: true,
          pattern: '^\\d{4}-K[1-4]$',
          description: 'Siste kvartal i måleperioden.',
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
      title: 'Prosjekter og verktøy',
      description: 'Én rad per verktøy et prosjekt bruker.',
      fields: [
        projectKey,
        {
          name: 'verktoy',
          type: 'string',
          pattern: ID,
          description: 'Verktøyets id (se verktoy).',
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
      description: 'Én rad per kommune i programmet.',
      fields: [
        idField('Kommunens id (filnavnet); stabil, og en del av adressen /kommuner/<id>/.'),
        { name: 'navn', type: 'string', description: 'Kommunens navn.', value: (m) => m.data.navn },
        {
          name: 'samisk_navn',
          type: 'string',
          optional: true,
          description: 'Samisk navn der kommunen har et.',
          value: (m) => m.data.samisknavn,
        },
        {
          name: 'kommunenummer',
          type: 'string',
          pattern: '^\\d{4}$',
          description: 'Kommunenummer før 2020: fire sifre, som tekst, med innledende null (0906).',
          value: (m) => m.data.kommunenummer,
        },
        { name: 'fylke', type: 'string', enum: COUNTIES, description: 'Fylke før 2020.', value: (m) => m.data.fylke },
        {
          name: 'pulje',
          type: 'string',
          enum: POOLS,
          description: `Pulje i programmet: ${codes(POOL_LABELS)}.`,
          value: (m) => m.data.pulje,
        },
        {
          name: 'nettverk',
          type: 'string',
          optional: true,
          pattern: ID,
          description: 'Id-en til læringsnettverket (se nettverk); tom når kommunen ikke er med i et.',
          value: (m) => m.data.nettverk,
        },
        {
          name: 'breddegrad',
          type: 'number',
          optional: true,
          description: 'Omtrentlig breddegrad for kommunesenteret (WGS84, grader nord).',
          value: (m) => m.data.posisjon?.lat,
        },
        {
          name: 'lengdegrad',
          type: 'number',
          optional: true,
          description: 'Omtrentlig lengdegrad for kommunesenteret (WGS84, grader øst).',
          value: (m) => m.data.posisjon?.lon,
        },
        pageUrlField('Kommunesidens fulle adresse.', urls.municipality),
        entryExampleField('deler av opplysningene'),
      ],
      primaryKey: ['id'],
      foreignKeys: [{ field: 'nettverk', table: 'nettverk', key: 'id' }],
      rows: municipalities,
    }),
    table<Item<Network>>({
      ...collectionTable('nettverk'),
      description: 'Ett læringsnettverk per rad; medlemmene står i kommuner.nettverk.',
      fields: [
        idField('Nettverkets id; stabil, og en del av adressen /nettverk/<id>/.'),
        { name: 'navn', type: 'string', description: 'Nettverkets navn.', value: (n) => n.data.navn },
        {
          name: 'pulje',
          type: 'string',
          enum: POOLS,
          description: 'Puljen nettverket ble dannet i.',
          value: (n) => n.data.pulje,
        },
        {
          name: 'veileder',
          type: 'string',
          description: 'Nettverkets veileder fra sekretariatet.',
          value: (n) => n.data.veileder,
        },
        pageUrlField('Nettverkssidens fulle adresse.', urls.network),
        entryExampleField('nettverket'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: sortById(content.networks),
    }),
    table<Item<Tool>>({
      ...collectionTable('verktoy'),
      description: 'Ett verktøy eller én metode per rad.',
      fields: [
        idField('Verktøyets id; stabil, og en del av adressen /verktoy/<id>/.'),
        { name: 'tittel', type: 'string', description: 'Verktøyets navn.', value: (t) => t.data.tittel },
        {
          name: 'kategori',
          type: 'string',
          enum: TOOL_CATEGORIES,
          description: 'Hva slags verktøy det er.',
          value: (t) => t.data.kategori,
        },
        {
          name: 'tema',
          type: 'list',
          enum: FOCUS_AREAS,
          description: `Fokusområdene verktøyet brukes i. ${listNote}`,
          value: (t) => t.data.tema,
        },
        { name: 'sammendrag', type: 'string', description: 'Kort beskrivelse.', value: (t) => t.data.sammendrag },
        {
          name: 'lenke',
          type: 'string',
          optional: true,
          description: 'Ekstern nettside for verktøyet.',
          value: (t) => t.data.lenke,
        },
        pageUrlField('Verktøysidens fulle adresse.', urls.tool),
        entryExampleField('beskrivelsen'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: sortById(content.tools),
    }),
    table<Item<Gathering>>({
      ...collectionTable('samlinger'),
      description: 'Én samling, konferanse eller nettverkssamling per rad.',
      fields: [
        idField('Samlingens id; stabil, og en del av adressen /samlinger/<id>/.'),
        { name: 'tittel', type: 'string', description: 'Samlingens navn.', value: (g) => g.data.tittel },
        {
          name: 'type',
          type: 'string',
          enum: GATHERING_TYPES,
          description: 'Hva slags samling det er.',
          value: (g) => g.data.type,
        },
        { name: 'dato', type: 'date', description: 'Første dag (ÅÅÅÅ-MM-DD).', value: (g) => isoDate(g.data.dato) },
        {
          name: 'sluttdato',
          type: 'date',
          optional: true,
          description: 'Siste dag for samlinger over flere dager.',
          value: (g) => (g.data.sluttdato ? isoDate(g.data.sluttdato) : null),
        },
        { name: 'sted', type: 'string', description: 'Stedet samlingen holdes.', value: (g) => g.data.sted },
        {
          name: 'nettverk',
          type: 'string',
          optional: true,
          pattern: ID,
          description: 'Nettverket samlingen er for (se nettverk).',
          value: (g) => g.data.nettverk,
        },
        {
          name: 'pulje',
          type: 'string',
          optional: true,
          enum: POOLS,
          description: 'Puljen samlingen er for.',
          value: (g) => g.data.pulje,
        },
        pageUrlField('Samlingssidens fulle adresse.', urls.gathering),
        entryExampleField('samlingen'),
      ],
      primaryKey: ['id'],
      foreignKeys: [{ field: 'nettverk', table: 'nettverk', key: 'id' }],
      rows: sortById(content.gatherings),
    }),
    table<SickLeaveRow>({
      ...collectionTable('sykefravaer'),
      description: 'Én rad per kommune, kvartal og sektor. Tallene er foreløpig oppdiktet eksempeldata.',
      fields: [
        {
          name: 'kommune',
          type: 'string',
          pattern: ID,
          description: `Kommunens id (se kommuner), eller «${REFERENCE_SERIES_ID}» for referanseserien (kommunene utenfor programmet samlet).`,
          value: (r) => r.kommune,
        },
        { name: 'ar', type: 'integer', description: 'Årstall, f.eks. 2008.', value: (r) => r.år },
        { name: 'kvartal', type: 'integer', description: 'Kvartal (1–4).', value: (r) => r.kvartal },
        {
          name: 'sektor',
          type: 'string',
          enum: ['alle', ...SECTORS],
          description: 'alle for hele kommunen, ellers pleie-og-omsorg eller oppvekst.',
          value: (r) => r.sektor,
        },
        {
          name: 'tapte_dagsverk',
          type: 'number',
          description: 'Tapte dagsverk på grunn av sykefravær.',
          value: (r) => r.tapte_dagsverk,
        },
        {
          name: 'avtalte_dagsverk',
          type: 'number',
          description: 'Avtalte dagsverk.',
          value: (r) => r.avtalte_dagsverk,
        },
        {
          name: 'sykefravaer_prosent',
          type: 'number',
          description:
            'Tapte delt på avtalte dagsverk, i prosent med to desimaler (avledet; summer dagsverkene, ikke prosentene, når du slår sammen rader).',
          value: (r) => Math.round((10000 * r.tapte_dagsverk) / r.avtalte_dagsverk) / 100,
        },
        exampleField('raden', () => SICK_LEAVE_IS_EXAMPLE_DATA),
      ],
      primaryKey: ['kommune', 'ar', 'kvartal', 'sektor'],
      foreignKeys: [],
      rows: [...input.sickLeave].sort(sickLeaveOrder),
    }),
    table<SurveyRow>({
      ...collectionTable('undersokelser'),
      description: 'Én rad per kommune, undersøkelse, tjeneste og år.',
      fields: [
        {
          name: 'kommune',
          type: 'string',
          pattern: ID,
          description: 'Kommunens id (se kommuner).',
          value: (r) => r.kommune,
        },
        {
          name: 'undersokelse',
          type: 'string',
          enum: SURVEYS,
          description: 'brukerundersokelse eller medarbeiderundersokelse.',
          value: (r) => r.undersøkelse,
        },
        {
          name: 'tjeneste',
          type: 'string',
          enum: SURVEY_SERVICES,
          description:
            'Tjenesten undersøkelsen gjelder: barnehage, sfo, skole, hjemmetjeneste, sykehjem eller hele-kommunen (bare medarbeiderundersøkelser).',
          value: (r) => r.tjeneste,
        },
        {
          name: 'ar',
          type: 'integer',
          description: 'Året undersøkelsen ble gjennomført. Et år uten rad er et år uten undersøkelse.',
          value: (r) => r.år,
        },
        {
          name: 'skar',
          type: 'number',
          description: 'Gjennomsnittlig svar på skalaen (desimalkomma i CSV).',
          value: (r) => r.skår,
        },
        { name: 'skala_fra', type: 'integer', description: 'Laveste verdi på svarskalaen.', value: (r) => r.skala.fra },
        {
          name: 'skala_til',
          type: 'integer',
          description: 'Høyeste (beste) verdi på svarskalaen.',
          value: (r) => r.skala.til,
        },
        exampleField('tallet', (r) => r.eksempeldata),
      ],
      primaryKey: ['kommune', 'undersokelse', 'tjeneste', 'ar'],
      foreignKeys: [{ field: 'kommune', table: 'kommuner', key: 'id' }],
      rows: [...input.surveys].sort(surveyOrder),
    }),
  ];
  return tables as unknown as Table[];
}

/** Typing help: a table's fields read the type of its rows. */
/** One table; its name must be one of OPEN_DATA_TABLES (./files.ts), the record of /data/'s files. */
function table<T>(t: Table<T> & { name: OpenDataTableName }): Table<never> {
  return t as unknown as Table<never>;
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
