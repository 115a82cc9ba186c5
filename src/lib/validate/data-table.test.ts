import { describe, expect, it } from 'vitest';
import { readDataTable } from './data-table';

const COLUMNS = ['kommune', 'år', 'verdi'] as const;
const read = (text: string) => readDataTable({ path: 'f.csv', text }, COLUMNS);

describe('readDataTable', () => {
  it('returns the rows of a table with the columns in any order, and no problem', () => {
    const t = read('verdi;kommune;år\n1;tana;2008\n2;gjovik;2009\n');
    expect(t.problems).toEqual([]);
    expect(t.rows).toEqual([
      { line: 2, values: { verdi: '1', kommune: 'tana', år: '2008' } },
      { line: 3, values: { verdi: '2', kommune: 'gjovik', år: '2009' } },
    ]);
  });
  it('reads a comma-separated table', () => {
    expect(read('kommune,år,verdi\ntana,2008,"4,5"\n').rows).toEqual([
      { line: 2, values: { kommune: 'tana', år: '2008', verdi: '4,5' } },
    ]);
  });
  it.each([
    ['a missing column', 'kommune;år\ntana;2008\n', 'fant kolonnene «kommune», «år»; forventet kommune;år;verdi'],
    [
      'an extra column',
      'kommune;år;verdi;merknad\ntana;2008;1;x\n',
      'fant kolonnene «kommune», «år», «verdi», «merknad»; forventet kommune;år;verdi',
    ],
    [
      'a misspelt column',
      'kommune;aar;verdi\n',
      'fant kolonnene «kommune», «aar», «verdi»; forventet kommune;år;verdi',
    ],
    ['an empty file', '', 'fant kolonnene ; forventet kommune;år;verdi'],
  ])('reports %s as one problem for the file and no rows', (_, text, message) => {
    const t = read(text);
    expect(t.rows).toBeUndefined();
    expect(t.problems).toEqual([{ file: 'f.csv', line: 1, field: '(kolonner)', message }]);
  });
  it('reports each row with too few or too many cells and keeps the others', () => {
    const t = read('kommune;år;verdi\ntana;2008\ntana;2009;1\ntana;2010;1;2\n');
    expect(t.rows).toEqual([{ line: 3, values: { kommune: 'tana', år: '2009', verdi: '1' } }]);
    expect(t.problems).toEqual([
      { file: 'f.csv', line: 2, field: '(rad)', message: 'fant 2 celler; forventet 3 adskilt med semikolon' },
      { file: 'f.csv', line: 4, field: '(rad)', message: 'fant 4 celler; forventet 3 adskilt med semikolon' },
    ]);
  });
});
