/** RSS items for the newsletter feed and the all-news feed, newest first. */
import type { Item } from './derive';
import type { Newsletter, Story } from './schemas';
import { urls } from './urls';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export function newsletterItem(l: Item<Newsletter>): FeedItem {
  return {
    title: `Nyhetsbrev nr. ${l.data.nummer}: ${l.data.tittel}`,
    link: urls.newsletter(l.id),
    pubDate: l.data.dato,
    description: l.data.sammendrag,
    categories: ['Nyhetsbrev', ...(l.data.eksempeldata ? ['Eksempeldata'] : [])],
  };
}

export function storyItem(s: Item<Story>): FeedItem {
  return {
    title: s.data.tittel,
    link: urls.story(s.id),
    pubDate: s.data.dato,
    description: s.data.sammendrag,
    categories: ['God historie', ...(s.data.eksempeldata ? ['Eksempeldata'] : [])],
  };
}

/** Newest first; the same date keeps a stable order by link. */
export function byDateDesc(a: FeedItem, b: FeedItem): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link);
}
