import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, parseFragment, textContent, tokenize, type ElementNode } from './parse';

describe('escaping', () => {
  it('escapes & < > in text and also " in attributes', () => {
    expect(escapeText('5 < 7 & 8 > 3 "x"')).toBe('5 &lt; 7 &amp; 8 &gt; 3 "x"');
    expect(escapeAttribute('a"b&c')).toBe('a&quot;b&amp;c');
  });
});

describe('tokenize', () => {
  it('reads tags, attributes in every quoting style, and text', () => {
    expect(tokenize(`<a HREF="/x?a=1&amp;b=2" title='t' data-x=y hidden>T&amp;T</a>`)).toEqual([
      {
        type: 'start',
        name: 'a',
        attrs: { href: '/x?a=1&b=2', title: 't', 'data-x': 'y', hidden: '' },
        selfClosing: false,
      },
      { type: 'text', value: 'T&T' },
      { type: 'end', name: 'a' },
    ]);
  });
  it('skips comments and doctypes, keeps a lone "<" as text, and reads script content raw', () => {
    const tokens = tokenize('<!doctype html><!-- <p>skjult</p> -->1 < 2<script>if (a<b) x("</p>")</script>');
    expect(tokens).toEqual([
      { type: 'text', value: '1 < 2' },
      { type: 'start', name: 'script', attrs: {}, selfClosing: false },
      { type: 'text', value: 'if (a<b) x("</p>")' },
      { type: 'end', name: 'script' },
    ]);
  });
});

describe('parseFragment', () => {
  it('builds a tree and closes what HTML leaves implied', () => {
    const tree = parseFragment('<ul><li>en<li>to <b>fet</ul><p>a<p>b');
    const ul = tree[0] as ElementNode;
    expect(ul.name).toBe('ul');
    expect(ul.children.map((c) => (c as ElementNode).name)).toEqual(['li', 'li']);
    expect(textContent(ul.children)).toBe('ento fet');
    expect(tree.slice(1).map((n) => (n as ElementNode).name)).toEqual(['p', 'p']);
  });
  it('ignores stray end tags and knows void elements', () => {
    const tree = parseFragment('<p>a</span><br>b<img src="x.png">c</p>');
    expect(tree).toHaveLength(1);
    const p = tree[0] as ElementNode;
    expect(p.children.map((c) => (c.type === 'text' ? c.value : c.name))).toEqual(['a', 'br', 'b', 'img', 'c']);
  });
});
