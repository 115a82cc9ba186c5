/**
 * Content collections, one per record of the collection registry (src/lib/collections): its
 * folder, extensions, schema and id rule. This file only wires them to Astro's loaders. Every
 * entry's id is its file name without extension, so URLs follow file names.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../config/content-dir.mjs';
import { detectSeparator, parseCsv } from './lib/files/csv';
import { decodeContent } from './lib/files/encoding';
import { COLLECTIONS, type CollectionName, type EntryRecord, type TableRecord } from './lib/collections';

/**
 * A data file's rows, decoded strictly as UTF-8 (see src/lib/files/encoding.ts): a file saved in
 * Windows-1252 stops the build instead of publishing U+FFFD for æ, ø and å (the content check
 * reports it first, with the line).
 */
function readCsvRows(path: string) {
  const decoded = decodeContent(readFileSync(path), path);
  if (!decoded.ok) throw new Error(`${path}:${decoded.line} (tegnsett): ${decoded.message}`);
  return parseCsv(decoded.text, detectSeparator(decoded.text)).rows;
}

const idFromFile = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

/** Astro's glob pattern of a collection's extensions: `*.{md,mdx}`. */
const pattern = (record: EntryRecord) => `*.{${record.extensions.map((e) => e.slice(1)).join(',')}}`;

/**
 * One file per entry, in the record's folder (not its sub-folders, which hold images). The raw
 * Markdown is not kept in the content store (pages use the rendered HTML): at 10,000 projects it
 * was a third of a store that the build serialises and then compiles as one JavaScript module.
 */
const files = (record: EntryRecord) =>
  glob({
    pattern: pattern(record),
    base: `${contentDir}/${record.folder}`,
    generateId: idFromFile,
    ...(record.format === 'markdown' ? { retainBody: false } : {}),
  });

/**
 * Rows of the semicolon-separated files in the record's folder (sykefravaer/: municipalities and
 * reference series; undersokelser/: brukerundersøkelser and medarbeiderundersøkelser), each row an
 * entry with the record's row id. The content check validates every row, with file, line and
 * column, before Astro loads any collection (config/content-check.ts). A content folder without
 * the folder has no such rows.
 */
const rows = (record: TableRecord): Loader => ({
  name: `${record.folder}-csv`,
  load: async ({ store, parseData }) => {
    store.clear();
    const folder = resolve(process.cwd(), contentDir, record.folder);
    if (!record.required && !existsSync(folder)) return;
    for (const name of readdirSync(folder)
      .filter((f) => record.extensions.some((e) => f.endsWith(e)))
      .sort()) {
      const series = name.replace(/\.[^.]+$/, '');
      for (const { values } of readCsvRows(join(folder, name))) {
        const id = record.id.fromRow(series, values);
        const data = await parseData({ id, data: { ...values } });
        store.set({ id, data });
      }
    }
  },
});

const { kommuner, nettverk, prosjekter, verktoy, nyhetsbrev, historier, samlinger, sykefravaer, undersokelser } =
  COLLECTIONS;

/** One Astro collection per registry record, each with the record's loader and schema. */
export const collections = {
  kommuner: defineCollection({ loader: files(kommuner), schema: kommuner.schema() }),
  nettverk: defineCollection({ loader: files(nettverk), schema: nettverk.schema() }),
  prosjekter: defineCollection({ loader: files(prosjekter), schema: ({ image }) => prosjekter.entrySchema(image()) }),
  verktoy: defineCollection({ loader: files(verktoy), schema: verktoy.schema() }),
  nyhetsbrev: defineCollection({ loader: files(nyhetsbrev), schema: nyhetsbrev.schema() }),
  historier: defineCollection({ loader: files(historier), schema: ({ image }) => historier.entrySchema(image()) }),
  samlinger: defineCollection({ loader: files(samlinger), schema: samlinger.schema() }),
  sykefravaer: defineCollection({ loader: rows(sykefravaer), schema: sykefravaer.schema() }),
  undersokelser: defineCollection({ loader: rows(undersokelser), schema: undersokelser.schema() }),
} satisfies Record<CollectionName, unknown>;
