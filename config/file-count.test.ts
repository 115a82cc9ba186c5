import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleLimit, countFiles, fileCountWarning, fragmentLimit } from './file-count';

describe('countFiles', () => {
  it('teller filer per mappe på toppnivå, med Pagefinds undermapper hver for seg', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kb-files-'));
    try {
      const files = [
        'index.html',
        '404.html',
        'kommuner/a/index.html',
        'kommuner/b/index.html',
        'pagefind/pagefind.js',
        'pagefind/fragment/1.pf_fragment',
        'pagefind/fragment/2.pf_fragment',
        'pagefind/index/1.pf_index',
      ];
      for (const f of files) {
        mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        writeFileSync(path.join(root, f), 'x');
      }
      expect(Object.fromEntries(countFiles(root))).toEqual({
        '(rot)': 2,
        kommuner: 2,
        pagefind: 1,
        'pagefind/fragment': 2,
        'pagefind/index': 1,
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('fileCountWarning', () => {
  const counts = new Map([
    ['prosjekter', 10_083],
    ['pagefind/fragment', 10_157],
    ['pagefind/index', 273],
    ['(rot)', 6],
  ]);
  it('varsler over grensen og nevner de største mappene', () => {
    const w = fileCountWarning(counts, 20_000);
    expect(w).toMatch(/^Nettstedet har 20\s519 filer, over grensen på 20\s000/);
    expect(w).toMatch(/Flest i: pagefind\/fragment 10\s157, prosjekter 10\s083, pagefind\/index 273/);
    expect(w).toContain('docs/deploy.md');
    expect(w).toContain('sett KB_FILE_LIMIT=20000');
  });
  it('er stille på grensen, under den og når grensen er 0', () => {
    expect(fileCountWarning(counts, 20_519)).toBeNull();
    expect(fileCountWarning(new Map([['x', 5]]), 20_000)).toBeNull();
    expect(fileCountWarning(counts, 0)).toBeNull();
  });
});

describe('fragmentLimit', () => {
  it('lar Pagefind skrive ett fragment per side når det er plass', () => {
    // The demo: 373 files before the index, 232 pages.
    expect(fragmentLimit(373, 232, 20_000)).toBeUndefined();
    expect(fragmentLimit(10_000, 9_000, 0)).toBeUndefined(); // limit turned off
  });

  it('samler fragmentene akkurat nok til å holde seg under grensen', () => {
    // 10,000 projects: 13,014 files before the index, 12,904 HTML files.
    const max = fragmentLimit(13_014, 12_904, 20_000)!;
    expect(max).toBe(20_000 - 13_014 - (1291 + 50));
    // The site stays within the limit even if every chunk of the reserve is used.
    expect(13_014 + max + 1291 + 50).toBeLessThanOrEqual(20_000);
  });

  it('gir minst 1 når sidene alene er over grensen', () => {
    expect(fragmentLimit(25_000, 20_000, 20_000)).toBe(1);
  });
});

describe('bundleLimit', () => {
  const saved = process.env.KB_FILE_LIMIT;
  const withEnv = (value: string | undefined) => {
    if (value === undefined) delete process.env.KB_FILE_LIMIT;
    else process.env.KB_FILE_LIMIT = value;
    try {
      return bundleLimit();
    } finally {
      if (saved === undefined) delete process.env.KB_FILE_LIMIT;
      else process.env.KB_FILE_LIMIT = saved;
    }
  };

  it('bundles search fragments only for a limit the user set', () => {
    expect(withEnv(undefined)).toBeUndefined(); // the default 20,000 only warns
    expect(withEnv('')).toBeUndefined();
    expect(withEnv('0')).toBeUndefined();
    expect(withEnv('20000')).toBe(20_000);
  });
});
