/**
 * The content check: validates every content file against its schema and every reference
 * between collections, and returns all problems at once. Pure apart from the `fileExists`
 * callback, so it is tested on in-memory files; src/lib/validate/read.ts feeds it from disk.
 *
 * The first check (checks/entries.ts) reads each file on its own and makes the `Content` the
 * others read; each of those is one file in checks/, and every one runs, so one run names every
 * problem.
 */
import type { Problem } from './problem';
import { checkBodyLinks } from './checks/body-links';
import type { Check, CheckInput } from './checks/content';
import { checkEntries } from './checks/entries';
import { checkFiles } from './checks/files';
import { checkMunicipalities } from './checks/municipalities';
import { checkNewsletters } from './checks/newsletters';
import { checkPlaceholders } from './checks/placeholders';
import { checkReferences } from './checks/references';
import { checkSickLeave } from './checks/sick-leave';
import { checkSurveys } from './checks/surveys';

export type { CheckInput, SourceFile } from './checks/content';

/** The checks over the whole content, in the order their problems are listed. */
const CHECKS: readonly Check[] = [
  checkReferences,
  checkMunicipalities,
  checkNewsletters,
  checkFiles,
  checkPlaceholders,
  checkBodyLinks,
  checkSickLeave,
  checkSurveys,
];

export interface CheckResult {
  problems: Problem[];
  /** Number of entries per collection that passed their schema. */
  counts: Record<string, number>;
}

export function checkContent(input: CheckInput): CheckResult {
  const { content, problems } = checkEntries(input);
  for (const check of CHECKS) problems.push(...check(content));
  const counts: Record<string, number> = {};
  for (const [name, map] of content.entries) counts[name] = map.size;
  return { problems, counts };
}
