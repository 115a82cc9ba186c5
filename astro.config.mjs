// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentDir } from './config/content-dir.mjs';
import { contentCheck } from './config/content-check.ts';
import { searchIndex } from './config/search-index.ts';
import { cms } from './config/cms.ts';
import { fileCount } from './config/file-count.ts';
import { unpublishedFilesIntegration } from './config/unpublished-files.ts';
import { sanitiseHtml } from './src/lib/markup/sanitise.ts';

export default defineConfig({
  site: process.env.KB_SITE ?? 'https://www.kvalitetskommuner.no',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests and benchmarks build other content sets; each gets its own output and cache.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentCheck(contentDir),
    mdx(),
    // The 404 page is not a page to index; drafts are never built in production.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    searchIndex(),
    // Sveltia CMS at /admin/, config generated from the schemas (docs/cms.md).
    cms(),
    // Drafts' own attachments and pictures are removed from dist/ (src/lib/files/unpublished.ts).
    unpublishedFilesIntegration(contentDir),
    // Last: counts every file written, and warns past the 20,000-file cap of some hosts (docs/deploy.md).
    fileCount(),
  ],
  // Raw HTML in bodies is parsed into elements and cleaned by the allow-list, a second wall
  // behind the content check (docs/content-html.md).
  markdown: { processor: satteri({ features: { rawHtml: true }, hastPlugins: [sanitiseHtml] }) },
  devToolbar: { enabled: false },
  prefetch: false,
});
