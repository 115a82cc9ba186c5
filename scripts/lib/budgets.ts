/**
 * Page budgets over a built site: the pure rules, applied to one page's HTML at a time.
 *
 * - Weight: the page's HTML plus every stylesheet it links, each gzip-compressed as a host
 *   would send it, must stay within `maxPageBytes` (50 KB).
 * - JavaScript: no <script> (nor on*-attributes or javascript: links) outside the pages that
 *   need it (search, and the editors' CMS at /admin/).
 * - Images: every <img> has width and height (no layout shift); raster images processed by
 *   astro:assets (served from /_astro/) have a srcset and a modern format (WebP or AVIF, directly
 *   or through a <picture> source); images are loading="lazy" except the first few of a page,
 *   which may be above the fold and load eagerly, and only those.
 *
 * Reading files and compressing them is left to the caller (scripts/lib/budgets-dist.ts), so
 * these functions are tested on plain strings.
 */
import { parseTags, srcsetUrls, type Tag } from '../../tests/helpers/html';
import { compareCodeUnits } from '../../src/lib/format/nb';

export const KB = 1024;

export interface BudgetOptions {
  /** Largest allowed HTML + linked CSS per page, gzip bytes. */
  maxPageBytes: number;
  /** URL paths of pages allowed to have <script>. */
  scriptAllowed: ReadonlySet<string>;
  /**
   * How many images at the start of a page may load eagerly (above the fold: the hero picture
   * of a story, or the first row of cards). Every later image must be lazy.
   */
  maxEagerImages: number;
  /** URL prefix of files processed by astro:assets (Astro's `build.assets`). */
  assetsPrefix: string;
}

export const DEFAULT_OPTIONS: BudgetOptions = {
  maxPageBytes: 50 * KB,
  // The same list as tests/site/keyboard.test.ts: search needs Pagefind, /admin/ is the CMS.
  scriptAllowed: new Set(['/sok/', '/admin/']),
  maxEagerImages: 3,
  assetsPrefix: '/_astro/',
};

export type Rule = 'weight' | 'script' | 'css-missing' | 'img-size' | 'img-srcset' | 'img-format' | 'img-lazy';

export interface Violation {
  url: string;
  rule: Rule;
  message: string;
}

export interface StylesheetWeight {
  href: string;
  /** Gzip bytes, or undefined when the file was not found. */
  gzip: number | undefined;
}

export interface PageReport {
  url: string;
  /** Uncompressed HTML bytes. */
  htmlBytes: number;
  htmlGzip: number;
  stylesheets: StylesheetWeight[];
  /** HTML gzip + all found stylesheets gzip. */
  total: number;
  scripts: string[];
  images: number;
  violations: Violation[];
}

/** Looks up the gzip size of a file of the site by its root-relative path (`/_astro/x.css`); undefined when missing. */
export type AssetSize = (href: string) => number | undefined;

const RASTER = /\.(jpe?g|png|webp|avif|gif)$/i;
const MODERN = /\.(webp|avif)$/i;
const MODERN_TYPE = /^image\/(webp|avif)$/i;

