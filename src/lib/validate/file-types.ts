/**
 * Rule: every file and folder in the content directory is one the site reads. A `.txt` or
 * `.markdown` where `.md` was meant, a folder the build does not know, or a document in an
 * image folder would otherwise be left out of the site without a word.
 *
 * The layout: README.md at the top and in each folder; one folder per collection with its file
 * kinds (`.md`/`.mdx` or `.yaml`/`.yml`); `sykefravaer/` and `undersokelser/` with `.csv`
 * files; `bilder/` inside `prosjekter/` and `historier/` with pictures. Files that operating
 * systems and Git leave behind (.DS_Store, Thumbs.db, desktop.ini, .gitkeep) are ignored.
 */
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  ENTRY_RECORDS,
  PICTURE_FOLDER,
  isCollection,
  isEntryCollection,
} from '../collections';
import type { Problem } from './problem';

/** Picture file types the site publishes (SVG is not one of them, see image-bytes.ts). */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/**
 * Document types an attachment under public/vedlegg/ may have (and so a tool's `vedlegg[].fil`).
 * The site publishes these files as they are, from its own origin: a type a browser runs or
 * renders as a page (.html, .svg, .xml, .js, .wasm, …) would run its script as the site, and a
 * host that ignores _headers sends no CSP at all. So the list is closed: documents a reader
 * downloads and opens in another program. Not on it: .zip (the check cannot see what is inside,
 * e.g. an .html or a CSV with formulas), the old binary Office types .doc, .xls, .ppt and the
 * macro types .docm, .xlsm, .pptm (can hold macros; save as .docx, .xlsx, .pptx).
 */
export const ATTACHMENT_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.csv',
  '.tsv',
  '.txt',
  '.md',
  '.rtf',
] as const;

/** Types a browser may run script in, named in the message so that the editor knows why. */
const SCRIPT_TYPES = /^\.(x?html?|xht|shtml|svgz?|xml|xsl|xslt|m?js|cjs|wasm|swf)$/;

/** Types refused with the type to save as instead. */
const SAVE_AS: Readonly<Record<string, string>> = {
  '.doc': '.docx',
  '.docm': '.docx',
  '.xls': '.xlsx',
  '.xlsm': '.xlsx',
  '.ppt': '.pptx',
  '.pptm': '.pptx',
};

/**
 * Why the attachment `name` (a file name) may not be published, or undefined when its type is
 * on ATTACHMENT_EXTENSIONS, e.g. «filtypen «.html» kan ikke publiseres som vedlegg (kan
 * inneholde skript); forventet .pdf, .docx, …».
 */
