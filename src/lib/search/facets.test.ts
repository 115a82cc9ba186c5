import { describe, expect, it } from 'vitest';
import { facets, sortFacetValues } from './facets';

describe('filter groups at build time', () => {
  it('counts each page once per value and leaves out groups no page uses', () => {
    const out = facets([
      { filters: { type: ['Prosjekt'], pulje: ['Pulje 3', 'Pulje 1'], år: ['2009', '2008'] } },
      { filters: { type: ['Prosjekt'], pulje: ['Pulje 3', 'Pulje 3'] } },
      { filters: { type: ['Kommune'], pulje: ['Innsatskommuner sykefravær'], fylke: [] } },
    ]);
    expect(out.map((g) => g.key)).toEqual(['type', 'pulje', 'år']);
    expect(out[0]).toEqual({
      key: 'type',
      label: 'Type',
      values: [
        { value: 'Kommune', total: 1 },
        { value: 'Prosjekt', total: 2 },
      ],
    });
    expect(out[1]!.values).toEqual([
      { value: 'Innsatskommuner sykefravær', total: 1 },
      { value: 'Pulje 1', total: 1 },
      { value: 'Pulje 3', total: 2 },
    ]);
    expect(out[2]!.values.map((v) => v.value)).toEqual(['2008', '2009']);
  });

  it('sorts pools in programme order, years ascending and other values in Norwegian order', () => {
    expect(sortFacetValues('pulje', ['Pulje 4', 'Pulje 1', 'Innsatskommuner sykefravær'])).toEqual([
      'Innsatskommuner sykefravær',
      'Pulje 1',
      'Pulje 4',
    ]);
    expect(sortFacetValues('år', ['2010', '2007'])).toEqual(['2007', '2010']);
    expect(sortFacetValues('fylke', ['Østfold', 'Aust-Agder', 'Ålesund', 'Øvre'])).toEqual([
      'Aust-Agder',
      'Østfold',
      'Øvre',
      'Ålesund',
    ]);
  });
});
