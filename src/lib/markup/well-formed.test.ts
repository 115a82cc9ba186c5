import { describe, expect, it } from 'vitest';
import { formatParseProblem, parseProblems } from './well-formed';

const page = (body: string, after = '') =>
  `<!doctype html>\n<html lang="nb">\n<head><title>x</title></head>\n<body>\n${body}\n</body>\n</html>${after}`;

const codes = (html: string) => parseProblems(html).map(formatParseProblem);

describe('parseProblems', () => {
  it('finds nothing in a well-formed page, optional end tags and void elements included', () => {
    expect(
      codes(
        page(
          '<p>Ett<p>To<br><img src="a.png" alt=""><ul><li>a<li>b</ul><table><tr><td>1</table><script>if (a</b) {}</script>',
        ),
      ),
    ).toEqual([]);
  });
  it('finds a script after </html>, as /sok/ had', () => {
    expect(codes(page('<p>x</p>', '<script type="module" src="/a.js"></script>'))).toEqual([
      '7:8 content-after-end script',
    ]);
  });
  it('finds content after </body>', () => {
    expect(codes(page('<p>x</p>').replace('</body>\n', '</body>\n<div>y</div>\n'))).toContain(
      '7:1 content-after-end div',
    );
  });
  it('finds an end tag that closes nothing, and an element never closed', () => {
    expect(codes(page('<div><span>x</div></span>'))).toEqual([
      '5:6 unclosed-element <span>',
      '5:19 stray-end-tag </span>',
    ]);
  });
  it("reports the tokenizer's own errors", () => {
    expect(codes(page('<p title="a"title="b">x</p><!-- x --!>'))).toEqual([
      '5:13 missing-whitespace-between-attributes',
      '5:18 duplicate-attribute',
      '5:38 incorrectly-closed-comment',
    ]);
    expect(codes('<html><body></body></html>')).toContain('1:1 missing-doctype');
  });
});
