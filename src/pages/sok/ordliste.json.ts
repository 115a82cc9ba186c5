/**
 * The vocabulary behind «Mente du …?» on /sok/ (src/lib/search/spelling.ts): the words of every
 * title and name and the glossary always, and the most frequent words of summaries and bodies.
 * The search page fetches it only when a query finds few results.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../../queries/content';
import { GLOSSARY, textOfHtml } from '../../lib/search/glossary';
import { buildVocabulary } from '../../lib/search/spelling';

/** Frequent words kept besides titles and names: enough for the demo's and a large bank's text. */
const FREQUENT_LIMIT = 3000;

export const GET: APIRoute = async () => {
  const c = await getContent();
  const body = (e: { rendered?: { html: string } | undefined }) =>
    e.rendered?.html ? textOfHtml(e.rendered.html) : '';
  const always = [
    ...c.projects.map((p) => p.data.tittel),
    ...c.tools.map((t) => t.data.tittel),
    ...c.newsletters.map((l) => l.data.tittel),
    ...c.stories.map((s) => s.data.tittel),
    ...c.gatherings.map((g) => `${g.data.tittel} ${g.data.sted}`),
    ...c.municipalities.map((m) => `${m.data.navn} ${m.data.samisknavn ?? ''} ${m.data.fylke}`),
    ...c.networks.map((n) => n.data.navn),
    ...GLOSSARY.flat(),
  ];
  const frequent = [
    ...c.projects.map((p) => `${p.data.sammendrag} ${p.data.tiltak.join(' ')}`),
    ...c.tools.map((t) => `${t.data.sammendrag} ${body(t)}`),
    ...c.newsletters.map((l) => `${l.data.sammendrag} ${body(l)}`),
    ...c.stories.map((s) => `${s.data.sammendrag} ${body(s)}`),
    ...c.gatherings.map((g) => `${g.data.sammendrag} ${body(g)}`),
  ];
  const vocabulary = buildVocabulary(always, frequent, { limit: FREQUENT_LIMIT, minCount: 2 });
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
