/**
 * The file names of /data/, as one record: the tables in the order the page lists them, and
 * per table its CSV, JSON and JSON Schema, then the spreadsheet, the data package and the DCAT
 * catalogue. The tables (./tables.ts), the published files (./publish.ts) and the link check's
 * known addresses (../validate/links.ts) all read it, so a new table cannot be missing from one.
 */
export const OPEN_DATA_TABLES = [
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
] as const;
export type OpenDataTableName = (typeof OPEN_DATA_TABLES)[number];

export const XLSX_FILE = 'kompetansebanken.xlsx';
export const PACKAGE_FILE = 'datapackage.json';
export const CATALOG_FILE = 'katalog.jsonld';

/** A table's three files: CSV, JSON and its JSON Schema. */
export function tableFiles(name: string): [csv: string, json: string, schema: string] {
  return [`${name}.csv`, `${name}.json`, `${name}.schema.json`];
}

/** Every file name of /data/, in the order the page lists them. */
export function openDataFileNames(): string[] {
  return [...OPEN_DATA_TABLES.flatMap(tableFiles), XLSX_FILE, PACKAGE_FILE, CATALOG_FILE];
}
