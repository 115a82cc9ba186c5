import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedDescriptions, layoutUi } from '../../i18n/nb';
import { getContent } from '../../queries/content';
import { FEED_XMLNS, byDateDesc } from '../../lib/presentation/feeds';
import { newsletterFeedItem } from '../_feed';

/** The newsletters in full text. */
export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  return rss({
    title: layoutUi.feeds.newsletters,
    description: feedDescriptions.newsletters,
    site: site!,
    xmlns: FEED_XMLNS,
    items: content.newsletters.map((l) => newsletterFeedItem(l, site!)).sort(byDateDesc),
    customData: '<language>nb-no</language>',
  });
};
