/**
 * The e-mail edition of a newsletter as one self-contained, e-mail-safe HTML file:
 * /nyhetsbrev/<id>/epost.html, ready to paste into a mailing tool (see src/lib/email).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { renderEmailHtml } from '../../../lib/email';
import { emailSource } from '../../../lib/email/source';
import { newsletterPaths } from './_paths';

export const getStaticPaths = newsletterPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { newsletter, options } = await emailSource(props.newsletter, site ?? import.meta.env.SITE);
  return new Response(renderEmailHtml(newsletter, options), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
};
