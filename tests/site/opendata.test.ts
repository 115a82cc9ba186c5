/**
 * Every file of /data/ in the built site read back with a library that did not write it and
 * compared across formats: the CSV with the project's reader, the JSON against its JSON Schema
 * (Ajv), the spreadsheet with SheetJS, the data package with the Frictionless validator (foreign
 * keys included) and the DCAT catalogue as RDF (jsonld, n3). Row counts and ids agree everywhere.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store } from 'n3';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/files/csv';
import { DIST, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const DATA = path.join(DIST, 'data');
const read = (name: string) => readFileSync(path.join(DATA, name));
const json = (name: string) => JSON.parse(read(name).toString('utf8'));
interface Resource {
  name: string;
  path: string;
  format: string;
  schema?: { fields: { name: string }[]; primaryKey: string | string[] };
}
const pkg = () => json('datapackage.json') as { licenses: { name: string }[]; resources: Resource[] };
const tabular = () => pkg().resources.filter((r) => r.format === 'csv');
const keyOf = (r: Resource) => [r.schema!.primaryKey].flat();
const idOf = (row: Record<string, unknown>, key: string[]) => key.map((k) => String(row[k])).join('/');

describe('/data/ files read back', () => {
  it('are all described: every CSV and JSON file and the spreadsheet is a resource of the data package', () => {
    const files = readdirSync(DATA).filter(
      (f) => /\.(csv|json|xlsx)$/.test(f) && !f.endsWith('.schema.json') && f !== 'datapackage.json',
    );
    expect(
      pkg()
        .resources.map((r) => r.path)
        .sort(),
    ).toEqual(files.sort());
    expect(tabular().length).toBe(10);
    expect(pkg().licenses[0]!.name).toBe('NLOD-2.0');
  });

  it('CSV (own reader), JSON (against its schema) and the spreadsheet (SheetJS) have the same rows and ids', () => {
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
    const wb = XLSX.read(read('kompetansebanken.xlsx'), { type: 'buffer' });
    for (const r of tabular()) {
      const key = keyOf(r);
      const csv = parseCsv(read(r.path).toString('utf8'));
      expect(csv.malformed, r.path).toEqual([]);
      expect(csv.header, r.path).toEqual(r.schema!.fields.map((f) => f.name));
      const rows = json(`${r.name}.json`) as Record<string, unknown>[];
      const validate = ajv.compile(json(`${r.name}.schema.json`));
      expect(validate(rows) ? [] : validate.errors?.slice(0, 3), `${r.name}.json`).toEqual([]);
      const sheet = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[r.name]!, { raw: true });
      const ids = rows.map((row) => idOf(row, key));
      expect(new Set(ids).size, `${r.name}: unique keys`).toBe(ids.length);
      expect(
        csv.rows.map((row) => idOf(row.values, key)),
        r.path,
      ).toEqual(ids);
      expect(
        sheet.map((row) => idOf(row, key)),
        `${r.name} sheet`,
      ).toEqual(ids);
    }
  });

  it('the data package is valid and every foreign key holds (Frictionless validator)', async () => {
    // datapackage-js reads a UTF-8 BOM as part of the first column name (the standard does not):
    // the validator reads copies without the BOM, otherwise byte for byte.
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-data-'));
    try {
      for (const r of tabular()) writeFileSync(path.join(dir, r.path), read(r.path).subarray(3));
      const loaded = await Package.load({ ...pkg(), resources: tabular() }, { basePath: dir });
      expect(loaded.errors.map(String)).toEqual([]);
      for (const r of tabular()) {
        const rows = await loaded.getResource(r.name)!.read({ keyed: true, relations: true });
        expect(rows.length, r.name).toBe((json(`${r.name}.json`) as unknown[]).length);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the DCAT catalogue is RDF with a dataset per table and a download URL per file', async () => {
    const nquads = (await jsonld.toRDF(json('katalog.jsonld'), { format: 'application/n-quads' })) as unknown as string;
    const store = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
    const { namedNode } = DataFactory;
    const datasets = store.getSubjects(
      namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      namedNode('http://www.w3.org/ns/dcat#Dataset'),
      null,
    );
    expect(datasets).toHaveLength(10);
    const downloads = new Set(
      store
        .getObjects(null, namedNode('http://www.w3.org/ns/dcat#downloadURL'), null)
        .map((o) => new URL(o.value).pathname),
    );
    expect([...downloads].sort()).toEqual(
      pkg()
        .resources.map((r) => `/data/${r.path}`)
        .sort(),
    );
  });

  it('/data/ states the licence and a citation with the build date and content version', () => {
    const html = readFileSync(path.join(DATA, 'index.html'), 'utf8');
    expect(html).toContain('href="https://data.norge.no/nlod/no/2.0"');
    expect(html).toMatch(/åpne data \(bygd \d{4}-\d{2}-\d{2}(, innholdsversjon [0-9a-f]{12})?\)/);
    for (const r of pkg().resources) expect(html, r.path).toContain(`href="/data/${r.path}"`);
  });
});
