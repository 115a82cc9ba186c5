/** Turns entries into the card items that list pages show (see CardList.astro). */
import type { DerivedContent, Item } from '../model/derive';
import { formatDate, formatDateRange, plural } from '../format/nb';
import type { Gathering, Municipality, Newsletter, Project, Story, Tool } from '../schemas';
import {
  GATHERING_TYPE_LABELS,
  POOL_LABELS,
  SECTOR_LABELS,
  STATUS_LABELS,
  TOOL_CATEGORY_LABELS,
} from '../schemas/vocabulary';
import { urls } from '../format/urls';
import { cardText, toolsUi } from '../../i18n/entries';

export interface Card {
  href: string;
  title: string;
  meta: string[];
  summary?: string;
  example: boolean;
  draft: boolean;
}

/** "2007–2009" or "fra 2008". */
export function projectYears(p: Project): string {
  const start = p.periode.start.getUTCFullYear();
  const end = p.periode.slutt?.getUTCFullYear();
  if (end === undefined) return cardText.since(String(start));
  return start === end ? String(start) : `${start}–${end}`;
}

export function projectCard(p: Item<Project>, content: DerivedContent): Card {
  return {
    href: urls.project(p.id),
    title: p.data.tittel,
    meta: [
      p.data.kommuner.map((id) => content.municipality(id).data.navn).join(', '),
      p.data.sektor.map((s) => SECTOR_LABELS[s]).join(cardText.sectorSeparator),
      projectYears(p.data),
      STATUS_LABELS[p.data.status],
    ],
    summary: p.data.sammendrag,
    example: p.data.eksempeldata,
    draft: p.data.utkast,
  };
}

export function municipalityCard(m: Item<Municipality>, content: DerivedContent): Card {
  const n = content.projectsOfMunicipality(m.id).length;
  return {
    href: urls.municipality(m.id),
    title: m.data.samisknavn ? `${m.data.navn} – ${m.data.samisknavn}` : m.data.navn,
    meta: [m.data.fylke, POOL_LABELS[m.data.pulje], plural(n, toolsUi.project.one, toolsUi.project.many)],
    summary: m.data.sammendrag,
    example: m.data.eksempeldata,
    draft: false,
  };
}

export function toolCard(t: Item<Tool>, content: DerivedContent): Card {
  const n = content.projectsOfTool(t.id).length;
  return {
    href: urls.tool(t.id),
    title: t.data.tittel,
    meta: [
      TOOL_CATEGORY_LABELS[t.data.kategori],
      n === 0 ? cardText.toolUnused : cardText.toolUsedIn(plural(n, toolsUi.project.one, toolsUi.project.many)),
    ],
    summary: t.data.sammendrag,
    example: t.data.eksempeldata,
    draft: t.data.utkast,
  };
}

export function newsletterCard(l: Item<Newsletter>): Card {
  return {
    href: urls.newsletter(l.id),
    title: l.data.tittel,
    meta: [`Nr. ${l.data.nummer}`, formatDate(l.data.dato)],
    summary: l.data.sammendrag,
    example: l.data.eksempeldata,
    draft: l.data.utkast,
  };
}

export function storyCard(s: Item<Story>, content: DerivedContent): Card {
  return {
    href: urls.story(s.id),
    title: s.data.tittel,
    meta: [
      s.data.kommuner.map((id) => content.municipality(id).data.navn).join(', '),
      SECTOR_LABELS[s.data.sektor],
      formatDate(s.data.dato),
    ],
    summary: s.data.sammendrag,
    example: s.data.eksempeldata,
    draft: s.data.utkast,
  };
}

export function gatheringCard(g: Item<Gathering>, content: DerivedContent): Card {
  const forWhom = g.data.nettverk
    ? content.network(g.data.nettverk).data.navn
    : g.data.pulje
      ? POOL_LABELS[g.data.pulje]
      : '';
  return {
    href: urls.gathering(g.id),
    title: g.data.tittel,
    meta: [
      GATHERING_TYPE_LABELS[g.data.type],
      formatDateRange(g.data.dato, g.data.sluttdato),
      g.data.sted,
      forWhom,
    ].filter(Boolean),
    summary: g.data.sammendrag,
    example: g.data.eksempeldata,
    draft: g.data.utkast,
  };
}
