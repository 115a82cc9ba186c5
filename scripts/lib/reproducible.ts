/**
 * Compares two build outputs file by file (sha256 of the bytes), for `npm run check:reproducible`:
 * which files differ, which exist on one side only, and for a differing text file the first
 * place where the bytes part, so a new source of nondeterminism is quick to find.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` as its path relative to `dir` (with `/`), mapped to its sha256. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.set(path.relative(dir, full).split(path.sep).join('/'), sha256(readFileSync(full)));
      else if (e.isSymbolicLink()) out.set(path.relative(dir, full).split(path.sep).join('/'), 'symlink');
    }
  };
  walk(dir);
  return out;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface TreeComparison {
  /** Files present in both with the same bytes. */
  same: number;
  /** Files present in both with different bytes, sorted. */
  differing: string[];
  onlyInA: string[];
  onlyInB: string[];
}

export function compareTrees(a: Map<string, string>, b: Map<string, string>): TreeComparison {
  const differing: string[] = [];
  const onlyInA: string[] = [];
  const onlyInB: string[] = [];
  let same = 0;
  for (const [file, hash] of a) {
    const other = b.get(file);
    if (other === undefined) onlyInA.push(file);
    else if (other === hash) same++;
    else differing.push(file);
  }
  for (const file of b.keys()) if (!a.has(file)) onlyInB.push(file);
  return { same, differing: differing.sort(), onlyInA: onlyInA.sort(), onlyInB: onlyInB.sort() };
}

export function isIdentical(c: TreeComparison): boolean {
  return c.differing.length === 0 && c.onlyInA.length === 0 && c.onlyInB.length === 0;
}

/**
 * Where two versions of a file first differ: the byte offset, and for text the line number and
 * up to `context` characters of each side from a little before that point.
 */
export function firstDifference(
  a: Buffer,
  b: Buffer,
  context = 80,
): { offset: number; line: number; a: string; b: string } | null {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  if (i === n && a.length === b.length) return null;
  let line = 1;
  for (let j = 0; j < i; j++) if (a[j] === 0x0a) line++;
  const from = Math.max(0, i - 20);
  const show = (buf: Buffer) =>
    buf
      .subarray(from, from + context)
      .toString('utf8')
      .replace(/\s+/g, ' ');
  return { offset: i, line, a: show(a), b: show(b) };
}

/** A report in Norwegian, one line per problem file (at most `limit` of each kind). */
export function formatComparison(c: TreeComparison, labels: { a: string; b: string }, limit = 50): string {
  const total = c.same + c.differing.length + c.onlyInA.length + c.onlyInB.length;
  if (isIdentical(c)) return `Like: alle ${c.same} filer er byte for byte like i ${labels.a} og ${labels.b}.`;
  const lines = [
    `Ulike: ${c.differing.length} filer har ulikt innhold, ${c.onlyInA.length} finnes bare i ${labels.a}, ` +
      `${c.onlyInB.length} bare i ${labels.b} (${c.same} av ${total} er like).`,
  ];
  const list = (title: string, files: string[]) => {
    if (files.length === 0) return;
    lines.push(`${title}:`);
    for (const f of files.slice(0, limit)) lines.push(`  ${f}`);
    if (files.length > limit) lines.push(`  … og ${files.length - limit} til`);
  };
  list('Ulikt innhold', c.differing);
  list(`Bare i ${labels.a}`, c.onlyInA);
  list(`Bare i ${labels.b}`, c.onlyInB);
  return lines.join('\n');
}