function pathOf(url: string): string {
  return url.split(/[?#]/)[0] ?? url;
}

/** A short way to name an image in a message: its file name. */
function nameOf(img: Tag): string {
  const src = img.attrs.get('src') ?? '';
  return pathOf(src).split('/').pop() || src || '(uten src)';
}

/** Stylesheets a page links (`<link rel="stylesheet" href>`), in order, without duplicates. */
export function stylesheetHrefs(tags: Tag[]): string[] {
  const hrefs: string[] = [];
  for (const t of tags) {
    if (t.name !== 'link') continue;
    const rel = (t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = t.attrs.get('href');
    if (rel.includes('stylesheet') && href && !hrefs.includes(href)) hrefs.push(href);
  }
  return hrefs;
}

/** Every script on a page: `<script src>` or inline, on*-attributes and javascript: URLs. */
export function scriptsOf(tags: Tag[]): string[] {
  const found: string[] = [];
  for (const t of tags) {
    if (t.name === 'script') {
      const type = t.attrs.get('type');
      // JSON data blocks (structured data) are not JavaScript.
      if (type !== undefined && /json/i.test(type)) continue;
      found.push(t.attrs.has('src') ? `<script src="${t.attrs.get('src')}">` : '<script> (inline)');
    }
    for (const [attr, value] of t.attrs) {
      if (/^on[a-z]+$/.test(attr)) found.push(`<${t.name} ${attr}>`);
      else if (/^\s*javascript:/i.test(value)) found.push(`<${t.name} ${attr}="javascript:…">`);
    }
  }
  return found;
}

/** The image rules for one page; `tags` in document order. */
export function imageViolations(url: string, tags: Tag[], options: BudgetOptions): Violation[] {
  const out: Violation[] = [];
  const v = (rule: Rule, message: string) => out.push({ url, rule, message });
  let sources: Tag[] = [];
  let inPicture = false;
  let index = 0;
  let seenLazy = false;
  for (const t of tags) {
    if (t.name === 'picture') {
      inPicture = true;
      sources = [];
      continue;
    }
    if (t.name === 'source' && inPicture) {
      sources.push(t);
      continue;
    }
    if (t.name !== 'img') continue;
    const pictureSources = inPicture ? sources : [];
    inPicture = false;
    sources = [];
    index += 1;
    const name = nameOf(t);
    const src = pathOf(t.attrs.get('src') ?? '');

    const width = t.attrs.get('width');
    const height = t.attrs.get('height');
    if (!width || !height || !/^\d+$/.test(width) || !/^\d+$/.test(height)) {
      v('img-size', `${name}: mangler width og height i hele piksler (gir layoutskift)`);
    }

    if (src.startsWith(options.assetsPrefix) && RASTER.test(src)) {
      const hasSrcset = t.attrs.has('srcset') || pictureSources.some((s) => s.attrs.has('srcset'));
      if (!hasSrcset) v('img-srcset', `${name}: bilde fra astro:assets uten srcset (én størrelse for alle skjermer)`);
      const candidates = [src, ...srcsetUrls(t.attrs.get('srcset') ?? '').map(pathOf)];
      const modern =
        candidates.some((c) => MODERN.test(c)) ||
        pictureSources.some(
          (s) =>
            MODERN_TYPE.test(s.attrs.get('type') ?? '') ||
            srcsetUrls(s.attrs.get('srcset') ?? '').some((c) => MODERN.test(pathOf(c))),
        );
      if (!modern) v('img-format', `${name}: bilde fra astro:assets uten WebP eller AVIF`);
    }

    const lazy = (t.attrs.get('loading') ?? '').toLowerCase() === 'lazy';
    if (lazy) {
      seenLazy = true;
    } else if (seenLazy) {
      v(
        'img-lazy',
        `${name}: lastes straks (ikke loading="lazy") etter et bilde som lastes lat; bare de første bildene på siden kan være over bretten`,
      );
    } else if (index > options.maxEagerImages) {
      v(
        'img-lazy',
        `${name}: bilde nr. ${index} lastes straks; bare de ${options.maxEagerImages} første kan være over bretten, resten skal ha loading="lazy"`,
      );
    }
  }
  return out;
}

const ORIGIN = 'http://site.invalid';

/** The root-relative path of a link from the page at `pageUrl`, or undefined for another site. */
export function sitePath(href: string, pageUrl: string): string | undefined {
  const resolved = new URL(href, ORIGIN + pageUrl);
  return resolved.origin === ORIGIN ? decodeURIComponent(resolved.pathname) : undefined;
}

/** Formats bytes as KB with one decimal, e.g. `27.4 KB`. */
export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * Checks one page. `htmlGzip` is the page's compressed size; `assetSize` gives the compressed
 * size of a linked stylesheet.
 */
export function checkPage(
  url: string,
  html: string,
  htmlGzip: number,
  assetSize: AssetSize,
  options: BudgetOptions = DEFAULT_OPTIONS,
): PageReport {
  const tags = parseTags(html);
  const violations: Violation[] = [];

  const stylesheets = stylesheetHrefs(tags).map((href) => {
    const resolved = sitePath(href, url);
    return { href, gzip: resolved === undefined ? undefined : assetSize(resolved) };
  });
  for (const s of stylesheets) {
    if (s.gzip === undefined)
      violations.push({
        url,
        rule: 'css-missing',
        message: `stilarket ${s.href} finnes ikke i nettstedet (eksterne stilark kan ikke måles)`,
      });
  }
  const total = htmlGzip + stylesheets.reduce((sum, s) => sum + (s.gzip ?? 0), 0);
  if (total > options.maxPageBytes) {
    const css = stylesheets.reduce((sum, s) => sum + (s.gzip ?? 0), 0);
    violations.push({
      url,
      rule: 'weight',
      message: `${formatKB(total)} gzip (HTML ${formatKB(htmlGzip)} + CSS ${formatKB(css)}) er over budsjettet på ${formatKB(options.maxPageBytes)}`,
    });
  }

  const scripts = scriptsOf(tags);
  if (scripts.length > 0 && !options.scriptAllowed.has(url)) {
    for (const s of scripts)
      violations.push({ url, rule: 'script', message: `JavaScript på en side som ikke skal ha det: ${s}` });
  }

  violations.push(...imageViolations(url, tags, options));
  return {
    url,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    stylesheets,
    total,
    scripts,
    images: tags.filter((t) => t.name === 'img').length,
    violations,
  };
}

export interface BudgetSummary {
  pages: number;
  /** The heaviest pages, heaviest first. */
  largest: PageReport[];
  violations: Violation[];
  /** Violations per rule. */
  byRule: Partial<Record<Rule, number>>;
}

/** Sums up page reports: the `top` heaviest pages and every violation, sorted by page. */
export function summarize(reports: PageReport[], top = 15): BudgetSummary {
  const largest = [...reports].sort((a, b) => b.total - a.total || compareCodeUnits(a.url, b.url)).slice(0, top);
  const violations = reports.flatMap((r) => r.violations);
  const byRule: Partial<Record<Rule, number>> = {};
  for (const v of violations) byRule[v.rule] = (byRule[v.rule] ?? 0) + 1;
  return { pages: reports.length, largest, violations, byRule };
}

/** A plain-text table of the heaviest pages. */
export function formatTable(reports: PageReport[]): string {
  const rows = reports.map((r) => {
    const css = r.stylesheets.reduce((sum, s) => sum + (s.gzip ?? 0), 0);
    return [r.url, formatKB(r.htmlBytes), formatKB(r.htmlGzip), formatKB(css), formatKB(r.total)];
  });
  const header = ['side', 'HTML', 'HTML gzip', 'CSS gzip', 'sum gzip'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
