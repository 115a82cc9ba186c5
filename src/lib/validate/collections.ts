/**
 * What the content check knows about each collection: its folder, file kinds and schema.
 * The same schemas feed src/content.config.ts.
 */
import { z } from 'zod';
import {
  gatheringSchema,
  municipalitySchema,
  networkSchema,
  newsletterSchema,
  projectSchema,
  storySchema,
  toolSchema,
} from '../schemas';

/** Folders under the content directory, one per collection. */
export type CollectionName =
  'kommuner' | 'nettverk' | 'prosjekter' | 'verktoy' | 'nyhetsbrev' | 'historier' | 'samlinger';

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

const MARKDOWN = ['.md', '.mdx'] as const;
const YAML = ['.yaml', '.yml'] as const;

export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  kommuner: { extensions: YAML, format: 'yaml', schema: municipalitySchema, noun: 'en kommune' },
  nettverk: { extensions: YAML, format: 'yaml', schema: networkSchema, noun: 'et nettverk' },
  prosjekter: {
    extensions: MARKDOWN,
    format: 'markdown',
    schema: projectSchema(imagePath),
    noun: 'et prosjekt',
  },
  verktoy: { extensions: MARKDOWN, format: 'markdown', schema: toolSchema, noun: 'et verktøy' },
  nyhetsbrev: {
    extensions: MARKDOWN,
    format: 'markdown',
    schema: newsletterSchema,
    noun: 'et nyhetsbrev',
  },
  historier: {
    extensions: MARKDOWN,
    format: 'markdown',
    schema: storySchema(imagePath),
    noun: 'en historie',
  },
  samlinger: {
    extensions: MARKDOWN,
    format: 'markdown',
    schema: gatheringSchema,
    noun: 'en samling',
  },
};

/** Ids allowed in sykefravaer/referanse.csv: series that are not a single municipality. */
export const REFERENCE_SERIES = ['ovrige-kommuner', 'landet'] as const;

/** The sick-leave folder and its two files. */
export const SICK_LEAVE = {
  folder: 'sykefravaer',
  municipalities: 'kommuner.csv',
  reference: 'referanse.csv',
  columns: ['kommune', 'år', 'kvartal', 'sektor', 'tapte_dagsverk', 'avtalte_dagsverk'],
} as const;

/** The survey folder: any number of .csv files with the same columns (SURVEY_COLUMNS). */
export const SURVEY_FOLDER = 'undersokelser';
