/** RSS items for the newsletter feed and the all-news feed, newest first. */
import type { Item } from '../model/derive';
import type { Newsletter, Story } from '../schemas';
import { urls } from '../format/urls';
import { COLLECTIONS } from '../collections';
import { emailBodyHtml } from '../email/html';
import { escapeAttribute, escapeText } from '../email/parse';
import { compareCodeUnits } from '../format/nb';
import { ui } from '../../i18n/nb';

/** An image of an entry, as a feed shows it (Media RSS, and an <img> in the full text). */
export interface FeedImage {
  /** Absolute URL of a JPEG rendition. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  /** Full text as HTML with absolute links (content:encoded). */
  content?: string;
  /** Media RSS for the entry's picture. */
  customData?: string;
}

/**
 * The item description: the summary, which for invented content begins «Eksempeldata: », so a
 * reader that shows only the description still sees the mark (the category says it too).
 */
export function itemDescription(summary: string, example: boolean): string {
  return example ? `${ui.exampleData}: ${summary}` : summary;
}

/** Namespaces the feeds use: content:encoded for the full text, media: for pictures. */
export const FEED_XMLNS = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
};

/** Extra parts of an item that need the build: its rendered body, picture and the site URL. */
export interface FeedExtras {
  site: URL;
  /** Rendered HTML of the body (Astro's entry.rendered.html). */
  bodyHtml?: string | undefined;
  image?: FeedImage | undefined;
  /** Sentence shown first in the full text of invented content. */
  exampleNote?: string | undefined;
}

/**
 * The full text of an entry for content:encoded: the summary, the picture and the body,
 * cleaned with the e-mail edition's allow-list (absolute links, no scripts or styles).
 */
export function fullText(summary: string, link: string, extras: FeedExtras, example: boolean): string {
  const base = new URL(link, extras.site);
  const parts = [
    example && extras.exampleNote ? `<p><strong>${escapeText(extras.exampleNote)}</strong></p>` : '',
    `<p>${escapeText(summary)}</p>`,
    extras.image
      ? `<p><img src="${escapeAttribute(extras.image.url)}" width="${extras.image.width}" height="${extras.image.height}" alt="${escapeAttribute(extras.image.alt)}"></p>`
      : '',
    // The e-mail edition's inline styles are left out: feed readers style the text themselves.
    extras.bodyHtml ? emailBodyHtml(extras.bodyHtml, { base }).replace(/ style="[^"]*"/g, '') : '',
  ];
  return parts.filter(Boolean).join('\n');
}

/** Media RSS for a picture: <media:content> with its size and text alternative. */
export function mediaXml(image: FeedImage): string {
  return `<media:content url="${escapeAttribute(image.url)}" type="image/jpeg" medium="image" width="${image.width}" height="${image.height}"><media:description type="plain">${escapeText(image.alt)}</media:description></media:content>`;
}

export function newsletterItem(l: Item<Newsletter>, extras?: FeedExtras): FeedItem {
  const item: FeedItem = {
    title: `Nyhetsbrev nr. ${l.data.nummer}: ${l.data.tittel}`,
    link: urls.newsletter(l.id),
    pubDate: l.data.dato,
    description: itemDescription(l.data.sammendrag, l.data.eksempeldata),
    categories: ['Nyhetsbrev', ...(l.data.eksempeldata ? ['Eksempeldata'] : [])],
  };
  if (extras) item.content = fullText(l.data.sammendrag, item.link, extras, l.data.eksempeldata);
  return item;
}

export function storyItem(s: Item<Story>, extras?: FeedExtras): FeedItem {
  const item: FeedItem = {
    title: s.data.tittel,
    link: urls.story(s.id),
    pubDate: s.data.dato,
    description: itemDescription(s.data.sammendrag, s.data.eksempeldata),
    categories: [COLLECTIONS.historier.labels.singular, ...(s.data.eksempeldata ? ['Eksempeldata'] : [])],
  };
  if (extras) item.content = fullText(s.data.sammendrag, item.link, extras, s.data.eksempeldata);
  if (extras?.image) item.customData = mediaXml(extras.image);
  return item;
}

/** Newest first; the same date keeps a stable order by link. */
export function byDateDesc(a: FeedItem, b: FeedItem): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || compareCodeUnits(a.link, b.link);
}
