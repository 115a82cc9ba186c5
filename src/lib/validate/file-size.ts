/**
 * Rule: no content file is larger than the site is built for. A 10 MB Markdown body or a
 * pasted database in a YAML file would make the build slow or run out of memory; the check
 * refuses it before reading it, and names the limit.
 */
import type { Problem } from './problem';

const KB = 1024;
const MB = 1024 * KB;

/** Largest size per file type, in bytes (documented in docs/content-rules.md). */
export const SIZE_LIMITS: Readonly<Record<string, number>> = {
  '.md': 256 * KB,
  '.mdx': 256 * KB,
  '.yaml': 64 * KB,
  '.yml': 64 * KB,
  '.csv': 20 * MB,
  '.jpg': 10 * MB,
  '.jpeg': 10 * MB,
  '.png': 10 * MB,
  '.webp': 10 * MB,
  '.avif': 10 * MB,
};

/** Attachments under public/vedlegg/, any type. */
export const ATTACHMENT_LIMIT = 20 * MB;

/** Any other file (README.md is Markdown). */
const DEFAULT_LIMIT = 256 * KB;

export function sizeLimit(name: string): number {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  return SIZE_LIMITS[ext] ?? DEFAULT_LIMIT;
}

/** Sizes as an editor reads them: «300 kB», «12,5 MB». */
export function showSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace('.', ',').replace(/,0$/, '')} MB`;
  return `${Math.ceil(bytes / KB)} kB`;
}

/** The problem when a file of `bytes` at `file` is over `limit`. */
export function sizeProblem(file: string, bytes: number, limit = sizeLimit(file)): Problem | undefined {
  if (bytes <= limit) return undefined;
  const picture = /\.(jpe?g|png|webp|avif)$/i.test(file);
  return {
    file,
    field: '(filstørrelse)',
    message: `filen er ${showSize(bytes)}; forventet høyst ${showSize(limit)} for denne filtypen${picture ? ' (lagre bildet mindre, f.eks. 2400 piksler bredt som JPG)' : file.endsWith('.csv') ? '' : ' (del teksten opp, eller legg store tabeller som vedlegg)'}`,
  };
}
