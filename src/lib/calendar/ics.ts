/**
 * iCalendar files (RFC 5545) for gatherings, written by ical-generator (folding, escaping and
 * line endings are the library's). Gatherings have dates and no times, so every event is an
 * all-day event (DTSTART;VALUE=DATE, DTEND the day after the last day, as RFC 5545 §3.6.1
 * wants). The output depends on the content only, so two builds give the same bytes:
 * - UID is the gathering's id at the site's host, stable as long as the file keeps its name;
 * - DTSTAMP is the gathering's first day at 00:00 UTC instead of the build time.
 */
import ical from 'ical-generator';
import type { Item } from '../model/derive';
import type { Gathering } from '../schemas';
import { GATHERING_TYPE_LABELS } from '../schemas/vocabulary';
import { lastDay } from './gatherings';
import { compareCodeUnits } from '../format/nb';

export interface CalendarText {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  /** One sentence about the calendar (X-WR-CALDESC). */
  description: string;
  /** Word put before the title of an invented gathering, e.g. "Eksempeldata". */
  examplePrefix: string;
  /** Sentence added to the description of an invented gathering. */
  exampleNote: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UID of a gathering's event: stable across builds and unique per site. */
export function eventUid(id: string, site: URL): string {
  return `samling-${id}@${site.hostname}`;
}

/**
 * One calendar of the given gatherings, sorted by date. `pageUrl` gives a gathering's page
 * path, `calendarUrl` is the calendar's own path; both are made absolute against `site`.
 */
export function gatheringsCalendar(
  gatherings: Item<Gathering>[],
  options: { site: URL; calendarUrl: string; pageUrl: (id: string) => string; text: CalendarText },
): string {
  const { site, text } = options;
  const calendar = ical({
    name: text.name,
    description: text.description,
    prodId: { company: site.hostname, product: 'Kompetansebanken', language: 'NB' },
    url: new URL(options.calendarUrl, site).href,
    source: new URL(options.calendarUrl, site).href,
    ttl: 7 * 24 * 60 * 60,
  });
  const sorted = [...gatherings].sort(
    (a, b) => a.data.dato.getTime() - b.data.dato.getTime() || compareCodeUnits(a.id, b.id),
  );
  for (const { id, data: g } of sorted) {
    const url = new URL(options.pageUrl(id), site).href;
    const description = [g.sammendrag, g.eksempeldata ? text.exampleNote : undefined, url].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: eventUid(id, site),
      allDay: true,
      start: g.dato,
      end: new Date(lastDay(g).getTime() + DAY_MS),
      stamp: g.dato,
      summary: g.eksempeldata ? `${text.examplePrefix}: ${g.tittel}` : g.tittel,
      location: g.sted,
      description,
      url,
      categories: [{ name: GATHERING_TYPE_LABELS[g.type] }],
    });
  }
  return calendar.toString();
}
