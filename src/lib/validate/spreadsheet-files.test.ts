import { describe, expect, it } from 'vitest';
import { checkSpreadsheetText } from './spreadsheet-files';
import { formatProblem } from './problem';

const path = 'public/vedlegg/skjema.csv';
const check = (text: string, file = path) => checkSpreadsheetText(file, text).map(formatProblem);

describe('checkSpreadsheetText', () => {
  it('accepts text, numbers and plain negative numbers', () => {
    expect(check('enhet;år;endring\nSone nord;2008;-0,5\nSone sør;2008;-12\n;;\n')).toEqual([]);
  });

  it.each([
    ['=HYPERLINK("https://x.example";"Klikk")', '«='],
    ['+1+1', '«+»'],
    ['-2+3', '«-»'],
    ['@SUM(A1)', '«@»'],
    ['"\t=1"', '«=»'],
    ['" =1"', '«=»'],
  ])('refuses %j with file, line, column and the character', (cell, shown) => {
    const [problem, ...rest] = check(`enhet;merknad\nSone nord;${cell}\n`);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^public\/vedlegg\/skjema\.csv:2 kolonne merknad: fant «/);
    expect(problem).toContain(shown);
    expect(problem).toContain('formel');
  });

  it('reads a .tsv file with tabs and reports a formula in the header by column number', () => {
    expect(check('=A1\tb\n1\t2\n', 'public/vedlegg/x.tsv')).toEqual([
      expect.stringMatching(/^public\/vedlegg\/x\.tsv:1 kolonne 1: fant «=A1»/),
    ]);
  });
});
