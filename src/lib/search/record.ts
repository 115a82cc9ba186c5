/**
 * What each indexed page tells the search besides its text: its type, its filter values, its
 * sort keys (for the site's own order files, order.ts) and its glossary expansions. Computed from the content here and rendered by
 * SearchMeta.astro, so every page type is described the same way.
 */
import type { DerivedContent, Item } from '../model/derive';
import { isoDate } from '../format/nb';
import type { Gathering, Municipality, Newsletter, Project, Story, Tool } from '../schemas';
import { FOCUS_LABELS, POOL_LABELS, POOL_RECORDS, SECTOR_LABELS, TOOL_CATEGORY_LABELS } from '../schemas/vocabulary';
import type { FilterKey } from './state';
import { COLLECTIONS, SEARCHABLE, type ResultType } from '../collections';
import { searchPlaceText } from '../../i18n/follow';

/** Result types, as shown in the type filter: the search labels of the searchable collections in the registry. */
export const RESULT_TYPES = Object.fromEntries(SEARCHABLE.map((r) => [r.search.type, r.search.label])) as Record<
  ResultType,
  string
>;

export type { ResultType };

export interface SearchRecord {
  type: ResultType;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Sort key "dato": an ISO date. Every page has one, so none drop out of sorted results (order.ts). */
  date: string;
  /** Sort key "tittel": the title in an order that puts æ, ø, å last, as Norwegian does. */
  titleKey: string;
  /** Date shown in results, formatted by the search page. */
  displayDate?: string;
  /**
   * Where the page is from, shown in results beside type and date so that equal titles can be
   * told apart: the municipalities (at most three named), a gathering's place, a municipality's county.
   */
  place?: string;
  /** Name groups for the glossary, e.g. [Tana, Deanu gielda]. */
  nameGroups: string[][];
  /**
   * Words that describe the page but are not in its indexed text (the facts list is left out
   * of the index because its cells run together in excerpts): places, county, sector, network.
   */
  terms: string[];
  /**
   * Whether the page is invented demo content (front matter `eksempeldata: true`): the search
   * page marks such a result «Eksempeldata» whatever its excerpt says.
   */
  example: boolean;
}

/** Pages without a date of their own (tools) sort as of the programme's start. */
const PROGRAMME_START = '2007-01-01';

/** Lower-cases and maps æ, ø, å past z so that a plain string sort follows Norwegian order. */
export function titleSortKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'z~1')
    .replace(/ø/g, 'z~2')
    .replace(/å/g, 'z~3')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

const unique = <T>(values: T[]) => [...new Set(values)];

function years(from: Date, to?: Date): string[] {
  const out: string[] = [];
  const last = (to ?? from).getUTCFullYear();
  for (let y = from.getUTCFullYear(); y <= last; y++) out.push(String(y));
  return out;
}

function placeFilters(content: DerivedContent, ids: string[]) {
  const places = ids.map((id) => content.municipality(id));
  return {
    places,
    pulje: unique(places.map((m) => POOL_LABELS[m.data.pulje])),
    fylke: unique(places.map((m) => m.data.fylke)),
    nameGroups: places.filter((m) => m.data.samisknavn).map((m) => [m.data.navn, m.data.samisknavn!]),
    terms: unique([...places.map((m) => m.data.navn), ...places.map((m) => m.data.fylke)]),
    place: placeText(places.map((m) => m.data.navn)),
  };
}

/** "Verdal", "Drammen og Øvre Eiker", "Alta, Hammerfest, Tana og 2 til". */
export function placeText(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const t = searchPlaceText;
  if (names.length <= 3) return t.last(names.slice(0, -1).join(t.separator), names.at(-1)!);
  // The count is at most a handful and written as digits (formatInteger would write it the same).
  return t.more(names.slice(0, 3).join(t.separator), String(names.length - 3));
}

export function projectRecord(p: Item<Project>, content: DerivedContent): SearchRecord {
  const { pulje, fylke, nameGroups, terms, place } = placeFilters(content, p.data.kommuner);
  return {
    example: p.data.eksempeldata,
    type: COLLECTIONS.prosjekter.search.type,
    place,
    filters: {
      type: [COLLECTIONS.prosjekter.search.label],
      pulje,
      fylke,
      sektor: p.data.sektor.map((s) => SECTOR_LABELS[s]),
      fokus: p.data.fokus.map((f) => FOCUS_LABELS[f]),
      år: years(p.data.periode.start, p.data.periode.slutt),
    },
    date: isoDate(p.data.periode.start),
    titleKey: titleSortKey(p.data.tittel),
    displayDate: isoDate(p.data.periode.start),
    nameGroups,
    terms: [...terms, ...p.data.sektor.map((x) => SECTOR_LABELS[x])],
  };
}

