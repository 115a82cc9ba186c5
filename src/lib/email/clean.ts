/**
 * Turns the rendered HTML of a newsletter into a clean tree that both the e-mail HTML and the
 * plain text are written from: a small set of elements, no scripts, classes, ids, event
 * handlers or styles, every link and image source absolute, every image with a size and a
 * text alternative (or replaced by its text alternative when it cannot be sized).
 */
import { parseFragment, textContent, type ElementNode, type Node } from './parse';

/** Width and height in CSS pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

export interface CleanOptions {
  /**
   * URL the newsletter's own web page is served at; relative links resolve against it, just as
   * they do in the browser (so "#fragment" points into the web version).
   */
  base: string | URL;
  /** Known sizes of images without width/height, keyed by absolute URL. */
  imageSizes?: ReadonlyMap<string, ImageSize>;
  /** Widest an image may be; wider images are scaled down keeping their aspect ratio. */
  maxImageWidth?: number;
}

/** Content width of the 600 px e-mail layout (600 minus 2 × 24 px padding). */
export const CONTENT_WIDTH = 552;

/** Elements kept, with the attributes each may keep. */
const KEEP: Record<string, readonly string[]> = {
  p: [],
  h2: [],
  h3: [],
  h4: [],
  ul: [],
  ol: ['start', 'reversed'],
  li: [],
  a: ['href', 'title'],
  strong: [],
  em: [],
  code: [],
  pre: [],
  blockquote: [],
  img: ['src', 'alt', 'width', 'height', 'title'],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  td: ['colspan', 'rowspan', 'align'],
  br: [],
  hr: [],
  del: [],
  sup: [],
  sub: [],
  div: [],
  dl: [],
  dt: [],
  dd: [],
};

/** Elements written under another name. */
const RENAME: Record<string, string> = {
  b: 'strong',
  i: 'em',
  s: 'del',
  strike: 'del',
  h1: 'h2',
  h5: 'h4',
  h6: 'h4',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  article: 'div',
  aside: 'div',
  section: 'div',
  figure: 'div',
  figcaption: 'div',
  header: 'div',
  footer: 'div',
  main: 'div',
  address: 'div',
  center: 'div',
  details: 'div',
  summary: 'div',
  nav: 'div',
  var: 'em',
  cite: 'em',
  dfn: 'em',
  q: 'em',
};

/** Elements dropped together with everything in them. */
const DROP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'textarea',
  'title',
  'head',
  'meta',
  'link',
  'base',
  'source',
  'track',
  'map',
  'area',
  'dialog',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'xmp',
  'picture',
  'wbr',
  'col',
  'colgroup',
]);

/** Schemes a link may keep; anything else (javascript:, data:, …) loses its link. */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['https:', 'http:']);

/** The absolute form of a URL found in the content, or undefined if it is not safe to keep. */
export function absoluteUrl(
  raw: string,
  base: string | URL,
  schemes: ReadonlySet<string> = LINK_SCHEMES,
): string | undefined {
  // Browsers ignore ASCII tab and newline in URLs and trim the ends; do the same.
  const value = raw.replace(/[\t\n\r]/g, '').trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return schemes.has(url.protocol) ? url.href : undefined;
}

const positiveInt = (v: string | undefined) =>
  v !== undefined && /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : undefined;

/** Reads "text-align: x" from a style attribute or the align attribute of a table cell. */
function cellAlign(attrs: Record<string, string>): string | undefined {
  const fromStyle = /(?:^|;)\s*text-align\s*:\s*(left|right|center|justify)\b/i.exec(attrs.style ?? '')?.[1];
  const align = (fromStyle ?? attrs.align ?? '').toLowerCase();
  return ['left', 'right', 'center', 'justify'].includes(align) ? align : undefined;
}

function isHidden(attrs: Record<string, string>): boolean {
  const classes = (attrs.class ?? '').split(/\s+/);
  return (
    Object.hasOwn(attrs, 'hidden') ||
    attrs['aria-hidden'] === 'true' ||
    classes.includes('sr-only') ||
    classes.includes('visually-hidden') ||
    /(?:^|;)\s*display\s*:\s*none/i.test(attrs.style ?? '')
  );
}

