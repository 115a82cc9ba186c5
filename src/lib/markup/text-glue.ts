/**
 * Finds words glued across element boundaries: «pleie og omsorg</a>og oppvekst» reads
 * «omsorgog» in a browser's textContent, in the search index, in reader mode and for screen
 * readers. Walks a real HTML parse (parse5) in document order the way textContent joins inline
 * siblings: within one block, an inline element's start or end with no white space between a
 * letter before it and a letter after it is glue. Block elements (p, li, td, div, …), line
 * breaks, images and SVG pictures separate text, so adjacent blocks are never reported;
 * `hidden` subtrees, scripts and styles are not read.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One place where two words touch across an element boundary. */
export interface Glue {
  /** 1-based line of the text that starts the second word. */
  line: number;
  /** The word before the boundary, e.g. «omsorg». */
  before: string;
  /** The word after the boundary, e.g. «og». */
  after: string;
  /** The tag whose start or end lies between them, e.g. «a». */
  tag: string;
}

/** Elements laid out inline, whose start and end tags textContent joins with no space. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'output',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Elements whose content is not text a reader sees in the flow. */
const SKIP = new Set(['script', 'style', 'template', 'head', 'title']);
/** Boxes drawn on their own (pictures), which separate the text around them like an image. */
const BOXES = new Set(['svg', 'math']);
/** Allowed break points inside a word: neither glue nor a separator. */
const TRANSPARENT = new Set(['wbr']);

const LETTER = /\p{L}/u;
const wordBefore = (text: string) => /[\p{L}\p{M}]+$/u.exec(text)?.[0] ?? '';
const wordAfter = (text: string) => /^[\p{L}\p{M}]+/u.exec(text)?.[0] ?? '';

/**
 * Every place in `html` where a letter ends the text before an inline element boundary and a
 * letter starts the text after it, with no white space between them. Content of `<noscript>`
 * counts: it is what a reader without JavaScript sees.
 */
export function findGlue(html: string): Glue[] {
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const found: Glue[] = [];
  /** Text since the last block boundary (only its tail matters). */
  let tail = '';
  /** The inline tag crossed since the last text, if any. */
  let edge: string | null = null;

  const visit = (node: Node): void => {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      if (value === '') return;
      if (edge && LETTER.test(tail.slice(-1)) && LETTER.test(value[0]!)) {
        found.push({
          line: node.sourceCodeLocation?.startLine ?? 0,
          before: wordBefore(tail),
          after: wordAfter(value),
          tag: edge,
        });
      }
      tail = (tail + value).slice(-80);
      edge = null;
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    const name = node.nodeName;
    if (SKIP.has(name)) return;
    if (BOXES.has(name)) {
      tail = '';
      edge = null;
      return;
    }
    // Not rendered: a `hidden` subtree (e.g. Pagefind's metadata spans) is seen by no reader.
    if ('attrs' in node && (node as Element).attrs.some((a) => a.name === 'hidden')) return;
    const children = 'content' in node && name === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
    if (TRANSPARENT.has(name)) return;
    const inline = INLINE.has(name);
    if (inline) edge = name;
    else {
      tail = '';
      edge = null;
    }
    for (const child of children) visit(child);
    if (inline) edge = name;
    else {
      tail = '';
      edge = null;
    }
  };
  visit(doc);
  return found;
}

/** «omsorg|og» in the message for one glue. */
export function describeGlue(g: Glue): string {
  return `linje ${g.line}: «${g.before}» og «${g.after}» står uten mellomrom mellom seg over grensen til <${g.tag}> («${g.before}${g.after}»); ventet et mellomrom`;
}
