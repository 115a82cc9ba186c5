/**
 * The spreadsheet edition of /data/ (kompetansebanken.xlsx, written with exceljs): a first sheet
 * that explains every table and column, with the licence and the citation, then one sheet per
 * table with its header row frozen. Cells are typed from the field definitions: municipality
 * numbers and every other text are text (0906 keeps its zero), numbers are numbers, dates are
 * dates, booleans are booleans, lists are text joined with LIST_SEPARATOR. No cell is a formula
 * (exceljs writes a string as a string).
 *
 * Reproducible: the workbook's dates are the build date, and the zip is packed again with every
 * entry dated the build date (exceljs's zip library stamps entries with the current time).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  FALSE_VALUE,
  LIST_SEPARATOR,
  TRUE_VALUE,
  type Field,
  type FieldType,
  type FieldValue,
  type Table,
} from './fields';
import { LICENCE, type BuildInfo } from './publication';
import { openDataPublication as words } from '../../i18n/opendata-columns';
import { openDataText } from '../../i18n/opendata';

/** The Norwegian name of each type, for the explaining sheet and the page. */
export const TYPE_LABELS: Record<FieldType, string> = {
  ...words.types,
  boolean: words.types.boolean(TRUE_VALUE, FALSE_VALUE),
  list: words.types.list(LIST_SEPARATOR),
};

/** A column's type as the explaining sheet and the page name it: «tekst», «tekst, kan være tom». */
export const typeLabel = (field: Pick<Field<unknown>, 'type' | 'optional'>) =>
  field.optional ? words.optional(TYPE_LABELS[field.type]) : TYPE_LABELS[field.type];

export const ABOUT_SHEET = words.sheet.name;

function cellValue(type: FieldType, value: FieldValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join(LIST_SEPARATOR) : null;
  if (type === 'date') return new Date(`${value as string}T00:00:00Z`);
  return value as string | number | boolean;
}

export interface WorkbookText {
  title: string;
  /** Lines under the title: what the data is, the example-data note, the citation. */
  intro: readonly string[];
}

/** The workbook as xlsx bytes. */
export async function toXlsx(
  tables: readonly Table[],
  values: ReadonlyMap<string, readonly FieldValue[][]>,
  info: BuildInfo,
  text: WorkbookText,
): Promise<Uint8Array> {
  const built = new Date(`${info.date}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kompetansebanken';
  wb.created = built;
  wb.modified = built;
  wb.title = text.title;

  const about = wb.addWorksheet(ABOUT_SHEET, { views: [{ state: 'frozen', ySplit: 0, xSplit: 0 }] });
  about.columns = [{ width: 22 }, { width: 22 }, { width: 18 }, { width: 100 }];
  about.addRow([text.title]).font = { bold: true, size: 14 };
  for (const line of text.intro) about.addRow([line]);
  about.addRow([openDataText.licenceHeading, LICENCE.title, LICENCE.path]);
  about.addRow([]);
  const header = about.addRow([words.sheet.sheet, openDataText.column, openDataText.type, words.sheet.description]);
  header.font = { bold: true };
  for (const t of tables) {
    about.addRow([t.name, '', '', words.sheet.table(t.title, t.description)]).font = { italic: true };
    for (const f of t.fields) about.addRow([t.name, f.name, typeLabel(f), f.description]);
  }

  for (const t of tables) {
    const sheet = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.fields.map((f) => ({
      header: f.name,
      key: f.name,
      width: Math.min(50, Math.max(10, f.name.length + 2)),
      style:
        f.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : f.type === 'string' || f.type === 'list' ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of values.get(t.name) ?? []) sheet.addRow(row.map((v, i) => cellValue(t.fields[i]!.type, v)));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.fields.length } };
  }

  const written = await wb.xlsx.writeBuffer();
  return repack(new Uint8Array(written as ArrayBuffer), built);
}

/** The same zip with every entry dated `date`, in the same order, so equal input gives equal bytes. */
async function repack(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
