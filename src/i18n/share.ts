/** Share cards (og:image): the page type each card names, and the cards' alt text. */
import { ui } from './nb';

export const shareCardLabels = {
  forside: 'Forside',
  prosjekter: ui.nav.projects,
  kommuner: ui.nav.municipalities,
  nettverk: ui.nav.networks,
  verktoy: ui.nav.tools,
  historier: ui.nav.stories,
  nyhetsbrev: ui.nav.newsletters,
  samlinger: ui.nav.gatherings,
  resultater: ui.nav.results,
  om: ui.nav.about,
  sok: 'Søk',
  data: 'Åpne data',
  tilgjengelighet: 'Tilgjengelighet',
  'ikke-funnet': 'Fant ikke siden',
} as const;

export const share = {
  /** Footer line of every card. */
  programme: 'Kvalitetskommuneprogrammet 2007–2010',
  /** og:image:alt of a card: what the picture shows. */
  cardAlt: (label: string) => `Delingskort med teksten «${ui.siteName}» og «${label}».`,
};
