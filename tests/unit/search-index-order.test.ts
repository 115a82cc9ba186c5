import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFilesSorted, pageUrl } from '../../config/search-index';

describe('sidene Pagefind får, i fast rekkefølge', () => {
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

  it('lager adressen slik Pagefind gjør, uten index.html', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('kommuner/moss/index.html')).toBe('/kommuner/moss/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(pageUrl('nyhetsbrev/x/epost.html')).toBe('/nyhetsbrev/x/epost.html');
  });
});
