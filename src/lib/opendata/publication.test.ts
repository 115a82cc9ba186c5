/**
 * The data package, validated and read with the Frictionless libraries (datapackage, tableschema),
 * and the DCAT-AP-NO catalogue, parsed as RDF (jsonld to N-Quads, read with n3).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { Schema } from 'tableschema';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA_URL, fixtureInput } from './fixture';
import { buildInfo, citation, LICENCE } from './publication';
import { CATALOG_FILE, PACKAGE_FILE, publish } from './publish';
import { openDataTables } from './tables';

const tables = openDataTables(fixtureInput());
const info = { date: '2026-01-02', commit: '0123456789abcdef0123' };
const { files } = await publish(tables, info, FIXTURE_DATA_URL, [], 'Åpne data');
const dir = mkdtempSync(join(tmpdir(), 'kb-opendata-'));
// datapackage-js 1.1 (through tableschema-js and csv-parse 4) reads a UTF-8 byte-order mark as
// part of the first column name; the standard, like frictionless-py, reads UTF-8 with a BOM as
// UTF-8. So the validator gets each CSV without its leading BOM and otherwise byte for byte.
for (const [name, f] of files) {
  const body = name.endsWith('.csv') ? (f.body as string).replace(/^\uFEFF/, '') : f.body;
  if (name.endsWith('.csv')) expect(f.body).toBe(`\uFEFF${body as string}`);
  writeFileSync(join(dir, name), body);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const descriptor = JSON.parse(files.get(PACKAGE_FILE)!.body as string);

describe('datapackage.json', () => {
  it('is a valid data package under NLOD 2.0 with every file as a resource', async () => {
    const pkg = await Package.load(descriptor, { basePath: dir });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(descriptor.licenses[0]).toMatchObject({ name: 'NLOD-2.0', path: LICENCE.path });
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    expect(paths.sort()).toEqual(
      [...files.keys()].filter((n) => !n.endsWith('.schema.json') && n !== PACKAGE_FILE && n !== CATALOG_FILE).sort(),
    );
  });

  it('has a valid Table Schema per CSV, whose fields match the header and whose keys hold', async () => {
    const pkg = await Package.load(descriptor, { basePath: dir });
    for (const t of tables) {
      const resource = pkg.getResource(t.name)!;
      expect(resource.tabular, t.name).toBe(true);
      const schema = await Schema.load(resource.descriptor.schema);
      expect(schema.valid, t.name).toBe(true);
      // relations: true checks every foreign key against the referenced resource.
      const rows = (await resource.read({ keyed: true, relations: true, cast: true })) as Record<string, unknown>[];
      expect(resource.headers, t.name).toEqual(t.fields.map((f) => f.name));
      expect(rows.length, t.name).toBe(t.rows.length);
    }
  });

  it('reads typed values: text with zeros, decimal commas, ja/nei as booleans, dates', async () => {
    const pkg = await Package.load(descriptor, { basePath: dir });
    const municipalities = (await pkg.getResource('kommuner')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(municipalities.find((m) => m.id === 'arendal')).toMatchObject({
      kommunenummer: '0906',
      eksempeldata: false,
    });
    expect(Number(municipalities.find((m) => m.id === 'tana')!.breddegrad)).toBe(70.2);
    const sick = (await pkg.getResource('sykefravaer')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(Number(sick.find((r) => r.kommune === 'tana')!.tapte_dagsverk)).toBe(75.5);
    const projects = (await pkg.getResource('prosjekter')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(projects.find((p) => p.id === 'tana-naervaer')!.start).toBeInstanceOf(Date);
  });

  it('a broken foreign key is caught by the validator (the check can fail)', async () => {
    writeFileSync(
      join(dir, 'prosjekt_kommune_broken.csv'),
      'prosjekt;kommune;eksempeldata\r\ntana-naervaer;finnes-ikke;ja\r\n',
    );
    const copy = structuredClone(descriptor);
    copy.resources.find((r: { name: string }) => r.name === 'prosjekt_kommune').path = 'prosjekt_kommune_broken.csv';
    const pkg = await Package.load(copy, { basePath: dir });
    await expect(pkg.getResource('prosjekt_kommune')!.read({ relations: true })).rejects.toThrow(/[Ff]oreign key/);
  });
});

describe('katalog.jsonld (DCAT-AP-NO)', () => {
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const { namedNode } = DataFactory;

  async function store() {
    const nquads = (await jsonld.toRDF(JSON.parse(files.get(CATALOG_FILE)!.body as string), {
      format: 'application/n-quads',
    })) as unknown as string;
    return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
  }
  const subjectsOf = (s: Store, type: string) => s.getSubjects(namedNode(RDF_TYPE), namedNode(type), null);
  const has = (s: Store, subject: ReturnType<typeof namedNode>, property: string) =>
    s.getObjects(subject, namedNode(property), null).length > 0;

  it('is RDF with one catalogue, one dataset per table and a distribution per file', async () => {
    const s = await store();
    expect(subjectsOf(s, `${DCAT}Catalog`)).toHaveLength(1);
    expect(subjectsOf(s, `${DCAT}Dataset`)).toHaveLength(tables.length);
    const downloads = s.getObjects(null, namedNode(`${DCAT}downloadURL`), null).map((o) => o.value);
    expect(new Set(downloads)).toEqual(
      new Set(
        [...files.keys()]
          .filter((n) => /\.(csv|json|xlsx)$/.test(n) && !n.endsWith('.schema.json') && n !== PACKAGE_FILE)
          .map((n) => `${FIXTURE_DATA_URL}${n}`),
      ),
    );
  });

  it('has the mandatory properties of DCAT-AP-NO for catalogue, datasets and distributions', async () => {
    const s = await store();
    const [catalog] = subjectsOf(s, `${DCAT}Catalog`);
    for (const p of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}dataset`])
      expect(has(s, catalog as never, p), p).toBe(true);
    for (const d of subjectsOf(s, `${DCAT}Dataset`)) {
      for (const p of [
        `${DCT}title`,
        `${DCT}description`,
        `${DCT}identifier`,
        `${DCT}publisher`,
        `${DCAT}contactPoint`,
        `${DCAT}theme`,
        `${DCT}accessRights`,
        `${DCAT}distribution`,
      ]) {
        expect(has(s, d as never, p), `${d.value} ${p}`).toBe(true);
      }
    }
    for (const d of subjectsOf(s, `${DCAT}Distribution`)) {
      for (const p of [`${DCAT}accessURL`, `${DCT}license`, `${DCT}format`, `${DCAT}mediaType`])
        expect(has(s, d as never, p), `${d.value} ${p}`).toBe(true);
      expect(s.getObjects(d, namedNode(`${DCT}license`), null)[0]!.value).toBe(LICENCE.uri);
    }
  });
});

describe('citation and build info', () => {
  it('names the build date, the content version and the licence', () => {
    expect(citation(info, FIXTURE_DATA_URL)).toBe(
      `KS – Kommunesektorens organisasjon (2026). Kompetansebanken for Kvalitetskommuneprogrammet: åpne data (bygd 2026-01-02, innholdsversjon 0123456789ab). Lisens: ${LICENCE.title}. ${FIXTURE_DATA_URL}`,
    );
    expect(citation({ date: '2026-01-02', commit: null }, FIXTURE_DATA_URL)).toContain('(bygd 2026-01-02)');
  });

  it('takes the date from SOURCE_DATE_EPOCH and the commit from KB_COMMIT, reproducibly', () => {
    expect(buildInfo({ SOURCE_DATE_EPOCH: '1767312000', KB_COMMIT: 'feedbeef' }, tmpdir())).toEqual({
      date: '2026-01-02',
      commit: 'feedbeef',
    });
    expect(buildInfo({}, dir)).toMatchObject({ commit: null });
    expect(() => buildInfo({ SOURCE_DATE_EPOCH: 'i går' }, dir)).toThrow(
      'SOURCE_DATE_EPOCH: verdien «i går» skulle vært et heltall',
    );
  });
});
