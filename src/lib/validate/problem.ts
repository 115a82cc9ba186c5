import { compareCodeUnits } from '../format/nb';
import { showInvisible } from './invisible';

/** A problem found in a content file, ready to show to an editor. */
export interface Problem {
  /** Path from the project root, e.g. src/content/prosjekter/x.md. */
  file: string;
  /** 1-based line in the file, when it is known. */
  line?: number;
  /** Field (dotted path, e.g. `mål.0.målverdi`) or `(fil)` for the whole file. */
  field: string;
  /** What is wrong, in Norwegian. */
  message: string;
}

/** Longest message shown; a longer one (a value pasted into it) is cut. */
export const MAX_MESSAGE = 600;

/**
 * `file:line field: message`, the format editors and editors' tools understand. Invisible and
 * bidirectional characters are shown as `<U+202E>`, so no file name or value can reorder or hide
 * the text of the report, and the message is cut at MAX_MESSAGE characters.
 */
export function formatProblem(p: Problem): string {
  const message = p.message.length > MAX_MESSAGE ? `${p.message.slice(0, MAX_MESSAGE - 3)}...` : p.message;
  return showInvisible(`${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${message}`);
}

/** Every problem on its own line, sorted by file and line, with a count at the end. */
export function formatProblems(problems: Problem[]): string {
  const sorted = [...problems].sort((a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const n = problems.length;
  return `${sorted.map(formatProblem).join('\n')}\n\n${n} ${n === 1 ? 'feil' : 'feil'} i innholdet.`;
}

/** Shows a found value compactly: strings in «», long values shortened. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'ingenting (feltet mangler)';
  if (value instanceof Date) return `«${value.toISOString().slice(0, 10)}»`;
  const s = typeof value === 'string' ? value : boundedJson(value, 80);
  const shown = showInvisible(s);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  return `«${short}»`;
}

/**
 * JSON of `value`, stopping after about `limit` characters: a value built from YAML aliases
 * (a "billion laughs" document) is small in memory but astronomically long as text.
 */
export function boundedJson(value: unknown, limit: number): string {
  let out = '';
  const write = (v: unknown, depth: number): void => {
    if (out.length > limit) return;
    if (v === null || typeof v !== 'object') {
      out +=
        typeof v === 'string'
          ? JSON.stringify(v.length > limit ? v.slice(0, limit) : v)
          : String(JSON.stringify(v) ?? v);
      return;
    }
    if (depth > 20) {
      out += '...';
      return;
    }
    const array = Array.isArray(v);
    out += array ? '[' : '{';
    let first = true;
    for (const [k, child] of Object.entries(v)) {
      if (out.length > limit) break;
      if (!first) out += ',';
      first = false;
      if (!array) out += `${JSON.stringify(k)}:`;
      write(child, depth + 1);
    }
    out += array ? ']' : '}';
  };
  write(value, 0);
  return out.length > limit ? `${out.slice(0, limit)}...` : out;
}
