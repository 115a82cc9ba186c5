/**
 * A small HTML tokenizer, enough for the files Astro writes: start tags with their attributes
 * (entities decoded), skipping comments and the contents of <script>, <style> and <template>.
 * Not a full HTML parser; it does not build a tree.
 */
import { stripSoftHyphens } from '../../src/lib/format/hyphenate';
import { decodeAttribute, decodeEntities } from '../../src/lib/markup/entities';

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  attrs: Map<string, string>;
  /** Offset of the `<` in the source. */
  offset: number;
}

/** Element text decoded as a browser does (the project's one decoder, src/lib/markup/entities.ts). */
export { decodeEntities };

/**
 * Text or HTML as a reader (and the search index) takes it: without the soft hyphens (U+00AD) that
 * headings carry for line breaking, removed by the site's own stripSoftHyphens
 * (src/lib/format/hyphenate.ts). Tests that compare a heading's text (textContent, innerText,
 * dist/ HTML) with a title read it through this.
 */
export const plainText = stripSoftHyphens;

const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title']);
const ATTR = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (attrs.has(name)) continue; // the first one wins, as in browsers
    attrs.set(name, decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** All start tags of a document, in source order. */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const m = /^<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt, lt + 20_000));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = m[1]!.toLowerCase();
    tags.push({ name, attrs: parseAttributes(m[2]!.replace(/\/$/, '')), offset: lt });
    i = lt + m[0].length;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
  return tags;
}

/** Every id (and <a name>) in a document: the targets a #fragment can point at. */
export function fragmentTargets(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    const id = t.attrs.get('id');
    if (id) ids.add(id);
    const name = t.attrs.get('name');
    if (t.name === 'a' && name) ids.add(name);
  }
  return ids;
}

export interface UrlRef {
  /** Tag and attribute it came from, e.g. `a[href]`. */
  where: string;
  url: string;
}

/** URLs in a `srcset`: "a.webp 400w, b.webp 800w" -> ["a.webp", "b.webp"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');
}

/** Every URL a document refers to through href, src, srcset and poster. */
export function urlRefs(tags: Tag[]): UrlRef[] {
  const refs: UrlRef[] = [];
  for (const t of tags) {
    for (const attr of ['href', 'src', 'poster'] as const) {
      const v = t.attrs.get(attr);
      if (v !== undefined) refs.push({ where: `${t.name}[${attr}]`, url: v.trim() });
    }
    const srcset = t.attrs.get('srcset');
    if (srcset !== undefined) {
      for (const url of srcsetUrls(srcset)) refs.push({ where: `${t.name}[srcset]`, url });
    }
  }
  return refs;
}
