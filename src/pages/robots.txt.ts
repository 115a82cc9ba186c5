import type { APIRoute } from 'astro';

/**
 * robots.txt: every page may be crawled, and the sitemap is named with the site's address
 * (astro.config.mjs `site`, so a build for another host points at its own sitemap). Pages that
 * must not be indexed (404, e-mail editions, /admin/) say so with <meta name="robots">, which a
 * crawler only sees if it may fetch them, so nothing is disallowed here.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', ''];
  if (site) lines.push(`Sitemap: ${new URL('sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
