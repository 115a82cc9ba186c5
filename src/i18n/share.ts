/**
 * Share cards (og:image): the page type each card names, and the cards' alt text. A collection's
 * card names it as the main menu does, from the registry (SHARE_CARD_LABELS in src/lib/share-card).
 */
import { layoutUi } from './layout';
import { ui } from './nb';
import { openDataText } from './opendata';

export const shareCardLabels = {
  forside: ui.home,
  resultater: ui.nav.results,
  om: ui.nav.about,
  sok: layoutUi.searchPage,
  data: openDataText.title,
  tilgjengelighet: 'Tilgjengelighet',
  'ikke-funnet': ui.notFound.title,
} as const;

export const share = {
  /** Footer line of every card. */
  programme: ui.siteTagline,
  /** og:image:alt of a card: what the picture shows. */
  cardAlt: (label: string) => `Delingskort med teksten «${ui.siteName}» og «${label}».`,
};
