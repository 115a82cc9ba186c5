import { describe, expect, it } from 'vitest';
import { prepareQuery, STOP_WORDS, stopWordNote } from './query';

describe('stop words in queries', () => {
  it('drops stop words when the query has other words', () => {
    expect(prepareQuery('nærvær og turnus')).toEqual({ text: 'nærvær turnus', dropped: ['og'] });
    expect(prepareQuery('  Pleie OG omsorg i Tana ')).toEqual({ text: 'Pleie omsorg Tana', dropped: ['OG', 'i'] });
  });

  it('leaves a query without stop words unchanged', () => {
    expect(prepareQuery('Deanu gielda')).toEqual({ text: 'Deanu gielda', dropped: [] });
    expect(prepareQuery('brukerundersøkelse')).toEqual({ text: 'brukerundersøkelse', dropped: [] });
  });

  it('has nothing to search for when only stop words are left', () => {
    expect(prepareQuery('og')).toEqual({ text: null, dropped: ['og'] });
    expect(prepareQuery('i og på,')).toEqual({ text: null, dropped: ['i', 'og', 'på,'] });
    expect(prepareQuery('   ')).toEqual({ text: null, dropped: [] });
  });

  it('keeps a quoted phrase whole', () => {
    expect(prepareQuery('"pleie og omsorg"')).toEqual({ text: '"pleie og omsorg"', dropped: [] });
  });

  it('lists only function words, not words of the programme', () => {
    for (const word of ['sykefravær', 'nærvær', 'kommune', 'pulje', 'skole', 'tana'])
      expect(STOP_WORDS.has(word)).toBe(false);
  });

  it('explains a stop-word-only query in Norwegian', () => {
    expect(stopWordNote(['og'])).toMatch(/^«og» er et for vanlig ord til å søke på alene/);
    expect(stopWordNote(['i', 'og', 'på'])).toMatch(/^«i», «og» og «på» er for vanlige ord/);
  });
});
