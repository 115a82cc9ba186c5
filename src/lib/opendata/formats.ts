/**
 * The files of one table, made from its field definitions (./fields):
 *
 * CSV, for Norwegian Excel, which most users open these files in:
 * - separator `;` (Excel with Norwegian regional settings expects it, since `,` is the decimal mark),
 * - UTF-8 with a byte-order mark (without it Excel reads æ, ø, å as garbage), CRLF line ends,
 * - numbers with a decimal comma and the ASCII `-`, booleans as ja/nei, dates as ÅÅÅÅ-MM-DD,
 *   lists joined with LIST_SEPARATOR,
 * - every cell through the formula-neutralising writers of ../csv (csvCell, csvTextCell): no text
 *   cell can start a formula.
 *
 * JSON: an array of objects with real arrays, numbers, booleans, null and ISO dates, described by
 * a JSON Schema (2020-12) made from the same fields; and the table's Table Schema (Frictionless)
 * for the data package, whose fields match the CSV header.
 */
import { csvCell, csvTextCell } from '../files/csv';
import { FALSE_VALUE, LIST_SEPARATOR, TRUE_VALUE, type Field, type FieldValue, type Table } from './fields';

/** One CSV cell of a field's value. */
export function csvFieldCell(field: Pick<Field<unknown>, 'type'>, value: FieldValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? TRUE_VALUE : FALSE_VALUE;
  if (Array.isArray(value)) return value.length ? csvTextCell(value.join(LIST_SEPARATOR)) : '';
  if (field.type === 'date') return csvTextCell(value as string);
  return csvCell(value as string | number);
}

/** The CSV file of a table: header of field names, then one line per row (see the module comment). */
export function toCsv(table: Pick<Table, 'fields'>, values: readonly FieldValue[][]): string {
  const lines = [table.fields.map((f) => f.name).join(';')];
  for (const row of values) lines.push(row.map((v, i) => csvFieldCell(table.fields[i]!, v)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The rows as JSON objects keyed by field name; an empty value is null. */
export function toJsonRows(table: Pick<Table, 'fields'>, values: readonly FieldValue[][]): Record<string, unknown>[] {
  return values.map((row) => Object.fromEntries(row.map((v, i) => [table.fields[i]!.name, v ?? null])));
}

/** The JSON file of a table: its rows, one object per line, so that a diff shows the changed rows. */
export function toJson(table: Pick<Table, 'fields'>, values: readonly FieldValue[][]): string {
  const rows = toJsonRows(table, values).map((r) => JSON.stringify(r));
  return rows.length ? `[\n${rows.join(',\n')}\n]\n` : '[]\n';
}

function jsonSchemaOfField(field: Field<unknown>): Record<string, unknown> {
  const base: Record<string, unknown> = (() => {
    switch (field.type) {
      case 'string':
        return {
          type: 'string',
          ...(field.enum && { enum: [...field.enum] }),
          ...(field.pattern && { pattern: field.pattern }),
        };
      case 'integer':
        return { type: 'integer' };
      case 'number':
        return { type: 'number' };
      case 'boolean':
        return { type: 'boolean' };
      case 'date':
        return { type: 'string', format: 'date' };
      case 'list':
        return {
          type: 'array',
          items: {
            type: 'string',
            ...(field.enum && { enum: [...field.enum] }),
            pattern: `^[^${LIST_SEPARATOR.replace(/[|\\^\]-]/g, '\\$&')}]*$`,
          },
        };
    }
  })();
  const described = { description: field.description, ...base };
  return field.optional ? { description: field.description, anyOf: [base, { type: 'null' }] } : described;
}

/** The JSON Schema (2020-12) of a table's JSON file: an array of objects with exactly these fields. */
export function jsonSchema(table: Table, id: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: table.title,
    description: table.description,
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: table.fields.map((f) => f.name),
      properties: Object.fromEntries(table.fields.map((f) => [f.name, jsonSchemaOfField(f)])),
    },
  };
}

/** A field in Frictionless Table Schema: the type as the CSV writes it, with its constraints. */
function tableSchemaField(field: Field<unknown>): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  // An empty list is an empty cell, so a list column is never required.
  if (!field.optional && field.type !== 'list') constraints.required = true;
  if (field.type === 'string' && field.enum) constraints.enum = [...field.enum];
  if (field.type === 'string' && field.pattern)
    constraints.pattern = field.pattern.replace(/^\^/, '').replace(/\$$/, '');
  const typed: Record<string, unknown> = (() => {
    switch (field.type) {
      case 'number':
        return { type: 'number', decimalChar: ',' };
      case 'boolean':
        return { type: 'boolean', trueValues: [TRUE_VALUE], falseValues: [FALSE_VALUE] };
      case 'list':
        return { type: 'string' };
      default:
        return { type: field.type };
    }
  })();
  return {
    name: field.name,
    description: field.description,
    ...typed,
    ...(Object.keys(constraints).length && { constraints }),
  };
}

/** The Table Schema of a table's CSV file. */
export function tableSchema(table: Table): Record<string, unknown> {
  return {
    fields: table.fields.map(tableSchemaField),
    missingValues: [''],
    primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : [...table.primaryKey],
    ...(table.foreignKeys.length && {
      foreignKeys: table.foreignKeys.map((k) => ({ fields: k.field, reference: { resource: k.table, fields: k.key } })),
    }),
  };
}

/** The CSV dialect of every CSV file (Frictionless CSV Dialect). */
export const CSV_DIALECT = {
  delimiter: ';',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;
