/**
 * Rule: no invisible or bidirectional control characters in ids, titles and other front-matter
 * text, nor in the bodies of Markdown and MDX files (`checkInvisibleBody`: a body can make a
 * reader see its text in another order than it is written, «Trojan Source» style). A right-to-left override (U+202E) makes «Rapport<U+202E>fdp.exe» look like another
 * name; a zero-width space makes «lillehammer» and «lillehammer<U+200B>» two ids that look the
 * same. Messages show such characters as `<U+202E>` (see `showInvisible`, used by every message).
 *
 * Soft hyphens (U+00AD) are allowed: they are how Norwegian compounds are hyphenated.
 */
import type { Problem } from './problem';

/**
 * Characters that are invisible or change the direction of text: C0/C1 controls other than tab
 * and line breaks, zero-width characters, directional marks, embeddings, overrides and isolates,
 * word joiner and invisible operators, the byte-order mark inside text, interlinear annotation
 * and tag characters.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** `s` with every invisible character written as `<U+XXXX>`. */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(s);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** Every string in `data` (front matter), with its path; objects met again (YAML aliases) once. */
function* strings(
  value: unknown,
  path: (string | number)[],
  seen: Set<object>,
): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i], seen);
    else for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k], seen);
  }
}

/**
 * Problems for invisible characters in the front matter `data` of `file`; `lineOf` finds the
 * line of a field. Keys are checked too (an invisible character in a key hides the field).
 */
export function checkInvisible(
  file: string,
  data: unknown,
  lineOf: (path: (string | number)[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const [text, path] of strings(data, [], new Set())) {
    if (!hasInvisible(text)) continue;
    problems.push({
      file,
      line: lineOf(path),
      field: path.join('.') || '(front matter)',
      message: message(shorten(showInvisible(text)), text),
    });
  }
  return problems;
}

/** Most body lines reported per file: a pasted page full of zero-width spaces should not bury the rest. */
const MAX_BODY_LINES = 20;

/**
 * Problems for invisible characters in `body`, the text of a Markdown or MDX file after its
 * front matter, whose first line is line `firstLine` of `file`: one per line that has them,
 * with the line's text around the first such character.
 */
export function checkInvisibleBody(file: string, body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!hasInvisible(line)) continue;
    if (problems.length === MAX_BODY_LINES) {
      problems.push({
        file,
        line: firstLine + i,
        field: '(tekst)',
        message:
          'flere linjer med usynlige tegn eller retningstegn er ikke vist; rett de første og kjør npm run sjekk igjen',
      });
      break;
    }
    problems.push({ file, line: firstLine + i, field: '(tekst)', message: message(showInvisible(around(line)), line) });
  }
  return problems;
}

function message(shown: string, text: string): string {
  return `fant «${shown}» med ${describe(text)}; forventet vanlig tekst uten usynlige tegn eller retningstegn (slike tegn kommer ofte med når tekst limes inn fra Word, e-post eller nettsider: skriv teksten på nytt eller slett tegnet)`;
}

/** The characters found, named by code point, e.g. "usynlig tegn <U+200B>". */
function describe(text: string): string {
  const found = [...new Set(text.match(INVISIBLE) ?? [])].map(showInvisible);
  const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(text);
  const kind = bidi ? 'retningstegn eller usynlige tegn' : found.length === 1 ? 'et usynlig tegn' : 'usynlige tegn';
  return `${kind} ${found.join(', ')}`;
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** A long line cut to the text around its first invisible character (a surrogate pair kept whole). */
function around(line: string): string {
  if (line.length <= 80) return line;
  INVISIBLE.lastIndex = 0;
  const at = INVISIBLE.exec(line)?.index ?? 0;
  INVISIBLE.lastIndex = 0;
  let from = Math.max(0, at - 30);
  let to = Math.min(line.length, at + 40);
  if (/[\uDC00-\uDFFF]/.test(line[from] ?? '')) from--;
  if (/[\uD800-\uDBFF]/.test(line[to - 1] ?? '')) to++;
  return `${from > 0 ? '...' : ''}${line.slice(from, to)}${to < line.length ? '...' : ''}`;
}
