import { describe, expect, it } from 'vitest';
import { absoluteUrl, cleanHtml } from './clean';
import { ELEMENT_STYLES, emailBodyHtml, renderEmailHtml } from './html';
import type { EmailNewsletter } from './newsletter';
import { parseFragment, type ElementNode, type Node } from './parse';

const SITE = 'https://www.kvalitetskommuner.no';
const PAGE = `${SITE}/nyhetsbrev/nr-7/`;

/** What Astro's Markdown processor (Sätteri) writes for a varied newsletter body. */
const RENDERED = `<h2 id="overskrift">Overskrift &amp; mer</h2>
<p>Tekst med <strong>fet</strong>, <em>kursiv</em>, <code>kode</code> og en <a href="/prosjekter/" title="Tittel">lenke</a> og <a href="https://www.ks.no/">https://www.ks.no/</a> og <a href="../nr-2/">relativ</a> og <a href="#x">anker</a>. Lillehammer &amp; Gjøvik: 5 &lt; 7 &gt; 3.</p>
<h3 id="under">Under</h3>
<ul>
<li>punkt en</li>
<li>punkt to med <a href="mailto:post@ks.no">lenke</a>
<ul>
<li>nestet</li>
</ul>
</li>
</ul>
<ol>
<li>en</li>
<li>to</li>
</ol>
<blockquote>
<p>Sitat her
på to linjer</p>
</blockquote>
<p><img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;Bilde tekst&quot;,&quot;src&quot;:&quot;./bilder/x.jpg&quot;,&quot;index&quot;:0}">
<img src="https://example.org/a.png" alt="Fjernt">
<img src="/bilder/kart.png" alt="Kart over nettverkene"></p>
<table>
<thead>
<tr>
<th style="text-align: left">A</th>
<th style="text-align: right">B</th>
</tr>
</thead>
<tbody>
<tr>
<td style="text-align: left">1</td>
<td style="text-align: right">2</td>
</tr>
</tbody>
</table>
<p>Fotnote<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>.</p>
<ul class="contains-task-list">
<li class="task-list-item"><input type="checkbox" disabled> oppgave</li>
<li class="task-list-item"><input type="checkbox" checked disabled> ferdig</li>
</ul>
<hr>
<pre class="astro-code github-dark" style="background-color:#24292e;color:#e1e4e8; overflow-x: auto;" tabindex="0" data-language="js"><code><span class="line"><span style="color:#F97583">const</span><span style="color:#79B8FF"> a</span><span style="color:#F97583"> =</span><span style="color:#79B8FF"> 1 &lt; 2;</span></span></code></pre>
<p>Linje en<br>
linje to</p>
<div class="x" id="y" onclick="y()">rå html <span style="color:red">rød</span> <script>alert(1)</script><style>p{color:red}</style> <a href="javascript:alert(1)">farlig</a></div>
<p><del>slettet</del></p>
<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>
<ol>
<li id="user-content-fn-1">
<p>Notatet. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>
</li>
</ol>
</section>
`;

const sizes = new Map([[`${SITE}/bilder/kart.png`, { width: 1104, height: 600 }]]);
const body = emailBodyHtml(RENDERED, { base: PAGE, imageSizes: sizes });

function elements(nodes: Node[]): ElementNode[] {
  return nodes.flatMap((n) => (n.type === 'element' ? [n, ...elements(n.children)] : []));
}

describe('absoluteUrl', () => {
  it('resolves against the web page, like the browser does', () => {
    expect(absoluteUrl('/prosjekter/', PAGE)).toBe(`${SITE}/prosjekter/`);
    expect(absoluteUrl('../nr-2/', PAGE)).toBe(`${SITE}/nyhetsbrev/nr-2/`);
    expect(absoluteUrl('#x', PAGE)).toBe(`${PAGE}#x`);
    expect(absoluteUrl('//example.org/a', PAGE)).toBe('https://example.org/a');
    expect(absoluteUrl(' mailto:post@ks.no ', PAGE)).toBe('mailto:post@ks.no');
  });
  it('refuses scripts, data and empty URLs', () => {
    expect(absoluteUrl('javascript:alert(1)', PAGE)).toBeUndefined();
    expect(absoluteUrl('java\nscript:alert(1)', PAGE)).toBeUndefined();
    expect(absoluteUrl('data:text/html,x', PAGE)).toBeUndefined();
    expect(absoluteUrl('  ', PAGE)).toBeUndefined();
  });
});

