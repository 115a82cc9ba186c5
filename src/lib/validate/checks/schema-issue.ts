/** Turns a zod issue on an entry into a problem on the field's line, with the value found. */
import { lineOfField } from '../lines';
import { showValue, type Problem } from '../problem';
import type { SourceFile } from './content';
import type { ParsedFile } from './parse-file';

export interface SchemaIssue {
  code?: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  keys?: string[];
}

export function issueProblem(file: SourceFile, parsed: ParsedFile, issue: SchemaIssue): Problem {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const keys = issue.keys;
    return {
      file: file.path,
      line: lineOfField(parsed.yaml, [...path, keys[0]!], parsed.firstLine),
      field: [...path, keys[0]].join('.'),
      message: `ukjent felt ${keys.map((k) => `«${k}»`).join(', ')}; sjekk stavemåten (feltnavn skrives som i skjemaet)`,
    };
  }
  const field = path.join('.') || '(front matter)';
  const line = lineOfField(parsed.yaml, issue.path, parsed.firstLine);
  // A refinement on an object reports the whole object as input; show the field instead.
  const found = showValue(
    issue.input === undefined || issue.code === 'custom' ? valueAt(parsed.data, issue.path) : issue.input,
  );
  const message =
    issue.code === 'custom' ? `${issue.message} (fant ${found})` : `fant ${found}; forventet ${issue.message}`;
  return { file: file.path, line, field, message };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
