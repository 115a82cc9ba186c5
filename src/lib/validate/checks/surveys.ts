/**
 * The content check of the survey files (src/content/undersokelser/*.csv): every row against
 * surveyRowSchema, then the rules that need more than one row or another collection. Every
 * problem names the file, the line and the column, and all of them are reported in one run.
 *
 * - the header has exactly the columns of SURVEY_COLUMNS (in any order);
 * - a row has as many cells as the header;
 * - each cell is valid (schema: survey and service from the vocabulary, a four-digit year in
 *   the data range, a score on the row's scale, a scale such as 1-6);
 * - the municipality exists in kommuner/ (with a suggestion for a likely typo);
 * - one row per municipality, survey, service and year, across all files;
 * - one scale per series (municipality, survey and service).
 */
import { SURVEY_COLUMNS, SURVEY_SERVICES, SURVEYS, surveyRowSchema } from '../../schemas/survey';
import { readDataTable } from '../data-table';
import { norwegianErrorMap } from '../describe';
import { showValue, type Problem } from '../problem';
import { closest } from '../suggest';
import type { Content } from './content';

/** Vocabularies of the columns that take one of a list of values, for "mente du" hints. */
const VOCABULARIES: Record<string, readonly string[]> = {
  undersøkelse: SURVEYS,
  tjeneste: SURVEY_SERVICES,
};

const where = (file: string, line: number, other: { file: string; line: number }) =>
  other.file === file ? `linje ${other.line}` : `${other.file} linje ${other.line}`;

export function checkSurveys({ input, surveyFiles, allIds }: Content): Problem[] {
  const problems: Problem[] = [];
  const { contentDir } = input;
  const municipalities = allIds.get('kommuner')!;
  const seen = new Map<string, { file: string; line: number }>();
  const scales = new Map<string, { file: string; line: number; scale: string }>();
  for (const file of surveyFiles) {
    const table = readDataTable(file, SURVEY_COLUMNS);
    problems.push(...table.problems);
    if (!table.rows) continue;
    for (const row of table.rows) {
      const at = (column: string, message: string): Problem => ({
        file: file.path,
        line: row.line,
        field: column === '(rad)' ? column : `kolonne ${column}`,
        message,
      });
      const result = surveyRowSchema.safeParse(row.values, { error: norwegianErrorMap, reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = String(issue.path[0] ?? '(rad)');
          const raw = row.values[column];
          const found = showValue(raw);
          const vocabulary = VOCABULARIES[column];
          const guess = vocabulary && raw ? closest(raw, vocabulary) : undefined;
          problems.push(
            at(
              column,
              issue.code === 'custom'
                ? `${issue.message} (fant ${found})`
                : `fant ${found}; forventet ${issue.message}${guess ? ` (mente du «${guess}»?)` : ''}`,
            ),
          );
        }
        continue;
      }
      const r = result.data;
      if (!municipalities.has(r.kommune)) {
        const guess = closest(r.kommune, municipalities);
        problems.push(
          at(
            'kommune',
            `fant «${r.kommune}»; forventet id-en til en kommune i ${contentDir}/kommuner/${guess ? ` (mente du «${guess}»?)` : ''}`,
          ),
        );
      }
      const here = { file: file.path, line: row.line };
      const key = `${r.kommune}|${r.undersøkelse}|${r.tjeneste}|${r.år}`;
      const previous = seen.get(key);
      if (previous) {
        problems.push(
          at(
            '(rad)',
            `${r.kommune} ${r.undersøkelse} ${r.tjeneste} ${r.år} står også på ${where(file.path, row.line, previous)}; forventet én rad per kommune, undersøkelse, tjeneste og år`,
          ),
        );
      } else seen.set(key, here);
      const seriesKey = `${r.kommune}|${r.undersøkelse}|${r.tjeneste}`;
      const scale = `${r.skala.fra}-${r.skala.til}`;
      const first = scales.get(seriesKey);
      if (!first) scales.set(seriesKey, { ...here, scale });
      else if (first.scale !== scale) {
        problems.push(
          at(
            'skala',
            `fant «${row.values.skala}», men ${r.kommune} ${r.undersøkelse} ${r.tjeneste} har skalaen «${first.scale}» på ${where(file.path, row.line, first)}; forventet samme skala i hele serien`,
          ),
        );
      }
    }
  }
  return problems;
}
