/**
 * Static paths shared by the two e-mail editions of a newsletter (epost.html and epost.txt). The
 * entry is turned into the plain data src/lib/email takes here, so that the library never reads
 * a collection.
 */
import type { EmailNewsletter } from '../../../lib/email/newsletter';
import { getContent, type NewsletterEntry } from '../../../queries/content';

export function emailNewsletter(entry: NewsletterEntry): EmailNewsletter {
  const { nummer, dato, tittel, sammendrag, eksempeldata } = entry.data;
  return { id: entry.id, nummer, dato, tittel, sammendrag, eksempeldata, bodyHtml: entry.rendered?.html };
}

export async function newsletterPaths() {
  const content = await getContent();
  return content.newsletters.map((entry) => ({
    params: { id: entry.id },
    props: { newsletter: emailNewsletter(entry) },
  }));
}
