import { describe, expect, it } from 'vitest';
import { classifyFile, folderProblem } from './file-types';
import { sizeProblem } from './file-size';
import { formatProblem, showValue } from './problem';

describe('file types and folders', () => {
  it.each([
    [['prosjekter', 'a.md'], 'entry'],
    [['verktoy', 'a.mdx'], 'entry'],
    [['kommuner', 'a.yml'], 'entry'],
    [['sykefravaer', 'kommuner.csv'], 'data'],
    [['historier', 'bilder', 'a.JPG'], 'picture'],
    [['prosjekter', 'README.md'], 'readme'],
    [['prosjekter', '.DS_Store'], 'ignored'],
    [['.kb-generert.json'], 'ignored'],
  ] as const)('%j is %s', (parts, kind) => {
    expect(classifyFile('c', parts)).toBe(kind);
  });
  it.each([
    [['prosjekter', 'a.txt'], '«.txt»'],
    [['prosjekter', 'a.markdown'], 'endelsen .md'],
    [['kommuner', 'a.json'], 'YAML'],
    [['kommuner', 'a.md'], '.yaml'],
    [['sykefravaer', 'a.xlsx'], '.csv'],
    [['historier', 'bilder', 'a.svg'], 'skript'],
    [['verktoy', 'bilder', 'a.jpg'], 'mappe'],
    [['a.md'], 'rett i c/'],
    [['prosjekter', '.kb-generert.json'], 'forventet .md'],
  ] as const)('%j is refused', (parts, word) => {
    const p = classifyFile('c', parts);
    expect(typeof p).toBe('object');
    expect((p as { message: string }).message).toContain(word);
  });
  it('knows its folders', () => {
    expect(folderProblem('c', ['prosjekter'])).toBeUndefined();
    expect(folderProblem('c', ['historier', 'bilder'])).toBeUndefined();
    expect(folderProblem('c', ['prosjekt'])?.file).toBe('c/prosjekt/');
    expect(folderProblem('c', ['kommuner', 'bilder'])).toBeDefined();
  });
});

describe('sizes and messages', () => {
  it('refuses a file past its limit and names both sizes', () => {
    expect(sizeProblem('a.md', 256 * 1024)).toBeUndefined();
    expect(sizeProblem('a.md', 300 * 1024)?.message).toContain('300 kB');
    expect(sizeProblem('a.yaml', 65 * 1024)?.message).toContain('høyst 64 kB');
    expect(sizeProblem('a.jpg', 12.5 * 1024 * 1024)?.message).toContain('12,5 MB');
  });
  it('cuts long messages and values and shows invisible characters', () => {
    const line = formatProblem({ file: 'a\u202E.md', field: 'x', message: 'y'.repeat(5000) });
    expect(line.length).toBeLessThan(700);
    expect(line).toContain('a<U+202E>.md');
    expect(showValue('z'.repeat(1000)).length).toBeLessThan(70);
    const shared: unknown[] = [];
    let big: unknown = shared;
    for (let i = 0; i < 40; i++) big = [big, big];
    expect(showValue(big).length).toBeLessThan(100);
  });
});
