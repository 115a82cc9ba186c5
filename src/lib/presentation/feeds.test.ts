import { describe, expect, it } from 'vitest';
import { fullText, itemDescription, mediaXml } from './feeds';

const site = new URL('https://www.kvalitetskommuner.no');

describe('fullText', () => {
  it('makes links absolute against the entry, drops scripts and inline styles, and marks example data', () => {
    const html = fullText(
      'Et sammendrag med <tegn> & mer.',
      '/historier/a/',
      {
        site,
        bodyHtml: '<p>Se <a href="/prosjekter/x/">prosjektet</a> og <a href="#b">b</a>.</p><script>alert(1)</script>',
        exampleNote: 'Eksempeldata: oppdiktet.',
      },
      true,
    );
    expect(html).toContain('<p><strong>Eksempeldata: oppdiktet.</strong></p>');
    expect(html).toContain('<p>Et sammendrag med &lt;tegn&gt; &amp; mer.</p>');
    expect(html).toContain('href="https://www.kvalitetskommuner.no/prosjekter/x/"');
    expect(html).toContain('href="https://www.kvalitetskommuner.no/historier/a/#b"');
    expect(html).not.toMatch(/<script|style="/);
  });

  it('puts the picture with its text alternative before the body', () => {
    const image = { url: 'https://x/_astro/a.jpeg', width: 800, height: 533, alt: 'Barn "ute" i parken' };
    const html = fullText('Sammendrag.', '/historier/a/', { site, image }, false);
    expect(html).toBe(
      '<p>Sammendrag.</p>\n<p><img src="https://x/_astro/a.jpeg" width="800" height="533" alt="Barn &quot;ute&quot; i parken"></p>',
    );
    expect(mediaXml(image)).toBe(
      '<media:content url="https://x/_astro/a.jpeg" type="image/jpeg" medium="image" width="800" height="533"><media:description type="plain">Barn "ute" i parken</media:description></media:content>',
    );
  });
});

describe('itemDescription', () => {
  it('begins with «Eksempeldata: » for invented content only', () => {
    expect(itemDescription('Et sammendrag.', true)).toBe('Eksempeldata: Et sammendrag.');
    expect(itemDescription('Et sammendrag.', false)).toBe('Et sammendrag.');
  });
});
