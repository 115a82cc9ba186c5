/**
 * Content collections. The schemas live in src/lib/schemas (shared with the content check);
 * this file only wires them to Astro's loaders. Every entry's id is its file name without
 * extension, so URLs follow file names.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../config/content-dir.mjs';
import { awaitContentCheck } from '../config/content-check-shared.mjs';
import { detectSeparator, parseCsv } from './lib/csv';
import { decodeContent } from './lib/encoding';
import {
  gatheringSchema,
  municipalitySchema,
  networkSchema,
  newsletterSchema,
  projectEntrySchema,
  sickLeaveRowSchema,
  storyEntrySchema,
  surveyRowSchema,
  toolSchema,
} from './lib/schemas';

/**
 * A data file's rows, decoded strictly as UTF-8 (see src/lib/encoding.ts): a file saved in
 * Windows-1252 stops the build instead of publishing U+FFFD for æ, ø and å (the content check
 * reports it first, with the line).
 */
function readCsvRows(path: string) {
  const decoded = decodeContent(readFileSync(path), path);
  if (!decoded.ok) throw new Error(`${path}:${decoded.line} (tegnsett): ${decoded.message}`);
  return parseCsv(decoded.text, detectSeparator(decoded.text)).rows;
}

const idFromFile = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

/**
 * `astro build` checks the content on another thread while these loaders run
 * (config/content-check.ts). Each loader waits for that check, and when the content has
 * problems it fails with the check's full list, even when Astro has already stopped at one.
 */
const checked = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    try {
      await loader.load(context);
    } catch (error) {
      await awaitContentCheck();
      throw error;
    }
    await awaitContentCheck();
  },
});

/**
 * Markdown and MDX entries of one folder (not its sub-folders, which hold images). The raw
 * Markdown is not kept in the content store (pages use the rendered HTML): at 10,000 projects it
 * was a third of a store that the build serialises and then compiles as one JavaScript module.
 */
const markdown = (folder: string) =>
  checked(glob({ pattern: '*.{md,mdx}', base: `${contentDir}/${folder}`, generateId: idFromFile, retainBody: false }));

/** One YAML file per entry. */
const yaml = (folder: string) =>
  checked(glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/${folder}`, generateId: idFromFile }));

/**
 * Sick-leave rows from the semicolon-separated files in sykefravaer/. The content check
 * validates every row, with file, line and column (see `checked`).
 */
const sickLeaveLoader: Loader = {
  name: 'sykefravaer-csv',
  load: async ({ store, parseData }) => {
    store.clear();
    const folder = resolve(process.cwd(), contentDir, 'sykefravaer');
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      .sort()) {
      const series = name.replace(/\.csv$/, '');
      for (const { values } of readCsvRows(join(folder, name))) {
        const id = `${series}/${values.kommune}/${values.år}-${values.kvartal}/${values.sektor}`;
        const data = await parseData({ id, data: { ...values } });
        store.set({ id, data });
      }
    }
  },
};

/**
 * Survey scores from the semicolon-separated files in undersokelser/ (brukerundersøkelser and
 * medarbeiderundersøkelser), validated row by row by the content check. A content
 * folder without undersokelser/ simply has no survey results.
 */
const surveyLoader: Loader = {
  name: 'undersokelser-csv',
  load: async ({ store, parseData }) => {
    store.clear();
    const folder = resolve(process.cwd(), contentDir, 'undersokelser');
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      .sort()) {
      for (const { values } of readCsvRows(join(folder, name))) {
        const id = `${values.kommune}/${values.undersøkelse}/${values.tjeneste}/${values.år}`;
        const data = await parseData({ id, data: { ...values } });
        store.set({ id, data });
      }
    }
  },
};

export const collections = {
  kommuner: defineCollection({ loader: yaml('kommuner'), schema: municipalitySchema }),
  nettverk: defineCollection({ loader: yaml('nettverk'), schema: networkSchema }),
  prosjekter: defineCollection({
    loader: markdown('prosjekter'),
    schema: ({ image }) => projectEntrySchema(image()),
  }),
  verktoy: defineCollection({ loader: markdown('verktoy'), schema: toolSchema }),
  nyhetsbrev: defineCollection({ loader: markdown('nyhetsbrev'), schema: newsletterSchema }),
  historier: defineCollection({
    loader: markdown('historier'),
    schema: ({ image }) => storyEntrySchema(image()),
  }),
  samlinger: defineCollection({ loader: markdown('samlinger'), schema: gatheringSchema }),
  sykefravaer: defineCollection({ loader: checked(sickLeaveLoader), schema: sickLeaveRowSchema }),
  undersokelser: defineCollection({ loader: checked(surveyLoader), schema: surveyRowSchema }),
};
