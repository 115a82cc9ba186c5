/**
 * Configuration of Decap CMS (served at /admin/), generated from the zod schemas so that the
 * editing forms can never drift from what the content check accepts. Pure: no file system, no
 * Astro. config/cms.ts writes the result to /admin/config.yml in the build and the dev server.
 *
 * Mapping (zod -> CMS widget):
 * - string -> string (sammendrag -> text), with minlength/maxlength and regex as `pattern`;
 *   z.url() -> string with type url
 * - number -> number (int -> value_type int), boolean -> boolean
 * - the shared calendar-date schema -> datetime with type date and format YYYY-MM-DD
 * - enum (also the pool, which is an enum behind a preprocess) -> select with the vocabulary's
 *   values and Norwegian labels; array of enum -> select with multiple
 * - entryId (a reference by file name) -> relation to the collection named in REFERENCES;
 *   array of entryId -> relation with multiple
 * - array of strings -> list with one `field`; array of objects -> list with `fields`
 * - object -> object; the image placeholder -> image with the collection's media folder
 * - Markdown collections get a `body` markdown field (the text after the front matter).
 * Optional fields and fields with a default are `required: false`; everything else is required.
 * Labels and hints are the fields' zod metadata (`.meta({ title, description })`, src/i18n/cms-fields.ts);
 * the schemas are read through zod's public API only (./schema-reader.ts).
 */
import { z } from 'zod';
import { entryId } from '../schemas';
import * as vocabulary from '../schemas/vocabulary';
import {
  arrayBounds,
  cmsKinds,
  elementOf,
  enumValues,
  kindOf,
  numberRules,
  shapeOf,
  stringRules,
  unwrap,
  type FieldMeta,
} from './schema-reader';

/** The schema readers, for tests and tools that look at the same schemas. */
export { enumValues, shapeOf, unwrap } from './schema-reader';
import { COLLECTIONS, REFERENCES as REGISTRY_REFERENCES, type EntryCollection, type EntryRecord } from '../collections';
import { MEDIA_FOLDER, PUBLIC_FOLDER, imageFolders, type CmsSettings } from './settings';

/** Stand-in for Astro's image() in the schema factories; recognised by its mark (also as a `.meta()` copy). */
export const IMAGE = z.string().min(1);
cmsKinds.add(IMAGE, { kind: 'image' });
/** A reference to another entry by its id (file name). */
cmsKinds.add(entryId, { kind: 'reference' });

export interface CmsCollectionSpec {
  name: EntryCollection;
  label: string;
  label_singular: string;
  format: 'markdown' | 'yaml';
  /** Front-matter field that names an entry (and its slug). */
  identifier: string;
  schema: z.ZodType;
}

/** The order of the collections in the CMS menu: what editors change most first. */
const MENU: readonly EntryCollection[] = [
  'prosjekter',
  'historier',
  'verktoy',
  'nyhetsbrev',
  'samlinger',
  'kommuner',
  'nettverk',
];

/**
 * Every collection the CMS edits, in menu order, with its name, labels, format, identifier field
 * and schema from the collection registry. Must cover the registry's entry collections (tested).
 */
export const CMS_COLLECTIONS: readonly CmsCollectionSpec[] = MENU.map((name) => {
  const r: EntryRecord = COLLECTIONS[name];
  return {
    name,
    label: r.labels.plural,
    label_singular: r.cms.labelSingular ?? r.labels.singular,
    format: r.format,
    identifier: r.cms.identifier,
    schema: r.schema(IMAGE),
  };
});

/**
 * Which collection a reference field (by field name) points at, and what to show for it: the
 * registry's references, shown by the target's identifier field.
 */
export const REFERENCES: Record<string, { collection: EntryCollection; display: string }> = Object.fromEntries(
  REGISTRY_REFERENCES.map(({ field, target }) => [
    field,
    { collection: target, display: COLLECTIONS[target].cms.identifier },
  ]),
);

/** Fields that need a widget other than the one their type gives. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'verktoy.vedlegg.fil': { widget: 'file', media_folder: `/${MEDIA_FOLDER}`, public_folder: PUBLIC_FOLDER },
};

/** Display labels of the vocabularies, found by the identity of the values array. */
const OPTION_LABELS = new Map<readonly string[], Record<string, string>>([
  [vocabulary.POOLS, vocabulary.POOL_LABELS],
  [vocabulary.SECTORS, vocabulary.SECTOR_LABELS],
  [vocabulary.FOCUS_AREAS, vocabulary.FOCUS_LABELS],
  [vocabulary.PROJECT_STATUSES, vocabulary.STATUS_LABELS],
  [vocabulary.TOOL_CATEGORIES, vocabulary.TOOL_CATEGORY_LABELS],
  [vocabulary.GATHERING_TYPES, vocabulary.GATHERING_TYPE_LABELS],
]);

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

