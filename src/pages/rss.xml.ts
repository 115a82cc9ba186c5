import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../content';
import { byDateDesc, newsletterItem, storyItem } from '../lib/feeds';

/** All news: newsletters and good stories. */
export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  return rss({
    title: 'Kompetansebanken – nyheter',
    description: 'Nyhetsbrev og gode historier fra Kvalitetskommuneprogrammet.',
    site: site!,
    items: [...content.newsletters.map(newsletterItem), ...content.stories.map(storyItem)].sort(byDateDesc),
    customData: '<language>nb-no</language>',
  });
};
