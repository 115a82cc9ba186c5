/**
 * What is published about the data, beside the tables: the licence (NLOD 2.0), the build's
 * date and content version for citing, the Frictionless data package and the DCAT-AP-NO
 * catalogue description that the national data catalogue (data.norge.no) harvests.
 */
import { execFileSync } from 'node:child_process';
import { CSV_DIALECT, tableSchema } from './formats';
import type { Table } from './fields';
import { tableFiles } from './files';
import { openDataPublication as text } from '../../i18n/opendata-columns';

/** Norsk lisens for offentlige data (NLOD) 2.0. */
export const LICENCE = {
  name: 'NLOD-2.0',
  title: 'Norsk lisens for offentlige data (NLOD) 2.0',
  path: 'https://data.norge.no/nlod/no/2.0',
  /** The URI DCAT-AP-NO and data.norge.no use for the licence. */
  uri: 'http://data.norge.no/nlod/no/2.0',
} as const;

/** The publisher: KS, which ran the programme's secretariat. */
export const PUBLISHER = {
  name: 'KS – Kommunesektorens organisasjon',
  /** Organisation number in the Central Coordinating Register (Enhetsregisteret). */
  orgnr: '971032146',
} as const;

/** When and from which content version the files were built. */
export interface BuildInfo {
  /** Build date, ÅÅÅÅ-MM-DD (UTC). */
  date: string;
  /** The commit the content comes from, or null when the build has none. */
  commit: string | null;
}

/**
 * The build's date and commit, reproducible: the date is SOURCE_DATE_EPOCH when set, else the
 * commit's date, else today (UTC); the commit is KB_COMMIT or GITHUB_SHA when set, else git's HEAD
 * in `cwd`, else null (a build from a copy without git history).
 */
export function buildInfo(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): BuildInfo {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      return null;
    }
  };
  const commit = env.KB_COMMIT || env.GITHUB_SHA || git('rev-parse', 'HEAD');
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : NaN;
  if (env.SOURCE_DATE_EPOCH && !Number.isSafeInteger(epoch)) {
    throw new Error(
      `SOURCE_DATE_EPOCH: verdien «${env.SOURCE_DATE_EPOCH}» skulle vært et heltall (sekunder siden 1970-01-01 UTC)`,
    );
  }
  const committed = commit ? git('log', '-1', '--format=%cI', commit) : null;
  const date = Number.isSafeInteger(epoch) ? new Date(epoch * 1000) : committed ? new Date(committed) : new Date();
  return { date: date.toISOString().slice(0, 10), commit };
}

/** The short form of a commit for a citation: its first 12 characters. */
export const shortCommit = (commit: string) => commit.slice(0, 12);

/** «Slik siterer du»: a suggested citation that names the build date and content version. */
export function citation(info: BuildInfo, dataUrl: string): string {
  return text.citation({
    publisher: PUBLISHER.name,
    year: info.date.slice(0, 4),
    date: info.date,
    version: info.commit ? shortCommit(info.commit) : null,
    licence: LICENCE.title,
    url: dataUrl,
  });
}

/** One file of /data/ as the data package and the catalogue list it. */
export interface DataFile {
  /** File name under /data/. */
  path: string;
  /** The table it holds, or null for a file of several tables (the spreadsheet). */
  table: Table | null;
  format: 'csv' | 'json' | 'xlsx';
  mediatype: string;
  bytes: number;
}

export const MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The Frictionless Data Package (v1) of /data/: every CSV file as a tabular resource with its
 * dialect and Table Schema (types, primary and foreign keys), the JSON and spreadsheet editions
 * as plain resources, all under NLOD 2.0.
 */
