/**
 * The content check's view of the collection registry (src/lib/collections): each entry
 * collection's file kinds, its schema with an image as a path, and its noun for messages. No
 * table of its own: a collection is added in the registry.
 */
import { z } from 'zod';
import { COLLECTIONS as REGISTRY, ENTRY_RECORDS, type EntryCollection } from '../collections';

/** Folders under the content directory with one file per entry. */
export type CollectionName = EntryCollection;

export interface CollectionSpec {
  /** File extensions the collection reads, with the dot. */
  extensions: readonly string[];
  /** How a file is parsed: Markdown with front matter, or a YAML document. */
  format: 'markdown' | 'yaml';
  schema: z.ZodType;
  /** Norwegian noun used in messages, e.g. "et prosjekt". */
  noun: string;
}

/** In the check an image is a path; its existence is checked separately. */
const imagePath = z.string().min(1, 'en sti til en bildefil, f.eks. ./bilder/navn.jpg');

export const COLLECTIONS = Object.fromEntries(
  ENTRY_RECORDS.map((r): [CollectionName, CollectionSpec] => [
    r.name,
    { extensions: r.extensions, format: r.format, schema: r.schema(imagePath), noun: r.labels.indefinite },
  ]),
) as Record<CollectionName, CollectionSpec>;

const sickLeave = REGISTRY.sykefravaer;

/** Ids allowed in sykefravaer/referanse.csv: series that are not a single municipality. */
export const REFERENCE_SERIES = sickLeave.referenceFile.series;

/** The sick-leave folder, its reference file and its columns. */
export const SICK_LEAVE = {
  folder: sickLeave.folder,
  reference: sickLeave.referenceFile.name,
  columns: sickLeave.columns,
} as const;

/** The survey folder: any number of .csv files with the same columns (SURVEY_COLUMNS). */
export const SURVEY_FOLDER = REGISTRY.undersokelser.folder;
