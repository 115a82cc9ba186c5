/**
 * Gatherings as events: which are upcoming and which are past, which gatherings belong to a
 * network's or a pool's calendar, and the schema.org Event data of a gathering page. Pure.
 */
import type { Item } from '../model/derive';
import type { Gathering, Network } from '../schemas';
import type { Pool } from '../schemas/vocabulary';
import { compareCodeUnits, isoDate, osloDate } from '../format/nb';

/** The last day of a gathering (its start day when it lasts one day). */
export function lastDay(g: Gathering): Date {
  return g.sluttdato ?? g.dato;
}

/** Upcoming gatherings soonest first, past gatherings newest first. */
export interface Schedule<G> {
  upcoming: G[];
  past: G[];
}

/**
 * Splits gatherings by `today` (the build date, as a day in Norway): a gathering is upcoming until its last day
 * has passed, so a gathering that runs today is still upcoming. Ties are broken by id.
 */
export function splitSchedule<G extends Item<Gathering>>(gatherings: G[], today: Date): Schedule<G> {
  const day = osloDate(today);
  const upcoming = gatherings.filter((g) => isoDate(lastDay(g.data)) >= day);
  const past = gatherings.filter((g) => isoDate(lastDay(g.data)) < day);
  upcoming.sort((a, b) => a.data.dato.getTime() - b.data.dato.getTime() || compareCodeUnits(a.id, b.id));
  past.sort((a, b) => b.data.dato.getTime() - a.data.dato.getTime() || compareCodeUnits(a.id, b.id));
  return { upcoming, past };
}

/** Whether `g` is past on `today`. */
export function isPast(g: Gathering, today: Date): boolean {
  return isoDate(lastDay(g)) < osloDate(today);
}

/**
 * The gatherings of a pool: those for the pool itself and those for a network formed in it.
 * `networkPool` gives a network id's pool.
 */
export function gatheringsOfPool<G extends Item<Gathering>>(
  gatherings: G[],
  pool: Pool,
  networkPool: (networkId: string) => Pool,
): G[] {
  return gatherings.filter(
    (g) => g.data.pulje === pool || (g.data.nettverk !== undefined && networkPool(g.data.nettverk) === pool),
  );
}

/** The gatherings of a network. */
export function gatheringsOfNetwork<G extends Item<Gathering>>(gatherings: G[], networkId: string): G[] {
  return gatherings.filter((g) => g.data.nettverk === networkId);
}

/** The pools that have at least one gathering, in programme order. */
export function poolsWithGatherings<G extends Item<Gathering>>(
  gatherings: G[],
  pools: readonly Pool[],
  networkPool: (networkId: string) => Pool,
): Pool[] {
  return pools.filter((p) => gatheringsOfPool(gatherings, p, networkPool).length > 0);
}

/** The networks that have at least one gathering, in the order given. */
export function networksWithGatherings<N extends Item<Network>, G extends Item<Gathering>>(
  networks: N[],
  gatherings: G[],
): N[] {
  const used = new Set(gatherings.map((g) => g.data.nettverk).filter((id) => id !== undefined));
  return networks.filter((n) => used.has(n.id));
}

/** schema.org Event of a gathering page, as a JSON-LD object. */
export function eventJsonLd(
  g: Gathering,
  pageUrl: string,
  organizer: { name: string; url: string },
  examplePrefix: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: g.eksempeldata ? `${examplePrefix}: ${g.tittel}` : g.tittel,
    description: g.sammendrag,
    startDate: isoDate(g.dato),
    endDate: isoDate(lastDay(g)),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: g.sted,
      address: { '@type': 'PostalAddress', addressLocality: g.sted, addressCountry: 'NO' },
    },
    organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url },
    url: pageUrl,
    inLanguage: 'nb',
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can end the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