describe('emailBodyHtml', () => {
  const tree = parseFragment(body);
  const all = elements(tree);

  it('makes every href and src absolute', () => {
    const urls = all.flatMap((e) => [e.attrs.href, e.attrs.src].filter((u) => u !== undefined));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|mailto:)/);
    expect(body).toContain(`href="${SITE}/prosjekter/"`);
    expect(body).toContain(`href="${SITE}/nyhetsbrev/nr-2/"`);
    expect(body).toContain(`href="${PAGE}#x"`);
    expect(body).toContain('href="https://www.ks.no/"');
    expect(body).toContain('href="mailto:post@ks.no"');
  });

  it('puts the inline style of its type on every element', () => {
    const names = new Set(all.map((e) => e.name));
    for (const name of [
      'p',
      'h2',
      'h3',
      'ul',
      'ol',
      'li',
      'a',
      'strong',
      'em',
      'blockquote',
      'img',
      'table',
      'th',
      'td',
      'code',
      'pre',
      'hr',
      'del',
      'sup',
    ]) {
      expect(names, name).toContain(name);
    }
    for (const e of all) {
      if (e.name === 'br' || ['thead', 'tbody', 'tr'].includes(e.name)) continue;
      if (e.name === 'div' && e.attrs.style === 'overflow-x:auto;margin:0;') continue; // the table's scroll box
      expect(e.attrs.style, `<${e.name}>`).toBeTruthy();
      if (e.name === 'code' || e.name === 'th' || e.name === 'td') continue; // varies by context
      expect(e.attrs.style, `<${e.name}>`).toBe(ELEMENT_STYLES[e.name]);
    }
  });

  it('drops scripts, styles, classes, ids, event handlers, data- and aria- attributes', () => {
    expect(body).not.toMatch(/<script|<style|alert\(|p\{color/i);
    for (const e of all) {
      const names = Object.keys(e.attrs);
      expect(
        names.filter((a) => /^(class|id|on.*|data-.*|aria-.*|tabindex|__astro.*)$/.test(a)),
        `<${e.name}>`,
      ).toEqual([]);
    }
    expect(all.map((e) => e.name)).not.toContain('span');
    expect(all.map((e) => e.name)).not.toContain('input');
    expect(body).toContain('rå html rød');
    expect(body).toContain('farlig'); // the text of a javascript: link stays, the link goes
    expect(body).not.toContain('javascript:');
  });

  it('keeps only images it can size, with width, height and alt; the rest become their alt text', () => {
    const images = all.filter((e) => e.name === 'img');
    expect(images).toEqual([
      {
        type: 'element',
        name: 'img',
        // 1104 × 600 is scaled to the 552 px content width
        attrs: {
          src: `${SITE}/bilder/kart.png`,
          alt: 'Kart over nettverkene',
          width: '552',
          height: '300',
          style: ELEMENT_STYLES.img,
        },
        children: [],
      },
    ]);
    expect(body).toContain('[Bilde: Bilde tekst]'); // astro:assets placeholder: no public URL
    expect(body).toContain('[Bilde: Fjernt]'); // remote image without a size
  });

  it('keeps width and height given in the HTML, and drops decorative images', () => {
    const out = emailBodyHtml(
      '<p><img src="logo.png" alt="Logo" width="120" height="40"><img src="pynt.png" alt=""></p>',
      { base: PAGE },
    );
    expect(out).toBe(
      `<p style="${ELEMENT_STYLES.p}"><img src="${PAGE}logo.png" alt="Logo" width="120" height="40" style="${ELEMENT_STYLES.img}"></p>`,
    );
  });

  it('escapes & < > in text and " in attributes', () => {
    expect(body).toContain('Overskrift &amp; mer');
    expect(body).toContain('Lillehammer &amp; Gjøvik: 5 &lt; 7 &gt; 3.');
    expect(body).toContain('1 &lt; 2;');
    const out = emailBodyHtml('<p><a href="/a?x=1&amp;y=2" title="&quot;sitat&quot;">A &amp; B</a></p>', {
      base: PAGE,
    });
    expect(out).toContain(`href="${SITE}/a?x=1&amp;y=2" title="&quot;sitat&quot;"`);
    expect(out).toContain('>A &amp; B</a>');
  });

  it('keeps table alignment, task-list boxes and footnotes readable', () => {
    expect(body).toMatch(/<th align="right" style="[^"]*text-align:right;/);
    expect(body).toContain('☐ oppgave');
    expect(body).toContain('☑ ferdig');
    expect(body).toMatch(/<h3 style="[^"]*">Fotnoter<\/h3>/);
    expect(body).not.toContain('Footnotes');
    expect(body).not.toContain('↩');
  });

  it('turns h1 into h2 and b/i into strong/em', () => {
    const out = cleanHtml('<h1>A</h1><p><b>B</b><i>C</i></p>', { base: PAGE });
    expect(elements(out).map((e) => e.name)).toEqual(['h2', 'p', 'strong', 'em']);
  });
});

