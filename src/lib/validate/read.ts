/** Reads the content directory from disk for the content check. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContent, type CheckResult, type SourceFile } from './check';
import { decodeContent } from '../encoding';
import { checkSpreadsheetFiles } from './spreadsheet-files';

const TEXT_FILE = /\.(md|mdx|ya?ml|csv)$/;

/** Every text file under `dir` (two levels: collection folder and file). */
export function readContentFiles(root: string, contentDir: string): SourceFile[] {
  const files: SourceFile[] = [];
  const absolute = join(root, contentDir);
  if (!existsSync(absolute)) return files;
  for (const folder of readdirSync(absolute, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const folderPath = join(absolute, folder.name);
    for (const file of readdirSync(folderPath, { withFileTypes: true })) {
      if (!file.isFile() || !TEXT_FILE.test(file.name)) continue;
      const full = join(folderPath, file.name);
      // Decoded strictly as UTF-8: a file in another encoding is reported, not misread.
      const decoded = decodeContent(readFileSync(full), file.name);
      files.push({
        path: relative(root, full).split(sep).join('/'),
        text: decoded.ok ? decoded.text : '',
        ...(decoded.ok ? {} : { unreadable: { line: decoded.line, message: decoded.message } }),
      });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Checks the content directory `contentDir`, relative to `root` or absolute (as
 * KB_CONTENT_DIR=/tmp/... gives it). Files are named by their path from `root` either way.
 */
export function checkContentDir(
  root: string,
  contentDir: string,
  production: boolean,
): CheckResult {
  const dir = relative(root, resolve(root, contentDir)).split(sep).join('/');
  const result = checkContent({
    contentDir: dir,
    files: readContentFiles(root, dir),
    fileExists: (path) => existsSync(join(root, path)),
    production,
  });
  // Attachments a spreadsheet opens: no cell may start a formula (see spreadsheet-files.ts).
  result.problems.push(...checkSpreadsheetFiles(root, 'public/vedlegg'));
  return result;
}