/** What an image became: itself with a size, or its text alternative. */
function cleanImage(attrs: Record<string, string>, options: CleanOptions): Node[] {
  let src = attrs.src;
  let alt = attrs.alt;
  // Local images of a content entry carry a placeholder that only Astro's render() resolves to
  // a processed file with a hashed name; the e-mail cannot point at it, so it keeps the alt text.
  const placeholder = attrs.__astro_image_;
  if (placeholder !== undefined) {
    try {
      const data = JSON.parse(placeholder) as { src?: unknown; alt?: unknown };
      alt = typeof data.alt === 'string' ? data.alt : alt;
    } catch {
      // keep what the attributes say
    }
    src = undefined;
  }
  const absolute = src === undefined ? undefined : absoluteUrl(src, options.base, IMAGE_SCHEMES);
  const known = absolute === undefined ? undefined : options.imageSizes?.get(absolute);
  let width = positiveInt(attrs.width) ?? known?.width;
  let height = positiveInt(attrs.height) ?? known?.height;
  if (positiveInt(attrs.width) === undefined || positiveInt(attrs.height) === undefined) {
    // Only one of the two given: take both from the file when it is known, else give up.
    width = known?.width;
    height = known?.height;
  }
  const text = alt?.trim() ?? '';
  if (absolute === undefined || width === undefined || height === undefined || text === '') {
    // An image without a text alternative is decorative; one without a size cannot be laid out
    // safely in every mail client. Either way the reader gets the words, not the picture.
    return text === ''
      ? []
      : [{ type: 'element', name: 'em', attrs: {}, children: [{ type: 'text', value: `[Bilde: ${text}]` }] }];
  }
  const max = options.maxImageWidth ?? CONTENT_WIDTH;
  if (width > max) {
    height = Math.max(1, Math.round((height * max) / width));
    width = max;
  }
  const out: Record<string, string> = { src: absolute, alt: text, width: String(width), height: String(height) };
  if (attrs.title?.trim()) out.title = attrs.title.trim();
  return [{ type: 'element', name: 'img', attrs: out, children: [] }];
}

function cleanNode(node: Node, options: CleanOptions, parent: string): Node[] {
  if (node.type === 'text') return [node];
  const { attrs } = node;
  const name = RENAME[node.name] ?? node.name;

  // Footnotes: the list's heading is visually hidden on the web page; in an e-mail it is shown.
  if (name === 'div' && Object.hasOwn(attrs, 'data-footnotes')) {
    const children = node.children.flatMap((child) =>
      child.type === 'element' && child.attrs.id === 'footnote-label'
        ? [
            {
              type: 'element',
              name: 'h3',
              attrs: {},
              children: [{ type: 'text', value: 'Fotnoter' }],
            } satisfies ElementNode,
          ]
        : cleanNode(child, options, name),
    );
    return [{ type: 'element', name: 'div', attrs: {}, children }];
  }
  if (DROP.has(name) || isHidden(attrs)) return [];
  // The "back to the text" arrow of a footnote only makes sense on the web page.
  if (name === 'a' && Object.hasOwn(attrs, 'data-footnote-backref')) return [];
  if (name === 'img') return cleanImage(attrs, options);
  if (name === 'input') {
    // GitHub-style task lists: a ticked or empty box, as text.
    if ((attrs.type ?? '').toLowerCase() !== 'checkbox') return [];
    return [{ type: 'text', value: Object.hasOwn(attrs, 'checked') ? '☑' : '☐' }];
  }

  const children = node.children.flatMap((child) => cleanNode(child, options, name));
  // Everything not on the list (span, abbr, mark, small, u, time, font, custom elements …)
  // is unwrapped: its content stays, the element goes.
  // Syntax-highlighting spans are unwrapped this way, so code blocks keep only their text.
  if (!Object.hasOwn(KEEP, name)) return children;
  // Inside <pre> only <code> is kept: the text and its line breaks are what matter.
  if (parent === 'pre' && name !== 'code') return children;

  const out: Record<string, string> = {};
  for (const key of KEEP[name]!) {
    const value = attrs[key];
    if (value === undefined) continue;
    if (key === 'href') {
      const href = absoluteUrl(value, options.base);
      if (href !== undefined) out.href = href;
    } else if (key === 'align') {
      // handled below, together with style="text-align"
    } else if (key === 'start' || key === 'colspan' || key === 'rowspan') {
      if (positiveInt(value) !== undefined) out[key] = String(positiveInt(value));
    } else if (key === 'scope') {
      if (['row', 'col', 'rowgroup', 'colgroup'].includes(value)) out.scope = value;
    } else {
      out[key] = value;
    }
  }
  if (name === 'th' || name === 'td') {
    const align = cellAlign(attrs);
    if (align) out.align = align;
  }
  // A link that lost its target (javascript:, an empty href …) is just its text.
  if (name === 'a' && out.href === undefined) return children;
  if (
    name === 'a' &&
    textContent(children).trim() === '' &&
    !children.some((c) => c.type === 'element' && c.name === 'img')
  )
    return [];
  return [{ type: 'element', name, attrs: out, children }];
}

/** Parses and cleans the rendered HTML of a newsletter body. */
export function cleanHtml(html: string, options: CleanOptions): Node[] {
  return parseFragment(html).flatMap((node) => cleanNode(node, options, '#root'));
}

/** Every image source in rendered HTML, absolute, so that their sizes can be looked up. */
export function imageSources(html: string, base: string | URL): string[] {
  const found = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.name === 'img' && n.attrs.src) {
        const src = absoluteUrl(n.attrs.src, base, IMAGE_SCHEMES);
        if (src) found.add(src);
      }
      walk(n.children);
    }
  };
  walk(parseFragment(html));
  return [...found];
}
