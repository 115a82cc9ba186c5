/**
 * The void elements of HTML (WHATWG HTML, "Void elements"): they have no content and no end tag,
 * so a reader of HTML must not wait for one. One list for the e-mail parser and writer, the
 * well-formedness check of built pages, the hyphenation of headings and the test helpers.
 *
 * Not the html-void-elements package (a dependency of Astro's): it also lists obsolete elements
 * (basefont, bgsound, command, frame, image, keygen, param), and none of those is in the site.
 */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
