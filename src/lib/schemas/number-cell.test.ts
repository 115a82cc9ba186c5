import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMPTY_CELL, numberCell, readNumberCell } from './number-cell';

describe('readNumberCell', () => {
  it.each([
    ['980', 980],
    ['980,5', 980.5],
    ['4.8', 4.8],
    ['-0,5', -0.5],
    ['\u22120,5', -0.5],
    ['-12', -12],
    ['0', 0],
    ['10 000', 10000],
    ['10\u00A0000', 10000],
    ['1\u202F234,5', 1234.5],
    [' 42 ', 42],
  ])('reads %j as %d', (text, value) => {
    expect(readNumberCell(text)).toBe(value);
  });

  it.each([
    '',
    '   ',
    '\u00A0',
    'fire',
    '1e3',
    '0x10',
    'Infinity',
    'NaN',
    '12 %',
    '1.234,5',
    '10.000,0',
    '1 23',
    '12,',
    ',5',
    '--1',
    '+1',
    '1_000',
    '9'.repeat(400),
  ])('is not a number: %j (never 0)', (text) => {
    expect(readNumberCell(text)).toBeUndefined();
  });
});

describe('numberCell', () => {
  const schema = z.object({ n: numberCell('et tall, f.eks. 4,8') });
  const messages = (n: string) => schema.safeParse({ n }).error?.issues.map((i) => `${i.code}: ${i.message}`) ?? [];

  it('reads a number', () => {
    expect(schema.parse({ n: '-4,75' })).toEqual({ n: -4.75 });
  });

  it('refuses an empty or blank cell with its own message, not 0', () => {
    for (const n of ['', '   ', '\t']) expect(messages(n)).toEqual([`too_small: ${EMPTY_CELL}`]);
    expect(EMPTY_CELL).toContain('ikke lest som 0');
  });

  it('refuses text with the expected form', () => {
    expect(messages('fire')).toEqual(['invalid_format: et tall, f.eks. 4,8']);
    expect(messages('1e3')).toEqual(['invalid_format: et tall, f.eks. 4,8']);
  });

  it('refuses decimals in an integer column', () => {
    const year = numberCell('et årstall', { integer: true });
    expect(year.safeParse('2008').data).toBe(2008);
    expect(year.safeParse('2008,5').success).toBe(false);
    expect(year.safeParse('').success).toBe(false);
  });

  it('refuses a number too large to be finite', () => {
    expect(numberCell('et tall').pipe(z.number()).safeParse('9'.repeat(400)).success).toBe(false);
  });
});
