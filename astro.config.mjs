// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentDir } from './config/content-dir.mjs';
import { contentCheck } from './config/content-check.ts';
import { searchIndex } from './config/search-index.ts';
import { cms } from './config/cms.ts';
import { fileCount } from './config/file-count.ts';

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
    // Last: counts every file written, and warns past the 20,000-file cap of some hosts (docs/deploy.md).
    fileCount(),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
});
