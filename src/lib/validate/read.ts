/**
 * Reads the content directory from disk for the content check. The walk never follows a
 * symbolic link, looks at a file's size before reading it, and at a picture's first bytes; every
 * file the site would not read is reported (file-types.ts), none is skipped without a word.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContent, type CheckResult, type SourceFile } from './check';
import { decodeContent } from '../files/encoding';
import { checkSpreadsheetFiles } from './spreadsheet-files';
import { attachmentTypeReason, classifyFile, folderProblem, IGNORED_FILES } from './file-types';
import { ATTACHMENT_LIMIT, sizeProblem } from './file-size';
import { pictureProblem } from './image-bytes';
import { symlinkProblem } from './symlinks';
import type { Problem } from './problem';
import { compareCodeUnits } from '../format/nb';

export interface ScanResult {
  /** Text files the check parses (entries, data files), sorted by path. */
  files: SourceFile[];
  /** Problems with files as files: type, place, size, links, picture bytes. */
  problems: Problem[];
}

/** Deeper than the layout allows (content/folder/bilder/file); deeper folders are reported, not walked. */
const MAX_DEPTH = 3;

/** Every file under the content directory `contentDir` (from `root`), checked as a file. */
export function scanContentFiles(root: string, contentDir: string): ScanResult {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const absolute = join(root, contentDir);
  if (!existsSync(absolute)) return { files, problems };
  const walk = (parts: string[]) => {
    for (const entry of readdirSync(join(absolute, ...parts), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const childParts = [...parts, entry.name];
      const path = [contentDir, ...childParts].join('/');
      const full = join(absolute, ...childParts);
      try {
        if (entry.isSymbolicLink()) {
          problems.push(symlinkProblem(path));
        } else if (entry.isDirectory()) {
          const problem = folderProblem(contentDir, childParts);
          if (problem) problems.push(problem);
          else if (childParts.length < MAX_DEPTH) walk(childParts);
        } else if (!entry.isFile()) {
          problems.push({
            file: path,
            field: '(fil)',
            message: 'er ikke en vanlig fil (en enhet, et rør eller en sokkel); forventet en vanlig fil',
          });
        } else {
          const kind = classifyFile(contentDir, childParts);
          if (typeof kind === 'object') {
            problems.push(kind);
            continue;
          }
          if (kind === 'ignored') continue;
          const tooBig = sizeProblem(path, lstatSync(full).size);
          if (kind === 'picture') {
            if (tooBig) problems.push(tooBig);
            else {
              const problem = pictureProblem(path, readHead(full, 64));
              if (problem) problems.push(problem);
            }
            continue;
          }
          if (kind === 'readme') {
            if (tooBig) problems.push(tooBig);
            continue;
          }
          if (tooBig) {
            // Kept as an unreadable entry: its id exists, so nothing that refers to it is blamed.
            files.push({ path, text: '', unreadable: { field: tooBig.field, message: tooBig.message } });
            continue;
          }
          // Decoded strictly as UTF-8: a file in another encoding is reported, not misread.
          const decoded = decodeContent(readFileSync(full), entry.name);
          files.push({
            path,
            text: decoded.ok ? decoded.text : '',
            ...(decoded.ok ? {} : { unreadable: { line: decoded.line, message: decoded.message } }),
          });
        }
      } catch (error) {
        problems.push(readProblem(path, error));
      }
    }
  };
  try {
    walk([]);
  } catch (error) {
    problems.push(readProblem(contentDir, error));
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  return { files, problems };
}

/** Every text file the check parses under `dir` (its problems as files left out). */
export function readContentFiles(root: string, contentDir: string): SourceFile[] {
  return scanContentFiles(root, contentDir).files;
}

/**
 * Symbolic links anywhere under public/ (copied to dist/ as they point), and attachments'
 * types (file-types.ts ATTACHMENT_EXTENSIONS) and sizes.
 */
export function scanPublicFiles(root: string, folder = 'public'): Problem[] {
  const problems: Problem[] = [];
  const walk = (rel: string) => {
    const dir = join(root, rel);
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) problems.push(symlinkProblem(path));
      else if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && rel.startsWith(`${folder}/vedlegg`) && !IGNORED_FILES.includes(entry.name)) {
        const type = attachmentTypeReason(entry.name);
        if (type) problems.push({ file: path, field: '(fil)', message: type });
        const tooBig = sizeProblem(path, lstatSync(join(root, path)).size, ATTACHMENT_LIMIT);
        if (tooBig) problems.push(tooBig);
      }
    }
  };
  try {
    walk(folder);
  } catch (error) {
    problems.push(readProblem(folder, error));
  }
  return problems;
}

function readHead(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const n = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function readProblem(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException)?.code;
  return {
    file,
    field: '(fil)',
    message: `kunne ikke leses${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; forventet en fil som kan leses`,
  };
}

/**
 * Checks the content directory `contentDir`, relative to `root` or absolute (as
 * KB_CONTENT_DIR=/tmp/... gives it). Files are named by their path from `root` either way.
 */
export function checkContentDir(root: string, contentDir: string, production: boolean): CheckResult {
  const dir = relative(root, resolve(root, contentDir)).split(sep).join('/');
  const scan = scanContentFiles(root, dir);
  const result = checkContent({
    contentDir: dir,
    files: scan.files,
    fileExists: (path) => existsSync(join(root, path)),
    production,
  });
  result.problems.push(...scan.problems);
  result.problems.push(...scanPublicFiles(root));
  // Attachments a spreadsheet opens: no cell may start a formula (see spreadsheet-files.ts).
  result.problems.push(...checkSpreadsheetFiles(root, 'public/vedlegg'));
  return result;
}
