import { describe, expect, it } from 'vitest';
import {
  hasSearch,
  pagefindFilters,
  parseState,
  resultOrder,
  resultSummary,
  selectedGroups,
  serializeState,
  shownSort,
  SORTS,
} from './state';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort, with æ/ø/å', () => {
    const state = parseState('?q=n%C3%A6rv%C3%A6r&pulje=Pulje+3&sektor=Pleie+og+omsorg&pulje=Pulje+1&sortering=nyest');
    expect(state).toEqual({
      q: 'nærvær',
      filters: { pulje: ['Pulje 3', 'Pulje 1'], sektor: ['Pleie og omsorg'] },
      sort: 'nyest',
    });
    expect(parseState(serializeState(state))).toEqual({
      ...state,
      filters: { pulje: ['Pulje 1', 'Pulje 3'], sektor: ['Pleie og omsorg'] },
    });
    expect(serializeState(state)).toBe(
      '?q=n%C3%A6rv%C3%A6r&pulje=Pulje+1&pulje=Pulje+3&sektor=Pleie+og+omsorg&sortering=nyest',
    );
  });

  it('ignores unknown parameters, empty and repeated values and unknown sorts', () => {
    expect(parseState('?utm=x&type=&type=Prosjekt&type=Prosjekt&sortering=tilfeldig')).toEqual({
      q: '',
      filters: { type: ['Prosjekt'] },
      sort: 'relevans',
    });
    expect(serializeState(parseState(''))).toBe('');
  });
});

describe('filters for Pagefind', () => {
  const filters = { pulje: ['Pulje 3'], sektor: ['Oppvekst', 'Pleie og omsorg'] };

  it('ORs values within a group and ANDs groups', () => {
    expect(pagefindFilters(filters)).toEqual({
      pulje: { any: ['Pulje 3'] },
      sektor: { any: ['Oppvekst', 'Pleie og omsorg'] },
    });
  });

  it('leaves out one group to count that group without collapsing it', () => {
    expect(pagefindFilters(filters, 'sektor')).toEqual({ pulje: { any: ['Pulje 3'] } });
    expect(selectedGroups(filters)).toEqual(['pulje', 'sektor']);
  });

  it('searches with filters alone and sorts newest first without a query', () => {
    const browse = { q: '', filters, sort: 'relevans' as const };
    expect(hasSearch(browse)).toBe(true);
    expect(hasSearch({ q: '', filters: {}, sort: 'relevans' })).toBe(false);
    expect(resultOrder(browse)).toEqual({ field: 'dato', direction: 'desc' });
    expect(resultOrder({ ...browse, q: 'skole' })).toBeUndefined();
    expect(resultOrder({ ...browse, sort: 'tittel' })).toEqual({ field: 'tittel', direction: 'asc' });
    expect(resultOrder({ ...browse, q: 'skole', sort: 'eldst' })).toEqual({ field: 'dato', direction: 'asc' });
  });

  it('shows the sort the results are in: newest first when relevance has no query to rank by', () => {
    const browse = { q: '', filters, sort: 'relevans' as const };
    expect(shownSort(browse)).toBe('nyest');
    expect(shownSort({ ...browse, q: 'skole' })).toBe('relevans');
    expect(shownSort({ ...browse, sort: 'tittel' })).toBe('tittel');
    // What the menu shows is what resultOrder sorts by.
    for (const state of [browse, { ...browse, q: 'skole' }, { ...browse, sort: 'eldst' as const }]) {
      expect(SORTS[shownSort(state)].order).toEqual(resultOrder(state));
    }
  });

  it('summarises the result for the live region', () => {
    expect(resultSummary(1, { q: 'spc', filters: {}, sort: 'relevans' })).toBe('1 treff for «spc».');
    expect(resultSummary(12345, { q: '', filters, sort: 'relevans' }).replace(/\s/g, ' ')).toBe(
      '12 345 treff med filter: Pulje 3; sektor Oppvekst eller Pleie og omsorg.',
    );
    // The group's name is kept unless every value starts with it.
    expect(
      resultSummary(2, { q: '', filters: { pulje: ['Pulje 3', 'Innsatskommuner sykefravær'] }, sort: 'relevans' }),
    ).toBe('2 treff med filter: pulje Pulje 3 eller Innsatskommuner sykefravær.');
    expect(resultSummary(2, { q: '', filters: { år: ['2009'] }, sort: 'relevans' })).toBe(
      '2 treff med filter: år 2009.',
    );
  });
});
