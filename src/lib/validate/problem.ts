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

/** `file:line field: message`, the format editors and editors' tools understand. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`;
}

/** Every problem on its own line, sorted by file and line, with a count at the end. */
export function formatProblems(problems: Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const n = problems.length;
  return `${sorted.map(formatProblem).join('\n')}\n\n${n} ${n === 1 ? 'feil' : 'feil'} i innholdet.`;
}

/** Shows a found value compactly: strings in «», long values shortened. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'ingenting (feltet mangler)';
  if (value instanceof Date) return `«${value.toISOString().slice(0, 10)}»`;
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const short = s.length > 60 ? `${s.slice(0, 57)}...` : s;
  return `«${short}»`;
}
