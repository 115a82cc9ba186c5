/**
 * The shared, typed input of the content checks: the files as given (CheckInput) and what the
 * first check (./entries) made of them. Every other check is a `Check` over this.
 */
import type { EntryCollection as CollectionName } from '../../collections';
import { lineOfField } from '../lines';
import type { Problem } from '../problem';

/** A file under the content directory. */
export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  path: string;
  text: string;
  /** Set when the file could not be read as text (not UTF-8, see ../../files/encoding); text is then ''. */
  unreadable?: { line?: number; message: string; field?: string };
}

export interface CheckInput {
  /** Content directory from the project root, e.g. `src/content`. */
  contentDir: string;
  files: SourceFile[];
  /** Whether a path from the project root exists (images, attachments under public/). */
  fileExists: (path: string) => boolean;
  /** In production drafts are left out, so nothing published may refer to one. */
  production: boolean;
}

/** A parsed, schema-valid entry. */
export interface Entry {
  collection: CollectionName;
  id: string;
  file: SourceFile;
  /** The YAML text and the line it starts on, for pointing at fields. */
  yaml: string;
  firstLine: number;
  data: Record<string, unknown>;
}

/** The content as the checks after the first one see it. */
export interface Content {
  input: CheckInput;
  /** Schema-valid entries per collection, by id. */
  entries: Map<CollectionName, Map<string, Entry>>;
  /** Every id a file claims per collection, valid or not, so a reference to it is not blamed too. */
  allIds: Map<CollectionName, Set<string>>;
  /** The sick-leave tables (sykefravaer/*.csv). */
  sickLeaveFiles: SourceFile[];
  /** The survey tables (undersokelser/*.csv). */
  surveyFiles: SourceFile[];
}

/** One check over the content: every problem it finds, none thrown. */
export type Check = (content: Content) => Problem[];

/** A problem at a field of an entry, on the field's line. */
export function problemAt(entry: Entry, path: PropertyKey[], message: string): Problem {
  return {
    file: entry.file.path,
    line: lineOfField(entry.yaml, path, entry.firstLine),
    field: path.join('.'),
    message,
  };
}
