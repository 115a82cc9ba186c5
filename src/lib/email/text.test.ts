import { describe, expect, it } from 'vitest';
import type { EmailNewsletter } from './newsletter';
import { emailBodyText, renderEmailText, TEXT_WIDTH, wrap } from './text';

const SITE = 'https://www.kvalitetskommuner.no';
const PAGE = `${SITE}/nyhetsbrev/nr-7/`;
const text = (html: string) => emailBodyText(html, { base: PAGE });

describe('wrap', () => {
  it('fills lines up to the width and breaks only at spaces', () => {
    const lines = wrap('en to tre fire fem seks sju åtte ni ti', 12);
    expect(lines).toEqual(['en to tre', 'fire fem', 'seks sju', 'åtte ni ti']);
    expect(lines.every((l) => [...l].length <= 12)).toBe(true);
  });
  it('puts a word longer than the line on its own line, uncut', () => {
    const url = 'https://www.kvalitetskommuner.no/nyhetsbrev/2007-06-manedsnytt-nr-1/';
    expect(wrap(`Se ${url} nå`, 20)).toEqual(['Se', url, 'nå']);
  });
  it('never breaks at a no-break space nor before "%", and keeps hard breaks', () => {
    expect(wrap('ned til 12\u00a0345 dagsverk', 12)).toEqual(['ned til', '12\u00a0345', 'dagsverk']);
    expect(wrap('fravær på 9 %', 11)).toEqual(['fravær på', '9 %']);
    expect(wrap('123456789 %', 8)).toEqual(['123456789 %']);
    expect(wrap('a\nb c', 72)).toEqual(['a', 'b c']);
  });
  it('counts æ, ø and å as one character each', () => {
    expect(wrap('ææææ øøøø åååå', 9)).toEqual(['ææææ øøøø', 'åååå']);
  });
});

describe('emailBodyText', () => {
  it('underlines h2, writes h3 in capitals and separates blocks with a blank line', () => {
    expect(text('<h2 id="a">Fra nettverkene</h2>\n<p>Tekst.</p>\n<h3>Neste steg</h3>\n<p>Mer.</p>')).toBe(
      'Fra nettverkene\n---------------\n\nTekst.\n\nNESTE STEG\n\nMer.',
    );
  });

  it('writes list items with "- " or numbers, indenting continuation lines and nested lists', () => {
    const html = `<ul>
<li>punkt en</li>
<li>punkt to er så langt at det må brytes over flere linjer når bredden er sytti tegn
<ul>
<li>nestet</li>
</ul>
</li>
</ul>
<ol start="3"><li>tre</li><li>fire</li></ol>`;
    expect(text(html)).toBe(
      [
        '- punkt en',
        '- punkt to er så langt at det må brytes over flere linjer når bredden er',
        '  sytti tegn',
        '  - nestet',
        '',
        '3. tre',
        '4. fire',
      ].join('\n'),
    );
  });

  it('writes links as "text (url)", bare URLs once, and mail addresses without mailto:', () => {
    const html =
      '<p>Se <a href="/prosjekter/">prosjektene</a>, <a href="https://www.ks.no/">https://www.ks.no/</a> og skriv til <a href="mailto:post@ks.no">post@ks.no</a> eller <a href="mailto:post@ks.no">sekretariatet</a>.</p>';
    expect(text(html)).toBe(
      [
        `Se prosjektene (${SITE}/prosjekter/),`,
        'https://www.ks.no/ og skriv til post@ks.no eller sekretariatet',
        '(post@ks.no).',
      ].join('\n'),
    );
  });

  it('keeps & < > as plain characters and drops scripts', () => {
    expect(text('<p>Lillehammer &amp; Gjøvik: 5 &lt; 7 &gt; 3<script>alert(1)</script></p>')).toBe(
      'Lillehammer & Gjøvik: 5 < 7 > 3',
    );
  });

  it('quotes block quotes, indents code, lists table rows and marks footnotes', () => {
    const html = `<blockquote><p>Sitat her</p></blockquote>
<pre class="astro-code"><code><span class="line">const a = 1;</span>
<span class="line">  return a;</span></code></pre>
<table><thead><tr><th>Kommune</th><th>Fravær</th></tr></thead><tbody><tr><td>Tana</td><td>8,1 %</td></tr></tbody></table>
<p>Fotnote<sup><a href="#user-content-fn-1" data-footnote-ref>1</a></sup> og <img src="/x.png" alt="Et kart" width="10" height="10">.</p>`;
    expect(text(html)).toBe(
      [
        '> Sitat her',
        '',
        '    const a = 1;',
        '      return a;',
        '',
        'Kommune | Fravær',
        '----------------',
        'Tana | 8,1 %',
        '',
        'Fotnote[1] og [Bilde: Et kart].',
      ].join('\n'),
    );
  });

  it('keeps <br> as a line break', () => {
    expect(text('<p>Linje en<br>\nlinje to</p>')).toBe('Linje en\nlinje to');
  });
});

const newsletter: EmailNewsletter = {
  id: 'nr-7',
  nummer: 7,
  dato: new Date('2008-05-01T00:00:00Z'),
  tittel: 'Resultater & nye tall',
  sammendrag: 'Sammendraget av nyhetsbrevet er en setning som er lang nok til å måtte brytes i ren tekst.',
  eksempeldata: true,
  bodyHtml: '<p>Se <a href="/resultater/">resultatene</a>.</p>',
};

describe('renderEmailText', () => {
  const out = renderEmailText(newsletter, { site: SITE });
  const lines = out.split('\n');

  it('has title, number and date, body, web link and the example-data notice', () => {
    expect(lines.slice(0, 6)).toEqual([
      'Kompetansebanken · Kvalitetskommuneprogrammet',
      'Nyhetsbrev nr. 7 · 1. mai 2008',
      '',
      'Resultater & nye tall',
      '=====================',
      '',
    ]);
    expect(out).toContain(`Se resultatene (${SITE}/resultater/).`);
    expect(out).toContain(PAGE);
    expect(out).toContain(`Alle nyhetsbrev: ${SITE}/nyhetsbrev/`);
    expect(lines[6]).toBe('Eksempeldata: Dette nyhetsbrevet inneholder oppdiktede opplysninger som');
    expect(out.indexOf('Eksempeldata:')).toBeLessThan(out.indexOf('Sammendraget'));
    expect(out.endsWith('.\n')).toBe(true);
  });

  it('wraps every line at 72 characters, without trailing spaces', () => {
    for (const line of lines) {
      if (!line.includes(' ')) continue; // a lone long word (a URL) may be longer
      expect([...line].length, line).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(line).toBe(line.trimEnd());
    }
  });

  it('leaves out the notice for real content', () => {
    expect(renderEmailText({ ...newsletter, eksempeldata: false }, { site: SITE })).not.toContain('Eksempeldata');
  });
});
