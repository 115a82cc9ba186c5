import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFiles } from '../../opendata';

export const getStaticPaths = (async () => {
  const files = await openDataFiles();
  return Object.entries(files).map(([file, f]) => ({ params: { file }, props: { body: f.body, type: f.type } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
