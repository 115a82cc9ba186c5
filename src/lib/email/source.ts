/**
 * The build-time side of the e-mail edition, used by the endpoints in
 * src/pages/nyhetsbrev/[id]/, which hand it a newsletter as plain data (the endpoints read the
 * entry; this module never reads a collection): measures images from public/ that the body
 * shows without width and height.
 * Remote images are never fetched; an image that cannot be measured is replaced by its alt
 * text in the e-mail (see ./clean.ts).
 */
import { existsSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { imageSources, type ImageSize } from './clean';
import { emailPageUrl, type EmailNewsletter, type EmailOptions } from './newsletter';

/** The site URL the e-mail's absolute links are made from; the build fails without one. */
export function siteUrl(site: URL | string | undefined): URL {
  if (!site)
    throw new Error('E-postutgaven av nyhetsbrevene trenger `site` i astro.config.mjs for å lage absolutte lenker.');
  return new URL(site);
}

/**
 * Sizes of the body's images that live under public/ on this site; `page` is the newsletter's
 * web address, which relative image paths resolve against.
 */
export async function publicImageSizes(
  html: string | undefined,
  page: URL,
  publicDir = join(process.cwd(), 'public'),
): Promise<Map<string, ImageSize>> {
  const sizes = new Map<string, ImageSize>();
  if (!html) return sizes;
  const site = new URL('/', page);
  for (const src of imageSources(html, page)) {
    const url = new URL(src);
    if (url.origin !== site.origin) continue;
    const file = normalize(join(publicDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(publicDir + sep) || !existsSync(file)) continue;
    const { default: sharp } = await import('sharp');
    const { width, height } = await sharp(file).metadata();
    if (width && height) sizes.set(src, { width, height });
  }
  return sizes;
}

/** Everything the HTML and text renderers need for one newsletter entry. */
export async function emailSource(newsletter: EmailNewsletter, site: URL | string | undefined) {
  const url = siteUrl(site);
  const options: EmailOptions = {
    site: url,
    imageSizes: await publicImageSizes(newsletter.bodyHtml, emailPageUrl(newsletter.id, url)),
  };
  return { newsletter, options };
}
