/**
 * The sick-leave tables (sykefravaer/*.csv): the columns, each row against sickLeaveRowSchema,
 * the municipality (or reference series) exists, and one row per municipality, quarter and sector.
 */
import { sickLeaveRowSchema } from '../../schemas';
import { COLLECTIONS } from '../../collections';
import { readDataTable } from '../data-table';
import { norwegianErrorMap } from '../describe';
import { showValue, type Problem } from '../problem';
import { closest } from '../suggest';
import type { Content } from './content';

/** The sick-leave table's reference file, its series and the columns of every file (registry facts). */
const { referenceFile, columns } = COLLECTIONS.sykefravaer;
const REFERENCE_SERIES: readonly string[] = referenceFile.series;

export function checkSickLeave({ input, sickLeaveFiles, allIds }: Content): Problem[] {
  const problems: Problem[] = [];
  const municipalities = allIds.get('kommuner')!;
  for (const file of sickLeaveFiles) {
    const isReference = file.path.endsWith(`/${referenceFile.name}`);
    const known: Set<string> = isReference ? new Set(REFERENCE_SERIES) : municipalities;
    const table = readDataTable(file, columns);
    problems.push(...table.problems);
    if (!table.rows) continue;
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const result = sickLeaveRowSchema.safeParse(row.values, {
        error: norwegianErrorMap,
        reportInput: true,
      });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = String(issue.path[0] ?? '(rad)');
          const found = showValue(row.values[column]);
          problems.push({
            file: file.path,
            line: row.line,
            field: `kolonne ${column}`,
            message:
              issue.code === 'custom'
                ? `${issue.message} (fant ${found} av ${row.values.avtalte_dagsverk})`
                : `fant ${found}; forventet ${issue.message}`,
          });
        }
        continue;
      }
      const r = result.data;
      if (!known.has(r.kommune)) {
        const guess = closest(r.kommune, known);
        problems.push({
          file: file.path,
          line: row.line,
          field: 'kolonne kommune',
          message: isReference
            ? `fant «${r.kommune}»; forventet en av ${REFERENCE_SERIES.map((s) => `«${s}»`).join(', ')}`
            : `fant «${r.kommune}»; forventet id-en til en kommune i ${input.contentDir}/kommuner/${guess ? ` (mente du «${guess}»?)` : ''}`,
        });
      }
      const key = `${r.kommune}|${r.år}|${r.kvartal}|${r.sektor}`;
      const previous = seen.get(key);
      if (previous) {
        problems.push({
          file: file.path,
          line: row.line,
          field: '(rad)',
          message: `${r.kommune} ${r.år} kvartal ${r.kvartal} (${r.sektor}) står også på linje ${previous}; forventet én rad per kommune, kvartal og sektor`,
        });
      } else seen.set(key, row.line);
    }
  }
  return problems;
}
