/**
 * The plain-text edition of a newsletter, for mail clients and readers that do not show
 * HTML: headings underlined or in capitals, list items with "- " or numbers, links written as
 * "text (https://…)", everything wrapped at 72 characters, never inside a word or a URL.
 */
import { cleanHtml, type ImageSize } from './clean';
import { urls } from '../format/urls';
import { absolute, emailPageUrl, emailText, type EmailNewsletter, type EmailOptions } from './newsletter';
import { textContent, type ElementNode, type Node } from './parse';

/** Line width of the plain text. */
export const TEXT_WIDTH = 72;

/** Words that may not begin a line. */
const GLUED = /^[%‰),.;:!?»”]/;

/** Number of characters as a reader sees them (code points, not UTF-16 units). */
const length = (s: string) => [...s].length;

/**
 * Wraps text at `width` characters. Breaks only at ordinary spaces (a no-break space, as in
 * "12 345", holds, and a line never starts with "%" or a closing mark), keeps "\n" as a hard
 * break, and puts a word longer than the line (a URL) on a line of its own rather than cutting
 * it; such lines may run past `width`.
 */
export function wrap(text: string, width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    const words = hard.split(/[ \t\r\f]+/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      if (line === '') line = word;
      else if (length(line) + 1 + length(word) <= width) line += ` ${word}`;
      else if (GLUED.test(word)) {
        // "9 %" stays together: a line never starts with a unit or a closing mark, so the word
        // before it moves down too (or, if it is the only one, the line runs long).
        const space = line.lastIndexOf(' ');
        if (space === -1) line += ` ${word}`;
        else {
          lines.push(line.slice(0, space));
          line = `${line.slice(space + 1)} ${word}`;
        }
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Prefixes the first line with `first` and the rest with `rest` (blank lines stay blank). */
function indent(lines: string[], first: string, rest = ' '.repeat(length(first))): string[] {
  return lines.map((line, i) => {
    const prefix = i === 0 ? first : rest;
    return line === '' ? prefix.trimEnd() : prefix + line;
  });
}

const BLOCK = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'div',
  'dl',
  'dt',
  'dd',
]);

/** How a link reads in plain text: "text (url)", or just the URL when that is the text. */
function linkText(text: string, href: string, parent: string): string {
  const shown = href.startsWith('mailto:') ? decodeURIComponent(href.slice('mailto:'.length)) : href;
  const label = text.trim();
  if (parent === 'sup' && /^\d+$/.test(label)) return `[${label}]`; // a footnote reference
  if (label === '') return shown;
  const bare = (u: string) => u.replace(/^(?:https?:\/\/|mailto:|tel:)/, '').replace(/\/$/, '');
  if (bare(label) === bare(shown) || bare(label) === bare(href)) return shown;
  return `${label} (${shown})`;
}

/** The inline content of nodes as one string, spaces collapsed, "\n" for <br>. */
function inline(nodes: readonly Node[], parent = ''): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value.replace(/[ \t\r\n\f]+/g, ' ');
      continue;
    }
    switch (node.name) {
      case 'br':
        out += '\n';
        break;
      case 'img':
        out += `[Bilde: ${node.attrs.alt ?? ''}]`;
        break;
      case 'a':
        out += linkText(inline(node.children, 'a'), node.attrs.href ?? '', parent);
        break;
      default:
        out += inline(node.children, node.name);
    }
  }
  return out;
}