function selectOptions(schema: z.ZodType) {
  const values = enumValues(schema)!;
  const labels = [...OPTION_LABELS].find(
    ([vals]) => vals.length === values.length && vals.every((v) => values.includes(v)),
  )?.[1];
  return labels ? values.map((value) => ({ label: labels[value] ?? value, value })) : values;
}

/** «minst 20 tegn», «høyst 400 tegn», or the schema's own messages. */
function lengthMessage(
  min: number | undefined,
  max: number | undefined,
  minMessage?: string,
  maxMessage?: string,
): string | undefined {
  const parts: string[] = [];
  if (min !== undefined && min > 1) parts.push(minMessage ?? `minst ${min} tegn`);
  if (max !== undefined) parts.push(maxMessage ?? `høyst ${max} tegn`);
  return parts.length ? capitaliseFirst(parts.join(', ')) : undefined;
}

const capitaliseFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One regular expression for a string field's rules, as Decap CMS checks a field with one
 * pattern: the schema's own pattern and its length limits (of the trimmed text when the schema
 * trims). Undefined when there is nothing to check beyond `required`.
 */
export function stringPattern(rules: {
  min?: number;
  max?: number;
  trimmed?: boolean;
  regex?: string;
}): string | undefined {
  const { min, max, trimmed, regex } = rules;
  const hasLength = (min !== undefined && min > 1) || max !== undefined;
  let length: string | undefined;
  if (hasLength) {
    const lo = Math.max(min ?? 0, 0);
    const hi = max === undefined ? '' : String(max);
    // Trimmed: the text between the first and the last non-blank character has the length.
    length = trimmed
      ? lo >= 2
        ? `^\\s*\\S[\\s\\S]{${lo - 2},${max === undefined ? '' : max - 2}}\\S\\s*$`
        : `^\\s*(?:\\S(?:[\\s\\S]{0,${max === undefined ? '' : Math.max(max - 2, 0)}}\\S)?)\\s*$`
      : `^[\\s\\S]{${lo},${hi}}$`;
  }
  if (length && regex) return `(?=${length})(?:${regex})`;
  return length ?? regex;
}

interface Ctx {
  collection: CmsCollectionSpec;
  /** Dotted path inside the collection, e.g. "mål.målverdi". */
  path: string;
}

/**
 * Maps one schema field to a CMS field: its label and hint are the schema's metadata
 * (`.meta({ title, description })`, the texts in src/i18n/cms-fields.ts). Throws on a field
 * without a label and on a type it does not know, so drift is loud.
 */
export function fieldFor(name: string, schema: z.ZodType, ctx: Ctx, inherited?: FieldMeta): CmsField {
  const { core, optional, meta } = unwrap(schema);
  const key = `${ctx.collection.name}.${ctx.path}`;
  const label = meta.title ?? inherited?.title;
  if (!label)
    throw new Error(
      `CMS: feltet ${key} har ingen etikett; gi det .meta(label('${name}')) i src/lib/schemas med teksten i src/i18n/cms-fields.ts.`,
    );
  const field: CmsField = { name, label, widget: 'string', required: !optional };
  if (meta.description) field.hint = meta.description;
  Object.assign(field, widgetFor(name, core, ctx, { title: label }));
  Object.assign(field, OVERRIDES[key]);
  if (field.widget === 'boolean') field.default = false;
  return field;
}

function reference(name: string, multiple: boolean, min: number | undefined, ctx: Ctx) {
  const target = REFERENCES[name];
  if (!target)
    throw new Error(
      `CMS: ${ctx.collection.name}.${ctx.path} er en referanse (id), men REFERENCES sier ikke til hvilken samling.`,
    );
  return {
    widget: 'relation',
    collection: target.collection,
    value_field: '{{slug}}',
    search_fields: [target.display],
    display_fields: [target.display],
    ...(multiple ? { multiple: true } : {}),
    ...(min !== undefined ? { min } : {}),
  };
}

