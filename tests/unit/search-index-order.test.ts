import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFilesSorted, INDEXED_FOLDERS } from '../../config/search-index';

describe('sidene Pagefind leser', () => {
  it('gir alle HTML-filer sortert bytevis, uansett rekkefølgen de ble skrevet i', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kb-pf-order-'));
    try {
      for (const f of ['kommuner/moss/index.html', 'index.html', 'a/b.html', 'kommuner/alta/index.html', 'Z.html', '_astro/x.css', 'data/p.csv']) {
        mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        writeFileSync(path.join(root, f), '<html></html>');
      }
      expect(htmlFilesSorted(root)).toEqual(['Z.html', 'a/b.html', 'index.html', 'kommuner/alta/index.html', 'kommuner/moss/index.html']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('indekserer nøyaktig mappene der detaljsidene ber om søk (BaseLayout searchable)', () => {
    const pages = path.resolve('src/pages');
    const searchable: string[] = [];
    for (const folder of readdirSync(pages, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const f of readdirSync(path.join(pages, folder.name))) {
        if (f.endsWith('.astro') && /<BaseLayout[^>]*\bsearchable\b/.test(readFileSync(path.join(pages, folder.name, f), 'utf8'))) {
          searchable.push(folder.name);
        }
      }
    }
    expect([...new Set(searchable)].sort()).toEqual([...INDEXED_FOLDERS]);
  });
});
