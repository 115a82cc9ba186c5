/**
 * The plain-text edition of a newsletter, wrapped at 72 characters:
 * /nyhetsbrev/<id>/epost.txt, the text part of the e-mail (see src/lib/email).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContent } from '../../../content';
import { renderEmailText } from '../../../lib/email';
import { emailSource } from '../../../lib/email/source';

export const getStaticPaths = (async () => {
  const content = await getContent();
  return content.newsletters.map((newsletter) => ({ params: { id: newsletter.id }, props: { newsletter } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { newsletter, options } = await emailSource(props.newsletter, site ?? import.meta.env.SITE);
  return new Response(renderEmailText(newsletter, options), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
