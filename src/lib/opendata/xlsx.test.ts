/** The spreadsheet read back with SheetJS (xlsx), a library other than the one that wrote it (exceljs). */
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { tableValues } from './fields';
import { HOSTILE_TITLE, fixtureInput } from './fixture';
import { LICENCE } from './publication';
import { ABOUT_SHEET, toXlsx } from './xlsx';
import { openDataTables } from './tables';

const tables = openDataTables(fixtureInput());
const values = tableValues(tables);
const info = { date: '2026-01-02', commit: 'abcdef0123456789' };
const make = () =>
  toXlsx(tables, values, info, {
    title: 'Åpne data',
    intro: ['Eksempeldata: rader med eksempeldata = SANN er oppdiktet.'],
  });
const bytes = await make();
const wb = XLSX.read(bytes, { type: 'array', cellDates: true });
const cell = (sheet: string, column: string, id: string, idColumn = 'id') => {
  const ws = wb.Sheets[sheet]!;
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws);
  const r = rows.findIndex((row) => row[idColumn] === id);
  const header = (XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 })[0] ?? []) as string[];
  return ws[XLSX.utils.encode_cell({ r: r + 1, c: header.indexOf(column) })] as XLSX.CellObject;
};

describe('kompetansebanken.xlsx', () => {
  it('has a first sheet that explains every column, then one sheet per table', () => {
    expect(wb.SheetNames).toEqual([ABOUT_SHEET, ...tables.map((t) => t.name)]);
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[ABOUT_SHEET]!, { header: 1 }).map((r) => r.join(' '));
    for (const t of tables)
      for (const f of t.fields)
        expect(
          about.some((line) => line.startsWith(`${t.name} ${f.name} `) && line.includes(f.description)),
          `${t.name}.${f.name}`,
        ).toBe(true);
    expect(about.some((line) => line.includes(LICENCE.title))).toBe(true);
    expect(about.some((line) => line.includes('Eksempeldata'))).toBe(true);
  });

  it('has the rows of each table under a header of its field names', () => {
    for (const t of tables) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[t.name]!, { header: 1 });
      expect(rows[0], t.name).toEqual(t.fields.map((f) => f.name));
      expect(rows.length - 1, t.name).toBe(t.rows.length);
    }
  });

  it('types cells: municipality numbers as text with the zero, numbers, dates, booleans, lists as text; no formula', () => {
    expect(cell('kommuner', 'kommunenummer', 'arendal')).toMatchObject({ t: 's', v: '0906' });
    expect(cell('kommuner', 'breddegrad', 'tana')).toMatchObject({ t: 'n', v: 70.2 });
    const start = cell('prosjekter', 'start', 'tana-naervaer');
    expect(start.t).toBe('d');
    expect((start.v as Date).toISOString()).toBe('2008-01-01T00:00:00.000Z');
    expect(cell('prosjekter', 'eksempeldata', 'tana-naervaer')).toMatchObject({ t: 'b', v: true });
    expect(cell('prosjekter', 'kommuner', 'tana-naervaer')).toMatchObject({ t: 's', v: 'tana|arendal' });
    expect(cell('prosjekter', 'tittel', 'tana-naervaer')).toMatchObject({ t: 's', v: HOSTILE_TITLE });
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name]!;
      const formulas = Object.keys(ws).filter((k) => !k.startsWith('!') && (ws[k] as XLSX.CellObject).f);
      expect(formulas, name).toEqual([]);
    }
  });

  it('freezes the header row of every table sheet', async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (let i = 2; i <= tables.length + 1; i++) {
      const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async('string');
      expect(xml, `sheet${i}`).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    }
  });

  it('is the same bytes when built again (dated by the build, not the clock)', async () => {
    await new Promise((r) => setTimeout(r, 2100));
    expect(Buffer.from(await make()).equals(Buffer.from(bytes))).toBe(true);
  });
});
