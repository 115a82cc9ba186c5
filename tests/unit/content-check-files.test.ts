/**
 * The content check on files as files (type, folder, size, symbolic links, picture bytes) and on
 * content that could make a reader hang or crash (YAML aliases and nesting, binary garbage,
 * invisible characters, a list naming the same value twice). Each mistake is one file; the
 * check names each with file, line and field, and the valid files around them are not blamed.
 */
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/validate/read';
import { formatProblem } from '../../src/lib/validate/problem';
import { FILE_MISTAKES, makeBrokenFilesDir, ROOT } from '../helpers/broken-files';

const DIR = makeBrokenFilesDir('tests/.output/content-broken-files-unit');
const { problems } = checkContentDir(ROOT, DIR, true);
const lines = problems.map(formatProblem);

describe('file-level mistakes, one per file', () => {
  it.each(FILE_MISTAKES)('%s: %s', (file, field, line, words) => {
    const mine = problems.filter((p) => p.file === `${DIR}/${file}`);
    expect(mine, lines.join('\n')).toHaveLength(1);
    expect(mine[0]!.field).toBe(field);
    expect(mine[0]!.line).toBe(line);
    for (const word of words) expect(formatProblem(mine[0]!)).toContain(word);
  });

  it('blames no other file, and no message is longer than a screen line or two', () => {
    const files = new Set(FILE_MISTAKES.map(([f]) => `${DIR}/${f}`));
    expect(problems.filter((p) => !files.has(p.file))).toEqual([]);
    for (const line of lines) expect(line.length).toBeLessThan(800);
  });

  it('shows no invisible or bidirectional character raw', () => {
    for (const line of lines) expect(line).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});
