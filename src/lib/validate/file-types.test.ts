import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_EXTENSIONS, attachmentTypeReason, classifyFile, folderProblem } from './file-types';
import { scanPublicFiles } from './read';
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

describe('attachment types', () => {
  it.each([
    'mal.pdf',
    'Plan.DOCX',
    'tall.xlsx',
    'a.pptx',
    'a.odt',
    'a.ods',
    'a.odp',
    'a.csv',
    'a.tsv',
    'a.txt',
    'a.md',
    'a.rtf',
  ])('publishes %s', (name) => {
    expect(attachmentTypeReason(name)).toBeUndefined();
  });
  it.each([
    ['side.html', '«.html»', '(kan inneholde skript)'],
    ['side.HTM', '«.HTM»', '(kan inneholde skript)'],
    ['a.xhtml', '«.xhtml»', 'skript'],
    ['a.svg', '«.svg»', 'skript'],
    ['a.xml', '«.xml»', 'skript'],
    ['a.js', '«.js»', 'skript'],
    ['a.mjs', '«.mjs»', 'skript'],
    ['a.wasm', '«.wasm»', 'skript'],
    ['a.swf', '«.swf»', 'skript'],
    ['mal.doc', '«.doc»', 'lagre den som .docx'],
    ['tall.xlsm', '«.xlsm»', 'makroer'],
    ['pakke.zip', '«.zip»', 'legg ved filene hver for seg'],
    ['program.exe', '«.exe»', 'forventet .pdf'],
    ['mal.pdf.html', '«.html»', 'skript'],
    ['uten-endelse', 'uten filendelse', 'forventet .pdf'],
  ])('refuses %s', (name, shown, word) => {
    const reason = attachmentTypeReason(name);
    expect(reason).toContain(`${shown}`);
    expect(reason).toContain(word);
    expect(reason).toContain('kan ikke publiseres som vedlegg');
    expect(reason).toContain(`forventet ${ATTACHMENT_EXTENSIONS.join(', ')}`);
  });
});

describe('files under public/vedlegg/', () => {
  it('refuses every file that is not a document, by name, in any folder below it', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-vedlegg-'));
    try {
      mkdirSync(join(root, 'public/vedlegg/under'), { recursive: true });
      for (const name of ['mal.pdf', 'x.html', 'x.js', '.DS_Store', 'under/y.svg', 'under/ok.txt'])
        writeFileSync(join(root, 'public/vedlegg', name), 'x');
      writeFileSync(join(root, 'public/side.html'), '<p>not an attachment</p>');
      expect(scanPublicFiles(root).map(formatProblem).sort()).toEqual([
        'public/vedlegg/under/y.svg (fil): filtypen «.svg» kan ikke publiseres som vedlegg (kan inneholde skript); forventet .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .csv, .tsv, .txt, .md, .rtf',
        'public/vedlegg/x.html (fil): filtypen «.html» kan ikke publiseres som vedlegg (kan inneholde skript); forventet .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .csv, .tsv, .txt, .md, .rtf',
        'public/vedlegg/x.js (fil): filtypen «.js» kan ikke publiseres som vedlegg (kan inneholde skript); forventet .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .csv, .tsv, .txt, .md, .rtf',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('passes the attachments the site has now', () => {
    expect(scanPublicFiles(join(import.meta.dirname, '../../..'))).toEqual([]);
  });
});