export function municipalityRecord(m: Item<Municipality>, content: DerivedContent): SearchRecord {
  return {
    example: m.data.eksempeldata,
    type: COLLECTIONS.kommuner.search.type,
    place: m.data.fylke,
    filters: {
      type: [COLLECTIONS.kommuner.search.label],
      pulje: [POOL_LABELS[m.data.pulje]],
      fylke: [m.data.fylke],
    },
    date: POOL_RECORDS[m.data.pulje].startDate,
    titleKey: titleSortKey(m.data.navn),
    nameGroups: m.data.samisknavn ? [[m.data.navn, m.data.samisknavn]] : [],
    terms: [
      m.data.fylke,
      POOL_LABELS[m.data.pulje],
      ...(m.data.nettverk ? [content.network(m.data.nettverk).data.navn] : []),
    ],
  };
}

export function toolRecord(t: Item<Tool>): SearchRecord {
  return {
    example: t.data.eksempeldata,
    type: COLLECTIONS.verktoy.search.type,
    filters: { type: [COLLECTIONS.verktoy.search.label], fokus: t.data.tema.map((f) => FOCUS_LABELS[f]) },
    date: PROGRAMME_START,
    titleKey: titleSortKey(t.data.tittel),
    nameGroups: [],
    terms: [TOOL_CATEGORY_LABELS[t.data.kategori]],
  };
}

export function newsletterRecord(l: Item<Newsletter>): SearchRecord {
  return {
    example: l.data.eksempeldata,
    type: COLLECTIONS.nyhetsbrev.search.type,
    filters: { type: [COLLECTIONS.nyhetsbrev.search.label], år: years(l.data.dato) },
    date: isoDate(l.data.dato),
    titleKey: titleSortKey(l.data.tittel),
    displayDate: isoDate(l.data.dato),
    nameGroups: [],
    terms: [],
  };
}

export function storyRecord(s: Item<Story>, content: DerivedContent): SearchRecord {
  const { pulje, fylke, nameGroups, terms, place } = placeFilters(content, s.data.kommuner);
  const project = s.data.prosjekt ? content.project(s.data.prosjekt) : undefined;
  return {
    example: s.data.eksempeldata,
    type: COLLECTIONS.historier.search.type,
    place,
    filters: {
      type: [COLLECTIONS.historier.search.label],
      pulje,
      fylke,
      sektor: [SECTOR_LABELS[s.data.sektor]],
      fokus: project ? project.data.fokus.map((f) => FOCUS_LABELS[f]) : [],
      år: years(s.data.dato),
    },
    date: isoDate(s.data.dato),
    titleKey: titleSortKey(s.data.tittel),
    displayDate: isoDate(s.data.dato),
    nameGroups,
    terms: [...terms, SECTOR_LABELS[s.data.sektor]],
  };
}

export function gatheringRecord(g: Item<Gathering>, content: DerivedContent): SearchRecord {
  const members = g.data.nettverk ? content.membersOf(g.data.nettverk) : [];
  const pool = g.data.pulje ?? (g.data.nettverk ? content.network(g.data.nettverk).data.pulje : undefined);
  return {
    example: g.data.eksempeldata,
    type: COLLECTIONS.samlinger.search.type,
    place: g.data.sted,
    filters: {
      type: [COLLECTIONS.samlinger.search.label],
      pulje: pool ? [POOL_LABELS[pool]] : [],
      fylke: unique(members.map((m) => m.data.fylke)),
      år: years(g.data.dato),
    },
    date: isoDate(g.data.dato),
    titleKey: titleSortKey(g.data.tittel),
    displayDate: isoDate(g.data.dato),
    nameGroups: members.filter((m) => m.data.samisknavn).map((m) => [m.data.navn, m.data.samisknavn!]),
    terms: unique([
      g.data.sted,
      ...(g.data.nettverk ? [content.network(g.data.nettverk).data.navn] : []),
      ...members.map((m) => m.data.navn),
    ]),
  };
}
