/**
 * Astro integration that puts Sveltia CMS at /admin/: a small HTML page, the CMS bundle copied
 * from node_modules/@sveltia/cms (self-hosted: nothing is loaded from a CDN, and the 2 MB
 * bundle is never committed), its fonts copied from the Fontsource npm packages to
 * /admin/fonts/ (the bundle's jsDelivr URLs rewritten to them), and config.yml generated from
 * the zod schemas by src/lib/cms. The build writes the files into the output folder;
 * `npm run dev` serves the same files, so editors can work on a local clone (see docs/cms.md).
 *
 * Repository and OAuth proxy come from the environment at build time:
 * KB_CMS_REPO ("owner/name"), KB_CMS_BRANCH (default main), KB_CMS_AUTH_URL (OAuth proxy).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { buildCmsConfig } from '../src/lib/cms/config';

/** Where the CMS lives on the site. */
export const ADMIN_PATH = '/admin/';

/**
 * The fonts Sveltia CMS loads from the Fontsource CDN on jsDelivr: its UI font, its monospace
 * font and its icon font. /admin/ serves the same files from the Fontsource npm packages
 * instead (pinned in package.json to the versions these URLs name), so editors' browsers
 * contact no CDN and the /admin/ policy allows fonts from 'self' only. After an upgrade of
 * @sveltia/cms the build fails if one of these URLs is gone from the bundle or another font
 * URL on cdn.jsdelivr.net has appeared: update this list and the packages to match.
 */
export const CMS_FONT_URLS: readonly string[] = [
  'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
];

export class CmsFontError extends Error {}

/** Where the file of a Fontsource CDN URL is in npm, and its name under /admin/fonts/. */
export interface FontsourceFile {
  url: string;
  /** Fontsource's id of the font, e.g. `noto-mono`. */
  id: string;
  /** `@fontsource/<id>`, or `@fontsource-variable/<id>` for a variable font (`<id>:vf` in the URL). */
  pkg: string;
  /** The package version, as named in the URL. */
  version: string;
  /** The file inside the package. */
  file: string;
  /** Its name under /admin/fonts/. */
  name: string;
}

const FONTSOURCE_URL = /^https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@(\d+\.\d+\.\d+)\/([a-z0-9-]+\.woff2)$/;

/**
 * The npm file behind a Fontsource CDN URL: `.../fontsource/fonts/<id>[:vf]@<version>/<file>`
 * is `files/<id>-<file>` in `@fontsource[-variable]/<id>@<version>`: the same Fontsource
 * release under its CDN and its npm names.
 */
export function fontsourceFile(url: string): FontsourceFile {
  const m = FONTSOURCE_URL.exec(url);
  if (!m) throw new CmsFontError(`Ikke en Fontsource-adresse på cdn.jsdelivr.net med fast versjon: ${url}`);
  const [, id = '', vf, version = '', file = ''] = m;
  return { url, id, pkg: `@fontsource${vf ? '-variable' : ''}/${id}`, version, file: `files/${id}-${file}`, name: `${id}-${file}` };
}

/** Characters that end a URL in JavaScript or CSS text. */
const URL_END = `\\s"'\`()\\\\`;
const JSDELIVR_URL = new RegExp(`(?:https?:)?//cdn\\.jsdelivr\\.net/[^${URL_END}]*`, 'g');

