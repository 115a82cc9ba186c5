import { describe, expect, it } from 'vitest';
import {
  compareCodeUnits,
  formatDate,
  formatDateRange,
  formatDecimal,
  formatInteger,
  formatPercent,
  listSeparators,
  orList,
  osloDate,
  plural,
} from './nb';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('nb-NO formatting', () => {
  it('writes dates the Norwegian way', () => {
    expect(formatDate(d('2006-10-23'))).toBe('23. oktober 2006');
  });

  it('shortens date ranges within a month or a year', () => {
    expect(formatDateRange(d('2008-03-04'), d('2008-03-05'))).toBe('4.–5. mars 2008');
    expect(formatDateRange(d('2008-03-31'), d('2008-04-01'))).toBe('31. mars – 1. april 2008');
    expect(formatDateRange(d('2009-12-31'), d('2010-01-01'))).toBe('31. desember 2009 – 1. januar 2010');
    expect(formatDateRange(d('2008-03-04'))).toBe('4. mars 2008');
  });

  it('uses a space as thousands separator and a comma as decimal mark', () => {
    expect(formatInteger(12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(formatPercent(9.8)).toBe('9,8\u00A0%');
    expect(formatPercent(10.25, 2)).toBe('10,25\u00A0%');
    expect(formatDecimal(0.88)).toBe('0,9');
  });

  it('joins number and percent sign with a no-break space, as Intl percent style does', () => {
    const intl = new Intl.NumberFormat('nb-NO', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(0.1);
    expect(formatPercent(10)).toBe(intl);
    expect(formatPercent(10)).toBe('10,0\u00A0%');
    expect(formatPercent(10)).not.toMatch(/ %/);
  });

  it('chooses singular or plural', () => {
    expect(plural(1, 'prosjekt', 'prosjekter')).toBe('1 prosjekt');
    expect(plural(3, 'prosjekt', 'prosjekter')).toBe('3 prosjekter');
  });
});

describe('osloDate', () => {
  it("gives the calendar day in Norway, whatever the host's time zone", () => {
    expect(osloDate(new Date('2009-06-05T21:59:00Z'))).toBe('2009-06-05'); // 23:59 summer time
    expect(osloDate(new Date('2009-06-05T22:00:00Z'))).toBe('2009-06-06'); // midnight in Oslo, still the 5th in UTC
    expect(osloDate(new Date('2009-12-31T23:00:00Z'))).toBe('2010-01-01'); // 00:00 winter time
    expect(osloDate(new Date('2010-01-01T22:59:00Z'))).toBe('2010-01-01');
  });
});

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code unit, not by the host locale', () => {
    expect(['b', 'a-b', 'Z', 'ab', 'å', 'a'].sort(compareCodeUnits)).toEqual(['Z', 'a', 'a-b', 'ab', 'b', 'å']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });
});

describe('listSeparators', () => {
  it('puts commas between items and «og» before the last, as nb-NO writes a list', () => {
    expect(listSeparators(0)).toEqual([]);
    expect(listSeparators(1)).toEqual(['']);
    expect(listSeparators(2)).toEqual(['', ' og ']);
    expect(listSeparators(5)).toEqual(['', ', ', ', ', ', ', ' og ']);
  });
});

describe('orList', () => {
  it('puts commas between alternatives and «eller» before the last', () => {
    expect(orList(['alle'])).toBe('alle');
    expect(orList(['pleie-og-omsorg', 'oppvekst'])).toBe('pleie-og-omsorg eller oppvekst');
    expect(orList(['planlagt', 'pågår', 'avsluttet'])).toBe('planlagt, pågår eller avsluttet');
  });
});
