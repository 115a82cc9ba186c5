import { describe, expect, it } from 'vitest';
import { parseCsv } from '../files/csv';
import { FIELD_NAME, tableValues } from './fields';
import { jsonSchema, tableSchema, toCsv, toJsonRows } from './formats';
import { fixtureInput } from './fixture';
import { pageTables } from './page';
import { publish } from './publish';
import { openDataTables } from './tables';

const tables = openDataTables(fixtureInput());
const values = tableValues(tables);
const byName = (name: string) => tables.find((t) => t.name === name)!;

describe('table definitions', () => {
  it('are the ten tables of /data/', () => {
    expect(tables.map((t) => t.name)).toEqual([
      'prosjekter',
      'prosjekt_kommune',
      'prosjekt_mal',
      'prosjekt_verktoy',
      'kommuner',
      'nettverk',
      'verktoy',
      'samlinger',
      'sykefravaer',
      'undersokelser',
    ]);
  });

  it('have unique ASCII field names, a description of each, keys among their fields and foreign keys to a key', () => {
    for (const t of tables) {
      const names = t.fields.map((f) => f.name);
      expect(new Set(names).size, t.name).toBe(names.length);
      for (const f of t.fields) {
        expect(f.name, t.name).toMatch(FIELD_NAME);
        expect(f.description.length, `${t.name}.${f.name}`).toBeGreaterThan(5);
      }
      for (const k of t.primaryKey) expect(names, t.name).toContain(k);
      for (const fk of t.foreignKeys) {
        expect(names, t.name).toContain(fk.field);
        expect(byName(fk.table).primaryKey, `${t.name}.${fk.field}`).toEqual([fk.key]);
      }
    }
  });

  it('mark example data: every table except the sick-leave figures has an eksempeldata boolean', () => {
    for (const t of tables.filter((t) => t.name !== 'sykefravaer')) {
      expect(t.fields.find((f) => f.name === 'eksempeldata')?.type, t.name).toBe('boolean');
    }
    expect(byName('sykefravaer').description).toContain('eksempeldata');
  });

  it('drive every format: CSV header, JSON keys, JSON Schema, Table Schema and the page list the same columns', () => {
    for (const t of tables) {
      const names = t.fields.map((f) => f.name);
      const csv = parseCsv(toCsv(t, values.get(t.name)!));
      expect(csv.header, t.name).toEqual(names);
      const json = toJsonRows(t, values.get(t.name)!);
      for (const row of json) expect(Object.keys(row), t.name).toEqual(names);
      const schema = jsonSchema(t, 'https://kb.example/x') as { items: { properties: object; required: string[] } };
      expect(Object.keys(schema.items.properties), t.name).toEqual(names);
      expect(schema.items.required, t.name).toEqual(names);
      expect(
        (tableSchema(t).fields as { name: string }[]).map((f) => f.name),
        t.name,
      ).toEqual(names);
    }
  });

  it('list the same columns on the page', async () => {
    const { files } = await publish(tables, { date: '2026-01-02', commit: null }, 'https://kb.example/data/', [], 'T');
    for (const [i, page] of pageTables(tables, files).entries()) {
      expect(page.columns.map((c) => c.name)).toEqual(tables[i]!.fields.map((f) => f.name));
    }
  });
});

