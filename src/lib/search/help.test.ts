import { describe, expect, it } from 'vitest';
import { EXAMPLE_META, isExampleResult, isSearchShortcut, missAdvice, resultMeta, withoutFiltersNote } from './help';
import type { SearchState } from './state';

describe('resultMeta', () => {
  it('joins type, place and date so equal titles can be told apart', () => {
    expect(resultMeta({ type: 'Prosjekt', sted: 'Levanger', dato: '2008-03-01' })).toBe(
      'Prosjekt · Levanger · 1. mars 2008',
    );
    expect(resultMeta({ type: 'Verktøy' })).toBe('Verktøy');
    expect(resultMeta({ type: 'Kommune', sted: 'Finnmark', dato: 'ikke en dato' })).toBe('Kommune · Finnmark');
  });
});

describe('isExampleResult', () => {
  it('is true only for the meta value SearchMeta writes on invented pages', () => {
    expect(isExampleResult({ type: 'Prosjekt', [EXAMPLE_META]: 'ja' })).toBe(true);
    expect(isExampleResult({ type: 'Prosjekt' })).toBe(false);
    expect(isExampleResult({ type: 'Prosjekt', [EXAMPLE_META]: 'nei' })).toBe(false);
    expect(isExampleResult({ type: 'Prosjekt', sammendrag: 'eksempeldata ja' })).toBe(false);
  });
});

describe('missAdvice', () => {
  it('advises on spelling always, fewer words for several, and filters when chosen', () => {
    expect(missAdvice({ q: 'x', filters: {}, sort: 'relevans' } satisfies SearchState, 1)).toHaveLength(1);
    const all = missAdvice({ q: 'x y', filters: { type: ['Prosjekt'] }, sort: 'relevans' } satisfies SearchState, 2);
    expect(all).toHaveLength(3);
    expect(all[2]).toMatch(/filtre/);
  });
});

describe('withoutFiltersNote', () => {
  it('says how many the search finds without filters', () => {
    expect(withoutFiltersNote(1234)).toBe('Uten filtrene gir søket 1\u00a0234 treff.');
    expect(withoutFiltersNote(0)).toMatch(/heller ingen treff/);
  });
});

describe('isSearchShortcut', () => {
  const key = (k: string, extra = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...extra });
  it('is «/» outside fields and without modifiers', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('s'), false)).toBe(false);
  });
});
