import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Gathering } from '../schemas';
import { eventUid, gatheringsCalendar } from './ics';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const site = new URL('https://www.kvalitetskommuner.no');

const gathering = (id: string, extra: Partial<Gathering> = {}) => ({
  id,
  data: {
    tittel: 'Nettverkssamling i Innlandet',
    type: 'nettverkssamling',
    dato: d('2007-10-16'),
    sted: 'Lillehammer',
    nettverk: 'innlandet-pulje-1',
    sammendrag: 'To dager om SPC, med verksted; kommunene tok med egne tall.',
    eksempeldata: false,
    utkast: false,
    ...extra,
  } as Gathering,
});

const text = {
  name: 'Alle samlinger',
  description: 'Samlinger.',
  examplePrefix: 'Eksempeldata',
  exampleNote: 'Oppdiktet.',
};
const options = { site, calendarUrl: '/samlinger/kalender.ics', pageUrl: (id: string) => `/samlinger/${id}/`, text };

function events(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('gatheringsCalendar', () => {
  it('writes an all-day event that ical.js reads back with every field', () => {
    const ics = gatheringsCalendar([gathering('2007-10-a', { sluttdato: d('2007-10-17') })], options);
    const {
      root,
      events: [event],
    } = events(ics);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Alle samlinger');
    expect(event!.uid).toBe('samling-2007-10-a@www.kvalitetskommuner.no');
    expect(event!.summary).toBe('Nettverkssamling i Innlandet');
    expect(event!.location).toBe('Lillehammer');
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2007-10-16');
    // DTEND of an all-day event is the day after the last day (RFC 5545 §3.6.1).
    expect(event!.endDate.toString()).toBe('2007-10-18');
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://www.kvalitetskommuner.no/samlinger/2007-10-a/');
    expect(event!.description).toBe(
      'To dager om SPC, med verksted; kommunene tok med egne tall.\n\nhttps://www.kvalitetskommuner.no/samlinger/2007-10-a/',
    );
    expect(String(event!.component.getFirstPropertyValue('dtstamp'))).toBe('2007-10-16T00:00:00Z');
  });

  it('a one-day gathering ends the next day', () => {
    const {
      events: [event],
    } = events(gatheringsCalendar([gathering('a')], options));
    expect(event!.startDate.toString()).toBe('2007-10-16');
    expect(event!.endDate.toString()).toBe('2007-10-17');
  });

  it('escapes commas and semicolons and folds long lines at 75 octets with CRLF', () => {
    const long = 'Samling om nærvær, trivsel; og «SPC» i pleie og omsorg – med æøå '.repeat(4);
    const ics = gatheringsCalendar([gathering('a', { tittel: long.trim() })], options);
    expect(ics).toContain('SUMMARY:Samling om nærvær\\, trivsel\\; og');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const {
      events: [event],
    } = events(ics);
    expect(event!.summary).toBe(long.trim());
  });

  it('marks invented gatherings as example data in the title and the description', () => {
    const {
      events: [event],
    } = events(gatheringsCalendar([gathering('a', { eksempeldata: true })], options));
    expect(event!.summary).toBe('Eksempeldata: Nettverkssamling i Innlandet');
    expect(event!.description).toContain('Oppdiktet.');
  });

  it('gives the same bytes for the same content (stable UID, DTSTAMP from the content)', async () => {
    const a = gatheringsCalendar([gathering('b'), gathering('a')], options);
    await new Promise((r) => setTimeout(r, 1100));
    const b = gatheringsCalendar([gathering('a'), gathering('b')], options);
    expect(b).toBe(a);
    expect(events(a).events.map((e) => e.uid)).toEqual([eventUid('a', site), eventUid('b', site)]);
  });

  it('sorts events by date', () => {
    const ics = gatheringsCalendar(
      [gathering('late', { dato: d('2009-01-01') }), gathering('early', { dato: d('2007-01-01') })],
      options,
    );
    expect(events(ics).events.map((e) => e.startDate.toString())).toEqual(['2007-01-01', '2009-01-01']);
  });
});
