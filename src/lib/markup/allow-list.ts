/**
 * The HTML an editor may write in a Markdown or MDX body, and why (docs/content-html.md).
 * One list, used twice: by the content check (`npm run sjekk` and the build refuse anything
 * else, naming file and line) and by the sanitiser in the Markdown pipeline, the second wall
 * that removes anything else from the rendered page should the check ever be bypassed.
 */

/** Attributes allowed on every allowed element. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['lang', 'title'];

/** Elements an editor may write as raw HTML, each with the attributes it may carry. */
export const EDITOR_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  sup: [],
  sub: [],
  br: [],
  details: ['open'],
  summary: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  dl: [],
  dt: [],
  dd: [],
  a: ['href'],
  em: [],
  strong: [],
  code: [],
  kbd: [],
  p: [],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  img: ['src', 'alt', 'width', 'height'],
};

/** Attributes whose value is a URL, and what the URL may point at (see ./url-policy). */
export const URL_ATTRIBUTES: Readonly<Record<string, { attribute: string; use: 'lenke' | 'bilde' }>> = {
  a: { attribute: 'href', use: 'lenke' },
  img: { attribute: 'src', use: 'bilde' },
};

/** Attributes that must be present. */
export const REQUIRED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  img: ['alt'],
};

/** Allowed values of enumerated attributes; numeric attributes take whole numbers. */
export const ATTRIBUTE_VALUES: Readonly<Record<string, readonly string[] | 'heltall' | 'tom'>> = {
  scope: ['row', 'col', 'rowgroup', 'colgroup'],
  colspan: 'heltall',
  rowspan: 'heltall',
  start: 'heltall',
  width: 'heltall',
  height: 'heltall',
  open: 'tom',
};

/**
 * What the Markdown processor itself writes beyond the editor's list (headings with ids,
 * code blocks, footnotes, task lists, table alignment). The sanitiser keeps these too; an
 * editor cannot write them as raw HTML because the check refuses them.
 */
export const RENDERED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  ...EDITOR_ELEMENTS,
  a: ['href', 'id', 'aria-describedby', 'data-footnote-ref', 'data-footnote-backref', 'aria-label', 'class'],
  h1: ['id'],
  h2: ['id', 'class'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  pre: ['class', 'data-language', 'tabindex', 'style'],
  code: ['class'],
  span: ['class', 'style'],
  hr: [],
  del: [],
  section: ['data-footnotes', 'class'],
  li: ['id', 'class'],
  ul: ['class'],
  ol: ['start', 'class'],
  input: ['type', 'checked', 'disabled'],
  th: ['scope', 'colspan', 'rowspan', 'align', 'style'],
  td: ['colspan', 'rowspan', 'align', 'style'],
  img: ['src', 'alt', 'width', 'height', 'title', 'loading', 'decoding'],
};

/**
 * One declaration of an inline style the syntax highlighter (Shiki) or a Markdown table's
 * alignment writes: colours, `overflow-x: auto`, `text-align`, font style. Any other `style`
 * is removed: CSS can load URLs and cover the page.
 */
export const SAFE_STYLE_DECLARATION =
  /^(?:(?:color|background-color|--shiki-[a-z-]+)\s*:\s*#[0-9a-fA-F]{3,8}|overflow-x\s*:\s*auto|text-align\s*:\s*(?:left|right|center)|font-style\s*:\s*italic|font-weight\s*:\s*bold|text-decoration\s*:\s*underline)$/;

/** Elements removed together with everything in them (their content is not text to show). */
export const DROP_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'textarea',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'select',
  'frameset',
  'frame',
  'applet',
  'canvas',
  'video',
  'audio',
  'plaintext',
]);

/** The allowed elements, for messages: «abbr», «sup», … */
export function editorElementList(): string {
  return Object.keys(EDITOR_ELEMENTS)
    .map((e) => `<${e}>`)
    .join(', ');
}

/**
 * The one kind of ESM an MDX body may hold: a default import of one of the site's own
 * components, `import Faktaboks from '@components/mdx/Faktaboks.astro';` (or the relative
 * `../../components/mdx/…` that the components' own comments show). Anything else (another
 * module, `export`, more than one name) runs code at build time or in the page.
 */
export const COMPONENT_IMPORT =
  /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])(?:@components|\.\.\/\.\.\/components)\/mdx\/([A-Za-z0-9-]+)\.astro\2\s*;?\s*$/;

/** `{/* comment *\/}`: the one MDX expression allowed (it renders nothing). */
export const MDX_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
