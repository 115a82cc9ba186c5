/**
 * The built site as a graph of files and links, read straight from dist/ (no server, no
 * browser): every page with its ids and the URLs it refers to, and how each URL resolves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, htmlFiles, readDist, urlOfFile } from './dist';
import { fragmentTargets, parseTags, urlRefs, type Tag, type UrlRef } from './html';
import { resolvePath } from '../../scripts/lib/static-server';

export interface SitePage {
  /** URL path, e.g. `/prosjekter/x/`. */
  url: string;
  file: string;
  tags: Tag[];
  ids: Set<string>;
  refs: UrlRef[];
}

export function loadPages(): Map<string, SitePage> {
  const pages = new Map<string, SitePage>();
  for (const file of htmlFiles()) {
    const tags = parseTags(readFileSync(file, 'utf8'));
    const url = urlOfFile(file);
    pages.set(url, { url, file, tags, ids: fragmentTargets(tags), refs: urlRefs(tags) });
  }
  return pages;
}

/** Origin of the deployed site, read from the home page's canonical link. */
export function siteOrigin(pages: Map<string, SitePage>): string | undefined {
  const canonical = pages.get('/')?.tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
  const href = canonical?.attrs.get('href');
  return href ? new URL(href).origin : undefined;
}

export type Resolved =
  | {
      kind: 'internal';
      path: string;
      fragment: string | undefined;
      file: string | undefined;
      problem: string | undefined;
    }
  | { kind: 'external'; url: string }
  | { kind: 'other'; url: string };

const LOCAL = 'http://local.invalid';

/**
 * Resolves a URL found on page `from`. Internal means relative, root-relative, or absolute on
 * the site's own origin. `problem` says why an internal link is broken (fragments are checked
 * separately, since they need the target page).
 */
export async function resolveRef(from: string, url: string, origin: string | undefined): Promise<Resolved> {
  if (/^(mailto|tel|data|blob):/i.test(url)) return { kind: 'other', url };
  let u: URL;
  try {
    u = new URL(url, LOCAL + from);
  } catch {
    return { kind: 'internal', path: url, fragment: undefined, file: undefined, problem: 'ugyldig URL' };
  }
  const isLocal = u.origin === LOCAL || (origin !== undefined && u.origin === origin);
  if (!isLocal) return /^https?:$/.test(u.protocol) ? { kind: 'external', url: u.href } : { kind: 'other', url };

  const fragment = url.includes('#') ? decodeURIComponent(u.hash.slice(1)) : undefined;
  const target = await resolvePath(DIST, u.pathname);
  if (target.kind === 'file')
    return { kind: 'internal', path: u.pathname, fragment, file: target.file, problem: undefined };
  const problem =
    target.kind === 'redirect'
      ? `mangler avsluttende / (trailingSlash 'always'); skal være ${target.location}`
      : 'målet finnes ikke i dist/';
  return { kind: 'internal', path: u.pathname, fragment, file: undefined, problem };
}

/** The page a file in dist/ is, if it is an HTML page. */
export function pageOfFile(pages: Map<string, SitePage>, file: string): SitePage | undefined {
  return file.endsWith('.html') ? pages.get(urlOfFile(path.resolve(file))) : undefined;
}

/** The `href` of every <a> on a page in dist/, in document order. */
export function anchorHrefs(urlPath: string): string[] {
  return parseTags(readDist(urlPath))
    .filter((t) => t.name === 'a' && t.attrs.has('href'))
    .map((t) => t.attrs.get('href')!);
}