function widgetFor(name: string, core: z.ZodType, ctx: Ctx, meta: FieldMeta): Record<string, unknown> {
  const kind = kindOf(core);
  if (kind === 'image') return { widget: 'image', ...imageFolders(ctx.collection.name) };
  if (kind === 'reference') return reference(name, false, undefined, ctx);
  switch (core.type) {
    case 'string': {
      const out: Record<string, unknown> = { widget: name === 'sammendrag' ? 'text' : 'string' };
      const rules = stringRules(core);
      const { min, max, minMessage, maxMessage, trimmed } = rules;
      const regex = rules.regex && { source: rules.regex.source, message: rules.regex.message ?? 'Ugyldig verdi' };
      if (min !== undefined) out.minlength = min;
      if (max !== undefined) out.maxlength = max;
      // Decap CMS has one rule per field, a pattern: lengths and the schema's pattern become one.
      const pattern = stringPattern({ min, max, trimmed, regex: regex?.source });
      if (pattern) {
        const messages = [regex?.message, lengthMessage(min, max, minMessage, maxMessage)].filter(Boolean);
        out.pattern = [pattern, messages.join('; ')];
      }
      return out;
    }
    case 'number': {
      const { integer, min, max } = numberRules(core);
      return {
        widget: 'number',
        value_type: integer ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Stored as YYYY-MM-DD (the schema's calendar date), shown as 31.12.2009, no time, no time zone.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'DD.MM.YYYY',
        time_format: false,
        picker_utc: true,
      };
    case 'enum':
      return { widget: 'select', options: selectOptions(core) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(core, ctx) };
    case 'array': {
      const item = elementOf(core)!;
      const element = unwrap(item).core;
      const bounds = arrayBounds(core);
      if (kindOf(element) === 'reference') return reference(name, true, bounds.min, ctx);
      if (element.type === 'enum')
        return { widget: 'select', multiple: true, options: selectOptions(element), ...bounds };
      if (element.type === 'object') return { widget: 'list', fields: fieldsOf(element, ctx), ...bounds };
      // A list of single values: one field per item, with the list's label.
      const sub = fieldFor(name, item, ctx, meta);
      const { name: _n, label: _l, required: _r, ...rest } = sub;
      return { widget: 'list', field: { name: 'verdi', label: sub.label, ...rest }, ...bounds };
    }
    default:
      throw new Error(
        `CMS: ukjent schema-type «${core.type}» i ${ctx.collection.name}.${ctx.path}; utvid src/lib/cms/config.ts.`,
      );
  }
}

function fieldsOf(schema: z.ZodType, ctx: Ctx): CmsField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error(`CMS: ${ctx.collection.name}.${ctx.path || '(rot)'} er ikke et objekt.`);
  return Object.entries(shape).map(([name, s]) =>
    fieldFor(name, s, { ...ctx, path: ctx.path ? `${ctx.path}.${name}` : name }),
  );
}

/** Check boxes shown at the end of a form, just before the text. */
const FLAGS = ['utkast', 'eksempeldata'];

/** The fields of one collection, with the Markdown body last for Markdown collections. */
export function collectionFields(spec: CmsCollectionSpec): CmsField[] {
  const fields = fieldsOf(spec.schema, { collection: spec, path: '' });
  // The identifier first, so that the form starts with the title; the flags (draft, example data) last.
  const rank = (f: CmsField) => (f.name === spec.identifier ? 0 : FLAGS.includes(f.name) ? 2 : 1);
  fields.sort((a, b) => rank(a) - rank(b));
  if (spec.format === 'markdown') fields.push({ name: 'body', label: 'Tekst', widget: 'markdown', required: false });
  return fields;
}

/** Norwegian labels of the collections' sort fields (Decap names them by field). */
const SORTABLE: Record<string, string[]> = { nyhetsbrev: ['dato', 'nummer', 'tittel'], historier: ['dato', 'tittel'] };

/** The backend part of the configuration: GitHub with the repository, or decap-server in local mode. */
export function backendConfig(settings: CmsSettings): Record<string, unknown> {
  if (settings.mode === 'local' || !settings.repo) {
    return { name: 'proxy', proxy_url: settings.localProxyUrl, branch: settings.branch };
  }
  return {
    name: 'github',
    repo: settings.repo,
    branch: settings.branch,
    base_url: settings.authBaseUrl,
    auth_endpoint: settings.authEndpoint,
  };
}

/** The whole Decap CMS configuration as a plain object (serialise with YAML or JSON). */
export function buildCmsConfig(settings: CmsSettings): Record<string, unknown> {
  return {
    backend: backendConfig(settings),
    // On this machine (localhost), a running decap-server is used instead of GitHub.
    ...(settings.mode === 'github' ? { local_backend: { url: settings.localProxyUrl } } : {}),
    locale: 'nb_no',
    publish_mode: 'simple',
    ...(settings.siteUrl ? { site_url: settings.siteUrl, display_url: settings.siteUrl } : {}),
    // Files that do not belong to an image field (e.g. attachments) go here.
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // æ -> ae, ø -> o, å -> a, then only a-z, digits and hyphens: what ID_PATTERN accepts.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: CMS_COLLECTIONS.map((spec) => {
      const fields = collectionFields(spec);
      const hasImage = JSON.stringify(fields).includes('"widget":"image"');
      return {
        name: spec.name,
        label: spec.label,
        label_singular: spec.label_singular,
        folder: `src/content/${spec.name}`,
        extension: spec.format === 'markdown' ? 'md' : 'yaml',
        format: spec.format === 'markdown' ? 'frontmatter' : 'yaml',
        create: true,
        identifier_field: spec.identifier,
        summary: `{{${spec.identifier}}}`,
        // The file name is the title made into a slug (see `slug` above); it becomes the page's address.
        slug: '{{slug}}',
        ...(SORTABLE[spec.name] ? { sortable_fields: SORTABLE[spec.name] } : {}),
        ...(hasImage ? imageFolders(spec.name) : {}),
        fields,
      };
    }),
  };
}
