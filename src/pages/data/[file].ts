import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../queries/opendata';

export const getStaticPaths = (async () => {
  const { files } = await openData();
  return [...files].map(([file, f]) => ({ params: { file }, props: { body: f.body, type: f.type } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as BodyInit, { headers: { 'Content-Type': props.type as string } });
