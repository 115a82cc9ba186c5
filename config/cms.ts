/**
 * Astro integration that puts Sveltia CMS at /admin/: a small HTML page, the CMS bundle copied
 * from node_modules/@sveltia/cms (self-hosted: nothing is loaded from a CDN, and the 2 MB
 * bundle is never committed) and config.yml generated from the zod schemas by src/lib/cms.
 * The build writes the files into the output folder; `npm run dev` serves the same files, so
 * editors can work on a local clone (see docs/cms.md).
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

/** The folder of the Sveltia CMS bundle: sveltia-cms.js and its lazily loaded chunks/. */
function bundleDir(): string {
  // The package exports only its npm entry (npm/index.js); the browser bundle sits beside it in dist/.
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  const dir = path.join(path.dirname(entry), '..', 'dist');
  if (!existsSync(path.join(dir, 'sveltia-cms.js'))) throw new Error(`Fant ikke Sveltia CMS i ${dir}. Kjør npm install.`);
  return dir;
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

/** Every file of /admin/, as path below /admin/ -> contents or a file to copy. */
function adminFiles(site: string | undefined): Map<string, { text: string } | { copy: string }> {
  const files = new Map<string, { text: string } | { copy: string }>();
  files.set('index.html', { text: adminHtml(site) });
  files.set('config.yml', { text: configYaml(site) });
  const dir = bundleDir();
  files.set('sveltia-cms.js', { copy: path.join(dir, 'sveltia-cms.js') });
  const chunks = path.join(dir, 'chunks');
  if (existsSync(chunks)) {
    for (const name of readdirSync(chunks).filter((f) => f.endsWith('.js'))) files.set(`chunks/${name}`, { copy: path.join(chunks, name) });
  }
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export function cms(): AstroIntegration {
  let site: string | undefined;
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
          const file = adminFiles(site).get(rel);
          if (!file) return next();
          res.writeHead(200, { 'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
          res.end('text' in file ? file.text : readFileSync(file.copy));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), 'admin');
        for (const [rel, file] of adminFiles(site)) {
          const target = path.join(out, rel);
          mkdirSync(path.dirname(target), { recursive: true });
          if ('text' in file) writeFileSync(target, file.text);
          else copyFileSync(file.copy, target);
        }
        logger.info(`Sveltia CMS lagt i ${ADMIN_PATH} med config.yml generert fra skjemaene.`);
      },
    },
  };
}
