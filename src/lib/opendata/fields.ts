/**
 * Open data: every column of every table on /data/ is defined once, as a field with a name, a
 * type, a Norwegian description and a function that reads the value from a row. The CSV, the
 * JSON and its JSON Schema, the spreadsheet, the data package's Table Schema and the column list
 * on /data/ are all made from these definitions (./formats, ./xlsx, ./publication), so no column
 * is described twice and no format can disagree with another.
 */

/** A field's type, as the formats write it (see each format for how). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';

/** A value as a field returns it: dates are ISO strings (ÅÅÅÅ-MM-DD), lists are arrays of strings. */
export type FieldValue = string | number | boolean | readonly string[] | null | undefined;

export interface Field<T> {
  /** Column name: lower case ASCII, digits and underscores, as in the file header. */
  name: string;
  type: FieldType;
  /** What the column holds, in Norwegian bokmål, for the page, the schema and the spreadsheet. */
  description: string;
  /** The cell's value; null or undefined for an empty cell (allowed only when `optional`). */
  value: (row: T) => FieldValue;
  /** The cell may be empty. */
  optional?: boolean;
  /** The only values allowed (for a list: for each item). */
  enum?: readonly string[];
  /** A regular expression every value (string) matches, e.g. four digits for a municipality number. */
  pattern?: string;
}

export interface ForeignKey {
  /** The field of this table. */
  field: string;
  /** The table it refers to and that table's key field. */
  table: string;
  key: string;
}

/** A table of /data/: its file name (without extension), title, fields, keys and rows. */
export interface Table<T = unknown> {
  /** File name without extension; also the resource and sheet name. */
  name: string;
  /** Norwegian title. */
  title: string;
  /** What one row is, in Norwegian. */
  description: string;
  fields: readonly Field<T>[];
  /** The fields that identify a row. */
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKey[];
  rows: readonly T[];
}

/** The separator of list cells in the CSV files and the spreadsheet, e.g. `tana|alta`. */
export const LIST_SEPARATOR = '|';

/** How `ja`/`nei` cells read as booleans in the CSV files. */
export const TRUE_VALUE = 'ja';
export const FALSE_VALUE = 'nei';

/** Field names: lower-case ASCII, so that every tool and every language reads them unquoted. */
export const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A problem with a value, in Norwegian, naming table, row, field, value and what was expected. */
export class OpenDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Åpne data kan ikke lages:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'OpenDataError';
  }
}

const EXPECTED: Record<FieldType, string> = {
  string: 'en tekst',
  integer: 'et heltall',
  number: 'et endelig tall',
  boolean: 'sann eller usann',
  date: 'en dato på formen ÅÅÅÅ-MM-DD',
  list: `en liste av tekster uten «${LIST_SEPARATOR}»`,
};

/** What is wrong with one value of a field, or undefined when it is right. */
export function checkValue<T>(field: Field<T>, value: FieldValue): string | undefined {
  if (value === null || value === undefined) return field.optional ? undefined : 'et utfylt felt';
  const allowed = (v: string) => !field.enum || field.enum.includes(v);
  const matches = (v: string) => !field.pattern || new RegExp(field.pattern, 'u').test(v);
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return EXPECTED.string;
      if (!allowed(value)) return `en av ${field.enum!.join(', ')}`;
      return matches(value) ? undefined : `en tekst som passer mønsteret ${field.pattern}`;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? undefined : EXPECTED.integer;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : EXPECTED.number;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : EXPECTED.boolean;
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : EXPECTED.date;
    case 'list':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.includes(LIST_SEPARATOR)))
        return EXPECTED.list;
      return value.every(allowed) ? undefined : `elementer blant ${field.enum!.join(', ')}`;
  }
}

/**
 * Every row's values in field order, checked against the field definitions. All problems of all
 * tables are collected and thrown together (OpenDataError), never written as a silent default.
 */
export function tableValues(tables: readonly Table[]): Map<string, FieldValue[][]> {
  const problems: string[] = [];
  const out = new Map<string, FieldValue[][]>();
  for (const table of tables) {
    const rows = table.rows.map((row, i) =>
      table.fields.map((field) => {
        const value = field.value(row);
        const problem = checkValue(field, value);
        if (problem) {
          const key = table.primaryKey.map((k) => String(table.fields.find((f) => f.name === k)?.value(row))).join('/');
          problems.push(
            `${table.name}, rad ${i + 1} (${key}), felt «${field.name}»: verdien ${JSON.stringify(value)} skulle vært ${problem}`,
          );
        }
        return value;
      }),
    );
    out.set(table.name, rows);
  }
  if (problems.length) throw new OpenDataError(problems);
  return out;
}
