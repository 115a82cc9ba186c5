/**
 * The plain-text edition of a newsletter, wrapped at 72 characters:
 * /nyhetsbrev/<id>/epost.txt, the text part of the e-mail (see src/lib/email).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { renderEmailText } from '../../../lib/email';
import { emailSource } from '../../../lib/email/source';
import { newsletterPaths } from './_paths';

export const getStaticPaths = newsletterPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { newsletter, options } = await emailSource(props.newsletter, site ?? import.meta.env.SITE);
  return new Response(renderEmailText(newsletter, options), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
