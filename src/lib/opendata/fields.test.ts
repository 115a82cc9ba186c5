import { describe, expect, it } from 'vitest';
import { checkValue, OpenDataError, tableValues, type Field, type Table } from './fields';

const field = (type: Field<unknown>['type'], extra: Partial<Field<unknown>> = {}): Field<unknown> => ({
  name: 'x',
  type,
  description: 'X',
  value: () => null,
  ...extra,
});

describe('checkValue', () => {
  it('accepts values of the field type', () => {
    expect(checkValue(field('string'), 'a')).toBeUndefined();
    expect(checkValue(field('integer'), 3)).toBeUndefined();
    expect(checkValue(field('number'), -0.5)).toBeUndefined();
    expect(checkValue(field('boolean'), false)).toBeUndefined();
    expect(checkValue(field('date'), '2008-01-31')).toBeUndefined();
    expect(checkValue(field('list', { enum: ['a', 'b'] }), ['a', 'b'])).toBeUndefined();
    expect(checkValue(field('string', { optional: true }), null)).toBeUndefined();
  });

  it('says in Norwegian what was expected', () => {
    expect(checkValue(field('string'), undefined)).toBe('et utfylt felt');
    expect(checkValue(field('integer'), 2.5)).toBe('et heltall');
    expect(checkValue(field('number'), Number.NaN)).toBe('et endelig tall');
    expect(checkValue(field('date'), '31.01.2008')).toBe('en dato på formen ÅÅÅÅ-MM-DD');
    expect(checkValue(field('list'), ['a|b'])).toBe('en liste av tekster uten «|»');
    expect(checkValue(field('string', { enum: ['ned', 'opp'] }), 'sidelengs')).toBe('en av ned, opp');
    expect(checkValue(field('string', { pattern: '^\\d{4}$' }), '906')).toBe('en tekst som passer mønsteret ^\\d{4}$');
  });
});

describe('tableValues', () => {
  it('lists every problem of every table at once, with table, row, key, field and value', () => {
    const table = {
      name: 'prosjekt_mal',
      title: 'T',
      description: 'T.',
      primaryKey: ['prosjekt'],
      foreignKeys: [],
      rows: [
        { p: 'a', n: 1 },
        { p: 'b', n: 1.5 },
      ],
      fields: [
        { name: 'prosjekt', type: 'string', description: 'P', value: (r: { p: string }) => r.p },
        { name: 'nr', type: 'integer', description: 'N', value: (r: { n: number }) => r.n },
        { name: 'tiltak', type: 'list', description: 'T', value: (r: { p: string }) => [`${r.p}|x`] },
      ],
    } as unknown as Table;
    let error: unknown;
    try {
      tableValues([table]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OpenDataError);
    expect((error as OpenDataError).problems).toEqual([
      'prosjekt_mal, rad 1 (a), felt «tiltak»: verdien ["a|x"] skulle vært en liste av tekster uten «|»',
      'prosjekt_mal, rad 2 (b), felt «nr»: verdien 1.5 skulle vært et heltall',
      'prosjekt_mal, rad 2 (b), felt «tiltak»: verdien ["b|x"] skulle vært en liste av tekster uten «|»',
    ]);
    expect((error as Error).message).toMatch(/^Åpne data kan ikke lages:\n- prosjekt_mal, rad 1/);
  });
});