export function attachmentTypeReason(name: string): string | undefined {
  const ext = extensionOf(name);
  if ((ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) return undefined;
  const shown = ext ? `filtypen «${name.slice(name.lastIndexOf('.'))}»` : 'en fil uten filendelse';
  const why = SCRIPT_TYPES.test(ext)
    ? ' (kan inneholde skript)'
    : SAVE_AS[ext]
      ? ` (kan inneholde makroer; lagre den som ${SAVE_AS[ext]})`
      : ext === '.zip'
        ? ' (innholdet i en zip-fil kan ikke sjekkes; legg ved filene hver for seg)'
        : '';
  return `${shown} kan ikke publiseres som vedlegg${why}; forventet ${ATTACHMENT_EXTENSIONS.join(', ')}`;
}

/** Folders that may hold pictures, inside the collections whose entries have pictures. */
export { PICTURE_FOLDER };
const WITH_PICTURES: readonly string[] = ENTRY_RECORDS.filter((r) => r.pictures).map((r) => r.folder);

/** Left behind by operating systems and Git; never content. */
export const IGNORED_FILES: readonly string[] = ['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep'];

/** Marker the demo-content generator leaves at the top of a folder it wrote (scripts/lib/generate-content.ts MARKER). */
export const GENERATED_MARKER = '.kb-generert.json';

/** Every collection folder of the registry: the entry collections, then the data tables. */
const FOLDERS: readonly string[] = COLLECTION_NAMES;

export type FileKind = 'entry' | 'data' | 'picture' | 'readme' | 'ignored';

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

/**
 * What a file at `parts` (path below the content directory, split on /) is, or the problem
 * with it. `contentDir` and the parts name the file in the message.
 */
export function classifyFile(contentDir: string, parts: readonly string[]): FileKind | Problem {
  const name = parts[parts.length - 1]!;
  const file = [contentDir, ...parts].join('/');
  if (IGNORED_FILES.includes(name)) return 'ignored';
  if (name === 'README.md') return 'readme';
  const ext = extensionOf(name);
  const shownExt = name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')) : name;
  const [folder] = parts;
  if (parts.length === 1 && name === GENERATED_MARKER) return 'ignored';
  if (parts.length === 1) {
    return problem(
      file,
      `filen ligger rett i ${contentDir}/ og leses ikke; forventet den i en av mappene ${FOLDERS.map((f) => `${f}/`).join(', ')}`,
    );
  }
  if (parts.length === 2 && folder && isEntryCollection(folder)) {
    const allowed: readonly string[] = COLLECTIONS[folder].extensions;
    if (allowed.includes(name.slice(name.lastIndexOf('.')))) return 'entry';
    return problem(
      file,
      `filtypen «${shownExt}» leses ikke i ${folder}/, og filen ville ikke kommet med på nettstedet; forventet ${allowed.join(' eller ')}${hint(ext, allowed)}`,
    );
  }
  if (parts.length === 2 && folder && isCollection(folder)) {
    if (COLLECTIONS[folder].extensions.some((e) => name.endsWith(e))) return 'data';
    return problem(file, `filtypen «${shownExt}» leses ikke i ${folder}/; forventet .csv (semikolondelt, UTF-8)`);
  }
  if (parts.length === 3 && folder && WITH_PICTURES.includes(folder) && parts[1] === PICTURE_FOLDER) {
    if ((PICTURE_EXTENSIONS as readonly string[]).includes(ext)) return 'picture';
    return problem(
      file,
      `filtypen «${shownExt}» er ikke et bilde nettstedet publiserer${ext === '.svg' ? ' (SVG kan inneholde skript og lenker og brukes ikke som bilde)' : ''}; forventet ${PICTURE_EXTENSIONS.join(', ')}`,
    );
  }
  return problem(
    file,
    `filen ligger i en mappe nettstedet ikke leser; forventet innhold i ${FOLDERS.map((f) => `${f}/`).join(', ')} og bilder i ${WITH_PICTURES.map((f) => `${f}/${PICTURE_FOLDER}/`).join(' eller ')}`,
  );
}

/** Whether a folder at `parts` is one the site reads (the files in it are checked as well). */
export function folderProblem(contentDir: string, parts: readonly string[]): Problem | undefined {
  const [folder] = parts;
  const path = [contentDir, ...parts].join('/');
  if (parts.length === 1 && FOLDERS.includes(folder!)) return undefined;
  if (parts.length === 2 && WITH_PICTURES.includes(folder!) && parts[1] === PICTURE_FOLDER) return undefined;
  const expected =
    parts.length === 1
      ? `en av mappene ${FOLDERS.map((f) => `${f}/`).join(', ')}`
      : WITH_PICTURES.includes(folder!)
        ? `bilder i ${folder}/${PICTURE_FOLDER}/`
        : `ingen undermapper i ${folder}/`;
  return problem(
    `${path}/`,
    `mappen leses ikke av nettstedet, og filene i den ville ikke kommet med; forventet ${expected}`,
  );
}

function hint(ext: string, allowed: readonly string[]) {
  if (ext === '.markdown' || ext === '.txt' || ext === '.mkd')
    return allowed.includes('.md') ? ` (gi filen endelsen .md)` : '';
  if (ext === '.json' || ext === '.toml')
    return allowed.includes('.yaml') ? ` (skriv den som YAML med endelsen .yaml)` : '';
  return '';
}

const problem = (file: string, message: string): Problem => ({ file, field: '(fil)', message });
