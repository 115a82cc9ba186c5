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

function splitRecords(text: string, separator: string) {
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

/** Quotes a cell when it contains the separator, a quote or a line break. */
export function csvCell(value: string | number, separator = ';'): string {
  const s = String(value);
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}
