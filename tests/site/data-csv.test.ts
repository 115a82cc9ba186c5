/**
 * The CSV files of the built site (/data/ and attachments) as a spreadsheet would read them,
 * parsed with csv-parse (not the project's own reader): no cell starts a formula, and numbers are
 * written as Norwegian Excel reads them (decimal comma, ASCII hyphen-minus, never U+2212).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist, walk } from '../helpers/dist';

beforeAll(requireDist);

/** A cell Excel, LibreOffice or Google Sheets would read as a formula: = + - @ first, also after blanks, tab or CR. */
const FORMULA = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** A plain number as Norwegian Excel reads it. */
const NUMBER = /^-?\d+(?:,\d+)?$/;

/** Every cell of a CSV text with its line and column, read by csv-parse. */
function cellsOf(text: string, delimiter: string) {
  // With info: true each record comes with its line (csv-parse's types miss this overload).
  const records = parse(text, { delimiter, bom: true, relax_column_count: true, info: true }) as unknown as {
    info: { lines: number };
    record: string[];
  }[];
  return records.flatMap(({ info, record }) =>
    record.map((cell, column) => ({ line: info.lines, column: column + 1, cell })),
  );
}

/** Cells that would run as formulas (a plain negative number is a number, not a formula). */
function formulaCells(text: string, delimiter: string) {
  return cellsOf(text, delimiter).filter(({ cell }) => FORMULA.test(cell) && !NUMBER.test(cell));
}

const files = () => walk(DIST).filter((f) => /\.(csv|tsv)$/i.test(f));

describe('CSV files in the built site', () => {
  it('include the /data/ tables', () => {
    const data = files().filter((f) => relative(DIST, f).startsWith('data/'));
    expect(data.length).toBeGreaterThanOrEqual(4);
  });

  it('have no cell that starts a formula', () => {
    for (const file of files()) {
      const text = readFileSync(file, 'utf8');
      const delimiter = file.endsWith('.tsv') ? '\t' : ';';
      expect(formulaCells(text, delimiter), relative(DIST, file)).toEqual([]);
    }
  });

  it('/data/: UTF-8 with a BOM, numbers with a decimal comma and an ASCII minus, never U+2212', () => {
    let numbers = 0;
    for (const file of files().filter((f) => relative(DIST, f).startsWith('data/'))) {
      const bytes = readFileSync(file);
      const name = relative(DIST, file);
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.includes('\u2212'), name).toBe(false);
      const numberLike = cellsOf(text, ';').filter(({ cell }) => /^[-\u2212]?\d+(?:[.,]\d+)?$/.test(cell));
      numbers += numberLike.length;
      expect(
        numberLike.filter(({ cell }) => !NUMBER.test(cell)),
        name,
      ).toEqual([]);
    }
    expect(numbers).toBeGreaterThan(100);
  });
});

describe('the test itself', () => {
  it('sees formulas and tells them from negative numbers', () => {
    const text = '\uFEFFa;b\r\n"=HYPERLINK(""x"")";-0,5\r\n"\'=1";-12\r\n" =1";"\t@SUM(A1)"\r\n-2+3;+1\r\n';
    expect(formulaCells(text, ';').map((c) => `${c.line}:${c.column}`)).toEqual(['2:1', '4:1', '4:2', '5:1', '5:2']);
  });
});
