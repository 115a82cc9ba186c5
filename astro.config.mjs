// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir } from './config/content-dir.mjs';
import { contentCheck } from './config/content-check.ts';
import { searchIndex } from './config/search-index.ts';

export default defineConfig({
  site: process.env.KB_SITE ?? 'https://www.kvalitetskommuner.no',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests and benchmarks build other content sets; each gets its own output and cache.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [contentCheck(contentDir), mdx(), searchIndex()],
  devToolbar: { enabled: false },
  prefetch: false,
});
