/**
 * Everything the site derives from the content, computed once per build: look-up maps,
 * back-links (network members, a municipality's projects, a tool's users) and groupings for
 * the listing pages. Pure: takes plain entries, so it is unit-tested without Astro, and
 * linear in the number of entries (one pass per relation, then map look-ups).
 */
import type { Gathering, Municipality, Network, Newsletter, Project, Story, Tool } from '../schemas';
import type { County, FocusArea, Pool, Sector } from '../schemas/vocabulary';
import { compareCodeUnits, compareNb } from '../format/nb';

/** The part of a collection entry this module needs; Astro's entries satisfy it. */
export interface Item<T> {
  id: string;
  data: T;
}

export interface ContentInput<
  M extends Item<Municipality>,
  N extends Item<Network>,
  P extends Item<Project>,
  T extends Item<Tool>,
  L extends Item<Newsletter>,
  S extends Item<Story>,
  G extends Item<Gathering>,
> {
  municipalities: M[];
  networks: N[];
  projects: P[];
  tools: T[];
  newsletters: L[];
  stories: S[];
  gatherings: G[];
}

/** Adds `value` to the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Ties are broken by id, so the order never depends on the order the files were read in (the
// file system's): pages, listings and the search index come out the same on any machine.
const byName = (a: Item<{ navn: string }>, b: Item<{ navn: string }>) =>
  compareNb(a.data.navn, b.data.navn) || compareCodeUnits(a.id, b.id);
const byTitle = (a: Item<{ tittel: string }>, b: Item<{ tittel: string }>) =>
  compareNb(a.data.tittel, b.data.tittel) || compareCodeUnits(a.id, b.id);
const byDateDesc = (a: Item<{ dato: Date }>, b: Item<{ dato: Date }>) =>
  b.data.dato.getTime() - a.data.dato.getTime() || compareCodeUnits(a.id, b.id);

/** Looks up an id that the content check has already verified; throws if it has not. */
function must<V>(map: Map<string, V>, id: string, what: string): V {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Ukjent ${what} «${id}» (innholdssjekken skulle ha stoppet dette)`);
  return value;
}

export function deriveContent<
  M extends Item<Municipality>,
  N extends Item<Network>,
  P extends Item<Project>,
  T extends Item<Tool>,
  L extends Item<Newsletter>,
  S extends Item<Story>,
  G extends Item<Gathering>,
>(input: ContentInput<M, N, P, T, L, S, G>) {
  const municipalities = [...input.municipalities].sort(byName);
  const networks = [...input.networks].sort(byName);
  const projects = [...input.projects].sort(byTitle);
  const tools = [...input.tools].sort(byTitle);
  const newsletters = [...input.newsletters].sort((a, b) => byDateDesc(a, b) || b.data.nummer - a.data.nummer);
  const stories = [...input.stories].sort(byDateDesc);
  const gatherings = [...input.gatherings].sort(
    (a, b) => a.data.dato.getTime() - b.data.dato.getTime() || compareCodeUnits(a.id, b.id),
  );

  const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
  const networkById = new Map(networks.map((n) => [n.id, n]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const toolById = new Map(tools.map((t) => [t.id, t]));

  const membersOf = new Map<string, M[]>();
  for (const m of municipalities) if (m.data.nettverk) push(membersOf, m.data.nettverk, m);

  const projectsOfMunicipality = new Map<string, P[]>();
  const projectsOfTool = new Map<string, P[]>();
  const projectsBySector = new Map<Sector, P[]>();
  const projectsByPool = new Map<Pool, P[]>();
  const projectsByCounty = new Map<County, P[]>();
  const projectsByFocus = new Map<FocusArea, P[]>();
  for (const p of projects) {
    const places = p.data.kommuner.map((id) => must(municipalityById, id, 'kommune'));
    for (const m of places) push(projectsOfMunicipality, m.id, p);
    for (const id of new Set(p.data.verktøy)) push(projectsOfTool, id, p);
    for (const s of new Set(p.data.sektor)) push(projectsBySector, s, p);
    for (const pool of new Set(places.map((m) => m.data.pulje))) push(projectsByPool, pool, p);
    for (const c of new Set(places.map((m) => m.data.fylke))) push(projectsByCounty, c, p);
    for (const f of new Set(p.data.fokus)) push(projectsByFocus, f, p);
  }

  const storiesOfMunicipality = new Map<string, S[]>();
  const storiesOfProject = new Map<string, S[]>();
  for (const s of stories) {
    for (const id of s.data.kommuner) push(storiesOfMunicipality, id, s);
    if (s.data.prosjekt) push(storiesOfProject, s.data.prosjekt, s);
  }

  const gatheringsOfNetwork = new Map<string, G[]>();
  for (const g of gatherings) if (g.data.nettverk) push(gatheringsOfNetwork, g.data.nettverk, g);

  return {
    municipalities,
    networks,
    projects,
    tools,
    newsletters,
    stories,
    gatherings,
    municipality: (id: string) => must(municipalityById, id, 'kommune'),
    network: (id: string) => must(networkById, id, 'nettverk'),
    project: (id: string) => must(projectById, id, 'prosjekt'),
    tool: (id: string) => must(toolById, id, 'verktøy'),
    /** Members of a network, derived from each municipality's `nettverk` field. */
    membersOf: (networkId: string) => membersOf.get(networkId) ?? [],
    projectsOfMunicipality: (id: string) => projectsOfMunicipality.get(id) ?? [],
    /** Projects using a tool: the "used by N projects" figure. */
    projectsOfTool: (id: string) => projectsOfTool.get(id) ?? [],
    storiesOfMunicipality: (id: string) => storiesOfMunicipality.get(id) ?? [],
    storiesOfProject: (id: string) => storiesOfProject.get(id) ?? [],
    gatheringsOfNetwork: (id: string) => gatheringsOfNetwork.get(id) ?? [],
    projectsBySector,
    projectsByPool,
    projectsByCounty,
    projectsByFocus,
  };
}

export type DerivedContent = ReturnType<typeof deriveContent>;

/** Key figures for the home page, counted from the content, never typed in. */
export function keyFigures(content: {
  municipalities: Item<Municipality>[];
  networks: unknown[];
  projects: unknown[];
  tools: unknown[];
  stories: unknown[];
  newsletters: unknown[];
}) {
  const perPool = new Map<Pool, number>();
  for (const m of content.municipalities) {
    perPool.set(m.data.pulje, (perPool.get(m.data.pulje) ?? 0) + 1);
  }
  const counties = new Set(content.municipalities.map((m) => m.data.fylke));
  return {
    municipalities: content.municipalities.length,
    counties: counties.size,
    networks: content.networks.length,
    projects: content.projects.length,
    tools: content.tools.length,
    stories: content.stories.length,
    newsletters: content.newsletters.length,
    perPool,
  };
}
