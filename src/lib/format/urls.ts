/**
 * Every internal URL of the site is made here, so that routes and links cannot drift apart. A
 * collection's list and entry addresses are its routes in the collection registry.
 */
import { COLLECTIONS } from '../collections';
import { facetPath, type Facet } from '../collections/facets';
import type { Pool, Sector } from '../schemas/vocabulary';

const { sector, pool, county, focus } = COLLECTIONS.prosjekter.facets;
/** A project listing by facet values: /prosjekter/sektor/oppvekst/, /prosjekter/pulje/1/sektor/oppvekst/. */
const projectsBy = (...parts: (readonly [Facet, string])[]) =>
  `${COLLECTIONS.prosjekter.routes.list}${facetPath(...parts)}`;

export const urls = {
  home: () => '/',
  projects: () => COLLECTIONS.prosjekter.routes.list,
  project: (id: string) => COLLECTIONS.prosjekter.routes.entry(id),
  projectsBySector: (s: Sector) => projectsBy([sector, s]),
  projectsByPool: (p: Pool) => projectsBy([pool, p]),
  projectsByPoolAndSector: (p: Pool, s: Sector) => projectsBy([pool, p], [sector, s]),
  projectsByCounty: (c: string) => projectsBy([county, c]),
  projectsByFocus: (f: string) => projectsBy([focus, f]),
  projectsOfMunicipality: (id: string) => `/prosjekter/kommune/${id}/`,
  projectsOfNetwork: (id: string) => `/prosjekter/nettverk/${id}/`,
  projectsOfTool: (id: string) => `/prosjekter/verktoy/${id}/`,
  municipalities: () => COLLECTIONS.kommuner.routes.list,
  municipality: (id: string) => COLLECTIONS.kommuner.routes.entry(id),
  networks: () => COLLECTIONS.nettverk.routes.list,
  network: (id: string) => COLLECTIONS.nettverk.routes.entry(id),
  tools: () => COLLECTIONS.verktoy.routes.list,
  tool: (id: string) => COLLECTIONS.verktoy.routes.entry(id),
  newsletters: () => COLLECTIONS.nyhetsbrev.routes.list,
  newsletter: (id: string) => COLLECTIONS.nyhetsbrev.routes.entry(id),
  stories: () => COLLECTIONS.historier.routes.list,
  story: (id: string) => COLLECTIONS.historier.routes.entry(id),
  gatherings: () => COLLECTIONS.samlinger.routes.list,
  gathering: (id: string) => COLLECTIONS.samlinger.routes.entry(id),
  /** iCalendar files (src/lib/calendar): one per gathering, all, per network, per pool. */
  gatheringCalendar: (id: string) => `/samlinger/${id}/kalender.ics`,
  gatheringsCalendar: () => '/samlinger/kalender.ics',
  networkCalendar: (id: string) => `/samlinger/nettverk/${id}.ics`,
  poolCalendar: (pool: Pool) => `/samlinger/pulje/${pool}.ics`,
  search: (q?: string) => (q ? `/sok/?q=${encodeURIComponent(q)}` : '/sok/'),
  results: () => '/resultater/',
  resultsMethods: () => '/resultater/slik-beregner-vi/',
  about: () => '/om/',
  accessibility: () => '/tilgjengelighet/',
} as const;
