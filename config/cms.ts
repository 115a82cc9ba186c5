/**
 * Astro integration that puts Decap CMS (the editor, in Norwegian) at /admin/: a small HTML
 * page, the CMS bundle and its lazily loaded chunks copied from node_modules/decap-cms/dist
 * (self-hosted: nothing from a CDN, and the 5 MB bundle is never committed), config.yml
 * generated from the zod schemas by src/lib/cms/config.ts, and oppsett.js with the Norwegian
 * phrases Decap's nb_no lacks (src/i18n/cms.ts), the site's CSS for the preview and the preview
 * templates (config/cms-admin/). The build writes the files into the output folder;
 * `npm run dev` serves the same files (docs/cms.md).
 *
 * The settings (repository, branch, auth endpoint, local proxy) come from the environment,
 * read once by src/lib/cms/settings.ts. A bad value stops the build with a Norwegian message
 * naming the setting; without a repository /admin/ is built in local mode with a warning, and a
 * publishing build (KB_PUBLISERING=1) stops.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { cmsLocale, cmsUi } from '../src/i18n/cms';
import { buildCmsConfig } from '../src/lib/cms/config';
import { readCmsSettings, type CmsSettings } from '../src/lib/cms/settings';

/** Where the CMS lives on the site. */
export const ADMIN_PATH = '/admin/';

/** The main file of the Decap CMS bundle, as copied to /admin/. */
export const CMS_SCRIPT = 'decap-cms.js';

export class CmsSettingsError extends Error {}

/** The settings from the environment, or a CmsSettingsError listing every problem. */
export function settingsFromEnv(
  env: Record<string, string | undefined>,
  site: string | undefined,
): { settings: CmsSettings; warnings: string[] } {
  const { settings, errors, warnings } = readCmsSettings(env, site);
  if (errors.length) {
    throw new CmsSettingsError(
      `Redaksjonsverktøyet (/admin/) kan ikke bygges, fordi innstillingene er feil:\n${errors.map((e) => `- ${e}`).join('\n')}\n` +
        'Innstillingene er miljøvariabler i byggeinnstillingene; docs/cms.md forklarer hver av dem.',
    );
  }
  return { settings, warnings };
}

/** The folder of the Decap CMS bundle: decap-cms.js, its chunks and WebAssembly files. */
function bundleDir(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('decap-cms');
  } catch {
    throw new Error('Fant ikke pakken decap-cms (redaksjonsverktøyet i /admin/). Kjør npm install.');
  }
  const dir = path.dirname(entry);
  if (!existsSync(path.join(dir, CMS_SCRIPT))) throw new Error(`Fant ikke Decap CMS i ${dir}. Kjør npm install.`);
  return dir;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The admin page. Decap CMS reads ./config.yml next to it and draws its own interface. */
export function adminHtml(site: string | undefined): string {
  const canonical = site ? `\n    <link rel="canonical" href="${escapeHtml(new URL(ADMIN_PATH, site).href)}">` : '';
  // No maximum-scale or user-scalable: the editor may be zoomed like any page.
  return `<!DOCTYPE html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${escapeHtml(cmsUi.pageTitle)}</title>${canonical}
    <link href="config.yml" type="text/yaml" rel="cms-config-url">
    <link href="cms-admin.css" rel="stylesheet">
  </head>
  <body>
    <noscript>${escapeHtml(cmsUi.noScript)}</noscript>
    <script src="${CMS_SCRIPT}"></script>
    <script src="oppsett.js"></script>
  </body>
</html>
`;
}

export function configYaml(settings: CmsSettings): string {
  const config = buildCmsConfig(settings);
  return `# Generert fra src/lib/schemas og src/lib/cms/settings.ts av config/cms.ts – ikke rediger for hånd.\n${stringify(config, { lineWidth: 0 })}`;
}

/** /admin/oppsett.js: the data (Norwegian phrases, the site's CSS files) and the static code. */
export function setupScript(styles: readonly string[]): string {
  const data = { locale: cmsLocale, ui: cmsUi, styles };
  const code = readFileSync(fileURLToPath(new URL('./cms-admin/oppsett.js', import.meta.url)), 'utf8');
  return `var KB_CMS = ${JSON.stringify(data)};\n${code}`;
}

