/** The open-data files of /data/, built once per build from the same collections as the pages (see src/lib/opendata). */
import { getCollection } from 'astro:content';
import { getContent } from './content';
import { getResults } from './results';
import { openDataText } from '../i18n/opendata';
import { openDataTables } from '../lib/opendata/tables';
import { selectionCsv, selectionOf } from '../lib/opendata/selection';
import { projectListings } from '../lib/presentation/listings';
import { publish } from '../lib/opendata/publish';
import { buildInfo } from '../lib/opendata/publication';

async function load() {
  const started = performance.now();
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
  const tablesMade = performance.now();
  const { files, values } = await publish(
    tables,
    info,
    dataUrl,
    openDataText.workbookIntro,
    openDataText.workbookTitle,
  );
  const bytes = [...files.values()].reduce((sum, f) => sum + f.bytes, 0);
  // One line in the build log: what /data/ holds and what making it cost (docs/benchmarks.md).
  console.info(
    `[opendata] Åpne data: ${files.size} filer, ${Math.round(bytes / 1024)} kB; tabellene på ${((tablesMade - started) / 1000).toFixed(1)} s (med innlasting), filene på ${((performance.now() - tablesMade) / 1000).toFixed(1)} s.`,
  );
  return { tables, files, values, info, dataUrl };
}

let cached: ReturnType<typeof load> | undefined;

/** The tables, the files by name and the build info; made on first use, then shared. */
export function openData() {
  cached ??= load();
  return cached;
}

async function loadSelections() {
  const [data, content] = await Promise.all([openData(), getContent()]);
  const projects = data.tables.find((t) => t.name === 'prosjekter')!;
  const values = data.values.get('prosjekter')!;
  const files = new Map<string, { body: string; bytes: number }>();
  for (const listing of projectListings(content)) {
    const selection = selectionOf(listing);
    if (!selection) continue;
    const body = selectionCsv(projects, values, new Set(listing.projects.map((p) => p.id)));
    files.set(selection.href, { body, bytes: new TextEncoder().encode(body).length });
  }
  return files;
}

let selections: ReturnType<typeof loadSelections> | undefined;

/** The CSV file of each sector, pool, county and focus listing, by URL. */
export function openDataSelections() {
  selections ??= loadSelections();
  return selections;
}
