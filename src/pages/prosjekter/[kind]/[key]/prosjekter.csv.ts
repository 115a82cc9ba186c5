/** The CSV file of each sector, pool, county and focus listing (src/lib/opendata/selection.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../../queries/content';
import { projectListings } from '../../../../lib/presentation/listings';
import { selectionOf } from '../../../../lib/opendata/selection';
import { openDataSelections } from '../../../../queries/opendata';

export const getStaticPaths = (async () => {
  const [content, files] = await Promise.all([getContent(), openDataSelections()]);
  return projectListings(content).flatMap((listing) => {
    const selection = selectionOf(listing);
    if (!selection) return [];
    return [
      { params: { kind: selection.kind, key: selection.slug }, props: { body: files.get(selection.href)!.body } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
