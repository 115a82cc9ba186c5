/** One share card (og:image) per page type, drawn at build time (src/lib/share-card). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SHARE_CARD_LABELS, SHARE_CARD_TYPES, renderShareCard, type ShareCardType } from '../../lib/share-card';
import { share } from '../../i18n/share';
import { ui } from '../../i18n/nb';

export const getStaticPaths = (() => SHARE_CARD_TYPES.map((type) => ({ params: { type } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const type = params.type as ShareCardType;
  const png = await renderShareCard({ siteName: ui.siteName, label: SHARE_CARD_LABELS[type], footer: share.programme });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
