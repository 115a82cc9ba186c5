/**
 * A content folder with one file-level mistake per file: the valid fixture set
 * (tests/fixtures/content-small) plus files from tests/fixtures/content-broken, and the two
 * mistakes that are made when the folder is made (a symbolic link, which Git would store as a
 * link, and a 10 MB single-line body, too large to keep in the repository).
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** Fixture file (from tests/fixtures/content-broken), field, line, words the message must contain. */
export const FILE_MISTAKES = [
  ['prosjekter/notat.txt', '(fil)', undefined, ['«.txt»', 'forventet .md eller .mdx']],
  ['verktoy/veileder.markdown', '(fil)', undefined, ['«.markdown»', 'endelsen .md']],
  ['ukjent-mappe/', '(fil)', undefined, ['mappen leses ikke', 'prosjekter/']],
  ['historier/bilder/ikke-et-bilde.jpg', '(bilde)', undefined, ['ikke et bilde', '«44 65 74 74']],
  ['historier/bilder/png-med-jpg-endelse.jpg', '(bilde)', undefined, ['heter .jpg', 'PNG', 'endelsen .png']],
  ['historier/bilder/svg-med-jpg-endelse.jpg', '(bilde)', undefined, ['SVG']],
  ['historier/bilder/tegning.svg', '(fil)', undefined, ['«.svg»', 'skript']],
  ['historier/svg-bilde.md', 'bilde.src', 8, ['«./bilder/tegning.svg»', 'SVG']],
  ['prosjekter/dobbel-kommune.md', 'kommuner.2', 6, ['«lillehammer» står to ganger', 'linje 4']],
  ['prosjekter/usynlig-tittel.md', 'tittel', 2, ['«Rapport<U+202E>fdp.exe»', 'retningstegn']],
  ['kommuner/usynlig-navn.yaml', 'navn', 1, ['«Gjøvik<U+200B>»', 'usynlig tegn']],
  ['prosjekter/usynlig-tekst.md', '(tekst)', 11, ['«Refusjonen betales til konto 1234<U+202E>5678', 'retningstegn']],
  ['prosjekter/alias-bombe.md', '(front matter)', 1, ['aliasene', '20']],
  ['kommuner/dyp-nesting.yaml', '(yaml)', 1, ['ikke gyldig YAML', 'maxDepth']],
  ['prosjekter/binaert.md', '(tegnsett)', 1, ['NUL', 'UTF-8']],
  ['prosjekter/lenke.md', '(fil)', undefined, ['symbolsk lenke', 'kopi']],
  ['prosjekter/lang-linje.md', '(filstørrelse)', undefined, ['9,5 MB', 'høyst 256 kB']],
] as const;

const MADE_HERE = new Set(['prosjekter/lenke.md', 'prosjekter/lang-linje.md']);

/** Makes the folder at `dir` (from the project root) and returns it. */
export function makeBrokenFilesDir(dir: string): string {
  const absolute = join(ROOT, dir);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(absolute, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content-small'), absolute, { recursive: true });
  for (const [file] of FILE_MISTAKES) {
    if (MADE_HERE.has(file)) continue;
    cpSync(join(ROOT, 'tests/fixtures/content-broken', file), join(absolute, file), { recursive: true });
  }
  // Points outside the content: the check must refuse it without reading it.
  symlinkSync('/etc/passwd', join(absolute, 'prosjekter/lenke.md'));
  writeFileSync(
    join(absolute, 'prosjekter/lang-linje.md'),
    `---\ntittel: Ti megabyte på én linje\n---\n${'a'.repeat(10_000_000)}`,
  );
  return dir;
}
