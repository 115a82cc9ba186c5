/**
 * A content data table (sykefravaer/*.csv, undersokelser/*.csv) read for the content check: the
 * header against the table's columns, and the rows whose number of cells differs from the header.
 */
import { detectSeparator, parseCsv, type CsvRow } from '../files/csv';
import type { Problem } from './problem';

export interface DataTable {
  /** The well-formed rows, or undefined when the header is wrong (then the rows are not checked). */
  rows: CsvRow[] | undefined;
  /** One problem for a wrong header, else one per row with too few or too many cells. */
  problems: Problem[];
}

/**
 * Reads `file` as a table with exactly `columns` (in any order). A header with a missing or an
 * extra column is one problem for the whole file; otherwise every malformed row is a problem and
 * the other rows are returned for the cell checks.
 */
export function readDataTable(file: { path: string; text: string }, columns: readonly string[]): DataTable {
  const table = parseCsv(file.text, detectSeparator(file.text));
  const missing = columns.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((c) => !columns.includes(c));
  if (missing.length || extra.length) {
    return {
      rows: undefined,
      problems: [
        {
          file: file.path,
          line: 1,
          field: '(kolonner)',
          message: `fant kolonnene ${table.header.map((c) => `«${c}»`).join(', ')}; forventet ${columns.join(';')}`,
        },
      ],
    };
  }
  return {
    rows: table.rows,
    problems: table.malformed.map(({ line, cells }) => ({
      file: file.path,
      line,
      field: '(rad)',
      message: `fant ${cells} celler; forventet ${table.header.length} adskilt med semikolon`,
    })),
  };
}
