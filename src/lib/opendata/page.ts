/** What /data/ shows, ready for the template: per table its files with sizes, row count, keys and columns. */
import { formatInteger } from '../format/nb';
import type { Table } from './fields';
import type { PublishedFile } from './publish';
import { typeLabel } from './xlsx';

/** A file size as the page shows it: whole kilobytes, rounded up, «12 kB». */
export const formatSize = (bytes: number) => `${formatInteger(Math.ceil(bytes / 1024))} kB`;

export interface PageFile {
  name: string;
  href: string;
  size: string;
}

export function pageFile(files: ReadonlyMap<string, PublishedFile>, name: string): PageFile {
  const f = files.get(name);
  if (!f) throw new Error(`Åpne data: filen «${name}» ble ikke laget`);
  return { name, href: `/data/${name}`, size: formatSize(f.bytes) };
}

export function pageTables(tables: readonly Table[], files: ReadonlyMap<string, PublishedFile>) {
  return tables.map((t) => ({
    id: `tabell-${t.name}`,
    name: t.name,
    title: t.title,
    description: t.description,
    rows: formatInteger(t.rows.length),
    files: [`${t.name}.csv`, `${t.name}.json`, `${t.name}.schema.json`].map((n) => pageFile(files, n)),
    primaryKey: t.primaryKey.join(', '),
    foreignKeys: t.foreignKeys.map((k) => ({ field: k.field, target: `${k.table}.${k.key}` })),
    columns: t.fields.map((f) => ({
      name: f.name,
      type: typeLabel(f),
      description: f.description,
    })),
  }));
}

/**
 * The download link under a project listing: the listing's selection file with its size, the
 * whole projects table on the overview (which has no selection file of its own), or none.
 */
export function selectionLink(
  selection: { href: string } | null | undefined,
  file: Pick<PublishedFile, 'bytes'> | undefined,
  isOverview: boolean,
  text: { button: string; all: string },
): { href: string; text: string; size: string | null } | null {
  if (selection && file) return { href: selection.href, text: text.button, size: formatSize(file.bytes) };
  return isOverview ? { href: '/data/prosjekter.csv', text: text.all, size: null } : null;
}
