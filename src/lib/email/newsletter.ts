/**
 * What the e-mail edition of a newsletter is made from, its addresses and its fixed texts,
 * shared by the HTML and the plain-text version. No Astro here: the endpoints under
 * src/pages/nyhetsbrev/[id]/ hand in plain data (see ./source.ts).
 */
import { formatDate } from '../format/nb';
import { urls } from '../format/urls';
import type { ImageSize } from './clean';

/** A newsletter as the e-mail edition needs it. */
export interface EmailNewsletter {
  /** Entry id, the last part of its URL. */
  id: string;
  nummer: number;
  dato: Date;
  tittel: string;
  sammendrag: string;
  eksempeldata: boolean;
  /**
   * The body rendered to HTML by Astro's Markdown processor (`entry.rendered.html`), or
   * undefined when the entry has no pre-rendered HTML (an MDX newsletter); the e-mail then
   * carries the summary and points to the web version.
   */
  bodyHtml: string | undefined;
}

export interface EmailOptions {
  /** The site's origin, e.g. https://www.kvalitetskommuner.no (Astro's `site`). */
  site: string | URL;
  /** Sizes of images in the body that have no width/height, keyed by absolute URL. */
  imageSizes?: ReadonlyMap<string, ImageSize>;
}

/** Site-relative paths of the e-mail edition of a newsletter, beside its web page. */
export const emailUrls = {
  html: (id: string) => `${urls.newsletter(id)}epost.html`,
  text: (id: string) => `${urls.newsletter(id)}epost.txt`,
} as const;

/** Absolute URL of a site path. */
export function absolute(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The newsletter's web page: what relative links in its body resolve against. */
export function emailPageUrl(id: string, site: string | URL): URL {
  return new URL(urls.newsletter(id), site);
}

/** The fixed texts of the e-mail edition. */
export const emailText = {
  sender: 'Kompetansebanken · Kvalitetskommuneprogrammet',
  issue: (n: Pick<EmailNewsletter, 'nummer' | 'dato'>) => `Nyhetsbrev nr. ${n.nummer} · ${formatDate(n.dato)}`,
  documentTitle: (n: Pick<EmailNewsletter, 'nummer' | 'tittel'>) =>
    `${n.tittel} – Nyhetsbrev nr. ${n.nummer} – Kompetansebanken`,
  webVersion: 'Les nyhetsbrevet på nettet',
  webAddress: 'Nettutgave',
  allNewsletters: 'Alle nyhetsbrev',
  noBody: 'Hele nyhetsbrevet kan leses på nettet.',
  exampleLabel: 'Eksempeldata',
  exampleExplained:
    'Dette nyhetsbrevet inneholder oppdiktede opplysninger som viser hvordan kompetansebanken fungerer. Fakta fra programmets egne dokumenter er oppgitt med kilde der de brukes.',
  footer: 'Kompetansebanken samler prosjekter, verktøy og erfaringer fra Kvalitetskommuneprogrammet 2007–2010.',
} as const;
