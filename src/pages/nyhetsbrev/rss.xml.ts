import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../../content';
import { byDateDesc, newsletterItem } from '../../lib/feeds';

export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  return rss({
    title: 'Kompetansebanken – nyhetsbrev',
    description: 'Nyhetsbrev fra sekretariatet for Kvalitetskommuneprogrammet.',
    site: site!,
    items: content.newsletters.map(newsletterItem).sort(byDateDesc),
    customData: '<language>nb-no</language>',
  });
};
