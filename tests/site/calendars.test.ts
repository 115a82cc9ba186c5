/**
 * Calendars: every gathering page links an .ics file that exists in dist/ and holds that
 * gathering's event (parsed with ical.js, which did not write it); the all-gatherings calendar
 * holds every gathering once; /samlinger/ links the network and pool calendars, which exist
 * and parse; each gathering page carries schema.org Event data with its dates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, detailIds, readDist, requireDist } from '../helpers/dist';
import { parseTags } from '../helpers/html';

const SITE = 'https://www.kvalitetskommuner.no';

beforeAll(() => requireDist());

function events(file: string) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(join(DIST, file), 'utf8')));
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

function calendarLinks(html: string): string[] {
  return parseTags(html)
    .filter((t) => t.name === 'a' && (t.attrs.get('href') ?? '').endsWith('.ics'))
    .map((t) => t.attrs.get('href')!);
}

describe('gathering calendars', () => {
  const ids = detailIds('samlinger');

  it('there are gatherings to test', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('/samlinger/%s/ links its .ics, which holds its event and dates', (id) => {
    const html = readDist(`/samlinger/${id}/`);
    const links = calendarLinks(html);
    expect(links).toContain(`/samlinger/${id}/kalender.ics`);
    const file = `/samlinger/${id}/kalender.ics`;
    expect(existsSync(join(DIST, file))).toBe(true);
    const [event, ...rest] = events(file);
    expect(rest).toHaveLength(0);
    expect(event!.uid).toBe(`samling-${id}@www.kvalitetskommuner.no`);
    expect(event!.component.getFirstPropertyValue('url')).toBe(`${SITE}/samlinger/${id}/`);
    expect(event!.startDate.isDate).toBe(true);
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
    expect(ld, 'schema.org Event data').not.toBeNull();
    const data = JSON.parse(ld![1]!) as { '@type': string; startDate: string; name: string };
    expect(data['@type']).toBe('Event');
    expect(data.startDate).toBe(event!.startDate.toString());
    expect(html).toContain(`<time datetime="${data.startDate}"`);
    expect(event!.summary).toBe(data.name);
  });

  it('/samlinger/kalender.ics holds every gathering once', () => {
    const uids = events('/samlinger/kalender.ics').map((e) => e.uid);
    expect(uids.sort()).toEqual(ids.map((id) => `samling-${id}@www.kvalitetskommuner.no`).sort());
  });

  it('/samlinger/ links the calendars per network and per pool, and each parses with events', () => {
    const links = calendarLinks(readDist('/samlinger/'));
    expect(links).toContain('/samlinger/kalender.ics');
    const network = links.filter((l) => l.startsWith('/samlinger/nettverk/'));
    const pool = links.filter((l) => l.startsWith('/samlinger/pulje/'));
    expect(network.length).toBeGreaterThan(0);
    expect(pool.length).toBeGreaterThan(0);
    for (const link of [...network, ...pool]) {
      expect(existsSync(join(DIST, link)), link).toBe(true);
      expect(events(link).length, link).toBeGreaterThan(0);
    }
  });

  it('/samlinger/ says plainly that every gathering is in the past', () => {
    const html = readDist('/samlinger/');
    expect(html).toContain('Alle samlingene er avholdt');
    expect(html).not.toContain('Kommende samlinger');
  });
});
