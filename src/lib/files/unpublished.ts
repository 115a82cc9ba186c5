/**
 * Files that only unpublished entries use. A draft (`utkast: true`) and a newsletter or story
 * dated in the future have no page in a production build, but the build would still copy their
 * attachments (public/vedlegg/ is copied whole) and emit their pictures (Astro emits every image
 * in the content store). This finds the attachments and pictures that no published entry
 * mentions, so that config/unpublished-files.ts can leave them out of dist/.
 *
 * What a draft uses is read from its front matter (`bilde.src`, `vedlegg[].fil`) and its body
 * (links to /vedlegg/). What a published entry uses is any mention of the file in its text:
 * a mention too many only publishes a file, it never removes one that a page needs.
 */
import jsYaml from 'js-yaml';

export interface ContentText {
  /** Path from the project root, e.g. src/content/prosjekter/x.md. */
  path: string;
  /** Path below the content directory, e.g. prosjekter/x.md. */
  rel: string;
  text: string;
}

export interface UnpublishedFiles {
  /** Attachments as site paths, e.g. /vedlegg/mal.txt. */
  attachments: string[];
  /** Pictures as paths below the content directory, e.g. historier/bilder/a.jpg. */
  pictures: string[];
}

/** Collections whose entries wait for their date (see src/queries/content.ts). */
const SCHEDULED = ['nyhetsbrev', 'historier'];

function frontMatter(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const m = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const data = jsYaml.load(m[1]!, { schema: jsYaml.CORE_SCHEMA });
    return data && typeof data === 'object'
      ? { data: data as Record<string, unknown>, body: text.slice(m[0].length) }
      : undefined;
  } catch {
    return undefined; // the content check reports it, and the build stops
  }
}

/** Whether an entry has no page in a production build at `now`. */
export function isUnpublished(rel: string, data: Record<string, unknown>, now: Date): boolean {
  if (data.utkast === true) return true;
  const dato = data.dato;
  if (!SCHEDULED.includes(rel.split('/')[0]!)) return false;
  const date = typeof dato === 'string' ? new Date(dato) : dato instanceof Date ? dato : undefined;
  return date !== undefined && !Number.isNaN(date.getTime()) && date > now;
}

/** Resolves `src` (e.g. ./bilder/a.jpg) against the folder of `rel`. */
function resolvePicture(rel: string, src: string): string {
  const parts = rel.split('/').slice(0, -1);
  for (const part of src.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function unpublishedFiles(entries: readonly ContentText[], now = new Date()): UnpublishedFiles {
  const attachments = new Set<string>();
  const pictures = new Set<string>();
  const published: ContentText[] = [];
  for (const entry of entries) {
    const parsed = /\.(mdx?)$/.test(entry.rel) ? frontMatter(entry.text) : undefined;
    if (!parsed || !isUnpublished(entry.rel, parsed.data, now)) {
      published.push(entry);
      continue;
    }
    const picture = parsed.data.bilde as { src?: unknown } | undefined;
    if (picture && typeof picture.src === 'string') pictures.add(resolvePicture(entry.rel, picture.src));
    const files = Array.isArray(parsed.data.vedlegg) ? parsed.data.vedlegg : [];
    for (const a of files) if (a && typeof a.fil === 'string') attachments.add(a.fil);
    for (const m of parsed.body.matchAll(/\/vedlegg\/[^\s)"'<>#?]+/g)) attachments.add(decodeURI(m[0]));
  }
  // Anything a published entry mentions stays.
  const mentioned = (needle: string) => published.some((e) => e.text.includes(needle));
  return {
    attachments: [...attachments].filter((a) => !mentioned(a.slice(1))).sort(),
    pictures: [...pictures].filter((p) => !mentioned(p.split('/').slice(-2).join('/'))).sort(),
  };
}
