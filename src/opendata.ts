/** The open-data files, built from the same collections as the pages (see src/lib/opendata-tables.ts). */
import { getCollection } from 'astro:content';
import { getContent } from './content';
import { toCsv, toJsonRows } from './lib/opendata';
import {
  byId,
  municipalityColumns,
  projectColumns,
  sickLeaveColumns,
  sickLeaveOrder,
  surveyColumns,
  surveyOrder,
} from './lib/opendata-tables';

export async function openDataFiles() {
  const content = await getContent();
  const rows = (await getCollection('sykefravaer')).map((r) => r.data).sort(sickLeaveOrder);
  const surveys = (await getCollection('undersokelser')).map((r) => r.data).sort(surveyOrder);
  const projects = [...content.projects].sort(byId);
  const municipalities = [...content.municipalities].sort(byId);
  const pc = projectColumns(content);
  return {
    'prosjekter.csv': { type: 'text/csv; charset=utf-8', body: toCsv(pc, projects), rows: projects.length },
    'prosjekter.json': {
      type: 'application/json; charset=utf-8',
      body: `${JSON.stringify(toJsonRows(pc, projects), null, 1)}\n`,
      rows: projects.length,
    },
    'kommuner.csv': { type: 'text/csv; charset=utf-8', body: toCsv(municipalityColumns, municipalities), rows: municipalities.length },
    'sykefravaer.csv': { type: 'text/csv; charset=utf-8', body: toCsv(sickLeaveColumns, rows), rows: rows.length },
    'undersokelser.csv': { type: 'text/csv; charset=utf-8', body: toCsv(surveyColumns, surveys), rows: surveys.length },
  };
}