const newsletter: EmailNewsletter = {
  id: 'nr-7',
  nummer: 7,
  dato: new Date('2008-05-01T00:00:00Z'),
  tittel: 'Resultater & <nye> tall',
  sammendrag: 'Sammendraget av nyhetsbrevet, minst tjue tegn.',
  eksempeldata: true,
  bodyHtml: RENDERED,
};

describe('renderEmailHtml', () => {
  const html = renderEmailHtml(newsletter, { site: SITE, imageSizes: sizes });

  it('is a complete, self-contained Norwegian document', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nb">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Resultater &amp; &lt;nye&gt; tall – Nyhetsbrev nr. 7 – Kompetansebanken</title>');
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/<style|@import|<script/i);
    expect(html).not.toMatch(/ class=| id=/);
  });

  it('has a 600 px table layout with header, title and footer', () => {
    expect(html).toMatch(/<table role="presentation" width="600"[^>]*style="width:100%;max-width:600px;/);
    expect(html).toContain('Kompetansebanken · Kvalitetskommuneprogrammet');
    expect(html).toContain('Nyhetsbrev nr. 7 · 1. mai 2008');
    expect(html).toMatch(/<h1 [^>]*>Resultater &amp; &lt;nye&gt; tall<\/h1>/);
    expect(html).toContain(`href="${PAGE}"`);
    expect(html).toContain(`href="${SITE}/nyhetsbrev/"`);
    expect(html).toContain('Eksempeldata:</strong>');
    // Before the title and every figure of the body, and in the inbox preview line.
    expect(html.indexOf('Eksempeldata:</strong>')).toBeLessThan(html.indexOf('<h1 '));
    expect(html).toMatch(/mso-hide:all;">Eksempeldata: /);
  });

  it('has only absolute URLs', () => {
    const urls = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|mailto:)/);
  });

  it('leaves out the example-data notice for real content', () => {
    expect(renderEmailHtml({ ...newsletter, eksempeldata: false }, { site: SITE })).not.toContain('Eksempeldata');
  });

  it('points to the web version when there is no rendered body (MDX)', () => {
    const out = renderEmailHtml({ ...newsletter, bodyHtml: undefined }, { site: SITE });
    expect(out).toContain('Hele nyhetsbrevet kan leses på nettet.');
    expect(out).toContain(`<a href="${PAGE}"`);
  });
});
