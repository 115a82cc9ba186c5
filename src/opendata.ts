/** The open-data files of /data/, built once per build from the same collections as the pages (see src/lib/opendata). */
import { getCollection } from 'astro:content';
import { getContent } from './content';
import { getResults } from './results';
import { openDataText } from './i18n/opendata';
import { openDataTables } from './lib/opendata/tables';
import { publish } from './lib/opendata/publish';
import { buildInfo } from './lib/opendata/publication';

async function load() {
  const [content, results, sickLeave, surveys] = await Promise.all([
    getContent(),
    getResults(),
    getCollection('sykefravaer'),
    getCollection('undersokelser'),
  ]);
  const site = import.meta.env.SITE;
  const dataUrl = new URL('/data/', site).href;
  const tables = openDataTables({
    content,
    sickLeave: sickLeave.map((r) => r.data),
    surveys: surveys.map((r) => r.data),
    goalsOf: (p) => results.goalsOf(p),
    site,
  });
  const info = buildInfo();
  const { files } = await publish(tables, info, dataUrl, openDataText.workbookIntro, openDataText.workbookTitle);
  return { tables, files, info, dataUrl };
}

let cached: ReturnType<typeof load> | undefined;

/** The tables, the files by name and the build info; made on first use, then shared. */
export function openData() {
  cached ??= load();
  return cached;
}
