/**
 * Networks, tools and municipalities: the labels and headings their pages print with a count.
 * (The rest of these pages' wording is in pages.ts.)
 */
export const networksUi = {
  members: 'Antall kommuner',
  projects: 'Prosjekter i nettverket',
  municipality: { one: 'kommune', many: 'kommuner' },
} as const;

export const toolsUi = {
  usedIn: 'Brukt i',
  unused: 'Ingen prosjekter ennå',
  project: { one: 'prosjekt', many: 'prosjekter' },
} as const;

export const municipalitiesUi = {
  projects: 'Prosjekter',
  stories: 'Gode historier',
  lead: (count: string) =>
    `Kommunene kom med i programmet i fem puljer fra 2007 til 2009. I 2009 var 138 kommuner med, og de dekket over halvparten av befolkningen. Kompetansebanken har foreløpig sider for ${count} av dem.`,
  /** «(fra 2007, 12 i banken)» after a pool's heading. */
  poolNote: (start: string, count: string) => `(fra ${start}, ${count} i banken)`,
} as const;

/** The meta lines of cards in lists (src/lib/presentation/cards.ts). */
export const cardText = {
  /** A project without an end year: «fra 2008». */
  since: (year: string) => `fra ${year}`,
  /** Between a project's sectors: «Pleie og omsorg og Oppvekst». */
  sectorSeparator: ' og ',
  /** A tool no project uses yet. */
  toolUnused: 'Ikke brukt i prosjekter ennå',
  /** «Brukt i 3 prosjekter»; the count comes formatted with its noun. */
  toolUsedIn: (projects: string) => `${toolsUi.usedIn} ${projects}`,
} as const;
