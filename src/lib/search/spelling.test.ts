import { describe, expect, it } from 'vitest';
import { buildVocabulary, editDistance, fold, parseVocabulary, spellIndex, suggestQuery, wordsOf } from './spelling';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('sykefravr', 'sykefravær')).toBe(1);
    expect(editDistance('barnehgae', 'barnehage')).toBe(1); // swap
    expect(editDistance('kvalitet', 'kvalitet')).toBe(0);
    expect(editDistance('spc', 'sfo')).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3); // stops early
  });
});

describe('fold', () => {
  it('writes æ, ø, å as on a foreign keyboard', () => {
    expect(fold('nærvær')).toBe('naervaer');
    expect(fold('brukerundersøkelse')).toBe('brukerundersokelse');
    expect(fold('Øvre Eiker'.toLowerCase())).toBe('ovre eiker');
  });
});

describe('buildVocabulary', () => {
  it('keeps every title word and the frequent words, most frequent first', () => {
    const v = buildVocabulary(
      ['Nærvær i pleie og omsorg', 'Tana'],
      ['nærvær nærvær turnus turnus sjelden', 'og og og'],
      { limit: 10, minCount: 2 },
    );
    expect(v.words).toEqual(['nærvær', 'turnus', 'omsorg', 'pleie', 'tana']);
    expect(v.counts).toEqual([3, 2, 1, 1, 1]);
    expect(parseVocabulary(JSON.parse(JSON.stringify(v)))).toEqual(v);
    expect(() => parseVocabulary({ words: ['a'] })).toThrow(/feil form/);
  });

  it('splits hyphenated words and ignores digits', () => {
    expect(wordsOf('Lillehammer-modellen 2008, SPC-diagram')).toEqual(['lillehammer', 'modellen', 'spc', 'diagram']);
  });
});

describe('suggestQuery', () => {
  const index = spellIndex(
    buildVocabulary(
      [
        'Sykefravær i hjemmetjenesten',
        'Nærvær i barnehagen',
        'Brukerundersøkelse',
        'Hammerfest',
        'Tana',
        'Deanu gielda',
        'Medarbeiderskap',
      ],
      ['sykefravær sykefravær sykefravær barnehage barnehage', 'sykehjem sykehjem'],
      { limit: 100, minCount: 2 },
    ),
  );

  it('corrects a likely typo to the closest known word', () => {
    expect(suggestQuery('sykefravr', index)).toBe('sykefravær');
    expect(suggestQuery('naervaer', index)).toBe('nærvær');
    expect(suggestQuery('brukerundersokelse', index)).toBe('brukerundersøkelse');
    expect(suggestQuery('hamerfest', index)).toBe('hammerfest');
    expect(suggestQuery('barnehgae', index)).toBe('barnehage');
  });

  it('corrects only the unknown words of a longer query', () => {
    expect(suggestQuery('sykefravr hjemmetjenesten', index)).toBe('sykefravær hjemmetjenesten');
  });

  it('prefers the more frequent word when two are as close', () => {
    // «sykehjen» is one edit from «sykehjem» (2 times) and none else.
    expect(suggestQuery('sykehjen', index)).toBe('sykehjem');
  });

  it('leaves known words, short words, numbers, phrases and far-off words alone', () => {
    expect(suggestQuery('sykefravær', index)).toBeUndefined();
    expect(suggestQuery('ta', index)).toBeUndefined();
    expect(suggestQuery('2008', index)).toBeUndefined();
    expect(suggestQuery('"sykefravr"', index)).toBeUndefined();
    expect(suggestQuery('xylofon', index)).toBeUndefined();
  });
});
