/**
 * Every file of /data/ from the tables: per table its CSV, JSON and JSON Schema; the spreadsheet
 * of all tables; the data package and the DCAT catalogue that describe them. Pure apart from the
 * build info it is given, so the build test and the unit tests run the same code as the site.
 */
import { toCsv, toJson, jsonSchema } from './formats';
import { tableValues, type Table } from './fields';
import { citation, dataPackage, dcatCatalog, MEDIA_TYPES, type BuildInfo, type DataFile } from './publication';
import { toXlsx } from './xlsx';
import { CATALOG_FILE, PACKAGE_FILE, tableFiles, XLSX_FILE } from './files';
import { openDataPublication } from '../../i18n/opendata-columns';

export interface PublishedFile {
  body: string | Uint8Array;
  /** Content-Type header. */
  type: string;
  bytes: number;
  /** The table it holds (CSV, JSON and schema files). */
  table: Table | null;
}

export { CATALOG_FILE, PACKAGE_FILE, XLSX_FILE } from './files';

const encoder = new TextEncoder();
const text = (body: string, type: string, table: Table | null): PublishedFile => ({
  body,
  type,
  bytes: encoder.encode(body).length,
  table,
});

/** All files of /data/ by file name, in the order the page lists them. */
export async function publish(
  tables: readonly Table[],
  info: BuildInfo,
  dataUrl: string,
  intro: readonly string[],
  title: string,
) {
  const values = tableValues(tables);
  const files = new Map<string, PublishedFile>();
  for (const t of tables) {
    const v = values.get(t.name)!;
    const [csv, json, schema] = tableFiles(t.name);
    files.set(csv, text(toCsv(t, v), 'text/csv; charset=utf-8', t));
    files.set(json, text(toJson(t, v), 'application/json; charset=utf-8', t));
    files.set(
      schema,
      text(`${JSON.stringify(jsonSchema(t, new URL(schema, dataUrl).href), null, 2)}\n`, 'application/schema+json', t),
    );
  }
  const xlsx = await toXlsx(tables, values, info, {
    title,
    intro: [...intro, openDataPublication.citationLine(citation(info, dataUrl))],
  });
  files.set(XLSX_FILE, { body: xlsx, type: MEDIA_TYPES.xlsx, bytes: xlsx.length, table: null });

  const distributions: DataFile[] = [...files]
    .filter(([name]) => !name.endsWith('.schema.json'))
    .map(([path, f]) => {
      const format = path.endsWith('.csv') ? 'csv' : path.endsWith('.xlsx') ? 'xlsx' : 'json';
      return { path, table: f.table, format, mediatype: MEDIA_TYPES[format], bytes: f.bytes };
    });
  files.set(
    PACKAGE_FILE,
    text(
      `${JSON.stringify(dataPackage(distributions, info, dataUrl), null, 2)}\n`,
      'application/json; charset=utf-8',
      null,
    ),
  );
  files.set(
    CATALOG_FILE,
    text(
      `${JSON.stringify(dcatCatalog(tables, distributions, info, dataUrl), null, 2)}\n`,
      'application/ld+json; charset=utf-8',
      null,
    ),
  );
  return { files, values };
}
