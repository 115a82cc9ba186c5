/**
 * Markup and URL rules of the content check on the broken fixtures
 * (tests/fixtures/content-broken/{nyhetsbrev,verktoy}/html-*, url-*, mdx-*): each file has
 * one mistake, reported with its file, line and field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/validate/check';
import { formatProblem } from '../../src/lib/validate/problem';
import { readContentFiles } from '../../src/lib/validate/read';

const root = join(import.meta.dirname, '../..');
const VALID = 'tests/fixtures/content-small';
const BROKEN = 'tests/fixtures/content-broken';
const MINE = /\/(html|url|mdx)-[^/]+$/;

const valid = readContentFiles(root, VALID);
const broken: SourceFile[] = readContentFiles(root, BROKEN)
  .filter((f) => MINE.test(f.path))
  .map((f) => ({ ...f, path: f.path.replace(BROKEN, VALID) }));

const { problems } = checkContent({
  contentDir: VALID,
  files: [...valid, ...broken],
  fileExists: (path) => existsSync(join(root, path)),
  production: true,
});

describe('markup and URL rules on broken fixtures', () => {
  it.each([
    // file, line, field, words the message must contain
    ['nyhetsbrev/html-skript.md', 9, '(html)', ['elementet <script> er ikke tillatt', 'docs/content-html.md']],
    ['nyhetsbrev/html-hendelsesattributt.md', 7, '(html)', ['hendelsesattributtet onerror', 'kjører skript']],
    ['nyhetsbrev/html-style-attributt.md', 7, '(html)', ['style-attributtet er ikke tillatt']],
    ['nyhetsbrev/html-svg.md', 7, '(html)', ['elementet <svg>']],
    ['nyhetsbrev/html-ufullstendig.md', 7, '(html)', ['kan ikke leses entydig', 'eof-in-tag']],
    ['nyhetsbrev/html-bilde-uten-alt.md', 7, '(html)', ['<img> mangler attributtet alt']],
    [
      'nyhetsbrev/url-javascript-lenke.md',
      7,
      '(lenke)',
      ['«JavaScript:alert(1)»', '«javascript:» er ikke tillatt', 'https://'],
    ],
    ['nyhetsbrev/url-entitet-i-href.md', 7, '(lenke)', ['«javascript:alert(1)»', '«javascript:» er ikke tillatt']],
    ['nyhetsbrev/url-lenkedefinisjon.md', 9, '(lenke)', ['«data:» er ikke tillatt']],
    [
      'nyhetsbrev/url-bilde-utenfra.md',
      7,
      '(bilde)',
      ['«https://sporing.example/p.gif»', 'bilder må ligge på nettstedet'],
    ],
    ['nyhetsbrev/url-kontrolltegn.md', 7, '(lenke)', ['java\\u{0009}script', 'kontrolltegn']],
    [
      'verktoy/url-javascript-i-lenkefelt.md',
      5,
      'lenke',
      ['«javascript:» er ikke tillatt', '(fant «javascript:alert(1)»)'],
    ],
    ['verktoy/url-vedlegg-sti.md', 7, 'vedlegg.0.fil', ['«..»', '/vedlegg/filnavn', '(fant «/vedlegg/..»)']],
    ['verktoy/mdx-uttrykk.mdx', 6, '(mdx)', ['«{alert(1)}»', 'MDX-uttrykk']],
    ['verktoy/mdx-export.mdx', 6, '(mdx)', ['«export const', 'ingen export']],
    ['verktoy/mdx-import.mdx', 6, '(mdx)', ["«import fs from 'node:fs';»", '@components/mdx/']],
  ] as const)('%s:%i %s', (file, line, field, words) => {
    const mine = problems.filter((p) => p.file === `${VALID}/${file}`);
    expect(mine, mine.map(formatProblem).join('\n')).toHaveLength(1);
    const [problem] = mine;
    expect(problem!.line).toBe(line);
    expect(problem!.field).toBe(field);
    for (const w of words) expect(formatProblem(problem!)).toContain(w);
  });

  it('reports nothing in the valid files, whose MDX imports a component of the site', () => {
    const validPaths = new Set(valid.map((f) => f.path));
    expect(problems.filter((p) => validPaths.has(p.file)).map(formatProblem)).toEqual([]);
    expect(broken.length).toBe(16);
  });
});
