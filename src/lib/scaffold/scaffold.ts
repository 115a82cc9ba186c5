/**
 * The pure part of `npm run ny`: which kinds of entry it makes, their ids and file names,
 * the next newsletter number and today's date as text. No file system here; scripts/ny.ts
 * reads the content folder and writes the file.
 */
import { SCAFFOLDED, SCAFFOLD_TYPES, type EntryCollection, type ScaffoldType } from '../collections';
import { ID_PATTERN } from '../schemas';
import { slugify } from '../format/slug';

/** The kinds of entry `npm run ny` makes, as the editor types them (the collection registry's scaffold types). */
export { SCAFFOLD_TYPES, type ScaffoldType };

export interface TypeInfo {
  /** The collection folder under the content directory. */
  folder: EntryCollection;
  /** Norwegian noun with article, for messages: "et nyhetsbrev". */
  noun: string;
  /**
   * Whether the id starts with the year and month, `2009-06-<slug>`, as the existing
   * newsletters and gatherings do.
   */
  dated: boolean;
}

/** Each type's folder, noun and id rule, from its record in the collection registry. */
export const TYPES = Object.fromEntries(
  SCAFFOLDED.map((r): [ScaffoldType, TypeInfo] => [
    r.scaffold.type,
    { folder: r.name, noun: r.scaffold.noun, dated: r.scaffold.dated },
  ]),
) as Record<ScaffoldType, TypeInfo>;

/**
 * The type an editor typed, forgiving about case, æ/ø/å and the folder name:
 * `verktøy`, `Verktoy` and `verktoy` are all `verktoy`; `prosjekter` is `prosjekt`.
 */
export function parseType(arg: string | undefined): ScaffoldType | undefined {
  if (!arg) return undefined;
  const word = slugify(arg);
  for (const type of SCAFFOLD_TYPES) {
    if (word === type || word === TYPES[type].folder) return type;
  }
  return undefined;
}

/** The title as it goes into the file: one line, single spaces, trimmed. */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Why a title cannot be used, in Norwegian, or undefined when it can. */
export function titleProblem(title: string): string | undefined {
  const clean = cleanTitle(title);
  if (clean === '') return 'tittelen mangler';
  if (clean.length < 3) return `tittelen «${clean}» er for kort; skriv minst 3 tegn`;
  if (titleSlug(clean) === '') {
    return `tittelen «${clean}» gir ikke noe filnavn; bruk bokstaver eller tall`;
  }
  return undefined;
}

/** The slug of a title: lower case, æ/ø/å as ae/o/a, words joined with hyphens. */
export function titleSlug(title: string): string {
  return slugify(title);
}

/**
 * The new entry's id (its file name without extension): the title's slug, prefixed with year
 * and month for newsletters and gatherings (`2009-06-manedsnytt-nr-13`), like the existing ones.
 */
export function entryId(type: ScaffoldType, title: string, today: string): string {
  assertDate(today);
  const slug = titleSlug(title);
  const id = TYPES[type].dated ? `${today.slice(0, 7)}-${slug}` : slug;
  if (!ID_PATTERN.test(id)) throw new Error(`ugyldig id «${id}» fra tittelen «${title}»`);
  return id;
}

/** The path of the new file from the content directory: `prosjekter/<id>.md`. */
export function entryPath(type: ScaffoldType, id: string): string {
  return `${TYPES[type].folder}/${id}.md`;
}

/**
 * The municipality a new project or story starts with: one named in the title ("Heltid i
 * Verdal" gives `verdal`; the longest match wins, so "Nord-Aurdal" beats "Aurdal"), else the
 * first id. Undefined when there are none.
 */
export function municipalityFor(title: string, ids: readonly string[]): string | undefined {
  const words = `-${titleSlug(title)}-`;
  let best: string | undefined;
  for (const id of ids) {
    if (words.includes(`-${id}-`) && (!best || id.length > best.length)) best = id;
  }
  return best ?? ids[0];
}

/** The next free newsletter number: one more than the highest in use, or 1. */
export function nextNumber(numbers: Iterable<number>): number {
  let max = 0;
  for (const n of numbers) if (Number.isInteger(n) && n > max) max = n;
  return max + 1;
}

/**
 * The `nummer` of a newsletter file, read from its front matter with a line scan so that a
 * file with a mistake elsewhere still counts; undefined when there is none.
 */
export function newsletterNumber(text: string): number | undefined {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (frontMatter === undefined) return undefined;
  const m = /^nummer\s*:\s*["']?(\d+)["']?\s*(?:#.*)?$/m.exec(frontMatter);
  return m ? Number(m[1]) : undefined;
}

function assertDate(text: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`forventet en dato ÅÅÅÅ-MM-DD, fikk «${text}»`);
}
