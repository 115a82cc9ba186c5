// @ts-check
/**
 * Benchmark-only (scripts/bench-sanitise.ts): the site's config with Astro's default Markdown
 * processor, i.e. without the sanitiser (src/lib/markup/sanitise.ts) and without parsing raw
 * HTML, so that the cost of the second wall can be measured against the build without it.
 * Never used by `npm run build`.
 */
import config from '../../astro.config.mjs';
import { satteri } from '@astrojs/markdown-satteri';

export default { ...config, markdown: { ...config.markdown, processor: satteri() } };
