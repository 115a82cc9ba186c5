import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../files/csv';
import { tableValues, type Field, type Table } from './fields';
import { HOSTILE_TITLE, fixtureInput } from './fixture';
import { jsonSchema, toCsv, toJson, toJsonRows } from './formats';
import { openDataTables } from './tables';

interface Row {
  id: string;
  navn: string;
  prosent: number | null;
  ok: boolean;
  dato: string;
  koder: string[];
}

const fields: Field<Row>[] = [
  { name: 'id', type: 'string', description: 'Id', value: (r) => r.id },
  { name: 'navn', type: 'string', description: 'Navn', value: (r) => r.navn },
  { name: 'prosent', type: 'number', optional: true, description: 'Prosent', value: (r) => r.prosent },
  { name: 'ok', type: 'boolean', description: 'Ok', value: (r) => r.ok },
  { name: 'dato', type: 'date', description: 'Dato', value: (r) => r.dato },
  { name: 'koder', type: 'list', description: 'Koder', value: (r) => r.koder },
];
const table = (rows: Row[]): Table =>
  ({
    name: 'test',
    title: 'Test',
    description: 'Test.',
    fields,
    primaryKey: ['id'],
    foreignKeys: [],
    rows,
  }) as unknown as Table;
const csvOf = (rows: Row[]) => {
  const t = table(rows);
  return toCsv(t, tableValues([t]).get('test')!);
};

const rows: Row[] = [
  { id: 'sor-aurdal', navn: 'Sør-Aurdal; «Valdres»', prosent: 9.75, ok: true, dato: '2008-01-31', koder: ['a', 'b'] },
  { id: 'tana', navn: 'Tana "Deanu gielda"\nFinnmark', prosent: null, ok: false, dato: '2009-12-01', koder: [] },
];

describe('toCsv', () => {
  const csv = csvOf(rows);

  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFid;navn;prosent;ok;dato;koder\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes decimals with a comma, booleans as ja/nei, lists joined with | and empty cells for missing values', () => {
    expect(csv).toContain('"Sør-Aurdal; «Valdres»";9,75;ja;2008-01-31;a|b\r\n');
    expect(csv).toMatch(/;;nei;2009-12-01;\r\n$/);
  });

  it('quotes separators, quotes and line breaks so the file parses back to the same values', () => {
    const back = parseCsv(csv).rows.map((r) => r.values);
    expect(back[1]).toEqual({
      id: 'tana',
      navn: 'Tana "Deanu gielda"\nFinnmark',
      prosent: '',
      ok: 'nei',
      dato: '2009-12-01',
      koder: '',
    });
  });

  it('neutralises text cells that start a formula and writes negative numbers as plain numbers', () => {
    const hostile = csvOf([
      {
        id: 'a',
        navn: '=HYPERLINK("https://x.example";"Klikk")',
        prosent: -0.5,
        ok: true,
        dato: '2008-01-01',
        koder: ['@SUM(A1)', 'b'],
      },
      { id: 'b', navn: '-2+3', prosent: -12, ok: true, dato: '2008-01-01', koder: [] },
    ]);
    expect(hostile).toContain(`a;"'=HYPERLINK(""https://x.example"";""Klikk"")";-0,5;ja;2008-01-01;"'@SUM(A1)|b"\r\n`);
    expect(hostile).toContain(`b;"'-2+3";-12;ja;2008-01-01;\r\n`);
    expect(hostile).not.toContain('\u2212');
  });
});

describe('the JSON files and their schemas (validated with Ajv, JSON Schema 2020-12)', () => {
  const tables = openDataTables(fixtureInput());
  const values = tableValues(tables);
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));

  it('have real arrays, numbers, booleans and null', () => {
    const t = tables.find((x) => x.name === 'prosjekter')!;
    const [first] = JSON.parse(toJson(t, values.get('prosjekter')!)) as Record<string, unknown>[];
    expect(first).toMatchObject({ kommuner: ['arendal'], eksempeldata: false, slutt: null });
    expect(toJsonRows(t, values.get('prosjekter')!).find((r) => r.tittel === HOSTILE_TITLE)).toBeDefined();
  });

  it('every table validates against the schema made from its fields', () => {
    for (const t of tables) {
      const validate = ajv.compile(jsonSchema(t, `https://kb.example/data/${t.name}.schema.json`));
      const data = JSON.parse(toJson(t, values.get(t.name)!));
      expect(validate(data) ? [] : validate.errors, t.name).toEqual([]);
    }
  });

  it('the schema refuses a wrong type, an unknown code, a missing field and a joined list', () => {
    const t = tables.find((x) => x.name === 'prosjekter')!;
    const validate = ajv.compile(jsonSchema(t, 'https://kb.example/andre/prosjekter.schema.json'));
    const [good] = JSON.parse(toJson(t, values.get('prosjekter')!)) as Record<string, unknown>[];
    expect(validate([good])).toBe(true);
    for (const bad of [
      { eksempeldata: 'ja' },
      { sektor: ['helse'] },
      { kommuner: 'tana, arendal' },
      { start: '2008-13-45' },
      { ekstra: 1 },
    ]) {
      expect(validate([{ ...good, ...bad }]), JSON.stringify(bad)).toBe(false);
    }
    const { id: _id, ...missing } = good!;
    expect(validate([missing])).toBe(false);
  });

  it('csv-parse reads the CSV with as many rows as the JSON has', () => {
    for (const t of tables) {
      const v = values.get(t.name)!;
      const records = parse(toCsv(t, v), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
      expect(records.length, t.name).toBe(v.length);
    }
  });
});
