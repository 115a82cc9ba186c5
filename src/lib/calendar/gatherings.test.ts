import { describe, expect, it } from 'vitest';
import type { Gathering } from '../schemas';
import { eventJsonLd, gatheringsOfPool, isPast, jsonLdText, splitSchedule } from './gatherings';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const g = (id: string, dato: string, extra: Partial<Gathering> = {}) => ({
  id,
  data: {
    tittel: id,
    type: 'fagsamling',
    dato: d(dato),
    sted: 'Oslo',
    sammendrag: 'x'.repeat(20),
    eksempeldata: false,
    utkast: false,
    ...extra,
  } as Gathering,
});

describe('splitSchedule', () => {
  const list = [
    g('a', '2008-01-10'),
    g('b', '2009-05-01'),
    g('c', '2007-03-01'),
    g('d', '2009-04-29', { sluttdato: d('2009-04-30') }),
  ];

  it('puts everything in the past after the programme, newest first', () => {
    const { upcoming, past } = splitSchedule(list, d('2026-12-03'));
    expect(upcoming).toEqual([]);
    expect(past.map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('keeps a gathering upcoming through its last day, soonest first', () => {
    const { upcoming, past } = splitSchedule(list, d('2009-04-30'));
    expect(upcoming.map((x) => x.id)).toEqual(['d', 'b']);
    expect(past.map((x) => x.id)).toEqual(['a', 'c']);
    expect(isPast(list[3]!.data, d('2009-04-30'))).toBe(false);
    expect(isPast(list[3]!.data, d('2009-05-01'))).toBe(true);
  });
});

describe('gatheringsOfPool', () => {
  it('takes the pool’s own gatherings and those of its networks', () => {
    const list = [
      g('own', '2008-01-01', { pulje: '2' }),
      g('net', '2008-01-01', { nettverk: 'vest' }),
      g('other', '2008-01-01', { pulje: '3' }),
    ];
    const pools: Record<string, '2' | '3'> = { vest: '2' };
    expect(gatheringsOfPool(list, '2', (id) => pools[id]!).map((x) => x.id)).toEqual(['own', 'net']);
  });
});

describe('eventJsonLd', () => {
  it('describes a schema.org Event with dates, place and example marking', () => {
    const data = eventJsonLd(
      g('a', '2008-04-22', { sluttdato: d('2008-04-23'), eksempeldata: true }).data,
      'https://x/a/',
      { name: 'KS', url: 'https://x/' },
      'Eksempeldata',
    );
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'Eksempeldata: a',
      startDate: '2008-04-22',
      endDate: '2008-04-23',
      location: { name: 'Oslo' },
    });
  });

  it('cannot close its script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdText({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});
