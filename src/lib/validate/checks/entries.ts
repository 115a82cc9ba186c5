/**
 * The first check, over each file on its own: the file's place, type and name, its YAML, its
 * schema, invisible characters and duplicates. What passes becomes the `Content` the other
 * checks read; a file that fails still claims its id, so nothing referring to it is blamed too.
 */
import { ID_PATTERN } from '../../schemas';
import { z } from 'zod';
import {
  COLLECTIONS,
  ENTRY_COLLECTIONS,
  ENTRY_RECORDS,
  isEntryCollection,
  type EntryCollection,
} from '../../collections';
import { norwegianErrorMap } from '../describe';
import { checkDuplicates } from '../duplicates';
import { checkInvisible, checkInvisibleBody } from '../invisible';
import { lineOfItem } from '../lines';
import type { Problem } from '../problem';
import { yamlBoundsProblem } from '../yaml-bounds';
import type { CheckInput, Content, SourceFile } from './content';
import { closingDelimiterLine, firstLine, parseFile } from './parse-file';
import { issueProblem } from './schema-issue';

/** In the check an image is a path; its existence is checked separately. */
const imagePath = z.string().min(1, 'en sti til en bildefil, f.eks. ./bilder/navn.jpg');

/** Each entry collection's schema (from the registry) with an image as a path. */
export const CHECK_SCHEMAS = Object.fromEntries(ENTRY_RECORDS.map((r) => [r.name, r.schema(imagePath)])) as Record<
  EntryCollection,
  z.ZodType
>;

export function checkEntries(input: CheckInput): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const content: Content = { input, entries: new Map(), allIds: new Map(), sickLeaveFiles: [], surveyFiles: [] };
  for (const name of ENTRY_COLLECTIONS) {
    content.entries.set(name, new Map());
    content.allIds.set(name, new Set());
  }
  for (const file of input.files) {
    try {
      checkFile(content, file, problems);
    } catch (error) {
      // No content may crash the check without naming its file.
      problems.push(crashProblem(file.path, error));
    }
  }
  return { content, problems };
}

function checkFile(content: Content, file: SourceFile, problems: Problem[]) {
  const { input, entries, allIds } = content;
  const rel = file.path.slice(input.contentDir.length + 1);
  const [folder, ...rest] = rel.split('/');
  if (rest.length !== 1) return; // files in sub-folders (images) are not entries
  const fileName = rest[0]!;
  if (file.unreadable) {
    problems.push({
      file: file.path,
      line: file.unreadable.line,
      field: file.unreadable.field ?? '(tegnsett)',
      message: file.unreadable.message,
    });
    // Its id still exists, so entries that refer to it are not reported as well.
    if (folder !== undefined && isEntryCollection(folder)) allIds.get(folder)!.add(fileName.replace(/\.[^.]+$/, ''));
    return;
  }
  if (folder === COLLECTIONS.sykefravaer.folder) {
    if (fileName.endsWith('.csv')) content.sickLeaveFiles.push(file);
    return;
  }
  if (folder === COLLECTIONS.undersokelser.folder) {
    if (fileName.endsWith('.csv')) content.surveyFiles.push(file);
    return;
  }
  if (folder === undefined || !isEntryCollection(folder)) return;
  const spec: { extensions: readonly string[]; format: 'markdown' | 'yaml' } = COLLECTIONS[folder];
  const ext = fileName.slice(fileName.lastIndexOf('.'));
  if (fileName === 'README.md') return;
  if (!spec.extensions.includes(ext)) {
    problems.push({
      file: file.path,
      field: '(fil)',
      message: `filtypen «${ext}» leses ikke i ${folder}/; forventet ${spec.extensions.join(' eller ')}`,
    });
    return;
  }
  const id = fileName.slice(0, -ext.length);
  if (allIds.get(folder)!.has(id)) {
    problems.push({
      file: file.path,
      field: '(filnavn)',
      message: `id-en «${id}» er allerede brukt av en annen fil i ${folder}/ (samme navn, annen endelse); forventet ett unikt filnavn per side`,
    });
    return;
  }
  allIds.get(folder)!.add(id);
  if (!ID_PATTERN.test(id)) {
    problems.push({
      file: file.path,
      field: '(filnavn)',
      message: `fant «${id}»; forventet et filnavn med små bokstaver a-z, tall og bindestrek (æ=ae, ø=o, å=a), f.eks. «${suggestId(id)}»`,
    });
  }
  const parsed = parseFile(file, spec.format, problems);
  if (!parsed) return;
  if (spec.format === 'markdown') {
    // The body is the text after the closing ---; its lines are counted in the file.
    const end = closingDelimiterLine(file.text);
    problems.push(...checkInvisibleBody(file.path, file.text.split(/\r?\n/).slice(end).join('\n'), end + 1));
  }
  const unbounded = yamlBoundsProblem(file.path, spec.format === 'yaml' ? '(yaml)' : '(front matter)', parsed.data, 1);
  if (unbounded) {
    problems.push(unbounded);
    return;
  }
  const lineOf = (path: (string | number)[]) => lineOfItem(parsed.yaml, path, parsed.firstLine);
  const invisible = checkInvisible(file.path, parsed.data, lineOf);
  problems.push(...invisible);
  const result = CHECK_SCHEMAS[folder].safeParse(parsed.data, {
    error: norwegianErrorMap,
    reportInput: true,
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(issueProblem(file, parsed, issue));
    }
    return;
  }
  const duplicates = checkDuplicates(file.path, result.data as Record<string, unknown>, lineOf);
  problems.push(...duplicates);
  if (invisible.length || duplicates.length) return;
  entries.get(folder)!.set(id, {
    collection: folder,
    id,
    file,
    ...parsed,
    data: result.data as Record<string, unknown>,
  });
}

/** A problem for a file whose check failed unexpectedly: the file is named, the check goes on. */
function crashProblem(file: string, error: unknown): Problem {
  const detail = error instanceof RangeError ? 'filen er for stor eller for dypt nestet til å leses' : firstLine(error);
  return {
    file,
    field: '(fil)',
    message: `kunne ikke sjekkes: ${detail.length > 200 ? `${detail.slice(0, 197)}...` : detail}; forventet en fil i formatet som beskrives i docs/content-rules.md`,
  };
}

function suggestId(id: string) {
  return id
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