/** Font URLs on cdn.jsdelivr.net in `text`: anything from Fontsource, and font files. */
export function jsdelivrFontUrls(text: string): string[] {
  return [...text.matchAll(JSDELIVR_URL)].map((m) => m[0]).filter((u) => /\/fontsource\/|\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)/i.test(u));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text`, a file of the CMS bundle (`file` names it in messages), with every URL of `urls`
 * replaced by its local path (the whole URL only, not as the start of a longer one). Throws a
 * CmsFontError naming the file and the URL when a URL of `urls` is not in the text, or when a
 * font URL on cdn.jsdelivr.net is left afterwards: nothing is dropped silently. With no
 * `urls` it only checks.
 */
export function rewriteFontUrls(file: string, text: string, urls: ReadonlyMap<string, string> = new Map()): string {
  const problems: string[] = [];
  let out = text;
  for (const [url, local] of urls) {
    const whole = `${escapeRegExp(url)}(?![^${URL_END}])`;
    if (!new RegExp(whole).test(out)) problems.push(`${file}: fant ikke fontadressen ${url}. Har Sveltia CMS fått nye fonter eller versjoner?`);
    out = out.replace(new RegExp(whole, 'g'), () => local);
  }
  for (const url of jsdelivrFontUrls(out)) {
    problems.push(`${file}: henter fortsatt en font fra cdn.jsdelivr.net: ${url}. /admin/ tillater bare fonter fra eget nettsted.`);
  }
  if (problems.length) {
    throw new CmsFontError(
      `Sveltia CMS og de selvhostede fontene passer ikke sammen:\n${problems.map((p) => `- ${p}`).join('\n')}\n` +
        'Rett CMS_FONT_URLS i config/cms.ts etter adressene i pakken, og fontpakkene i package.json etter versjonene de nevner.',
    );
  }
  return out;
}

/** The folder of the Sveltia CMS bundle: sveltia-cms.js and its lazily loaded chunks/. */
function bundleDir(): string {
  // The package exports only its npm entry (npm/index.js); the browser bundle sits beside it in dist/.
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  const dir = path.join(path.dirname(entry), '..', 'dist');
  if (!existsSync(path.join(dir, 'sveltia-cms.js'))) throw new Error(`Fant ikke Sveltia CMS i ${dir}. Kjør npm install.`);
  return dir;
}

/** The font file of `font` and its licence in node_modules, checked against the version its URL names. */
function fontPackageFiles(font: FontsourceFile): { source: string; license: string } {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve(`${font.pkg}/package.json`);
  } catch {
    throw new CmsFontError(`Fant ikke ${font.pkg}, som har fonten ${font.url}. Kjør npm install.`);
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  if (version !== font.version) {
    throw new CmsFontError(
      `Fonten ${font.url} (CMS_FONT_URLS i config/cms.ts) er versjon ${font.version}, men ${font.pkg} er installert i versjon ${version}. ` +
        `Sett ${font.pkg} til ${font.version} i package.json og kjør npm install.`,
    );
  }
  const source = path.join(path.dirname(manifest), font.file);
  const license = path.join(path.dirname(manifest), 'LICENSE');
  for (const f of [source, license]) if (!existsSync(f)) throw new CmsFontError(`Fant ikke ${path.basename(f)} i ${font.pkg}@${version} (fonten ${font.url}).`);
  return { source, license };
}

/** The admin page. The CMS reads ./config.yml next to it and draws its own interface. */
export function adminHtml(site: string | undefined): string {
  const canonical = site ? `\n    <link rel="canonical" href="${new URL(ADMIN_PATH, site).href}">` : '';
  return `<!DOCTYPE html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Redaksjon – Kompetansebanken</title>${canonical}
    <link href="config.yml" type="application/yaml" rel="cms-config-url">
  </head>
  <body>
    <noscript>Redaksjonsverktøyet trenger JavaScript.</noscript>
    <script src="sveltia-cms.js"></script>
  </body>
</html>
`;
}

export function configYaml(site: string | undefined): string {
  const config = buildCmsConfig({
    repo: process.env.KB_CMS_REPO || undefined,
    branch: process.env.KB_CMS_BRANCH || undefined,
    authBaseUrl: process.env.KB_CMS_AUTH_URL || undefined,
    siteUrl: site,
  });
  return `# Generert fra src/lib/schemas av config/cms.ts – ikke rediger for hånd.\n${stringify(config, { lineWidth: 0 })}`;
}

type AdminFile = { text: string } | { copy: string };

/** Every file of /admin/, as path below /admin/ -> contents or a file to copy. */
function adminFiles(site: string | undefined): Map<string, AdminFile> {
  const files = new Map<string, AdminFile>();
  files.set('index.html', { text: adminHtml(site) });
  files.set('config.yml', { text: configYaml(site) });
  const dir = bundleDir();
  const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
  const fonts = CMS_FONT_URLS.map(fontsourceFile);
  const main = path.join(dir, 'sveltia-cms.js');
  const local = new Map(fonts.map((f) => [f.url, `${ADMIN_PATH}fonts/${f.name}`]));
  files.set('sveltia-cms.js', { text: rewriteFontUrls(shown(main), readFileSync(main, 'utf8'), local) });
  const chunks = path.join(dir, 'chunks');
  if (existsSync(chunks)) {
    for (const name of readdirSync(chunks).filter((f) => f.endsWith('.js'))) {
      const chunk = path.join(chunks, name);
      rewriteFontUrls(shown(chunk), readFileSync(chunk, 'utf8')); // checks only: no fonts there now
      files.set(`chunks/${name}`, { copy: chunk });
    }
  }
  for (const font of fonts) {
    const { source, license } = fontPackageFiles(font);
    files.set(`fonts/${font.name}`, { copy: source });
    // The fonts' licence (SIL OFL 1.1) asks for its text to go with every copy.
    files.set(`fonts/${font.id}-LICENSE.txt`, { copy: license });
  }
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function cms(): AstroIntegration {
  let site: string | undefined;
  let built: Map<string, AdminFile> | undefined;
  return {
    name: 'kompetansebanken:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(ADMIN_PATH)) return next();
          const rel = url.pathname.slice(ADMIN_PATH.length) || 'index.html';
          let file: AdminFile | undefined;
          try {
            file = adminFiles(site).get(rel);
          } catch (err) {
            return next(err);
          }
          if (!file) return next();
          res.writeHead(200, { 'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
          res.end('text' in file ? file.text : readFileSync(file.copy));
        });
      },
      // Before the pages are built, so that a bundle that does not match the fonts fails at once.
      'astro:build:start': () => {
        built = adminFiles(site);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), 'admin');
        for (const [rel, file] of built ?? adminFiles(site)) {
          const target = path.join(out, rel);
          mkdirSync(path.dirname(target), { recursive: true });
          if ('text' in file) writeFileSync(target, file.text);
          else copyFileSync(file.copy, target);
        }
        logger.info(`Sveltia CMS lagt i ${ADMIN_PATH} med config.yml generert fra skjemaene og fontene selvhostet i ${ADMIN_PATH}fonts/.`);
      },
    },
  };
}