/** Trims each hard line of inline text. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();

function paragraph(nodes: readonly Node[], width: number): string[] {
  const text = tidy(inline(nodes));
  return text === '' ? [] : wrap(text, width);
}

const children = (node: ElementNode, name: string) =>
  node.children.filter((c): c is ElementNode => c.type === 'element' && c.name === name);

function tableRows(node: ElementNode): ElementNode[] {
  return node.children.flatMap((c) =>
    c.type !== 'element'
      ? []
      : c.name === 'tr'
        ? [c]
        : ['thead', 'tbody', 'tfoot'].includes(c.name)
          ? tableRows(c)
          : [],
  );
}

/** One block element as lines of text. */
function block(node: ElementNode, width: number): string[] {
  switch (node.name) {
    case 'p':
    case 'dt':
    case 'caption':
      return paragraph(node.children, width);
    case 'h2': {
      const lines = paragraph(node.children, width);
      return lines.length ? [...lines, '-'.repeat(Math.max(...lines.map(length)))] : [];
    }
    case 'h3':
    case 'h4':
      return paragraph(node.children, width).map((l) => l.toLocaleUpperCase('nb-NO'));
    case 'ul':
    case 'ol': {
      const start = Number(node.attrs.start ?? 1);
      return children(node, 'li').flatMap((li, i) => {
        const marker = node.name === 'ol' ? `${start + i}. ` : '- ';
        const lines = blocks(li.children, width - length(marker), '\n');
        return lines.length ? indent(lines, marker) : [marker.trimEnd()];
      });
    }
    case 'dd':
      return indent(blocks(node.children, width - 2, '\n'), '  ');
    case 'blockquote':
      return indent(blocks(node.children, width - 2), '> ', '> ');
    case 'pre': {
      const code = textContent(node.children).replace(/\n+$/, '');
      return code.split('\n').map((l) => (l.trim() === '' ? '' : `    ${l.trimEnd()}`));
    }
    case 'hr':
      return ['* * *'];
    case 'table': {
      const out: string[] = [];
      for (const caption of children(node, 'caption')) out.push(...paragraph(caption.children, width));
      for (const tr of tableRows(node)) {
        const cells = tr.children.filter(
          (c): c is ElementNode => c.type === 'element' && (c.name === 'td' || c.name === 'th'),
        );
        const row = cells.map((c) => tidy(inline(c.children)).replace(/\n/g, ' ')).join(' | ');
        out.push(...indent(wrap(row, width - 2), '', '  '));
        if (cells.length > 0 && cells.every((c) => c.name === 'th')) out.push('-'.repeat(Math.min(width, length(row))));
      }
      return out;
    }
    default:
      // div, li, dl and anything else that holds blocks
      return blocks(node.children, width, node.name === 'dl' ? '\n' : '\n\n');
  }
}

/**
 * Block content as lines: runs of inline content become paragraphs; blocks are separated by
 * `gap` (a blank line, or a plain line break inside list items).
 */
function blocks(nodes: readonly Node[], width: number, gap = '\n\n'): string[] {
  const parts: string[][] = [];
  let run: Node[] = [];
  const flush = () => {
    const lines = paragraph(run, width);
    if (lines.length) parts.push(lines);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && BLOCK.has(node.name)) {
      flush();
      const lines = block(node, width);
      if (lines.length) parts.push(lines);
    } else run.push(node);
  }
  flush();
  return parts.flatMap((lines, i) => (i > 0 && gap === '\n\n' ? ['', ...lines] : lines));
}

/** The body of a newsletter as plain text. */
export function emailBodyText(
  html: string,
  options: { base: string | URL; imageSizes?: ReadonlyMap<string, ImageSize>; width?: number },
): string {
  return blocks(cleanHtml(html, options), options.width ?? TEXT_WIDTH).join('\n');
}

/** The whole plain-text e-mail of a newsletter, ending with a newline. */
export function renderEmailText(newsletter: EmailNewsletter, options: EmailOptions): string {
  const web = emailPageUrl(newsletter.id, options.site).href;
  const list = absolute(urls.newsletters(), options.site);
  const title = wrap(newsletter.tittel);
  const body =
    newsletter.bodyHtml !== undefined
      ? emailBodyText(newsletter.bodyHtml, { base: web, imageSizes: options.imageSizes })
      : wrap(emailText.noBody).join('\n');
  const sections = [
    [emailText.sender, emailText.issue(newsletter)].join('\n'),
    [...title, '='.repeat(Math.max(...title.map(length)))].join('\n'),
    // Before the summary and the body, so no invented figure is read before the mark.
    ...(newsletter.eksempeldata ? [wrap(`${emailText.exampleLabel}: ${emailText.exampleExplained}`).join('\n')] : []),
    wrap(newsletter.sammendrag).join('\n'),
    body,
    '-'.repeat(TEXT_WIDTH),
    wrap(`${emailText.webVersion}: ${web}`).join('\n'),
    wrap(`${emailText.allNewsletters}: ${list}`).join('\n'),
    wrap(emailText.footer).join('\n'),
  ];
  return `${sections.filter((s) => s.trim() !== '').join('\n\n')}\n`;
}
