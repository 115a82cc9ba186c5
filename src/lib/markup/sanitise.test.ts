import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { attributeName, safeStyle, sanitiseHtml } from './sanitise';
import { RENDERED_ELEMENTS } from './allow-list';

/** Renders as Astro does (raw HTML parsed, our plugin in the hast phase). */
function render(md: string): string {
  // Synchronous: the plugin has no async visitor.
  return (markdownToHtml(md, { features: { rawHtml: true }, hastPlugins: [sanitiseHtml] }) as MarkdownToHtmlResult)
    .html;
}

type Element = DefaultTreeAdapterMap['element'];

/** Every element of rendered HTML as read by parse5 (as a browser reads it). */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (n: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in n) out.push(n as Element);
    if ('childNodes' in n) n.childNodes.forEach(visit);
    if ('content' in n) (n as DefaultTreeAdapterMap['template']).content.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return out;
}

/** What a browser would find dangerous in the HTML: not allowed elements, handlers, bad URLs. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(html)) {
    if (!RENDERED_ELEMENTS[el.tagName]) found.push(`<${el.tagName}>`);
    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName}@${a.name}`);
      if (a.name === 'style' && !safeStyle(a.value)) found.push(`${el.tagName}@style`);
      if (
        (a.name === 'href' || a.name === 'src') &&
        /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\t\n\r]/g, ''))
      ) {
        found.push(`${el.tagName}@${a.name}=${a.value}`);
      }
    }
  }
  if (/<!--/.test(html)) found.push('comment');
  return found;
}

describe('sanitiseHtml keeps what Markdown and the allow-list write', () => {
  it.each([
    [
      'Tekst <abbr title="Kvalitetskommuneprogrammet">KKP</abbr> og m<sup>2</sup>.',
      '<abbr title="Kvalitetskommuneprogrammet">KKP</abbr>',
    ],
    ['<details open>\n<summary>Mer</summary>\n\nInni.\n\n</details>', '<details open>\n<summary>Mer</summary>'],
    [
      '<table>\n<caption>T</caption>\n<tr><th scope="row" colspan="2">a</th></tr>\n</table>',
      '<th scope="row" colspan="2">a</th>',
    ],
    ['[KS](https://www.ks.no/) og [e-post](mailto:a@b.no)', '<a href="https://www.ks.no/">KS</a>'],
    ['| a | b |\n|:-|-:|\n| 1 | 2 |', '<td style="text-align: right">2</td>'],
    ['Fotnote[^1].\n\n[^1]: Tekst.', 'data-footnote-ref'],
    ['- [x] ferdig', '<input type="checkbox" checked disabled>'],
    ['```js\nlet a = 1;\n```', '<code class="language-js">'],
    ['![Bilde](./bilder/a.jpg)', '<img src="./bilder/a.jpg" alt="Bilde">'],
  ])('%j', (md, kept) => {
    const html = render(md);
    expect(html).toContain(kept);
    expect(dangers(html)).toEqual([]);
  });
});

describe('sanitiseHtml removes what the check refuses', () => {
  it.each([
    '<script>alert(1)</script>',
    'Tekst <script>alert(1)</script> videre',
    '<img src=x onerror=alert(1)>',
    '<IMG SRC="./a.jpg" ONERROR="alert(1)" alt="">',
    '<svg onload=alert(1)><circle r=1></svg>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<style>*{display:none}</style>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="import" href="data:text/html,<script>alert(1)</script>">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<template><script>alert(1)</script></template>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    '<a href="java&#9;script:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '<javascript:alert(1)>',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '![x](data:image/svg+xml,<svg onload=alert(1)>)',
    '<!-- <script>alert(1)</script> -->',
    '<!--><script>alert(1)</script>-->',
    '<![CDATA[<script>alert(1)</script>]]>',
    '<div onmouseover="alert(1)"><em onclick="alert(2)">x</em></div>',
    '<details open ontoggle=alert(1)>x</details>',
    '<a href="/ok/" href="javascript:alert(1)">x</a>',
    '<p title="\n\n" onmouseover="alert(1)" x="',
    '<xmp><script>alert(1)</script></xmp>',
    '<select><template><script>alert(1)</script></template></select>',
    '<video><source onerror="alert(1)"></video>',
    '<input autofocus onfocus=alert(1)>',
    '<textarea></textarea><script>alert(1)</script>',
    '<table><tr><td background="javascript:alert(1)">x</td></tr></table>',
  ])('%j', (md) => {
    const html = render(md);
    expect(dangers(html), html).toEqual([]);
  });

  it('keeps the text of wrappers it removes', () => {
    expect(render('<div><font color="red">Hei</font> <em>du</em></div>').trim()).toBe('Hei <em>du</em>');
  });
});

describe('sanitiseHtml in MDX', () => {
  const compile = (source: string) => (mdxToJs(source, { hastPlugins: [sanitiseHtml] }) as MdxToJsResult).code;
  it('keeps imported site components and drops code', () => {
    const code = compile(
      "import Faktaboks from '@components/mdx/Faktaboks.astro';\nexport const x = globalThis.alert(1);\n\n<Faktaboks tittel=\"T\" onClick={() => alert(2)}>Tekst {alert(3)}</Faktaboks>\n\n<script>{'alert(4)'}</script>\n",
    );
    expect(code).not.toMatch(/alert\(/);
  });
  it('keeps an imported component', () => {
    const code = compile(
      'import Faktaboks from \'@components/mdx/Faktaboks.astro\';\n\n<Faktaboks tittel="T">Tekst</Faktaboks>\n',
    );
    expect(code).toContain('@components/mdx/Faktaboks.astro');
    expect(code).toContain('Faktaboks');
  });
});

describe('attributeName', () => {
  it.each([
    ['className', 'class'],
    ['ariaDescribedBy', 'aria-describedby'],
    ['dataFootnoteRef', 'data-footnote-ref'],
    ['colSpan', 'colspan'],
    ['onClick', 'onclick'],
  ])('%s -> %s', (p, a) => expect(attributeName(p)).toBe(a));
});
