/** Every internal URL of the site is made here, so that routes and links cannot drift apart. */
import { slugify } from './slug';
import type { Pool, Sector } from './schemas/vocabulary';

export const urls = {
  home: () => '/',
  projects: () => '/prosjekter/',
  project: (id: string) => `/prosjekter/${id}/`,
  projectsBySector: (sector: Sector) => `/prosjekter/sektor/${sector}/`,
  projectsByPool: (pool: Pool) => `/prosjekter/pulje/${pool}/`,
  projectsByPoolAndSector: (pool: Pool, sector: Sector) => `/prosjekter/pulje/${pool}/sektor/${sector}/`,
  projectsByCounty: (county: string) => `/prosjekter/fylke/${slugify(county)}/`,
  projectsByFocus: (focus: string) => `/prosjekter/fokus/${slugify(focus)}/`,
  projectsOfMunicipality: (id: string) => `/prosjekter/kommune/${id}/`,
  projectsOfNetwork: (id: string) => `/prosjekter/nettverk/${id}/`,
  projectsOfTool: (id: string) => `/prosjekter/verktoy/${id}/`,
  municipalities: () => '/kommuner/',
  municipality: (id: string) => `/kommuner/${id}/`,
  networks: () => '/nettverk/',
  network: (id: string) => `/nettverk/${id}/`,
  tools: () => '/verktoy/',
  tool: (id: string) => `/verktoy/${id}/`,
  newsletters: () => '/nyhetsbrev/',
  newsletter: (id: string) => `/nyhetsbrev/${id}/`,
  stories: () => '/historier/',
  story: (id: string) => `/historier/${id}/`,
  gatherings: () => '/samlinger/',
  gathering: (id: string) => `/samlinger/${id}/`,
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
