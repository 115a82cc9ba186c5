/**
 * Whether a built page parses as written, read with parse5 (the WHATWG HTML algorithm). parse5
 * reports the tokenizer's errors only (`onParseError`); the tree builder silently repairs the
 * rest, as browsers do. Three of those repairs are checked here from source positions:
 * - content after `</body>` or `</html>` (a `<script>` there is moved into the body);
 * - an end tag that closes nothing (it is dropped);
 * - an element that needs an end tag but has none (it is closed wherever the parser decides).
 * html-validate checks rules over the tree; it did not notice the first case.
 */
import { Parser, type DefaultTreeAdapterMap, type Token } from 'parse5';
import { VOID_ELEMENTS } from './void-elements';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ParseProblem {
  line: number;
  column: number;
  /** parse5's error code, or one of ours: content-after-end, stray-end-tag, unclosed-element. */
  code: string;
  detail?: string;
}

/** Elements whose end tag may be left out (HTML "optional tags"), and void elements. */
const OPTIONAL_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'rt',
  'rp',
  'optgroup',
  'option',
  'colgroup',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
/** Records every end tag the tokenizer hands the tree builder. */
class RecordingParser extends Parser<DefaultTreeAdapterMap> {
  endTags: { name: string; offset: number; line: number; column: number }[] = [];
  override onEndTag(token: Token.TagToken): void {
    const loc = token.location;
    if (loc)
      this.endTags.push({ name: token.tagName, offset: loc.startOffset, line: loc.startLine, column: loc.startCol });
    super.onEndTag(token);
  }
}

/** Every parse problem in a whole HTML document, in source order. */
export function parseProblems(html: string): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const parser = new RecordingParser({
    sourceCodeLocationInfo: true,
    onParseError: (e) => problems.push({ line: e.startLine, column: e.startCol, code: e.code }),
  });
  parser.tokenizer.write(html, true);
  const document = parser.document;

  const matched = new Set<number>();
  let htmlEnd: number | undefined;
  let bodyEnd: number | undefined;
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const el = node as Element;
      const loc = el.sourceCodeLocation;
      if (loc?.endTag) matched.add(loc.endTag.startOffset);
      if (loc?.startTag && !loc.endTag && !VOID_ELEMENTS.has(el.tagName) && !OPTIONAL_END.has(el.tagName)) {
        problems.push({
          line: loc.startLine,
          column: loc.startCol,
          code: 'unclosed-element',
          detail: `<${el.tagName}>`,
        });
      }
      const content = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content : el;
      for (const child of content.childNodes) visit(child);
    } else if ('childNodes' in node) {
      for (const child of node.childNodes) visit(child);
    }
    const loc = (node as { sourceCodeLocation?: { startOffset: number; startLine: number; startCol: number } | null })
      .sourceCodeLocation;
    const end = Math.min(bodyEnd ?? Infinity, htmlEnd ?? Infinity);
    if (loc && loc.startOffset > end && node.nodeName !== '#text') {
      problems.push({ line: loc.startLine, column: loc.startCol, code: 'content-after-end', detail: node.nodeName });
    }
  };
  // End tags are met after the content they close; find them first.
  const findEnds = (node: Node) => {
    if ('tagName' in node) {
      const el = node as Element;
      if (el.tagName === 'html') htmlEnd = el.sourceCodeLocation?.endTag?.startOffset;
      if (el.tagName === 'body') bodyEnd = el.sourceCodeLocation?.endTag?.startOffset;
      if (el.tagName === 'html') for (const child of el.childNodes) findEnds(child);
    } else if ('childNodes' in node) for (const child of node.childNodes) findEnds(child);
  };
  findEnds(document);
  visit(document);
  for (const tag of parser.endTags) {
    if (!matched.has(tag.offset)) {
      problems.push({ line: tag.line, column: tag.column, code: 'stray-end-tag', detail: `</${tag.name}>` });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `line:column code (detail)`, one per problem. */
export function formatParseProblem(p: ParseProblem): string {
  return `${p.line}:${p.column} ${p.code}${p.detail ? ` ${p.detail}` : ''}`;
}
