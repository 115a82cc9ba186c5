/**
 * The site's content, queried once per build and handed to pages as ready arrays and
 * look-ups (see src/lib/model/derive.ts). Drafts (`utkast: true`) are visible in `astro dev` only.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveContent } from '../lib/model/derive';
import { isoDate, osloDate } from '../lib/format/nb';

/** Drafts are shown while editing and never in a production build. */
export const showDrafts = import.meta.env.KB_SHOW_DRAFTS === true;

const published = <E extends { data: { utkast?: boolean } }>(entries: E[]) =>
  showDrafts ? entries : entries.filter((e) => !e.data.utkast);

/**
 * Newsletters and stories dated in the future are scheduled: a production build leaves them
 * out until a build on or after that date (`astro dev` shows them). Gatherings are events and
 * may lie in the future, so they are not affected.
 */
const today = osloDate(new Date()); // the build's day in Norway, whatever the host's time zone
const due = <E extends { data: { dato: Date } }>(entries: E[]) =>
  showDrafts ? entries : entries.filter((e) => isoDate(e.data.dato) <= today);

async function load() {
  const [municipalities, networks, projects, tools, newsletters, stories, gatherings] = await Promise.all([
    getCollection('kommuner'),
    getCollection('nettverk'),
    getCollection('prosjekter'),
    getCollection('verktoy'),
    getCollection('nyhetsbrev'),
    getCollection('historier'),
    getCollection('samlinger'),
  ]);
  return deriveContent({
    municipalities,
    networks,
    projects: published(projects),
    tools: published(tools),
    newsletters: due(published(newsletters)),
    stories: due(published(stories)),
    gatherings: published(gatherings),
  });
}

let cached: ReturnType<typeof load> | undefined;

/** All content with derived look-ups; computed on first use, then shared by every page. */
export function getContent() {
  cached ??= load();
  return cached;
}

/**
 * An entry's body as a component (`const { Content } = await render(entry)`). Pages render
 * through this folder, like every other use of astro:content.
 */
export { render } from 'astro:content';

export type Content = Awaited<ReturnType<typeof getContent>>;
export type MunicipalityEntry = CollectionEntry<'kommuner'>;
export type NewsletterEntry = CollectionEntry<'nyhetsbrev'>;
export type StoryEntry = CollectionEntry<'historier'>;
