/**
 * Small helpers for writing front matter by hand: scalars that read back as the same string
 * in every YAML reader the project meets, and Norwegian comments wrapped to a readable width.
 */
import { parse } from 'yaml';

/**
 * A string as a YAML scalar: plain when it reads back unchanged both as YAML 1.2 (the content
 * check) and YAML 1.1 (stricter than Astro's js-yaml: dates, yes/no), double-quoted otherwise.
 * `Nærvær i barnehagen` stays plain; `Hva nå: veien videre`, `2009` or `ja` get quotes.
 */
export function yamlString(text: string): string {
  if (text !== '' && !/[\n\r\t]/.test(text) && readsBackAs(text, text)) return text;
  // A JSON string is a valid YAML double-quoted scalar.
  return JSON.stringify(text);
}

function readsBackAs(source: string, expected: string): boolean {
  try {
    return parse(source, { version: '1.2' }) === expected && parse(source, { version: '1.1' }) === expected;
  } catch {
    return false;
  }
}

/** Width of a comment line, including the indentation and "# ". */
export const COMMENT_WIDTH = 96;

/**
 * A YAML comment: the text wrapped on spaces to {@link COMMENT_WIDTH} columns, each line
 * starting with `indent` and "# ". An empty line in the text becomes a lone "#". `example`
 * lines follow unwrapped and unchanged, so that deleting "# " in front of them gives YAML.
 */
export function comment(text: string, indent = '', example: readonly string[] = []): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') out.push(`${indent}#`);
    else out.push(...wrap(paragraph, `${indent}# `));
  }
  for (const line of example) out.push(`${indent}# ${line}`);
  return out.join('\n');
}

/**
 * Words of `text` on lines of at most `width` columns (a longer word gets a line of its own),
 * each line starting with `prefix`. A quotation in «» is never broken, so «  - » and
 * «npm run sjekk» stay whole.
 */
export function wrap(text: string, prefix = '', width = COMMENT_WIDTH): string[] {
  const words = text.match(/\S*«[^»]*»\S*|\S+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(prefix + line);
  return lines;
}

/** Values with their labels, for a comment: `oppvekst (Oppvekst), pleie-og-omsorg (Pleie og omsorg)`. */
export function listValues(values: readonly string[], labels?: Record<string, string>): string {
  return joinOr(values.map((v) => (labels?.[v] && labels[v] !== capitalise(v) ? `${v} (${labels[v]})` : v)));
}

/** `a, b eller c`. */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