/**
 * The site's styles of a built page (stylesheet links and inline <style>), for the preview:
 * the links as they are, the inline CSS to be written to /admin/nettsted.css.
 */
export function pageStyles(html: string): { links: string[]; inline: string[] } {
  const links = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => !!h);
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return { links, inline };
}

/** The first built page of a collection (e.g. dist/nyhetsbrev/<id>/index.html). */
function firstPage(out: string, collection: string): string | undefined {
  const dir = path.join(out, collection);
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'index.html');
    if (existsSync(file)) return file;
  }
  return undefined;
}

type AdminFile = { text: string } | { copy: string };

/** Every file of /admin/ except oppsett.js, as path below /admin/ -> contents or a file to copy. */
function adminFiles(site: string | undefined, settings: CmsSettings): Map<string, AdminFile> {
  const files = new Map<string, AdminFile>();
  files.set('index.html', { text: adminHtml(site) });
  files.set('config.yml', { text: configYaml(settings) });
  const dir = bundleDir();
  for (const name of readdirSync(dir)) {
    if (name === CMS_SCRIPT || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm'))
      files.set(name, { copy: path.join(dir, name) });
  }
  // Decap's licence notices for the code in its bundle.
  files.set(`${CMS_SCRIPT}.LICENSE.txt`, { copy: path.join(dir, `${CMS_SCRIPT}.LICENSE.txt`) });
  for (const name of ['cms-admin.css', 'forhandsvisning.css'])
    files.set(name, { copy: fileURLToPath(new URL(`./cms-admin/${name}`, import.meta.url)) });
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function cms(): AstroIntegration {
  let site: string | undefined;
  let settings: CmsSettings | undefined;
  let built: Map<string, AdminFile> | undefined;
  const current = () => {
    if (!settings) throw new Error('Innstillingene for /admin/ er ikke lest.');
    return settings;
  };
  return {
    name: 'kompetansebanken:cms',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        site = config.site;
        const read = settingsFromEnv(process.env, site);
        settings = read.settings;
        for (const w of read.warnings) logger.warn(w);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(ADMIN_PATH)) return next();
          const rel = url.pathname.slice(ADMIN_PATH.length) || 'index.html';
          let file: AdminFile | undefined;
          try {
            file = rel === 'oppsett.js' ? { text: setupScript([]) } : adminFiles(site, current()).get(rel);
          } catch (err) {
            return next(err);
          }
          if (!file) return next();
          res.writeHead(200, {
            'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
          });
          res.end('text' in file ? file.text : readFileSync(file.copy));
        });
      },
      // Before the pages are built, so that a missing bundle fails at once.
      'astro:build:start': () => {
        built = adminFiles(site, current());
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const out = path.join(root, 'admin');
        const files = new Map(built ?? adminFiles(site, current()));
        // The preview uses the CSS of the built newsletter and story pages.
        const links = new Set<string>();
        const inline: string[] = [];
        for (const collection of ['nyhetsbrev', 'historier', 'prosjekter']) {
          const page = firstPage(root, collection);
          if (!page) continue;
          const styles = pageStyles(readFileSync(page, 'utf8'));
          for (const l of styles.links) links.add(l);
          for (const css of styles.inline) if (!inline.includes(css)) inline.push(css);
        }
        if (inline.length) files.set('nettsted.css', { text: inline.join('\n') });
        files.set('oppsett.js', {
          text: setupScript([...links, ...(inline.length ? [`${ADMIN_PATH}nettsted.css`] : [])]),
        });
        for (const [rel, file] of files) {
          const target = path.join(out, rel);
          mkdirSync(path.dirname(target), { recursive: true });
          if ('text' in file) writeFileSync(target, file.text);
          else copyFileSync(file.copy, target);
        }
        const mode = current().mode === 'local' ? 'lokal modus (decap-server)' : `GitHub-depotet ${current().repo}`;
        logger.info(`Decap CMS lagt i ${ADMIN_PATH} (${mode}), med config.yml generert fra skjemaene.`);
      },
    },
  };
}