describe('table rows', () => {
  const rowsOf = (name: string) => toJsonRows(byName(name), values.get(name)!);

  it('give a project every fact the site shows, lists as lists', () => {
    const [p] = rowsOf('prosjekter').filter((r) => r.id === 'tana-naervaer');
    expect(p).toMatchObject({
      url: 'https://kb.example/prosjekter/tana-naervaer/',
      kommuner: ['tana', 'arendal'],
      kommunenavn: ['Tana', 'Arendal'],
      pulje: ['2', 'innsats'],
      fylke: ['Finnmark', 'Aust-Agder'],
      nettverk: ['nord'],
      sektor: ['oppvekst'],
      status: 'avsluttet',
      start: '2008-01-01',
      slutt: '2009-12-31',
      mal: ['Sykefraværet skal ned til 8 %', 'Bedre samarbeid; «trepart»'],
      tiltak: ['Nærværssamtaler', 'Tett oppfølging'],
      verktoy: ['spc'],
      verktoynavn: ['Statistisk prosesskontroll'],
      kontakt: 'Prosjektleder, Tana kommune',
      eksempeldata: true,
    });
    expect(rowsOf('prosjekter').find((r) => r.id === 'arendal-kvalitet')).toMatchObject({
      slutt: null,
      kontakt: null,
      nettverk: [],
      eksempeldata: false,
    });
  });

  it('compute goal attainment as the project page does (weighted, last four quarters)', () => {
    expect(rowsOf('prosjekt_mal')).toEqual([
      expect.objectContaining({
        prosjekt: 'tana-naervaer',
        nr: 1,
        malverdi: 8,
        retning: 'ned',
        maloppnaelse: 'ikke_nadd',
        malt_verdi: 8.28,
        malt_sektor: 'oppvekst',
        malt_fra: '2009-K1',
        malt_til: '2009-K4',
      }),
      expect.objectContaining({
        prosjekt: 'tana-naervaer',
        nr: 2,
        indikator: null,
        maloppnaelse: null,
        malt_verdi: null,
      }),
    ]);
  });

  it('have long tables per project and municipality or tool, and rows in a stable order', () => {
    expect(rowsOf('prosjekt_kommune').map((r) => `${r.prosjekt}/${r.kommune}`)).toEqual([
      'arendal-kvalitet/arendal',
      'tana-naervaer/tana',
      'tana-naervaer/arendal',
    ]);
    expect(rowsOf('prosjekt_verktoy').map((r) => `${r.prosjekt}/${r.verktoy}`)).toEqual(['tana-naervaer/spc']);
    expect(rowsOf('kommuner').map((r) => r.id)).toEqual(['arendal', 'tana']);
    expect(
      rowsOf('sykefravaer')
        .slice(0, 2)
        .map((r) => `${r.kommune} ${r.ar} ${r.kvartal}`),
    ).toEqual(['arendal 2009 1', 'arendal 2009 2']);
    expect(rowsOf('undersokelser').map((r) => r.kommune)).toEqual(['arendal', 'tana']);
  });

  it('keep municipality numbers as four-digit text', () => {
    expect(rowsOf('kommuner').map((r) => r.kommunenummer)).toEqual(['0906', '2025']);
  });
});

describe('survey rows (undersokelser.csv)', () => {
  it('are ordered by municipality, survey and service (vocabulary order) and year, with decimal commas', async () => {
    const { surveyRowSchema } = await import('../schemas');
    const parse = (kommune: string, undersøkelse: string, tjeneste: string, år: string, skår: string) =>
      surveyRowSchema.parse({ kommune, undersøkelse, tjeneste, år, skår, skala: '1-6', eksempeldata: 'ja' });
    const input = fixtureInput();
    input.surveys = [
      parse('moss', 'medarbeiderundersokelse', 'hele-kommunen', '2007', '4,3'),
      parse('moss', 'brukerundersokelse', 'sykehjem', '2008', '4,85'),
      parse('alta', 'brukerundersokelse', 'sykehjem', '2007', '4.6'),
      parse('moss', 'brukerundersokelse', 'barnehage', '2009', '5'),
      parse('moss', 'brukerundersokelse', 'sykehjem', '2006', '4,5'),
    ];
    const t = openDataTables(input).find((x) => x.name === 'undersokelser')!;
    const csv = toCsv(t, tableValues([t]).get('undersokelser')!);
    expect(parseCsv(csv).rows.map((r) => Object.values(r.values).join(';'))).toEqual([
      'alta;brukerundersokelse;sykehjem;2007;4,6;1;6;ja',
      'moss;brukerundersokelse;barnehage;2009;5;1;6;ja',
      'moss;brukerundersokelse;sykehjem;2006;4,5;1;6;ja',
      'moss;brukerundersokelse;sykehjem;2008;4,85;1;6;ja',
      'moss;medarbeiderundersokelse;hele-kommunen;2007;4,3;1;6;ja',
    ]);
  });
});
