/**
 * A small HTML tokenizer and tree builder for the e-mail edition: enough for the HTML that
 * Astro's Markdown processor writes (and the odd bit of raw HTML an editor puts in a Markdown
 * file), not a full HTML5 parser. Comments, doctypes and the contents of <script>/<style> are
 * skipped; character references are decoded, so text nodes and attribute values hold plain
 * text that the serializers escape again.
 */
import { decodeAttribute, decodeEntities } from '../markup/entities';
import { VOID_ELEMENTS } from '../markup/void-elements';

export interface ElementNode {
  type: 'element';
  /** Lower-case tag name. */
  name: string;
  /** Attributes with lower-case names and decoded values; the first of duplicates wins. */
  attrs: Record<string, string>;
  children: Node[];
}

export interface TextNode {
  type: 'text';
  /** Decoded text. */
  value: string;
}

export type Node = ElementNode | TextNode;

/** Elements whose content is raw text, up to the matching end tag. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'template',
]);

/** Escapes text for use between tags. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for use in a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

const ATTRIBUTE = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (Object.hasOwn(attrs, name)) continue; // the first one wins, as in browsers
    attrs[name] = decodeAttribute(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export type Token =
  | { type: 'text'; value: string }
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string };

const START_TAG = /^<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const END_TAG = /^<\/([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/;

/** Splits HTML into text, start-tag and end-tag tokens. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ type: 'text', value: decodeEntities(text) });
    text = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const rest = html.slice(lt, lt + 20_000);
    if (rest.startsWith('<!--')) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (rest.startsWith('<!') || rest.startsWith('<?')) {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const end = END_TAG.exec(rest);
    if (end) {
      flush();
      tokens.push({ type: 'end', name: end[1]!.toLowerCase() });
      i = lt + end[0].length;
      continue;
    }
    const start = START_TAG.exec(rest);
    if (!start) {
      text += '<'; // a lone "<" is text
      i = lt + 1;
      continue;
    }
    flush();
    const name = start[1]!.toLowerCase();
    const rawAttrs = start[2]!;
    const selfClosing = /\/\s*$/.test(rawAttrs);
    tokens.push({ type: 'start', name, attrs: parseAttributes(rawAttrs.replace(/\/\s*$/, '')), selfClosing });
    i = lt + start[0].length;
    if (RAW_TEXT.has(name) && !selfClosing) {
      // Raw text runs to the matching end tag; it is dropped by the cleaner anyway.
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const contentEnd = close === -1 ? html.length : close;
      if (contentEnd > i) tokens.push({ type: 'text', value: html.slice(i, contentEnd) });
      i = contentEnd;
    }
  }
  flush();
  return tokens;
}

/** Start tags that end an open <p>, as in HTML. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** For an implicitly closed element: the tags it closes, and the tags that bound the search. */
const IMPLIED_END: Record<string, { closes: string[]; scope: string[] }> = {
  li: { closes: ['li'], scope: ['ul', 'ol'] },
  dt: { closes: ['dt', 'dd'], scope: ['dl'] },
  dd: { closes: ['dt', 'dd'], scope: ['dl'] },
  tr: { closes: ['tr'], scope: ['table', 'thead', 'tbody', 'tfoot'] },
  td: { closes: ['td', 'th'], scope: ['tr', 'table'] },
  th: { closes: ['td', 'th'], scope: ['tr', 'table'] },
  thead: { closes: ['tbody', 'tfoot', 'thead'], scope: ['table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot'], scope: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot'], scope: ['table'] },
};

/** Parses an HTML fragment into a tree, closing what the HTML leaves implied. */
export function parseFragment(html: string): Node[] {
  const root: ElementNode = { type: 'element', name: '#root', attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  const current = () => stack[stack.length - 1]!;
  const popTo = (index: number) => {
    stack.length = Math.max(1, index);
  };

  for (const token of tokenize(html)) {
    if (token.type === 'text') {
      const last = current().children.at(-1);
      if (last?.type === 'text') last.value += token.value;
      else current().children.push({ type: 'text', value: token.value });
      continue;
    }
    if (token.type === 'end') {
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === token.name) {
          popTo(i);
          break;
        }
      }
      continue;
    }
    const { name } = token;
    if (CLOSES_P.has(name) && current().name === 'p') stack.pop();
    const implied = IMPLIED_END[name];
    if (implied) {
      for (let i = stack.length - 1; i > 0; i--) {
        const open = stack[i]!.name;
        if (implied.scope.includes(open)) break;
        if (implied.closes.includes(open)) {
          popTo(i);
          break;
        }
      }
    }
    const element: ElementNode = { type: 'element', name, attrs: token.attrs, children: [] };
    current().children.push(element);
    if (!VOID_ELEMENTS.has(name) && !token.selfClosing) stack.push(element);
  }
  return root.children;
}

/** The text content of nodes, as `textContent` would give it. */
export function textContent(nodes: readonly Node[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : textContent(n.children))).join('');
}
