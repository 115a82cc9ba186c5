/** Static paths shared by the two e-mail editions of a newsletter (epost.html and epost.txt). */
import { getContent } from '../../../queries/content';

export async function newsletterPaths() {
  const content = await getContent();
  return content.newsletters.map((newsletter) => ({ params: { id: newsletter.id }, props: { newsletter } }));
}
