import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedDescriptions, layoutUi } from '../i18n/nb';
import { getContent } from '../queries/content';
import { FEED_XMLNS, byDateDesc } from '../lib/presentation/feeds';
import { newsletterFeedItem, storyFeedItem } from './_feed';

/** All news: newsletters and good stories, in full text, with the stories' pictures. */
export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  const stories = await Promise.all(content.stories.map((s) => storyFeedItem(s, site!)));
  return rss({
    title: layoutUi.feeds.all,
    description: feedDescriptions.all,
    site: site!,
    xmlns: FEED_XMLNS,
    items: [...content.newsletters.map((l) => newsletterFeedItem(l, site!)), ...stories].sort(byDateDesc),
    customData: '<language>nb-no</language>',
  });
};
