/** Build-side parts of the feed items: rendered bodies and a JPEG rendition of each picture. */
import { getImage } from 'astro:assets';
import type { NewsletterEntry, StoryEntry } from '../queries/content';
import { newsletterItem, storyItem, type FeedItem } from '../lib/presentation/feeds';
import { ui } from '../i18n/nb';

/** Width of the picture in the feeds; readers scale it down. */
const FEED_IMAGE_WIDTH = 800;
const EXAMPLE_NOTE = `${ui.exampleData}: ${ui.exampleDataShort}`;

export function newsletterFeedItem(entry: NewsletterEntry, site: URL): FeedItem {
  return newsletterItem(entry, { site, bodyHtml: entry.rendered?.html, exampleNote: EXAMPLE_NOTE });
}

export async function storyFeedItem(entry: StoryEntry, site: URL): Promise<FeedItem> {
  const picture = entry.data.bilde;
  const image = await getImage({
    src: picture.src,
    width: Math.min(FEED_IMAGE_WIDTH, picture.src.width),
    format: 'jpeg',
  });
  const width = Number(image.attributes.width ?? image.options.width);
  const height = Number(image.attributes.height ?? Math.round((width * picture.src.height) / picture.src.width));
  return storyItem(entry, {
    site,
    bodyHtml: entry.rendered?.html,
    exampleNote: EXAMPLE_NOTE,
    image: { url: new URL(image.src, site).href, width, height, alt: picture.alt },
  });
}
