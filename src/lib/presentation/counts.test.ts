import { describe, expect, it } from 'vitest';
import { countBy, countedNoun, countOf, formatFigures, withCount } from './counts';

describe('counts', () => {
  it('formats how many items there are, alone or after a label', () => {
    expect(countOf([1, 2, 3])).toBe('3');
    expect(countOf(new Set(['a']))).toBe('1');
    expect(countOf(Array.from({ length: 1234 }))).toBe('1\u00A0234');
    expect(withCount('Prosjekter', [1, 2])).toBe('Prosjekter (2)');
  });

  it('puts the noun in the right number', () => {
    const noun = { one: 'kommune', many: 'kommuner' };
    expect(countedNoun([1], noun)).toBe('1 kommune');
    expect(countedNoun([], noun)).toBe('0 kommuner');
    expect(countedNoun([1, 2], noun)).toBe('2 kommuner');
  });

  it('counts items per key, zero for a key without items', () => {
    const perPool = countBy([{ p: '1' }, { p: '2' }, { p: '1' }], (x) => x.p);
    expect([perPool('1'), perPool('2'), perPool('3')]).toEqual(['2', '1', '0']);
  });

  it('formats every figure of a record', () => {
    const f = formatFigures({ projects: 1500, tools: 7, perPool: new Map([['1', 12]]) });
    expect([f.projects, f.tools, f.perPool('1'), f.perPool('2')]).toEqual(['1\u00A0500', '7', '12', '0']);
  });
});
