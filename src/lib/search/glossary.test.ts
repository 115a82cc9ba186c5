import { describe, expect, it } from 'vitest';
import { expansionsFor, GLOSSARY, hiddenTerms } from './glossary';

describe('expansionsFor', () => {
  it('adds the other words of a group the page mentions, including inside compounds', () => {
    const extra = expansionsFor('Langtidsfraværet gikk ned i hjemmetjenesten.');
    expect(extra).toContain('sykefravær');
    expect(extra).toContain('nærvær');
    expect(extra).toContain('hjemmesykepleie');
    expect(extra).not.toContain('fravær'); // already on the page
  });

  it('matches short words only as whole words', () => {
    expect(expansionsFor('Tiltak i hjemmet')).not.toContain('ein');
    expect(expansionsFor('Dette er en god historie')).toContain('ein');
  });

  it('takes extra groups such as a municipality and its Sámi name', () => {
    expect(expansionsFor('Prosjekt i Tana kommune', [['Tana', 'Deanu gielda']])).toContain('deanu gielda');
    expect(expansionsFor('Prosjekt i Alta', [['Tana', 'Deanu gielda']])).not.toContain('deanu gielda');
  });

  it('finds phrases across line breaks, tabs and runs of spaces', () => {
    for (const text of ['Pleie\nog omsorg', 'pleie  og\t omsorg', 'PLEIE\u00a0og\r\nomsorg', ' pleie og omsorg ']) {
      expect(expansionsFor(text)).toContain('eldreomsorg');
    }
  });

  it('returns nothing for a page that mentions no glossary word', () => {
    expect(expansionsFor('Matglede og måltider')).toEqual([]);
  });

  it('keeps the glossary in lower case without duplicates inside a group', () => {
    for (const group of GLOSSARY) {
      expect(new Set(group).size).toBe(group.length);
      for (const term of group) expect(term).toBe(term.toLowerCase());
    }
  });
});

describe('hiddenTerms', () => {
  it('joins the terms and counts the words they add, multi-word terms as several', () => {
    expect(hiddenTerms(['Deanu gielda', 'SPC'])).toEqual({ text: 'Deanu gielda SPC', wordCount: 3 });
    expect(hiddenTerms([])).toEqual({ text: '', wordCount: 0 });
  });
});
