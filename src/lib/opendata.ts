/**
 * Open data: the tables behind /data/, defined once as columns (name, description, value) so
 * the CSV files, the JSON file and the column list on the page cannot disagree.
 *
 * CSV format, chosen for Norwegian Excel, which most users open these files in:
 * - separator `;` (Excel with Norwegian regional settings expects it, since `,` is the
 *   decimal mark there),
 * - UTF-8 with a byte-order mark (without it Excel reads æ, ø, å as garbage),
 * - CRLF line ends (RFC 4180), decimals written with a comma and negatives with the ASCII `-`
 *   (Excel reads them as numbers; see csvNumberCell in ./csv),
 * - no text cell can start a formula: a number column's values are numbers, every string is
 *   text and neutralised as OWASP advises when it starts with = + - @ tab or CR (csvTextCell),
 * - rows in a stable order (by id), so files can be compared between versions.
 */
import { csvCell } from './csv';

export interface Column<T> {
  /** Column name in the file header: lower case, no spaces. */
  name: string;
  /** What the column holds, in Norwegian, for the column list on /data/. */
  description: string;
  /**
   * The cell's value. Its type is the column's type in the CSV: a `number` is written as a number
   * (decimal comma, ASCII minus), a `string` as text, neutralised if it starts like a formula, even
   * when it looks like a number. Return numbers for numeric columns, never pre-formatted strings.
   */
  value: (row: T) => string | number | null | undefined;
}

/** A CSV file as Norwegian Excel opens it (see the module comment). */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => c.name).join(';')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON objects keyed by column name (numbers stay numbers). */
export function toJsonRows<T>(columns: readonly Column<T>[], rows: readonly T[]) {
  return rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c.name, c.value(row) ?? null])),
  );
}
