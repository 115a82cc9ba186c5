/**
 * Astro integration that builds the Pagefind search index over the finished site, so the
 * README's build command produces a searchable dist/ with nothing extra to run. Only pages
 * whose <main> has data-pagefind-body are indexed (the detail pages); each page's language
 * comes from <html lang>, so bokmål and nynorsk are stemmed as Norwegian.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'kompetansebanken:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          if (added.page_count === 0) {
            throw new Error('Pagefind fant ingen sider med data-pagefind-body å indeksere.');
          }
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const entry = JSON.parse(readFileSync(`${site}/pagefind/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.entries(entry.languages)
            .map(([lang, l]) => `${l.page_count} (${lang})`)
            .join(', ');
          logger.info(`Søkeindeks: ${added.page_count} sider lest, ${indexed} indeksert på ${seconds} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
