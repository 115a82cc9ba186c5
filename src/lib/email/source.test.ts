import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicImageSizes, siteUrl } from './source';

const PAGE = new URL('https://www.kvalitetskommuner.no/nyhetsbrev/nr-7/');
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-email-'));
  mkdirSync(join(dir, 'bilder'));
  await sharp({ create: { width: 800, height: 400, channels: 3, background: '#1e4d7b' } })
    .png()
    .toFile(join(dir, 'bilder', 'kart.png'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publicImageSizes', () => {
  it('measures images of this site that live in public/, and nothing else', async () => {
    const html = `<p><img src="/bilder/kart.png" alt="Kart"><img src="../../bilder/kart.png" alt="Samme">
<img src="/bilder/finnes-ikke.png" alt="Borte"><img src="https://example.org/bilder/kart.png" alt="Fjern">
<img src="/../../etc/passwd" alt="Utenfor"></p>`;
    const sizes = await publicImageSizes(html, PAGE, dir);
    expect([...sizes]).toEqual([['https://www.kvalitetskommuner.no/bilder/kart.png', { width: 800, height: 400 }]]);
  });

  it('gives an empty map for a newsletter without HTML body', async () => {
    expect((await publicImageSizes(undefined, PAGE, dir)).size).toBe(0);
  });
});

describe('siteUrl', () => {
  it('insists on a site URL', () => {
    expect(siteUrl('https://www.kvalitetskommuner.no').href).toBe('https://www.kvalitetskommuner.no/');
    expect(() => siteUrl(undefined)).toThrow(/site/);
  });
});
