import { describe, expect, it } from 'vitest';
import { describeGlue, findGlue } from './text-glue';

describe('findGlue', () => {
  it('finds a word glued to a link, as on /om/ («pleie og omsorgog oppvekst»)', () => {
    const found = findGlue('<p>Sektorene <a href="/a/">pleie og omsorg</a>og <a href="/b/">oppvekst</a>.</p>');
    expect(found).toEqual([{ line: 1, before: 'omsorg', after: 'og', tag: 'a' }]);
    expect(describeGlue(found[0]!)).toContain('«omsorgog»');
  });

  it('finds glue before an element and between two inline siblings', () => {
    expect(findGlue('<p>åpn<code>http://x</code></p>').map((g) => g.before + '|' + g.after)).toEqual(['åpn|http']);
    expect(findGlue('<p><span>Kompetansebanken</span><span>Kvalitet</span></p>').map((g) => g.tag)).toEqual(['span']);
    expect(findGlue('<p><em><strong>a</strong></em><em>b</em></p>')).toHaveLength(1);
  });

  it('accepts white space, punctuation and digits at the boundary', () => {
    expect(findGlue('<p>pleie og <a href="/">omsorg</a> og <b>oppvekst</b>.</p>')).toEqual([]);
    expect(findGlue('<p><a href="/">omsorg</a>, <em>oppvekst</em>: «<q>x</q>»</p>')).toEqual([]);
    expect(findGlue('<p>Verdal<sup>1</sup> og 10<span>\u00A0%</span></p>')).toEqual([]);
  });

  it('does not join text across block elements, line breaks or images', () => {
    expect(findGlue('<ul><li>pleie og omsorg</li><li>oppvekst</li></ul><p>a</p><p>b</p>')).toEqual([]);
    expect(findGlue('<p><span>a</span><br><span>b</span><img alt=""><span>c</span></p>')).toEqual([]);
    expect(findGlue('<li><a href="/">Tromsø</a><svg role="img"><text>x</text></svg><span>uendret</span></li>')).toEqual(
      [],
    );
  });

  it('allows a <wbr> break inside a word, and a highlight inside a word is glue only at an element edge', () => {
    expect(findGlue('<p>læringsnettverk<wbr>samling</p>')).toEqual([]);
    expect(findGlue('<p>Sykefra<mark>vær</mark></p>')).toHaveLength(1);
  });

  it('reads <noscript> content (what a reader without JavaScript sees), skips hidden, script, style and SVG text', () => {
    expect(findGlue('<noscript><p><a href="/">etter</a>pleie</p></noscript>')).toHaveLength(1);
    expect(findGlue('<div hidden><span>a</span><span>b</span></div>')).toEqual([]);
    expect(findGlue('<p>a<script>b</script></p><style>p{}</style><svg><text>a</text><text>b</text></svg>')).toEqual([]);
  });

  it('names the line of the second word', () => {
    expect(findGlue('<p>\n\n<a href="/">x</a>y</p>')[0]!.line).toBe(3);
  });
});
