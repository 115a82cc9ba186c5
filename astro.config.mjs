// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir } from './config/content-dir.mjs';
import { contentCheck } from './config/content-check.ts';

export default defineConfig({
  site: process.env.KB_SITE ?? 'https://www.kvalitetskommuner.no',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.KB_OUT_DIR ?? './dist',
  integrations: [contentCheck(contentDir), mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
