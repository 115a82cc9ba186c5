import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, formatComparison, hashTree, isIdentical, sha256 } from './reproducible';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-repro-test-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('hashTree', () => {
  it('gir hver fil med relativ sti og sha256, også i undermapper', () => {
    const dir = tree({ 'index.html': 'a', 'x/y/z.txt': 'b' });
    const h = hashTree(dir);
    expect([...h.keys()]).toEqual(['index.html', 'x/y/z.txt']);
    expect(h.get('x/y/z.txt')).toBe(sha256('b'));
  });
});

describe('compareTrees', () => {
  it('finner like trær like, uansett i hvilken mappe de ligger', () => {
    const c = compareTrees(
      hashTree(tree({ 'a.html': '1', 'b/c.js': '2' })),
      hashTree(tree({ 'b/c.js': '2', 'a.html': '1' })),
    );
    expect(isIdentical(c)).toBe(true);
    expect(c.same).toBe(2);
    expect(formatComparison(c, { a: 'A', b: 'B' })).toMatch(/alle 2 filer er byte for byte like/);
  });

  it('lister filer med ulikt innhold og filer som bare finnes på én side', () => {
    const a = hashTree(tree({ 'same.txt': 's', 'diff.xml': '<d>1</d>', 'gone.css': 'x' }));
    const b = hashTree(tree({ 'same.txt': 's', 'diff.xml': '<d>2</d>', 'new/file.js': 'y' }));
    const c = compareTrees(a, b);
    expect(isIdentical(c)).toBe(false);
    expect(c).toEqual({ same: 1, differing: ['diff.xml'], onlyInA: ['gone.css'], onlyInB: ['new/file.js'] });
    const report = formatComparison(c, { a: 'A', b: 'B' });
    expect(report).toContain('1 filer har ulikt innhold, 1 finnes bare i A, 1 bare i B');
    expect(report).toMatch(/Ulikt innhold:\n {2}diff\.xml/);
    expect(report).toMatch(/Bare i B:\n {2}new\/file\.js/);
  });

  it('korter lange lister', () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, `${i}`]));
    const c = compareTrees(hashTree(tree(files)), hashTree(tree({})));
    expect(formatComparison(c, { a: 'A', b: 'B' }, 2)).toContain('… og 3 til');
  });
});

describe('firstDifference', () => {
  it('er null for like bytes', () => {
    expect(firstDifference(Buffer.from('abc'), Buffer.from('abc'))).toBeNull();
  });

  it('peker på første ulike byte og linjen den står på', () => {
    const d = firstDifference(Buffer.from('line1\nbuilt 12:00\n'), Buffer.from('line1\nbuilt 13:00\n'));
    expect(d).toMatchObject({ offset: 13, line: 2 });
    expect(d!.a).toContain('built 12:00');
    expect(d!.b).toContain('built 13:00');
  });

  it('melder en fil som bare er lengre', () => {
    expect(firstDifference(Buffer.from('ab'), Buffer.from('abc'))).toMatchObject({ offset: 2, line: 1 });
  });
});