export function dataPackage(files: readonly DataFile[], info: BuildInfo, dataUrl: string): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'kompetansebanken',
    title: text.datasetTitle,
    description: text.packageDescription,
    homepage: dataUrl,
    version: info.commit ? shortCommit(info.commit) : info.date,
    created: `${info.date}T00:00:00Z`,
    licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
    contributors: [{ title: PUBLISHER.name, role: 'publisher' }],
    keywords: [...text.keywords],
    resources: files.map((f) => {
      const common = {
        path: f.path,
        format: f.format,
        mediatype: f.mediatype,
        bytes: f.bytes,
        licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
      };
      if (f.format === 'csv' && f.table) {
        return {
          profile: 'tabular-data-resource',
          name: f.table.name,
          title: f.table.title,
          description: f.table.description,
          ...common,
          encoding: 'utf-8',
          dialect: { ...CSV_DIALECT },
          schema: tableSchema(f.table),
        };
      }
      const name = f.path.replace(/\./g, '-');
      return {
        profile: 'data-resource',
        name,
        title: f.table ? text.inFormat(f.table.title, FILE_TYPES.json) : text.workbook,
        description: f.table
          ? text.jsonDescription(f.table.description, tableFiles(f.table.name)[2])
          : text.workbookDescription,
        ...common,
        ...(f.format === 'json' && { encoding: 'utf-8' }),
      };
    }),
  };
}

const EU = 'http://publications.europa.eu/resource/authority';
const FILE_TYPES = { csv: 'CSV', json: 'JSON', xlsx: 'XLSX' } as const;

/**
 * The DCAT-AP-NO (2.x) description of /data/ as JSON-LD: a catalogue with one dataset per table,
 * each with the mandatory properties of the profile (title, description, identifier, publisher,
 * contact point, theme, access rights) and its distributions (access and download URL, format,
 * media type, licence).
 */
export function dcatCatalog(
  tables: readonly Table[],
  files: readonly DataFile[],
  info: BuildInfo,
  dataUrl: string,
): Record<string, unknown> {
  const publisher = {
    '@id': `https://data.brreg.no/enhetsregisteret/api/enheter/${PUBLISHER.orgnr}`,
    '@type': 'foaf:Agent',
    'dct:identifier': PUBLISHER.orgnr,
    'foaf:name': { '@value': PUBLISHER.name, '@language': 'nb' },
  };
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': PUBLISHER.name,
    'vcard:hasURL': { '@id': new URL('/om/', dataUrl).href },
  };
  const nb = (text: string) => ({ '@value': text, '@language': 'nb' });
  const date = { '@value': info.date, '@type': 'xsd:date' };
  const datasets = tables.map((t) => ({
    '@id': `${dataUrl}#${t.name}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${dataUrl}#${t.name}`,
    'dct:title': nb(text.tableDataset(t.title)),
    'dct:description': nb(text.tableDatasetDescription(t.description)),
    'dct:publisher': publisher,
    'dcat:contactPoint': contact,
    'dcat:theme': [{ '@id': `${EU}/data-theme/GOVE` }, { '@id': `${EU}/data-theme/SOCI` }],
    'dcat:keyword': [nb(text.programme), nb(t.title)],
    'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
    'dct:language': { '@id': `${EU}/language/NOB` },
    'dct:modified': date,
    'dcat:landingPage': { '@id': dataUrl },
    'dcat:distribution': files
      .filter((f) => f.table === t || f.table === null)
      .map((f) => ({
        '@id': `${dataUrl}${f.path}`,
        '@type': 'dcat:Distribution',
        'dct:title': nb(text.inFormat(f.table ? t.title : text.workbook, FILE_TYPES[f.format])),
        'dcat:accessURL': { '@id': dataUrl },
        'dcat:downloadURL': { '@id': new URL(f.path, dataUrl).href },
        'dct:format': { '@id': `${EU}/file-type/${FILE_TYPES[f.format]}` },
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${f.mediatype}` },
        'dct:license': { '@id': LICENCE.uri },
        'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:decimal' },
        ...(f.format === 'csv' && { 'dct:conformsTo': { '@id': new URL('datapackage.json', dataUrl).href } }),
        ...(f.format === 'json' && { 'dct:conformsTo': { '@id': new URL(`${t.name}.schema.json`, dataUrl).href } }),
      })),
  }));
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${dataUrl}katalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': nb(text.datasetTitle),
    'dct:description': nb(text.datasetDescription),
    'dct:publisher': publisher,
    'dct:license': { '@id': LICENCE.uri },
    'dct:language': { '@id': `${EU}/language/NOB` },
    'dct:modified': date,
    'foaf:homepage': { '@id': dataUrl },
    'dcat:dataset': datasets,
  };
}
