import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads a header and rows with their line numbers', () => {
    const t = parseCsv('\uFEFFa;b\r\n1;2\n\n3;4\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      { line: 2, values: { a: '1', b: '2' } },
      { line: 4, values: { a: '3', b: '4' } },
    ]);
    expect(t.malformed).toEqual([]);
  });

  it('keeps separators, quotes and line breaks inside quoted cells', () => {
    const t = parseCsv('navn;tekst\n"Sør-Aurdal";"a;b ""c""\nd"\nx;y');
    expect(t.rows[0]!.values).toEqual({ navn: 'Sør-Aurdal', tekst: 'a;b "c"\nd' });
    expect(t.rows[1]).toEqual({ line: 4, values: { navn: 'x', tekst: 'y' } });
  });

  it('reports rows with the wrong number of cells instead of dropping them silently', () => {
    const t = parseCsv('a;b\n1;2;3\n4\n');
    expect(t.rows).toEqual([]);
    expect(t.malformed).toEqual([
      { line: 2, cells: 3 },
      { line: 3, cells: 1 },
    ]);
  });
});

describe('csvCell', () => {
  it('quotes only what needs quoting and round-trips', () => {
    expect(csvCell('Tana')).toBe('Tana');
    expect(csvCell(9.5)).toBe('9.5');
    const tricky = 'a;"b"\nc';
    const line = `x;${csvCell(tricky)}`;
    expect(parseCsv(`h1;h2\n${line}`).rows[0]!.values.h2).toBe(tricky);
  });
});
