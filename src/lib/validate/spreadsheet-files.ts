/**
 * Attachments a spreadsheet opens (public/vedlegg/*.csv and *.tsv, which editors upload through
 * the CMS and the site publishes as they are): no cell may start a formula.
 *
 * The /data/ files are written by the site and neutralise such cells (csvTextCell in ../csv). An
 * attachment is the editor's own file and is published byte for byte, so the check refuses it
 * instead: a cell that starts with = + - @ (also after blanks, tab or CR; OWASP "CSV Injection")
 * is a formula when a reader opens the file in Excel, LibreOffice or Google Sheets, and could send
 * the reader's data elsewhere (=HYPERLINK, =WEBSERVICE) or start a program (DDE, =cmd|...).
 * A plain number such as -12 or -0,5 is a number, not a formula, and is allowed. Here, unlike in
 * the writer, the cell's text is all there is to go on: there are no column types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectSeparator, splitRecords, startsFormula } from '../files/csv';
import { readNumberCell } from '../schemas/number-cell';
import { showValue, type Problem } from './problem';
import { compareCodeUnits } from '../format/nb';

const SPREADSHEET_TEXT = /\.(csv|tsv)$/i;

/** Problems in one attachment's text; `path` is from the project root. */
export function checkSpreadsheetText(path: string, text: string): Problem[] {
  const body = text.replace(/^\uFEFF/, '');
  const separator = /\.tsv$/i.test(path) ? '\t' : detectSeparator(body);
  const records = splitRecords(body, separator);
  const header = records[0]?.cells.map((c) => c.trim()) ?? [];
  const problems: Problem[] = [];
  for (const { line, cells } of records) {
    cells.forEach((cell, i) => {
      if (!startsFormula(cell) || readNumberCell(cell) !== undefined) return;
      const first = cell.trim()[0] ?? cell[0]!;
      problems.push({
        file: path,
        line,
        field: `kolonne ${header[i] && line > 1 ? header[i] : i + 1}`,
        message: `fant ${showValue(cell)}, som starter med «${visible(first)}»: et regneark (Excel, LibreOffice, Google Regneark) leser cellen som en formel og kan kjøre den når en leser åpner vedlegget (CSV-injeksjon); forventet tekst eller et tall uten formel. Fjern tegnet først i cellen, eller skriv resultatet i stedet for formelen`,
      });
    });
  }
  return problems;
}

const visible = (ch: string) => (ch === '\t' ? 'tabulator' : ch === '\r' ? 'vognretur' : ch);

/** Every .csv and .tsv file in `folder` (from `root`, e.g. public/vedlegg). */
export function checkSpreadsheetFiles(root: string, folder: string): Problem[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && SPREADSHEET_TEXT.test(f.name))
    .sort((a, b) => compareCodeUnits(a.name, b.name))
    .flatMap((f) =>
      // Formula characters are ASCII: a file in another encoding is scanned just as well.
      checkSpreadsheetText(`${folder}/${f.name}`, new TextDecoder('utf-8').decode(readFileSync(join(dir, f.name)))),
    );
}
