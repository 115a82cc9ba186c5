import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { toCsv, toJsonRows, type Column } from './opendata';

interface Row {
  id: string;
  navn: string;
  prosent: number | null;
}

const columns: Column<Row>[] = [
  { name: 'id', description: 'Id', value: (r) => r.id },
  { name: 'navn', description: 'Navn', value: (r) => r.navn },
  { name: 'prosent', description: 'Prosent', value: (r) => r.prosent },
];

const rows: Row[] = [
  { id: 'sor-aurdal', navn: 'Sør-Aurdal; «Valdres»', prosent: 9.75 },
  { id: 'tana', navn: 'Tana "Deanu gielda"\nFinnmark', prosent: null },
];

describe('toCsv', () => {
  const csv = toCsv(columns, rows);

  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFid;navn;prosent\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes decimals with a comma and empty cells for missing values', () => {
    expect(csv).toContain('"Sør-Aurdal; «Valdres»";9,75\r\n');
    expect(csv).toMatch(/;\r\n$/);
  });

  it('quotes separators, quotes and line breaks so the file parses back to the same values', () => {
    const back = parseCsv(csv).rows.map((r) => r.values);
    expect(back).toEqual([
      { id: 'sor-aurdal', navn: 'Sør-Aurdal; «Valdres»', prosent: '9,75' },
      { id: 'tana', navn: 'Tana "Deanu gielda"\nFinnmark', prosent: '' },
    ]);
  });
});

describe('toCsv: nothing a spreadsheet runs, negatives stay numbers', () => {
  const hostile: Row[] = [
    { id: 'a', navn: '=HYPERLINK("https://x.example";"Klikk")', prosent: -0.5 },
    { id: 'b', navn: '-2+3', prosent: -12 },
    { id: 'c', navn: '@SUM(A1)', prosent: -9.75 },
  ];
  const csv = toCsv(columns, hostile);

  it('prefixes text cells that start a formula and writes numeric cells as plain numbers', () => {
    expect(csv).toContain(`a;"'=HYPERLINK(""https://x.example"";""Klikk"")";-0,5\r\n`);
    expect(csv).toContain(`b;"'-2+3";-12\r\n`);
    expect(csv).toContain(`c;"'@SUM(A1)";-9,75\r\n`);
    expect(csv).not.toContain('\u2212');
  });
});

describe('toJsonRows', () => {
  it('keeps numbers as numbers and missing values as null', () => {
    expect(toJsonRows(columns, rows)[1]).toEqual({ id: 'tana', navn: 'Tana "Deanu gielda"\nFinnmark', prosent: null });
  });
});
